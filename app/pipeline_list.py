"""The Applications page's list: filtered, sorted and paged in SQL, then timed in Python.

A page is read in two steps so that 20,000 applications open as fast as 20:

1. the ids of one page (and, for the first page, how many match): filters and
   order in SQL. The stage is an SQL ``CASE`` over the status, whether a live
   loan exists and, only for applications not yet submitted, whether a
   required item is still unsatisfied (the stored counts of
   :mod:`app.completeness`, refreshed first, else an ``EXISTS`` that stops at
   the first);
2. the rows of those ids: the application, its customer, completeness and
   missing/expiring documents, then :func:`app.pipeline.stage_of` and
   :func:`app.pipeline.clock_of` give stage and clock (the same rules as
   :func:`app.pipeline.load_pipeline` and the dashboard).

The credit officer's decision (who, when, terms, reason, documents asked for)
comes with every row once synced.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    and_,
    case,
    exists,
    func,
    not_,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from app.applications import SOON_DAYS
from app.business_days import HolidayCalendar, load_holidays
from app.catalogue import Catalogue, load_catalogue
from app.checklist import Progress
from app.checklist_rules import check_validity
from app.completeness import (
    collected_documents,
    completeness_subquery,
    incomplete_sql,
    percent_sql,
    refresh_completeness,
    satisfied_sql,
)
from app.pipeline import (
    DECIDED_STATUSES,
    OPEN_STATUSES,
    STAGES,
    Clock,
    Stage,
    clock_of,
    local_day_sql,
    overdue_cutoff,
    stage_of,
)
from db.database import Database
from db.models import Application, ChecklistItem, Customer, Loan

#: Rows per page of the list.
PAGE_SIZE = 200


class SortKey(StrEnum):
    """Columns the list sorts by (in SQL)."""

    UPDATED = "updated"
    CUSTOMER = "customer"
    PRODUCT = "product"
    AMOUNT = "amount"
    STAGE = "stage"
    IN_STAGE = "in_stage"
    SUBMITTED = "submitted"
    COMPLETENESS = "completeness"
    RM = "rm"
    SEGMENT = "segment"


@dataclass(frozen=True)
class ListQuery:
    """Search, filters and order of the Applications page (None: no filter)."""

    search: str = ""
    stages: frozenset[Stage] | None = None
    product_codes: frozenset[str] | None = None
    segments: frozenset[str] | None = None
    #: Only customers assigned to these RMs (a branch manager's view).
    rms: frozenset[str] | None = None
    overdue_only: bool = False
    sort: SortKey = SortKey.UPDATED
    descending: bool = True
    #: Product codes in the order their (translated) names sort, for ``SortKey.PRODUCT``.
    product_order: tuple[str, ...] = ()


@dataclass(frozen=True)
class Decision:
    """The credit officer's answer as synced from the server."""

    status: str
    decided_at: datetime | None
    decided_by: str | None
    reason: str
    #: Approved terms: ``amount`` (yuan string), ``term_months``, ``annual_rate``, ``conditions``.
    terms: Mapping[str, Any]
    requested_documents: tuple[str, ...]


@dataclass(frozen=True)
class ApplicationRow:
    """One line of the Applications page."""

    id: str
    customer_id: str
    customer_name: str
    segment: str | None
    assigned_rm: str | None
    product_code: str
    amount: Decimal | None
    term_months: int | None
    status: str
    stage: Stage
    completeness: int
    blocking: int
    expiring_soon: int
    clock: Clock
    decision: Decision | None = None
    missing_codes: tuple[str, ...] = field(default=())

    @property
    def overdue(self) -> bool:
        """Waiting for an answer beyond the three-business-day promise."""
        return self.clock.overdue


@dataclass(frozen=True)
class ListResult:
    """The first page and how many applications match."""

    total: int
    rows: list[ApplicationRow]


class ApplicationList:
    """Reads the Applications page's rows from one profile."""

    def __init__(
        self,
        database: Database,
        catalogue: Catalogue | None = None,
        calendar: HolidayCalendar | None = None,
    ) -> None:
        self._db = database
        self.catalogue = catalogue or load_catalogue()
        self._calendar = calendar or load_holidays()
        self._parts: dict[date, _Parts] = {}

    def _parts_on(self, today: date) -> _Parts:
        """The SQL pieces for ``today``, built once (building them costs more than a query)."""
        parts = self._parts.get(today)
        if parts is None:
            parts = _Parts(self.catalogue, today)
            self._parts = {today: parts}  # only the latest day is kept
        return parts

    # reading ------------------------------------------------------------------------

    def first_page(self, query: ListQuery, today: date, limit: int = PAGE_SIZE) -> ListResult:
        """How many applications match ``query`` and the first ``limit`` of them.

        When filtering or ordering needs completeness, stale stored counts are
        refreshed first (see :mod:`app.completeness`).
        """
        if _needs_completeness(query):
            refresh_completeness(self._db, today, self.catalogue)
        with self._db.reading() as session:
            total = int(
                session.scalar(
                    select(func.count()).select_from(self._filtered(query, today).subquery())
                )
                or 0
            )
            rows = self._page(session, query, today, 0, limit)
        return ListResult(total, rows)

    def page(
        self, query: ListQuery, today: date, offset: int, limit: int = PAGE_SIZE
    ) -> list[ApplicationRow]:
        """``limit`` applications matching ``query`` from ``offset`` on."""
        with self._db.reading() as session:
            return self._page(session, query, today, offset, limit)

    def row(self, application_id: str, today: date) -> ApplicationRow | None:
        """One application's row (None when it is gone)."""
        with self._db.reading() as session:
            rows = self._rows(session, [application_id], today)
        return rows[0] if rows else None

    def rms(self) -> list[str]:
        """The RMs customers are assigned to (a branch manager's profile holds several)."""
        statement = (
            select(Customer.assigned_rm)
            .distinct()
            .where(Customer.assigned_rm.is_not(None), Customer.assigned_rm != "")
            .order_by(Customer.assigned_rm)
        )
        with self._db.reading() as session:
            return [str(rm) for rm in session.scalars(statement)]

    # SQL ----------------------------------------------------------------------------

    def _filtered(self, query: ListQuery, today: date) -> Select[Any]:
        """Ids of the live applications passing ``query``'s filters (unordered).

        Customers are joined only when a filter or the order needs them.
        """
        parts = self._parts_on(today)
        statement = select(Application.id).where(Application.deleted_at.is_(None))
        if _needs_customer(query):
            statement = statement.join(Customer, Customer.id == Application.customer_id)
        text = query.search.strip()
        if text:
            folded = text.casefold()
            codes = [
                code
                for code, product in self.catalogue.products.items()
                if folded in product.name_zh.casefold()
                or folded in product.name_en.casefold()
                or folded in code.casefold()
            ]
            name = Customer.name.contains(text, autoescape=True)
            statement = statement.where(
                or_(name, Application.product_code.in_(codes)) if codes else name
            )
        if query.product_codes is not None:
            statement = statement.where(Application.product_code.in_(sorted(query.product_codes)))
        if query.segments is not None:
            statement = statement.where(Customer.segment.in_(sorted(query.segments)))
        if query.rms is not None:
            statement = statement.where(Customer.assigned_rm.in_(sorted(query.rms)))
        if query.stages is not None:
            statement = statement.where(or_(*(parts.stage_is(s) for s in sorted(query.stages))))
        if query.overdue_only:
            cutoff = overdue_cutoff(today, self._calendar).isoformat()
            clock_start = func.coalesce(Application.submitted_at, Application.updated_at)
            statement = statement.where(parts.waiting, local_day_sql(clock_start) <= cutoff)
        return statement

    def _page(
        self, session: Session, query: ListQuery, today: date, offset: int, limit: int
    ) -> list[ApplicationRow]:
        statement = self._filtered(query, today)
        order = self._order(statement, query, today)
        ids = list(session.scalars(order.offset(offset).limit(limit)))
        return self._rows(session, ids, today)

    def _order(self, statement: Select[Any], query: ListQuery, today: date) -> Select[Any]:
        parts = self._parts_on(today)
        key: ColumnElement[Any]
        if query.sort == SortKey.COMPLETENESS:
            counts = completeness_subquery(today, self.catalogue)
            statement = statement.outerjoin(counts, counts.c.application_id == Application.id)
            key = percent_sql(counts.c.required, counts.c.satisfied)
        elif query.sort == SortKey.PRODUCT and query.product_order:
            key = case(
                {code: rank for rank, code in enumerate(query.product_order)},
                value=Application.product_code,
                else_=len(query.product_order),
            )
        else:
            keys: dict[SortKey, Any] = {
                SortKey.UPDATED: Application.updated_at,
                SortKey.CUSTOMER: Customer.name,
                SortKey.PRODUCT: Application.product_code,
                SortKey.AMOUNT: Application.amount,
                SortKey.STAGE: parts.stage_rank,
                # longest in stage first when descending: the earliest stage-entry day
                SortKey.IN_STAGE: type_coerce(-func.julianday(parts.stage_since), Integer),
                SortKey.SUBMITTED: type_coerce(-func.julianday(parts.clock_start), Integer),
                SortKey.RM: Customer.assigned_rm,
                SortKey.SEGMENT: Customer.segment,
            }
            key = keys[query.sort]
        ordered = key.desc() if query.descending else key.asc()
        return statement.order_by(ordered.nulls_last(), Application.id)

    def _rows(self, session: Session, ids: list[str], today: date) -> list[ApplicationRow]:
        """The rows of ``ids``, in that order."""
        if not ids:
            return []
        counts = completeness_subquery(
            today, self.catalogue, application_ids=ids, satisfied=self._parts_on(today).satisfied
        )
        completeness = {
            application_id: (int(required or 0), int(satisfied or 0))
            for application_id, required, satisfied in session.execute(select(counts))
        }
        loans = dict(
            session.execute(
                select(Loan.application_id, func.min(Loan.disbursed_on))
                .where(Loan.deleted_at.is_(None), Loan.application_id.in_(ids))
                .group_by(Loan.application_id)
            ).all()
        )
        found = session.execute(
            select(Application, Customer.name, Customer.segment, Customer.assigned_rm)
            .join(Customer, Customer.id == Application.customer_id)
            .where(Application.id.in_(ids))
        ).all()
        missing, expiring = self._documents(session, ids, today)
        rows: dict[str, ApplicationRow] = {}
        for application, name, segment, rm in found:
            progress = Progress(*completeness.get(application.id, (0, 0)))
            stage = stage_of(application, progress, application.id in loans)
            disbursed_on = _as_date(loans.get(application.id))
            rows[application.id] = ApplicationRow(
                id=application.id,
                customer_id=application.customer_id,
                customer_name=name or "",
                segment=segment,
                assigned_rm=rm,
                product_code=application.product_code,
                amount=application.amount,
                term_months=application.term_months,
                status=application.status,
                stage=stage,
                completeness=progress.percent,
                blocking=progress.required - progress.satisfied,
                expiring_soon=expiring.get(application.id, 0),
                clock=clock_of(
                    stage,
                    application.updated_at,
                    application.submitted_at,
                    application.decided_at,
                    disbursed_on,
                    today,
                    self._calendar,
                ),
                decision=_decision(application),
                missing_codes=tuple(missing.get(application.id, ())),
            )
        return [rows[i] for i in ids if i in rows]

    def _documents(
        self, session: Session, ids: list[str], today: date
    ) -> tuple[dict[str, list[str]], dict[str, int]]:
        """Per application: codes of required items not satisfied; documents expiring soon."""
        satisfied = self._parts_on(today).satisfied
        missing: dict[str, list[str]] = {}
        for application_id, code in session.execute(
            select(ChecklistItem.application_id, ChecklistItem.item_code)
            .where(
                ChecklistItem.application_id.in_(ids),
                ChecklistItem.deleted_at.is_(None),
                ChecklistItem.required.is_(True),
                ChecklistItem.applicable.is_(True),
                satisfied == 0,
            )
            .order_by(ChecklistItem.application_id, ChecklistItem.position)
        ):
            missing.setdefault(application_id, []).append(code)
        rules = {c: t.validity for c, t in self.catalogue.items.items() if t.validity is not None}
        soon = today + timedelta(days=SOON_DAYS)
        expiring: dict[str, int] = {}
        if rules:
            for application_id, code, issued, expires in session.execute(
                collected_documents(ids, rules, required_only=False)
            ):
                validity = check_validity(rules[code], issued, expires, today)
                if (
                    validity.ok
                    and validity.valid_until is not None
                    and validity.valid_until <= soon
                ):
                    expiring[application_id] = expiring.get(application_id, 0) + 1
        return missing, expiring


class _Parts:
    """SQL pieces over ``applications`` for filters and order, on ``today``."""

    def __init__(self, catalogue: Catalogue, today: date) -> None:
        #: 1 when a checklist item counts as collected today (see :func:`satisfied_sql`).
        self.satisfied = satisfied_sql(catalogue, today)
        loan = exists().where(Loan.application_id == Application.id, Loan.deleted_at.is_(None))
        unsatisfied = incomplete_sql(today, catalogue, self.satisfied)
        is_open = Application.status.in_(OPEN_STATUSES)
        decided = Application.status.in_(DECIDED_STATUSES)
        #: Waiting for the credit factory's answer (submitted or under review).
        self.waiting: ColumnElement[bool] = and_(not_(loan), not_(is_open), not_(decided))
        waiting = self.waiting
        #: Each stage as a condition (cheap ones first; only two read the checklist).
        self._stage_conditions: dict[Stage, ColumnElement[bool]] = {
            Stage.DISBURSED: loan,
            Stage.DRAFT: and_(is_open, not_(loan), unsatisfied),
            Stage.DOCUMENTS_COMPLETE: and_(is_open, not_(loan), not_(unsatisfied)),
            **{Stage(s): and_(Application.status == s, not_(loan)) for s in DECIDED_STATUSES},
            Stage.SUBMITTED: and_(Application.submitted_at.is_(None), waiting),
            Stage.UNDER_REVIEW: and_(Application.submitted_at.is_not(None), waiting),
        }
        rank = {s: i for i, s in enumerate(STAGES)}
        self.stage_rank: ColumnElement[int] = type_coerce(
            case(
                (loan, rank[Stage.DISBURSED]),
                (
                    is_open,
                    case((unsatisfied, rank[Stage.DRAFT]), else_=rank[Stage.DOCUMENTS_COMPLETE]),
                ),
                *[(Application.status == s, rank[Stage(s)]) for s in DECIDED_STATUSES],
                (Application.submitted_at.is_(None), rank[Stage.SUBMITTED]),
                else_=rank[Stage.UNDER_REVIEW],
            ),
            Integer,
        )
        disbursed = (
            select(func.min(Loan.disbursed_on))
            .where(Loan.application_id == Application.id, Loan.deleted_at.is_(None))
            .scalar_subquery()
        )
        #: The day the current stage began (as :func:`app.pipeline.clock_of` dates it).
        self.stage_since: ColumnElement[Any] = func.coalesce(
            disbursed,
            case(
                (
                    and_(decided, Application.decided_at.is_not(None)),
                    local_day_sql(Application.decided_at),
                ),
                (
                    and_(not_(is_open), Application.submitted_at.is_not(None)),
                    local_day_sql(Application.submitted_at),
                ),
                else_=local_day_sql(Application.updated_at),
            ),
        )
        #: The day the answer clock started (None before submission).
        self.clock_start: ColumnElement[Any] = local_day_sql(
            func.coalesce(
                Application.submitted_at,
                case((and_(not_(is_open), not_(decided)), Application.updated_at)),
            )
        )

    def stage_is(self, stage: Stage) -> ColumnElement[bool]:
        """Whether an application is in ``stage`` (as :func:`app.pipeline.stage_of` says)."""
        return self._stage_conditions[stage]


def _needs_completeness(query: ListQuery) -> bool:
    """Whether filtering or ordering ``query`` reads the applications' completeness."""
    return query.sort in (SortKey.STAGE, SortKey.COMPLETENESS) or (
        query.stages is not None and bool(query.stages & {Stage.DRAFT, Stage.DOCUMENTS_COMPLETE})
    )


def _needs_customer(query: ListQuery) -> bool:
    """Whether filtering or ordering ``query`` reads the customers table."""
    return (
        bool(query.search.strip())
        or query.segments is not None
        or query.rms is not None
        or query.sort in (SortKey.CUSTOMER, SortKey.RM, SortKey.SEGMENT)
    )


def _decision(application: Application) -> Decision | None:
    if application.status not in DECIDED_STATUSES and application.decided_at is None:
        return None
    return Decision(
        status=application.status,
        decided_at=application.decided_at,
        decided_by=application.decided_by,
        reason=application.decision_reason or "",
        terms=dict(application.decision_terms or {}),
        requested_documents=tuple(str(d) for d in application.requested_documents or ()),
    )


def _as_date(value: object) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))
