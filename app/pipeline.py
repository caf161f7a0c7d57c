"""The application pipeline: stages, time in stage and the three-day answer clock.

Stages, in order::

    draft → documents_complete → submitted → under_review
          → approved / declined / more_documents → disbursed

How a stage is worked out (:func:`stage_of`, and :func:`stage_sql` for
aggregates; both must agree):

* a live :class:`~db.models.Loan` for the application → ``disbursed``;
* status ``draft`` or ``ready`` → ``documents_complete`` when every required,
  applicable checklist item is collected and valid today (completeness 100 %),
  else ``draft``;
* status ``submitted`` → ``submitted`` while the server has not stamped
  ``submitted_at`` (the submission is still on its way: outbox, not yet
  synced), ``under_review`` once it has (the credit factory has it). The server
  writes no ``under_review`` status: statuses are ``draft``, ``ready``,
  ``submitted``, ``approved``, ``declined``, ``more_documents``;
* ``approved``, ``declined``, ``more_documents`` → that stage;
* any other status came from the server: treated as ``submitted``/``under_review``.

Time in stage counts calendar days from the best date the cache keeps: the
loan's ``disbursed_on`` (disbursed), ``decided_at`` (a decision),
``submitted_at`` (under review), else ``updated_at`` (the last change: for
draft, documents complete and submitted there is no stage-entry time).

The answer promise: a submitted application is answered within
:data:`PROMISE_BUSINESS_DAYS` business days (:mod:`app.business_days`),
counted after the submission day, in China's calendar. It is *overdue* while
it is ``submitted``/``under_review`` after more than three business days. A
submission not yet stamped by the server counts from ``updated_at`` (when the
RM marked it submitted).
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import (
    ColumnElement,
    ColumnExpressionArgument,
    String,
    Subquery,
    case,
    func,
    literal,
    or_,
    select,
    type_coerce,
)

from app.business_days import HolidayCalendar, business_days_between, load_holidays
from app.catalogue import Catalogue
from app.checklist import Progress
from app.completeness import completeness_subquery
from app.stages import OPEN_STATUSES as OPEN_STATUSES
from app.stages import STAGE_LABELS as STAGE_LABELS  # re-exported
from app.stages import STAGES as STAGES
from app.stages import Stage as Stage
from app.visits.times import RM_TIME_ZONE
from db.database import Database
from db.models import Application, Customer, Loan

#: The bank's promise: an answer within this many business days of submission.
PROMISE_BUSINESS_DAYS = 3

#: SQLite modifier turning a stored UTC time into China's local time (no DST since 1991).
CHINA_OFFSET = "+8 hours"


#: Stages waiting for the credit factory's answer (the three-day clock runs).
WAITING: frozenset[Stage] = frozenset({Stage.SUBMITTED, Stage.UNDER_REVIEW})
#: Statuses the server writes as a decision.
DECIDED_STATUSES = ("approved", "declined", "more_documents")


class ApplicationLike(Protocol):
    """What :func:`stage_of` reads of an application (a model row or a summary)."""

    @property
    def status(self) -> str: ...

    @property
    def submitted_at(self) -> datetime | None: ...


def stage_of(
    application: ApplicationLike, completeness: int | Progress, loan_exists: bool
) -> Stage:
    """The stage of ``application``; ``completeness`` in per cent (or its :class:`Progress`)."""
    if loan_exists:
        return Stage.DISBURSED
    status = application.status
    if status in OPEN_STATUSES:
        complete = (
            completeness.complete if isinstance(completeness, Progress) else completeness >= 100
        )
        return Stage.DOCUMENTS_COMPLETE if complete else Stage.DRAFT
    if status in DECIDED_STATUSES:
        return Stage(status)
    return Stage.SUBMITTED if application.submitted_at is None else Stage.UNDER_REVIEW


# --- dates and the clock -----------------------------------------------------------


def china_date(moment: datetime) -> date:
    """The calendar day of ``moment`` (aware) in China."""
    return moment.astimezone(RM_TIME_ZONE).date()


def china_day_start(day: date) -> datetime:
    """The UTC instant where ``day`` starts in China."""
    return datetime.combine(day, time(), RM_TIME_ZONE).astimezone(UTC)


def overdue_cutoff(today: date, calendar: HolidayCalendar | None = None) -> date:
    """The last submission day that is overdue on ``today`` (more than the promise since)."""
    cal = calendar or load_holidays()
    day = today - timedelta(days=1)
    while business_days_between(day, today, cal) <= PROMISE_BUSINESS_DAYS:
        day -= timedelta(days=1)
    return day


@dataclass(frozen=True)
class Clock:
    """Timing of one application on ``today``."""

    #: The day the current stage began, as far as the cache knows (see module docstring).
    stage_since: date | None
    days_in_stage: int | None
    #: The day the clock started: ``submitted_at`` (else ``updated_at`` while submitted).
    submitted_on: date | None
    decided_on: date | None
    business_days_since_submission: int | None
    business_days_to_decision: int | None
    overdue: bool


def clock_of(
    stage: Stage,
    updated_at: datetime,
    submitted_at: datetime | None,
    decided_at: datetime | None,
    disbursed_on: date | None,
    today: date,
    calendar: HolidayCalendar | None = None,
) -> Clock:
    """Time in ``stage`` and the answer clock on ``today`` (see the module docstring)."""
    cal = calendar or load_holidays()
    if stage == Stage.DISBURSED and disbursed_on is not None:
        since: date | None = disbursed_on
    elif stage in (Stage.APPROVED, Stage.DECLINED, Stage.MORE_DOCUMENTS) and decided_at:
        since = china_date(decided_at)
    elif stage == Stage.UNDER_REVIEW and submitted_at is not None:
        since = china_date(submitted_at)
    else:
        since = china_date(updated_at)
    start = submitted_at or (updated_at if stage == Stage.SUBMITTED else None)
    submitted_on = None if start is None else china_date(start)
    decided_on = None if decided_at is None else china_date(decided_at)
    since_submission = (
        None if submitted_on is None else business_days_between(submitted_on, today, cal)
    )
    to_decision = (
        None
        if submitted_on is None or decided_on is None
        else business_days_between(submitted_on, decided_on, cal)
    )
    return Clock(
        stage_since=since,
        days_in_stage=None if since is None else max((today - since).days, 0),
        submitted_on=submitted_on,
        decided_on=decided_on,
        business_days_since_submission=since_submission,
        business_days_to_decision=to_decision,
        overdue=stage in WAITING
        and since_submission is not None
        and since_submission > PROMISE_BUSINESS_DAYS,
    )


def loans_subquery() -> Subquery:
    """Application ids with a live loan (one row each) and the first disbursement day."""
    return (
        select(
            Loan.application_id.label("application_id"),
            func.min(Loan.disbursed_on).label("disbursed_on"),
        )
        .where(Loan.deleted_at.is_(None), Loan.application_id.is_not(None))
        .group_by(Loan.application_id)
        .subquery("loaned")
    )


def stage_sql(
    loan_id: ColumnElement[Any], required: ColumnElement[Any], satisfied: ColumnElement[Any]
) -> ColumnElement[str]:
    """:func:`stage_of` as an SQL expression over ``applications`` and the joined counts."""
    complete = or_(func.coalesce(required, 0) == 0, satisfied >= required)
    stage = case(
        (loan_id.is_not(None), literal(Stage.DISBURSED.value)),
        (
            Application.status.in_(OPEN_STATUSES),
            case(
                (complete, literal(Stage.DOCUMENTS_COMPLETE.value)),
                else_=literal(Stage.DRAFT.value),
            ),
        ),
        (Application.status.in_(DECIDED_STATUSES), Application.status),
        (Application.submitted_at.is_(None), literal(Stage.SUBMITTED.value)),
        else_=literal(Stage.UNDER_REVIEW.value),
    )
    return type_coerce(stage, String)


def local_day_sql(column: ColumnExpressionArgument[Any]) -> ColumnElement[str]:
    """The China calendar day (ISO text) of a stored UTC time column."""
    return func.date(column, CHINA_OFFSET, type_=String)


# --- the list ---------------------------------------------------------------------


@dataclass(frozen=True)
class PipelineQuery:
    """Filters of the pipeline list (None: no filter)."""

    stages: frozenset[Stage] | None = None
    product_codes: frozenset[str] | None = None
    segments: frozenset[str] | None = None
    customer_id: str | None = None
    #: Only customers assigned to these RMs (a branch manager's profile).
    rms: frozenset[str] | None = None


@dataclass(frozen=True)
class PipelineItem:
    """One application in the pipeline, with its stage and clock."""

    id: str
    customer_id: str
    customer_name: str
    segment: str | None
    product_code: str
    amount: Decimal | None
    status: str
    stage: Stage
    completeness: int
    updated_at: datetime
    submitted_at: datetime | None
    decided_at: datetime | None
    disbursed_on: date | None
    clock: Clock

    @property
    def overdue(self) -> bool:
        """Submitted, not answered, and past the three-business-day promise."""
        return self.clock.overdue


def load_pipeline(
    database: Database,
    today: date,
    query: PipelineQuery | None = None,
    catalogue: Catalogue | None = None,
    calendar: HolidayCalendar | None = None,
) -> list[PipelineItem]:
    """Live applications with stage and clock on ``today``, newest change first, filtered."""
    wanted = query or PipelineQuery()
    cal = calendar or load_holidays()
    counts = completeness_subquery(today, catalogue)
    loans = loans_subquery()
    statement = (
        select(
            Application,
            Customer.name,
            Customer.segment,
            counts.c.required,
            counts.c.satisfied,
            loans.c.application_id,
            loans.c.disbursed_on,
        )
        .join(Customer, Customer.id == Application.customer_id)
        .outerjoin(counts, counts.c.application_id == Application.id)
        .outerjoin(loans, loans.c.application_id == Application.id)
        .where(Application.deleted_at.is_(None))
        .order_by(Application.updated_at.desc())
    )
    if wanted.customer_id is not None:
        statement = statement.where(Application.customer_id == wanted.customer_id)
    if wanted.product_codes is not None:
        statement = statement.where(Application.product_code.in_(sorted(wanted.product_codes)))
    if wanted.segments is not None:
        statement = statement.where(Customer.segment.in_(sorted(wanted.segments)))
    if wanted.rms is not None:
        statement = statement.where(Customer.assigned_rm.in_(sorted(wanted.rms)))
    with database.reading() as session:
        rows = session.execute(statement).all()
    items: builtins.list[PipelineItem] = []
    for application, name, segment, required, satisfied, loan_id, disbursed_on in rows:
        progress = Progress(int(required or 0), int(satisfied or 0))
        stage = stage_of(application, progress, loan_id is not None)
        if wanted.stages is not None and stage not in wanted.stages:
            continue
        items.append(
            PipelineItem(
                id=application.id,
                customer_id=application.customer_id,
                customer_name=name,
                segment=segment,
                product_code=application.product_code,
                amount=application.amount,
                status=application.status,
                stage=stage,
                completeness=progress.percent,
                updated_at=application.updated_at,
                submitted_at=application.submitted_at,
                decided_at=application.decided_at,
                disbursed_on=_as_date(disbursed_on),
                clock=clock_of(
                    stage,
                    application.updated_at,
                    application.submitted_at,
                    application.decided_at,
                    _as_date(disbursed_on),
                    today,
                    cal,
                ),
            )
        )
    return items


def _as_date(value: object) -> date | None:
    """A day from an aggregate (SQLite hands ``min()`` of a date column back as text)."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def stage_counts(items: Iterable[PipelineItem]) -> dict[Stage, int]:
    """How many of ``items`` are in each stage (every stage present, in order)."""
    counts = dict.fromkeys(STAGES, 0)
    for item in items:
        counts[item.stage] += 1
    return counts
