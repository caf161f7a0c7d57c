"""The early-warning signals an RM can tick on a visit, each with its severity and a note."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.alerts import MAX_NOTE
from ui.visits.texts import severity_label, severity_style, signal_hint, signal_label

if TYPE_CHECKING:
    from app.risk_signals import RiskSignals


class SignalsPanel(QWidget):
    """A row per signal: tick box with its name, severity badge, optional note."""

    changed = Signal()

    def __init__(self, signals: RiskSignals, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.signals = signals
        self.boxes: dict[str, QCheckBox] = {}
        self.notes: dict[str, QLineEdit] = {}
        self._badges: dict[str, QLabel] = {}
        self._read_only = False
        self.intro = QLabel()
        self.intro.setObjectName("signalsIntro")
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: #4a5560;")
        grid = QGridLayout()
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 2)
        grid.setVerticalSpacing(2)
        for row, (code, signal) in enumerate(signals.signals.items()):
            box = QCheckBox()
            box.setObjectName(f"signal_{code}")
            badge = QLabel()
            badge.setObjectName(f"severity_{code}")
            badge.setStyleSheet(severity_style(signal.severity))
            badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
            note = QLineEdit()
            note.setObjectName(f"signalNote_{code}")
            note.setMaxLength(MAX_NOTE)
            note.setEnabled(False)
            box.toggled.connect(lambda on, n=note: self._ticked(n, on))
            note.textChanged.connect(lambda _t: self.changed.emit())
            grid.addWidget(box, row, 0)
            grid.addWidget(badge, row, 1)
            grid.addWidget(note, row, 2)
            self.boxes[code] = box
            self.notes[code] = note
            self._badges[code] = badge
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Names, severities and hints in the current language."""
        self.intro.setText(
            self.tr("Tick what you saw. Each ticked signal raises an alert when the visit is done.")
        )
        for code, signal in self.signals.signals.items():
            self.boxes[code].setText(signal_label(signal))
            self.boxes[code].setToolTip(signal_hint(signal))
            self._badges[code].setText(severity_label(signal.severity))
            self.notes[code].setPlaceholderText(self.tr("Note (optional)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _ticked(self, note: QLineEdit, on: bool) -> None:
        note.setEnabled(on and not self._read_only)
        self.changed.emit()

    def ticks(self) -> dict[str, str]:
        """Ticked signal code → note (may be empty), in display order."""
        return {
            code: self.notes[code].text().strip()
            for code, box in self.boxes.items()
            if box.isChecked()
        }

    def set_ticks(self, ticks: dict[str, str]) -> None:
        """Tick the signals of ``ticks`` with their notes (others cleared)."""
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in ticks)
            box.blockSignals(False)
            self.notes[code].blockSignals(True)
            self.notes[code].setText(ticks.get(code, ""))
            self.notes[code].blockSignals(False)
            self.notes[code].setEnabled(code in ticks and not self._read_only)

    def set_read_only(self, read_only: bool) -> None:
        """Disable ticking (a done visit shows what was ticked)."""
        self._read_only = read_only
        for code, box in self.boxes.items():
            box.setEnabled(not read_only)
            self.notes[code].setEnabled(box.isChecked() and not read_only)
