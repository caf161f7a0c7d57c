"""Start-up with an encrypted profile that cannot be opened: explain, offer to download again.

A missing or wrong key, an unusable keyring or a damaged database gets its own
message. For the problems a new profile solves, the dialog offers "Download again
from the server": the unreadable data is moved aside (never deleted) and a new
profile, marked to download everything, is opened. Nothing happens without that
click: RM Desk never starts silently with an empty profile.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from app.profile import Profile, ProfileError, ProfileProblem, start_fresh

#: Messages of the encryption problems (context "ProfileErrorDialog").
KEY_MESSAGES = {
    ProfileProblem.KEY_MISSING: QT_TRANSLATE_NOOP(
        "ProfileErrorDialog",
        "The profile database is encrypted, and the key to open it is not in this "
        "computer's keyring:\n{path}\n\n"
        "This happens when the keyring was reset, or when the profile was copied from "
        "another computer or user account. The file has not been changed.",
    ),
    ProfileProblem.KEY_REJECTED: QT_TRANSLATE_NOOP(
        "ProfileErrorDialog",
        "The profile database cannot be decrypted:\n{path}\n\n"
        "The key in this computer's keyring does not fit, or the file has been damaged "
        "or altered. The file has not been changed.",
    ),
    ProfileProblem.KEYRING_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "ProfileErrorDialog",
        "The system keyring, which holds the key of the encrypted profile, cannot be "
        "used:\n{path}\n\n"
        "Unlock or set up the keyring (for example, sign in to your desktop session) "
        "and start RM Desk again. Nothing has been changed.",
    ),
}

RECOVER_NOTE = QT_TRANSLATE_NOOP(
    "ProfileErrorDialog",
    "You can download your data again from the server: the "
    "unreadable data is moved aside (it is kept, not deleted) and a new profile "
    "downloads everything at its first sync.",
)

#: What ``ask`` returns when the RM chose to download again.
RECOVER = "recover"


def add_download_again(dialog: QMessageBox, error: ProfileError) -> QPushButton | None:
    """Add "Download again from the server" to ``dialog`` when that would help."""
    if not error.recoverable:
        return None
    dialog.setInformativeText(QCoreApplication.translate("ProfileErrorDialog", RECOVER_NOTE))
    button = dialog.addButton(
        QCoreApplication.translate("ProfileErrorDialog", "Download again from the server"),
        QMessageBox.ButtonRole.ActionRole,
    )
    button.setObjectName("downloadAgain")
    return button


def start_fresh_interactively(
    root: Path, parent: QWidget | None = None, *, show_result: bool = True
) -> Profile:
    """Move the unreadable data of ``root`` aside, open a new profile, and say where it went."""
    profile, aside = start_fresh(root)
    if show_result:
        done = QMessageBox(parent)
        done.setObjectName("profileSetAside")
        done.setIcon(QMessageBox.Icon.Information)
        done.setWindowTitle(QCoreApplication.translate("ProfileErrorDialog", "Profile set aside"))
        done.setText(
            QCoreApplication.translate(
                "ProfileErrorDialog",
                "The unreadable data was moved to:\n{folder}\n\nNothing was deleted. "
                "Sign in on the Sync page and sync to download your customers again; "
                "until then the profile is empty.",
            ).format(folder=aside)
        )
        done.exec()
    return profile
