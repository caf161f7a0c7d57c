"""Settings page rows for automatic sync: on/off and the day-end time.

Add them to the Settings page's form (``for label, field in rows.rows(): form.addRow(label,
field)``) and save the settings on :attr:`SyncSettingsRows.changed`. The values are
written to ``settings.auto_sync`` (bool) and ``settings.day_end_sync`` ("HH:MM").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QTimeEdit, QWidget

from ui.sync.auto import auto_sync_enabled, day_end_time


class SyncSettingsRows(QObject):
    """A check box and a time field bound to the sync settings."""

    #: A value changed (save the settings).
    changed = Signal()

    def __init__(self, settings: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.auto_sync = QCheckBox()
        self.auto_sync.setObjectName("autoSyncCheck")
        self.auto_sync.setChecked(auto_sync_enabled(settings))
        self.auto_sync.toggled.connect(self._auto_toggled)
        due = day_end_time(settings)
        self.day_end = QTimeEdit(QTime(due.hour, due.minute))
        self.day_end.setObjectName("dayEndSyncTime")
        self.day_end.setDisplayFormat("HH:mm")
        self.day_end.setEnabled(self.auto_sync.isChecked())
        self.day_end.timeChanged.connect(self._time_changed)
        self.labels = (QLabel(), QLabel())
        self.retranslate()

    def rows(self) -> list[tuple[QLabel, QWidget]]:
        """(label, field) pairs for a QFormLayout."""
        return [(self.labels[0], self.auto_sync), (self.labels[1], self.day_end)]

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.labels[0].setText(self.tr("Automatic sync"))
        self.labels[1].setText(self.tr("Day-end sync at"))
        self.auto_sync.setText(self.tr("Sync when the branch server can be reached"))

    def _auto_toggled(self, on: bool) -> None:
        self._settings.auto_sync = on
        self.day_end.setEnabled(on)
        self.changed.emit()

    def _time_changed(self, value: QTime) -> None:
        self._settings.day_end_sync = value.toString("HH:mm")
        self.changed.emit()
