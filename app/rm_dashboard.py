"""The RM's dashboard figures, aggregated in SQL from the local cache.

Every figure is a ``GROUP BY`` or a count in SQLite, so the whole set
recomputes in under 200 ms on a profile of 100,000 customers
(``benchmarks/dashboard.py``). Python only folds grouped rows (a few hundred at
most), and dates each active loan's next inspection with the rule itself
(:func:`app.inspections.next_inspection`) from per-loan SQL aggregates.
Customer counts by size and segment come off their covering indexes; a few
terms are written ``+deleted_at`` so that SQLite (which has no ANALYZE
statistics here) does not walk 100,000 rows through a ``(deleted_at, …)`` index.

What each figure means:

* **funnel**: live applications by :class:`~app.pipeline.Stage`, count and sum
  of the amount applied for; ``overdue_applications`` waiting for an answer
  beyond the three-business-day promise (see :mod:`app.pipeline`);
* **portfolio**: live customers by enterprise size, GB/T 4754 section (from
  ``industry_code``) and segment, each with its active loans (count, amount);
  the key ``""`` collects customers without a size, a known industry or a segment;
* **visits** planned for this week (Monday to Sunday, China time) still
  planned or done; **inspections** due within seven days (overdue included),
  as :meth:`app.inspections.InspectionService.inspections_due` counts them;
  **alerts** open, by severity;
* **completeness** of the applications not yet submitted (the funnel's draft
  and documents-complete stages): how many, how many complete, average per cent;
* **month** (the calendar month of ``today``, China time): customers
  onboarded, visits done (by ``actual_start``), applications submitted (by the
  server's ``submitted_at``, else ``updated_at`` while not yet synced),
  decisions (by ``decided_at``), approval rate = approved / (approved +
  declined) and the median business days from submission to decision (every
  decision, more-documents answers included).

The cache keeps no creation time for customers: a customer's onboarding time is
its earliest outbox entry's ``created_at`` while unsynced changes remain, else
its ``updated_at`` (the last change), so an older customer edited this month
that has synced since counts as onboarded this month. The outbox is written in
time order, so the entries older than the month are found by a binary search
over its primary key, not by reading it.

The profile is one RM's cache, so every record in it is the RM's: ``actor``
names the RM in the figures and filters nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, case, func, literal_column, select, table
from sqlalchemy.orm import Session

from app.alerts import AlertStatus
from app.business_days import HolidayCalendar, business_days_between, load_holidays
from app.catalogue import Catalogue, load_catalogue
from app.classification import EnterpriseSize
from app.completeness import completeness_subquery, percent_sql, refresh_completeness
from app.industries import section_of
from app.inspections import InspectionRules, load_inspection_rules, next_inspection
from app.pipeline import (
    DECIDED_STATUSES,
    OPEN_STATUSES,
    STAGES,
    WAITING,
    Stage,
    china_day_start,
    loans_subquery,
    local_day_sql,
    overdue_cutoff,
    stage_sql,
)
from app.risk_signals import Severity
from app.sql_hints import unindexed
from app.visits.types import VisitStatus
from db.database import Database
from db.models import Application, Customer, Loan, OutboxEntry, RiskAlert, Visit

#: Inspections due within this many days count as due.
INSPECTION_HORIZON_DAYS = 7
ZERO = Decimal("0.00")


@dataclass(frozen=True)
class StageFigure:
    """Applications in one stage: how many and the amount applied for (yuan)."""

    stage: Stage
    count: int
    amount: Decimal


@dataclass(frozen=True)
class GroupFigure:
    """Customers of one portfolio group and their active loans (amount in yuan)."""

    key: str
    customers: int
    loans: int
    loan_amount: Decimal


@dataclass(frozen=True)
class VisitFigures:
    """Visits planned for the week of ``week_start`` (Monday) to ``week_end`` (Sunday)."""

    week_start: date
    week_end: date
    planned: int
    done: int


@dataclass(frozen=True)
class InspectionFigures:
    """Post-loan inspections due within ``horizon_days`` (``overdue`` among them)."""

    due: int
    overdue: int
    horizon_days: int


@dataclass(frozen=True)
class AlertFigures:
    """Open early-warning alerts, by severity (worst first)."""

    open: int
    by_severity: Mapping[str, int]


@dataclass(frozen=True)
class CompletenessFigures:
    """Documents of the applications not yet submitted."""

    applications: int
    complete: int
    #: Mean completeness in per cent (one decimal); None without applications.
    average_percent: Decimal | None


@dataclass(frozen=True)
class MonthFigures:
    """The RM's figures for the month starting ``month_start``."""

    month_start: date
    customers_onboarded: int
    visits_done: int
    applications_submitted: int
    approved: int
    declined: int
    more_documents: int
    #: approved / (approved + declined), 0..1 with four places; None before any.
    approval_rate: Decimal | None
    median_business_days_to_decision: Decimal | None

    @property
    def decided(self) -> int:
        """Answers given this month (approvals, declines and requests for documents)."""
        return self.approved + self.declined + self.more_documents


@dataclass(frozen=True)
class DashboardFigures:
    """Everything the dashboard shows, computed for ``today``."""

    today: date
    actor: str
    funnel: tuple[StageFigure, ...]
    overdue_applications: int
    customers: int
    by_size: tuple[GroupFigure, ...]
    by_section: tuple[GroupFigure, ...]
    by_segment: tuple[GroupFigure, ...]
    visits: VisitFigures
    inspections: InspectionFigures
    alerts: AlertFigures
    completeness: CompletenessFigures
    month: MonthFigures
    #: The RM these figures are limited to (None: the whole profile).
    rm: str | None = None

    def stage(self, stage: Stage) -> StageFigure:
        """The funnel figure of ``stage``."""
        return next(f for f in self.funnel if f.stage == stage)


def dashboard_figures(
    database: Database,
    actor: str,
    today: date,
    catalogue: Catalogue | None = None,
    calendar: HolidayCalendar | None = None,
    rules: InspectionRules | None = None,
    rm: str | None = None,
) -> DashboardFigures:
    """The dashboard figures of the profile behind ``database`` on ``today`` (China time).

    ``rm``: only the customers assigned to this RM (a branch manager's profile
    holds every RM's); None: everything in the profile.
    """
    cal = calendar or load_holidays()
    first, following = month_bounds(today)
    month = (china_day_start(first), china_day_start(following))
    catalogue = catalogue or load_catalogue()
    refresh_completeness(database, today, catalogue)
    with database.reading() as session:
        funnel, overdue, completeness = _funnel(session, today, catalogue, cal, rm)
        portfolio = _portfolio(session, month, rm)
        return DashboardFigures(
            today=today,
            actor=actor,
            funnel=funnel,
            overdue_applications=overdue,
            customers=portfolio.customers,
            by_size=portfolio.by_size,
            by_section=portfolio.by_section,
            by_segment=portfolio.by_segment,
            visits=_visits(session, today, rm),
            inspections=_inspections(session, today, rules or load_inspection_rules(), rm),
            alerts=_alerts(session, rm),
            completeness=completeness,
            month=_month(session, first, month, cal, portfolio.onboarded, rm),
            rm=rm,
        )


def dashboard_rms(database: Database) -> list[str]:
    """The RMs customers are assigned to, sorted (a branch manager's profile holds several)."""
    statement = (
        select(Customer.assigned_rm)
        .distinct()
        .where(unindexed(Customer.deleted_at).is_(None), Customer.assigned_rm.is_not(None))
        .order_by(Customer.assigned_rm)
    )
    with database.reading() as session:
        return [str(rm) for rm in session.scalars(statement) if rm]


def month_bounds(today: date) -> tuple[date, date]:
    """The first day of ``today``'s month and of the next month."""
    start = today.replace(day=1)
    return start, (start + timedelta(days=32)).replace(day=1)


# --- the funnel, overdue answers and completeness ------------------------------------


def _funnel(
    session: Session,
    today: date,
    catalogue: Catalogue | None,
    calendar: HolidayCalendar,
    rm: str | None = None,
) -> tuple[tuple[StageFigure, ...], int, CompletenessFigures]:
    counts = completeness_subquery(today, catalogue, statuses=OPEN_STATUSES, rm=rm)
    loans = loans_subquery()
    stage = stage_sql(loans.c.application_id, counts.c.required, counts.c.satisfied)
    clock_start = func.coalesce(Application.submitted_at, Application.updated_at)
    cutoff = overdue_cutoff(today, calendar).isoformat()
    statement = (
        select(
            stage.label("stage"),
            func.count(),
            func.sum(Application.amount),
            func.sum(case((local_day_sql(clock_start) <= cutoff, 1), else_=0)),
            func.sum(percent_sql(counts.c.required, counts.c.satisfied)),
        )
        .select_from(Application)
        .outerjoin(counts, counts.c.application_id == Application.id)
        .outerjoin(loans, loans.c.application_id == Application.id)
        .where(Application.deleted_at.is_(None))
        .group_by(stage)
    )
    if rm is not None:
        statement = statement.join(Customer, Customer.id == Application.customer_id).where(
            *_mine(rm)
        )
    rows = session.execute(statement).all()
    found = {Stage(key): row for key, *row in rows}
    funnel = tuple(
        StageFigure(s, int(found[s][0]), found[s][1] or ZERO)
        if s in found
        else StageFigure(s, 0, ZERO)
        for s in STAGES
    )
    overdue = sum(int(found[s][2] or 0) for s in WAITING if s in found)
    open_stages = [s for s in (Stage.DRAFT, Stage.DOCUMENTS_COMPLETE) if s in found]
    applications = sum(int(found[s][0]) for s in open_stages)
    percent_total = sum(int(found[s][3] or 0) for s in open_stages)
    completeness = CompletenessFigures(
        applications=applications,
        complete=int(found[Stage.DOCUMENTS_COMPLETE][0])
        if Stage.DOCUMENTS_COMPLETE in found
        else 0,
        average_percent=None
        if applications == 0
        else (Decimal(percent_total) / applications).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        ),
    )
    return funnel, overdue, completeness


# --- portfolio (and customers onboarded, read in the same pass) -------------------


@dataclass(frozen=True)
class _Portfolio:
    customers: int
    by_size: tuple[GroupFigure, ...]
    by_section: tuple[GroupFigure, ...]
    by_segment: tuple[GroupFigure, ...]
    onboarded: int


_SIZES = [s.value for s in EnterpriseSize]
#: Group order: sizes large to micro, sections A to T, segments biggest first; "" last.
_ORDERS: tuple[Callable[[GroupFigure], tuple[Any, ...]], ...] = (
    lambda g: (g.key == "", _SIZES.index(g.key) if g.key in _SIZES else len(_SIZES), g.key),
    lambda g: (g.key == "", g.key),
    lambda g: (g.key == "", -g.customers, g.key),
)


@cache
def _section(industry_code: str | None) -> str:
    return (section_of(industry_code) if industry_code else None) or ""


def _portfolio(
    session: Session, month: tuple[datetime, datetime], rm: str | None = None
) -> _Portfolio:
    """Customers and active loans by size, section and segment; customers onboarded in ``month``.

    All customers: size and segment are counted off their covering indexes (all
    rows, less the few soft-deleted ones); the industry needs one pass over the
    table, which also counts the onboarded. One RM's (``rm``): one grouped pass
    over that RM's customers.
    """
    onboarded = _onboarded_sql(session, month)
    live = unindexed(Customer.deleted_at).is_(None)
    customers: list[Counter[str]] = [Counter(), Counter(), Counter()]
    if rm is not None:
        grouped = session.execute(
            select(
                Customer.size,
                Customer.industry_code,
                Customer.segment,
                func.count(),
                func.sum(case((onboarded, 1), else_=0)),
            )
            .where(live, Customer.assigned_rm == rm)
            .group_by(Customer.size, Customer.industry_code, Customer.segment)
        ).all()
        new = 0
        for size, code, segment, n, fresh in grouped:
            for dimension, key in enumerate((size or "", _section(code), segment or "")):
                customers[dimension][key] += int(n)
            new += int(fresh or 0)
    elif _has_indexes(session, *PORTFOLIO_INDEXES):
        # No pass over the table: every count comes off an index (less the deleted).
        deleted = session.execute(
            select(Customer.size, Customer.industry_code, Customer.segment, func.count())
            .where(Customer.id.in_(_deleted_customers()))
            .group_by(Customer.size, Customer.industry_code, Customer.segment)
        ).all()
        for dimension, column in (
            (0, Customer.size),
            (1, Customer.industry_code),
            (2, Customer.segment),
        ):
            for key, n in session.execute(select(column, func.count()).group_by(column)):
                group = _section(key) if dimension == 1 else (key or "")
                customers[dimension][group] += int(n)
        for size, code, segment, n in deleted:
            for dimension, key in enumerate((size or "", _section(code), segment or "")):
                customers[dimension][key] -= int(n)
        new = int(session.scalar(select(func.count()).where(live, onboarded)) or 0)
    else:
        # One pass over the table for the industry (no index) that also counts the
        # onboarded; size and segment off their covering indexes, less the deleted.
        by_industry = session.execute(
            select(Customer.industry_code, func.count(), func.sum(case((onboarded, 1), else_=0)))
            .where(live)
            .group_by(Customer.industry_code)
        ).all()
        for code, n, _fresh in by_industry:
            customers[1][_section(code)] += int(n)
        new = sum(int(fresh or 0) for _code, _n, fresh in by_industry)
        gone = session.execute(
            select(Customer.size, Customer.segment, func.count())
            .where(Customer.id.in_(_deleted_customers()))
            .group_by(Customer.size, Customer.segment)
        ).all()
        for dimension, column in ((0, Customer.size), (2, Customer.segment)):
            for key, n in session.execute(select(column, func.count()).group_by(column)):
                customers[dimension][key or ""] += int(n)
            for size, segment, n in gone:
                customers[dimension][(size if dimension == 0 else segment) or ""] -= int(n)
    loans = session.execute(
        select(
            Customer.size,
            Customer.industry_code,
            Customer.segment,
            func.count(),
            func.sum(Loan.amount),
        )
        .select_from(Loan)
        .join(Customer, Customer.id == Loan.customer_id)
        .where(unindexed(Loan.deleted_at).is_(None), live, Loan.status == "active", *_mine(rm))
        .group_by(Customer.size, Customer.industry_code, Customer.segment)
    ).all()
    loan_counts: list[Counter[str]] = [Counter(), Counter(), Counter()]
    amounts: list[dict[str, Decimal]] = [{}, {}, {}]
    for size, code, segment, n, amount in loans:
        for dimension, key in enumerate((size or "", _section(code), segment or "")):
            loan_counts[dimension][key] += int(n)
            amounts[dimension][key] = amounts[dimension].get(key, ZERO) + (amount or ZERO)
    groups = []
    for d in range(3):
        figures = [
            GroupFigure(k, customers[d][k], loan_counts[d][k], amounts[d].get(k, ZERO))
            for k in {k for k, n in customers[d].items() if n} | set(loan_counts[d])
        ]
        groups.append(tuple(sorted(figures, key=_ORDERS[d])))
    return _Portfolio(
        customers=sum(customers[0].values()),
        by_size=groups[0],
        by_section=groups[1],
        by_segment=groups[2],
        onboarded=new,
    )


#: Indexes that spare the portfolio its pass over the customers table (a full read
#: of every page: costly at 100,000 customers, most of all in an encrypted profile).
#: Used when the schema has them.
PORTFOLIO_INDEXES = ("ix_customers_industry_code", "ix_customers_updated_at")


def _has_indexes(session: Session, *names: str) -> bool:
    """Whether the profile's schema has every index in ``names``."""
    found: Sequence[str] = session.scalars(
        select(literal_column("name"))
        .select_from(table("sqlite_master"))
        .where(literal_column("type") == "index", literal_column("name").in_(names))
    ).all()
    return len(set(found)) == len(names)


def _deleted_customers() -> Select[Any]:
    """Ids of the soft-deleted customers (a range, not IS NOT NULL: SQLite finds them by index)."""
    return select(Customer.id).where(Customer.deleted_at >= datetime(1970, 1, 1, tzinfo=UTC))


def _mine(rm: str | None) -> list[ColumnElement[bool]]:
    """The condition "the customer is assigned to ``rm``" (nothing when ``rm`` is None)."""
    return [] if rm is None else [Customer.assigned_rm == rm]


def _onboarded_sql(session: Session, month: tuple[datetime, datetime]) -> ColumnElement[bool]:
    """Whether a customer was onboarded in ``month`` (see the module docstring)."""
    start, end = month
    onboarded = and_(Customer.updated_at >= start, Customer.updated_at < end)
    earlier = _first_outbox_seq_since(session, start)
    if earlier is not None:  # unsynced changes older than the month: not onboarded now
        onboarded = and_(
            onboarded,
            Customer.id.not_in(
                select(OutboxEntry.entity_id).where(
                    OutboxEntry.seq < earlier, OutboxEntry.entity == "customers"
                )
            ),
        )
    return onboarded


def _first_outbox_seq_since(session: Session, moment: datetime) -> int | None:
    """The first outbox ``seq`` written at or after ``moment``; None if no entry is older.

    Entries are appended in time order, so this is a binary search over the
    primary key: a handful of lookups, however long the outbox.
    """

    def since(seq: int) -> bool:
        """Whether the first entry from ``seq`` on (if any) was written at or after ``moment``."""
        created = session.scalar(
            select(OutboxEntry.created_at)
            .where(OutboxEntry.seq >= seq)
            .order_by(OutboxEntry.seq)
            .limit(1)
        )
        return created is None or created >= moment

    low = session.scalar(select(func.min(OutboxEntry.seq)))
    high = session.scalar(select(func.max(OutboxEntry.seq)))
    if low is None or high is None or since(low):
        return None
    high += 1
    while low < high:
        middle = (low + high) // 2
        if since(middle):
            high = middle
        else:
            low = middle + 1
    return int(low)


# --- visits, inspections and alerts ------------------------------------------------


def _visits(session: Session, today: date, rm: str | None = None) -> VisitFigures:
    week_start = today - timedelta(days=today.weekday())
    week_end = week_start + timedelta(days=6)
    rows = session.execute(
        select(Visit.status, func.count())
        .join(Customer, Customer.id == Visit.customer_id)
        .where(
            Visit.deleted_at.is_(None),
            unindexed(Customer.deleted_at).is_(None),
            Visit.planned_start >= china_day_start(week_start),
            Visit.planned_start < china_day_start(week_end + timedelta(days=1)),
            *_mine(rm),
        )
        .group_by(Visit.status)
    ).all()
    by_status = {status: int(n) for status, n in rows}
    return VisitFigures(
        week_start,
        week_end,
        by_status.get(VisitStatus.PLANNED.value, 0),
        by_status.get(VisitStatus.DONE.value, 0),
    )


def _inspections(
    session: Session, today: date, rules: InspectionRules, rm: str | None = None
) -> InspectionFigures:
    """Inspections due, as :meth:`app.inspections.InspectionService.inspections_due` counts them.

    SQL finds, per loan, the last completed inspection since disbursement and
    the earliest open serious alert; :func:`app.inspections.next_inspection`
    (the rule itself) dates the next one.
    """
    visit_day = local_day_sql(Visit.actual_start)
    last = (
        select(func.max(visit_day))
        .where(
            Visit.customer_id == Loan.customer_id,
            Visit.deleted_at.is_(None),
            Visit.visit_type == rules.visit_type.value,
            Visit.status == VisitStatus.DONE.value,
            Visit.actual_start.is_not(None),
            visit_day >= Loan.disbursed_on,
        )
        .correlate(Loan)
        .scalar_subquery()
    )
    serious = [s.value for s in Severity if s.at_least(rules.alert_min_severity)]
    alert_since = (
        select(func.min(local_day_sql(RiskAlert.raised_at)))
        .where(
            RiskAlert.customer_id == Loan.customer_id,
            RiskAlert.deleted_at.is_(None),
            RiskAlert.status == AlertStatus.OPEN.value,
            RiskAlert.severity.in_(serious),
        )
        .correlate(Loan)
        .scalar_subquery()
    )
    rows = session.execute(
        select(Loan.disbursed_on, last, alert_since)
        .join(Customer, Customer.id == Loan.customer_id)
        .where(
            unindexed(Loan.deleted_at).is_(None),
            unindexed(Customer.deleted_at).is_(None),
            Loan.status.in_(sorted(rules.applies_to_status)),
            *_mine(rm),
        )
    ).all()
    limit = today + timedelta(days=INSPECTION_HORIZON_DAYS)
    due = [
        next_inspection(rules, disbursed, _day(last_on), _day(since))[0]
        for disbursed, last_on, since in rows
    ]
    return InspectionFigures(
        due=sum(d <= limit for d in due),
        overdue=sum(d < today for d in due),
        horizon_days=INSPECTION_HORIZON_DAYS,
    )


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _alerts(session: Session, rm: str | None = None) -> AlertFigures:
    rows = session.execute(
        select(RiskAlert.severity, func.count())
        .join(Customer, Customer.id == RiskAlert.customer_id)
        .where(
            RiskAlert.deleted_at.is_(None),
            unindexed(Customer.deleted_at).is_(None),
            RiskAlert.status == AlertStatus.OPEN.value,
            *_mine(rm),
        )
        .group_by(RiskAlert.severity)
    ).all()
    counts = {str(severity): int(n) for severity, n in rows}
    order = [s.value for s in reversed(Severity)]
    ranked = sorted(counts, key=lambda s: (order.index(s) if s in order else len(order), s))
    return AlertFigures(sum(counts.values()), {s: counts[s] for s in ranked})


# --- the month ---------------------------------------------------------------------


def _month(
    session: Session,
    first: date,
    month: tuple[datetime, datetime],
    calendar: HolidayCalendar,
    onboarded: int,
    rm: str | None = None,
) -> MonthFigures:
    start, end = month
    visits_done = session.scalar(
        select(func.count())
        .select_from(Visit)
        .join(Customer, Customer.id == Visit.customer_id)
        .where(
            unindexed(Visit.deleted_at).is_(None),
            unindexed(Customer.deleted_at).is_(None),
            Visit.status == VisitStatus.DONE.value,
            Visit.actual_start >= start,
            Visit.actual_start < end,
            *_mine(rm),
        )
    )
    submitted_at = func.coalesce(
        Application.submitted_at,
        case((Application.status == "submitted", Application.updated_at)),
    )
    decided = and_(Application.decided_at >= start, Application.decided_at < end)

    def decided_as(status: str) -> ColumnElement[int]:
        return func.sum(case((and_(decided, Application.status == status), 1), else_=0))

    mine = (
        [] if rm is None else [Application.customer_id.in_(select(Customer.id).where(*_mine(rm)))]
    )
    submitted, approved, declined, more = session.execute(
        select(
            func.sum(case((and_(submitted_at >= start, submitted_at < end), 1), else_=0)),
            decided_as("approved"),
            decided_as("declined"),
            decided_as("more_documents"),
        ).where(unindexed(Application.deleted_at).is_(None), *mine)
    ).one()
    submitted_on = local_day_sql(Application.submitted_at)
    decided_on = local_day_sql(Application.decided_at)
    pairs = session.execute(
        select(submitted_on, decided_on, func.count())
        .where(
            Application.deleted_at.is_(None),
            decided,
            Application.status.in_(DECIDED_STATUSES),
            Application.submitted_at.is_not(None),
            *mine,
        )
        .group_by(submitted_on, decided_on)
    ).all()
    approved, declined = int(approved or 0), int(declined or 0)
    return MonthFigures(
        month_start=first,
        customers_onboarded=onboarded,
        visits_done=int(visits_done or 0),
        applications_submitted=int(submitted or 0),
        approved=approved,
        declined=declined,
        more_documents=int(more or 0),
        approval_rate=None
        if approved + declined == 0
        else (Decimal(approved) / (approved + declined)).quantize(Decimal("0.0001")),
        median_business_days_to_decision=_median(
            (business_days_between(date.fromisoformat(s), date.fromisoformat(d), calendar), int(n))
            for s, d, n in pairs
        ),
    )


def _median(weighted: Iterable[tuple[int, int]]) -> Decimal | None:
    """The median of values given as (value, how many times)."""
    values = sorted(weighted)
    total = sum(n for _v, n in values)
    if total == 0:
        return None
    middle = ((total - 1) // 2, total // 2)
    found: list[int] = []
    seen = 0
    for value, n in values:
        found += [value for index in middle if seen <= index < seen + n]
        seen += n
    median = Decimal(found[0] + found[1]) / 2
    return median.quantize(Decimal(1) if median == median.to_integral_value() else Decimal("0.1"))
