"""How the fields of the Visit tab follow each other while the RM types.

Choosing a type brings its on-site checks, its notes outline (while the notes
hold nothing else) and its usual length; an end moves with its start, so the
visit keeps its length; the visit's actual start follows the planned one until
it is changed by hand. Fields set by the program (:meth:`FieldRules.quietly`)
do not count as the RM's typing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QObject, Signal
from PySide6.QtGui import QTextCursor

from app.visits.types import VisitStatus
from ui.onboarding.texts import chinese_ui

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDateTimeEdit

    from app.visits.templates import VisitTemplates
    from ui.visits.checks import ChecksPanel
    from ui.visits.visit_fields import VisitFields


class FieldRules(QObject):
    """Links the fields of ``fields``; ``status()`` is the visit's (``new`` until saved)."""

    #: A field changed (its name, or None): by the RM unless :attr:`programmatic`.
    edited = Signal(object)

    def __init__(
        self,
        fields: VisitFields,
        checks: ChecksPanel,
        templates: VisitTemplates,
        status: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fields = fields
        self._checks = checks
        self._templates = templates
        self._status = status
        self._programmatic = 0
        #: The RM chose the type (or it came with the dialog): no longer guessed.
        self.type_touched = False
        #: The RM set the actual start: it no longer follows the planned one.
        self.actual_touched = False
        #: The planned end was set: the type's length no longer applies.
        self.planned_end_touched = False
        #: The notes outline last put in (replaced by another type's while untouched).
        self.outline = ""
        self._starts: dict[QDateTimeEdit, datetime] = {}  # as last seen: ends move with them
        fields.visit_type.currentIndexChanged.connect(self._type_changed)
        fields.planned_start.dateTimeChanged.connect(self._planned_start_changed)
        fields.planned_end.dateTimeChanged.connect(self._planned_end_changed)
        fields.actual_start.dateTimeChanged.connect(self._actual_start_changed)
        fields.actual_end.dateTimeChanged.connect(lambda _d: self.edited.emit("actual_end"))
        for name, line in (
            ("location", fields.location),
            ("attendees_bank", fields.attendees_bank),
            ("attendees_customer", fields.attendees_customer),
            ("purpose", fields.purpose),
        ):
            line.textChanged.connect(lambda _t, n=name: self.edited.emit(n))
        fields.notes.textChanged.connect(lambda: self.edited.emit("notes"))

    @property
    def programmatic(self) -> bool:
        """Whether fields are being set by the program (see :meth:`quietly`)."""
        return bool(self._programmatic)

    @contextmanager
    def quietly(self) -> Iterator[None]:
        """Set fields without counting it as the RM's typing."""
        self._programmatic += 1
        try:
            yield
        finally:
            self._programmatic -= 1

    # the type ---------------------------------------------------------------------------

    def select_type(self, code: str) -> None:
        """Choose type ``code`` (its checks, outline and length follow as if chosen)."""
        visit_type = self._fields.visit_type
        index = visit_type.findData(code)
        if index < 0:
            return
        if index != visit_type.currentIndex():
            visit_type.setCurrentIndex(index)
        else:
            self._type_changed(index)

    def _type_changed(self, _index: int) -> None:
        code = self._fields.visit_type.currentData()
        if not self._programmatic:
            self.type_touched = True
        self._checks.set_checks(self._templates, code)
        template = self._templates.find(code)
        if template is not None:
            notes = self._fields.notes
            outline = template.notes_outline("zh" if chinese_ui() else "en")
            current = notes.toPlainText()
            if not current.strip() or current == self.outline:
                with self.quietly():
                    notes.setPlainText(outline)
                    self._cursor_after_first_heading()
                self.outline = outline
            if not self.planned_end_touched:
                with self.quietly():
                    self.set_default_ends()
        self.edited.emit("visit_type")

    def _cursor_after_first_heading(self) -> None:
        """Put the cursor where the RM writes first: after the outline's first heading."""
        notes = self._fields.notes
        cursor = notes.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        notes.setTextCursor(cursor)

    # the times --------------------------------------------------------------------------

    def set_default_ends(self) -> None:
        """End both the plan and the visit the type's usual length after their starts."""
        fields = self._fields
        template = self._templates.find(fields.visit_type.currentData())
        minutes = 60 if template is None else template.default_minutes
        length = timedelta(minutes=minutes)
        self.set_time(fields.planned_end, self.time(fields.planned_start) + length)
        self.set_time(fields.actual_end, self.time(fields.actual_start) + length)

    def _planned_start_changed(self, _value: QDateTime) -> None:
        fields = self._fields
        self._keep_length(fields.planned_start, fields.planned_end)
        if not self.actual_touched and self._status() in ("new", VisitStatus.PLANNED):
            with self.quietly():
                self.set_time(fields.actual_start, self.time(fields.planned_start))
        self.edited.emit("planned_start")

    def _planned_end_changed(self, _value: QDateTime) -> None:
        if not self._programmatic:
            self.planned_end_touched = True
        self.edited.emit("planned_end")

    def _actual_start_changed(self, _value: QDateTime) -> None:
        if not self._programmatic:
            self.actual_touched = True
        self._keep_length(self._fields.actual_start, self._fields.actual_end)
        self.edited.emit("actual_end")

    def _keep_length(self, start: QDateTimeEdit, end: QDateTimeEdit) -> None:
        """Move ``end`` with ``start`` (the visit keeps its length)."""
        before = self._starts.get(start)
        now = self.time(start)
        self._starts[start] = now
        if before is not None and before != now:
            with self.quietly():
                self.set_time(end, self.time(end) + (now - before))

    def time(self, edit: QDateTimeEdit) -> datetime:
        """The time in ``edit``, in the RM's zone."""
        seconds = edit.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(seconds, self._fields.zone)

    def set_time(self, edit: QDateTimeEdit, value: datetime) -> None:
        """Show ``value`` in ``edit`` (the ends follow their starts)."""
        edit.setDateTime(
            QDateTime.fromSecsSinceEpoch(int(value.timestamp()), self._fields.time_zone)
        )
        if edit is self._fields.planned_start or edit is self._fields.actual_start:
            self._starts[edit] = self.time(edit)
