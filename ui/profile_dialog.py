"""When a profile cannot be opened: say why, offer another folder, never overwrite."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from app.profile import Profile, ProfileError, ProfileProblem, open_profile
from ui.startup_errors import KEY_MESSAGES, RECOVER, add_download_again, start_fresh_interactively

MESSAGES = {
    ProfileProblem.UNWRITABLE: QT_TRANSLATE_NOOP(
        "ProfileErrorDialog", "The profile folder cannot be created or written:\n{path}"
    ),
    ProfileProblem.UNREADABLE: QT_TRANSLATE_NOOP(
        "ProfileErrorDialog", "The profile database cannot be read:\n{path}"
    ),
    ProfileProblem.CORRUPT: QT_TRANSLATE_NOOP(
        "ProfileErrorDialog",
        "The profile database is damaged or is not an RM Desk database:\n{path}\n\n"
        "The file has not been changed. Open another folder, or ask support to recover it.",
    ),
    ProfileProblem.TOO_NEW: QT_TRANSLATE_NOOP(
        "ProfileErrorDialog",
        "This profile was saved by a newer version of RM Desk:\n{path}\n\n"
        "Please update RM Desk. The file has not been changed.",
    ),
    **KEY_MESSAGES,
}


class ProfileErrorDialog(QMessageBox):
    """Explains a :class:`ProfileError` and offers to open another folder."""

    def __init__(self, error: ProfileError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileErrorDialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Cannot open profile"))
        template = QCoreApplication.translate("ProfileErrorDialog", MESSAGES[error.problem])
        self.setText(template.format(path=error.path))
        self.setDetailedText(error.detail)
        self.open_other: QPushButton = self.addButton(
            self.tr("Open another folder…"), QMessageBox.ButtonRole.AcceptRole
        )
        self.quit_button: QPushButton = self.addButton(
            self.tr("Quit"), QMessageBox.ButtonRole.RejectRole
        )
        self.setDefaultButton(self.open_other)
        self.download_again = add_download_again(self, error)


def choose_folder(start: Path) -> Path | None:
    """Ask for a profile folder; None when cancelled."""
    folder = QFileDialog.getExistingDirectory(
        None,
        QCoreApplication.translate("ProfileErrorDialog", "Choose a profile folder"),
        str(start.parent),
    )
    return Path(folder) if folder else None


def open_profile_interactively(
    root: Path,
    ask: Callable[[ProfileError], bool | str] | None = None,
    choose: Callable[[Path], Path | None] = choose_folder,
) -> Profile | None:
    """Open ``root``; on failure explain and let the RM pick another folder or quit.

    For an unreadable encrypted profile ``ask`` may answer :data:`RECOVER`: the data
    is moved aside and a new profile that downloads everything is opened.
    """

    def ask_dialog(error: ProfileError) -> bool | str:
        dialog = ProfileErrorDialog(error)
        dialog.exec()
        if dialog.download_again is not None and dialog.clickedButton() is dialog.download_again:
            return RECOVER
        return dialog.clickedButton() is dialog.open_other

    ask = ask or ask_dialog
    while True:
        try:
            return open_profile(root, verify=True)
        except ProfileError as error:
            answer = ask(error)
            if answer == RECOVER:
                return start_fresh_interactively(root)
            if not answer:
                return None
            picked = choose(root)
            if picked is None:
                return None
            root = picked
