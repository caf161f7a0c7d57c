# ruff: noqa: F811
"""Where the app lock's state lives: the OS keyring beside the database key, not a file.

Real profiles (SQLCipher file, key id, the ``RMDESK_KEYRING_FILE`` keyring of the
tests): deleting or planting files does not remove the PIN or reset the wrong-PIN
count; an older ``lock.json`` moves in without loss; a recovery keeps the lock; a
lost device's erase removes it; a damaged or unreadable state fails closed.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.paths import ProfilePaths
from app.profile import Profile, open_profile
from app.security import keys, secret_hash
from app.security.device import erase_profile
from app.security.lock import AppLock, Outcome
from app.security.lock_state import PIN_DISABLED_AFTER, LockState
from app.security.lock_store import LOCK_FILE
from tests.ui.conftest import (  # noqa: F401 - the UI fixtures
    WindowFactory,
    cjk_font,
    make_window,
    translations,
)
from ui.launcher import main
from ui.lock.screen import LockMode

GOOD_PIN = "482915"
WRONG_PIN = "739164"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cheaper scrypt cost for new hashes (the cost is stored with each hash)."""
    original = secret_hash.slow_hash
    monkeypatch.setattr(
        secret_hash, "slow_hash", lambda secret, **kw: original(secret, n=2**10, **kw)
    )


def _new_profile(root: Path) -> str:
    """A real, closed profile in ``root``; its key id."""
    open_profile(root).close()
    ident = keys.key_id(root)
    assert ident is not None
    return ident


def _entry(ident: str) -> str | None:
    return keys.read_lock_entry(ident)


def _all_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


def _pin_with_two_wrong(root: Path) -> None:
    lock = AppLock(root)
    lock.set_pin(GOOD_PIN, GOOD_PIN)
    assert lock.unlock_with_pin(WRONG_PIN).outcome is Outcome.WRONG
    assert lock.unlock_with_pin(WRONG_PIN).failures == 2


def test_deleting_or_planting_files_neither_removes_the_pin_nor_resets_the_count(
    qtbot: QtBot, tmp_path: Path, make_window: WindowFactory
) -> None:
    root = tmp_path / "profile"
    ident = _new_profile(root)
    _pin_with_two_wrong(root)

    stored = _entry(ident)
    assert stored is not None and GOOD_PIN not in stored
    salt = json.loads(stored)["pin"]["salt"]
    assert not (root / LOCK_FILE).exists()
    assert salt.encode() not in _all_bytes(root)  # nothing of the lock in the folder

    # someone at the unlocked session deletes every file but the database and its key id
    for path in root.iterdir():
        if path.is_file() and not path.name.startswith("rmdesk.sqlite3") and path.name != "key-id":
            path.unlink()
    assert AppLock(root).has_pin
    # ...and plants a lock.json without a PIN and with a zero count
    (root / LOCK_FILE).write_text(json.dumps({"version": 1, "pin": None, "failures": 0}))
    state = AppLock(root).load()
    assert state.pin is not None and state.failures == 2  # the keyring wins
    assert not (root / LOCK_FILE).exists()  # and the planted file is gone

    # the app starts locked, asking for the PIN; the count goes on from 2
    profile = open_profile(root)
    try:
        window = make_window(profile)
        assert window.lock.locked and window.lock.screen.mode is LockMode.PIN
        assert AppLock(root).unlock_with_pin(WRONG_PIN).failures == 3
        assert AppLock(root).unlock_with_pin(GOOD_PIN).ok
    finally:
        profile.close()


def test_a_profile_that_never_had_a_pin_starts_unlocked(
    qtbot: QtBot, profile: Profile, make_window: WindowFactory
) -> None:
    root = profile.paths.root
    ident = keys.key_id(root)
    assert ident is not None
    lock = AppLock(root)
    assert not lock.has_pin and not lock.can_lock() and not lock.pin_disabled()
    window = make_window(profile)
    assert not window.lock.locked
    assert _entry(ident) is None  # reading creates nothing
    lock.set_idle_minutes(20)
    assert not AppLock(root).has_pin and AppLock(root).idle_minutes == 20


def _old_lock_json(root: Path, failures: int, idle: int = 25) -> None:
    """What the previous build wrote (no ``damaged`` field)."""
    state = LockState(
        pin=secret_hash.slow_hash(GOOD_PIN),
        failures=failures,
        last_failure_at=datetime.now(UTC) - timedelta(hours=1),
        idle_minutes=idle,
    )
    data = state.to_json()
    del data["damaged"]
    (root / LOCK_FILE).write_text(json.dumps(data), encoding="utf-8")


def test_an_older_lock_json_moves_into_the_keyring_and_a_crash_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "profile"
    ident = _new_profile(root)
    _old_lock_json(root, failures=3)

    # the keyring refuses (or the app dies) before the entry is written: the file stays
    def refused(_ident: str, _text: str) -> None:
        raise keys.KeyringUnavailableError("locked")

    with monkeypatch.context() as patched:
        patched.setattr(keys, "write_lock_entry", refused)
        state = AppLock(root).load()
        assert state.pin is not None and state.failures == 3 and state.idle_minutes == 25
        assert (root / LOCK_FILE).exists() and _entry(ident) is None

    # next start: moved (entry written and read back, then the file deleted)
    lock = AppLock(root)
    assert lock.has_pin and lock.load().failures == 3 and lock.idle_minutes == 25
    assert not (root / LOCK_FILE).exists()
    assert json.loads(_entry(ident) or "{}")["failures"] == 3
    assert lock.unlock_with_pin(WRONG_PIN).failures == 4

    # a crash after writing the entry but before deleting the file: the keyring wins
    _old_lock_json(root, failures=0, idle=60)
    assert AppLock(root).load().failures == 4 and AppLock(root).idle_minutes == 25
    assert not (root / LOCK_FILE).exists()
    assert AppLock(root).unlock_with_pin(GOOD_PIN).ok


def test_a_damaged_older_lock_json_moves_in_damaged(tmp_path: Path) -> None:
    root = tmp_path / "profile"
    ident = _new_profile(root)
    (root / LOCK_FILE).mkdir()  # cannot be read: fails closed, kept to move later
    assert AppLock(root).has_pin and AppLock(root).pin_disabled()
    assert (root / LOCK_FILE).is_dir() and _entry(ident) is None
    (root / LOCK_FILE).rmdir()
    (root / LOCK_FILE).write_text("{damaged", encoding="utf-8")
    lock = AppLock(root)
    assert lock.has_pin and lock.pin_disabled()
    assert not (root / LOCK_FILE).exists()
    assert json.loads(_entry(ident) or "{}")["damaged"] is True


@pytest.mark.parametrize("damage", ["{damaged", "null", "[1, 2]", '"text"', ""])
def test_a_damaged_entry_starts_locked_and_only_the_server_password_unlocks(
    qtbot: QtBot, profile: Profile, make_window: WindowFactory, damage: str
) -> None:
    root = profile.paths.root
    ident = keys.key_id(root)
    assert ident is not None
    AppLock(root).set_pin(GOOD_PIN)
    keys.write_lock_entry(ident, damage)

    lock = AppLock(root)
    assert lock.has_pin and lock.pin_disabled() and lock.can_lock()
    attempt = lock.unlock_with_pin(GOOD_PIN)
    assert attempt.outcome is Outcome.PIN_DISABLED and attempt.failures == PIN_DISABLED_AFTER
    assert lock.set_idle_minutes(15) == 15  # a later write keeps it damaged
    assert AppLock(root).has_pin and AppLock(root).pin_disabled()

    window = make_window(profile)
    assert window.lock.locked and window.lock.screen.mode is LockMode.PASSWORD

    # the server password (accepted by the server) clears the damage; the lost PIN is gone
    assert lock.server_password_accepted().ok
    assert not lock.has_pin and not lock.pin_disabled() and lock.idle_minutes == 15
    lock.set_pin(WRONG_PIN)
    assert AppLock(root).unlock_with_pin(WRONG_PIN).ok


def test_an_unreadable_keyring_or_key_id_fails_closed_and_destroys_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "profile"
    ident = _new_profile(root)
    AppLock(root).set_pin(GOOD_PIN)
    before = _entry(ident)

    def unavailable(_ident: str) -> str | None:
        raise keys.KeyringUnavailableError("locked")

    with monkeypatch.context() as patched:
        patched.setattr(keys, "read_lock_entry", unavailable)
        lock = AppLock(root)
        assert lock.has_pin and lock.pin_disabled()
        assert lock.unlock_with_pin(GOOD_PIN).outcome is Outcome.PIN_DISABLED
        with pytest.raises(OSError):  # never written over what it could not read
            lock.set_idle_minutes(30)
        assert lock.server_password_accepted().ok  # the server's word still unlocks
    assert _entry(ident) == before  # nothing stored from the failed read
    assert AppLock(root).unlock_with_pin(GOOD_PIN).ok

    # a key id that cannot be read (here: a folder in its place)
    (root / "key-id").rename(root / "key-id.real")
    (root / "key-id").mkdir()
    lock = AppLock(root)
    assert lock.has_pin and lock.pin_disabled()
    with pytest.raises(OSError):
        lock.set_idle_minutes(30)
    (root / "key-id").rmdir()
    (root / "key-id.real").rename(root / "key-id")
    assert AppLock(root).unlock_with_pin(GOOD_PIN).ok and _entry(ident) == before


def test_recovery_keeps_the_lock_and_erase_removes_every_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "profile"
    old = _new_profile(root)
    _pin_with_two_wrong(root)
    keys.forget_key(root)  # the database cannot be opened: `rmdesk recover`
    assert main(["--data-dir", str(root), "recover"]) == 0
    assert json.loads(capsys.readouterr().out)["recovered"] is True

    new = keys.key_id(root)
    assert new is not None and new != old
    lock = AppLock(root)
    assert lock.has_pin and lock.load().failures == 2  # recovery is no way around the PIN
    assert _entry(new) is not None
    assert lock.unlock_with_pin(WRONG_PIN).failures == 3
    assert lock.unlock_with_pin(GOOD_PIN).ok

    profile = open_profile(root)
    removed = erase_profile(ProfilePaths(root), database=profile.database)
    assert "keyring:app_lock" in removed
    assert _entry(new) is None and _entry(old) is None  # also the set-aside profile's


def test_the_entry_stays_small_for_windows_credential_manager(tmp_path: Path) -> None:
    """Credential Manager keeps at most 2,560 bytes (1,280 UTF-16 characters)."""
    root = tmp_path / "profile"
    ident = _new_profile(root)
    lock = AppLock(root)
    lock.set_pin(GOOD_PIN)
    lock.remember_server_password("rm" * 400, "correct horse battery staple")
    lock.unlock_with_pin(WRONG_PIN)
    stored = _entry(ident)
    assert stored is not None and len(stored) < 1000
