"""Customer services: load and save profiles, find duplicates, page through the list.

Every write goes through the unit of work, so it reaches the outbox in the same
transaction. Derived fields (enterprise size, SME eligibility) are recomputed
from the reference data on every save.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    column,
    exists,
    func,
    join,
    literal_column,
    select,
    table,
)
from sqlalchemy.orm import Session

from app.classification import classify
from app.customer_list import CustomerQuery, CustomerRef, CustomerRow, ListPage
from app.customer_profile import (
    SCALAR_FIELDS,
    BankRelationship,
    Contact,
    CustomerProfile,
    OnboardingStatus,
)
from app.eligibility import assess_eligibility
from app.industries import normalise_industry_code
from app.money import yuan_to_wan
from app.sql_hints import unindexed
from app.validation import Problem, normalise, problems_for_completion
from db.database import Database
from db.models import BankRelationship as BankRow
from db.models import Customer, CustomerContact, RiskAlert
from db.search import FtsMatch, fts_matches, in_index, match_condition, search_conditions
from db.unit_of_work import UnitOfWork

Child = TypeVar("Child", CustomerContact, BankRow)

#: Searches with at most this many matches are answered from the search index first.
FTS_FIRST_LIMIT = 3_000
#: A search counts at most this many matches: the list says "10,000+".
COUNT_CAP = 10_000

#: Columns the customer list can sort by.
SORTABLE = (
    "name",
    "uscc",
    "industry_code",
    "city",
    "employees",
    "annual_revenue",
    "size",
    "eligible",
    "status",
    "updated_at",
    "assigned_rm",
)
#: Profile fields stored as NULL when empty (the rest are plain text).
_NULLABLE_TEXT = frozenset(
    {
        "uscc",
        "province",
        "city",
        "district",
        "address",
        "ownership_type",
        "industry_code",
        "legal_rep_name",
        "legal_rep_id_number",
        "legal_rep_mobile",
        "segment",
        "assigned_rm",
    }
)


class IncompleteProfileError(ValueError):
    """The profile cannot be marked complete: ``problems`` say what to fix."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(p.text() for p in problems))
        self.problems = list(problems)


class DuplicateUsccError(ValueError):
    """Another live customer already has this USCC (``existing`` names it)."""

    def __init__(self, uscc: str, existing: CustomerRef) -> None:
        super().__init__(f"USCC {uscc} already belongs to {existing.name}")
        self.uscc = uscc
        self.existing = existing


def derived_fields(profile: CustomerProfile) -> dict[str, Any]:
    """The stored derived fields of ``profile``: enterprise size and SME eligibility."""
    size = classify(
        profile.industry_code or None,
        profile.employees,
        None if profile.annual_revenue is None else yuan_to_wan(profile.annual_revenue),
        None if profile.total_assets is None else yuan_to_wan(profile.total_assets),
    ).size
    eligibility = assess_eligibility(
        profile.registered_in_prc,
        profile.credit_type,
        profile.total_assets,
        profile.requested_exposure,
    )
    return {"size": None if size is None else size.value, "eligible": eligibility.eligible}


def _column_values(profile: CustomerProfile) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in SCALAR_FIELDS:
        value = getattr(profile, name)
        if name in _NULLABLE_TEXT and value == "":
            value = None
        values[name] = value
    values["programmes"] = list(profile.programmes)
    if values["industry_code"]:
        values["industry_code"] = normalise_industry_code(values["industry_code"])
    values.update(derived_fields(profile))
    return values


def _profile_from(
    customer: Customer, contacts: Iterable[CustomerContact], banks: Iterable[BankRow]
) -> CustomerProfile:
    values: dict[str, Any] = {}
    for name in SCALAR_FIELDS:
        value = getattr(customer, name)
        if name in _NULLABLE_TEXT and value is None:
            value = ""
        values[name] = value
    values["programmes"] = list(customer.programmes or [])
    return CustomerProfile(
        **values,
        id=customer.id,
        contacts=[Contact(c.role, c.name, c.phone, c.id) for c in contacts],
        bank_relationships=[BankRelationship(b.bank, b.product, b.balance, b.id) for b in banks],
    )


def _open_alert_of_customer() -> list[ColumnElement[bool]]:
    """Conditions of an open, live risk alert on the customer of the outer query."""
    return [
        RiskAlert.customer_id == Customer.id,
        RiskAlert.status == "open",
        RiskAlert.deleted_at.is_(None),
    ]


class CustomerService:
    """Reads and writes customers of one profile; every write reaches the outbox."""

    def __init__(self, database: Database, actor: str) -> None:
        self._db = database
        self._actor = actor

    # Writing ---------------------------------------------------------------

    def save(self, profile: CustomerProfile, today: date | None = None) -> CustomerProfile:
        """Create or update ``profile`` with its contacts and bank relationships.

        A draft is saved whatever it holds; a profile marked complete or active
        must pass :func:`app.validation.problems_for_completion`, else
        :class:`IncompleteProfileError` and nothing is written. Returns the saved
        profile with its ids.
        """
        clean = normalise(profile)
        if clean.status != OnboardingStatus.DRAFT:
            problems = problems_for_completion(clean, today or date.today())
            if problems:
                raise IncompleteProfileError(problems)
        with self._db.unit_of_work(self._actor) as uow:
            if clean.status != OnboardingStatus.DRAFT:
                self._refuse_duplicate(uow, clean)
            saved = self._write(uow, clean)
        return saved

    def save_many(
        self, profiles: Sequence[CustomerProfile], today: date | None = None
    ) -> list[CustomerProfile]:
        """Save ``profiles`` in ONE transaction: all of them, or (on any error) none.

        A USCC that another live customer has (checked inside the transaction)
        raises :class:`DuplicateUsccError`: imports never merge silently.
        """
        cleaned = [normalise(p) for p in profiles]
        for clean in cleaned:
            if clean.status != OnboardingStatus.DRAFT:
                problems = problems_for_completion(clean, today or date.today())
                if problems:
                    raise IncompleteProfileError(problems)
        with self._db.unit_of_work(self._actor) as uow:
            if all(p.id is None and not p.contacts and not p.bank_relationships for p in cleaned):
                return self._bulk_insert(uow, cleaned)
            saved = []
            for clean in cleaned:
                self._refuse_duplicate(uow, clean)
                saved.append(self._write(uow, clean))
            return saved

    @staticmethod
    def _bulk_insert(uow: UnitOfWork, profiles: list[CustomerProfile]) -> list[CustomerProfile]:
        """New customers without children: one multi-row insert (imports of thousands)."""
        codes = sorted({p.uscc for p in profiles if p.uscc})
        for start in range(0, len(codes), 500):
            row = uow.session.execute(
                select(Customer.uscc, Customer.id, Customer.name, Customer.status)
                .where(Customer.uscc.in_(codes[start : start + 500]), Customer.deleted_at.is_(None))
                .limit(1)
            ).first()
            if row is not None:
                raise DuplicateUsccError(row[0] or "", CustomerRef(*row[1:]))
        rows = [_column_values(p) for p in profiles]
        ids = uow.bulk_create(Customer, rows)
        return [
            replace(p, id=i, industry_code=r["industry_code"] or "")
            for p, i, r in zip(profiles, ids, rows, strict=True)
        ]

    @staticmethod
    def _refuse_duplicate(uow: UnitOfWork, profile: CustomerProfile) -> None:
        if not profile.uscc:
            return
        conditions = [Customer.uscc == profile.uscc, Customer.deleted_at.is_(None)]
        if profile.id is not None:
            conditions.append(Customer.id != profile.id)
        uow.session.flush()
        row = uow.session.execute(
            select(Customer.id, Customer.name, Customer.status).where(*conditions).limit(1)
        ).first()
        if row is not None:
            raise DuplicateUsccError(profile.uscc, CustomerRef(*row))

    def _write(self, uow: UnitOfWork, profile: CustomerProfile) -> CustomerProfile:
        values = _column_values(profile)
        if profile.id is None:
            customer = uow.add(Customer(**values))
        else:
            found = uow.get(Customer, profile.id)
            if found is None:
                raise KeyError(profile.id)
            customer = uow.update(found, values)
        uow.session.flush()
        contacts = self._write_children(
            uow,
            CustomerContact,
            customer.id,
            [({"role": c.role, "name": c.name, "phone": c.phone}, c.id) for c in profile.contacts],
        )
        banks = self._write_children(
            uow,
            BankRow,
            customer.id,
            [
                ({"bank": b.bank, "product": b.product, "balance": b.balance}, b.id)
                for b in profile.bank_relationships
            ],
        )
        return replace(
            profile,
            id=customer.id,
            industry_code=customer.industry_code or "",
            contacts=[replace(c, id=i) for c, i in zip(profile.contacts, contacts, strict=True)],
            bank_relationships=[
                replace(b, id=i) for b, i in zip(profile.bank_relationships, banks, strict=True)
            ],
        )

    @staticmethod
    def _write_children(
        uow: UnitOfWork,
        model: type[Child],
        customer_id: str,
        wanted: Sequence[tuple[Mapping[str, Any], str | None]],
    ) -> list[str]:
        existing: dict[str, Child] = {
            row.id: row
            for row in uow.session.scalars(
                select(model).where(model.customer_id == customer_id, model.deleted_at.is_(None))
            )
        }
        ids: list[str] = []
        for position, (values, child_id) in enumerate(wanted):
            row = existing.pop(child_id, None) if child_id else None
            if row is None:
                row = uow.add(model(customer_id=customer_id, position=position, **values))
                uow.session.flush()
            else:
                uow.update(row, {**values, "position": position})
            ids.append(row.id)
        for gone in existing.values():
            uow.soft_delete(gone)
        return ids

    def set_status(
        self, customer_id: str, status: OnboardingStatus, today: date | None = None
    ) -> None:
        """Move a customer to ``status`` (complete and active need a valid profile)."""
        profile = self.load(customer_id)
        self.save(replace(profile, status=status.value), today)

    def delete(self, customer_id: str) -> None:
        """Soft-delete a customer so the deletion syncs."""
        with self._db.unit_of_work(self._actor) as uow:
            customer = uow.get(Customer, customer_id)
            if customer is None:
                raise KeyError(customer_id)
            uow.soft_delete(customer)

    def reclassify_all(self, batch: int = 2_000) -> int:
        """Recompute size and eligibility of every live customer (new reference data).

        Returns how many customers changed.
        """
        changed = 0
        offset = 0
        while True:
            with self._db.unit_of_work(self._actor) as uow:
                rows = list(
                    uow.session.scalars(
                        select(Customer)
                        .where(Customer.deleted_at.is_(None))
                        .order_by(Customer.id)
                        .offset(offset)
                        .limit(batch)
                    )
                )
                for customer in rows:
                    derived = derived_fields(_profile_from(customer, [], []))
                    if derived != {"size": customer.size, "eligible": customer.eligible}:
                        uow.update(customer, derived)
                        changed += 1
            if len(rows) < batch:
                return changed
            offset += batch

    # Reading ---------------------------------------------------------------

    def load(self, customer_id: str) -> CustomerProfile:
        """The full profile of a live customer (``KeyError`` if there is none)."""
        with self._db.reading() as session:
            customer = session.get(Customer, customer_id)
            if customer is None or customer.is_deleted:
                raise KeyError(customer_id)
            contacts = session.scalars(
                select(CustomerContact)
                .where(
                    CustomerContact.customer_id == customer_id,
                    CustomerContact.deleted_at.is_(None),
                )
                .order_by(CustomerContact.position)
            ).all()
            banks = session.scalars(
                select(BankRow)
                .where(BankRow.customer_id == customer_id, BankRow.deleted_at.is_(None))
                .order_by(BankRow.position)
            ).all()
            return _profile_from(customer, contacts, banks)

    def find_by_uscc(self, uscc: str, exclude_id: str | None = None) -> CustomerRef | None:
        """The live customer that already has ``uscc``, if any (duplicate check)."""
        code = uscc.strip().upper()
        if not code:
            return None
        conditions = [Customer.uscc == code, Customer.deleted_at.is_(None)]
        if exclude_id is not None:
            conditions.append(Customer.id != exclude_id)
        stmt = select(Customer.id, Customer.name, Customer.status).where(*conditions).limit(1)
        with self._db.reading() as session:
            row = session.execute(stmt).first()
        return None if row is None else CustomerRef(*row)

    def existing_usccs(self, codes: Iterable[str]) -> dict[str, CustomerRef]:
        """Of ``codes``, those a live customer already has, with that customer."""
        wanted = sorted({c.strip().upper() for c in codes if c and c.strip()})
        found: dict[str, CustomerRef] = {}
        with self._db.reading() as session:
            for start in range(0, len(wanted), 500):
                chunk = wanted[start : start + 500]
                stmt = select(Customer.uscc, Customer.id, Customer.name, Customer.status).where(
                    Customer.uscc.in_(chunk), Customer.deleted_at.is_(None)
                )
                for code, *ref in session.execute(stmt):
                    if code is not None:
                        found[code] = CustomerRef(*ref)
        return found

    @staticmethod
    def _filters(query: CustomerQuery, unindexed: bool = False) -> list[ColumnElement[bool]]:
        """Live customers passing the filters of ``query`` (not its search).

        ``unindexed`` writes the columns as ``+customers.x`` so SQLite cannot
        use their indexes and drives the query from the search index instead.
        """

        def col(name: str) -> Any:
            return literal_column(f"+customers.{name}") if unindexed else getattr(Customer, name)

        conditions: list[ColumnElement[bool]] = [col("deleted_at").is_(None)]
        if query.status:
            conditions.append(col("status") == query.status)
        if query.size:
            conditions.append(col("size") == query.size)
        if query.segment:
            conditions.append(col("segment") == query.segment)
        if query.rm:
            conditions.append(col("assigned_rm") == query.rm)
        if query.eligible is not None:
            conditions.append(col("eligible") == int(query.eligible))
        if query.has_alerts is not None:
            has = exists().where(*_open_alert_of_customer())
            conditions.append(has if query.has_alerts else ~has)
        return conditions

    def count(self, query: CustomerQuery | str = "") -> int:
        """Exact number of live customers matching ``query`` (a query or a search text)."""
        query = CustomerQuery(search=query) if isinstance(query, str) else query
        conditions = [*self._filters(query), *search_conditions(query.search)]
        stmt = select(func.count()).select_from(Customer).where(*conditions)
        with self._db.reading() as session:
            return int(session.scalar(stmt) or 0)

    def first_page(self, query: CustomerQuery, limit: int) -> ListPage:
        """What the list shows first: the number of matches and the first ``limit`` rows.

        A search counts at most :data:`COUNT_CAP` matches (``capped``). Searches
        with few matches are answered from the search index first; many matches
        walk the sort index and stop after ``limit`` rows.
        """
        matches = fts_matches(query.search)
        with self._db.reading() as session:
            if not matches:
                stmt = select(func.count()).select_from(Customer).where(*self._filters(query))
                total, capped = int(session.scalar(stmt) or 0), False
            else:
                total = self._capped_count(session, query, matches)
                capped = total > COUNT_CAP
                total = min(total, COUNT_CAP)
            fts_first = bool(matches) and total <= FTS_FIRST_LIMIT
            rows = self._page(session, query, 0, limit, fts_first)
        return ListPage(total, capped, rows, fts_first)

    def _capped_count(self, session: Session, query: CustomerQuery, matches: list[FtsMatch]) -> int:
        driving, *others = matches
        fts = table(driving.table, column("rowid"))
        rowid: ColumnElement[int] = literal_column("customers.rowid")
        inner: Any = (
            select(literal_column("1"))
            .select_from(join(fts, Customer.__table__, rowid == fts.c.rowid))
            .where(
                match_condition(driving, "fts_0"),
                *(in_index(m, f"fts_{i}") for i, m in enumerate(others, start=1)),
                *self._filters(query, unindexed=True),
            )
            .limit(COUNT_CAP + 1)
        )
        return int(session.scalar(select(func.count()).select_from(inner.subquery())) or 0)

    def page(
        self, query: CustomerQuery, offset: int, limit: int, fts_first: bool = False
    ) -> list[CustomerRow]:
        """One page of live customers matching ``query``; never more than ``limit`` rows.

        ``fts_first`` (from :meth:`first_page`) picks the plan for few matches.
        """
        with self._db.reading() as session:
            return self._page(session, query, offset, limit, fts_first)

    def _page(
        self, session: Session, query: CustomerQuery, offset: int, limit: int, fts_first: bool
    ) -> list[CustomerRow]:
        if query.sort not in SORTABLE:
            raise ValueError(f"cannot sort by {query.sort}")
        column: Any = (
            literal_column(f"+customers.{query.sort}")
            if fts_first
            else getattr(Customer, query.sort)
        )
        order = column.desc() if query.descending else column.asc()
        stmt = (
            select(
                Customer.id,
                Customer.name,
                Customer.uscc,
                Customer.industry_code,
                Customer.city,
                Customer.employees,
                Customer.annual_revenue,
                Customer.size,
                Customer.eligible,
                Customer.status,
                Customer.segment,
                select(func.count())
                .where(*_open_alert_of_customer())
                .correlate(Customer)
                .scalar_subquery(),
                Customer.assigned_rm,
            )
            .where(*self._filters(query, unindexed=fts_first), *search_conditions(query.search))
            .order_by(order, Customer.id)
            .offset(offset)
            .limit(limit)
        )
        return [CustomerRow(*row) for row in session.execute(stmt)]

    @property
    def database(self) -> Database:
        """The profile's database."""
        return self._db

    def assigned_rms(self) -> list[str]:
        """The RMs customers are assigned to (a branch manager's profile holds several)."""
        stmt = (
            select(Customer.assigned_rm)
            .distinct()
            .where(unindexed(Customer.deleted_at).is_(None), Customer.assigned_rm.is_not(None))
            .order_by(Customer.assigned_rm)
        )
        with self._db.reading() as session:
            return [rm for rm in session.scalars(stmt) if rm]

    def segments(self) -> list[str]:
        """The segments (细分市场) in use, for the list's filter."""
        stmt = (
            select(Customer.segment)
            .distinct()
            .where(Customer.deleted_at.is_(None), Customer.segment.is_not(None))
            .order_by(Customer.segment)
        )
        with self._db.reading() as session:
            return [s for s in session.scalars(stmt) if s]
