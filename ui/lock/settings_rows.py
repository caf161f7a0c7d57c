"""Settings page rows for the app lock: the PIN (set, change, remove) and the idle minutes.

Add them to the Settings page's form (``for label, field in rows.rows(): form.addRow(label,
field)``). They write the profile's ``lock.json`` themselves (:class:`AppLock`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

from app.security.lock import AppLock
from app.security.lock_state import MAX_IDLE_MINUTES, MIN_IDLE_MINUTES
from ui.lock.pin_dialog import PinAction, PinDialog


class LockSettingsRows(QObject):
    """The PIN's state with its buttons, and a minutes field for the idle lock."""

    #: The PIN was set, changed or removed.
    changed = Signal()

    def __init__(self, root: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock = AppLock(root)
        self.dialog: PinDialog | None = None
        self.pin_box = QWidget()
        self.pin_state = QLabel()
        self.pin_state.setObjectName("pinState")
        self.set_button = QPushButton()
        self.set_button.setObjectName("setPinButton")
        self.set_button.clicked.connect(self._set_or_change)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removePinButton")
        self.remove_button.clicked.connect(lambda: self.open_dialog(PinAction.REMOVE))
        row = QHBoxLayout(self.pin_box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.pin_state)
        row.addWidget(self.set_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        self.idle = QSpinBox()
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle.setValue(self.lock.idle_minutes)
        self.idle.valueChanged.connect(self._idle_changed)
        self.labels = (QLabel(), QLabel())
        self.retranslate()

    def rows(self) -> list[tuple[QLabel, QWidget]]:
        """(label, field) pairs for a QFormLayout."""
        return [(self.labels[0], self.pin_box), (self.labels[1], self.idle)]

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        has_pin = self.lock.has_pin
        self.labels[0].setText(self.tr("App lock PIN"))
        self.labels[1].setText(self.tr("Lock when idle for"))
        self.pin_state.setText(self.tr("Set") if has_pin else self.tr("Not set"))
        self.set_button.setText(self.tr("Change PIN…") if has_pin else self.tr("Set PIN…"))
        self.remove_button.setText(self.tr("Remove PIN…"))
        self.remove_button.setVisible(has_pin)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setToolTip(
            self.tr("RM Desk locks after this many minutes without input (at most {max}).").format(
                max=MAX_IDLE_MINUTES
            )
        )

    def _set_or_change(self) -> None:
        self.open_dialog(PinAction.CHANGE if self.lock.has_pin else PinAction.SET)

    def open_dialog(self, action: PinAction) -> PinDialog:
        """Open the PIN dialog (window-modal) for ``action``."""
        if self.dialog is not None:
            self.dialog.deleteLater()
        dialog = PinDialog(self.lock, action, self.pin_box.window())
        dialog.pin_changed.connect(self._pin_changed)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _pin_changed(self) -> None:
        self.retranslate()
        self.changed.emit()

    def _idle_changed(self, minutes: int) -> None:
        self.lock.set_idle_minutes(minutes)
