"""Today: what needs the RM's attention.

Portfolio figures, visits planned today, follow-ups due, post-loan inspections
due, open early-warning alerts and applications needing documents. Everything
is read off the GUI thread, again after each change and at local midnight.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from app.dashboard import PortfolioFigures, portfolio_figures
from app.visits.times import RM_TIME_ZONE, local_today
from ui.pages.base import Page
from ui.tasks import run_in_background
from ui.visits.today_board import TodayBoard

if TYPE_CHECKING:
    from app.applications import ApplicationSummary
    from ui.applications.actions import ApplicationActions
    from ui.visits.actions import VisitActions

#: Missing documents named per application; the rest are counted.
NAMED_MISSING = 3


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


class ApplicationsCard(QFrame):
    """Applications with missing or soon-expiring documents; double-click or Open."""

    shown = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("card_applications")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.actions: ApplicationActions | None = None
        self.rows: list[ApplicationSummary] = []
        self.caption = QLabel()
        self.caption.setObjectName("cardCaption")
        self.caption.setStyleSheet("font-weight: bold;")
        self.empty = QLabel()
        self.empty.setObjectName("noApplications")
        self.list = QTreeWidget()
        self.list.setObjectName("applicationsNeedingDocuments")
        self.list.setColumnCount(3)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setStretchLastSection(True)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.list.itemDoubleClicked.connect(lambda _i, _c: self.open_current())
        self.list.itemActivated.connect(lambda _i, _c: self.open_current())
        self.list.currentItemChanged.connect(lambda *_a: self._update_button())
        self.open_button = QPushButton()
        self.open_button.setObjectName("openApplication")
        self.open_button.clicked.connect(self.open_current)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self._update_button()

    def retranslate(self) -> None:
        self.caption.setText(self.tr("Applications needing documents"))
        self.open_button.setText(self.tr("Open"))
        self.empty.setText(self.tr("No application is waiting for documents."))
        self.list.setHeaderLabels([self.tr("Customer"), self.tr("Product"), self.tr("Missing")])
        self._fill()

    def refresh(self) -> None:
        """Read the applications needing attention in the background."""
        actions = self.actions
        if actions is None:
            return
        service, today = actions.service, actions.today
        run_in_background(lambda: service.needing_attention(today), self._show, receiver=self)

    def _show(self, rows: list[ApplicationSummary]) -> None:
        self.rows = rows
        self._fill()
        self.shown.emit()

    def _fill(self) -> None:
        actions = self.actions
        current = self.list.currentItem()
        current_id = None if current is None else current.data(0, Qt.ItemDataRole.UserRole)
        self.list.clear()
        if actions is None:
            self.setVisible(False)
            return
        from ui.applications.texts import item_name_of, names_list, product_name_of

        catalogue = actions.catalogue
        for row in self.rows:
            names = [item_name_of(catalogue, c) for c in row.missing_codes[:NAMED_MISSING]]
            parts = []
            if names:
                parts.append(names_list(names))
            if len(row.missing_codes) > NAMED_MISSING:
                parts.append(
                    self.tr("{count} more").format(count=len(row.missing_codes) - NAMED_MISSING)
                )
            if row.expiring_soon:
                parts.append(self.tr("{count} expiring soon").format(count=row.expiring_soon))
            item = QTreeWidgetItem(
                [row.customer_name, product_name_of(catalogue, row.product_code), "; ".join(parts)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            item.setToolTip(2, item.text(2))
            self.list.addTopLevelItem(item)
            if row.id == current_id:
                self.list.setCurrentItem(item)
        if self.rows:
            self.list.resizeColumnToContents(0)
            self.list.resizeColumnToContents(1)
        self.setVisible(True)
        self.list.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)
        self._update_button()

    def _update_button(self) -> None:
        self.open_button.setEnabled(self.list.currentItem() is not None)

    def open_current(self) -> None:
        """Open the chosen application's checklist."""
        item = self.list.currentItem()
        if item is not None and self.actions is not None:
            self.actions.open_application(item.data(0, Qt.ItemDataRole.UserRole))


class TodayPage(Page):
    """Figures, today's visits, follow-ups, inspections and alerts, and applications.

    Everything is loaded off the GUI thread.
    """

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
        self.applications = ApplicationsCard()
        self.applications.setVisible(False)
        self.board = TodayBoard(self)
        self.visit_actions: VisitActions | None = None
        sections = QGridLayout()
        sections.addWidget(self.board.visits, 0, 0)
        sections.addWidget(self.board.follow_ups, 0, 1)
        sections.addWidget(self.board.inspections, 1, 0)
        sections.addWidget(self.board.alerts, 1, 1)
        sections.addWidget(self.applications, 2, 0, 1, 2)
        for row, stretch in enumerate((3, 3, 2)):
            sections.setRowStretch(row, stretch)
        sections.setColumnStretch(0, 1)
        sections.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addLayout(grid)
        layout.addWidget(self.board.note)
        layout.addLayout(sections, 1)
        layout.addStretch(1)  # taken by the lists once they are shown
        self._layout = layout
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self._new_day)
        self._schedule_midnight()
        self.retranslate()

    def attach_applications(self, actions: ApplicationActions) -> None:
        """List the applications needing documents (from ``actions``' service) and open them."""
        self.applications.actions = actions
        self._layout.setStretch(self._layout.count() - 1, 0)
        actions.data_changed.connect(self.applications.refresh)
        self.applications.retranslate()
        self.applications.refresh()

    def attach_visits(self, actions: VisitActions) -> None:
        """List today's visits, follow-ups, inspections and alerts (via ``actions``)."""
        self.visit_actions = actions
        self._layout.setStretch(self._layout.count() - 1, 0)
        self.board.attach(actions)

    def title(self) -> str:
        return QCoreApplication.translate("Navigation", "Today")

    def retranslate(self) -> None:
        today = QLocale().toString(local_today(), QLocale.FormatType.LongFormat)
        self._heading.setText(self.tr("Today, {date}").format(date=today))
        self.cards["customers"].caption.setText(self.tr("Customers"))
        self.cards["active"].caption.setText(self.tr("Active"))
        self.cards["drafts"].caption.setText(self.tr("Drafts to finish"))
        self.cards["unsynced"].caption.setText(self.tr("Unsynced changes"))
        self.applications.retranslate()
        self.board.retranslate()

    def refresh(self) -> None:
        """Reload the figures in the background (the applications follow their own changes)."""
        run_in_background(lambda: portfolio_figures(self._database), self._show)

    def _schedule_midnight(self) -> None:
        """Wake up just after the next local midnight (the RM's zone)."""
        now = datetime.now(RM_TIME_ZONE)
        midnight = datetime.combine(now.date() + timedelta(days=1), time(), RM_TIME_ZONE)
        self._midnight.start(int((midnight - now).total_seconds() * 1000) + 1000)

    def _new_day(self) -> None:
        """A new day: a new heading, and what is due today."""
        self.retranslate()
        self.refresh()
        self.board.refresh()
        self.applications.refresh()
        self._schedule_midnight()

    def _show(self, figures: PortfolioFigures) -> None:
        locale = QLocale()
        for key, card in self.cards.items():
            card.value.setText(locale.toString(getattr(figures, key)))
        self.data_shown.emit()
