"""Dependencies injected into the routes: settings, sessions, the authenticated caller."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from typing import Annotated, TypeVar

import anyio
import anyio.to_thread
from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.sync_wire import DEVICE_HEADER, NAME_PATTERN
from server.api.errors import ApiError
from server.core.config import Settings
from server.core.db import run_in_transaction
from server.core.principal import Principal
from server.core.security import (
    AccessClaims,
    InvalidToken,
    Passwords,
    decode_access_token,
    utcnow,
)
from server.crud.auth import Unauthorised, authenticate, signed_in

T = TypeVar("T")


@dataclass(frozen=True)
class AppState:
    """What every request needs; built once per process from the settings."""

    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    passwords: Passwords
    #: Threads doing the sync routes' database work at once in this process (the
    #: ``db_threads`` setting); requests beyond it wait their turn, first come first served.
    db_workers: anyio.CapacityLimiter

    async def run(self, work: Callable[[Session], T], *, isolation: str | None = None) -> T:
        """``work`` in one transaction (see :func:`run_in_transaction`), off the event loop."""
        return await anyio.to_thread.run_sync(
            lambda: run_in_transaction(self.sessions, work, isolation=isolation),
            limiter=self.db_workers,
        )


async def get_state(request: Request) -> AppState:
    """The process's :class:`AppState`."""
    state: AppState = request.app.state.rmdesk
    return state


StateDep = Annotated[AppState, Depends(get_state)]


def get_session(state: StateDep) -> Iterator[Session]:
    """A session for simple reads."""
    with state.sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]
DeviceId = Annotated[
    str,
    Header(
        alias=DEVICE_HEADER,
        pattern=NAME_PATTERN,
        max_length=64,
        description="The device the request comes from (audit log)",
    ),
]
_bearer = HTTPBearer(auto_error=False)


def unauthorised(
    message: str = "Sign in again: the access token is missing or no longer valid",
) -> ApiError:
    """401 with the bearer challenge."""
    return ApiError(401, "auth.invalid_token", message, {"WWW-Authenticate": "Bearer"})


def current_principal(
    state: StateDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    device_id: DeviceId = "",
) -> Principal:
    """The caller named by a valid, unrevoked access token."""
    if credentials is None or len(credentials.credentials) > 4096:
        raise unauthorised()
    token = credentials.credentials
    try:
        return run_in_transaction(
            state.sessions,
            lambda s: authenticate(s, state.settings, token, device_id, utcnow()),
        )
    except Unauthorised:
        raise unauthorised() from None


CurrentPrincipal = Annotated[Principal, Depends(current_principal)]


def check_role(principal: Principal, roles: tuple[str, ...]) -> Principal:
    """``principal`` if it has one of ``roles``, else 403."""
    if principal.role not in roles:
        raise ApiError(
            403,
            "forbidden",
            f"This needs the role {' or '.join(roles)}: you are {principal.role}",
        )
    return principal


def require(*roles: str) -> Callable[[Principal], Awaitable[Principal]]:
    """A dependency admitting only callers with one of ``roles``."""

    async def check(principal: CurrentPrincipal) -> Principal:
        return check_role(principal, roles)

    return check


@dataclass(frozen=True)
class Caller:
    """A request's verified access token; :meth:`principal` checks its session in the DB."""

    claims: AccessClaims
    device_id: str

    def principal(self, session: Session, *roles: str) -> Principal:
        """The signed-in caller (401 if the session was revoked), with one of ``roles``."""
        try:
            principal = signed_in(session, self.claims, self.device_id)
        except Unauthorised:
            raise unauthorised() from None
        return check_role(principal, roles) if roles else principal


async def verified_token(
    state: StateDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    device_id: DeviceId = "",
) -> Caller:
    """The caller's signed, unexpired access token (no database: the route checks the
    session inside its own transaction, saving a connection and a round trip)."""
    if credentials is None or len(credentials.credentials) > 4096:
        raise unauthorised()
    try:
        claims = decode_access_token(state.settings, credentials.credentials)
    except InvalidToken:
        raise unauthorised() from None
    return Caller(claims, device_id)


VerifiedToken = Annotated[Caller, Depends(verified_token)]


RmPrincipal = Annotated[Principal, Depends(require("rm"))]
AdminPrincipal = Annotated[Principal, Depends(require("admin"))]
ManagerPrincipal = Annotated[Principal, Depends(require("branch_manager", "admin"))]
CreditPrincipal = Annotated[Principal, Depends(require("credit_officer", "admin"))]
