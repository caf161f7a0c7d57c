"""The offline lock (no Qt): a profile signed in to a server that has not synced
successfully for the server's ``offline_lock_days`` (default 14) is locked until it
syncs; headless commands then print a refusal instead of customer data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.security.lock_state import parse_time
from app.security.lock_store import LockStore
from app.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from db.database import Database

#: Commands that still run while the profile is offline-locked (they bring it back).
OFFLINE_ALLOWED_COMMANDS = frozenset({"sync", "login", "logout"})


@dataclass(frozen=True)
class OfflineStatus:
    """Whether the profile is locked for not syncing, and since when it counts."""

    locked: bool
    days: int
    last_success: datetime | None
    deadline: datetime | None

    def to_json(self) -> dict[str, Any]:
        """For headless commands."""
        return {
            "offline_locked": self.locked,
            "offline_lock_days": self.days,
            "last_success": self.last_success.isoformat() if self.last_success else None,
            "locks_at": self.deadline.isoformat() if self.deadline else None,
        }


def offline_status(database: Database, root: Path, now: datetime | None = None) -> OfflineStatus:
    """The offline lock of a profile: counted from the last successful sync (or the first
    sign-in when it never synced); a profile never signed in to a server is never locked."""
    from app.security.device import OFFLINE_LOCK_DAYS
    from app.sync import state as sync_state
    from app.sync_wire import DEFAULT_OFFLINE_LOCK_DAYS

    now = now or datetime.now(UTC)
    with database.reading() as session:
        server = sync_state.get(session, sync_state.SERVER)
        success = sync_state.get(session, sync_state.LAST_SUCCESS)
        days_text = sync_state.get(session, OFFLINE_LOCK_DAYS)
    try:
        days = max(1, int(days_text)) if days_text else DEFAULT_OFFLINE_LOCK_DAYS
    except ValueError:
        days = DEFAULT_OFFLINE_LOCK_DAYS
    if not server:
        return OfflineStatus(False, days, None, None)
    since = parse_time(success) or LockStore(root).load().first_signed_in_at
    if since is None:
        return OfflineStatus(False, days, None, None)
    deadline = since + timedelta(days=days)
    return OfflineStatus(now >= deadline, days, parse_time(success), deadline)


OFFLINE_TEMPLATE = QT_TRANSLATE_NOOP(
    "AppLock",
    "This profile has not synced for more than {days} days: sign in and sync to unlock it",
)


def offline_refusal(
    command: str, database: Database, root: Path, now: datetime | None = None
) -> dict[str, Any] | None:
    """The JSON a headless command prints instead of customer data while offline-locked."""
    if command in OFFLINE_ALLOWED_COMMANDS:
        return None
    status = offline_status(database, root, now)
    if not status.locked:
        return None
    return {
        "error": OFFLINE_TEMPLATE.format(days=status.days),
        "code": "offline_locked",
        **status.to_json(),
    }
