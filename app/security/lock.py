"""The app lock (no Qt): PIN rules and hashing, lockout, idle minutes, the offline lock.

Everything persistent is one small JSON document in the OS keyring, beside the
profile's database key (service ``RM Desk app lock``, user name = the profile's
key id; see :mod:`app.security.keys`): the PIN as a salted scrypt hash (never the
PIN), a scrypt hash of the last server password that signed in (for unlocking
offline; never the password), the count of wrong PINs and when the last one was
typed (so killing the app does not reset them), and the idle minutes. Deleting
or editing a file of the profile therefore neither removes the PIN nor resets the
count. Nothing here is logged except that a PIN was changed or refused.

Where it comes from: an older build's ``lock.json`` is moved into the keyring at
first use (entry written and read back, then the file deleted; when both exist the
keyring wins). A profile started afresh by ``rmdesk recover`` (its unreadable data
set aside in ``unreadable-*/``) takes over the lock of the profile set aside, so a
recovery is no way around the PIN. A folder without a key id (not a profile yet)
keeps ``lock.json`` as before.

Fail closed: a damaged entry (or lock file), a keyring that cannot be read, or an
unreadable key id gives a *damaged* state: the app starts locked, the PIN is
disabled and only the server password unlocks (which clears the damage; the PIN,
whose hash is lost, must then be set again). A profile that never had a lock has
no entry and starts unlocked.

Lockout: the first :data:`FREE_ATTEMPTS` wrong PINs cost nothing; each further one
makes the next try wait (30 s, doubling, at most 15 min); after
:data:`PIN_DISABLED_AFTER` wrong PINs the PIN no longer unlocks and only the
server password does (which also re-enables the PIN).

Every method of :class:`AppLock` that reads, changes and writes the state runs one
at a time per store (a thread lock per keyring entry, or per ``lock.json``), so two
checks on worker threads cannot both count from the same number of wrong PINs.

Offline lock: a profile signed in to a server that has not synced successfully for
the server's ``offline_lock_days`` (default 14) is locked until it syncs.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import hmac
import itertools
import json
import logging
import os
import secrets
import tempfile
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from app.security import keys
from app.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from db.database import Database

log = logging.getLogger(__name__)

#: Where an older build (and a folder without a key id) keeps the state.
LOCK_FILE = "lock.json"
#: Where a recovery puts an unreadable profile (:func:`app.security.at_rest.set_aside`).
SET_ASIDE_GLOB = "unreadable-*"
#: The longest ``server_user`` kept (the entry must stay small for Windows' Credential Manager).
MAX_USER_CHARS = 128
MIN_PIN_LENGTH = 6
MAX_PIN_LENGTH = 12
DEFAULT_IDLE_MINUTES = 10
MIN_IDLE_MINUTES = 1
#: The bank's maximum: the idle lock can be lengthened up to this, never switched off.
MAX_IDLE_MINUTES = 60
FREE_ATTEMPTS = 5
PIN_DISABLED_AFTER = 10
FIRST_DELAY_SECONDS = 30
MAX_DELAY_SECONDS = 15 * 60
#: Commands that still run while the profile is offline-locked (they bring it back).
OFFLINE_ALLOWED_COMMANDS = frozenset({"sync", "login", "logout"})

#: scrypt cost: n=2**15, r=8 (32 MiB, ~0.1-0.3 s); stored with each hash so it can grow.
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LEN = 2**15, 8, 1, 32

_COMMON_PINS = frozenset(
    {
        "123123",
        "112233",
        "111222",
        "121212",
        "101010",
        "147258",
        "159357",
        "147852",
        "258369",
        "520520",
        "520131",
        "131420",
        "666888",
        "888888",
        "168168",
        "123321",
        "654123",
    }
)

PIN_TEMPLATES: dict[str, str] = {
    "not_digits": QT_TRANSLATE_NOOP("AppLock", "The PIN may contain only digits"),
    "too_short": QT_TRANSLATE_NOOP("AppLock", "The PIN needs at least {min} digits"),
    "too_long": QT_TRANSLATE_NOOP("AppLock", "The PIN may have at most {max} digits"),
    "trivial": QT_TRANSLATE_NOOP(
        "AppLock",
        "This PIN is too easy to guess (repeated or consecutive digits, or a common "
        "pattern): choose another",
    ),
    "mismatch": QT_TRANSLATE_NOOP("AppLock", "The two PINs differ: type the same PIN twice"),
    "wrong_current": QT_TRANSLATE_NOOP("AppLock", "The current PIN is wrong"),
}


class PinProblem(ValueError):
    """A PIN that cannot be used: ``code`` is stable, ``template`` translatable (AppLock)."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.template = PIN_TEMPLATES[code]
        self.params = {k: str(v) for k, v in params.items()}
        super().__init__(self.text())

    def text(self) -> str:
        """The English message with its placeholders filled in."""
        return self.template.format(**self.params)


def utcnow() -> datetime:
    """The current time, UTC."""
    return datetime.now(UTC)


def _is_sequence(digits: str) -> bool:
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(digits)}
    return steps in ({1}, {9})


def _is_repeated_pattern(digits: str) -> bool:
    for period in (1, 2, 3):
        if len(digits) % period == 0 and digits == digits[:period] * (len(digits) // period):
            return True
    return False


def check_pin(pin: str) -> None:
    """Raise :class:`PinProblem` unless ``pin`` is an acceptable new PIN."""
    if not pin.isascii() or not pin.isdigit():
        raise PinProblem("not_digits")
    if len(pin) < MIN_PIN_LENGTH:
        raise PinProblem("too_short", min=MIN_PIN_LENGTH)
    if len(pin) > MAX_PIN_LENGTH:
        raise PinProblem("too_long", max=MAX_PIN_LENGTH)
    if _is_repeated_pattern(pin) or _is_sequence(pin) or pin in _COMMON_PINS:
        raise PinProblem("trivial")
    if len(set(pin)) <= 2:  # e.g. 110011, 100001
        raise PinProblem("trivial")


# --- slow hashes ------------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def slow_hash(secret: str, *, salt: bytes | None = None, n: int = SCRYPT_N) -> dict[str, Any]:
    """A salted scrypt hash of ``secret`` (with its parameters), to store."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(
        secret.encode("utf-8"),
        salt=salt,
        n=n,
        r=SCRYPT_R,
        p=SCRYPT_P,
        dklen=SCRYPT_LEN,
        maxmem=128 * n * SCRYPT_R * 2,
    )
    return {
        "alg": "scrypt",
        "n": n,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": _b64(salt),
        "hash": _b64(digest),
    }


def verify_hash(secret: str, stored: dict[str, Any] | None) -> bool:
    """True when ``secret`` matches a hash made by :func:`slow_hash` (constant time)."""
    if not stored or stored.get("alg") != "scrypt":
        return False
    try:
        n, r, p = int(stored["n"]), int(stored["r"]), int(stored["p"])
        salt = base64.b64decode(stored["salt"])
        expected = base64.b64decode(stored["hash"])
        digest = hashlib.scrypt(
            secret.encode("utf-8"),
            salt=salt,
            n=n,
            r=r,
            p=p,
            dklen=len(expected),
            maxmem=128 * n * r * 2,
        )
    except (KeyError, ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)


# --- the stored state -------------------------------------------------------------------


def _time(text: Any) -> datetime | None:
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

    ``damaged``: the stored state could not be read (see the module docstring); the
    PIN stays disabled until the server password unlocks. ``read_failed``: it could
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
            last_failure_at=_time(data.get("last_failure_at")),
            idle_minutes=clamp_idle(idle if isinstance(idle, int) else DEFAULT_IDLE_MINUTES),
            first_signed_in_at=_time(data.get("first_signed_in_at")),
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


def clamp_idle(minutes: int) -> int:
    """``minutes`` within the bank's bounds (never 0: the idle lock cannot be switched off)."""
    return max(MIN_IDLE_MINUTES, min(MAX_IDLE_MINUTES, int(minutes)))


def lockout_delay(failures: int) -> int:
    """Seconds to wait before the next PIN may be tried after ``failures`` wrong ones."""
    if failures < FREE_ATTEMPTS:
        return 0
    return int(min(MAX_DELAY_SECONDS, FIRST_DELAY_SECONDS * 2 ** (failures - FREE_ATTEMPTS)))


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


_P = ParamSpec("_P")
_R = TypeVar("_R")
_guards: dict[str, threading.RLock] = {}
_guards_lock = threading.Lock()
#: Key ids already searched for an older ``lock.json`` or a set-aside profile's lock
#: and found to have none (this process): no need to look again on every read.
_nothing_to_adopt: set[str] = set()


class LockStoreError(OSError):
    """The lock state could not be stored (keyring refused, or the key id is unreadable)."""


def _guard_of(store: str) -> threading.RLock:
    """The one thread lock of a store (shared by every :class:`AppLock` on it)."""
    with _guards_lock:
        return _guards.setdefault(store, threading.RLock())


def _one_at_a_time(
    method: Callable[Concatenate[AppLock, _P], _R],
) -> Callable[Concatenate[AppLock, _P], _R]:
    """Run a read-change-write of the state under its store's thread lock."""

    @functools.wraps(method)
    def guarded(self: AppLock, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with self._guard:
            return method(self, *args, **kwargs)

    return guarded


class _AsideUnreadable(Exception):
    """The keyring could not say whether a set-aside profile has a lock."""


def _aside_order(folder: Path) -> tuple[str, str, int]:
    """``unreadable-20261120-090000[-2]``: the newest (stamp, then number) sorts last."""
    parts = [*folder.name.split("-")[1:], "", "", ""]
    number = int(parts[2]) if parts[2].isdigit() else 1
    return parts[0], parts[1], number


class AppLock:
    """The lock settings and counters of one profile folder (its keyring entry)."""

    def __init__(self, root: Path, clock: Callable[[], datetime] = utcnow) -> None:
        self.root = root
        #: The older build's file (moved into the keyring at first use).
        self.path = root / LOCK_FILE
        self.clock = clock

    # persistence

    def _ident(self) -> str | None:
        """The key id naming the keyring entry; None for a folder without one (lock.json).

        Raises :class:`LockStoreError` when a key id file is there but cannot be read.
        """
        ident = keys.key_id(self.root)
        if ident is None and os.path.lexists(self.root / keys.ID_FILE):
            raise LockStoreError("the profile's key id cannot be read")
        return ident

    @property
    def _guard(self) -> threading.RLock:
        try:
            ident = self._ident()
        except LockStoreError:
            ident = None
        store = f"keyring:{ident}" if ident else f"file:{os.path.abspath(self.path)}"
        return _guard_of(store)

    def load(self) -> LockState:
        """The stored state (damaged or unreadable: PIN disabled rather than open)."""
        try:
            ident = self._ident()
        except LockStoreError:
            log.warning("the key id of %s cannot be read: the PIN stays disabled", self.root)
            return LockState.unreadable(read_failed=True)
        if ident is None:
            try:
                return self._read_file() or LockState()
            except OSError:
                log.warning("cannot read %s", self.path)
                return LockState.unreadable(read_failed=True)
        text = self._read_entry(ident)
        if isinstance(text, LockState):
            return text
        if text is None:
            return self._adopt(ident)
        if os.path.lexists(self.path):
            self._drop_file()  # an old or planted lock.json: the keyring wins
        return self._parsed(text)

    def save(self, state: LockState) -> None:
        """Store the state: the keyring entry (read back), or ``lock.json`` atomically.

        Raises :class:`LockStoreError` (an OSError) when it cannot be stored, or when
        ``state`` stands for a store that could not be read (never written over it).
        """
        if state.read_failed:
            raise LockStoreError("the app lock could not be read: not written over")
        ident = self._ident()
        if ident is None:
            self._save_file(state)
            return
        self._write_entry(ident, state)
        if os.path.lexists(self.path):
            self._drop_file()

    def _parsed(self, text: str) -> LockState:
        state = LockState.from_text(text)
        if state.damaged:
            log.warning("damaged app lock state of %s: the PIN stays disabled", self.root)
        return state

    def _read_entry(self, ident: str) -> str | LockState | None:
        """The entry's text, None if there is none, or the fail-closed state."""
        try:
            return keys.read_lock_entry(ident)
        except Exception as exc:  # KeyringUnavailableError, or a backend's own error
            log.warning(
                "cannot read the app lock from the keyring (%s): the PIN stays disabled",
                type(exc).__name__,
            )
            return LockState.unreadable(read_failed=True)

    def _write_entry(self, ident: str, state: LockState) -> None:
        try:
            keys.write_lock_entry(ident, state.to_text())
        except Exception as exc:  # KeyringUnavailableError, or a backend's own error
            raise LockStoreError(
                f"the keyring did not store the app lock ({type(exc).__name__})"
            ) from None
        _nothing_to_adopt.discard(ident)

    def _adopt(self, ident: str) -> LockState:
        """No entry yet: move an older ``lock.json`` in, or take over the lock of the
        profile a recovery set aside; else this profile never had a lock."""
        if ident in _nothing_to_adopt and not os.path.lexists(self.path):
            return LockState()
        with self._guard:
            text = self._read_entry(ident)  # another thread may have adopted it meanwhile
            if isinstance(text, LockState):
                return text
            if text is not None:
                return self._parsed(text)
            try:
                state = self._read_file()
            except OSError:
                log.warning("cannot read %s: the PIN stays disabled", self.path)
                return LockState.unreadable(read_failed=True)  # moved once readable
            source = LOCK_FILE
            if state is None:
                try:
                    state, source = self._set_aside_state(ident)
                except _AsideUnreadable:
                    return LockState.unreadable(read_failed=True)  # asked again next time
            if state is None:
                _nothing_to_adopt.add(ident)
                return LockState()
            try:
                self._write_entry(ident, state)
            except LockStoreError:
                log.warning("could not move the app lock into the keyring: kept where it is")
                return state
            if source == LOCK_FILE:
                self._drop_file()
            log.info("app lock: moved from %s into the keyring", source)
            return state

    def _set_aside_state(self, ident: str) -> tuple[LockState | None, str]:
        """The lock of the newest profile set aside by a recovery that still has one."""
        try:
            folders = sorted(self.root.glob(SET_ASIDE_GLOB), key=_aside_order, reverse=True)
        except OSError:
            return None, ""
        for folder in folders:
            other = keys.key_id(folder) if folder.is_dir() else None
            if other is None or other == ident:
                continue
            text = self._read_entry(other)
            if isinstance(text, LockState):
                raise _AsideUnreadable
            if text is not None:
                return self._parsed(text), folder.name
        return None, ""

    def _read_file(self) -> LockState | None:
        """``lock.json``'s state; None when there is none (OSError when unreadable)."""
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except UnicodeDecodeError:
            raw = ""
        state = LockState.from_text(raw)
        if state.damaged:
            log.warning("damaged %s: the PIN stays disabled until the server password", self.path)
        return state

    def _save_file(self, state: LockState) -> None:
        """Write ``lock.json`` atomically (temporary file, fsync, rename)."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=self.root, prefix=".lock-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(state.to_json(), out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def _drop_file(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove %s (the keyring's state wins)", self.path)

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

    @_one_at_a_time
    def set_idle_minutes(self, minutes: int) -> int:
        """Store the idle minutes (clamped to the bank's bounds); returns what was stored."""
        state = self.load()
        state.idle_minutes = clamp_idle(minutes)
        self.save(state)
        return state.idle_minutes

    @_one_at_a_time
    def set_pin(self, pin: str, confirm: str | None = None) -> None:
        """Set (or replace) the PIN; :class:`PinProblem` if it is unacceptable."""
        check_pin(pin)
        if confirm is not None and confirm != pin:
            raise PinProblem("mismatch")
        state = self.load()
        state.clear_damage()  # the app is unlocked: whoever sets a PIN is the RM
        state.pin = slow_hash(pin)
        state.failures, state.last_failure_at = 0, None
        self.save(state)
        log.info("app lock: PIN set")

    @_one_at_a_time
    def change_pin(self, current: str, new: str, confirm: str | None = None) -> None:
        """Replace the PIN after checking the current one (counts as an attempt)."""
        check_pin(new)
        if confirm is not None and confirm != new:
            raise PinProblem("mismatch")
        if not self.unlock_with_pin(current).ok:
            raise PinProblem("wrong_current")
        self.set_pin(new)

    @_one_at_a_time
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

    @_one_at_a_time
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
        if verify_hash(pin, state.pin):
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

    @_one_at_a_time
    def remember_server_password(self, username: str, password: str) -> None:
        """After a successful sign-in: keep a slow hash (offline unlock), clear the lockout."""
        state = self.load()
        state.clear_damage()
        state.server_password = slow_hash(password)
        state.server_user = username
        state.failures, state.last_failure_at = 0, None
        if state.first_signed_in_at is None:
            state.first_signed_in_at = self.clock()
        self.save(state)

    @_one_at_a_time
    def unlock_with_server_password_offline(self, password: str) -> Attempt:
        """Check the server password against the hash of the last one that signed in."""
        state = self.load()
        if state.server_password is None:
            return Attempt(Outcome.NO_ACCOUNT, offline=True)
        if verify_hash(password, state.server_password):
            state.clear_damage()
            state.failures, state.last_failure_at = 0, None
            self.save(state)
            return Attempt(Outcome.UNLOCKED, offline=True)
        return Attempt(Outcome.OFFLINE_WRONG, offline=True)

    @_one_at_a_time
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


def remember_server_password(root: Path, username: str, password: str) -> None:
    """Called after every successful sign-in (see :func:`app.sync.engine.sign_in`)."""
    try:
        AppLock(root).remember_server_password(username, password)
    except OSError:
        log.warning("could not keep the server password's hash for the app lock")


def forget_lock(root: Path) -> int:
    """Delete the app lock's keyring entries of ``root`` (erasing a lost device): its own
    and those of profiles a recovery set aside in it. Returns how many were asked for.

    Raises :class:`app.security.keys.KeyringUnavailableError` when the keyring refuses.
    """
    idents = [keys.key_id(root)]
    with contextlib.suppress(OSError):
        idents += [keys.key_id(folder) for folder in root.glob(SET_ASIDE_GLOB) if folder.is_dir()]
    asked = 0
    for ident in dict.fromkeys(i for i in idents if i):
        keys.delete_lock_entry(ident)
        _nothing_to_adopt.discard(ident)
        asked += 1
    return asked


# --- the offline lock -------------------------------------------------------------------


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

    now = now or utcnow()
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
    since = _time(success) or AppLock(root).load().first_signed_in_at
    if since is None:
        return OfflineStatus(False, days, None, None)
    deadline = since + timedelta(days=days)
    return OfflineStatus(now >= deadline, days, _time(success), deadline)


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
