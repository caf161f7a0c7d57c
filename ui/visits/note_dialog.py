"""Asking for a note before a change (how an alert was resolved, why a visit is cancelled).

The dialog only asks: ``note_given(text)`` goes to its owner, which runs the
change in the background and then calls :meth:`NoteDialog.finish` or, when the
change is refused, :meth:`NoteDialog.refuse` with a translated message shown at
the note. What was typed stays.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.onboarding.widgets import FieldMessage


class NoteDialog(QDialog):
    """A question, a note, OK / Cancel; texts are set by the owner (already translated)."""

    #: OK was pressed with an acceptable note.
    note_given = Signal(str)

    def __init__(
        self, required_message: str = "", max_length: int = 2000, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("noteDialog")
        self._required_message = required_message
        self._max_length = max_length
        self.question = QLabel()
        self.question.setObjectName("noteQuestion")
        self.question.setWordWrap(True)
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(90)
        self.message = FieldMessage()
        self.message.setObjectName("message_note")
        self.note.textChanged.connect(lambda: self.message.set_message(""))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.note)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())

    @property
    def ok_button(self) -> QPushButton:
        """The OK button."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def text(self) -> str:
        """The note as typed, stripped."""
        return self.note.toPlainText().strip()

    def accept(self) -> None:
        """Hand the note to the owner, or say that one is needed (the dialog stays)."""
        text = self.text()
        if self._required_message and not text:
            self.message.set_message(self._required_message)
            self.note.setFocus()
            return
        self.ok_button.setEnabled(False)
        self.note_given.emit(text)

    def finish(self) -> None:
        """The change is done: close."""
        super().accept()

    def refuse(self, message: str) -> None:
        """The change was refused: say why at the note, keep what was typed."""
        self.ok_button.setEnabled(True)
        self.message.set_message(message)
        self.note.setFocus()
