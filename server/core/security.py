"""Passwords (argon2id), access tokens (HS256 JWT) and opaque refresh tokens."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from server.core.config import Settings

ALGORITHM = "HS256"
AUDIENCE = "rmdesk"


class InvalidToken(Exception):
    """The access token is malformed, forged or expired."""


@dataclass(frozen=True)
class AccessClaims:
    """What an access token says: the user and the sign-in session it belongs to."""

    user_id: int
    session_id: str


class Passwords:
    """argon2id hashing with the settings' cost."""

    def __init__(self, settings: Settings) -> None:
        self._hasher = PasswordHasher(
            time_cost=settings.argon2_time_cost, memory_cost=settings.argon2_memory_kib
        )
        self._dummy = self._hasher.hash(secrets.token_urlsafe(16))

    def hash(self, password: str) -> str:
        """A salted argon2id hash of ``password``."""
        return self._hasher.hash(password)

    def verify(self, stored: str | None, password: str) -> bool:
        """True if ``password`` matches; spends the same time when there is no user."""
        try:
            return self._hasher.verify(stored or self._dummy, password) and stored is not None
        except (VerificationError, InvalidHashError):
            return False


def create_access_token(settings: Settings, claims: AccessClaims, now: datetime) -> str:
    """A signed JWT valid for ``settings.access_token_seconds``."""
    payload = {
        "sub": str(claims.user_id),
        "sid": claims.session_id,
        "aud": AUDIENCE,
        "iat": int(now.timestamp()),
        "exp": int((now + timedelta(seconds=settings.access_token_seconds)).timestamp()),
    }
    return jwt.encode(payload, settings.secret_key.get_secret_value(), algorithm=ALGORITHM)


def decode_access_token(settings: Settings, token: str) -> AccessClaims:
    """The claims of a valid token, else :class:`InvalidToken`."""
    try:
        payload = jwt.decode(
            token,
            settings.secret_key.get_secret_value(),
            algorithms=[ALGORITHM],
            audience=AUDIENCE,
            options={"require": ["exp", "sub", "sid"]},
        )
        return AccessClaims(int(payload["sub"]), str(payload["sid"]))
    except (jwt.PyJWTError, ValueError, KeyError) as exc:
        raise InvalidToken(str(exc)) from exc


def new_refresh_token() -> str:
    """A random opaque refresh token (only its hash is stored)."""
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    """The stored form of a refresh token."""
    return hashlib.sha256(token.encode()).hexdigest()


def utcnow() -> datetime:
    """Now, timezone-aware UTC."""
    return datetime.now(UTC)
