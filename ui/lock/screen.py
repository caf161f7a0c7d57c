"""The lock screen that covers the main window: PIN, server password, or "sign in and sync".

Keyboard first: the field has the focus, Enter unlocks. What it asks for is the
controller's business (:class:`ui.lock.controller.LockController`); the screen only
shows a mode, a message, and emits what was typed.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QEvent, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.security.pin import MAX_PIN_LENGTH

STYLE = """
QWidget#lockScreen { background: #eef1f4; }
QFrame#lockCard { background: white; border: 1px solid #dde2e6; border-radius: 8px; }
QLabel#lockTitle { font-size: 15pt; font-weight: bold; color: #1f2d3d; }
QLabel#lockError { color: #b00020; }
QLineEdit { padding: 6px; font-size: 12pt; }
"""


class LockMode(StrEnum):
    """What the lock screen asks for."""

    PIN = "pin"
    PASSWORD = "password"
    OFFLINE = "offline"


class LockScreen(QWidget):
    """Covers the window while it is locked; nothing of the customer data shows through."""

    pin_entered = Signal(str)
    password_entered = Signal(str)
    sign_in_requested = Signal()
    sync_requested = Signal()
    mode_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.mode = LockMode.PIN
        self.can_use_password = True
        self.busy = False

        card = QFrame()
        card.setObjectName("lockCard")
        card.setMaximumWidth(440)
        self.title = QLabel()
        self.title.setObjectName("lockTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message = QLabel()
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin = QLineEdit()
        self.pin.setObjectName("lockPin")
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setValidator(
            QRegularExpressionValidator(QRegularExpression(f"[0-9]{{0,{MAX_PIN_LENGTH}}}"))
        )
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.returnPressed.connect(self._submit)
        self.password = QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self._submit)
        self.error = QLabel()
        self.error.setObjectName("lockError")
        self.error.setWordWrap(True)
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.switch_button = QPushButton()
        self.switch_button.setObjectName("lockSwitchMode")
        self.switch_button.setFlat(True)
        self.switch_button.clicked.connect(self._switch)
        self.sign_in_button = QPushButton()
        self.sign_in_button.setObjectName("lockSignIn")
        self.sign_in_button.clicked.connect(self.sign_in_requested)
        self.sync_button = QPushButton()
        self.sync_button.setObjectName("lockSync")
        self.sync_button.clicked.connect(self.sync_requested)

        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addWidget(self.message)
        inner.addWidget(self.pin)
        inner.addWidget(self.password)
        inner.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sign_in_button)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.unlock_button)
        inner.addLayout(buttons)
        inner.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignCenter)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 3)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.set_mode(LockMode.PIN)

    # state --------------------------------------------------------------------------

    def set_mode(self, mode: LockMode, *, can_use_password: bool | None = None) -> None:
        """Ask for the PIN, the server password, or only offer to sign in and sync."""
        self.mode = mode
        if can_use_password is not None:
            self.can_use_password = can_use_password
        asks_pin, asks_password = mode is LockMode.PIN, mode is LockMode.PASSWORD
        self.pin.setVisible(asks_pin)
        self.password.setVisible(asks_password)
        self.unlock_button.setVisible(asks_pin or asks_password)
        self.sign_in_button.setVisible(mode is LockMode.OFFLINE)
        self.sync_button.setVisible(mode is LockMode.OFFLINE)
        self.switch_button.setVisible(asks_pin and self.can_use_password)
        self.pin.clear()
        self.password.clear()
        self.set_error("")
        self.retranslate()
        self.focus_field()

    def focus_field(self) -> None:
        """Put the keyboard focus where the RM types."""
        if self.mode is LockMode.PIN:
            self.pin.setFocus()
        elif self.mode is LockMode.PASSWORD:
            self.password.setFocus()
        else:
            self.sync_button.setFocus()

    def set_error(self, text: str) -> None:
        """Show (or clear) what went wrong."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def set_busy(self, busy: bool, *, waiting: bool = False) -> None:
        """Disable input while an unlock is checked (or the lockout delay runs).

        While checking, switching to the server password waits too (one check at a
        time); during the lockout delay it stays available.
        """
        self.busy = busy
        for widget in (self.pin, self.password, self.unlock_button):
            widget.setEnabled(not busy and not waiting)
        self.switch_button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()
        self.retranslate()
        if not busy and not waiting:
            self.focus_field()

    def set_message(self, text: str) -> None:
        """The explanation under the title."""
        self.message.setText(text)

    # texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        if self.mode is LockMode.OFFLINE:
            self.title.setText(self.tr("RM Desk must sync"))
        else:
            self.title.setText(self.tr("RM Desk is locked"))
        self.pin.setPlaceholderText(self.tr("PIN"))
        self.password.setPlaceholderText(self.tr("Server password"))
        self.unlock_button.setText(self.tr("Checking…") if self.busy else self.tr("Unlock"))
        self.switch_button.setText(self.tr("Use the server password instead"))
        self.sign_in_button.setText(self.tr("Sign in…"))
        self.sync_button.setText(self.tr("Sync now"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # input --------------------------------------------------------------------------

    def _submit(self) -> None:
        if self.busy:
            return
        if self.mode is LockMode.PIN and self.pin.isEnabled():
            pin = self.pin.text()
            self.pin.clear()
            if pin:
                self.pin_entered.emit(pin)
        elif self.mode is LockMode.PASSWORD and self.password.isEnabled():
            password = self.password.text()
            if password:
                self.password_entered.emit(password)

    def _switch(self) -> None:
        self.mode_requested.emit(LockMode.PASSWORD.value)
