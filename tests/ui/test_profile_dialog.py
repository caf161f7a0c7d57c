"""A corrupt profile is explained, another folder can be opened, nothing is overwritten."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.profile import ProfileError, ProfileProblem
from ui.profile_dialog import ProfileErrorDialog, open_profile_interactively


def corrupt_profile(root: Path) -> Path:
    root.mkdir(parents=True)
    db = root / "rmdesk.sqlite3"
    db.write_bytes(b"definitely not sqlite" * 30)
    return db


def test_dialog_explains_and_offers_another_folder(
    qtbot: QtBot, tmp_path: Path, translations: object
) -> None:
    db = corrupt_profile(tmp_path / "bad")
    error = ProfileError(ProfileProblem.CORRUPT, db, "not an SQLite database")
    dialog = ProfileErrorDialog(error)
    qtbot.addWidget(dialog)
    assert str(db) in dialog.text()
    assert "已损坏" in dialog.text()
    assert dialog.open_other.text() == "打开其他目录…"


def test_opening_another_folder_after_a_corrupt_one(
    qtbot: QtBot, tmp_path: Path, translations: object
) -> None:
    db = corrupt_profile(tmp_path / "bad")
    before = db.read_bytes()

    def click_open_other() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ProfileErrorDialog)
        dialog.open_other.click()

    QTimer.singleShot(0, click_open_other)
    profile = open_profile_interactively(tmp_path / "bad", choose=lambda _p: tmp_path / "good")
    assert profile is not None
    assert profile.paths.root == tmp_path / "good"
    profile.close()
    assert db.read_bytes() == before


def test_quit_returns_nothing(tmp_path: Path) -> None:
    corrupt_profile(tmp_path / "bad")
    asked: list[ProfileError] = []
    result = open_profile_interactively(
        tmp_path / "bad", ask=lambda e: asked.append(e) or False, choose=lambda _p: None
    )
    assert result is None
    assert asked[0].problem is ProfileProblem.CORRUPT
