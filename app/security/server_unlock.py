"""The server password and the app lock (no Qt): its hash is kept after each sign-in,
and it unlocks the app, online through the server or offline against that hash."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.security.lock import AppLock, Attempt, Outcome, utcnow

if TYPE_CHECKING:
    from db.database import Database

log = logging.getLogger(__name__)


def remember_server_password(root: Path, username: str, password: str) -> None:
    """Called after every successful sign-in (see :func:`app.sync.engine.sign_in`)."""
    try:
        AppLock(root).remember_server_password(username, password)
    except OSError:
        log.warning("could not keep the server password's hash for the app lock")


#: Sign-in failures that mean "the server could not say": check the local hash instead.
_UNREACHABLE = frozenset({"offline", "network", "tls", "server_error", "protocol"})


def unlock_with_server_password(
    database: Database,
    root: Path,
    password: str,
    *,
    tokens: Any = None,
    http_transport: Any = None,
    clock: Callable[[], datetime] = utcnow,
) -> Attempt:
    """Unlock with the server password: signed in again when the server answers, else
    checked against the hash of the last password that signed in here.

    Raises :class:`app.security.device.DeviceLost` (the profile is erased) when the
    server says the device is lost.
    """
    from app.security.device import DeviceLost
    from app.sync.credentials import load_account
    from app.sync.engine import sign_in
    from app.sync.errors import SyncError

    lock = AppLock(root, clock)
    account = load_account(database)
    if account is None:
        return lock.unlock_with_server_password_offline(password)
    try:
        sign_in(
            database,
            account.server,
            account.username,
            password,
            ca_bundle=account.ca_bundle,
            tokens=tokens,
            http_transport=http_transport,
        )
    except DeviceLost:
        raise
    except SyncError as exc:
        if exc.code in _UNREACHABLE:
            return lock.unlock_with_server_password_offline(password)
        if exc.code == "locked":
            return Attempt(Outcome.WAIT, int(exc.params.get("seconds", "60") or 60))
        return Attempt(Outcome.WRONG, failures=lock.load().failures)
    return lock.server_password_accepted()
