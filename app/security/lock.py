"""The app lock of one profile (no Qt): :class:`AppLock` keeps the PIN and idle minutes,
checks a PIN against the lockout, and takes the server password's word.

Its state (:mod:`app.security.lock_state`) lives in the keyring
(:mod:`app.security.lock_store`); every method that reads, changes and writes it
runs one at a time per store. PIN rules: :mod:`app.security.pin`; unlocking with
the server password: :mod:`app.security.server_unlock`; the offline lock:
:mod:`app.security.offline_lock`. Nothing here is logged except that a PIN was
changed or refused.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path

from app.security import secret_hash
from app.security.lock_state import PIN_DISABLED_AFTER, LockState, clamp_idle, lockout_delay
from app.security.lock_store import LockStore, one_at_a_time
from app.security.pin import PinProblem, check_pin

log = logging.getLogger(__name__)


def utcnow() -> datetime:
    """The current time, UTC."""
    return datetime.now(UTC)


class Outcome(StrEnum):
    """The result of an unlock attempt."""

    UNLOCKED = "unlocked"
    WRONG = "wrong"
    WAIT = "wait"
    PIN_DISABLED = "pin_disabled"
    NO_PIN = "no_pin"
    OFFLINE_WRONG = "offline_wrong"
    NO_ACCOUNT = "no_account"


@dataclass(frozen=True)
class Attempt:
    """What an unlock attempt did: the outcome, seconds to wait, wrong PINs so far."""

    outcome: Outcome
    wait_seconds: int = 0
    failures: int = 0
    offline: bool = False

    @property
    def ok(self) -> bool:
        """True when the app may unlock."""
        return self.outcome is Outcome.UNLOCKED


class AppLock(LockStore):
    """The lock settings and counters of one profile folder (stored as a :class:`LockStore`)."""

    def __init__(self, root: Path, clock: Callable[[], datetime] = utcnow) -> None:
        super().__init__(root)
        self.clock = clock

    # settings

    @property
    def has_pin(self) -> bool:
        """True when a PIN is set (or the state is damaged: the app starts locked)."""
        state = self.load()
        return state.pin is not None or state.damaged

    @property
    def has_server_password(self) -> bool:
        """True when a server password signed in here (it can unlock offline)."""
        return self.load().server_password is not None

    def can_lock(self, signed_in: bool = False) -> bool:
        """True when something can unlock the app (a PIN, or the server password)."""
        state = self.load()
        return (
            state.pin is not None or state.damaged or signed_in or state.server_password is not None
        )

    @property
    def idle_minutes(self) -> int:
        """Minutes without input before the app locks."""
        return self.load().idle_minutes

    @one_at_a_time
    def set_idle_minutes(self, minutes: int) -> int:
        """Store the idle minutes (clamped to the bank's bounds); returns what was stored."""
        state = self.load()
        state.idle_minutes = clamp_idle(minutes)
        self.save(state)
        return state.idle_minutes

    @one_at_a_time
    def set_pin(self, pin: str, confirm: str | None = None) -> None:
        """Set (or replace) the PIN; :class:`PinProblem` if it is unacceptable."""
        check_pin(pin)
        if confirm is not None and confirm != pin:
            raise PinProblem("mismatch")
        state = self.load()
        state.clear_damage()  # the app is unlocked: whoever sets a PIN is the RM
        state.pin = secret_hash.slow_hash(pin)
        state.failures, state.last_failure_at = 0, None
        self.save(state)
        log.info("app lock: PIN set")

    @one_at_a_time
    def change_pin(self, current: str, new: str, confirm: str | None = None) -> None:
        """Replace the PIN after checking the current one (counts as an attempt)."""
        check_pin(new)
        if confirm is not None and confirm != new:
            raise PinProblem("mismatch")
        if not self.unlock_with_pin(current).ok:
            raise PinProblem("wrong_current")
        self.set_pin(new)

    @one_at_a_time
    def remove_pin(self, current: str) -> None:
        """Remove the PIN after checking it (PinProblem ``wrong_current`` if wrong)."""
        if not self.unlock_with_pin(current).ok:
            raise PinProblem("wrong_current")
        state = self.load()
        state.pin = None
        self.save(state)
        log.info("app lock: PIN removed")

    # unlocking

    def wait_seconds(self, state: LockState | None = None) -> int:
        """Seconds before the next PIN may be tried (0: now)."""
        state = state or self.load()
        delay = lockout_delay(state.failures)
        if not delay or state.last_failure_at is None:
            return 0
        left = (state.last_failure_at + timedelta(seconds=delay) - self.clock()).total_seconds()
        return max(0, int(left + 0.999))

    def pin_disabled(self, state: LockState | None = None) -> bool:
        """True after too many wrong PINs (or a damaged state): only the server password
        unlocks."""
        state = state or self.load()
        return state.damaged or state.failures >= PIN_DISABLED_AFTER

    @one_at_a_time
    def unlock_with_pin(self, pin: str) -> Attempt:
        """Check a PIN, counting a wrong one (the count survives restarts)."""
        state = self.load()
        if state.pin is None and not state.damaged:
            return Attempt(Outcome.NO_PIN)
        if self.pin_disabled(state):
            return Attempt(Outcome.PIN_DISABLED, failures=state.failures)
        wait = self.wait_seconds(state)
        if wait:
            return Attempt(Outcome.WAIT, wait, state.failures)
        if secret_hash.verify_hash(pin, state.pin):
            if state.failures:
                state.failures, state.last_failure_at = 0, None
                self.save(state)
            return Attempt(Outcome.UNLOCKED)
        state.failures += 1
        state.last_failure_at = self.clock()
        self.save(state)
        log.info("app lock: wrong PIN (%d so far)", state.failures)
        if self.pin_disabled(state):
            return Attempt(Outcome.PIN_DISABLED, failures=state.failures)
        return Attempt(Outcome.WRONG, self.wait_seconds(state), state.failures)

    @one_at_a_time
    def remember_server_password(self, username: str, password: str) -> None:
        """After a successful sign-in: keep a slow hash (offline unlock), clear the lockout."""
        state = self.load()
        state.clear_damage()
        state.server_password = secret_hash.slow_hash(password)
        state.server_user = username
        state.failures, state.last_failure_at = 0, None
        if state.first_signed_in_at is None:
            state.first_signed_in_at = self.clock()
        self.save(state)

    @one_at_a_time
    def unlock_with_server_password_offline(self, password: str) -> Attempt:
        """Check the server password against the hash of the last one that signed in."""
        state = self.load()
        if state.server_password is None:
            return Attempt(Outcome.NO_ACCOUNT, offline=True)
        if secret_hash.verify_hash(password, state.server_password):
            state.clear_damage()
            state.failures, state.last_failure_at = 0, None
            self.save(state)
            return Attempt(Outcome.UNLOCKED, offline=True)
        return Attempt(Outcome.OFFLINE_WRONG, offline=True)

    @one_at_a_time
    def server_password_accepted(self) -> Attempt:
        """The server accepted the password (online unlock): clear the lockout (and damage)."""
        state = self.load()
        state.clear_damage()
        state.failures, state.last_failure_at = 0, None
        try:
            self.save(state)
        except OSError:  # the server's word stands; the count is cleared next time
            log.warning("app lock: unlocked by the server, but the lock state was not stored")
        return Attempt(Outcome.UNLOCKED)
