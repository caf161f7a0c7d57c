"""The visit log: plan a visit, record what was seen on site, cancel, attach photos, export.

The dialog opens at once and reads what it needs in the background (the
customer, the visit on file, a draft left from before). Fields are checked in
the GUI thread against the in-memory templates before anything is sent; what
the service refuses comes back as translated messages at the fields. The form
is autosaved as a local draft (:mod:`ui.visits.autosave`) until it is saved
or thrown away, so a crash or a kill loses at most a few seconds of typing.

Its parts: the Visit tab (:mod:`ui.visits.visit_fields`, the way its fields
follow each other in :mod:`ui.visits.field_rules`), the tabs around it
(:mod:`ui.visits.visit_tabs`), what is entered on them as data
(:mod:`ui.visits.visit_form`), the draft banner (:mod:`ui.visits.draft_banner`),
the photos and files (:mod:`ui.visits.dialog_files`) and the work its buttons
send to the background (:mod:`ui.visits.writes`); the dialog ties them together.
Every write it sends holds its buttons until it is answered.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.visits.types import VisitStatus, VisitType
from ui.onboarding.style import ONBOARDING_STYLE
from ui.onboarding.texts import chinese_ui
from ui.tasks import run_in_background
from ui.visits import writes
from ui.visits.actions import DRAFT_KIND, draft_key
from ui.visits.autosave import DraftAutosaver
from ui.visits.checks import ChecksPanel
from ui.visits.dialog_files import DialogFiles
from ui.visits.draft_banner import DraftBanner
from ui.visits.field_rules import FieldRules
from ui.visits.files import VisitFilesPanel
from ui.visits.follow_up_rows import FollowUpRows
from ui.visits.note_dialog import NoteDialog
from ui.visits.signals_panel import SignalsPanel
from ui.visits.texts import error_text, local_time_text, status_label
from ui.visits.visit_fields import VisitFields
from ui.visits.visit_form import VisitForm
from ui.visits.visit_tabs import VisitTabs

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDateTimeEdit

    from app.drafts import Draft
    from app.visits.service import (
        Completion,
        VisitInput,
        VisitOutcome,
        VisitView,
    )
    from ui.visits.actions import VisitActions, VisitContext

log = logging.getLogger(__name__)

T = TypeVar("T")


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
        self.visit_id = visit_id
        self.customer_id = customer_id
        self.customer_name = customer_name
        self.view: VisitView | None = None
        self.completion: Completion | None = None
        #: Writes sent to the background and not yet answered.
        self.pending = 0
        self.message_box: QMessageBox | None = None
        self.cancel_dialog: NoteDialog | None = None
        self.ics_path: Path | None = None
        self._loading = True
        self._baseline: dict[str, Any] = {}
        self._closing = False
        self._error = ""
        #: The visit could not be read for a passing reason: its draft (if a crash left
        #: one) is kept for the next opening, not thrown away on close.
        self._keep_draft = False
        self.autosaver = DraftAutosaver(
            actions.drafts, draft_key(visit_id, uuid.uuid4().hex), DRAFT_KIND, self.state, self
        )

        self._build()
        self.rules = FieldRules(
            self.fields, self.checks, actions.templates, lambda: self.status, self
        )
        self.rules.type_touched = visit_type is not None
        self.form = VisitForm(self.fields, self.rules, self.checks, self.signals, self.follow_ups)
        self._connect()
        now = start or actions.now()
        with self.rules.quietly():
            self.rules.select_type(visit_type or VisitType.FIRST_CONTACT.value)
            self._set_time(self.planned_start, now)
            self._set_time(self.actual_start, now)
            self.rules.set_default_ends()
            self.purpose.setText(purpose)
        self.retranslate()
        self.resize(980, 640)
        self.reload()

    # building ---------------------------------------------------------------------

    def _build(self) -> None:
        actions = self.visit_actions
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.status_badge = QLabel()
        self.status_badge.setObjectName("visitStatus")
        self.banner = DraftBanner(actions.drafts, actions.zone)
        self.banner.restored.connect(self._restore_draft)
        self.restore_button = self.banner.restore_button
        self.drop_draft_button = self.banner.discard_button
        self.picker: QWidget | None = None
        if self.customer_id is None and self.visit_id is None:
            from ui.applications.customer_picker import CustomerPicker

            picker = CustomerPicker(actions.customers)
            picker.setObjectName("customerPicker")
            picker.chosen.connect(self._customer_chosen)
            self.picker = picker
        self.fields = VisitFields(actions.templates, actions.zone, self.picker)
        # The Visit tab's fields by name (the form is read from and filled into them).
        self.visit_type = self.fields.visit_type
        self.planned_start = self.fields.planned_start
        self.planned_end = self.fields.planned_end
        self.actual_start = self.fields.actual_start
        self.actual_end = self.fields.actual_end
        self.location = self.fields.location
        self.attendees_bank = self.fields.attendees_bank
        self.attendees_customer = self.fields.attendees_customer
        self.purpose = self.fields.purpose
        self.notes = self.fields.notes
        self.messages = self.fields.messages
        self.checks = ChecksPanel()
        self.checks.setObjectName("checks")
        self.signals = SignalsPanel(actions.signals)
        self.signals.setObjectName("signals")
        self.follow_ups = FollowUpRows(actions.today)
        self.follow_ups.setObjectName("followUps")
        self.files = VisitFilesPanel(actions.thumbnails)
        #: What the files panel shows and what its Add and Remove write.
        self.visit_files = DialogFiles(
            self.files, actions, self._send, self._refused, self.visit_id, self
        )
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

        self.tabs = VisitTabs(self.fields, self.checks, self.signals, self.follow_ups, self.files)
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

    def _button(self, name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _connect(self) -> None:
        self.rules.edited.connect(self._edited)
        self.checks.changed.connect(lambda: self._edited(None))
        self.signals.changed.connect(lambda: self._edited(None))
        self.follow_ups.changed.connect(lambda: self._edited(None))
        self.visit_files.edited.connect(lambda: self._edited(None))
        self.visit_files.shown.connect(self._files_shown)
        self.visit_files.stored.connect(self._files_stored)

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
        self.fields.retranslate(self.customer_name)
        self._retitle_tabs()
        self.banner.retranslate()
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
        self.tabs.retitle(len(self.view.follow_ups) if self.view else 0)

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
        cancelled = status == VisitStatus.CANCELLED
        read_only = status == VisitStatus.DONE or cancelled
        self.fields.set_status(status)
        self.checks.set_read_only(read_only)
        self.signals.set_read_only(read_only)
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
            if context.has_loans and not self.rules.type_touched:
                with self.rules.quietly():
                    self.rules.select_type(VisitType.POST_LOAN.value)
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
        self._baseline = self.state()  # what the form shows now is nothing the RM typed
        self._keep_draft = not isinstance(exc, KeyError)  # a deleted visit's draft may go
        self.retranslate()
        self.loaded.emit()

    def _show_view(self, view: VisitView) -> None:
        self.view = view
        self.visit_id = view.id
        self.customer_id = view.customer_id
        self.customer_name = view.customer_name
        self.form.fill(view, self.visit_actions.now)
        self.visit_files.show_visit(view)
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
            if context.has_loans and not self.rules.type_touched:
                self.rules.select_type(VisitType.POST_LOAN.value)
            self._offer(context.draft)
            self.retranslate()

        run_in_background(read, done, None, receiver=self)
        self.retranslate()

    # drafts --------------------------------------------------------------------------

    def _offer(self, draft: Draft | None) -> None:
        if draft is None or draft.payload == self._baseline:
            return
        self.banner.offer(draft)

    def _restore_draft(self, draft: Draft) -> None:
        """Put the draft's typing back into the form (it is kept as this form's draft)."""
        self.apply_state(draft.payload)
        self.autosaver.key = draft.key
        self.autosaver.changed()
        self.retranslate()

    def state(self) -> dict[str, Any]:
        """The form as plain JSON (what a draft keeps)."""
        return {
            "v": 1,
            "visit_id": self.visit_id,
            "customer_id": self.customer_id,
            "customer_name": self.customer_name,
            **self.form.values(),
            "files": [str(path) for path in self.visit_files.waiting_paths()],
        }

    def apply_state(self, payload: dict[str, Any]) -> None:
        """Fill the form from a draft (unknown or damaged parts are skipped)."""
        if payload.get("customer_id") and self.customer_id is None:
            self.customer_id = str(payload["customer_id"])
            self.customer_name = str(payload.get("customer_name") or "")
        self.form.apply_values(payload, done=self.status == VisitStatus.DONE)
        files = [Path(p) for p in payload.get("files") or [] if isinstance(p, str)]
        if files:
            self.visit_files.add(files)

    def is_dirty(self) -> bool:
        """Whether the form differs from what it opened with."""
        return not self._loading and self.state() != self._baseline

    # editing ---------------------------------------------------------------------------

    def _edited(self, field: str | None) -> None:
        if self.rules.programmatic:
            return
        if field is not None and field in self.messages:
            self.messages[field].set_message("")
        self.note.setText("")
        self._retitle_tabs()
        if not self._loading:
            self.autosaver.changed()

    def _time(self, edit: QDateTimeEdit) -> datetime:
        return self.rules.time(edit)

    def _set_time(self, edit: QDateTimeEdit, value: datetime) -> None:
        self.rules.set_time(edit, value)

    # reading the form -------------------------------------------------------------------

    def visit_input(self) -> VisitInput:
        """The plan as entered."""
        return self.form.visit_input(self.customer_id, self.visit_id)

    def visit_outcome(self) -> VisitOutcome:
        """What was seen and agreed, as entered."""
        return self.form.visit_outcome()

    def _check(self, completing: bool) -> bool:
        """Check the form in memory; messages at the fields. True when it may be sent."""
        self.note.setText("")
        first_tab = self.form.check(
            completing, self.status, self.visit_input(), self._service.validate
        )
        if first_tab is not None:
            self.tabs.setCurrentIndex(first_tab)
            return False
        return True

    # writing -------------------------------------------------------------------------------

    def save_plan(self) -> None:
        """Save the plan (new or planned), or the changed details of a done visit."""
        if not self._check(completing=False):
            return
        service, data = self._service, self.visit_input()
        files = self.visit_files.waiting_paths()
        status = self.status
        if status == "new":
            leftover = self.state() if self.form.outcome_entered() else None
            drafts = self.visit_actions.drafts
            self._write(lambda: writes.plan(service, data, files, drafts, leftover))
        elif status == VisitStatus.DONE:
            follow_ups, items = self.visit_actions.follow_ups, self.follow_ups.items()
            customer_id = self.customer_id or ""
            self._write(lambda: writes.update_done(service, data, follow_ups, items, customer_id))
        else:
            self._write(lambda: writes.update(service, data))

    def complete(self) -> None:
        """Record the visit as done: checks, signals (alerts), follow-ups, photos."""
        if not self._check(completing=True):
            return
        service, data, outcome = self._service, self.visit_input(), self.visit_outcome()
        files = self.visit_files.waiting_paths()
        if self.status == "new":
            self._write(lambda: writes.record(service, data, outcome, files))
        else:
            self._write(lambda: writes.complete(service, data, outcome))

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
        service, data = self._service, self.visit_input()
        self._write(lambda: writes.reinstate(service, data))

    def _send(
        self,
        work: Callable[[], T],
        done: Callable[[T], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run the write ``work`` in the background; the buttons wait until it is answered.

        Then ``done(result)``, or ``failed(exc)`` (by default the refusal is shown).
        """
        self.pending += 1
        self._apply_status()
        refuse = failed or self._refused

        def answered(result: T) -> None:
            self.pending -= 1
            self._apply_status()
            done(result)

        def refused(exc: BaseException) -> None:
            self.pending -= 1
            self._apply_status()
            refuse(exc)

        run_in_background(work, answered, refused, receiver=self)

    def _write(self, work: Callable[[], str | Completion]) -> None:
        self.note.setText(self.tr("Saving…"))

        def done(result: str | Completion) -> None:
            if isinstance(result, str):
                self._written(result)
            else:
                self.completion = result
                self._written(result.visit_id)

        def refused(exc: BaseException) -> None:
            self.note.setText("")
            self._refused(exc)

        self._send(work, done, refused)

    def _written(self, visit_id: str) -> None:
        self.visit_id = visit_id
        self._closing = True
        self.autosaver.discard()
        self.visit_actions.notify_changed()
        self.saved.emit(visit_id)
        self.done(QDialog.DialogCode.Accepted)

    def _refused(self, exc: BaseException) -> None:
        if self.tabs.show_refusal(exc):
            return
        log.warning("visit not saved: %s", exc)
        self.note.setText(error_text(exc))

    # files ----------------------------------------------------------------------------------

    def _files_shown(self) -> None:
        self._retitle_tabs()
        self.files_shown.emit()

    def _files_stored(self, view: VisitView) -> None:
        """A file of the saved visit was stored or removed: keep the visit as it is now."""
        if self.view is not None:
            self.view = replace(self.view, photos=view.photos, attachments=view.attachments)

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
        lang = "zh" if chinese_ui() else "en"
        export = writes.ics_export(self._service, self.visit_id, path, lang)

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
            if self._keep_draft:
                self.autosaver.stop()
            else:
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


_STYLE = """
QFrame#draftBanner { background: #fff4e5; border: 1px solid #f0b429; border-radius: 4px; }
QLabel#visitStatus { font-weight: bold; color: #4a5560; padding: 0 6px; }
QLabel#note { color: #4a5560; }
"""
