"""Dependencies injected into the routes: settings, sessions, the authenticated caller."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.sync_wire import DEVICE_HEADER, NAME_PATTERN
from server.api.errors import ApiError
from server.core.config import Settings
from server.core.db import run_in_transaction
from server.core.principal import Principal
from server.core.security import Passwords, utcnow
from server.crud.auth import Unauthorised, authenticate


@dataclass(frozen=True)
class AppState:
    """What every request needs; built once per process from the settings."""

    settings: Settings
    engine: Engine
    sessions: sessionmaker[Session]
    passwords: Passwords


def get_state(request: Request) -> AppState:
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


def require(*roles: str) -> Callable[[Principal], Principal]:
    """A dependency admitting only callers with one of ``roles``."""

    def check(principal: CurrentPrincipal) -> Principal:
        if principal.role not in roles:
            raise ApiError(
                403,
                "forbidden",
                f"This needs the role {' or '.join(roles)}: you are {principal.role}",
            )
        return principal

    return check


RmPrincipal = Annotated[Principal, Depends(require("rm"))]
AdminPrincipal = Annotated[Principal, Depends(require("admin"))]
ManagerPrincipal = Annotated[Principal, Depends(require("branch_manager", "admin"))]
CreditPrincipal = Annotated[Principal, Depends(require("credit_officer", "admin"))]
