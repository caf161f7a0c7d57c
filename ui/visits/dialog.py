"""The visit log: plan a visit, record what was seen on site, cancel, attach photos, export.

The dialog opens at once and reads what it needs in the background (the
customer, the visit on file, a draft left from before). Fields are checked in
the GUI thread against the in-memory templates before anything is sent; what
the service refuses comes back as translated messages at the fields. The form
is autosaved as a local draft (:mod:`ui.visits.autosave`) until it is saved
or thrown away, so a crash or a kill loses at most a few seconds of typing.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QDateTime, QEvent, Qt, QTimeZone, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.text import QT_TRANSLATE_NOOP
from app.visits.types import VisitStatus, VisitType
from ui.onboarding.style import ONBOARDING_STYLE
from ui.onboarding.texts import chinese_ui
from ui.onboarding.widgets import FieldMessage
from ui.tasks import run_in_background
from ui.visits.actions import DRAFT_KIND, draft_key
from ui.visits.autosave import DraftAutosaver
from ui.visits.checks import ChecksPanel
from ui.visits.files import VisitFilesPanel
from ui.visits.follow_up_rows import FollowUpRows
from ui.visits.note_dialog import NoteDialog
from ui.visits.signals_panel import SignalsPanel
from ui.visits.texts import (
    error_text,
    local_time_text,
    names_text,
    problem_text,
    status_label,
    type_name,
)

if TYPE_CHECKING:
    from app.applications import AttachmentView
    from app.attachment_store import StoredFile
    from app.drafts import Draft
    from app.validation import Problem
    from app.visits.service import (
        Completion,
        VisitInput,
        VisitOutcome,
        VisitService,
        VisitView,
    )
    from ui.visits.actions import VisitActions, VisitContext

log = logging.getLogger(__name__)

#: Fields with a message under them (problem fields of the service, and the dialog's own).
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
TAB_VISIT, TAB_CHECKS, TAB_SIGNALS, TAB_FOLLOW_UPS, TAB_FILES = range(5)
_NAME_SEPARATORS = re.compile(r"[,，、;；\n]+")
_MAX_SHORT_TEXT = 200
_MAX_NAMES = 400


def store_files(service: VisitService, visit_id: str, paths: list[Path]) -> None:
    """Keep ``paths`` with the visit: pictures as its photos, other files as its files.

    Disk heavy: runs in the background.
    """
    from app.attachment_store import IMAGE_TYPES, detect_media_type

    photos: list[Path] = []
    others: list[Path] = []
    for path in paths:
        try:
            with path.open("rb") as handle:
                head = handle.read(32)
        except OSError:
            head = b""  # unreadable: the store says so
        (photos if detect_media_type(head) in IMAGE_TYPES else others).append(path)
    if photos:
        service.add_photos(visit_id, photos)
    if others:
        service.add_attachments(visit_id, others)


def split_names(text: str) -> list[str]:
    """Attendees typed as ``"张三, 李四、王五"``: the names, stripped."""
    return [name.strip() for name in _NAME_SEPARATORS.split(text) if name.strip()]


class VisitDialog(QDialog):
    """One visit: new (for a customer, or one to choose), planned, done or cancelled."""

    #: The visit (or the customer) was read and the form can be used.
    loaded = Signal()
    #: The visit was written (its id); the dialog closes.
    saved = Signal(str)
    #: The photos and files shown changed.
    files_shown = Signal()

    def __init__(
        self,
        actions: VisitActions,
        *,
        visit_id: str | None = None,
        customer_id: str | None = None,
        customer_name: str = "",
        visit_type: str | None = None,
        start: datetime | None = None,
        purpose: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitDialog")
        self.setStyleSheet(ONBOARDING_STYLE + _STYLE)
        self.visit_actions = actions
        self._service = actions.service
        self._zone = QTimeZone(actions.zone.key.encode())
        self.visit_id = visit_id
        self.customer_id = customer_id
        self.customer_name = customer_name
        self.view: VisitView | None = None
        self.completion: Completion | None = None
        #: Files checked and kept for a visit not saved yet: (path, stored blob).
        self.pending_files: list[tuple[Path, StoredFile]] = []
        #: Writes sent to the background and not yet answered.
        self.pending = 0
        self.message_box: QMessageBox | None = None
        self.cancel_dialog: NoteDialog | None = None
        #: A draft found when the dialog opened, offered in the banner.
        self.offered_draft: Draft | None = None
        self.ics_path: Path | None = None
        self._loading = True
        self._programmatic = 0
        self._type_touched = visit_type is not None
        self._actual_touched = False
        self._planned_end_touched = False
        self._outline = ""
        self._baseline: dict[str, Any] = {}
        self._closing = False
        self._error = ""
        self.autosaver = DraftAutosaver(
            actions.drafts, draft_key(visit_id, uuid.uuid4().hex), DRAFT_KIND, self.state, self
        )

        self._build_widgets()
        self._build_layout()
        self._connect()
        now = start or actions.now()
        with self._quietly():
            self._select_type(visit_type or VisitType.FIRST_CONTACT.value)
            self._set_time(self.planned_start, now)
            self._set_time(self.actual_start, now)
            self._set_default_ends()
            self.purpose.setText(purpose)
        self.retranslate()
        self.resize(980, 640)
        self.reload()

    # building ---------------------------------------------------------------------

    def _build_widgets(self) -> None:
        actions = self.visit_actions
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.status_badge = QLabel()
        self.status_badge.setObjectName("visitStatus")
        self.banner = QFrame()
        self.banner.setObjectName("draftBanner")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.restore_button = self._button("restoreDraft")
        self.restore_button.clicked.connect(self.restore_draft)
        self.drop_draft_button = self._button("discardDraft")
        self.drop_draft_button.clicked.connect(self.discard_offered_draft)
        self.banner.hide()
        self.picker: QWidget | None = None
        if self.customer_id is None and self.visit_id is None:
            from ui.applications.customer_picker import CustomerPicker

            picker = CustomerPicker(actions.customers)
            picker.setObjectName("customerPicker")
            picker.chosen.connect(self._customer_chosen)
            self.picker = picker
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
        self.checks = ChecksPanel()
        self.checks.setObjectName("checks")
        self.signals = SignalsPanel(actions.signals)
        self.signals.setObjectName("signals")
        self.follow_ups = FollowUpRows(actions.today)
        self.follow_ups.setObjectName("followUps")
        self.files = VisitFilesPanel(actions.thumbnails)
        self.messages = {name: FieldMessage() for name in FIELDS}
        for name, message in self.messages.items():
            message.setObjectName(f"message_{name}")
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.ics_button = self._button("exportIcs")
        self.ics_button.clicked.connect(lambda: self.export_ics())
        self.cancel_visit_button = self._button("cancelVisit")
        self.cancel_visit_button.clicked.connect(self.ask_cancel)
        self.reinstate_button = self._button("planAgain")
        self.reinstate_button.clicked.connect(self.plan_again)
        self.save_button = self._button("savePlan")
        self.save_button.clicked.connect(self.save_plan)
        self.complete_button = self._button("complete")
        self.complete_button.setProperty("primary", True)
        self.complete_button.clicked.connect(self.complete)
        self.close_button = self._button("close")
        self.close_button.clicked.connect(self.reject)
        self._labels: dict[str, QLabel] = {}

    def _button(self, name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _line(self, name: str, length: int) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(name)
        line.setMaxLength(length)
        return line

    def _datetime_edit(self, name: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setObjectName(name)
        edit.setTimeZone(self._zone)
        edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        edit.setCalendarPopup(True)
        return edit

    def _label(self, key: str, buddy: QWidget) -> QLabel:
        label = QLabel()
        label.setBuddy(buddy)
        self._labels[key] = label
        return label

    def _build_layout(self) -> None:
        banner = QHBoxLayout(self.banner)
        banner.setContentsMargins(8, 4, 8, 4)
        banner.addWidget(self.banner_text, 1)
        banner.addWidget(self.restore_button)
        banner.addWidget(self.drop_draft_button)

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
        visit_tab = QWidget()
        columns = QHBoxLayout(visit_tab)
        columns.addLayout(form, 5)
        columns.addSpacing(8)
        columns.addLayout(notes, 4)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("visitTabs")
        self.tabs.addTab(visit_tab, "")
        self.tabs.addTab(self._scroll(self.checks), "")
        self.tabs.addTab(self._scroll(self.signals), "")
        self.tabs.addTab(self._scroll(self.follow_ups), "")
        self.tabs.addTab(self.files, "")

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status_badge)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ics_button)
        buttons.addWidget(self.cancel_visit_button)
        buttons.addWidget(self.reinstate_button)
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.complete_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

    @staticmethod
    def _pair(first: QWidget, second: QWidget) -> QHBoxLayout:
        pair = QHBoxLayout()
        pair.addWidget(first, 1)
        pair.addWidget(QLabel("–"))
        pair.addWidget(second, 1)
        return pair

    @staticmethod
    def _scroll(widget: QWidget) -> QScrollArea:
        scroll = QScrollArea()
        scroll.setWidget(widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        return scroll

    def _connect(self) -> None:
        self.visit_type.currentIndexChanged.connect(self._type_changed)
        self.planned_start.dateTimeChanged.connect(self._planned_start_changed)
        self.planned_end.dateTimeChanged.connect(self._planned_end_changed)
        self.actual_start.dateTimeChanged.connect(self._actual_start_changed)
        self.actual_end.dateTimeChanged.connect(lambda _d: self._edited("actual_end"))
        for name, line in (
            ("location", self.location),
            ("attendees_bank", self.attendees_bank),
            ("attendees_customer", self.attendees_customer),
            ("purpose", self.purpose),
        ):
            line.textChanged.connect(lambda _t, n=name: self._edited(n))
        self.notes.textChanged.connect(lambda: self._edited("notes"))
        self.checks.changed.connect(lambda: self._edited(None))
        self.signals.changed.connect(lambda: self._edited(None))
        self.follow_ups.changed.connect(lambda: self._edited(None))
        self.files.files_added.connect(self.add_files)
        self.files.remove_requested.connect(self.remove_file)
        self.files.preview_requested.connect(self._preview)

    # texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the current language."""
        status = self.status
        name = self.customer_name or self.tr("New visit")
        self.heading.setText(self._error or name)
        title = {
            "new": self.tr("Log a visit: {customer}"),
            VisitStatus.PLANNED: self.tr("Planned visit: {customer}"),
            VisitStatus.DONE: self.tr("Visit: {customer}"),
            VisitStatus.CANCELLED: self.tr("Cancelled visit: {customer}"),
        }[status]
        self.setWindowTitle(title.format(customer=name))
        self.status_badge.setText("" if status == "new" else status_label(status))
        if hasattr(self, "customer_label"):
            self.customer_label.setText(self.customer_name or self.tr("Loading…"))
        labels = {
            "customer": self.tr("Customer"),
            "visit_type": self.tr("Type"),
            "planned": self.tr("Planned"),
            "actual": self.tr("Took place"),
            "location": self.tr("Location"),
            "attendees_bank": self.tr("Bank attendees"),
            "attendees_customer": self.tr("Customer attendees"),
            "purpose": self.tr("Purpose"),
        }
        for key, text in labels.items():
            self._labels[key].setText(text)
        self.notes_label.setText(self.tr("Notes"))
        offset = datetime.now(self.visit_actions.zone).utcoffset() or timedelta()
        self.zone_note.setText(
            self.tr("Times are Beijing time ({zone})").format(
                zone=f"UTC{offset.total_seconds() / 3600:+g}"
            )
        )
        self.attendees_bank.setPlaceholderText(self.tr("Names, separated by commas"))
        self.attendees_customer.setPlaceholderText(self.tr("Names, separated by commas"))
        self.location.setPlaceholderText(self.tr("Address or place"))
        for index in range(self.visit_type.count()):
            code = self.visit_type.itemData(index)
            self.visit_type.setItemText(index, type_name(self.visit_actions.templates, code))
        self._retitle_tabs()
        self.banner_text.setText(self._banner_text())
        self.restore_button.setText(self.tr("Restore"))
        self.drop_draft_button.setText(self.tr("Discard"))
        self.ics_button.setText(self.tr("Export .ics…"))
        self.cancel_visit_button.setText(self.tr("Cancel visit…"))
        self.reinstate_button.setText(self.tr("Plan again"))
        self.save_button.setText(
            self.tr("Save changes") if status == VisitStatus.DONE else self.tr("Save plan")
        )
        self.complete_button.setText(self.tr("Mark done"))
        self.close_button.setText(self.tr("Close"))
        self._apply_status()

    def _retitle_tabs(self) -> None:
        ticks = len(self.signals.ticks())
        rows = len(self.follow_ups.rows) + (len(self.view.follow_ups) if self.view else 0)
        files = self.files.files.count()
        answered = len(self.checks.answers())
        self.tabs.setTabText(TAB_VISIT, self.tr("Visit"))
        self.tabs.setTabText(
            TAB_CHECKS,
            self.tr("On-site checks ({count})").format(count=answered)
            if answered
            else self.tr("On-site checks"),
        )
        self.tabs.setTabText(
            TAB_SIGNALS,
            self.tr("Risk signals ({count})").format(count=ticks)
            if ticks
            else self.tr("Risk signals"),
        )
        self.tabs.setTabText(
            TAB_FOLLOW_UPS,
            self.tr("Follow-ups ({count})").format(count=rows) if rows else self.tr("Follow-ups"),
        )
        self.tabs.setTabText(
            TAB_FILES,
            self.tr("Photos and files ({count})").format(count=files)
            if files
            else self.tr("Photos and files"),
        )

    def _banner_text(self) -> str:
        draft = self.offered_draft
        if draft is None:
            return ""
        return self.tr("Unsaved typing from {time} was kept. Restore it?").format(
            time=local_time_text(draft.updated_at, self.visit_actions.zone)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def ready(self) -> bool:
        """Whether what the dialog needs has been read (the form can be used)."""
        return not self._loading

    @property
    def status(self) -> str:
        """``new`` until saved, then the visit's status."""
        return "new" if self.view is None else self.view.status

    def _apply_status(self) -> None:
        status = self.status
        busy = self.pending > 0 or self._loading
        done = status == VisitStatus.DONE
        cancelled = status == VisitStatus.CANCELLED
        self.visit_type.setEnabled(not done)
        for edit in (self.planned_start, self.planned_end):
            edit.setEnabled(not done)
        for edit in (self.actual_start, self.actual_end):
            edit.setEnabled(not done and not cancelled)
        self.checks.set_read_only(done or cancelled)
        self.signals.set_read_only(done or cancelled)
        self.ics_button.setVisible(status != "new")
        self.cancel_visit_button.setVisible(status == VisitStatus.PLANNED)
        self.reinstate_button.setVisible(cancelled)
        self.save_button.setVisible(not cancelled)
        self.complete_button.setVisible(status in ("new", VisitStatus.PLANNED))
        for button in (
            self.ics_button,
            self.cancel_visit_button,
            self.reinstate_button,
            self.save_button,
            self.complete_button,
        ):
            button.setEnabled(not busy and not self._error)

    # loading -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the visit or customer, and any draft, in the background."""
        read = self.visit_actions.load_context(self.customer_id, self.visit_id)
        run_in_background(read, self._context_loaded, self._load_failed, receiver=self)

    def _context_loaded(self, context: VisitContext) -> None:
        if context.view is not None:
            self._show_view(context.view)
        else:
            if context.customer_name:
                self.customer_name = context.customer_name
            if context.has_loans and not self._type_touched:
                with self._quietly():
                    self._select_type(VisitType.POST_LOAN.value)
        self._loading = False
        self._baseline = self.state()
        self._offer(context.draft)
        self.autosaver.start(self._baseline)
        self.retranslate()
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        log.warning("visit dialog not loaded: %s", exc)
        self._loading = False
        self._error = (
            self.tr("This visit no longer exists.")
            if isinstance(exc, KeyError)
            else self.tr("The visit could not be loaded: {error}").format(error=exc)
        )
        self.retranslate()
        self.loaded.emit()

    def _show_view(self, view: VisitView) -> None:
        self.view = view
        self.visit_id = view.id
        self.customer_id = view.customer_id
        self.customer_name = view.customer_name
        with self._quietly():
            self._select_type(view.visit_type)
            if view.planned_start is not None:
                self._set_time(self.planned_start, view.planned_start)
            if view.planned_end is not None:
                self._set_time(self.planned_end, view.planned_end)
            self._set_time(
                self.actual_start, view.actual_start or view.start or self.visit_actions.now()
            )
            actual_end = view.actual_end or view.end
            if actual_end is not None:
                self._set_time(self.actual_end, actual_end)
            self._planned_end_touched = True
            self.location.setText(view.location)
            self.attendees_bank.setText(names_text(view.attendees_bank))
            self.attendees_customer.setText(names_text(view.attendees_customer))
            self.purpose.setText(view.purpose)
            self.notes.setPlainText(view.notes)
            self._outline = ""
            self.checks.set_answers(dict(view.answers))
            self.signals.set_ticks(dict.fromkeys(view.signals, ""))
            self.follow_ups.set_existing(view.follow_ups)
        self._show_files()
        if view.cancel_reason:
            self.note.setText(self.tr("Cancelled: {reason}").format(reason=view.cancel_reason))

    def _customer_chosen(self, customer_id: str, name: str) -> None:
        self.customer_id, self.customer_name = customer_id, name
        self.messages["customer"].set_message("")
        self._edited(None)
        read = self.visit_actions.load_context(customer_id, None)

        def done(context: VisitContext) -> None:
            if customer_id != self.customer_id:
                return
            if context.has_loans and not self._type_touched:
                self._select_type(VisitType.POST_LOAN.value)
            self._offer(context.draft)
            self.retranslate()

        run_in_background(read, done, None, receiver=self)
        self.retranslate()

    # drafts --------------------------------------------------------------------------

    def _offer(self, draft: Draft | None) -> None:
        if draft is None or draft.payload == self._baseline:
            return
        self.offered_draft = draft
        self.banner_text.setText(self._banner_text())
        self.banner.show()

    def restore_draft(self) -> None:
        """Put the offered draft's typing back into the form (it is kept as this form's draft)."""
        draft = self.offered_draft
        if draft is None:
            return
        self.offered_draft = None
        self.banner.hide()
        self.apply_state(draft.payload)
        self.autosaver.key = draft.key
        self.autosaver.changed()
        self.retranslate()

    def discard_offered_draft(self) -> None:
        """Throw the offered draft away."""
        draft = self.offered_draft
        if draft is None:
            return
        self.offered_draft = None
        self.banner.hide()
        drafts = self.visit_actions.drafts
        run_in_background(lambda: drafts.discard(draft.key), None, lambda _e: None)

    def state(self) -> dict[str, Any]:
        """The form as plain JSON (what a draft keeps)."""
        return {
            "v": 1,
            "visit_id": self.visit_id,
            "customer_id": self.customer_id,
            "customer_name": self.customer_name,
            "visit_type": self.visit_type.currentData(),
            "planned_start": self._time(self.planned_start).isoformat(),
            "planned_end": self._time(self.planned_end).isoformat(),
            "actual_start": self._time(self.actual_start).isoformat(),
            "actual_end": self._time(self.actual_end).isoformat(),
            "location": self.location.text(),
            "attendees_bank": self.attendees_bank.text(),
            "attendees_customer": self.attendees_customer.text(),
            "purpose": self.purpose.text(),
            "notes": self.notes.toPlainText(),
            "answers": self.checks.answers(),
            "signals": self.signals.ticks(),
            "follow_ups": [[title, due.isoformat()] for title, due in self.follow_ups.items()],
            "files": [str(path) for path, _blob in self.pending_files],
        }

    def apply_state(self, payload: dict[str, Any]) -> None:
        """Fill the form from a draft (unknown or damaged parts are skipped)."""
        with self._quietly():
            if payload.get("customer_id") and self.customer_id is None:
                self.customer_id = str(payload["customer_id"])
                self.customer_name = str(payload.get("customer_name") or "")
            if self.status != VisitStatus.DONE and payload.get("visit_type"):
                self._select_type(str(payload["visit_type"]))
                self._type_touched = True
            for key, edit in (
                ("planned_start", self.planned_start),
                ("planned_end", self.planned_end),
                ("actual_start", self.actual_start),
                ("actual_end", self.actual_end),
            ):
                try:
                    self._set_time(edit, datetime.fromisoformat(str(payload[key])))
                except (KeyError, ValueError):
                    continue
            self._planned_end_touched = self._actual_touched = True
            for key, line in (
                ("location", self.location),
                ("attendees_bank", self.attendees_bank),
                ("attendees_customer", self.attendees_customer),
                ("purpose", self.purpose),
            ):
                line.setText(str(payload.get(key) or ""))
            self.notes.setPlainText(str(payload.get("notes") or ""))
            self._outline = ""
            if self.status != VisitStatus.DONE:
                self.checks.set_answers(dict(payload.get("answers") or {}))
                self.signals.set_ticks(
                    {str(k): str(v) for k, v in dict(payload.get("signals") or {}).items()}
                )
            items = []
            for entry in payload.get("follow_ups") or []:
                try:
                    items.append((str(entry[0]), date.fromisoformat(str(entry[1]))))
                except (IndexError, TypeError, ValueError):
                    continue
            self.follow_ups.set_items(items)
        files = [Path(p) for p in payload.get("files") or [] if isinstance(p, str)]
        if files:
            self.add_files(files)

    def is_dirty(self) -> bool:
        """Whether the form differs from what it opened with."""
        return not self._loading and self.state() != self._baseline

    # editing ---------------------------------------------------------------------------

    @contextmanager
    def _quietly(self) -> Iterator[None]:
        """Set fields without counting it as the RM's typing."""
        self._programmatic += 1
        try:
            yield
        finally:
            self._programmatic -= 1

    def _edited(self, field: str | None) -> None:
        if self._programmatic:
            return
        if field is not None and field in self.messages:
            self.messages[field].set_message("")
        self.note.setText("")
        self._retitle_tabs()
        if not self._loading:
            self.autosaver.changed()

    def _select_type(self, code: str) -> None:
        index = self.visit_type.findData(code)
        if index < 0:
            return
        if index != self.visit_type.currentIndex():
            self.visit_type.setCurrentIndex(index)
        else:
            self._type_changed(index)

    def _type_changed(self, _index: int) -> None:
        code = self.visit_type.currentData()
        if not self._programmatic:
            self._type_touched = True
        self.checks.set_checks(self.visit_actions.templates, code)
        template = self.visit_actions.templates.find(code)
        if template is not None:
            outline = template.notes_outline("zh" if chinese_ui() else "en")
            current = self.notes.toPlainText()
            if not current.strip() or current == self._outline:
                with self._quietly():
                    self.notes.setPlainText(outline)
                    self._cursor_after_first_heading()
                self._outline = outline
            if not self._planned_end_touched:
                with self._quietly():
                    self._set_default_ends()
        self._edited("visit_type")

    def _cursor_after_first_heading(self) -> None:
        """Put the cursor where the RM writes first: after the outline's first heading."""
        cursor = self.notes.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        self.notes.setTextCursor(cursor)

    def _set_default_ends(self) -> None:
        template = self.visit_actions.templates.find(self.visit_type.currentData())
        minutes = 60 if template is None else template.default_minutes
        length = timedelta(minutes=minutes)
        self._set_time(self.planned_end, self._time(self.planned_start) + length)
        self._set_time(self.actual_end, self._time(self.actual_start) + length)

    def _planned_start_changed(self, _value: QDateTime) -> None:
        self._keep_length(self.planned_start, self.planned_end, "_planned_prev")
        if not self._actual_touched and self.status in ("new", VisitStatus.PLANNED):
            with self._quietly():
                self._set_time(self.actual_start, self._time(self.planned_start))
        self._edited("planned_start")

    def _planned_end_changed(self, _value: QDateTime) -> None:
        if not self._programmatic:
            self._planned_end_touched = True
        self._edited("planned_end")

    def _actual_start_changed(self, _value: QDateTime) -> None:
        if not self._programmatic:
            self._actual_touched = True
        self._keep_length(self.actual_start, self.actual_end, "_actual_prev")
        self._edited("actual_end")

    def _keep_length(self, start: QDateTimeEdit, end: QDateTimeEdit, key: str) -> None:
        """Move ``end`` with ``start`` (the visit keeps its length)."""
        before: datetime | None = getattr(self, key, None)
        now = self._time(start)
        setattr(self, key, now)
        if before is not None and before != now:
            with self._quietly():
                self._set_time(end, self._time(end) + (now - before))

    def _time(self, edit: QDateTimeEdit) -> datetime:
        seconds = edit.dateTime().toSecsSinceEpoch()
        return datetime.fromtimestamp(seconds, self.visit_actions.zone)

    def _set_time(self, edit: QDateTimeEdit, value: datetime) -> None:
        edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(value.timestamp()), self._zone))
        if edit is self.planned_start:
            self._planned_prev = self._time(edit)
        elif edit is self.actual_start:
            self._actual_prev = self._time(edit)

    # reading the form -------------------------------------------------------------------

    def visit_input(self) -> VisitInput:
        """The plan as entered."""
        from app.visits.service import VisitInput

        return VisitInput(
            customer_id=self.customer_id or "",
            visit_type=self.visit_type.currentData(),
            planned_start=self._time(self.planned_start),
            planned_end=self._time(self.planned_end),
            location=self.location.text(),
            attendees_bank=split_names(self.attendees_bank.text()),
            attendees_customer=split_names(self.attendees_customer.text()),
            purpose=self.purpose.text(),
            notes=self.notes.toPlainText(),
            id=self.visit_id,
        )

    def visit_outcome(self) -> VisitOutcome:
        """What was seen and agreed, as entered."""
        from app.follow_ups import FollowUpInput
        from app.visits.service import VisitOutcome

        return VisitOutcome(
            actual_start=self._time(self.actual_start),
            actual_end=self._time(self.actual_end),
            notes=self.notes.toPlainText(),
            answers=self.checks.answers(),
            signals=self.signals.ticks(),
            follow_ups=[FollowUpInput(t, d) for t, d in self.follow_ups.items()],
            attendees_bank=split_names(self.attendees_bank.text()),
            attendees_customer=split_names(self.attendees_customer.text()),
        )

    def _check(self, completing: bool) -> bool:
        """Check the form in memory; messages at the fields. True when it may be sent."""
        for message in self.messages.values():
            message.set_message("")
        self.note.setText("")
        first_tab: int | None = None
        if not self.customer_id:
            self.messages["customer"].set_message(self.tr("Choose the customer"))
            first_tab = TAB_VISIT
        problems = self._service.validate(self.visit_input())
        if completing and self._time(self.actual_end) <= self._time(self.actual_start):
            from app.validation import Problem

            problems.append(
                Problem(
                    "actual_end",
                    "time.end_before_start",
                    _END_BEFORE_START,
                )
            )
        if problems:
            self._show_problems(problems)
            first_tab = TAB_VISIT
        if completing and self.status != VisitStatus.DONE and self.checks.check_all():
            first_tab = TAB_CHECKS if first_tab is None else first_tab
        if (completing or self.status == VisitStatus.DONE) and not self.follow_ups.check():
            first_tab = TAB_FOLLOW_UPS if first_tab is None else first_tab
        if first_tab is not None:
            self.tabs.setCurrentIndex(first_tab)
            return False
        return True

    def _show_problems(self, problems: list[Problem]) -> None:
        for problem in problems:
            message = self.messages.get(problem.field) or self.messages["notes"]
            text = problem_text(problem)
            message.set_message("\n".join(filter(None, (message.text(), text))))

    # writing -------------------------------------------------------------------------------

    def save_plan(self) -> None:
        """Save the plan (new or planned), or the changed details of a done visit."""
        if not self._check(completing=False):
            return
        service, data = self._service, self.visit_input()
        files = self._pending_paths()
        status = self.status
        if status == "new":
            leftover = self._outcome_entered()
            drafts, state = self.visit_actions.drafts, self.state()

            def plan() -> str:
                visit_id = service.plan(data)
                store_files(service, visit_id, files)
                if leftover:  # checks and signals count once done: keep them for then
                    drafts.save(
                        draft_key(visit_id, ""), DRAFT_KIND, {**state, "visit_id": visit_id}
                    )
                return visit_id

            self._write(plan)
        elif status == VisitStatus.DONE:
            follow_ups, items = self.visit_actions.follow_ups, self.follow_ups.items()
            visit_id, customer_id = self.visit_id, self.customer_id or ""

            def update_done() -> str:
                service.update(data)
                for title, due in items:
                    follow_ups.create(customer_id, title, due, visit_id)
                return str(visit_id)

            self._write(update_done)
        else:
            visit_id = self.visit_id

            def update() -> str:
                service.update(data)
                return str(visit_id)

            self._write(update)

    def complete(self) -> None:
        """Record the visit as done: checks, signals (alerts), follow-ups, photos."""
        if not self._check(completing=True):
            return
        service, data, outcome = self._service, self.visit_input(), self.visit_outcome()
        files = self._pending_paths()
        if self.status == "new":

            def record() -> Completion:
                completion = service.record(data, outcome)
                store_files(service, completion.visit_id, files)
                return completion

            self._write(record)
        else:
            visit_id = str(self.visit_id)

            def complete() -> Completion:
                service.update(data)
                return service.complete(visit_id, outcome)

            self._write(complete)

    def ask_cancel(self) -> NoteDialog:
        """Ask why the planned visit is cancelled; cancel it once a reason is given."""
        dialog = NoteDialog(self.tr("Say why the visit is cancelled"), parent=self)
        dialog.setObjectName("cancelVisitDialog")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.setWindowTitle(self.tr("Cancel visit"))
        dialog.question.setText(self.tr("Why is this visit cancelled?"))
        dialog.note.setPlaceholderText(self.tr("e.g. the owner is travelling"))
        dialog.ok_button.setText(self.tr("Cancel visit"))
        dialog.buttons.button(dialog.buttons.StandardButton.Cancel).setText(self.tr("Keep it"))
        service, visit_id = self._service, str(self.visit_id)

        def cancel(reason: str) -> None:
            def failed(exc: BaseException) -> None:
                if shiboken6.isValid(dialog):
                    dialog.refuse(error_text(exc))

            def done(_r: object) -> None:
                if shiboken6.isValid(dialog):
                    dialog.finish()
                self._written(visit_id)

            self.visit_actions.run(lambda: service.cancel(visit_id, reason), done, failed, self)

        dialog.note_given.connect(cancel)
        self.cancel_dialog = dialog
        dialog.open()
        return dialog

    def plan_again(self) -> None:
        """Plan a cancelled visit again, at the time now entered."""
        if not self._check(completing=False):
            return
        service, data, visit_id = self._service, self.visit_input(), str(self.visit_id)

        def reinstate() -> str:
            service.reinstate(visit_id, data.planned_start, data.planned_end)
            service.update(data)
            return visit_id

        self._write(reinstate)

    def _outcome_entered(self) -> bool:
        return bool(self.checks.answers() or self.signals.ticks() or self.follow_ups.items())

    def _write(self, work: Callable[[], str | Completion]) -> None:
        self.pending += 1
        self.note.setText(self.tr("Saving…"))
        self._apply_status()

        def done(result: str | Completion) -> None:
            self.pending -= 1
            if isinstance(result, str):
                self._written(result)
            else:
                self.completion = result
                self._written(result.visit_id)

        def refused(exc: BaseException) -> None:
            self.pending -= 1
            self.note.setText("")
            self._apply_status()
            self._refused(exc)

        run_in_background(work, done, refused, receiver=self)

    def _written(self, visit_id: str) -> None:
        self.visit_id = visit_id
        self._closing = True
        self.autosaver.discard()
        self.visit_actions.notify_changed()
        self.saved.emit(visit_id)
        self.done(QDialog.DialogCode.Accepted)

    def _refused(self, exc: BaseException) -> None:
        from app.attachment_store import AttachmentError
        from app.follow_ups import FollowUpError
        from app.visits.service import InvalidVisitError

        if isinstance(exc, InvalidVisitError):
            self._show_problems(exc.problems)
            self.tabs.setCurrentIndex(TAB_VISIT)
            return
        check = getattr(exc, "params", {}).get("check")
        if check and check in self.checks.messages:
            self.checks.messages[check].set_message(error_text(exc))
            self.tabs.setCurrentIndex(TAB_CHECKS)
            return
        if isinstance(exc, FollowUpError):
            self.follow_ups.message.set_message(error_text(exc))
            self.tabs.setCurrentIndex(TAB_FOLLOW_UPS)
            return
        if isinstance(exc, AttachmentError):
            self.files.message.set_message(error_text(exc))
            self.tabs.setCurrentIndex(TAB_FILES)
            return
        log.warning("visit not saved: %s", exc)
        self.note.setText(error_text(exc))

    # files ----------------------------------------------------------------------------------

    def add_files(self, paths: list[Path]) -> None:
        """Keep ``paths`` with the visit (checked first; a bad file is refused with a message)."""
        self.files.message.set_message("")
        if self.visit_id is not None:
            self._store_now(paths)
            return
        store = self.visit_actions.store

        def check() -> tuple[list[tuple[Path, StoredFile]], list[BaseException]]:
            kept: list[tuple[Path, StoredFile]] = []
            refused: list[BaseException] = []
            for path in paths:
                try:
                    kept.append((path, store.add(path)))
                except ValueError as exc:
                    refused.append(exc)
            return kept, refused

        def done(result: tuple[list[tuple[Path, StoredFile]], list[BaseException]]) -> None:
            kept, refused = result
            known = {p for p, _b in self.pending_files}
            self.pending_files.extend((p, b) for p, b in kept if p not in known)
            if refused:
                self.files.message.set_message("\n".join(error_text(e) for e in refused))
            self._show_files()
            self._edited(None)

        run_in_background(check, done, self._refused, receiver=self)

    def _store_now(self, paths: list[Path]) -> None:
        visit_id = str(self.visit_id)
        self.pending += 1
        self._apply_status()

        service = self._service

        def store() -> VisitView:
            store_files(service, visit_id, paths)
            return service.load(visit_id)

        def done(view: VisitView) -> None:
            self.pending -= 1
            self._apply_status()
            self._replace_files(view)
            self.visit_actions.notify_changed()

        def failed(exc: BaseException) -> None:
            self.pending -= 1
            self._apply_status()
            self._refused(exc)

        run_in_background(store, done, failed, receiver=self)

    def _pending_paths(self) -> list[Path]:
        return [path for path, _blob in self.pending_files]

    def _replace_files(self, view: VisitView) -> None:
        if self.view is not None:
            from dataclasses import replace

            self.view = replace(self.view, photos=view.photos, attachments=view.attachments)
        self._show_files()

    def _attachments(self) -> tuple[AttachmentView, ...]:
        from app.applications import AttachmentView

        if self.view is not None:
            return self.view.photos + self.view.attachments
        return tuple(
            AttachmentView("", b.sha256, b.size, b.media_type, b.original_name)
            for _p, b in self.pending_files
        )

    def _show_files(self) -> None:
        self.files.show_files(self._attachments(), self.visit_actions.blob_path)
        self._retitle_tabs()
        self.files_shown.emit()

    def remove_file(self, attachment: AttachmentView) -> None:
        """Take a file off the visit (or off the files waiting for the first save)."""
        if not attachment.id:
            self.pending_files = [
                (p, b) for p, b in self.pending_files if b.sha256 != attachment.sha256
            ]
            self._show_files()
            self._edited(None)
            return
        service, visit_id = self._service, str(self.visit_id)

        def remove() -> VisitView:
            service.remove_file(attachment.id)
            return service.load(visit_id)

        self.pending += 1

        def done(view: VisitView) -> None:
            self.pending -= 1
            self._replace_files(view)
            self.visit_actions.notify_changed()

        def failed(exc: BaseException) -> None:
            self.pending -= 1
            self._refused(exc)

        run_in_background(remove, done, failed, receiver=self)

    def _preview(self, attachment: AttachmentView) -> None:
        from ui.applications.preview import PreviewDialog

        dialog = PreviewDialog(attachment, self.visit_actions.blob_path(attachment), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()

    # calendar export ---------------------------------------------------------------------

    def export_ics(self, path: Path | None = None) -> None:
        """Write the saved visit as an .ics file (asks where unless ``path`` is given)."""
        if self.visit_id is None:
            return
        if path is None:
            day = local_time_text(self._time(self.planned_start), self.visit_actions.zone)[:10]
            suggested = f"{self.customer_name or 'visit'} {day}.ics"
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export to calendar"), suggested, self.tr("Calendar (*.ics)")
            )
            if not chosen:
                return
            path = Path(chosen)
            if path.suffix.lower() != ".ics":
                path = path.with_suffix(".ics")
        from app.ics import save_ics, visit_to_ics

        service, visit_id, target = self._service, self.visit_id, path
        lang = "zh" if chinese_ui() else "en"

        def export() -> Path:
            view = service.load(visit_id)
            text = visit_to_ics(
                view, view.customer_name, zone=service.zone, lang=lang, templates=service.templates
            )
            return save_ics(text, target)

        def done(written: Path) -> None:
            self.ics_path = written
            self.note.setText(self.tr("Saved to {path}").format(path=written))

        def failed(exc: BaseException) -> None:
            self.note.setText(
                self.tr("The calendar file could not be written: {error}").format(
                    error=exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
                )
            )

        run_in_background(export, done, failed, receiver=self)

    # closing --------------------------------------------------------------------------------

    def reject(self) -> None:
        """Close; when something was typed, ask first whether to throw it away."""
        if self.pending and not self._closing:
            return  # a save is on its way: the dialog closes when it is done
        if self._closing or not self.is_dirty():
            self._closing = True
            self.autosaver.discard()
            super().reject()
            return
        box = QMessageBox(self)
        box.setObjectName("discardChanges")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Close the visit"))
        box.setText(self.tr("Throw away what you entered?"))
        throw = box.addButton(self.tr("Throw away"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.buttonClicked.connect(lambda button: self._close_anyway() if button is throw else None)
        self.message_box = box
        box.open()

    def _close_anyway(self) -> None:
        self._closing = True
        self.reject()


_END_BEFORE_START = QT_TRANSLATE_NOOP("Visit", "The visit must end after it starts")

_STYLE = """
QFrame#draftBanner { background: #fff4e5; border: 1px solid #f0b429; border-radius: 4px; }
QLabel#visitStatus { font-weight: bold; color: #4a5560; padding: 0 6px; }
QLabel#note { color: #4a5560; }
"""
