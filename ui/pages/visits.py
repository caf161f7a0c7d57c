"""Visits: a week or month calendar (drag a visit to move it) and what is due.

The calendar and the due list load in the background when the page is shown
(and again after each change while it is on screen). Dragging a planned
visit moves it through ``VisitService.reschedule`` in the background.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.pages.base import Page
from ui.tasks import run_in_background

if TYPE_CHECKING:
    from app.inspections import DueInspection
    from app.visits.service import VisitSummary
    from ui.visits.actions import DueItems, VisitActions
    from ui.visits.calendar import VisitCalendar

log = logging.getLogger(__name__)
ITEM_ROLE = Qt.ItemDataRole.UserRole
OVERDUE_COLOUR = QColor("#b3261e")


class VisitsPage(Page):
    """The calendar of visits and the list of visits and inspections due."""

    #: The calendar and the due list were (re)loaded.
    loaded = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page_visits")
        self.visit_actions: VisitActions | None = None
        self.calendar: VisitCalendar | None = None
        self.due: DueItems | None = None
        self._stale = True
        self._generation = 0
        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")
        self.prev_button = self._tool("previous", "◀")
        self.today_button = self._tool("today")
        self.next_button = self._tool("next", "▶")
        self.period = QLabel()
        self.period.setObjectName("period")
        self.period.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.week_button = self._tool("weekView")
        self.month_button = self._tool("monthView")
        self.modes = QButtonGroup(self)
        for button in (self.week_button, self.month_button):
            button.setCheckable(True)
            self.modes.addButton(button)
        self.week_button.setChecked(True)
        self.new_button = self._button("newVisit")
        self.new_button.setProperty("primary", True)
        self.note = QLabel()
        self.note.setObjectName("calendarNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #b3261e;")
        self.note.hide()
        self.placeholder = QLabel()
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.due_caption = QLabel()
        self.due_caption.setStyleSheet("font-weight: bold;")
        self.due_list = QTreeWidget()
        self.due_list.setObjectName("dueList")
        self.due_list.setRootIsDecorated(False)
        self.due_list.setColumnCount(1)
        self.due_list.setHeaderHidden(True)
        self.due_list.setAlternatingRowColors(True)
        self.due_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.due_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.due_list.itemDoubleClicked.connect(lambda _i, _c: self.open_due())
        self.due_list.itemActivated.connect(lambda _i, _c: self.open_due())
        self.due_list.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.due_empty = QLabel()
        self.due_empty.setWordWrap(True)
        self.due_empty.setStyleSheet("color: #4a5560;")
        self.open_button = self._button("openDue")
        self.open_button.clicked.connect(self.open_due)
        self.plan_button = self._button("planInspection")
        self.plan_button.clicked.connect(self.plan_inspection)
        self._build()
        self.retranslate()
        self._update_buttons()

    def _button(self, name: str, text: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _tool(self, name: str, text: str = "") -> QToolButton:
        """A compact button for the calendar's navigation (keeps the page narrow)."""
        button = QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setMinimumHeight(26)
        return button

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self._heading)
        top.addStretch(1)
        top.addWidget(self.prev_button)
        top.addWidget(self.today_button)
        top.addWidget(self.next_button)
        top.addWidget(self.period)
        top.addSpacing(8)
        top.addWidget(self.week_button)
        top.addWidget(self.month_button)
        top.addSpacing(8)
        top.addWidget(self.new_button)
        self._calendar_host = QWidget()
        self._calendar_layout = QVBoxLayout(self._calendar_host)
        self._calendar_layout.setContentsMargins(0, 0, 0, 0)
        self._calendar_layout.addWidget(self.placeholder, 1)
        side = QWidget()
        side.setMinimumWidth(170)
        panel = QVBoxLayout(side)
        panel.setContentsMargins(4, 0, 0, 0)
        panel.addWidget(self.due_caption)
        panel.addWidget(self.due_list, 1)
        panel.addWidget(self.due_empty)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.plan_button)
        buttons.addStretch(1)
        panel.addLayout(buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._calendar_host)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([650, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.splitter, 1)
        self.prev_button.clicked.connect(lambda: self.page_by(-1))
        self.next_button.clicked.connect(lambda: self.page_by(1))
        self.today_button.clicked.connect(self.go_today)
        self.week_button.clicked.connect(lambda: self.set_mode("week"))
        self.month_button.clicked.connect(lambda: self.set_mode("month"))
        self.new_button.clicked.connect(lambda: self._new_visit(None))

    def attach(self, actions: VisitActions) -> None:
        """Use ``actions`` once the data core is open."""
        from ui.visits.calendar import VisitCalendar

        self.visit_actions = actions
        calendar = VisitCalendar(actions.zone, actions.templates, actions.today)
        calendar.reschedule_requested.connect(self.reschedule)
        calendar.open_requested.connect(actions.open_visit)
        calendar.new_requested.connect(self._new_visit)
        self._calendar_layout.removeWidget(self.placeholder)
        self.placeholder.hide()
        self._calendar_layout.addWidget(calendar, 1)
        self.calendar = calendar
        actions.data_changed.connect(self.mark_stale)
        self.retranslate()
        self.mark_stale()

    def title(self) -> str:
        return QCoreApplication.translate("Navigation", "Visits")

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self.today_button.setText(self.tr("Today"))
        self.prev_button.setToolTip(self.tr("Previous"))
        self.next_button.setToolTip(self.tr("Next"))
        self.week_button.setText(self.tr("Week"))
        self.month_button.setText(self.tr("Month"))
        self.new_button.setText(self.tr("New visit"))
        self.placeholder.setText(self.tr("Loading…"))
        self.due_caption.setText(self.tr("Due"))
        self.due_empty.setText(self.tr("Nothing is due."))
        self.open_button.setText(self.tr("Open"))
        self.plan_button.setText(self.tr("Plan inspection"))
        self._show_period()
        self._fill_due()

    def _show_period(self) -> None:
        calendar = self.calendar
        if calendar is None:
            self.period.setText("")
            return
        if calendar.mode == "week":
            days = calendar.days()
            self.period.setText(
                self.tr("{start} – {end}").format(
                    start=days[0].isoformat(), end=days[-1].strftime("%m-%d")
                )
            )
        else:
            month = QLocale().standaloneMonthName(calendar.anchor.month)
            self.period.setText(
                self.tr("{month} {year}").format(month=month, year=calendar.anchor.year)
            )

    # navigation ------------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        """Show a ``week`` or a ``month``."""
        if self.calendar is None:
            return
        (self.week_button if mode == "week" else self.month_button).setChecked(True)
        self.calendar.set_mode(mode)
        self._show_period()
        self.refresh()

    def page_by(self, steps: int) -> None:
        """Go ``steps`` weeks or months forward (negative: back)."""
        calendar = self.calendar
        if calendar is None:
            return
        if calendar.mode == "week":
            anchor = calendar.anchor + timedelta(weeks=steps)
        else:
            months = calendar.anchor.year * 12 + calendar.anchor.month - 1 + steps
            anchor = date(months // 12, months % 12 + 1, 1)
        self.show_day(anchor)

    def go_today(self) -> None:
        """Back to the week or month of today."""
        if self.visit_actions is not None:
            self.show_day(self.visit_actions.today)

    def show_day(self, day: date) -> None:
        """Show the week or month containing ``day``."""
        if self.calendar is None:
            return
        self.calendar.set_anchor(day)
        self._show_period()
        self.refresh()

    # loading -----------------------------------------------------------------------------

    def mark_stale(self) -> None:
        """Data changed: reload now if on screen, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Read the visits shown and the due list in the background."""
        actions, calendar = self.visit_actions, self.calendar
        if actions is None or calendar is None:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        calendar.set_today(actions.today)
        start, end = calendar.bounds()
        service, due = actions.service, actions.due_items()

        def read() -> tuple[list[VisitSummary], DueItems]:
            visits = [v for v in service.list(start=start, end=end) if v.status != "cancelled"]
            return visits, due()

        def done(result: tuple[list[VisitSummary], DueItems]) -> None:
            if generation != self._generation:
                return
            visits, due_items = result
            calendar.set_visits(visits)
            self.due = due_items
            self._fill_due()
            self.loaded.emit()

        run_in_background(read, done, receiver=self)

    def _fill_due(self) -> None:
        from ui.visits.texts import local_time_text, reason_text, type_name

        self.due_list.clear()
        actions, due = self.visit_actions, self.due
        if actions is None or due is None:
            self.due_empty.setVisible(False)
            return
        for visit in due.visits:
            when = self.tr("{time} · {type}").format(
                time=local_time_text(visit.planned_start, actions.zone),
                type=type_name(actions.templates, visit.visit_type),
            )
            item = QTreeWidgetItem([f"{when}\n{visit.customer_name}"])
            item.setData(0, ITEM_ROLE, ("visit", visit))
            if visit.overdue_on(actions.today, actions.zone):
                item.setForeground(0, OVERDUE_COLOUR)
                item.setToolTip(0, self.tr("Overdue: {visit}").format(visit=item.text(0)))
            else:
                item.setToolTip(0, item.text(0))
            self.due_list.addTopLevelItem(item)
        for inspection in due.inspections:
            when = self.tr("{date} · post-loan inspection due").format(
                date=inspection.due_on.isoformat()
            )
            item = QTreeWidgetItem([f"{when}\n{inspection.customer_name}"])
            item.setData(0, ITEM_ROLE, ("inspection", inspection))
            if inspection.overdue:
                item.setForeground(0, OVERDUE_COLOUR)
            item.setToolTip(0, f"{item.text(0)}\n{reason_text(inspection.reason)}")
            self.due_list.addTopLevelItem(item)
        empty = not (due.visits or due.inspections)
        self.due_list.setVisible(not empty)
        self.due_empty.setVisible(empty)
        self._update_buttons()

    def _current(self) -> tuple[str, Any] | None:
        item = self.due_list.currentItem()
        return None if item is None else item.data(0, ITEM_ROLE)

    def _update_buttons(self) -> None:
        current = self._current()
        kind = None if current is None else current[0]
        self.open_button.setEnabled(kind is not None)
        self.plan_button.setEnabled(kind == "inspection")
        self.new_button.setEnabled(self.visit_actions is not None)

    # actions --------------------------------------------------------------------------------

    def open_due(self) -> None:
        """Open the chosen visit; for an inspection, its planned visit or a new one."""
        current, actions = self._current(), self.visit_actions
        if current is None or actions is None:
            return
        kind, entry = current
        if kind == "visit":
            actions.open_visit(entry.id)
        elif entry.planned_visit_id:
            actions.open_visit(entry.planned_visit_id)
        else:
            self._plan(entry)

    def plan_inspection(self) -> None:
        """Plan a post-loan visit for the chosen inspection (pre-filled)."""
        current = self._current()
        if current is not None and current[0] == "inspection":
            self._plan(current[1])

    def _plan(self, inspection: DueInspection) -> None:
        from ui.visits.texts import reason_text

        if self.visit_actions is None:
            return
        reason = reason_text(inspection.reason)
        self.visit_actions.plan_inspection(
            inspection.customer_id, inspection.customer_name, inspection.due_on, reason[:200]
        )

    def _new_visit(self, start: datetime | None) -> None:
        if self.visit_actions is not None:
            self.visit_actions.new_visit(start)

    def reschedule(self, visit_id: str, new_start: datetime) -> None:
        """Move the dropped visit (in the background); the calendar reloads after."""
        if self.visit_actions is None:
            return
        self.note.hide()

        def failed(exc: BaseException) -> None:
            from ui.visits.texts import error_text

            log.warning("visit %s not moved: %s", visit_id, exc)
            self.note.setText(self.tr("Not moved: {reason}").format(reason=error_text(exc)))
            self.note.show()
            self.refresh()

        self.visit_actions.reschedule(visit_id, new_start, failed, self)
