"""The Visit tab of the visit log: customer, type, times, place, attendees, purpose, notes.

The widgets, their grid, and their labels; each field has a message under it
for what is wrong with it. How the fields follow each other while the RM types
is :mod:`ui.visits.field_rules`. Texts keep the ``VisitDialog`` translation
context they were written under.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.visits.types import VisitStatus, VisitType
from ui.onboarding.widgets import FieldMessage
from ui.visits.texts import problem_text, type_name

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from app.validation import Problem
    from app.visits.templates import VisitTemplates

# Fields with a message under them (problem fields of the service, and the dialog's own).
FIELDS = (
    "customer",
    "visit_type",
    "planned_start",
    "planned_end",
    "actual_end",
    "location",
    "attendees_bank",
    "attendees_customer",
    "purpose",
    "notes",
)
_NAME_SEPARATORS = re.compile(r"[,，、;；\n]+")
_MAX_SHORT_TEXT = 200
_MAX_NAMES = 400


def split_names(text: str) -> list[str]:
    """Attendees typed as ``"张三, 李四、王五"``: the names, stripped."""
    return [name.strip() for name in _NAME_SEPARATORS.split(text) if name.strip()]


class VisitFields(QWidget):
    """The visit's own fields in two columns: the form, and the notes beside it.

    ``picker`` (a customer picker) takes the customer row when the customer is
    still to be chosen; otherwise the row shows the customer's name.
    """

    def __init__(
        self,
        templates: VisitTemplates,
        zone: ZoneInfo,
        picker: QWidget | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.templates = templates
        self.zone = zone
        self.time_zone = QTimeZone(zone.key.encode())
        self.picker = picker
        self.customer_label: QLabel | None = None
        self.visit_type = QComboBox()
        self.visit_type.setObjectName("visitType")
        for code in VisitType:
            self.visit_type.addItem(code.value, code.value)
        self.planned_start = self._datetime_edit("plannedStart")
        self.planned_end = self._datetime_edit("plannedEnd")
        self.actual_start = self._datetime_edit("actualStart")
        self.actual_end = self._datetime_edit("actualEnd")
        self.zone_note = QLabel()
        self.zone_note.setObjectName("zoneNote")
        self.zone_note.setStyleSheet("color: #4a5560;")
        self.location = self._line("location", _MAX_SHORT_TEXT)
        self.attendees_bank = self._line("attendeesBank", _MAX_NAMES)
        self.attendees_customer = self._line("attendeesCustomer", _MAX_NAMES)
        self.purpose = self._line("purpose", _MAX_SHORT_TEXT)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.messages = {name: FieldMessage() for name in FIELDS}
        for name, message in self.messages.items():
            message.setObjectName(f"message_{name}")
        self._labels: dict[str, QLabel] = {}
        self._build()

    def _line(self, name: str, length: int) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setMaxLength(length)
        return line

    def _datetime_edit(self, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setObjectName(name)
        edit.setTimeZone(self.time_zone)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        edit.setCalendarPopup(True)
        return edit

    def _label(self, key: str, buddy: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(buddy)
        self._labels[key] = label
        return label

    def _build(self) -> None:
        form = QGridLayout()
        form.setColumnStretch(1, 1)
        form.setVerticalSpacing(3)
        row = 0

        def add(key: str, field: QWidget | QHBoxLayout, message: str | None = None) -> None:
            nonlocal row
            buddy = field if isinstance(field, QWidget) else None
            label = self._label(key, buddy or QWidget())
            form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            if isinstance(field, QWidget):
                form.addWidget(field, row, 1)
            else:
                form.addLayout(field, row, 1)
            row += 1
            if message is not None:
                form.addWidget(self.messages[message], row, 1)
                row += 1

        if self.picker is None:
            self.customer_label = QLabel()
            self.customer_label.setObjectName("customerName")
            add("customer", self.customer_label, "customer")
        else:
            add("customer", self.picker, "customer")
        add("visit_type", self.visit_type, "visit_type")
        add("planned", self._pair(self.planned_start, self.planned_end), "planned_start")
        form.addWidget(self.messages["planned_end"], row, 1)
        row += 1
        add("actual", self._pair(self.actual_start, self.actual_end), "actual_end")
        form.addWidget(self.zone_note, row, 1)
        row += 1
        add("location", self.location, "location")
        add("attendees_bank", self.attendees_bank, "attendees_bank")
        add("attendees_customer", self.attendees_customer, "attendees_customer")
        add("purpose", self.purpose, "purpose")
        form.setRowStretch(row, 1)

        notes = QVBoxLayout()
        self.notes_label = QLabel()
        self.notes_label.setBuddy(self.notes)
        notes.addWidget(self.notes_label)
        notes.addWidget(self.notes, 1)
        notes.addWidget(self.messages["notes"])
        columns = QHBoxLayout(self)
        columns.addLayout(form, 5)
        columns.addSpacing(8)
        columns.addLayout(notes, 4)

    @staticmethod
    def _pair(first: QWidget, second: QWidget) -> QHBoxLayout:
        pair = QHBoxLayout()
        pair.addWidget(first, 1)
        pair.addWidget(QLabel("–"))
        pair.addWidget(second, 1)
        return pair

    def retranslate(self, customer_name: str) -> None:
        """Labels, hints and type names in the current language."""
        if self.customer_label is not None:
            self.customer_label.setText(
                customer_name or QCoreApplication.translate("VisitDialog", "Loading…")
            )
        labels = {
            "customer": QCoreApplication.translate("VisitDialog", "Customer"),
            "visit_type": QCoreApplication.translate("VisitDialog", "Type"),
            "planned": QCoreApplication.translate("VisitDialog", "Planned"),
            "actual": QCoreApplication.translate("VisitDialog", "Took place"),
            "location": QCoreApplication.translate("VisitDialog", "Location"),
            "attendees_bank": QCoreApplication.translate("VisitDialog", "Bank attendees"),
            "attendees_customer": QCoreApplication.translate("VisitDialog", "Customer attendees"),
            "purpose": QCoreApplication.translate("VisitDialog", "Purpose"),
        }
        for key, text in labels.items():
            self._labels[key].setText(text)
        self.notes_label.setText(QCoreApplication.translate("VisitDialog", "Notes"))
        offset = datetime.now(self.zone).utcoffset() or timedelta()
        self.zone_note.setText(
            QCoreApplication.translate("VisitDialog", "Times are Beijing time ({zone})").format(
                zone=f"UTC{offset.total_seconds() / 3600:+g}"
            )
        )
        self.attendees_bank.setPlaceholderText(
            QCoreApplication.translate("VisitDialog", "Names, separated by commas")
        )
        self.attendees_customer.setPlaceholderText(
            QCoreApplication.translate("VisitDialog", "Names, separated by commas")
        )
        self.location.setPlaceholderText(
            QCoreApplication.translate("VisitDialog", "Address or place")
        )
        for index in range(self.visit_type.count()):
            code = self.visit_type.itemData(index)
            self.visit_type.setItemText(index, type_name(self.templates, code))

    def set_status(self, status: str) -> None:
        """Lock what a done (or cancelled) visit no longer lets change."""
        done = status == VisitStatus.DONE
        cancelled = status == VisitStatus.CANCELLED
        self.visit_type.setEnabled(not done)
        for edit in (self.planned_start, self.planned_end):
            edit.setEnabled(not done)
        for edit in (self.actual_start, self.actual_end):
            edit.setEnabled(not done and not cancelled)

    def clear_messages(self) -> None:
        """Hide every field's message."""
        for message in self.messages.values():
            message.set_message("")

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem under its field (the notes take those of no field here)."""
        for problem in problems:
            message = self.messages.get(problem.field) or self.messages["notes"]
            text = problem_text(problem)
            message.set_message("\n".join(filter(None, (message.text(), text))))
