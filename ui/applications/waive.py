"""Asking why a document is waived: a reason is required."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.onboarding.widgets import FieldMessage


class WaiveDialog(QDialog):
    """The reason for waiving ``name``; ``reason_given(text)`` when OK is pressed with one."""

    reason_given = Signal(str)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("waiveDialog")
        self._name = name
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("waiveReason")
        self.reason.setMaxLength(200)
        self.message = FieldMessage()
        self.message.setObjectName("message_reason")
        self.reason.textChanged.connect(lambda _t: self.message.set_message(""))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addWidget(self.reason)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(440, self.sizeHint().height())

    @property
    def ok_button(self) -> QPushButton:
        """The OK button."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.setWindowTitle(self.tr("Waive a document"))
        self.question.setText(self.tr("Why is “{name}” not needed?").format(name=self._name))
        self.reason.setPlaceholderText(self.tr("e.g. approved by the branch head"))
        self.ok_button.setText(self.tr("Waive"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def accept(self) -> None:
        """Close with the reason, or stay open and say that one is needed."""
        text = self.reason.text().strip()
        if not text:
            self.message.set_message(
                QCoreApplication.translate("Checklist", "Give a reason for the waiver")
            )
            self.reason.setFocus()
            return
        self.reason_given.emit(text)
        super().accept()
