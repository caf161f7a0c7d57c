"""Set, change or remove the app lock's PIN (a bad PIN is explained; nothing typed is lost)."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.security.lock import MAX_PIN_LENGTH, MIN_PIN_LENGTH, AppLock, PinProblem


class PinAction(StrEnum):
    """What the dialog does."""

    SET = "set"
    CHANGE = "change"
    REMOVE = "remove"


def pin_problem_text(problem: PinProblem) -> str:
    """A PIN problem in the UI language."""
    return QCoreApplication.translate("AppLock", problem.template).format(**problem.params)


class PinDialog(QDialog):
    """Asks for the current PIN (change, remove) and the new one twice (set, change)."""

    pin_changed = Signal()

    def __init__(self, lock: AppLock, action: PinAction, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pinDialog")
        self.lock = lock
        self.action = action
        digits = QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{MAX_PIN_LENGTH}}}"))
        self.current, self.new, self.confirm = QLineEdit(), QLineEdit(), QLineEdit()
        for name, field in (
            ("currentPin", self.current),
            ("newPin", self.new),
            ("confirmPin", self.confirm),
        ):
            field.setObjectName(name)
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setValidator(digits)
        self.labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        if action is not PinAction.SET:
            form.addRow(self.labels[0], self.current)
        if action is not PinAction.REMOVE:
            form.addRow(self.labels[1], self.new)
            form.addRow(self.labels[2], self.confirm)
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("pinError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        if action is not PinAction.REMOVE:
            layout.addWidget(self.rules)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        (self.new if action is PinAction.SET else self.current).setFocus()

    def retranslate(self) -> None:
        """Texts in the current language."""
        titles = {
            PinAction.SET: self.tr("Set a PIN"),
            PinAction.CHANGE: self.tr("Change the PIN"),
            PinAction.REMOVE: self.tr("Remove the PIN"),
        }
        self.setWindowTitle(titles[self.action])
        self.labels[0].setText(self.tr("Current PIN"))
        self.labels[1].setText(self.tr("New PIN"))
        self.labels[2].setText(self.tr("New PIN again"))
        self.rules.setText(
            self.tr(
                "{min} to {max} digits; not all the same, not consecutive (123456), "
                "not a common pattern."
            ).format(min=MIN_PIN_LENGTH, max=MAX_PIN_LENGTH)
        )

    def show_error(self, text: str) -> None:
        """Say what is wrong (the fields keep what was typed)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def submit(self) -> None:
        """Check and store; stays open with a message when something is wrong."""
        try:
            if self.action is PinAction.SET:
                self.lock.set_pin(self.new.text(), self.confirm.text())
            elif self.action is PinAction.CHANGE:
                self.lock.change_pin(self.current.text(), self.new.text(), self.confirm.text())
            else:
                self.lock.remove_pin(self.current.text())
        except PinProblem as problem:
            self.show_error(pin_problem_text(problem))
            return
        except OSError as exc:
            self.show_error(self.tr("The PIN could not be saved: {error}").format(error=exc))
            return
        self.pin_changed.emit()
        self.accept()
