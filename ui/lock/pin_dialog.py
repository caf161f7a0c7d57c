"""Set, change or remove the app lock's PIN (a bad PIN is explained; nothing typed is lost).

Hashing and checking a PIN (scrypt, ~0.3 s) runs off the GUI thread; the dialog shows
"Checking…" and takes no second OK (nor Cancel) until the answer is back.
"""

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

from app.security.lock import AppLock
from app.security.pin import MAX_PIN_LENGTH, MIN_PIN_LENGTH, PinProblem


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
        #: True while the PIN is hashed or checked in the background.
        self.busy = False
        self._focus: QWidget | None = None
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
        self.checking = QLabel()
        self.checking.setObjectName("pinChecking")
        self.checking.hide()
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
        layout.addWidget(self.checking)
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
        self.checking.setText(self.tr("Checking…"))
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
        """Check and store in the background; stays open with a message when something
        is wrong (a second OK while it runs is ignored)."""
        from ui.lock.checks import lock_pool
        from ui.tasks import run_in_background

        if self.busy:
            return
        lock, action = self.lock, self.action
        current, new, confirm = self.current.text(), self.new.text(), self.confirm.text()

        def work() -> PinProblem | OSError | None:
            try:
                if action is PinAction.SET:
                    lock.set_pin(new, confirm)
                elif action is PinAction.CHANGE:
                    lock.change_pin(current, new, confirm)
                else:
                    lock.remove_pin(current)
            except (PinProblem, OSError) as exc:  # answers, not crashes: no traceback logged
                return exc
            return None

        self._set_busy(True)
        run_in_background(work, self._done, self._failed, pool=lock_pool(), receiver=self)

    def _done(self, problem: PinProblem | OSError | None) -> None:
        self._set_busy(False)
        if isinstance(problem, PinProblem):
            self.show_error(pin_problem_text(problem))
        elif isinstance(problem, OSError):
            self.show_error(self.tr("The PIN could not be saved: {error}").format(error=problem))
        else:
            self.pin_changed.emit()
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        raise exc  # a bug: the global exception hook shows it

    def _set_busy(self, busy: bool) -> None:
        if busy:
            self._focus = self.focusWidget()
        self.busy = busy
        self.checking.setVisible(busy)
        for widget in (self.current, self.new, self.confirm, self.buttons):
            widget.setEnabled(not busy)
        if not busy and self._focus is not None:
            self._focus.setFocus()  # back where the RM was typing

    def reject(self) -> None:
        """Cancel or Esc: not while the PIN is being stored (it would be stored anyway)."""
        if not self.busy:
            super().reject()
