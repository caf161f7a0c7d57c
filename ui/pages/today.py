"""Today: what needs the RM's attention (a portfolio summary for now)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout

from app.customers import CustomerService
from db.database import Database
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
    """Counts of customers by status and of unsynced changes, loaded off the GUI thread."""

    data_shown = Signal()

    def __init__(self, database: Database, customers: CustomerService) -> None:
        super().__init__()
        self.setObjectName("page_today")
        self._db = database
        self._customers = customers
        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")
        self.cards = {key: _Card(f"card_{key}") for key in ("total", "active", "draft", "unsynced")}
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
        self.cards["total"].caption.setText(self.tr("Customers"))
        self.cards["active"].caption.setText(self.tr("Active"))
        self.cards["draft"].caption.setText(self.tr("Drafts to finish"))
        self.cards["unsynced"].caption.setText(self.tr("Unsynced changes"))
        self._note.setText(
            self.tr("Visits, follow-ups and alerts will appear here in a coming release.")
        )

    def refresh(self) -> None:
        """Reload the figures in the background."""

        def load() -> dict[str, int]:
            counts = self._customers.status_counts()
            return {
                "total": sum(counts.values()),
                "active": counts.get("active", 0),
                "draft": counts.get("draft", 0),
                "unsynced": self._db.unsynced_count(),
            }

        run_in_background(load, self._show)

    def _show(self, figures: dict[str, int]) -> None:
        locale = QLocale()
        for key, value in figures.items():
            self.cards[key].value.setText(locale.toString(value))
        self.data_shown.emit()
