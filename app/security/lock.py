"""The app lock (no Qt): PIN rules and hashing, lockout, idle minutes, the offline lock.

Everything persistent is in the profile's ``lock.json`` (written atomically):
the PIN as a salted scrypt hash (never the PIN), a scrypt hash of the last server
password that signed in (for unlocking offline; never the password), the count
of wrong PINs and when the last one was typed (so killing the app does not reset
them), and the idle minutes. Nothing here is logged except that a PIN was
changed or refused.

Lockout: the first :data:`FREE_ATTEMPTS` wrong PINs cost nothing; each further one
makes the next try wait (30 s, doubling, at most 15 min); after
:data:`PIN_DISABLED_AFTER` wrong PINs the PIN no longer unlocks and only the
server password does (which also re-enables the PIN).

Every method of :class:`AppLock` that reads, changes and writes ``lock.json`` runs
one at a time per file (a thread lock), so two checks on worker threads cannot
both count from the same number of wrong PINs.

Offline lock: a profile signed in to a server that has not synced successfully for
the server's ``offline_lock_days`` (default 14) is locked until it syncs.
"""

from __future__ import annotations

import base64
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
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Concatenate, ParamSpec, TypeVar

from app.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from db.database import Database

log = logging.getLogger(__name__)

LOCK_FILE = "lock.json"
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


# --- the lock file ----------------------------------------------------------------------


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
    """What ``lock.json`` holds."""

    pin: dict[str, Any] | None = None
    server_password: dict[str, Any] | None = None
    server_user: str = ""
    failures: int = 0
    last_failure_at: datetime | None = None
    idle_minutes: int = DEFAULT_IDLE_MINUTES
    first_signed_in_at: datetime | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> LockState:
        """Read the file's content; unknown or damaged values fall back to safe ones."""
        failures = data.get("failures", 0)
        idle = data.get("idle_minutes", DEFAULT_IDLE_MINUTES)
        return cls(
            pin=data.get("pin") if isinstance(data.get("pin"), dict) else None,
            server_password=data.get("server_password")
            if isinstance(data.get("server_password"), dict)
            else None,
            server_user=str(data.get("server_user") or ""),
            failures=failures
            if isinstance(failures, int) and failures >= 0
            else PIN_DISABLED_AFTER,
            last_failure_at=_time(data.get("last_failure_at")),
            idle_minutes=clamp_idle(idle if isinstance(idle, int) else DEFAULT_IDLE_MINUTES),
            first_signed_in_at=_time(data.get("first_signed_in_at")),
        )

    def to_json(self) -> dict[str, Any]:
        """The file's content."""
        return {
            "version": 1,
            "pin": self.pin,
            "server_password": self.server_password,
            "server_user": self.server_user,
            "failures": self.failures,
            "last_failure_at": self.last_failure_at.isoformat() if self.last_failure_at else None,
            "idle_minutes": self.idle_minutes,
            "first_signed_in_at": self.first_signed_in_at.isoformat()
            if self.first_signed_in_at
            else None,
        }


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


def _guard_of(path: Path) -> threading.RLock:
    """The one thread lock of a ``lock.json`` (shared by every :class:`AppLock` on it)."""
    with _guards_lock:
        return _guards.setdefault(os.path.abspath(path), threading.RLock())


def _one_at_a_time(
    method: Callable[Concatenate[AppLock, _P], _R],
) -> Callable[Concatenate[AppLock, _P], _R]:
    """Run a read-change-write of ``lock.json`` under the file's thread lock."""

    @functools.wraps(method)
    def guarded(self: AppLock, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with self._guard:
            return method(self, *args, **kwargs)

    return guarded


class AppLock:
    """The lock settings and counters of one profile folder (``lock.json``)."""

    def __init__(self, root: Path, clock: Callable[[], datetime] = utcnow) -> None:
        self.root = root
        self.path = root / LOCK_FILE
        self.clock = clock
        self._guard = _guard_of(self.path)

    # persistence

    def load(self) -> LockState:
        """The stored state (a damaged file keeps the PIN disabled rather than open)."""
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return LockState()
        except OSError:
            log.warning("cannot read %s", self.path)
            return LockState(failures=PIN_DISABLED_AFTER)
        try:
            data = json.loads(raw)
        except ValueError:
            log.warning("damaged %s: the PIN stays disabled until the server password", self.path)
            return LockState(failures=PIN_DISABLED_AFTER)
        return LockState.from_json(data) if isinstance(data, dict) else LockState()

    def save(self, state: LockState) -> None:
        """Write the state atomically (temporary file, fsync, rename)."""
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

    # settings

    @property
    def has_pin(self) -> bool:
        """True when a PIN is set."""
        return self.load().pin is not None

    @property
    def has_server_password(self) -> bool:
        """True when a server password signed in here (it can unlock offline)."""
        return self.load().server_password is not None

    def can_lock(self, signed_in: bool = False) -> bool:
        """True when something can unlock the app (a PIN, or the server password)."""
        state = self.load()
        return state.pin is not None or signed_in or state.server_password is not None

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
        """True after too many wrong PINs: only the server password unlocks."""
        return (state or self.load()).failures >= PIN_DISABLED_AFTER

    @_one_at_a_time
    def unlock_with_pin(self, pin: str) -> Attempt:
        """Check a PIN, counting a wrong one (the count survives restarts)."""
        state = self.load()
        if state.pin is None:
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
            state.failures, state.last_failure_at = 0, None
            self.save(state)
            return Attempt(Outcome.UNLOCKED, offline=True)
        return Attempt(Outcome.OFFLINE_WRONG, offline=True)

    @_one_at_a_time
    def server_password_accepted(self) -> Attempt:
        """The server accepted the password (online unlock): clear the lockout."""
        state = self.load()
        state.failures, state.last_failure_at = 0, None
        self.save(state)
        return Attempt(Outcome.UNLOCKED)


def remember_server_password(root: Path, username: str, password: str) -> None:
    """Called after every successful sign-in (see :func:`app.sync.engine.sign_in`)."""
    try:
        AppLock(root).remember_server_password(username, password)
    except OSError:
        log.warning("could not keep the server password's hash for the app lock")


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
