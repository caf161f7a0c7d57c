"""What opens visit windows, and the services they use.

One :class:`VisitActions` per profile carries the visit, alert, follow-up,
inspection and draft services; pages, the Today page and customer profiles
open windows through it. :attr:`VisitActions.data_changed` tells every open
view to reload (after a write from one of its windows, or when the main window
hears of a change). Service calls run in the background (:mod:`ui.tasks`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.visits.times import local_today

if TYPE_CHECKING:
    from app.alerts import AlertService
    from app.applications import AttachmentView
    from app.attachment_store import AttachmentStore
    from app.customers import CustomerService
    from app.drafts import Draft, DraftStore
    from app.follow_ups import FollowUpService
    from app.inspections import DueInspection, InspectionService
    from app.profile import Profile
    from app.risk_signals import RiskSignals
    from app.visits.service import VisitService, VisitSummary, VisitView
    from app.visits.templates import VisitTemplates
    from ui.thumbnails import ThumbnailCache
    from ui.visits.alerts import AlertHistoryDialog
    from ui.visits.dialog import VisitDialog
    from ui.visits.note_dialog import NoteDialog

#: Changes arriving within this time are reloaded once.
COALESCE_MS = 30
#: Drafts of visit dialogs are saved under this kind.
DRAFT_KIND = "visit"
#: Inspections due within this many days are listed.
INSPECTION_HORIZON_DAYS = 7


@dataclass(frozen=True)
class VisitContext:
    """What a visit dialog loads before it can be edited."""

    customer_name: str
    has_loans: bool
    view: VisitView | None
    draft: Draft | None


@dataclass(frozen=True)
class DueItems:
    """The Visits page's list: planned visits due by today, inspections due soon."""

    visits: list[VisitSummary]
    inspections: list[DueInspection]


def draft_key(visit_id: str | None, new_id: str) -> str:
    """``visit:<id>`` for a visit on file, ``visit:new:<uuid>`` for one not saved yet."""
    return f"visit:{visit_id}" if visit_id else f"visit:new:{new_id}"


def find_visit_actions(widget: QObject | None) -> VisitActions | None:
    """The :class:`VisitActions` of ``widget``'s window or one of its ancestors, if any."""
    while widget is not None:
        found = widget.findChild(VisitActions, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if found is not None:
            return found
        widget = widget.parent()
    return None


class VisitActions(QObject):
    """Opens visit and alert windows over ``parent``; one dialog per visit."""

    #: Visits, alerts, follow-ups or loans changed: views reload.
    data_changed = Signal()
    #: Show the profile of this customer (the main window opens it).
    customer_requested = Signal(str)
    #: A visit dialog was opened (tests and screenshots look at it).
    dialog_opened = Signal(object)

    def __init__(
        self,
        service: VisitService,
        alerts: AlertService,
        follow_ups: FollowUpService,
        inspections: InspectionService,
        drafts: DraftStore,
        customers: CustomerService,
        store: AttachmentStore,
        thumbnails: ThumbnailCache,
        parent: QWidget,
        today: date | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.store = store
        self.alerts = alerts
        self.follow_ups = follow_ups
        self.inspections = inspections
        self.drafts = drafts
        self.customers = customers
        self.thumbnails = thumbnails
        self._parent = parent
        self._today = today
        self._now = now
        self._dialogs: dict[str, VisitDialog] = {}
        #: The windows opened last.
        self.last_dialog: VisitDialog | None = None
        self.last_resolve: NoteDialog | None = None
        self.last_history: AlertHistoryDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self.data_changed)

    @classmethod
    def for_profile(
        cls,
        profile: Profile,
        customers: CustomerService,
        store: AttachmentStore,
        thumbnails: ThumbnailCache,
        parent: QWidget,
        today: date | None = None,
        now: Callable[[], datetime] | None = None,
    ) -> VisitActions:
        """The actions with the services of ``profile`` (imported here: not at start-up)."""
        from app.alerts import AlertService
        from app.drafts import DraftStore
        from app.follow_ups import FollowUpService
        from app.inspections import InspectionService
        from app.visits.service import VisitService

        service = VisitService(profile.database, profile.actor, store)
        return cls(
            service,
            AlertService(profile.database, profile.actor, service.signals, service.zone),
            FollowUpService(profile.database, profile.actor),
            InspectionService(profile.database, zone=service.zone),
            DraftStore(profile.database, profile.actor),
            customers,
            store,
            thumbnails,
            parent,
            today,
            now,
        )

    # what the windows share -----------------------------------------------------

    @property
    def zone(self) -> ZoneInfo:
        """The RM's time zone (times are shown and entered in it)."""
        return self.service.zone

    @property
    def templates(self) -> VisitTemplates:
        """Visit types, notes outlines and on-site checks."""
        return self.service.templates

    @property
    def signals(self) -> RiskSignals:
        """The risk signals an RM can tick."""
        return self.service.signals

    @property
    def today(self) -> date:
        """Today in the RM's zone (fixed in tests)."""
        return self._today or local_today(self.zone)

    def now(self) -> datetime:
        """Now, in the RM's zone, to the minute."""
        moment = self._now() if self._now is not None else datetime.now(self.zone)
        return moment.astimezone(self.zone).replace(second=0, microsecond=0)

    def blob_path(self, attachment: AttachmentView) -> Path:
        """Where the file of ``attachment`` is kept."""
        return self.store.path_of(attachment.sha256)

    def notify_changed(self) -> None:
        """Something was written: open views reload (changes close together, once)."""
        self._timer.start()

    # reading (each call runs in the background) ------------------------------

    def load_context(
        self, customer_id: str | None, visit_id: str | None
    ) -> Callable[[], VisitContext]:
        """A function reading what a visit dialog needs (to run off the GUI thread)."""
        service, customers, inspections, drafts = (
            self.service,
            self.customers,
            self.inspections,
            self.drafts,
        )
        today = self.today

        def read() -> VisitContext:
            if visit_id is not None:
                view = service.load(visit_id)
                return VisitContext(
                    view.customer_name, False, view, drafts.load(draft_key(visit_id, ""))
                )
            if customer_id is None:
                return VisitContext("", False, None, None)
            name = customers.load(customer_id).name
            has_loans = bool(inspections.schedule(today, customer_id))
            draft = next(
                (
                    d
                    for d in drafts.list(DRAFT_KIND)
                    if d.key.startswith("visit:new:")
                    and d.payload.get("customer_id") == customer_id
                ),
                None,
            )
            return VisitContext(name, has_loans, None, draft)

        return read

    def due_items(self) -> Callable[[], DueItems]:
        """A function reading the planned visits and inspections due (background)."""
        service, inspections, today = self.service, self.inspections, self.today
        return lambda: DueItems(
            service.due(today), inspections.inspections_due(today, INSPECTION_HORIZON_DAYS)
        )

    # windows ------------------------------------------------------------------------

    def log_visit(self, customer_id: str, customer_name: str = "") -> VisitDialog:
        """Log a visit to ``customer_id`` now (the type follows whether it has loans)."""
        return self._new_dialog(customer_id=customer_id, customer_name=customer_name)

    def new_visit(self, start: datetime | None = None) -> VisitDialog:
        """Plan a visit at ``start`` (default now) for a customer still to choose."""
        return self._new_dialog(start=start)

    def plan_inspection(
        self, customer_id: str, customer_name: str, due_on: date, purpose: str = ""
    ) -> VisitDialog:
        """A post-loan inspection for the customer, planned for the day it is due."""
        start = datetime(due_on.year, due_on.month, due_on.day, 9, tzinfo=self.zone)
        now = self.now()
        if start < now:
            start = now.replace(minute=0) + timedelta(hours=1)
        return self._new_dialog(
            customer_id=customer_id,
            customer_name=customer_name,
            visit_type="post_loan",
            start=start,
            purpose=purpose,
        )

    def _new_dialog(self, **options: Any) -> VisitDialog:
        from ui.visits.dialog import VisitDialog

        dialog = VisitDialog(self, parent=self._parent, **options)
        self._show(dialog)
        return dialog

    def open_visit(self, visit_id: str) -> VisitDialog:
        """Show the dialog of ``visit_id`` (raised if already open)."""
        from ui.visits.dialog import VisitDialog

        dialog = self._dialogs.get(visit_id)
        if dialog is None or not shiboken6.isValid(dialog) or not dialog.isVisible():
            dialog = VisitDialog(self, visit_id=visit_id, parent=self._parent)
            self._dialogs[visit_id] = dialog
            dialog.finished.connect(lambda _r, v=visit_id: self._dialogs.pop(v, None))
        self._show(dialog)
        return dialog

    def open_customer(self, customer_id: str) -> None:
        """Show the customer's profile (alerts, follow-ups and inspections open there)."""
        self.customer_requested.emit(customer_id)

    def resolve_alert(
        self, alert_id: str, parent: QWidget | None = None, name: str = ""
    ) -> NoteDialog:
        """Ask how alert ``alert_id`` (signal ``name``) was resolved (a note is required)."""
        from ui.visits.alerts import resolve_dialog

        dialog = resolve_dialog(self, alert_id, parent or self._parent, name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.last_resolve = dialog
        dialog.open()
        return dialog

    def alert_history(self, customer_id: str, parent: QWidget | None = None) -> AlertHistoryDialog:
        """Every alert of the customer, open and resolved."""
        from ui.visits.alerts import AlertHistoryDialog

        dialog = AlertHistoryDialog(self, customer_id, parent or self._parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.last_history = dialog
        dialog.show()
        return dialog

    def _show(self, dialog: VisitDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.last_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.dialog_opened.emit(dialog)

    # small writes -------------------------------------------------------------------

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        receiver: QObject | None = None,
    ) -> None:
        """Run a write in the background; views reload once it is done."""
        from ui.tasks import run_in_background

        def done(result: Any) -> None:
            self.notify_changed()
            if on_done is not None:
                on_done(result)

        run_in_background(work, done, on_error, receiver=receiver)

    def reschedule(
        self,
        visit_id: str,
        new_start: datetime,
        on_error: Callable[[BaseException], None] | None = None,
        receiver: QObject | None = None,
    ) -> None:
        """Move a planned visit to ``new_start`` (it keeps its length)."""
        service = self.service
        self.run(lambda: service.reschedule(visit_id, new_start), None, on_error, receiver)

    def follow_up_done(
        self,
        follow_up_id: str,
        on_error: Callable[[BaseException], None] | None = None,
        receiver: QObject | None = None,
    ) -> None:
        """Mark an open follow-up done."""
        follow_ups = self.follow_ups
        self.run(lambda: follow_ups.done(follow_up_id), None, on_error, receiver)
