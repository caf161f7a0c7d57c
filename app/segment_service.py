"""The segment service: segments, prospects and batch development on the local cache.

See :mod:`app.segments` for what a segment is. Every change goes through the
unit of work (each record with its outbox entry); a batch creation is ONE
unit of work.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, false, func, not_, or_, select
from sqlalchemy.orm import Session

from app.applications import ApplicationInput, ApplicationService
from app.attachment_store import AttachmentStore
from app.catalogue import Catalogue, load_catalogue
from app.checklist_rules import evaluate_condition, facts_for
from app.customer_profile import CustomerProfile
from app.customers import CustomerService
from app.importing import (
    ImportPlan,
    ImportResult,
    Table,
    apply_import,
    guess_mapping,
    plan_import,
    read_table,
)
from app.segment_plans import (
    SUBMITTED_STATUSES,
    Actuals,
    InvalidPlanError,
    PlanInput,
    PlanProgress,
    QuarterCoverage,
    plan_problems,
    quarter_bounds,
)
from app.segment_plans import (
    problem as plan_problem,
)
from app.segments import (
    OPEN_APPLICATION_STATUSES,
    PRODUCT_REQUIRED,
    BatchResult,
    BatchTermsError,
    Classification,
    Created,
    InvalidSegmentError,
    ProspectPage,
    ProspectRow,
    ProspectSelection,
    Reason,
    SegmentInput,
    SegmentView,
    SelectionRule,
    SkipCode,
    Skipped,
    eligibility_reasons,
    problem,
    reasons_of,
    segment_problems,
    size_reason_code,
)
from app.validation import FEN, Problem
from db.database import Database
from db.models import Application, ChecklistItem, Customer, Segment, SegmentPlan, Visit, new_uuid
from db.unit_of_work import UnitOfWork


class SegmentCustomers(CustomerService):
    """The customer service of a segment's import: every saved row joins the segment."""

    def __init__(self, database: Database, actor: str, segment_name: str) -> None:
        super().__init__(database, actor)
        self.segment_name = segment_name

    def save_many(
        self, profiles: Sequence[CustomerProfile], today: date | None = None
    ) -> list[CustomerProfile]:
        """Save ``profiles`` (one transaction), each tagged with the segment."""
        for profile in profiles:
            profile.segment = self.segment_name
        return super().save_many(profiles, today)


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()


class SegmentService:
    """Segments, their prospects and batch development for one profile."""

    def __init__(
        self,
        database: Database,
        actor: str,
        store: AttachmentStore | None = None,
        catalogue: Catalogue | None = None,
    ) -> None:
        self._db = database
        self._actor = actor
        self.catalogue = catalogue or load_catalogue()
        self._store = store

    @property
    def actor(self) -> str:
        """The user the changes are made by."""
        return self._actor

    # Segments ----------------------------------------------------------------------

    def validate(self, data: SegmentInput) -> list[Problem]:
        """What is wrong with ``data`` (empty when fine), including a duplicate name."""
        found = segment_problems(dict(data.__dict__), self.catalogue)
        if not any(p.field == "name" for p in found):
            with self._db.reading() as session:
                other = self._by_name(session, data.name, data.id)
            if other is not None:
                found.insert(0, problem("name", "name.taken", name=data.name.strip()))
        return found

    @staticmethod
    def _by_name(session: Session, name: str, exclude: str | None) -> Segment | None:
        wanted = _norm(name)
        for segment in session.scalars(select(Segment).where(Segment.deleted_at.is_(None))):
            if segment.id != exclude and _norm(segment.name) == wanted:
                return segment
        return None

    def save(self, data: SegmentInput) -> str:
        """Create or change a segment; a rename relabels its members. Returns its id.

        Raises :class:`InvalidSegmentError` (nothing written) for bad fields.
        """
        problems = self.validate(data)
        if problems:
            raise InvalidSegmentError(problems)
        values: dict[str, Any] = {
            "name": " ".join(data.name.split()),
            "segment_type": data.segment_type,
            "region": data.region.strip(),
            "description": data.description.strip(),
            "core_enterprise_name": data.core_enterprise_name.strip(),
            "core_enterprise_uscc": data.core_enterprise_uscc.strip().upper() or None,
            "core_customer_id": data.core_customer_id or None,
            "risk_controls": [c.strip() for c in data.risk_controls if c.strip()],
            "default_product_code": data.default_product_code or None,
            "default_amount": None
            if data.default_amount is None
            else data.default_amount.quantize(FEN),
            "default_term_months": data.default_term_months,
        }
        with self._db.unit_of_work(self._actor) as uow:
            if data.id is None:
                segment = uow.add(Segment(**values, owner=self._actor))
                uow.session.flush()
                return segment.id
            segment = self._get(uow, data.id)
            old_name = segment.name
            uow.update(segment, values)
            if old_name != segment.name:
                for customer in self._members(uow.session, old_name):
                    uow.update(customer, {"segment": segment.name})
            return segment.id

    def delete(self, segment_id: str) -> None:
        """Soft-delete a segment and its plans (members keep their label)."""
        with self._db.unit_of_work(self._actor) as uow:
            segment = self._get(uow, segment_id)
            for plan in uow.session.scalars(
                select(SegmentPlan).where(
                    SegmentPlan.segment_id == segment_id, SegmentPlan.deleted_at.is_(None)
                )
            ):
                uow.soft_delete(plan)
            uow.soft_delete(segment)

    @staticmethod
    def _get(uow: UnitOfWork, segment_id: str) -> Segment:
        segment = uow.get(Segment, segment_id)
        if segment is None:
            raise KeyError(segment_id)
        return segment

    @staticmethod
    def _members(session: Session, name: str) -> list[Customer]:
        return list(
            session.scalars(
                select(Customer)
                .where(Customer.deleted_at.is_(None), Customer.segment == name)
                .order_by(Customer.name, Customer.id)
            )
        )

    def segments(self) -> list[SegmentView]:
        """Every live segment on this laptop (a manager's: the branch's), by name."""
        with self._db.reading() as session:
            counts = dict(
                session.execute(
                    select(Customer.segment, func.count())
                    .where(Customer.deleted_at.is_(None), Customer.segment.is_not(None))
                    .group_by(Customer.segment)
                ).all()
            )
            segments = session.scalars(
                select(Segment).where(Segment.deleted_at.is_(None)).order_by(Segment.name)
            )
            return [self._view(s, int(counts.get(s.name, 0))) for s in segments]

    def load(self, segment_id: str) -> SegmentView:
        """One live segment (KeyError if there is none)."""
        with self._db.reading() as session:
            segment = session.get(Segment, segment_id)
            if segment is None or segment.is_deleted:
                raise KeyError(segment_id)
            members = session.scalar(
                select(func.count())
                .select_from(Customer)
                .where(Customer.deleted_at.is_(None), Customer.segment == segment.name)
            )
            return self._view(segment, int(members or 0))

    @staticmethod
    def _view(segment: Segment, members: int) -> SegmentView:
        return SegmentView(
            id=segment.id,
            name=segment.name,
            segment_type=segment.segment_type,
            region=segment.region,
            description=segment.description,
            core_enterprise_name=segment.core_enterprise_name,
            core_enterprise_uscc=segment.core_enterprise_uscc or "",
            core_customer_id=segment.core_customer_id,
            risk_controls=tuple(segment.risk_controls or ()),
            default_product_code=segment.default_product_code,
            default_amount=segment.default_amount,
            default_term_months=segment.default_term_months,
            owner=segment.owner or segment.updated_by,
            members=members,
        )

    # Prospects ---------------------------------------------------------------------

    def prospects(self, segment_id: str) -> list[ProspectRow]:
        """Every member of the segment with size, eligibility, reasons and open applications.

        For a list on screen use :meth:`first_prospect_page` and :meth:`prospect_page`.
        """
        segment = self.load(segment_id)
        with self._db.reading() as session:
            return self._rows(session, self._members(session, segment.name))

    def _rows(self, session: Session, customers: Sequence[Customer]) -> list[ProspectRow]:
        open_apps = self._open_applications(session, [c.id for c in customers])
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

    @staticmethod
    def _name_of(session: Session, segment_id: str) -> str:
        name = session.scalar(
            select(Segment.name).where(Segment.id == segment_id, Segment.deleted_at.is_(None))
        )
        if name is None:
            raise KeyError(segment_id)
        return name

    @staticmethod
    def _live(name: str) -> ColumnElement[bool]:
        """The members of the segment called ``name`` (its prospects)."""
        return and_(Customer.deleted_at.is_(None), Customer.segment == name)

    def prospect_page(self, segment_id: str, offset: int, limit: int) -> list[ProspectRow]:
        """``limit`` prospects from ``offset``, by name (then id): one page of the list."""
        with self._db.reading() as session:
            return self._page(session, self._name_of(session, segment_id), offset, limit)

    def first_prospect_page(self, segment_id: str, limit: int) -> ProspectPage:
        """How many prospects the segment has, and the first ``limit`` of them."""
        with self._db.reading() as session:
            name = self._name_of(session, segment_id)
            total = session.scalar(
                select(func.count()).select_from(Customer).where(self._live(name))
            )
            return ProspectPage(int(total or 0), self._page(session, name, 0, limit))

    def _page(self, session: Session, name: str, offset: int, limit: int) -> list[ProspectRow]:
        # Ids first (the index on the segment gives them in order), then those rows only.
        ids = list(
            session.scalars(
                select(Customer.id)
                .where(self._live(name))
                .order_by(Customer.name, Customer.id)
                .offset(offset)
                .limit(limit)
            )
        )
        found = {c.id: c for c in session.scalars(select(Customer).where(Customer.id.in_(ids)))}
        return self._rows(session, [found[i] for i in ids if i in found])

    def prospect_summary(self, segment_id: str) -> Classification:
        """Counts over every prospect of the segment, in SQL (see :func:`classify_prospects`).

        Sizes and eligibility are counted by the database; the reasons are worked
        out only for the prospects that can have one (not eligible, eligibility
        or size unknown, large), once per distinct set of the figures they depend on.
        """
        with self._db.reading() as session:
            name = self._name_of(session, segment_id)
            live = self._live(name)
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
                .where(live, self._rule_clause(SelectionRule.ELIGIBLE))
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

    @staticmethod
    def _rule_clause(rule: SelectionRule) -> ColumnElement[bool]:
        if rule is SelectionRule.ELIGIBLE:
            open_application = exists().where(
                Application.customer_id == Customer.id,
                Application.deleted_at.is_(None),
                Application.status.in_(sorted(OPEN_APPLICATION_STATUSES)),
            )
            return and_(Customer.eligible.is_(True), not_(open_application))
        return false()

    def _selected(self, name: str, selection: ProspectSelection) -> ColumnElement[bool]:
        """The SQL condition of ``selection`` over the members of the segment ``name``."""
        chosen = self._rule_clause(selection.rule)
        if selection.added:
            chosen = or_(chosen, Customer.id.in_(sorted(selection.added)))
        if selection.removed:
            chosen = and_(chosen, Customer.id.not_in(sorted(selection.removed)))
        return and_(self._live(name), chosen)

    def count_selected(self, segment_id: str, selection: ProspectSelection) -> int:
        """How many prospects of the segment ``selection`` ticks (resolved in SQL)."""
        if selection.empty:
            return 0
        with self._db.reading() as session:
            name = self._name_of(session, segment_id)
            found = session.scalar(
                select(func.count()).select_from(Customer).where(self._selected(name, selection))
            )
            return int(found or 0)

    def selected_ids(self, segment_id: str, selection: ProspectSelection) -> list[str]:
        """The ids of the prospects ``selection`` ticks, by name (resolved in SQL)."""
        with self._db.reading() as session:
            return self._resolve(session, self._name_of(session, segment_id), selection)

    def _resolve(self, session: Session, name: str, selection: ProspectSelection) -> list[str]:
        if selection.empty:
            return []
        return list(
            session.scalars(
                select(Customer.id)
                .where(self._selected(name, selection))
                .order_by(Customer.name, Customer.id)
            )
        )

    def _members_by_id(
        self, session: Session, name: str, customer_ids: Sequence[str]
    ) -> dict[str, Customer]:
        """The live members of the segment ``name`` among ``customer_ids``."""
        found: dict[str, Customer] = {}
        for start in range(0, len(customer_ids), 500):
            chunk = list(customer_ids[start : start + 500])
            for customer in session.scalars(
                select(Customer).where(self._live(name), Customer.id.in_(chunk))
            ):
                found[customer.id] = customer
        return found

    @staticmethod
    def _open_applications(session: Session, customer_ids: Sequence[str]) -> dict[str, str]:
        found: dict[str, str] = {}
        for start in range(0, len(customer_ids), 500):
            chunk = list(customer_ids[start : start + 500])
            for customer_id, product in session.execute(
                select(Application.customer_id, Application.product_code).where(
                    Application.deleted_at.is_(None),
                    Application.customer_id.in_(chunk),
                    Application.status.in_(sorted(OPEN_APPLICATION_STATUSES)),
                )
            ):
                found.setdefault(customer_id, product)
        return found

    def plan_import(self, segment_id: str, table: Table, mapping: Mapping[int, str] | None = None,
                    today: date | None = None) -> ImportPlan:  # fmt: skip
        """Check a prospect list for this segment: every row is tagged with the segment."""
        segment = self.load(segment_id)
        customers = self.customers_for(segment_id)
        plan = plan_import(
            table,
            guess_mapping(table.headers) if mapping is None else mapping,
            customers.existing_usccs,
            today or date.today(),
            segment=segment.name,
        )
        for row in plan.rows:
            row.profile.segment = segment.name
        return plan

    def customers_for(self, segment_id: str) -> SegmentCustomers:
        """A customer service whose imports join the segment (for the batch import)."""
        return SegmentCustomers(self._db, self._actor, self.load(segment_id).name)

    def import_prospects(
        self, segment_id: str, plan: ImportPlan, valid_only: bool = True
    ) -> ImportResult:
        """Save a planned prospect list as draft customers of the segment (one transaction)."""
        return apply_import(self.customers_for(segment_id), plan, valid_only)

    def import_file(self, segment_id: str, path: Path | str) -> ImportResult:
        """Read, check and import a prospect file (.xlsx/.csv) with guessed columns."""
        return self.import_prospects(segment_id, self.plan_import(segment_id, read_table(path)))

    # Batch creation ----------------------------------------------------------------

    def eligible_ids(self, segment_id: str) -> list[str]:
        """The prospects that are eligible and have no open application, by name."""
        return self.selected_ids(segment_id, ProspectSelection(SelectionRule.ELIGIBLE))

    def create_applications(
        self,
        segment_id: str,
        customer_ids: Sequence[str] | ProspectSelection,
        product_code: str | None = None,
        today: date | None = None,
    ) -> BatchResult:
        """One draft application per selected prospect, with the segment's shared terms.

        ``customer_ids``: the prospects, or a :class:`ProspectSelection` resolved
        in SQL inside the same transaction (by name). All in ONE unit of work
        (each application and checklist item with its
        outbox entry): if anything fails, nothing is written. Prospects that are
        not eligible, whose eligibility is unknown, that already have an open
        application or whose figures do not fit the product are skipped, with
        the reason. The amount is the segment's default, else the prospect's
        requested exposure; the term is the segment's default.
        """
        day = today or date.today()
        segment = self.load(segment_id)
        code = product_code or segment.default_product_code
        product = self.catalogue.products.get(code or "")
        if product is None:
            raise BatchTermsError(
                [problem("default_product_code", "product.unknown")]
                if code
                else [Problem("default_product_code", "product.required", PRODUCT_REQUIRED)]
            )
        applications = ApplicationService(
            self._db, self._actor, self._store or AttachmentStore(self._db.path.parent / "files"),
            self.catalogue,
        )  # fmt: skip
        collateral = "none" if "none" in product.collateral_types else product.collateral_types[0]
        created: list[Created] = []
        skipped: list[Skipped] = []
        app_rows: list[dict[str, Any]] = []
        item_rows: list[dict[str, Any]] = []
        with self._db.unit_of_work(self._actor) as uow:
            session = uow.session
            if isinstance(customer_ids, ProspectSelection):
                wanted = self._resolve(session, segment.name, customer_ids)
            else:
                wanted = list(dict.fromkeys(customer_ids))
            members = self._members_by_id(session, segment.name, wanted)
            open_apps = self._open_applications(session, [i for i in wanted if i in members])
            for customer_id in wanted:
                customer = members.get(customer_id)
                if customer is None:
                    skipped.append(Skipped(customer_id, "", SkipCode.NOT_FOUND))
                    continue
                reasons = reasons_of(customer)
                if customer.eligible is False:
                    skipped.append(
                        Skipped(customer.id, customer.name, SkipCode.NOT_ELIGIBLE, {}, reasons)
                    )
                    continue
                if customer.eligible is None:
                    skipped.append(
                        Skipped(customer.id, customer.name, SkipCode.ELIGIBILITY_UNKNOWN, {},
                                reasons)
                    )  # fmt: skip
                    continue
                if customer.id in open_apps:
                    skipped.append(
                        Skipped(customer.id, customer.name, SkipCode.OPEN_APPLICATION,
                                {"product": open_apps[customer.id]})
                    )  # fmt: skip
                    continue
                data = ApplicationInput(
                    customer_id=customer.id,
                    product_code=product.code,
                    amount=segment.default_amount or customer.requested_exposure,
                    term_months=segment.default_term_months,
                    purpose=segment.name,
                    collateral_type=collateral,
                )
                problems = applications.validate(data)
                if problems:
                    details = tuple(Reason("Application", p.template, p.params) for p in problems)
                    skipped.append(Skipped(customer.id, customer.name, SkipCode.TERMS, {}, details))
                    continue
                application_id = new_uuid()
                app_rows.append(
                    {
                        "id": application_id,
                        "customer_id": customer.id,
                        "product_code": product.code,
                        "catalogue_version": self.catalogue.version,
                        "amount": data.amount,
                        "term_months": data.term_months,
                        "purpose": data.purpose,
                        "collateral_type": data.collateral_type,
                        "collateral_description": "",
                        "status": "draft",
                    }
                )
                item_rows += self._checklist_rows(application_id, data, customer, day)
                created.append(Created(customer.id, customer.name, application_id))
            # Bulk inserts, each row with its outbox entry, in this one transaction.
            uow.bulk_create(Application, app_rows)
            uow.bulk_create(ChecklistItem, item_rows)
        return BatchResult(product.code, tuple(created), tuple(skipped))

    def _checklist_rows(
        self, application_id: str, data: ApplicationInput, customer: Customer, today: date
    ) -> list[dict[str, Any]]:
        """A new application's checklist, as :meth:`ApplicationService.save` makes it."""
        product = self.catalogue.products[data.product_code]
        facts = facts_for(
            product,
            data.collateral_type,
            customer.credit_type,
            customer.registration_date,
            today,
            data.amount,
        )
        rows = []
        for position, entry in enumerate(product.items):
            template = self.catalogue.items[entry.code]
            applicable = template.condition is None or evaluate_condition(template.condition, facts)
            rows.append(
                {
                    "application_id": application_id,
                    "item_code": entry.code,
                    "position": position,
                    "required": entry.required,
                    "applicable": applicable,
                }
            )
        return rows


# --- plans ------------------------------------------------------------------------------


def _utc(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


class PlanService:
    """Segment plans of one profile and their progress."""

    def __init__(self, database: Database, actor: str) -> None:
        self._db = database
        self._actor = actor

    def save(self, data: PlanInput) -> str:
        """Create or change a plan; returns its id.

        Raises :class:`InvalidPlanError` (nothing written) for bad fields, a second
        plan of the segment for the same quarter, or another RM's plan.
        """
        problems = plan_problems(dict(data.__dict__))
        with self._db.unit_of_work(self._actor) as uow:
            session = uow.session
            segment = uow.get(Segment, data.segment_id)
            if segment is None:
                problems.append(plan_problem("segment_id", "segment.missing"))
            plan = None if data.id is None else uow.get(SegmentPlan, data.id)
            if data.id is not None and plan is None:
                raise KeyError(data.id)
            owner = (plan.owner if plan is not None else None) or (
                segment.owner if segment is not None else None
            )
            if owner and owner != self._actor:
                problems.append(plan_problem("owner", "owner.other", owner=owner))
            if not any(p.field == "quarter" for p in problems):
                twin = session.scalar(
                    select(SegmentPlan.id).where(
                        SegmentPlan.deleted_at.is_(None),
                        SegmentPlan.segment_id == data.segment_id,
                        SegmentPlan.quarter == data.quarter.strip(),
                        SegmentPlan.id != (data.id or ""),
                    )
                )
                if twin is not None:
                    problems.append(plan_problem("quarter", "quarter.taken", quarter=data.quarter))
            if problems:
                raise InvalidPlanError(problems)
            values = {
                "segment_id": data.segment_id,
                "quarter": data.quarter.strip(),
                "target_visits": data.target_visits,
                "target_applications": data.target_applications,
                "target_approved_amount": data.target_approved_amount.quantize(FEN),
                "status": data.status,
                "note": data.note.strip(),
            }
            if plan is None:
                plan = uow.add(SegmentPlan(**values, owner=self._actor))
                session.flush()
            else:
                uow.update(plan, values)
            return plan.id

    def delete(self, plan_id: str) -> None:
        """Soft-delete a plan (the deletion syncs)."""
        with self._db.unit_of_work(self._actor) as uow:
            plan = uow.get(SegmentPlan, plan_id)
            if plan is None:
                raise KeyError(plan_id)
            if plan.owner and plan.owner != self._actor:
                raise InvalidPlanError([plan_problem("owner", "owner.other", owner=plan.owner)])
            uow.soft_delete(plan)

    def progress(
        self, quarter: str | None = None, segment_id: str | None = None
    ) -> list[PlanProgress]:
        """Plans (of ``quarter`` / ``segment_id`` if given) with targets and actuals."""
        with self._db.reading() as session:
            query = (
                select(SegmentPlan, Segment)
                .join(Segment, Segment.id == SegmentPlan.segment_id)
                .where(SegmentPlan.deleted_at.is_(None), Segment.deleted_at.is_(None))
                .order_by(SegmentPlan.quarter.desc(), SegmentPlan.owner, Segment.name)
            )
            if quarter is not None:
                query = query.where(SegmentPlan.quarter == quarter)
            if segment_id is not None:
                query = query.where(SegmentPlan.segment_id == segment_id)
            result = []
            for plan, segment in session.execute(query).all():
                owner = plan.owner or segment.owner or plan.updated_by
                result.append(
                    PlanProgress(
                        id=plan.id,
                        segment_id=segment.id,
                        segment_name=segment.name,
                        segment_type=segment.segment_type,
                        quarter=plan.quarter,
                        owner=owner,
                        status=plan.status,
                        note=plan.note,
                        target_visits=plan.target_visits,
                        target_applications=plan.target_applications,
                        target_approved_amount=plan.target_approved_amount,
                        actuals=self._actuals(session, segment.name, owner, plan.quarter),
                        mine=owner == self._actor,
                    )
                )
            return result

    def coverage(self, quarter: str) -> QuarterCoverage:
        """Plans per owner in ``quarter`` (the bank wants at least two each)."""
        counts: dict[str, int] = {}
        for plan in self.progress(quarter):
            counts[plan.owner] = counts.get(plan.owner, 0) + 1
        return QuarterCoverage(quarter, counts)

    @staticmethod
    def _actuals(session: Any, segment_name: str, owner: str, quarter: str) -> Actuals:
        start, end = (_utc(d) for d in quarter_bounds(quarter))
        members = (
            select(Customer.id)
            .where(
                Customer.deleted_at.is_(None),
                Customer.segment == segment_name,
                or_(Customer.assigned_rm == owner, Customer.assigned_rm.is_(None)),
            )
            .scalar_subquery()
        )
        prospects = session.scalar(
            select(func.count())
            .select_from(Customer)
            .where(
                Customer.deleted_at.is_(None),
                Customer.segment == segment_name,
                or_(Customer.assigned_rm == owner, Customer.assigned_rm.is_(None)),
            )
        )
        when = func.coalesce(Visit.actual_start, Visit.planned_start)
        visited = session.scalar(
            select(func.count(func.distinct(Visit.customer_id))).where(
                Visit.deleted_at.is_(None),
                Visit.status == "done",
                Visit.customer_id.in_(members),
                when >= start,
                when < end,
            )
        )
        submitted_when = func.coalesce(Application.submitted_at, Application.updated_at)
        applications = session.scalar(
            select(func.count()).where(
                Application.deleted_at.is_(None),
                Application.customer_id.in_(members),
                Application.status.in_(SUBMITTED_STATUSES),
                submitted_when >= start,
                submitted_when < end,
            )
        )
        approved = Decimal("0.00")
        rows = session.execute(
            select(Application.amount, Application.decision_terms).where(
                Application.deleted_at.is_(None),
                Application.customer_id.in_(members),
                Application.status.in_(("approved", "disbursed")),
                and_(Application.decided_at >= start, Application.decided_at < end),
            )
        )
        for amount, terms in rows:
            granted = (terms or {}).get("amount") if isinstance(terms, dict) else None
            approved += Decimal(str(granted)) if granted is not None else amount or Decimal(0)
        return Actuals(int(prospects or 0), int(visited or 0), int(applications or 0), approved)
