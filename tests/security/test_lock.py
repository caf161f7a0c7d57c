"""The app lock's rules (no Qt): PINs, hashes, lockout across restarts, the offline lock.

The state lives in the keyring entry of the folder's key id (tests: the
``RMDESK_KEYRING_FILE`` backend); ``tests/security/test_lock_store.py`` covers the
store itself (migration, deleted files, recovery, erase, damage).
"""

from __future__ import annotations

import argparse
import json
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.cli import build_parser, run_command
from app.profile import open_profile
from app.security import keys, secret_hash
from app.security.device import OFFLINE_LOCK_DAYS
from app.security.lock import AppLock, Outcome
from app.security.lock_state import (
    DEFAULT_IDLE_MINUTES,
    MAX_IDLE_MINUTES,
    PIN_DISABLED_AFTER,
    lockout_delay,
)
from app.security.offline_lock import offline_refusal, offline_status
from app.security.pin import PinProblem, check_pin
from app.sync import state

GOOD_PIN = "482915"


class Clock:
    """A fake clock the tests move by hand (no sleeping)."""

    def __init__(self) -> None:
        self.now = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cheaper scrypt cost for new hashes (the cost is stored with each hash)."""
    original = secret_hash.slow_hash
    monkeypatch.setattr(
        secret_hash, "slow_hash", lambda secret, **kw: original(secret, n=2**10, **kw)
    )


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A folder with a key id (and its key in the keyring), as every opened profile has."""
    folder = tmp_path / "profile"
    keys.create_key(folder)
    return folder


def _stored(folder: Path) -> str:
    """The lock's keyring entry of ``folder`` (what an attacker would have to edit)."""
    ident = keys.key_id(folder)
    assert ident is not None
    text = keys.read_lock_entry(ident)
    assert text is not None
    return text


@pytest.mark.parametrize(
    ("pin", "code"),
    [
        ("000000", "trivial"),
        ("123456", "trivial"),
        ("654321", "trivial"),
        ("890123", "trivial"),
        ("121212", "trivial"),
        ("123123", "trivial"),
        ("110011", "trivial"),
        ("12345", "too_short"),
        ("1234567890123", "too_long"),
        ("48a915", "not_digits"),
        ("４８２９１５", "not_digits"),  # full-width digits
    ],
)
def test_trivial_or_malformed_pins_are_refused(pin: str, code: str) -> None:
    with pytest.raises(PinProblem) as refused:
        check_pin(pin)
    assert refused.value.code == code
    assert refused.value.text()  # a message to translate


def test_a_good_pin_is_stored_only_as_a_salted_slow_hash(root: Path, tmp_path: Path) -> None:
    lock = AppLock(root)
    lock.set_pin(GOOD_PIN, GOOD_PIN)
    text = _stored(root)
    assert GOOD_PIN not in text
    assert not (root / "lock.json").exists()  # nothing in the profile folder to delete
    stored = json.loads(text)["pin"]
    assert stored["alg"] == "scrypt" and stored["salt"] and stored["hash"]
    other_root = tmp_path / "other"
    keys.create_key(other_root)
    AppLock(other_root).set_pin(GOOD_PIN)
    assert json.loads(_stored(other_root))["pin"] != stored  # salted
    assert lock.unlock_with_pin(GOOD_PIN).ok
    assert lock.unlock_with_pin("482916").outcome is Outcome.WRONG
    with pytest.raises(PinProblem) as mismatch:
        lock.set_pin("739164", "739165")
    assert mismatch.value.code == "mismatch"


def test_wrong_pins_wait_longer_and_then_need_the_server_password(root: Path) -> None:
    clock = Clock()
    lock = AppLock(root, clock)
    lock.set_pin(GOOD_PIN)
    for tries in range(1, 5):
        attempt = lock.unlock_with_pin("000001")
        assert attempt.outcome is Outcome.WRONG and attempt.wait_seconds == 0
        assert attempt.failures == tries
    fifth = lock.unlock_with_pin("000001")
    assert fifth.outcome is Outcome.WRONG and fifth.wait_seconds == 30
    # even the right PIN waits, and a restart (a new AppLock on the profile) remembers it
    restarted = AppLock(root, clock)
    assert restarted.unlock_with_pin(GOOD_PIN).outcome is Outcome.WAIT
    clock.advance(seconds=29)
    assert restarted.wait_seconds() == 1
    clock.advance(seconds=1)
    assert restarted.unlock_with_pin("000001").wait_seconds == 60  # doubling
    assert [lockout_delay(n) for n in range(4, 12)] == [0, 30, 60, 120, 240, 480, 900, 900]
    for _ in range(PIN_DISABLED_AFTER - 6):
        clock.advance(hours=1)
        last = restarted.unlock_with_pin("000001")
    assert last.outcome is Outcome.PIN_DISABLED
    clock.advance(days=1)
    assert AppLock(root, clock).unlock_with_pin(GOOD_PIN).outcome is Outcome.PIN_DISABLED

    # the server password (hash of the last sign-in) unlocks and re-enables the PIN
    restarted.remember_server_password("rm01", "correct horse battery staple")
    assert "correct horse" not in _stored(root)
    assert restarted.unlock_with_pin(GOOD_PIN).ok


def test_two_pins_checked_at_once_count_two_wrong_pins(
    root: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Checks run on worker threads: each one reads, counts and writes the entry alone."""
    AppLock(root).set_pin(GOOD_PIN)
    real = secret_hash.verify_hash
    inside: list[int] = []
    peak: list[int] = []
    arrived = threading.Event()

    def slow_verify(secret: str, stored: dict[str, object]) -> bool:
        inside.append(1)
        peak.append(len(inside))
        if len(inside) == 1:
            arrived.wait(0.5)  # room for the other check to come in, if it could
        else:
            arrived.set()
        inside.pop()
        return real(secret, stored)

    monkeypatch.setattr(secret_hash, "verify_hash", slow_verify)
    threads = [
        threading.Thread(target=AppLock(root).unlock_with_pin, args=("739164",)) for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)
    assert max(peak) == 1  # one at a time
    assert AppLock(root).load().failures == 2  # neither count was lost


def test_offline_unlock_with_the_server_password(root: Path) -> None:
    lock = AppLock(root)
    assert lock.unlock_with_server_password_offline("anything").outcome is Outcome.NO_ACCOUNT
    lock.remember_server_password("rm01", "correct horse battery staple")
    assert lock.unlock_with_server_password_offline("correct horse battery staple").ok
    wrong = lock.unlock_with_server_password_offline("wrong horse")
    assert wrong.outcome is Outcome.OFFLINE_WRONG


def test_change_and_remove_need_the_current_pin(root: Path) -> None:
    lock = AppLock(root)
    lock.set_pin(GOOD_PIN)
    with pytest.raises(PinProblem) as wrong:
        lock.change_pin("111112", "739164", "739164")
    assert wrong.value.code == "wrong_current"
    lock.change_pin(GOOD_PIN, "739164", "739164")
    assert lock.unlock_with_pin("739164").ok
    with pytest.raises(PinProblem):
        lock.remove_pin(GOOD_PIN)
    lock.remove_pin("739164")
    assert not lock.has_pin


def test_idle_minutes_default_and_bounds(root: Path) -> None:
    lock = AppLock(root)
    assert lock.idle_minutes == DEFAULT_IDLE_MINUTES == 10
    assert lock.set_idle_minutes(0) == 1  # never "never"
    assert lock.set_idle_minutes(24 * 60) == MAX_IDLE_MINUTES
    assert AppLock(root).set_idle_minutes(25) == 25 and AppLock(root).idle_minutes == 25


def test_a_folder_without_a_key_id_keeps_lock_json_and_a_damaged_one_fails_closed(
    tmp_path: Path,
) -> None:
    """Not a profile yet (no key id): the older file, which fails closed when damaged."""
    lock = AppLock(tmp_path)
    lock.set_pin(GOOD_PIN)
    assert "pin" in json.loads((tmp_path / "lock.json").read_text())
    assert lock.unlock_with_pin(GOOD_PIN).ok
    for damage in ("{damaged", "null", "[]"):
        (tmp_path / "lock.json").write_text(damage)
        assert lock.has_pin and lock.pin_disabled()  # starts locked; only the password
        assert lock.unlock_with_pin(GOOD_PIN).outcome is Outcome.PIN_DISABLED


# --- the offline lock --------------------------------------------------------------------


def _signed_in_profile(root: Path, last_success: datetime | None, days: str | None) -> None:
    profile = open_profile(root)
    try:
        state.write(
            profile.database,
            account__server="https://rmdesk.example",
            account__user="rm01",
            sync__last_success=last_success.isoformat() if last_success else None,
        )
        if days is not None:
            state.write(profile.database, **{OFFLINE_LOCK_DAYS.replace(".", "__"): days})
    finally:
        profile.close()


def test_offline_lock_after_the_servers_days_without_a_sync(tmp_path: Path) -> None:
    clock = Clock()
    root = tmp_path / "profile"
    _signed_in_profile(root, clock.now, None)
    profile = open_profile(root)
    try:
        database = profile.database
        status = offline_status(database, root, clock.now)
        assert not status.locked and status.days == 14
        clock.advance(days=13, hours=23)
        assert not offline_status(database, root, clock.now).locked
        clock.advance(hours=1)
        assert offline_status(database, root, clock.now).locked
        # the server's policy (stored at each sync) wins over the default
        state.write(database, **{OFFLINE_LOCK_DAYS.replace(".", "__"): "30"})
        assert not offline_status(database, root, clock.now).locked
        clock.advance(days=17)
        refusal = offline_refusal("customers", database, root, clock.now)
        assert refusal is not None and refusal["code"] == "offline_locked"
        assert "30 days" in refusal["error"]
        for allowed in ("sync", "login", "logout"):
            assert offline_refusal(allowed, database, root, clock.now) is None
        # a successful sync unlocks
        state.write(database, sync__last_success=clock.now.isoformat())
        assert not offline_status(database, root, clock.now).locked
    finally:
        profile.close()


def test_never_signed_in_profiles_are_not_offline_locked(tmp_path: Path) -> None:
    profile = open_profile(tmp_path / "p")
    try:
        far = datetime(2040, 1, 1, tzinfo=UTC)
        assert not offline_status(profile.database, tmp_path / "p", far).locked
    finally:
        profile.close()


def _run(*argv: str) -> tuple[int, argparse.Namespace]:
    args = build_parser().parse_args(list(argv))
    return run_command(args), args


def test_headless_commands_refuse_while_offline_locked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "profile"
    _signed_in_profile(root, datetime.now(UTC) - timedelta(days=20), "14")
    for command in (["customers", "list"], ["dashboard", "--json"], ["alerts", "list"]):
        code, _ = _run("--data-dir", str(root), *command)
        out = json.loads(capsys.readouterr().out)
        assert code == 1 and out["code"] == "offline_locked", command
        assert "sign in and sync" in out["error"]
    # (sync, login and logout still run: see test_offline_lock_after_the_servers_days…)
