"""Sign in, refresh (rotating), sign out, who am I."""

from __future__ import annotations

from fastapi import APIRouter, status
from sqlalchemy.orm import Session

from app.sync_wire import LoginRequest, RefreshRequest, TokenPair, UserPublic
from server.api.deps import CurrentPrincipal, DeviceId, StateDep, unauthorised
from server.api.errors import ApiError
from server.api.routes.devices import LOST, device_lost
from server.core.db import run_in_transaction
from server.core.security import token_hash, utcnow
from server.crud import auth, devices

router = APIRouter(prefix="/auth", tags=["auth"])

ERRORS = {
    **LOST,
    401: {"description": "Wrong username or password, or an invalid token"},
    429: {"description": "Too many failed sign-ins: locked for a while (Retry-After)"},
}


@router.post("/login", responses=ERRORS)  # type: ignore[arg-type]
def login(body: LoginRequest, state: StateDep, device_id: DeviceId = "") -> TokenPair:
    """Check the password; answer an access token and a refresh token."""
    device = body.device_id or device_id

    def work(session: Session) -> TokenPair | Exception:
        if devices.is_lost(session, device, utcnow()):
            return device_lost()  # before the password: a lost laptop learns it at once
        try:
            pair = auth.login(
                session,
                state.settings,
                state.passwords,
                body.username,
                body.password,
                device,
                utcnow(),
            )
        except (auth.LoginFailed, auth.LockedOut) as exc:
            return exc  # commit the counted failure, then answer
        devices.register(session, device, body.username, utcnow())
        return pair

    result = run_in_transaction(state.sessions, work)
    if isinstance(result, ApiError):
        raise result
    if isinstance(result, auth.LockedOut):
        raise ApiError(
            429,
            "auth.locked",
            "Too many failed sign-ins: try again in a few minutes",
            {"Retry-After": str(result.retry_after)},
        )
    if isinstance(result, Exception):
        raise ApiError(401, "auth.failed", "Wrong username or password")
    return result


@router.post("/refresh", responses=ERRORS)  # type: ignore[arg-type]
def refresh(body: RefreshRequest, state: StateDep) -> TokenPair:
    """Exchange a refresh token (once) for a new pair."""

    def work(session: Session) -> TokenPair | ApiError | None:
        device = devices.device_of_refresh_token(session, token_hash(body.refresh_token))
        if devices.is_lost(session, device, utcnow()):
            return device_lost()
        try:
            return auth.refresh(session, state.settings, body.refresh_token, utcnow())
        except auth.Unauthorised:
            return None  # commit a revocation caused by reuse

    pair = run_in_transaction(state.sessions, work)
    if isinstance(pair, ApiError):
        raise pair
    if pair is None:
        raise unauthorised("Sign in again: the refresh token is not valid")
    return pair


@router.post("/logout", status_code=status.HTTP_204_NO_CONTENT)
def logout(principal: CurrentPrincipal, state: StateDep) -> None:
    """End this sign-in: its access and refresh tokens stop working."""
    run_in_transaction(
        state.sessions, lambda s: auth.revoke_session(s, principal.session_id, utcnow())
    )


@router.get("/me")
def me(principal: CurrentPrincipal) -> UserPublic:
    """Who the token belongs to."""
    return UserPublic(
        username=principal.username,
        role=principal.role,  # type: ignore[arg-type]
        branch=principal.branch,
    )
