"""A segment's prospects on the local cache: pages, summary counts and selections, in SQL.

The prospects of a segment are its members: the live customers whose ``segment``
is the segment's name (see :mod:`app.segments`). The list on screen is read page
by page, and the counts and a :class:`ProspectSelection` are worked out by the
database, so a 20,000-prospect segment is never loaded whole for them. The
session-level helpers are shared with the batch creation (:mod:`app.segment_batch`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sqlalchemy import ColumnElement, and_, exists, false, func, not_, or_, select
from sqlalchemy.orm import Session

from app.segments import (
    OPEN_APPLICATION_STATUSES,
    Classification,
    ProspectPage,
    ProspectRow,
    ProspectSelection,
    SelectionRule,
    eligibility_reasons,
    reasons_of,
    size_reason_code,
)
from db.database import Database
from db.models import Application, Customer, Segment

#: Ids per ``IN (...)`` of a query.
CHUNK = 500


def _live(name: str) -> ColumnElement[bool]:
    """The members of the segment called ``name`` (its prospects)."""
    return and_(Customer.deleted_at.is_(None), Customer.segment == name)


def _name_of(session: Session, segment_id: str) -> str:
    name = session.scalar(
        select(Segment.name).where(Segment.id == segment_id, Segment.deleted_at.is_(None))
    )
    if name is None:
        raise KeyError(segment_id)
    return name


def members(session: Session, name: str) -> list[Customer]:
    """Every live member of the segment called ``name``, by name (then id)."""
    return list(
        session.scalars(select(Customer).where(_live(name)).order_by(Customer.name, Customer.id))
    )


def members_by_id(session: Session, name: str, customer_ids: Sequence[str]) -> dict[str, Customer]:
    """The live members of the segment ``name`` among ``customer_ids``."""
    found: dict[str, Customer] = {}
    for start in range(0, len(customer_ids), CHUNK):
        chunk = list(customer_ids[start : start + CHUNK])
        for customer in session.scalars(
            select(Customer).where(_live(name), Customer.id.in_(chunk))
        ):
            found[customer.id] = customer
    return found


def open_applications(session: Session, customer_ids: Sequence[str]) -> dict[str, str]:
    """Customer id → product code of an open application, for those of ``customer_ids`` with one."""
    found: dict[str, str] = {}
    for start in range(0, len(customer_ids), CHUNK):
        chunk = list(customer_ids[start : start + CHUNK])
        for customer_id, product in session.execute(
            select(Application.customer_id, Application.product_code).where(
                Application.deleted_at.is_(None),
                Application.customer_id.in_(chunk),
                Application.status.in_(sorted(OPEN_APPLICATION_STATUSES)),
            )
        ):
            found.setdefault(customer_id, product)
    return found


def _rows(session: Session, customers: Sequence[Customer]) -> list[ProspectRow]:
    open_apps = open_applications(session, [c.id for c in customers])
    return [
        ProspectRow(
            id=c.id,
            name=c.name,
            uscc=c.uscc or "",
            status=c.status,
            size=c.size,
            eligible=c.eligible,
            reasons=reasons_of(c),
            open_application=open_apps.get(c.id),
            requested_exposure=c.requested_exposure,
        )
        for c in customers
    ]


def _rule_clause(rule: SelectionRule) -> ColumnElement[bool]:
    if rule is SelectionRule.ELIGIBLE:
        open_application = exists().where(
            Application.customer_id == Customer.id,
            Application.deleted_at.is_(None),
            Application.status.in_(sorted(OPEN_APPLICATION_STATUSES)),
        )
        return and_(Customer.eligible.is_(True), not_(open_application))
    return false()


def _selected(name: str, selection: ProspectSelection) -> ColumnElement[bool]:
    """The SQL condition of ``selection`` over the members of the segment ``name``."""
    chosen = _rule_clause(selection.rule)
    if selection.added:
        chosen = or_(chosen, Customer.id.in_(sorted(selection.added)))
    if selection.removed:
        chosen = and_(chosen, Customer.id.not_in(sorted(selection.removed)))
    return and_(_live(name), chosen)


def resolve(session: Session, name: str, selection: ProspectSelection) -> list[str]:
    """The ids of the members of the segment ``name`` that ``selection`` ticks, by name."""
    if selection.empty:
        return []
    return list(
        session.scalars(
            select(Customer.id)
            .where(_selected(name, selection))
            .order_by(Customer.name, Customer.id)
        )
    )


class SegmentProspects:
    """The prospects of the segments of one profile, read in SQL."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def prospects(self, segment_id: str) -> list[ProspectRow]:
        """Every member of the segment with size, eligibility, reasons and open applications.

        For a list on screen use :meth:`first_prospect_page` and :meth:`prospect_page`.
        """
        with self._db.reading() as session:
            return _rows(session, members(session, _name_of(session, segment_id)))

    def prospect_page(self, segment_id: str, offset: int, limit: int) -> list[ProspectRow]:
        """``limit`` prospects from ``offset``, by name (then id): one page of the list."""
        with self._db.reading() as session:
            return self._page(session, _name_of(session, segment_id), offset, limit)

    def first_prospect_page(self, segment_id: str, limit: int) -> ProspectPage:
        """How many prospects the segment has, and the first ``limit`` of them."""
        with self._db.reading() as session:
            name = _name_of(session, segment_id)
            total = session.scalar(select(func.count()).select_from(Customer).where(_live(name)))
            return ProspectPage(int(total or 0), self._page(session, name, 0, limit))

    @staticmethod
    def _page(session: Session, name: str, offset: int, limit: int) -> list[ProspectRow]:
        # Ids first (the index on the segment gives them in order), then those rows only.
        ids = list(
            session.scalars(
                select(Customer.id)
                .where(_live(name))
                .order_by(Customer.name, Customer.id)
                .offset(offset)
                .limit(limit)
            )
        )
        found = {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(ids)))}
        return _rows(session, [found[i] for i in ids if i in found])

    def prospect_summary(self, segment_id: str) -> Classification:
        """Counts over every prospect of the segment, in SQL (see :func:`classify_prospects`).

        Sizes and eligibility are counted by the database; the reasons are worked
        out only for the prospects that can have one (not eligible, eligibility
        or size unknown, large), once per distinct set of the figures they depend on.
        """
        with self._db.reading() as session:
            name = _name_of(session, segment_id)
            live = _live(name)
            sizes: Counter[str] = Counter()
            by_eligibility: Counter[bool | None] = Counter()
            for size, eligible, count in session.execute(
                select(Customer.size, Customer.eligible, func.count())
                .where(live)
                .group_by(Customer.size, Customer.eligible)
            ):
                sizes[size or ""] += count
                by_eligibility[eligible] += count
            reasons: Counter[str] = Counter()
            figures = (
                Customer.registered_in_prc,
                Customer.credit_type,
                Customer.total_assets,
                Customer.requested_exposure,
                Customer.size,
            )
            for registered, credit_type, assets, exposure, size, count in session.execute(
                select(*figures, func.count())
                .where(
                    live,
                    or_(
                        Customer.eligible.is_not(True),
                        Customer.size.is_(None),
                        Customer.size == "large",
                    ),
                )
                .group_by(*figures)
            ):
                codes = [r.code for r in eligibility_reasons(registered, credit_type, assets,
                                                             exposure)]  # fmt: skip
                extra = size_reason_code(size)
                for code in [*codes, *([extra] if extra else [])]:
                    reasons[code] += count
            selectable = session.scalar(
                select(func.count())
                .select_from(Customer)
                .where(live, _rule_clause(SelectionRule.ELIGIBLE))
            )
        return Classification(
            total=sum(sizes.values()),
            by_size={k: sizes.get(k, 0) for k in ("micro", "small", "medium", "large", "")},
            eligible=by_eligibility[True],
            not_eligible=by_eligibility[False],
            unknown=by_eligibility[None],
            reasons=tuple(reasons.most_common()),
            selectable=int(selectable or 0),
        )

    def count_selected(self, segment_id: str, selection: ProspectSelection) -> int:
        """How many prospects of the segment ``selection`` ticks (resolved in SQL)."""
        if selection.empty:
            return 0
        with self._db.reading() as session:
            name = _name_of(session, segment_id)
            found = session.scalar(
                select(func.count()).select_from(Customer).where(_selected(name, selection))
            )
            return int(found or 0)

    def selected_ids(self, segment_id: str, selection: ProspectSelection) -> list[str]:
        """The ids of the prospects ``selection`` ticks, by name (resolved in SQL)."""
        with self._db.reading() as session:
            return resolve(session, _name_of(session, segment_id), selection)

    def eligible_ids(self, segment_id: str) -> list[str]:
        """The prospects that are eligible and have no open application, by name."""
        return self.selected_ids(segment_id, ProspectSelection(SelectionRule.ELIGIBLE))
