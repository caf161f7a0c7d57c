"""Lost devices: the check at the start of each sync, and erasing the profile.

A bank manager marks a laptop lost on the server (``rmdesk-server mark-lost``).
The laptop's next connection (sign-in, token refresh, or the device check every
sync starts with) is answered ``403 device.lost``: the transport raises
:class:`DeviceLost`, and :func:`erase_profile` removes the database (with its
``-wal``/``-shm``), attachments, thumbnails, backups, drafts, logs and settings,
and the profile's keyring entries (refresh token, database key, app lock). Only a small
``erased.json`` (when and why, no customer data) is left behind.

A device that is not lost learns the server's offline-lock policy (days without a
successful sync before the app locks), kept in the profile's ``sync_state``.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import event

from app.paths import ProfilePaths
from app.security.lock_store import SET_ASIDE_GLOB, forget_lock
from app.sync.errors import SyncError
from app.text import QT_TRANSLATE_NOOP
from app.viewer_files import remove_viewer_files

if TYPE_CHECKING:
    from app.sync.credentials import Account, TokenStore
    from app.sync.transport import ServerClient
    from db.database import Database

log = logging.getLogger(__name__)

#: sync_state key: the server's offline-lock policy in days (written at each sync).
OFFLINE_LOCK_DAYS = "device.offline_lock_days"
#: What an erased profile folder keeps: when and why (no customer data).
ERASED_FILE = "erased.json"
LOST_TEMPLATE = QT_TRANSLATE_NOOP(
    "Sync",
    "This laptop was reported lost: RM Desk has erased the customer data and the sign-in "
    "on it. Ask your branch for a new profile.",
)
#: Folders of a profile that hold customer data or copies of it.
_FOLDERS = ("attachments", "thumbnails", "backups", "drafts", "cache", "logs", "reference")
#: Files of a profile other than the database ones.
_FILES = ("settings.json", "letterhead.json", "lock.json", "key-id")


class DeviceLost(SyncError):
    """The server says this device is lost (its profile must be erased)."""

    def __init__(self) -> None:
        self.code = "device_lost"
        self.template = LOST_TEMPLATE
        self.params: dict[str, str] = {}
        Exception.__init__(self, self.text())


def _overwrite(path: Path) -> None:
    """Zero a file's bytes before it is unlinked (best effort: plaintext legacy profiles)."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as handle:
            block = b"\0" * (1 << 20)
            left = size
            while left > 0:
                handle.write(block[: min(left, len(block))])
                left -= len(block)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass


def _refuse_connections(database: Database) -> None:
    """Make the closed database refuse new connections (nothing recreates the file)."""

    dbapi = getattr(database.engine.dialect, "loaded_dbapi", None)
    error = getattr(dbapi, "OperationalError", sqlite3.OperationalError)

    def refuse(*_args: Any, **_kwargs: Any) -> None:
        raise error("the profile was erased (device reported lost)")

    event.listen(database.engine, "do_connect", refuse)


def erase_profile(
    paths: ProfilePaths,
    *,
    database: Database | None = None,
    account: Account | None = None,
    tokens: TokenStore | None = None,
    reason: str = "device_lost",
) -> list[str]:
    """Erase the profile's customer data and keyring entries; returns what was removed.

    ``database`` (if open) is closed first and refuses to reconnect afterwards, so
    a late write cannot recreate an empty profile file.
    """
    removed: list[str] = []
    if database is not None:
        database.close()
        _refuse_connections(database)
    remove_viewer_files()  # decrypted copies handed to a viewer by this run
    if account is not None:
        try:
            from app.sync.credentials import TokenStore as Store

            (tokens or Store()).delete(account)
            removed.append("keyring:refresh_token")
        except SyncError as exc:
            log.warning("could not remove the refresh token: %s", exc.code)
    try:
        from app.security import keys

        keys.forget_key(paths.root)
        removed.append("keyring:database_key")
    except Exception as exc:
        log.warning("could not remove the database key: %s", type(exc).__name__)
    try:
        forget_lock(paths.root)  # the PIN hash and wrong-PIN count (before key-id goes)
        removed.append("keyring:app_lock")
    except Exception as exc:
        log.warning("could not remove the app lock's entry: %s", type(exc).__name__)
    root = paths.root
    if root.is_dir():
        for entry in sorted(root.iterdir()):
            name = entry.name
            if entry.is_file() and (name.startswith(paths.database.name) or name.endswith(".db")):
                _overwrite(entry)
                entry.unlink(missing_ok=True)
                removed.append(name)
            elif entry.is_dir() and name in _FOLDERS:
                shutil.rmtree(entry, ignore_errors=True)
                removed.append(name + "/")
            elif entry.is_file() and name in _FILES:
                entry.unlink(missing_ok=True)
                removed.append(name)
            elif entry.is_dir() and entry.match(SET_ASIDE_GLOB):
                _erase_set_aside(entry)  # what a recovery moved aside is customer data too
                removed.append(name + "/")
        marker = {"erased_at": datetime.now(UTC).isoformat(), "reason": reason}
        (root / ERASED_FILE).write_text(json.dumps(marker), encoding="utf-8")
    log.warning("profile erased (%s): %d entries", reason, len(removed))
    return removed


def _erase_set_aside(folder: Path) -> None:
    """Erase a profile a recovery set aside: its key, then its files (databases overwritten)."""
    try:
        from app.security import keys

        keys.forget_key(folder)
    except Exception as exc:
        log.warning("could not remove a set-aside profile's key: %s", type(exc).__name__)
    for path in sorted(folder.rglob("*")):
        if path.is_file() and ".sqlite3" in path.name:
            _overwrite(path)
    shutil.rmtree(folder, ignore_errors=True)


def was_erased(root: Path) -> dict[str, Any] | None:
    """The marker of an erased profile folder (when and why), if there is one."""
    try:
        data = json.loads((root / ERASED_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def check_device(database: Database, paths: ProfilePaths, client: ServerClient) -> None:
    """The start of every sync: erase the profile if the device is lost, else keep the policy.

    Raises :class:`DeviceLost` after erasing; a server without the device check
    (404) leaves the stored policy as it is.
    """
    from app.sync import state

    try:
        status = client.device_status()
    except DeviceLost:
        erase_profile(paths, database=database, account=client.account, tokens=client.tokens)
        raise
    if status is None:
        return
    state.write(database, **{OFFLINE_LOCK_DAYS.replace(".", "__"): str(status.offline_lock_days)})


def erase_if_lost(database: Database, account: Account, tokens: TokenStore | None) -> None:
    """After a sign-in was refused with :class:`DeviceLost`: erase the profile."""
    erase_profile(
        ProfilePaths(database.path.parent), database=database, account=account, tokens=tokens
    )
