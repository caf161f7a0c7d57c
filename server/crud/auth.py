"""Sign-in, token rotation, revocation and the failed-login throttle.

All state is in the database (sessions, hashed refresh tokens, throttle rows),
so any process behind the load balancer can answer any request.

A failed sign-in is audited (``auth.login_failed``) and counted towards a lockout
per username. What was typed as the username is kept only when an account has
that name: people type their password into the username box, and the audit log
is append-only. Any other username is known by a keyed hash
(:func:`unknown_username_key`): its throttle row and the event's marker are that
hash, the event also keeps how many characters were typed. The same string
always gives the same hash, so repeated failures still lock it out.
"""

from __future__ import annotations

import hashlib
import hmac
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session

from app.sync_wire import TokenPair, UserPublic
from server.core.config import Settings
from server.core.principal import Principal
from server.core.security import (
    AccessClaims,
    InvalidToken,
    Passwords,
    create_access_token,
    decode_access_token,
    new_refresh_token,
    token_hash,
)
from server.crud.users import by_username
from server.models import AuthSession, LoginThrottle, RefreshToken, User
from server.sync.server_changes import audit


class LoginFailed(Exception):
    """Wrong username or password (deliberately not saying which)."""


@dataclass
class LockedOut(Exception):
    """Too many failed sign-ins: try again after ``retry_after`` seconds."""

    retry_after: int


class Unauthorised(Exception):
    """A missing, invalid, expired or revoked token."""


#: Starts the throttle key of a username no account has: not a character usernames may
#: hold (``NAME_PATTERN``), so it never names a real account's row.
UNKNOWN_PREFIX = "?"
#: Hex digits of the keyed hash kept in an ``auth.login_failed`` event's detail.
MARKER_LENGTH = 8
_UNKNOWN_CONTEXT = b"rmdesk:unknown-username\x00"


def unknown_username_key(settings: Settings, username: str) -> str:
    """The throttle key of a username no account has: a keyed hash, not the text typed.

    ``UNKNOWN_PREFIX`` and the first 63 hex digits of an HMAC-SHA256 keyed by the
    server's secret key (with a context string of its own): 64 characters, the width
    of the column.
    """
    digest = hmac.new(
        settings.secret_key.get_secret_value().encode(),
        _UNKNOWN_CONTEXT + username.encode(),
        hashlib.sha256,
    ).hexdigest()
    return UNKNOWN_PREFIX + digest[:63]


def login_failed_detail(settings: Settings, username: str, known: bool) -> dict[str, Any]:
    """The detail of an ``auth.login_failed`` event: the username only if an account has it.

    Otherwise (it may be a password typed in the wrong box) a short prefix of its
    keyed hash, which tells repeated attempts apart without revealing the text, and
    its length.
    """
    if known:
        return {"username": username}
    marker = unknown_username_key(settings, username)[1 : 1 + MARKER_LENGTH]
    return {"username": None, "unknown_user": marker, "length": len(username)}


def _throttle_state(session: Session, username: str, now: datetime) -> LoginThrottle | None:
    row = session.get(LoginThrottle, username)
    if row is not None and row.locked_until is not None and row.locked_until > now:
        raise LockedOut(int((row.locked_until - now).total_seconds()) + 1)
    return row


def _count_failure(
    session: Session, settings: Settings, row: LoginThrottle | None, username: str, now: datetime
) -> None:
    window = timedelta(seconds=settings.login_failure_window_seconds)
    if row is None:
        row = LoginThrottle(username=username, failures=0, window_start=now)
        session.add(row)
    if row.window_start < now - window:
        row.failures, row.window_start, row.locked_until = 0, now, None
    row.failures += 1
    if row.failures >= settings.login_max_failures:
        row.locked_until = now + timedelta(seconds=settings.login_lockout_seconds)
        row.failures = 0
        row.window_start = now


def _issue(
    session: Session, settings: Settings, user: User, auth: AuthSession, now: datetime
) -> TokenPair:
    refresh = new_refresh_token()
    expires = now + timedelta(days=settings.refresh_token_days)
    session.add(
        RefreshToken(
            token_hash=token_hash(refresh), session_id=auth.id, issued_at=now, expires_at=expires
        )
    )
    auth.expires_at = expires
    access = create_access_token(settings, AccessClaims(user.id, auth.id), now)
    return TokenPair(
        access_token=access,
        refresh_token=refresh,
        expires_in=settings.access_token_seconds,
        refresh_expires_in=int((expires - now).total_seconds()),
        user=UserPublic(username=user.username, role=user.role, branch=user.branch_code),  # type: ignore[arg-type]
    )


def login(
    session: Session,
    settings: Settings,
    passwords: Passwords,
    username: str,
    password: str,
    device_id: str,
    now: datetime,
) -> TokenPair:
    """Check the password and open a session; throttled per username (see the module doc).

    Raises :class:`LockedOut` or :class:`LoginFailed`; a failure is committed by
    the caller even though the request fails (it counts towards the lockout).
    """
    user = by_username(session, username)
    key = username if user is not None else unknown_username_key(settings, username)
    row = _throttle_state(session, key, now)
    ok = passwords.verify(user.password_hash if user else None, password)
    if user is None or not ok or not user.active:
        _count_failure(session, settings, row, key, now)
        detail = login_failed_detail(settings, username, known=user is not None)
        audit(session, None, "auth.login_failed", at=now, detail=detail)
        raise LoginFailed
    if row is not None:
        session.delete(row)
    auth = AuthSession(
        id=str(uuid.uuid4()), user_id=user.id, device_id=device_id, created_at=now, expires_at=now
    )
    session.add(auth)
    pair = _issue(session, settings, user, auth, now)
    principal = Principal(user.id, user.username, user.role, user.branch_code, auth.id, device_id)
    audit(session, principal, "auth.login", at=now)
    return pair


def refresh(session: Session, settings: Settings, token: str, now: datetime) -> TokenPair:
    """Exchange a refresh token once; a reused token revokes its whole session."""
    stored = session.get(RefreshToken, token_hash(token))
    if stored is None:
        raise Unauthorised
    auth = session.get(AuthSession, stored.session_id)
    if auth is None or auth.revoked_at is not None or stored.expires_at <= now:
        raise Unauthorised
    used = session.execute(
        update(RefreshToken)
        .where(RefreshToken.token_hash == stored.token_hash, RefreshToken.used_at.is_(None))
        .values(used_at=now)
    )
    if used.rowcount != 1:  # type: ignore[attr-defined]
        auth.revoked_at = now
        audit(session, None, "auth.refresh_reused", at=now, detail={"session": auth.id})
        raise Unauthorised
    user = session.get(User, auth.user_id)
    if user is None or not user.active:
        raise Unauthorised
    return _issue(session, settings, user, auth, now)


def authenticate(
    session: Session, settings: Settings, token: str, device_id: str, now: datetime
) -> Principal:
    """The caller named by a valid access token whose session is not revoked."""
    try:
        claims = decode_access_token(settings, token)
    except InvalidToken as exc:
        raise Unauthorised from exc
    return signed_in(session, claims, device_id)


_SIGNED_IN = (
    select(
        User.id,
        User.username,
        User.role,
        User.branch_code,
        User.active,
        AuthSession.device_id,
        AuthSession.revoked_at,
    )
    .join(AuthSession, AuthSession.user_id == User.id)
    .where(AuthSession.id == bindparam("session_id"), User.id == bindparam("user_id"))
)


def signed_in(session: Session, claims: AccessClaims, device_id: str) -> Principal:
    """The caller of an already verified token, if its session is open and the user active.

    One indexed read (Core, no ORM objects), so it can open any request's own transaction.
    """
    row = (
        session.connection()
        .execute(_SIGNED_IN, {"session_id": claims.session_id, "user_id": claims.user_id})
        .first()
    )
    if row is None or row.revoked_at is not None or not row.active:
        raise Unauthorised
    return Principal(
        row.id,
        row.username,
        row.role,
        row.branch_code,
        claims.session_id,
        device_id or row.device_id,
    )


def revoke_session(session: Session, session_id: str, now: datetime) -> None:
    """End one sign-in: its access and refresh tokens stop working."""
    session.execute(
        update(AuthSession)
        .where(AuthSession.id == session_id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=now)
    )


def revoke_user(session: Session, user_id: int, now: datetime) -> int:
    """End every sign-in of a user; returns how many were open."""
    result = session.execute(
        update(AuthSession)
        .where(AuthSession.user_id == user_id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def unlock(session: Session, username: str) -> None:
    """Clear a username's failed sign-ins."""
    session.execute(delete(LoginThrottle).where(LoginThrottle.username == username))
