"""Document completeness of applications: counted live in SQL, and stored for reuse.

An application's completeness is how many of its required, applicable checklist
items are collected today out of how many there are: waived, or received or
verified with a (live) document that passes the item's validity rule today; the
same count as :attr:`app.applications.ApplicationView.progress`.

Counting it live reads every checklist item and, for items with a validity
rule, its document: about 230 ms for the 7,000 open applications of a
20,000-application profile. So each application's counts are also stored in
``application_completeness`` (local, derived, never synced), with the days they
hold for:

* ``computed_for``: the day they were counted;
* ``valid_until``: the last day no collected document's dates change the
  counts (the earliest day one expires, grows too old or, dated in the future,
  becomes valid, less one); None when no date can;
* ``rules``: a fingerprint of the validity rules counted with (a reference-data
  refresh can change the rules).

Triggers (migration 0012) delete an application's row in the same transaction
as any change to its checklist items or their documents, whoever writes (the
unit of work, sync, a bulk import). A row is *fresh* on ``today`` when its rules
are the current ones and ``computed_for <= today <= valid_until``.

Readers (:func:`completeness_subquery`) take the fresh rows and count the other
applications live, in one read, so figures are always exact;
:func:`refresh_completeness` stores the counts of stale applications in short
write transactions (skipped while another writer holds the database), so the
next read finds them fresh.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Collection, Iterable, Sequence
from datetime import date, timedelta
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Select,
    Subquery,
    and_,
    case,
    delete,
    exists,
    func,
    insert,
    literal,
    or_,
    select,
    true,
    type_coerce,
    union_all,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from app.catalogue import Catalogue, load_catalogue
from app.checklist import ItemState
from app.checklist_rules import ValidityRule, add_months
from app.stages import OPEN_STATUSES
from db.database import Database
from db.engine import BUSY_TIMEOUT_MS
from db.models import Application, ApplicationCompleteness, ChecklistItem, Customer, Document

log = logging.getLogger(__name__)

#: Applications stored per write transaction (each a few milliseconds long).
REFRESH_BATCH = 500
#: How long a refresh waits for another writer before leaving the counts live.
REFRESH_WAIT_MS = 200

_COLLECTED = (ItemState.RECEIVED.value, ItemState.VERIFIED.value)


# --- live counts ------------------------------------------------------------------


def _age_cutoff(today: date, months: int) -> date:
    """The latest document date that is too old on ``today`` for a ``months`` rule."""
    day = add_months(today, -months)
    while add_months(day, months) > today:
        day -= timedelta(days=1)
    while add_months(day + timedelta(days=1), months) <= today:
        day += timedelta(days=1)
    return day


def _valid_sql(rule: ValidityRule, today: date) -> ColumnElement[bool]:
    """Whether the joined document satisfies ``rule`` on ``today`` (as :func:`check_validity`)."""
    parts: list[ColumnElement[bool]] = []
    if rule.max_age_months is not None:
        parts.append(
            and_(
                Document.issued_on.is_not(None),
                Document.issued_on <= today,
                Document.issued_on > _age_cutoff(today, rule.max_age_months),
            )
        )
    if rule.not_expired:
        current = and_(Document.expires_on.is_not(None), Document.expires_on >= today)
        parts.append(
            or_(Document.expires_on.is_(None), current) if rule.allow_no_expiry else current
        )
    return and_(true(), *parts)


def _rules(catalogue: Catalogue) -> dict[str, ValidityRule]:
    return {code: t.validity for code, t in catalogue.items.items() if t.validity is not None}


def satisfied_sql(catalogue: Catalogue, today: date) -> ColumnElement[int]:
    """1 when a checklist item counts as collected today (waived, or received and valid).

    The document is looked up (a correlated subquery) only for items whose
    template has a validity rule: the rest need no dates.
    """
    rules = _rules(catalogue)
    collected = ChecklistItem.state.in_(_COLLECTED)
    if not rules:
        return case((ChecklistItem.state == ItemState.WAIVED.value, 1), (collected, 1), else_=0)
    valid = case(
        *[(ChecklistItem.item_code == code, _valid_sql(r, today)) for code, r in rules.items()],
        else_=literal(True),
    )
    document_valid = (
        select(case((valid, 1), else_=0))
        .where(Document.id == ChecklistItem.document_id, Document.deleted_at.is_(None))
        .correlate(ChecklistItem)
        .scalar_subquery()
    )
    return case(
        (ChecklistItem.state == ItemState.WAIVED.value, 1),
        (
            and_(collected, ChecklistItem.item_code.in_(sorted(rules))),
            func.coalesce(document_valid, 1),  # no (live) document: nothing to check
        ),
        (collected, 1),
        else_=0,
    )


def _counted_items() -> tuple[ColumnElement[bool], ...]:
    return (
        ChecklistItem.deleted_at.is_(None),
        ChecklistItem.required.is_(True),
        ChecklistItem.applicable.is_(True),
    )


def _live_counts(
    satisfied: ColumnElement[int], application_ids: Select[Any] | Collection[str] | None
) -> Select[str, int, int]:
    """``application_id, required, satisfied`` counted from the checklist (one row per
    application with required items; ``application_ids``: only these)."""
    query = (
        select(
            ChecklistItem.application_id.label("application_id"),
            func.count().label("required"),
            func.sum(satisfied).label("satisfied"),
        )
        .where(*_counted_items())
        .group_by(ChecklistItem.application_id)
    )
    if application_ids is not None:
        wanted = application_ids if isinstance(application_ids, Select) else sorted(application_ids)
        query = query.where(ChecklistItem.application_id.in_(wanted))
    return query


# --- stored counts ----------------------------------------------------------------


@cache
def _fingerprint(rules: tuple[tuple[str, int | None, bool, bool], ...]) -> str:
    return hashlib.sha256(json.dumps(rules).encode()).hexdigest()[:16]


def rules_fingerprint(catalogue: Catalogue) -> str:
    """A short fingerprint of the catalogue's validity rules (what stored counts depend on)."""
    rules = _rules(catalogue)
    return _fingerprint(
        tuple(
            (code, r.max_age_months, r.not_expired, r.allow_no_expiry)
            for code, r in sorted(rules.items())
        )
    )


def fresh_sql(today: date, fingerprint: str) -> ColumnElement[bool]:
    """Whether the (joined) stored counts hold on ``today`` for these rules."""
    stored = ApplicationCompleteness
    return and_(
        stored.rules == fingerprint,
        stored.computed_for <= today,
        or_(stored.valid_until.is_(None), stored.valid_until >= today),
    )


def _application_filter(
    statuses: Collection[str] | None,
    application_ids: Collection[str] | None,
    rm: str | None,
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Application.deleted_at.is_(None)]
    if statuses is not None:
        conditions.append(Application.status.in_(sorted(statuses)))
    if application_ids is not None:
        conditions.append(Application.id.in_(sorted(application_ids)))
    if rm is not None:
        conditions.append(
            Application.customer_id.in_(select(Customer.id).where(Customer.assigned_rm == rm))
        )
    return conditions


def completeness_subquery(
    today: date,
    catalogue: Catalogue | None = None,
    statuses: Collection[str] | None = None,
    application_ids: Collection[str] | None = None,
    rm: str | None = None,
    satisfied: ColumnElement[int] | None = None,
) -> Subquery:
    """Per live application: ``application_id``, ``required`` and ``satisfied`` item counts.

    Fresh stored counts where there are, counted live for the rest (see the
    module docstring). An application without required items may have no row
    (it is complete). ``statuses``: only applications with these statuses;
    ``application_ids``: only these; ``rm``: only applications of customers
    assigned to this RM; ``satisfied``: the :func:`satisfied_sql` for
    ``today``, when the caller has it built already.
    """
    cat = catalogue or load_catalogue()
    stored = ApplicationCompleteness
    fresh = fresh_sql(today, rules_fingerprint(cat))
    wanted = _application_filter(statuses, application_ids, rm)
    from_store = (
        select(stored.application_id, stored.required, stored.satisfied)
        .join(Application, Application.id == stored.application_id)
        .where(fresh, *wanted)
    )
    stale = select(Application.id).where(
        *wanted, ~exists().where(stored.application_id == Application.id, fresh)
    )
    live = _live_counts(satisfied if satisfied is not None else satisfied_sql(cat, today), stale)
    return union_all(from_store, live).subquery("completeness")


def incomplete_sql(
    today: date, catalogue: Catalogue, satisfied: ColumnElement[int] | None = None
) -> ColumnElement[bool]:
    """Whether the (outer) application has a required item not collected today.

    Read off the stored counts when fresh, else an ``EXISTS`` over its checklist
    that stops at the first such item.
    """
    stored = ApplicationCompleteness
    from_store = (
        select(stored.satisfied < stored.required)
        .where(
            stored.application_id == Application.id, fresh_sql(today, rules_fingerprint(catalogue))
        )
        .correlate(Application)
        .scalar_subquery()
    )
    live = exists().where(
        ChecklistItem.application_id == Application.id,
        *_counted_items(),
        (satisfied if satisfied is not None else satisfied_sql(catalogue, today)) == 0,
    )
    # COALESCE evaluates its arguments in order: the EXISTS runs only without fresh counts.
    return type_coerce(func.coalesce(from_store, live), Integer) == 1


def percent_sql(required: ColumnElement[Any], satisfied: ColumnElement[Any]) -> ColumnElement[int]:
    """Completeness in whole per cent, as :attr:`app.checklist.Progress.percent`."""
    return type_coerce(
        case(
            (func.coalesce(required, 0) == 0, 100),
            else_=(satisfied * 100).op("/")(required),  # integer division in SQLite
        ),
        Integer,
    )


# --- keeping the stored counts ------------------------------------------------------


def next_change(
    rule: ValidityRule, issued_on: date | None, expires_on: date | None, today: date
) -> date | None:
    """The first day after ``today`` on which the document's validity under ``rule`` can flip.

    As :func:`app.checklist_rules.check_validity` decides: a date in the future
    becomes valid on that day, a too-old limit is ``issued_on`` plus the months,
    an expiry ends after ``expires_on``. None: no date can change it.
    """
    days: list[date] = []
    if rule.max_age_months is not None and issued_on is not None:
        if issued_on > today:
            days.append(issued_on)
        limit = add_months(issued_on, rule.max_age_months)
        if limit > today:
            days.append(limit)
    if rule.not_expired and expires_on is not None and today <= expires_on < date.max:
        days.append(expires_on + timedelta(days=1))
    return min(days, default=None)


def collected_documents(
    ids: Collection[str], codes: Collection[str], required_only: bool = True
) -> Select[str, str, date | None, date | None]:
    """``application_id, item_code, issued_on, expires_on`` of the live documents collected
    (received or verified) for the applicable items with ``codes`` of applications ``ids``
    (``required_only``: of required items only)."""
    conditions = [
        ChecklistItem.application_id.in_(sorted(ids)),
        ChecklistItem.deleted_at.is_(None),
        ChecklistItem.applicable.is_(True),
        ChecklistItem.state.in_(_COLLECTED),
        ChecklistItem.item_code.in_(sorted(codes)),
        Document.deleted_at.is_(None),
    ]
    if required_only:
        conditions.append(ChecklistItem.required.is_(True))
    return (
        select(
            ChecklistItem.application_id,
            ChecklistItem.item_code,
            Document.issued_on,
            Document.expires_on,
        )
        .join(Document, Document.id == ChecklistItem.document_id)
        .where(*conditions)
    )


def _valid_until(
    session: Session, catalogue: Catalogue, today: date, ids: Sequence[str]
) -> dict[str, date]:
    """Per application of ``ids``: the last day its collected documents' dates hold."""
    rules = _rules(catalogue)
    if not rules:
        return {}
    rows = session.execute(collected_documents(ids, rules))
    until: dict[str, date] = {}
    for application_id, code, issued_on, expires_on in rows:
        change = next_change(rules[code], issued_on, expires_on, today)
        if change is not None:
            last = change - timedelta(days=1)
            until[application_id] = min(until.get(application_id, last), last)
    return until


def stale_applications(
    database: Database,
    today: date,
    catalogue: Catalogue | None = None,
    statuses: Collection[str] | None = OPEN_STATUSES,
) -> list[str]:
    """Live applications (with ``statuses``; None: all) without fresh stored counts."""
    fresh = fresh_sql(today, rules_fingerprint(catalogue or load_catalogue()))
    statement = select(Application.id).where(
        *_application_filter(statuses, None, None),
        ~exists().where(ApplicationCompleteness.application_id == Application.id, fresh),
    )
    with database.reading() as session:
        return list(session.scalars(statement))


def _store(session: Session, catalogue: Catalogue, today: date, ids: Sequence[str]) -> None:
    """Count ``ids`` and store the counts; the first statement writes, so nothing can
    change what is counted before it is stored (the write lock is held throughout)."""
    session.execute(
        delete(ApplicationCompleteness).where(ApplicationCompleteness.application_id.in_(ids))
    )
    counts = {
        application_id: (int(required), int(satisfied or 0))
        for application_id, required, satisfied in session.execute(
            _live_counts(satisfied_sql(catalogue, today), ids)
        )
    }
    until = _valid_until(session, catalogue, today, ids)
    fingerprint = rules_fingerprint(catalogue)
    session.execute(
        insert(ApplicationCompleteness),
        [
            {
                "application_id": application_id,
                "required": counts.get(application_id, (0, 0))[0],
                "satisfied": counts.get(application_id, (0, 0))[1],
                "computed_for": today,
                "valid_until": until.get(application_id),
                "rules": fingerprint,
            }
            for application_id in ids
        ],
    )


def refresh_completeness(
    database: Database,
    today: date,
    catalogue: Catalogue | None = None,
    statuses: Collection[str] | None = OPEN_STATUSES,
    wait_ms: int = REFRESH_WAIT_MS,
) -> int:
    """Store the counts of the applications (with ``statuses``) that have none fresh.

    Each batch of :data:`REFRESH_BATCH` is counted and stored in one short write
    transaction. When another writer holds the database for longer than
    ``wait_ms``, the refresh stops (readers count the rest live meanwhile).
    Returns how many applications' counts were stored.
    """
    cat = catalogue or load_catalogue()
    ids = stale_applications(database, today, cat, statuses)
    stored = 0
    if not ids:
        return 0
    with database.engine.connect() as connection:
        connection.exec_driver_sql(f"PRAGMA busy_timeout={int(wait_ms)}")
        connection.commit()
        try:
            for batch in _batches(ids, REFRESH_BATCH):
                with Session(bind=connection) as session, session.begin():
                    _store(session, cat, today, batch)
                stored += len(batch)
        except OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc):
                raise
            log.info("completeness refresh left %d applications live: database busy", len(ids))
        finally:
            connection.rollback()
            connection.exec_driver_sql(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            connection.commit()
    return stored


def _batches(ids: Sequence[str], size: int) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]
