"""A wrong key, a missing keyring entry or a damaged database: a clear message, nothing lost,
and a way to download everything again that never starts empty by itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.customer_profile import CustomerProfile
from app.customers import CustomerService
from app.profile import SET_ASIDE_STATE, ProfileError, ProfileProblem, open_profile
from app.security import keys
from app.sync import state
from ui.launcher import main
from ui.profile_dialog import ProfileErrorDialog, open_profile_interactively


def made_profile(root: Path) -> bytes:
    """A profile with one customer and one unsynced change; the database file's bytes."""
    profile = open_profile(root)
    CustomerService(profile.database, "rm01").save(CustomerProfile(name="温州留存客户有限公司"))
    profile.close()
    return (root / "rmdesk.sqlite3").read_bytes()


def lose_key(root: Path) -> None:
    keys.forget_key(root)


def wrong_key(root: Path) -> None:
    ident = keys.key_id(root)
    assert ident is not None
    keys.drop_cached(root)
    keys._set(ident, bytes(range(32)).hex())


def garble(root: Path) -> None:
    keys.drop_cached(root)
    path = root / "rmdesk.sqlite3"
    data = bytearray(path.read_bytes())
    data[100:140] = bytes(40)  # page 1 altered: its HMAC no longer matches
    path.write_bytes(bytes(data))


def alter_a_later_page(root: Path) -> None:
    """Change one byte deep in the file: page 1 still opens, the customers' page does not."""
    keys.drop_cached(root)
    path = root / "rmdesk.sqlite3"
    data = bytearray(path.read_bytes())
    data[-200] ^= 0x55  # the last page

    path.write_bytes(bytes(data))


CASES = [
    (lose_key, ProfileProblem.KEY_MISSING, "not in this computer's keyring"),
    (wrong_key, ProfileProblem.KEY_REJECTED, "cannot be decrypted"),
    (garble, ProfileProblem.KEY_REJECTED, "cannot be decrypted"),
]


@pytest.mark.parametrize(("spoil", "problem", "words"), CASES)
def test_cli_explains_fails_and_recovers_without_losing_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], spoil: object, problem: object, words: str
) -> None:
    root = tmp_path / "p"
    made_profile(root)
    spoil(root)  # type: ignore[operator]
    before = (root / "rmdesk.sqlite3").read_bytes()

    assert main(["--data-dir", str(root), "customers", "list"]) == 1
    out, err = capsys.readouterr()
    shown = json.loads(out)
    assert shown["problem"] == problem.value  # type: ignore[attr-defined]
    assert words in shown["error"] and words in err
    assert "rmdesk recover" in shown["hint"]
    assert (root / "rmdesk.sqlite3").read_bytes() == before  # never touched, never emptied

    assert main(["--data-dir", str(root), "recover"]) == 0
    result = json.loads(capsys.readouterr()[0])
    aside = Path(result["set_aside"])
    assert result["needs_full_download"] is True
    assert (aside / "rmdesk.sqlite3").read_bytes() == before  # kept, not deleted

    profile = open_profile(root)
    try:
        assert profile.database.unsynced_count() == 0  # nothing to push, no deletions
        with profile.database.reading() as session:
            assert state.get(session, state.REDOWNLOAD) == "1"
            assert state.get(session, state.CURSOR) == "0"
            assert state.get(session, SET_ASIDE_STATE) == str(aside)
    finally:
        profile.close()


def test_a_page_altered_deep_in_the_file_is_found_and_recovered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "p"
    made_profile(root)
    alter_a_later_page(root)
    before = (root / "rmdesk.sqlite3").read_bytes()
    with pytest.raises(ProfileError) as caught:
        open_profile(root, verify=True)  # what start-up's slow path and recover do
    assert caught.value.problem is ProfileProblem.CORRUPT
    assert caught.value.recoverable

    assert main(["--data-dir", str(root), "recover"]) == 0
    aside = Path(json.loads(capsys.readouterr()[0])["set_aside"])
    assert (aside / "rmdesk.sqlite3").read_bytes() == before


def test_recover_refuses_a_profile_that_opens(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    made_profile(tmp_path / "p")
    assert main(["--data-dir", str(tmp_path / "p"), "recover"]) == 1
    assert "nothing to recover" in capsys.readouterr()[0]
    assert not list((tmp_path / "p").glob("unreadable-*"))


def test_unusable_keyring_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    made_profile(tmp_path / "p")
    keys.drop_cached(tmp_path / "p")

    def refuse(_name: str) -> str | None:
        raise keys.KeyringUnavailableError("NoKeyringError")

    monkeypatch.setattr(keys, "_get", refuse)
    with pytest.raises(ProfileError) as caught:
        open_profile(tmp_path / "p")
    assert caught.value.problem is ProfileProblem.KEYRING_UNAVAILABLE
    assert not caught.value.recoverable


def test_startup_dialog_explains_and_downloads_again_only_when_asked(
    qtbot: QtBot, tmp_path: Path
) -> None:
    root = tmp_path / "p"
    before = made_profile(root)
    lose_key(root)

    error = ProfileError(ProfileProblem.KEY_MISSING, root / "rmdesk.sqlite3", "")
    dialog = ProfileErrorDialog(error)
    qtbot.addWidget(dialog)
    assert dialog.download_again is not None
    assert "keyring" in dialog.text() and str(root) in dialog.text()
    dialog.grab().save(str(tmp_path / "dialog.png"))

    # Quit: nothing changes, no empty profile appears
    assert open_profile_interactively(root, ask=lambda _e: False) is None
    assert (root / "rmdesk.sqlite3").read_bytes() == before

    def click_download_again() -> None:
        shown = QApplication.activeModalWidget()
        assert isinstance(shown, ProfileErrorDialog)
        assert shown.download_again is not None
        QTimer.singleShot(0, close_result)
        qtbot.mouseClick(shown.download_again, Qt.MouseButton.LeftButton)

    def close_result() -> None:
        done = QApplication.activeModalWidget()
        assert isinstance(done, QMessageBox) and done.objectName() == "profileSetAside"
        done.accept()

    QTimer.singleShot(0, click_download_again)
    profile = open_profile_interactively(root)
    assert profile is not None
    try:
        assert profile.database.unsynced_count() == 0
        with profile.database.reading() as session:
            assert state.get(session, state.REDOWNLOAD) == "1"
    finally:
        profile.close()
    (aside,) = root.glob("unreadable-*")
    assert (aside / "rmdesk.sqlite3").read_bytes() == before


def test_erasing_a_lost_laptop_also_erases_what_a_recovery_set_aside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.paths import ProfilePaths
    from app.security.device import erase_profile

    root = tmp_path / "p"
    made_profile(root)
    wrong_key(root)  # the old key stays in the keyring under the set-aside key id
    assert main(["--data-dir", str(root), "recover"]) == 0
    aside = Path(json.loads(capsys.readouterr()[0])["set_aside"])
    old_id = (aside / keys.ID_FILE).read_text(encoding="utf-8").strip()
    assert keys._get(old_id) is not None
    open_profile(root).close()

    removed = erase_profile(ProfilePaths(root))
    assert aside.name + "/" in removed
    assert not aside.exists()
    assert not list(root.glob("unreadable-*"))
    assert keys._get(old_id) is None  # its key is gone from the keyring too
