"""The Today page's visit lists: visits today, follow-ups due, inspections due, open alerts.

One background call (``VisitService.today_summary``) fills all four; each row
opens what it names: a visit its dialog, a follow-up or alert the customer's
profile, an inspection its planned visit or a new post-loan visit.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.tasks import run_in_background
from ui.visits.texts import (
    date_text,
    error_text,
    local_clock_text,
    local_time_text,
    severity_colours,
    severity_label,
    signal_name,
    today_text,
    type_name,
)

if TYPE_CHECKING:
    from app.visits.today import TodayItem, TodaySummary
    from ui.visits.actions import VisitActions

log = logging.getLogger(__name__)
ITEM_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_COLOUR = QColor("#b3261e")


class TodaySection(QFrame):
    """A captioned list of the Today page, with buttons acting on the chosen row."""

    def __init__(self, name: str, columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel()
        self.caption.setObjectName("cardCaption")
        self.caption.setStyleSheet("font-weight: bold;")
        self.list = QTreeWidget()
        self.list.setObjectName(f"{name}_list")
        self.list.setColumnCount(columns)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setMinimumHeight(72)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.list.header().setStretchLastSection(True)
        self.empty = QLabel()
        self.empty.setStyleSheet("color: #4a5560;")
        self.empty.setWordWrap(True)
        self.buttons: list[QPushButton] = []
        self._top = QHBoxLayout()
        self._top.addWidget(self.caption, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addLayout(self._top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)
        self.list.currentItemChanged.connect(lambda *_a: self.update_buttons())

    def add_button(self, name: str) -> QPushButton:
        """A button in the caption row, enabled while a row is chosen."""
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        self._top.addWidget(button)
        self.buttons.append(button)
        self.update_buttons()
        return button

    def update_buttons(self) -> None:
        """Enable the buttons when a row is chosen."""
        for button in self.buttons:
            button.setEnabled(self.list.currentItem() is not None)

    def current(self) -> TodayItem | None:
        """The chosen row's item."""
        item = self.list.currentItem()
        return None if item is None else item.data(0, ITEM_ROLE)

    def show_rows(self, rows: list[tuple[TodayItem, list[str]]]) -> list[QTreeWidgetItem]:
        """Replace the rows (keeping the chosen one if still there)."""
        chosen = self.current()
        self.list.clear()
        items = []
        for entry, texts in rows:
            item = QTreeWidgetItem(texts)
            item.setData(0, ITEM_ROLE, entry)
            for column, text in enumerate(texts):
                item.setToolTip(column, text)
            self.list.addTopLevelItem(item)
            if chosen is not None and entry.id == chosen.id:
                self.list.setCurrentItem(item)
            items.append(item)
        cap = max(72, self.list.viewport().width() // self.list.columnCount() + 16)
        for column in range(self.list.columnCount() - 1):
            self.list.resizeColumnToContents(column)
            self.list.setColumnWidth(column, min(self.list.columnWidth(column), cap))
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.update_buttons()
        return items


class TodayBoard(QObject):
    """Visits today, follow-ups due, inspections due and open alerts, from one summary.

    The page lays out :attr:`sections` and :attr:`note`; they stay hidden until
    :meth:`attach`.
    """

    #: A summary was read and is shown.
    shown = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.actions: VisitActions | None = None
        self.summary: TodaySummary | None = None
        self.visits = TodaySection("card_visits", 3)
        self.follow_ups = TodaySection("card_follow_ups", 3)
        self.inspections = TodaySection("card_inspections", 3)
        self.alerts = TodaySection("card_alerts", 4)
        self.open_visit_button = self.visits.add_button("openVisit")
        self.done_button = self.follow_ups.add_button("followUpDone")
        self.open_follow_up_button = self.follow_ups.add_button("openFollowUp")
        self.plan_button = self.inspections.add_button("planInspection")
        self.open_alert_button = self.alerts.add_button("openAlert")
        self.note = QLabel()
        self.note.setObjectName("todayNote")
        self.note.setStyleSheet("color: #b3261e;")
        self.note.hide()
        for section in self.sections:
            section.list.itemActivated.connect(
                lambda _i, _c, s=section: self.open_item(s.current())
            )
            section.list.itemDoubleClicked.connect(
                lambda _i, _c, s=section: self.open_item(s.current())
            )
        self.open_visit_button.clicked.connect(lambda: self.open_item(self.visits.current()))
        self.open_follow_up_button.clicked.connect(
            lambda: self.open_item(self.follow_ups.current())
        )
        self.plan_button.clicked.connect(lambda: self.open_item(self.inspections.current()))
        self.open_alert_button.clicked.connect(lambda: self.open_item(self.alerts.current()))
        self.done_button.clicked.connect(self.follow_up_done)
        for section in self.sections:
            section.setVisible(False)
        self.retranslate()

    @property
    def sections(self) -> tuple[TodaySection, ...]:
        """The four lists, in page order."""
        return (self.visits, self.follow_ups, self.inspections, self.alerts)

    def attach(self, actions: VisitActions) -> None:
        """Read the summary through ``actions`` (and again whenever data changes)."""
        self.actions = actions
        actions.data_changed.connect(self.refresh)
        for section in self.sections:
            section.setVisible(True)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.visits.caption.setText(self.tr("Visits today and overdue"))
        self.follow_ups.caption.setText(self.tr("Follow-ups due"))
        self.inspections.caption.setText(self.tr("Inspections due"))
        self.alerts.caption.setText(self.tr("Open alerts"))
        self.visits.empty.setText(self.tr("No visit planned today."))
        self.follow_ups.empty.setText(self.tr("No follow-up is due."))
        self.inspections.empty.setText(self.tr("No post-loan inspection is due this week."))
        self.alerts.empty.setText(self.tr("No open alert."))
        self.visits.list.setHeaderLabels([self.tr("When"), self.tr("Customer"), self.tr("Visit")])
        self.follow_ups.list.setHeaderLabels(
            [self.tr("Due"), self.tr("Customer"), self.tr("To do")]
        )
        self.inspections.list.setHeaderLabels([self.tr("Due"), self.tr("Customer"), self.tr("Why")])
        self.alerts.list.setHeaderLabels(
            [self.tr("Severity"), self.tr("Raised"), self.tr("Customer"), self.tr("Signal")]
        )
        self.open_visit_button.setText(self.tr("Open"))
        self.done_button.setText(self.tr("Done"))
        self.open_follow_up_button.setText(self.tr("Customer"))
        self.plan_button.setText(self.tr("Plan inspection"))
        self.open_alert_button.setText(self.tr("Customer"))
        self._fill()

    def refresh(self) -> None:
        """Read today's summary in the background."""
        actions = self.actions
        if actions is None:
            return
        service, today = actions.service, actions.today
        run_in_background(lambda: service.today_summary(today), self._show, receiver=self)

    def _show(self, summary: TodaySummary) -> None:
        self.summary = summary
        self._fill()
        self.shown.emit()

    def _fill(self) -> None:
        actions, summary = self.actions, self.summary
        if actions is None or summary is None:
            return
        zone, templates = actions.zone, actions.templates
        visit_rows = []
        for item in summary.visits:
            when = (
                local_time_text(item.at, zone) if item.overdue else local_clock_text(item.at, zone)
            )
            what = type_name(templates, item.code)
            if item.text:
                what = self.tr("{type}: {purpose}").format(type=what, purpose=item.text)
            visit_rows.append((item, [when, item.customer_name, what]))
        self._mark_overdue(self.visits.show_rows(visit_rows), summary.visits)
        follow_rows = [
            (item, [date_text(item.due_on), item.customer_name, item.text])
            for item in summary.follow_ups
        ]
        self._mark_overdue(self.follow_ups.show_rows(follow_rows), summary.follow_ups)
        inspection_rows = []
        for item in summary.inspections:
            why = today_text(item.detail) if item.detail is not None else ""
            if item.related_id:
                why = self.tr("Planned. {reason}").format(reason=why)
            inspection_rows.append((item, [date_text(item.due_on), item.customer_name, why]))
        self._mark_overdue(self.inspections.show_rows(inspection_rows), summary.inspections)
        alert_rows = [
            (
                item,
                [
                    severity_label(item.severity or ""),
                    local_time_text(item.at, zone)[:10],
                    item.customer_name,
                    signal_name(actions.signals, item.code),
                ],
            )
            for item in summary.alerts
        ]
        for widget, item in zip(self.alerts.show_rows(alert_rows), summary.alerts, strict=True):
            text, background = severity_colours(item.severity or "")
            widget.setForeground(0, text)
            widget.setBackground(0, background)
            widget.setToolTip(3, "\n".join(filter(None, (widget.text(3), item.text))))

    def _mark_overdue(self, widgets: list[QTreeWidgetItem], items: tuple[TodayItem, ...]) -> None:
        for widget, item in zip(widgets, items, strict=True):
            if item.overdue:
                widget.setForeground(0, OVERDUE_COLOUR)
                widget.setToolTip(0, self.tr("Overdue"))

    # opening --------------------------------------------------------------------------------

    def open_item(self, item: TodayItem | None) -> None:
        """Open what ``item`` names."""
        actions = self.actions
        if item is None or actions is None:
            return
        if item.kind == "visit":
            actions.open_visit(item.id)
        elif item.kind == "inspection":
            if item.related_id:
                actions.open_visit(item.related_id)
            else:
                reason = today_text(item.detail) if item.detail is not None else ""
                assert item.due_on is not None
                actions.plan_inspection(
                    item.customer_id, item.customer_name, item.due_on, reason[:200]
                )
        else:
            actions.open_customer(item.customer_id)

    def follow_up_done(self) -> None:
        """Mark the chosen follow-up done (in the background); the lists reload."""
        item, actions = self.follow_ups.current(), self.actions
        if item is None or actions is None:
            return
        self.note.hide()

        def failed(exc: BaseException) -> None:
            log.warning("follow-up %s not closed: %s", item.id, exc)
            self.note.setText(error_text(exc))
            self.note.show()

        actions.follow_up_done(item.id, failed, self)
