"""The app lock's state (no Qt): :class:`LockState`, the idle bounds and the lockout.

The state holds the PIN as a salted scrypt hash (never the PIN), a scrypt hash of
the last server password that signed in (for unlocking offline; never the
password), the count of wrong PINs and when the last one was typed (so killing the
app does not reset them), and the idle minutes. Where it is kept:
:mod:`app.security.lock_store`.

Lockout: the first :data:`FREE_ATTEMPTS` wrong PINs cost nothing; each further one
makes the next try wait (30 s, doubling, at most 15 min); after
:data:`PIN_DISABLED_AFTER` wrong PINs the PIN no longer unlocks and only the
server password does (which also re-enables the PIN).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

#: The longest ``server_user`` kept (the entry must stay small for Windows' Credential Manager).
MAX_USER_CHARS = 128
DEFAULT_IDLE_MINUTES = 10
MIN_IDLE_MINUTES = 1
#: The bank's maximum: the idle lock can be lengthened up to this, never switched off.
MAX_IDLE_MINUTES = 60
FREE_ATTEMPTS = 5
PIN_DISABLED_AFTER = 10
FIRST_DELAY_SECONDS = 30
MAX_DELAY_SECONDS = 15 * 60


def clamp_idle(minutes: int) -> int:
    """``minutes`` within the bank's bounds (never 0: the idle lock cannot be switched off)."""
    return max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, int(minutes)))


def lockout_delay(failures: int) -> int:
    """Seconds to wait before the next PIN may be tried after ``failures`` wrong ones."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_ATTEMPTS)))


def parse_time(text: Any) -> datetime | None:
    """A stored ISO time (naive ones are UTC); None when missing or unreadable."""
    if not isinstance(text, str):
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass
class LockState:
    """What the keyring entry (or ``lock.json``) holds.

    ``damaged``: the stored state could not be read (see :mod:`app.security.lock_store`);
    the PIN stays disabled until the server password unlocks. ``read_failed``: it could
    not even be fetched (keyring, file or key id unreadable), so it is never written
    back over what may still be there.
    """

    pin: dict[str, Any] | None = None
    server_password: dict[str, Any] | None = None
    server_user: str = ""
    failures: int = 0
    last_failure_at: datetime | None = None
    idle_minutes: int = DEFAULT_IDLE_MINUTES
    first_signed_in_at: datetime | None = None
    damaged: bool = False
    read_failed: bool = field(default=False, compare=False, repr=False)

    @classmethod
    def unreadable(cls, *, read_failed: bool = False) -> LockState:
        """The fail-closed state: locked, PIN disabled, only the server password unlocks."""
        return cls(failures=PIN_DISABLED_AFTER, damaged=True, read_failed=read_failed)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LockState:
        """Read the stored content; unknown or damaged values fall back to safe ones."""
        failures = data.get("failures", 0)
        idle = data.get("idle_minutes", DEFAULT_IDLE_MINUTES)
        damaged = data.get("damaged") is True
        if not isinstance(failures, int) or failures < 0:
            failures = PIN_DISABLED_AFTER
        return cls(
            pin=data.get("pin") if isinstance(data.get("pin"), dict) else None,
            server_password=data.get("server_password")
            if isinstance(data.get("server_password"), dict)
            else None,
            server_user=str(data.get("server_user") or ""),
            failures=max(failures, PIN_DISABLED_AFTER) if damaged else failures,
            last_failure_at=parse_time(data.get("last_failure_at")),
            idle_minutes=clamp_idle(idle if isinstance(idle, int) else DEFAULT_IDLE_MINUTES),
            first_signed_in_at=parse_time(data.get("first_signed_in_at")),
            damaged=damaged,
        )

    @classmethod
    def from_text(cls, text: str) -> LockState:
        """Parse stored JSON; anything but a JSON object is damaged (fail closed)."""
        try:
            data = json.loads(text)
        except ValueError:
            return cls.unreadable()
        return cls.from_json(data) if isinstance(data, dict) else cls.unreadable()

    def to_json(self) -> dict[str, Any]:
        """The stored content."""
        return {
            "version": 1,
            "pin": self.pin,
            "server_password": self.server_password,
            "server_user": self.server_user[:MAX_USER_CHARS],
            "failures": self.failures,
            "last_failure_at": self.last_failure_at.isoformat() if self.last_failure_at else None,
            "idle_minutes": self.idle_minutes,
            "first_signed_in_at": self.first_signed_in_at.isoformat()
            if self.first_signed_in_at
            else None,
            "damaged": self.damaged,
        }

    def to_text(self) -> str:
        """The stored content as compact JSON (about 500 characters)."""
        return json.dumps(self.to_json(), separators=(",", ":"))

    def clear_damage(self) -> None:
        """The server password (or a new PIN) proved who is there: the damage is over."""
        if self.damaged:
            self.damaged = False
            self.failures, self.last_failure_at = 0, None
