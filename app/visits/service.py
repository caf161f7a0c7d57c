"""Visits: plan, move, complete with on-site checks, risk signals and follow-ups, photos.

Times are timezone-aware and stored in UTC; a "day" is a day in the RM's zone
(:mod:`app.visits.times`). ``Visit.checks`` holds, as JSON::

    {"template": "<visit_templates version>", "answers": {check code: answer},
     "signals": [risk signal codes ticked], "cancel_reason": "..."}

Completing a visit raises the ticked signals' alerts (:mod:`app.alerts`) and
creates its follow-ups (:mod:`app.follow_ups`) in the same transaction. Photos
and other files reuse the attachment store: a Document of type ``visit_photo``
(or ``visit_attachment``) with ``visit_id``, the files as its attachments.
Every write goes through the unit of work.
"""

from __future__ import annotations

import builtins
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.alerts import raise_signals
from app.applications import AttachmentView
from app.attachment_store import IMAGE_TYPES, AttachmentStore, StoredFile
from app.follow_ups import FollowUpInput, FollowUpService, FollowUpView, add_follow_up
from app.risk_signals import RiskSignals, load_risk_signals
from app.text import QT_TRANSLATE_NOOP
from app.validation import Problem
from app.visits.templates import VisitTemplates, load_visit_templates
from app.visits.times import RM_TIME_ZONE, day_bounds, local_date, require_aware
from app.visits.types import VisitError, VisitStatus, VisitType, check_transition
from db.database import Database
from db.models import Attachment, Customer, Document, Visit
from db.unit_of_work import UnitOfWork

if TYPE_CHECKING:
    from app.visits.today import TodaySummary

PHOTO_DOC_TYPE = "visit_photo"
ATTACHMENT_DOC_TYPE = "visit_attachment"
MAX_SHORT_TEXT = 200
MAX_NAME = 64
MAX_NOTES = 20_000


class InvalidVisitError(ValueError):
    """The visit's fields are not acceptable: ``problems`` say which (context ``Visit``)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(p.text() for p in problems))
        self.problems = list(problems)


@dataclass
class VisitInput:
    """What the RM enters to plan a visit (times timezone-aware)."""

    customer_id: str
    visit_type: str
    planned_start: datetime | None
    planned_end: datetime | None = None
    location: str = ""
    attendees_bank: Sequence[str] = ()
    attendees_customer: Sequence[str] = ()
    purpose: str = ""
    notes: str = ""
    id: str | None = None


@dataclass
class VisitOutcome:
    """What the RM records when the visit is done.

    ``answers``: check code → answer (bool, text or number); ``signals``: risk
    signal code → note (may be empty); ``notes`` and attendees replace the
    visit's when not None.
    """

    actual_start: datetime
    actual_end: datetime | None = None
    notes: str | None = None
    answers: Mapping[str, Any] = field(default_factory=dict)
    signals: Mapping[str, str] = field(default_factory=dict)
    follow_ups: Sequence[FollowUpInput] = ()
    attendees_bank: Sequence[str] | None = None
    attendees_customer: Sequence[str] | None = None


@dataclass(frozen=True)
class Completion:
    """What completing a visit produced."""

    visit_id: str
    alert_ids: tuple[str, ...]
    follow_up_ids: tuple[str, ...]


@dataclass(frozen=True)
class VisitSummary:
    """One line of a visit list or calendar (times in UTC)."""

    id: str
    customer_id: str
    customer_name: str
    visit_type: str
    status: str
    planned_start: datetime | None
    planned_end: datetime | None
    actual_start: datetime | None
    actual_end: datetime | None
    location: str
    purpose: str

    @property
    def start(self) -> datetime | None:
        """When it took place (done) or is planned to."""
        return self.actual_start or self.planned_start

    @property
    def end(self) -> datetime | None:
        """When it ended (done) or is planned to."""
        return self.actual_end if self.actual_start else self.planned_end

    def overdue_on(self, today: date, zone: ZoneInfo = RM_TIME_ZONE) -> bool:
        """True when still planned for a day before ``today``."""
        return (
            self.status == VisitStatus.PLANNED
            and self.planned_start is not None
            and local_date(self.planned_start, zone) < today
        )


@dataclass(frozen=True)
class VisitView(VisitSummary):
    """A visit with everything recorded on it."""

    attendees_bank: tuple[str, ...]
    attendees_customer: tuple[str, ...]
    notes: str
    answers: Mapping[str, Any]
    signals: tuple[str, ...]
    cancel_reason: str
    template_version: str
    photos: tuple[AttachmentView, ...]
    attachments: tuple[AttachmentView, ...]
    follow_ups: tuple[FollowUpView, ...]

    def as_input(self) -> VisitInput:
        """The editable fields, for a change."""
        return VisitInput(
            self.customer_id,
            self.visit_type,
            self.planned_start,
            self.planned_end,
            self.location,
            list(self.attendees_bank),
            list(self.attendees_customer),
            self.purpose,
            self.notes,
            self.id,
        )


def _problem(field_name: str, code: str, template: str, **params: str) -> Problem:
    return Problem(field_name, code, template, dict(params))


def _too_long(field_name: str, limit: int) -> Problem:
    return _problem(
        field_name,
        "length.too_long",
        QT_TRANSLATE_NOOP("Visit", "Too long: at most {max} characters"),
        max=str(limit),
    )


def _names(values: Sequence[str]) -> list[str]:
    """Attendee names stripped, empty ones dropped, each once."""
    return list(dict.fromkeys(v.strip() for v in values if v.strip()))


def _checks(
    visit: Visit,
    *,
    version: str | None = None,
    answers: Mapping[str, Any] | None = None,
    signals: Collection[str] | None = None,
    cancel_reason: str | None = None,
) -> dict[str, Any]:
    """The visit's ``checks`` JSON with the given parts replaced."""
    current = dict(visit.checks or {})
    if version is not None:
        current["template"] = version
    if answers is not None:
        current["answers"] = dict(answers)
    if signals is not None:
        current["signals"] = list(signals)
    if cancel_reason is not None:
        current["cancel_reason"] = cancel_reason
    return current


class VisitService:
    """Visits of one profile, with their checks, signals, follow-ups and photos."""

    def __init__(
        self,
        database: Database,
        actor: str,
        store: AttachmentStore,
        templates: VisitTemplates | None = None,
        signals: RiskSignals | None = None,
        zone: ZoneInfo = RM_TIME_ZONE,
    ) -> None:
        self._db = database
        self._actor = actor
        self._store = store
        self.templates = templates or load_visit_templates()
        self.signals = signals or load_risk_signals()
        self.zone = zone

    # Validation ---------------------------------------------------------------

    def validate(self, data: VisitInput) -> list[Problem]:
        """What is wrong with ``data`` (empty when fine). Naive times raise ValueError."""
        problems: list[Problem] = []
        if data.visit_type not in VisitType.__members__.values():
            problems.append(
                _problem(
                    "visit_type",
                    "type.unknown",
                    QT_TRANSLATE_NOOP("Visit", "Choose the type of visit"),
                )
            )
        if data.planned_start is None:
            problems.append(
                _problem(
                    "planned_start",
                    "required",
                    QT_TRANSLATE_NOOP("Visit", "Enter when the visit is planned"),
                )
            )
        else:
            start = require_aware(data.planned_start, "planned_start")
            if data.planned_end is not None and require_aware(data.planned_end) <= start:
                problems.append(self._end_before_start("planned_end"))
        for name, limit in (("location", MAX_SHORT_TEXT), ("purpose", MAX_SHORT_TEXT)):
            if len(getattr(data, name).strip()) > limit:
                problems.append(_too_long(name, limit))
        if len(data.notes) > MAX_NOTES:
            problems.append(_too_long("notes", MAX_NOTES))
        for name in ("attendees_bank", "attendees_customer"):
            if any(len(n.strip()) > MAX_NAME for n in getattr(data, name)):
                problems.append(_too_long(name, MAX_NAME))
        return problems

    @staticmethod
    def _end_before_start(field_name: str) -> Problem:
        return _problem(
            field_name,
            "time.end_before_start",
            QT_TRANSLATE_NOOP("Visit", "The visit must end after it starts"),
        )

    def _values(self, data: VisitInput) -> dict[str, Any]:
        problems = self.validate(data)
        if problems:
            raise InvalidVisitError(problems)
        assert data.planned_start is not None  # validate() said so
        start = require_aware(data.planned_start)
        end = (
            require_aware(data.planned_end)
            if data.planned_end is not None
            else start + timedelta(minutes=self.templates.of(data.visit_type).default_minutes)
        )
        return {
            "customer_id": data.customer_id,
            "visit_type": data.visit_type,
            "planned_start": start,
            "planned_end": end,
            "location": data.location.strip(),
            "attendees_bank": _names(data.attendees_bank),
            "attendees_customer": _names(data.attendees_customer),
            "purpose": data.purpose.strip(),
            "notes": data.notes,
        }

    # Planning -----------------------------------------------------------------

    def plan(self, data: VisitInput) -> str:
        """Plan a visit; its id. Without an end it lasts its type's default length.

        Raises :class:`InvalidVisitError` (nothing written), KeyError for an
        unknown customer.
        """
        values = self._values(data)
        with self._db.unit_of_work(self._actor) as uow:
            self._customer(uow, data.customer_id)
            visit = uow.add(
                Visit(
                    **values,
                    status=VisitStatus.PLANNED.value,
                    checks={"template": self.templates.version, "answers": {}, "signals": []},
                )
            )
            uow.session.flush()
            return visit.id

    def update(self, data: VisitInput) -> None:
        """Change a planned or done visit's details (a done visit keeps its type)."""
        if data.id is None:
            raise ValueError("update needs the visit's id")
        values = self._values(data)
        with self._db.unit_of_work(self._actor) as uow:
            visit = self._visit(uow, data.id)
            if visit.status == VisitStatus.CANCELLED:
                raise VisitError(
                    "status.cancelled",
                    QT_TRANSLATE_NOOP("Visit", "This visit is cancelled: plan it again first"),
                )
            if visit.status == VisitStatus.DONE and data.visit_type != visit.visit_type:
                raise VisitError(
                    "type.done",
                    QT_TRANSLATE_NOOP("Visit", "The type of a done visit cannot change"),
                )
            if data.customer_id != visit.customer_id:
                raise ValueError("a visit cannot move to another customer")
            uow.update(visit, values)

    def reschedule(
        self, visit_id: str, new_start: datetime, new_end: datetime | None = None
    ) -> None:
        """Move a planned visit (dragged in the calendar); without an end it keeps its length."""
        start = require_aware(new_start, "new_start")
        with self._db.unit_of_work(self._actor) as uow:
            visit = self._visit(uow, visit_id)
            if visit.status != VisitStatus.PLANNED:
                raise VisitError(
                    "status.not_planned",
                    QT_TRANSLATE_NOOP("Visit", "Only a planned visit can be moved"),
                )
            uow.update(visit, self._times(visit, start, new_end))

    def _times(self, visit: Visit, start: datetime, end: datetime | None) -> dict[str, datetime]:
        if end is None:
            if visit.planned_start is not None and visit.planned_end is not None:
                length = visit.planned_end - visit.planned_start
            else:
                length = timedelta(minutes=self.templates.of(visit.visit_type).default_minutes)
            end = start + length
        end = require_aware(end, "new_end")
        if end <= start:
            raise InvalidVisitError([self._end_before_start("planned_end")])
        return {"planned_start": start, "planned_end": end}

    def cancel(self, visit_id: str, reason: str = "") -> None:
        """Cancel a planned visit (``reason`` kept with it)."""
        if len(reason.strip()) > MAX_SHORT_TEXT:
            raise InvalidVisitError([_too_long("cancel_reason", MAX_SHORT_TEXT)])
        with self._db.unit_of_work(self._actor) as uow:
            visit = self._visit(uow, visit_id)
            check_transition(VisitStatus(visit.status), VisitStatus.CANCELLED)
            uow.update(
                visit,
                {
                    "status": VisitStatus.CANCELLED.value,
                    "checks": _checks(visit, cancel_reason=reason.strip()),
                },
            )

    def reinstate(
        self, visit_id: str, new_start: datetime | None = None, new_end: datetime | None = None
    ) -> None:
        """Plan a cancelled visit again (at ``new_start`` if given)."""
        with self._db.unit_of_work(self._actor) as uow:
            visit = self._visit(uow, visit_id)
            check_transition(VisitStatus(visit.status), VisitStatus.PLANNED)
            values: dict[str, Any] = {
                "status": VisitStatus.PLANNED.value,
                "checks": _checks(visit, cancel_reason=""),
            }
            if new_start is not None:
                values.update(self._times(visit, require_aware(new_start, "new_start"), new_end))
            uow.update(visit, values)

    def delete(self, visit_id: str) -> None:
        """Soft-delete a visit planned or cancelled by mistake (a done visit stays)."""
        with self._db.unit_of_work(self._actor) as uow:
            visit = self._visit(uow, visit_id)
            if visit.status == VisitStatus.DONE:
                raise VisitError(
                    "status.done",
                    QT_TRANSLATE_NOOP("Visit", "This visit is done and can no longer change"),
                )
            for document in self._documents(uow.session, visit_id):
                for attachment in self._attachments(uow.session, document.id):
                    uow.soft_delete(attachment)
                uow.soft_delete(document)
            uow.soft_delete(visit)

    # Completing ----------------------------------------------------------------

    def complete(self, visit_id: str, outcome: VisitOutcome) -> Completion:
        """Record a planned visit as done: times, notes, check answers, signals, follow-ups.

        Each ticked signal raises (or adds to) an open alert on the customer and
        each follow-up is created, in the same transaction. Raises
        :class:`VisitError` / :class:`InvalidVisitError` and writes nothing if
        anything is wrong; KeyError for an unknown signal code.
        """
        with self._db.unit_of_work(self._actor) as uow:
            visit = self._visit(uow, visit_id)
            return self._complete(uow, visit, outcome)

    def record(self, data: VisitInput, outcome: VisitOutcome) -> Completion:
        """Record a visit that was not planned in the app, done at once.

        Without ``planned_start`` the visit counts as planned for when it took place.
        """
        if data.planned_start is None:
            data = replace(
                data,
                planned_start=outcome.actual_start,
                planned_end=data.planned_end or outcome.actual_end,
            )
        values = self._values(data)
        with self._db.unit_of_work(self._actor) as uow:
            self._customer(uow, data.customer_id)
            visit = uow.add(
                Visit(**values, status=VisitStatus.PLANNED.value, checks={"answers": {}})
            )
            uow.session.flush()
            return self._complete(uow, visit, outcome)

    def _complete(self, uow: UnitOfWork, visit: Visit, outcome: VisitOutcome) -> Completion:
        check_transition(VisitStatus(visit.status), VisitStatus.DONE)
        start = require_aware(outcome.actual_start, "actual_start")
        end = None if outcome.actual_end is None else require_aware(outcome.actual_end)
        problems: list[Problem] = []
        if end is not None and end <= start:
            problems.append(self._end_before_start("actual_end"))
        if outcome.notes is not None and len(outcome.notes) > MAX_NOTES:
            problems.append(_too_long("notes", MAX_NOTES))
        if problems:
            raise InvalidVisitError(problems)
        answers = self.templates.clean_answers(visit.visit_type, outcome.answers)
        for code in outcome.signals:
            self.signals.signal(code)  # KeyError before anything is written
        values: dict[str, Any] = {
            "status": VisitStatus.DONE.value,
            "actual_start": start,
            "actual_end": end,
            "checks": _checks(
                visit,
                version=self.templates.version,
                answers=answers,
                signals=list(outcome.signals),
            ),
        }
        if outcome.notes is not None:
            values["notes"] = outcome.notes
        if outcome.attendees_bank is not None:
            values["attendees_bank"] = _names(outcome.attendees_bank)
        if outcome.attendees_customer is not None:
            values["attendees_customer"] = _names(outcome.attendees_customer)
        uow.update(visit, values)
        alert_ids = raise_signals(
            uow,
            visit.customer_id,
            outcome.signals,
            signals=self.signals,
            visit_id=visit.id,
            at=start,
            zone=self.zone,
        )
        follow_up_ids = [
            add_follow_up(uow, visit.customer_id, item, visit.id) for item in outcome.follow_ups
        ]
        return Completion(visit.id, tuple(alert_ids), tuple(follow_up_ids))

    # Photos and files ------------------------------------------------------------

    def add_photos(self, visit_id: str, paths: Sequence[Path]) -> builtins.list[StoredFile]:
        """Store pictures taken on the visit (JPEG, PNG, TIFF, HEIC) under its photo document.

        A bad file raises :class:`app.attachment_store.AttachmentError` and
        nothing is recorded. Disk heavy: call off the GUI thread.
        """
        return self._add_files(visit_id, paths, PHOTO_DOC_TYPE, IMAGE_TYPES)

    def add_attachments(self, visit_id: str, paths: Sequence[Path]) -> builtins.list[StoredFile]:
        """Store other files of the visit (e.g. signed minutes as PDF)."""
        return self._add_files(visit_id, paths, ATTACHMENT_DOC_TYPE, None)

    def _add_files(
        self,
        visit_id: str,
        paths: Sequence[Path],
        doc_type: str,
        accepted: Collection[str] | None,
    ) -> builtins.list[StoredFile]:
        with self._db.reading() as session:
            found = session.get(Visit, visit_id)
            if found is None or found.is_deleted:
                raise KeyError(visit_id)
        stored = [self._store.add(path, accepted) for path in paths]
        with self._db.unit_of_work(self._actor) as uow:
            visit = self._visit(uow, visit_id)
            document = next(
                (d for d in self._documents(uow.session, visit_id) if d.doc_type == doc_type),
                None,
            )
            if document is None:
                document = uow.add(
                    Document(customer_id=visit.customer_id, visit_id=visit_id, doc_type=doc_type)
                )
                uow.session.flush()
            position = len(self._attachments(uow.session, document.id))
            for offset, blob in enumerate(stored):
                uow.add(
                    Attachment(
                        document_id=document.id,
                        position=position + offset,
                        sha256=blob.sha256,
                        size=blob.size,
                        media_type=blob.media_type,
                        original_name=blob.original_name,
                    )
                )
        return stored

    def remove_file(self, attachment_id: str) -> None:
        """Take a photo or file off its visit (the blob stays: others may share it)."""
        with self._db.unit_of_work(self._actor) as uow:
            attachment = uow.get(Attachment, attachment_id)
            document = None if attachment is None else uow.get(Document, attachment.document_id)
            if attachment is None or document is None or document.visit_id is None:
                raise KeyError(attachment_id)
            uow.soft_delete(attachment)

    # Reading ---------------------------------------------------------------------

    def load(self, visit_id: str) -> VisitView:
        """A visit with its answers, signals, photos, files and follow-ups."""
        with self._db.reading() as session:
            row = session.execute(
                select(Visit, Customer.name)
                .join(Customer, Customer.id == Visit.customer_id)
                .where(Visit.id == visit_id, Visit.deleted_at.is_(None))
            ).first()
            if row is None:
                raise KeyError(visit_id)
            visit, name = row
            files: dict[str, tuple[AttachmentView, ...]] = {}
            for document in self._documents(session, visit_id):
                files[document.doc_type] = files.get(document.doc_type, ()) + tuple(
                    AttachmentView(a.id, a.sha256, a.size, a.media_type, a.original_name)
                    for a in self._attachments(session, document.id)
                )
        checks = dict(visit.checks or {})
        return VisitView(
            **self._summary(visit, name).__dict__,
            attendees_bank=tuple(visit.attendees_bank or ()),
            attendees_customer=tuple(visit.attendees_customer or ()),
            notes=visit.notes,
            answers=dict(checks.get("answers") or {}),
            signals=tuple(checks.get("signals") or ()),
            cancel_reason=str(checks.get("cancel_reason") or ""),
            template_version=str(checks.get("template") or ""),
            photos=files.get(PHOTO_DOC_TYPE, ()),
            attachments=files.get(ATTACHMENT_DOC_TYPE, ()),
            follow_ups=tuple(FollowUpService(self._db, self._actor).list(visit_id=visit_id)),
        )

    def list(
        self,
        customer_id: str | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        status: VisitStatus | None = None,
    ) -> builtins.list[VisitSummary]:
        """Visits (of a customer, in a status) taking place from ``start`` to before ``end``.

        A visit takes place at its actual start when done, else its planned start.
        Ordered by that time.
        """
        when = func.coalesce(Visit.actual_start, Visit.planned_start)
        conditions: builtins.list[ColumnElement[bool]] = []
        if customer_id is not None:
            conditions.append(Visit.customer_id == customer_id)
        if start is not None:
            conditions.append(when >= require_aware(start, "start"))
        if end is not None:
            conditions.append(when < require_aware(end, "end"))
        if status is not None:
            conditions.append(Visit.status == status.value)
        return self._query(conditions, when)

    def due(self, today: date) -> builtins.list[VisitSummary]:
        """Planned visits not yet done whose planned day is ``today`` or earlier (overdue)."""
        _start, end = day_bounds(today, self.zone)
        return self._query(
            [Visit.status == VisitStatus.PLANNED, Visit.planned_start < end],
            Visit.planned_start,
        )

    def on_day(self, day: date) -> builtins.list[VisitSummary]:
        """Visits planned or done on local ``day`` (cancelled ones left out)."""
        start, end = day_bounds(day, self.zone)
        return [v for v in self.list(start=start, end=end) if v.status != VisitStatus.CANCELLED]

    def today_summary(self, today: date) -> TodaySummary:
        """What the Today page shows for ``today`` (see :mod:`app.visits.today`)."""
        from app.visits.today import build_today_summary

        return build_today_summary(self._db, self._actor, self._store, self, today)

    # Helpers ---------------------------------------------------------------------

    @staticmethod
    def _customer(uow: UnitOfWork, customer_id: str) -> Customer:
        customer = uow.get(Customer, customer_id)
        if customer is None:
            raise KeyError(customer_id)
        return customer

    @staticmethod
    def _visit(uow: UnitOfWork, visit_id: str) -> Visit:
        visit = uow.get(Visit, visit_id)
        if visit is None:
            raise KeyError(visit_id)
        return visit

    @staticmethod
    def _documents(session: Session, visit_id: str) -> builtins.list[Document]:
        return list(
            session.scalars(
                select(Document)
                .where(Document.visit_id == visit_id, Document.deleted_at.is_(None))
                .order_by(Document.doc_type, Document.id)
            )
        )

    @staticmethod
    def _attachments(session: Session, document_id: str) -> builtins.list[Attachment]:
        return list(
            session.scalars(
                select(Attachment)
                .where(Attachment.document_id == document_id, Attachment.deleted_at.is_(None))
                .order_by(Attachment.position)
            )
        )

    @staticmethod
    def _summary(visit: Visit, customer_name: str) -> VisitSummary:
        return VisitSummary(
            id=visit.id,
            customer_id=visit.customer_id,
            customer_name=customer_name,
            visit_type=visit.visit_type,
            status=visit.status,
            planned_start=visit.planned_start,
            planned_end=visit.planned_end,
            actual_start=visit.actual_start,
            actual_end=visit.actual_end,
            location=visit.location,
            purpose=visit.purpose,
        )

    def _query(
        self, conditions: Sequence[ColumnElement[bool]], order: Any
    ) -> builtins.list[VisitSummary]:
        with self._db.reading() as session:
            rows = session.execute(
                select(Visit, Customer.name)
                .join(Customer, Customer.id == Visit.customer_id)
                .where(Visit.deleted_at.is_(None), Customer.deleted_at.is_(None), *conditions)
                .order_by(order, Visit.id)
            ).all()
        return [self._summary(visit, name) for visit, name in rows]
