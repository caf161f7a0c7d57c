"""The visits calendar: a week (days as columns, hours as rows) or a month grid.

Visits are drawn as blocks (customer and type). A planned visit can be dragged
to another day or time with the mouse: press on its block, move, release over
the new slot (snapped to :data:`SNAP_MINUTES`; in the month grid the time of day
is kept). The calendar only asks (``reschedule_requested``); the page moves
the visit. Double-click opens a visit, or asks for a new one at an empty slot.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, QLocale, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from app.visits.types import VisitStatus
from ui.visits.texts import local_clock_text, status_label, type_name

if TYPE_CHECKING:
    from app.visits.service import VisitSummary
    from app.visits.templates import VisitTemplates

WEEK, MONTH = "week", "month"
#: The hours a week shows (visits outside are drawn at the edge).
FIRST_HOUR, LAST_HOUR = 7, 21
#: A dragged visit lands on a multiple of this many minutes.
SNAP_MINUTES = 30
GUTTER = 40
WEEK_HEADER = 38
MONTH_HEADER = 24
MONTH_ROWS = 6
CHIP_HEIGHT = 18
DEFAULT_MINUTES = 60

_STATUS_COLOURS = {
    "planned": ("#e3eefb", "#2f6fd1"),
    "done": ("#e3f4e6", "#2e7d32"),
    "overdue": ("#fde7e4", "#b3261e"),
}


@dataclass(frozen=True)
class Block:
    """Where a visit is drawn."""

    visit: VisitSummary
    rect: QRectF


@dataclass
class _Drag:
    visit: VisitSummary
    press: QPoint
    offset: QPointF  # press position inside the block
    rect: QRectF
    active: bool = False
    target: datetime | None = None


class VisitCalendar(QWidget):
    """Week or month of visits; drag a planned visit to move it."""

    #: A planned visit was dropped on another slot: (visit id, new start, aware).
    reschedule_requested = Signal(str, object)
    #: A visit was double-clicked (its id).
    open_requested = Signal(str)
    #: An empty slot was double-clicked (its start, aware).
    new_requested = Signal(object)

    def __init__(
        self, zone: ZoneInfo, templates: VisitTemplates, today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitCalendar")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.zone = zone
        self.templates = templates
        self.today = today
        self.anchor = today
        self.mode = WEEK
        self.visits: list[VisitSummary] = []
        self.blocks: list[Block] = []
        self._more: dict[date, int] = {}
        self._drag: _Drag | None = None

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 300)

    # what is shown --------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        """Show a ``week`` or a ``month``."""
        self.mode = mode
        self._layout()

    def set_anchor(self, day: date) -> None:
        """Show the week or month containing ``day``."""
        self.anchor = day
        self._layout()

    def set_today(self, day: date) -> None:
        """The day to highlight."""
        self.today = day
        self.update()

    def first_day(self) -> date:
        """The first day drawn (a Monday)."""
        start = self.anchor if self.mode == WEEK else self.anchor.replace(day=1)
        return start - timedelta(days=start.weekday())

    def days(self) -> list[date]:
        """Every day drawn, in order."""
        count = 7 if self.mode == WEEK else 7 * MONTH_ROWS
        first = self.first_day()
        return [first + timedelta(days=n) for n in range(count)]

    def bounds(self) -> tuple[datetime, datetime]:
        """The aware instants the calendar covers (from the first day to after the last)."""
        days = self.days()
        start = datetime.combine(days[0], time(), self.zone)
        end = datetime.combine(days[-1] + timedelta(days=1), time(), self.zone)
        return start, end

    def set_visits(self, visits: list[VisitSummary]) -> None:
        """Draw ``visits`` (those outside the days shown are left out)."""
        self.visits = list(visits)
        self._drag = None
        self._layout()

    # geometry -------------------------------------------------------------------------

    def _local(self, value: datetime) -> datetime:
        return value.astimezone(self.zone)

    def _column_width(self) -> float:
        left = GUTTER if self.mode == WEEK else 0
        return max(1.0, (self.width() - left) / 7)

    def _hour_height(self) -> float:
        return max(1.0, (self.height() - WEEK_HEADER) / (LAST_HOUR - FIRST_HOUR))

    def _cell_height(self) -> float:
        return max(1.0, (self.height() - MONTH_HEADER) / MONTH_ROWS)

    def _y_of(self, minutes: float) -> float:
        """The y of ``minutes`` after midnight in the week view (clamped to the hours shown)."""
        hours = minutes / 60 - FIRST_HOUR
        hours = min(max(hours, 0.0), LAST_HOUR - FIRST_HOUR)
        return WEEK_HEADER + hours * self._hour_height()

    def day_rect(self, day: date) -> QRectF:
        """The column (week) or cell (month) of ``day``."""
        index = (day - self.first_day()).days
        width = self._column_width()
        if self.mode == WEEK:
            return QRectF(GUTTER + index * width, WEEK_HEADER, width, self.height() - WEEK_HEADER)
        row, column = divmod(index, 7)
        height = self._cell_height()
        return QRectF(column * width, MONTH_HEADER + row * height, width, height)

    def slot_point(self, day: date, hour: int = 9, minute: int = 0) -> QPoint:
        """A point in the slot of ``day`` at ``hour:minute`` (week) or in ``day``'s cell (month)."""
        rect = self.day_rect(day)
        if self.mode == WEEK:
            y = self._y_of(hour * 60 + minute) + 2
            return QPoint(round(rect.center().x()), round(y))
        return QPoint(round(rect.center().x()), round(rect.bottom() - 4))

    def block_rect(self, visit_id: str) -> QRect | None:
        """Where the visit is drawn (None when not shown)."""
        for block in self.blocks:
            if block.visit.id == visit_id:
                return block.rect.toAlignedRect()
        return None

    def block_at(self, pos: QPoint | QPointF) -> Block | None:
        """The block under ``pos``, topmost first."""
        point = QPointF(pos)
        for block in reversed(self.blocks):
            if block.rect.contains(point):
                return block
        return None

    def day_at(self, pos: QPoint | QPointF) -> date | None:
        """The day whose column or cell holds ``pos``."""
        x, y = pos.x(), pos.y()
        width = self._column_width()
        if self.mode == WEEK:
            if x < GUTTER or y < WEEK_HEADER:
                return None
            column = min(6, max(0, int((x - GUTTER) // width)))
            return self.first_day() + timedelta(days=column)
        if y < MONTH_HEADER:
            return None
        column = min(6, max(0, int(x // width)))
        row = min(MONTH_ROWS - 1, max(0, int((y - MONTH_HEADER) // self._cell_height())))
        return self.first_day() + timedelta(days=row * 7 + column)

    def time_at(self, pos: QPoint | QPointF, top: float | None = None) -> datetime | None:
        """The slot's start under ``pos`` (week: from ``top``, the block's top edge if given)."""
        day = self.day_at(pos)
        if day is None:
            return None
        if self.mode == MONTH:
            return datetime.combine(day, time(9), self.zone)
        y = pos.y() if top is None else top
        minutes = FIRST_HOUR * 60 + (y - WEEK_HEADER) / self._hour_height() * 60
        snapped = round(minutes / SNAP_MINUTES) * SNAP_MINUTES
        snapped = min(max(snapped, 0), 24 * 60 - SNAP_MINUTES)
        return datetime.combine(day, time(), self.zone) + timedelta(minutes=snapped)

    def _layout(self) -> None:
        """Work out where each visit is drawn."""
        self.blocks = []
        self._more = {}
        days = set(self.days())
        by_day: dict[date, list[VisitSummary]] = {}
        for visit in self.visits:
            if visit.start is None:
                continue
            day = self._local(visit.start).date()
            if day in days:
                by_day.setdefault(day, []).append(visit)
        for day, visits in by_day.items():
            visits.sort(key=lambda v: (v.start, v.id))
            if self.mode == WEEK:
                self._layout_week_day(day, visits)
            else:
                self._layout_month_day(day, visits)
        self.update()

    def _minutes(self, value: datetime) -> float:
        local = self._local(value)
        return local.hour * 60 + local.minute + local.second / 60

    def _span(self, visit: VisitSummary) -> tuple[float, float]:
        assert visit.start is not None
        start = self._minutes(visit.start)
        end_time = visit.end
        if end_time is None or end_time <= visit.start:
            length = float(DEFAULT_MINUTES)
        else:
            length = (end_time - visit.start).total_seconds() / 60
        return start, min(start + length, 24 * 60)

    def _layout_week_day(self, day: date, visits: list[VisitSummary]) -> None:
        column = self.day_rect(day)
        lanes: list[float] = []  # the end (minutes) of the last visit in each lane
        placed: list[tuple[VisitSummary, int, float, float]] = []
        for visit in visits:
            start, end = self._span(visit)
            lane = next((i for i, last in enumerate(lanes) if last <= start), None)
            if lane is None:
                lanes.append(end)
                lane = len(lanes) - 1
            else:
                lanes[lane] = end
            placed.append((visit, lane, start, end))
        count = max(1, len(lanes))
        width = (column.width() - 4) / count
        for visit, lane, start, end in placed:
            top = self._y_of(start)
            bottom = max(self._y_of(end), top + 18)
            if bottom > self.height() - 1:
                top, bottom = self.height() - 19, self.height() - 1
            rect = QRectF(column.left() + 2 + lane * width, top + 1, width - 2, bottom - top - 2)
            self.blocks.append(Block(visit, rect))

    def _layout_month_day(self, day: date, visits: list[VisitSummary]) -> None:
        cell = self.day_rect(day)
        room = max(0, int((cell.height() - 22) // (CHIP_HEIGHT + 1)))
        shown = visits if len(visits) <= room else visits[: max(0, room - 1)]
        for n, visit in enumerate(shown):
            top = cell.top() + 20 + n * (CHIP_HEIGHT + 1)
            rect = QRectF(cell.left() + 3, top, cell.width() - 6, CHIP_HEIGHT)
            self.blocks.append(Block(visit, rect))
        if len(shown) < len(visits):
            self._more[day] = len(visits) - len(shown)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._layout()
        super().resizeEvent(event)

    # painting -----------------------------------------------------------------------

    def _colours(self, visit: VisitSummary) -> tuple[QColor, QColor]:
        if visit.overdue_on(self.today, self.zone):
            key = "overdue"
        else:
            key = "done" if visit.status == VisitStatus.DONE else "planned"
        fill, border = _STATUS_COLOURS[key]
        return QColor(fill), QColor(border)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if self.mode == WEEK:
            self._paint_week(painter)
        else:
            self._paint_month(painter)
        for block in self.blocks:
            dragged = self._drag is not None and self._drag.active
            if dragged and self._drag is not None and block.visit.id == self._drag.visit.id:
                painter.setOpacity(0.35)
            self._paint_block(painter, block.visit, block.rect)
            painter.setOpacity(1.0)
        self._paint_more(painter)
        self._paint_ghost(painter)
        painter.end()

    def _paint_week(self, painter: QPainter) -> None:
        locale = QLocale()
        width = self._column_width()
        painter.fillRect(QRectF(0, 0, self.width(), WEEK_HEADER), QColor("#f4f6f8"))
        grid = QPen(QColor("#e3e7ea"))
        for index, day in enumerate(self.days()):
            left = GUTTER + index * width
            column = QRectF(left, WEEK_HEADER, width, self.height() - WEEK_HEADER)
            if day == self.today:
                painter.fillRect(column, QColor("#fff7e6"))
            elif day.weekday() >= 5:
                painter.fillRect(column, QColor("#fafbfc"))
            painter.setPen(QColor("#c8102e") if day == self.today else QColor("#1f2d3d"))
            font = QFont(self.font())
            font.setBold(day == self.today)
            painter.setFont(font)
            name = locale.dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)
            painter.drawText(
                QRectF(left, 2, width, WEEK_HEADER - 4),
                Qt.AlignmentFlag.AlignCenter,
                f"{name}\n{day.month}/{day.day}",
            )
            painter.setPen(grid)
            painter.drawLine(QPointF(left, 0), QPointF(left, self.height()))
        painter.setFont(self.font())
        for hour in range(FIRST_HOUR, LAST_HOUR + 1):
            y = self._y_of(hour * 60)
            painter.setPen(grid)
            painter.drawLine(QPointF(GUTTER, y), QPointF(self.width(), y))
            if hour < LAST_HOUR:
                painter.setPen(QColor("#6b7785"))
                painter.drawText(
                    QRectF(0, y + 1, GUTTER - 6, 16),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                    f"{hour:02d}:00",
                )
        now = datetime.now(self.zone)
        if now.date() in self.days() and FIRST_HOUR <= now.hour < LAST_HOUR:
            rect = self.day_rect(now.date())
            y = self._y_of(now.hour * 60 + now.minute)
            painter.setPen(QPen(QColor("#c8102e"), 2))
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))

    def _paint_month(self, painter: QPainter) -> None:
        locale = QLocale()
        width = self._column_width()
        painter.fillRect(QRectF(0, 0, self.width(), MONTH_HEADER), QColor("#f4f6f8"))
        painter.setPen(QColor("#1f2d3d"))
        for column in range(7):
            name = locale.dayName(column + 1, QLocale.FormatType.ShortFormat)
            painter.drawText(
                QRectF(column * width, 0, width, MONTH_HEADER), Qt.AlignmentFlag.AlignCenter, name
            )
        grid = QPen(QColor("#e3e7ea"))
        for day in self.days():
            cell = self.day_rect(day)
            if day == self.today:
                painter.fillRect(cell, QColor("#fff7e6"))
            elif day.month != self.anchor.month:
                painter.fillRect(cell, QColor("#fafbfc"))
            painter.setPen(grid)
            painter.drawRect(cell)
            font = QFont(self.font())
            font.setBold(day == self.today)
            painter.setFont(font)
            if day == self.today:
                painter.setPen(QColor("#c8102e"))
            elif day.month != self.anchor.month:
                painter.setPen(QColor("#a0a8b3"))
            else:
                painter.setPen(QColor("#1f2d3d"))
            painter.drawText(
                cell.adjusted(4, 2, -4, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                str(day.day),
            )
        painter.setFont(self.font())

    def _paint_block(self, painter: QPainter, visit: VisitSummary, rect: QRectF) -> None:
        fill, border = self._colours(visit)
        painter.setPen(QPen(border, 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        painter.fillRect(QRectF(rect.left(), rect.top(), 3, rect.height()), border)
        inner = rect.adjusted(6, 1, -3, -1)
        metrics = QFontMetrics(self.font())
        clock = "" if visit.start is None else local_clock_text(visit.start, self.zone)
        name = visit.customer_name
        kind = type_name(self.templates, visit.visit_type)
        painter.setPen(QColor("#1f2d3d"))
        if self.mode == MONTH or inner.height() < 2 * metrics.height():
            wide = inner.width() >= metrics.horizontalAdvance(f"{clock} {name[:4]}…")
            line = metrics.elidedText(
                f"{clock} {name}" if wide else name, Qt.TextElideMode.ElideRight, int(inner.width())
            )
            painter.drawText(
                inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line
            )
            return
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        first = QFontMetrics(bold).elidedText(name, Qt.TextElideMode.ElideRight, int(inner.width()))
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, first)
        painter.setFont(self.font())
        second = metrics.elidedText(
            f"{clock} {kind}", Qt.TextElideMode.ElideRight, int(inner.width())
        )
        below = inner.adjusted(0, metrics.height(), 0, 0)
        painter.setPen(QColor("#4a5560"))
        painter.drawText(below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, second)

    def _paint_more(self, painter: QPainter) -> None:
        painter.setPen(QColor("#4a5560"))
        for day, count in self._more.items():
            cell = self.day_rect(day)
            painter.drawText(
                cell.adjusted(4, 0, -4, -2),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                f"+{count}",
            )

    def _paint_ghost(self, painter: QPainter) -> None:
        drag = self._drag
        if drag is None or not drag.active or drag.target is None:
            return
        rect = self._ghost_rect(drag)
        painter.setPen(QPen(QColor("#c8102e"), 1, Qt.PenStyle.DashLine))
        painter.setBrush(QColor(200, 16, 46, 40))
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(QColor("#8c1d18"))
        label = drag.target.astimezone(self.zone).strftime("%m-%d %H:%M")
        painter.drawText(
            rect.adjusted(6, 1, -3, -1),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            label,
        )

    def _ghost_rect(self, drag: _Drag) -> QRectF:
        assert drag.target is not None
        local = drag.target.astimezone(self.zone)
        column = self.day_rect(local.date())
        if self.mode == MONTH:
            return QRectF(column.left() + 3, column.top() + 20, column.width() - 6, CHIP_HEIGHT)
        start = local.hour * 60 + local.minute
        top = self._y_of(start)
        return QRectF(column.left() + 2, top + 1, column.width() - 4, max(18.0, drag.rect.height()))

    # the mouse ------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        pos = event.position()
        block = self.block_at(pos)
        if block is not None and block.visit.status == VisitStatus.PLANNED:
            self._drag = _Drag(
                block.visit,
                pos.toPoint(),
                QPointF(pos.x() - block.rect.left(), pos.y() - block.rect.top()),
                block.rect,
            )
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        pos = event.position()
        if drag is None:
            block = self.block_at(pos)
            draggable = block is not None and block.visit.status == VisitStatus.PLANNED
            self.setCursor(
                Qt.CursorShape.OpenHandCursor if draggable else Qt.CursorShape.ArrowCursor
            )
            return
        if not drag.active:
            moved = (pos.toPoint() - drag.press).manhattanLength()
            if moved < QApplication.startDragDistance():
                return
            drag.active = True
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        drag.target = self._target(drag, pos)
        self.update()
        event.accept()

    def _target(self, drag: _Drag, pos: QPointF) -> datetime | None:
        if self.mode == WEEK:
            return self.time_at(pos, top=pos.y() - drag.offset.y())
        day = self.day_at(pos)
        if day is None or drag.visit.start is None:
            return None
        local = drag.visit.start.astimezone(self.zone)
        return datetime.combine(day, local.time(), self.zone)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        self._drag = None
        self.setCursor(Qt.CursorShape.ArrowCursor)
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        if drag.active:
            target = self._target(drag, event.position())
            start = drag.visit.start
            if target is not None and start is not None and target != start:
                self.reschedule_requested.emit(drag.visit.id, target)
        self.update()
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._drag = None
        block = self.block_at(event.position())
        if block is not None:
            self.open_requested.emit(block.visit.id)
            return
        start = self.time_at(event.position())
        if start is not None:
            self.new_requested.emit(start)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._drag is not None:
            self._drag = None
            self.setCursor(Qt.CursorShape.ArrowCursor)
            self.update()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.update()  # day and month names follow the language
        super().changeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.block_at(event.pos())
            if block is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._tooltip(block.visit), self)
            return True
        return super().event(event)

    def _tooltip(self, visit: VisitSummary) -> str:
        parts = [
            visit.customer_name,
            type_name(self.templates, visit.visit_type),
            f"{local_clock_text(visit.start, self.zone)}–{local_clock_text(visit.end, self.zone)}",
            status_label(visit.status),
        ]
        if visit.location:
            parts.append(visit.location)
        if visit.purpose:
            parts.append(visit.purpose)
        return "\n".join(parts)
