"""Who the profile syncs as, and where the refresh token lives: the OS keyring only.

The server URL, the username and the CA bundle path (no secrets) are kept in the
profile's ``sync_state``. The refresh token is kept in the OS keyring under the
service ``rmdesk`` and the name ``<server>|<user>``; the access token lives only
in memory. Tokens never reach SQLite, settings or logs: :class:`RedactingFilter`
masks anything that looks like one in log records.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import keyring
import keyring.errors

from app.sync import state
from app.sync.errors import SyncError
from db.database import Database

KEYRING_SERVICE = "rmdesk"

_TOKEN_PATTERNS = (
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+"),
    re.compile(r"(?i)(\"?(?:access|refresh)_token\"?\s*[:=]\s*\"?)[A-Za-z0-9._~+/=-]+"),
    re.compile(r"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+"),
)


def redact(text: str) -> str:
    """``text`` with bearer tokens, JWTs and ``*_token`` values replaced by ``***``."""
    for pattern in _TOKEN_PATTERNS:
        if pattern.groups:
            text = pattern.sub(lambda m: m.group(1) + "***", text)
        else:
            text = pattern.sub("***", text)
    return text


class RedactingFilter(logging.Filter):
    """Masks tokens in a record's message (installed on the sync and httpx loggers)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def install_redaction() -> None:
    """Put :class:`RedactingFilter` on the loggers that see requests (idempotent)."""
    for name in ("app.sync", "httpx", "httpcore"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, RedactingFilter) for f in logger.filters):
            logger.addFilter(RedactingFilter())


def normalise_server(url: str) -> str:
    """``url`` without trailing slashes or spaces (the account key)."""
    return url.strip().rstrip("/")


@dataclass(frozen=True)
class Account:
    """The server and user this profile syncs as (no secrets)."""

    server: str
    username: str
    ca_bundle: str | None = None

    @property
    def keyring_name(self) -> str:
        """The keyring entry's username: ``<server>|<user>``."""
        return f"{self.server}|{self.username}"


def load_account(database: Database) -> Account | None:
    """The account stored in the profile, if one signed in."""
    with database.reading() as session:
        server = state.get(session, state.SERVER)
        user = state.get(session, state.USER)
        bundle = state.get(session, state.CA_BUNDLE)
    if not server or not user:
        return None
    return Account(server, user, bundle or None)


#: Roles whose profile holds the whole branch (every RM's customers).
BRANCH_ROLES = frozenset({"branch_manager"})


def account_role(database: Database) -> str | None:
    """The signed-in user's role (``rm``, ``branch_manager`` …); None before any sign-in."""
    with database.reading() as session:
        return state.get(session, state.ROLE) or None


def save_role(database: Database, role: str, branch: str) -> None:
    """Remember the role and branch the server gave at sign-in."""
    state.write(database, account__role=role, account__branch=branch)


def save_account(database: Database, account: Account) -> bool:
    """Store ``account``; True when it differs from the one before (new scope)."""
    before = load_account(database)
    with state.sync_transaction(database) as session:
        state.put(session, state.SERVER, account.server)
        state.put(session, state.USER, account.username)
        state.put(session, state.CA_BUNDLE, account.ca_bundle)
        changed = before is not None and (before.server, before.username) != (
            account.server,
            account.username,
        )
        if changed:
            state.put(session, state.REDOWNLOAD, "1")
            state.put(session, state.CURSOR, "0")
    return changed


class TokenStore:
    """The refresh token of an account in the OS keyring (``keyring``)."""

    def get(self, account: Account) -> str | None:
        """The stored refresh token, if any."""
        try:
            token: str | None = keyring.get_password(KEYRING_SERVICE, account.keyring_name)
        except keyring.errors.KeyringError as exc:
            raise SyncError("keyring", detail=type(exc).__name__) from None
        return token

    def set(self, account: Account, token: str) -> None:
        """Store (replace) the refresh token."""
        try:
            keyring.set_password(KEYRING_SERVICE, account.keyring_name, token)
        except keyring.errors.KeyringError as exc:
            raise SyncError("keyring", detail=type(exc).__name__) from None

    def delete(self, account: Account) -> None:
        """Remove the refresh token (nothing if there is none)."""
        try:
            keyring.delete_password(KEYRING_SERVICE, account.keyring_name)
        except keyring.errors.PasswordDeleteError:
            pass
        except keyring.errors.KeyringError as exc:
            raise SyncError("keyring", detail=type(exc).__name__) from None
