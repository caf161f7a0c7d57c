"""Today: what needs the RM's attention (a portfolio summary for now)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout

from app.dashboard import PortfolioFigures, portfolio_figures
from ui.pages.base import Page
from ui.tasks import run_in_background


class _Card(QFrame):
    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("…")
        self.value.setObjectName("cardValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel()
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class TodayPage(Page):
    """Customers by status and unsynced changes, loaded off the GUI thread."""

    data_shown = Signal()

    def __init__(self, database: Path) -> None:
        super().__init__()
        self.setObjectName("page_today")
        self._database = database
        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")
        self.cards = {
            key: _Card(f"card_{key}") for key in ("customers", "active", "drafts", "unsynced")
        }
        grid = QGridLayout()
        for i, card in enumerate(self.cards.values()):
            grid.addWidget(card, 0, i)
        self._note = QLabel()
        self._note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(grid)
        layout.addWidget(self._note)
        layout.addStretch(1)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Navigation", "Today")

    def retranslate(self) -> None:
        today = QLocale().toString(date.today(), QLocale.FormatType.LongFormat)
        self._heading.setText(self.tr("Today, {date}").format(date=today))
        self.cards["customers"].caption.setText(self.tr("Customers"))
        self.cards["active"].caption.setText(self.tr("Active"))
        self.cards["drafts"].caption.setText(self.tr("Drafts to finish"))
        self.cards["unsynced"].caption.setText(self.tr("Unsynced changes"))
        self._note.setText(
            self.tr("Visits, follow-ups and alerts will appear here in a coming release.")
        )

    def refresh(self) -> None:
        """Reload the figures in the background."""
        run_in_background(lambda: portfolio_figures(self._database), self._show)

    def _show(self, figures: PortfolioFigures) -> None:
        locale = QLocale()
        for key, card in self.cards.items():
            card.value.setText(locale.toString(getattr(figures, key)))
        self.data_shown.emit()
