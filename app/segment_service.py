"""The segment service: segment definitions and their prospect imports on the local cache.

See :mod:`app.segments` for what a segment is. Every change goes through the
unit of work (each record with its outbox entry). The prospects' pages, counts
and selections are :mod:`app.segment_prospects`, the batch creation of
applications :mod:`app.segment_batch` and the plans :mod:`app.segment_plan_service`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.attachment_store import AttachmentStore
from app.catalogue import Catalogue, load_catalogue
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
from app.segment_batch import SegmentBatch
from app.segment_prospects import SegmentProspects, members
from app.segments import (
    BatchResult,
    Classification,
    InvalidSegmentError,
    ProspectPage,
    ProspectRow,
    ProspectSelection,
    SegmentInput,
    SegmentView,
    problem,
    segment_problems,
)
from app.validation import FEN, Problem
from db.database import Database
from db.models import Customer, Segment, SegmentPlan
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
    """The segments of one profile: definitions, members and prospect imports."""

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
        self._prospects = SegmentProspects(database)
        self._batch = SegmentBatch(database, actor, store, self.catalogue)

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
                for customer in members(uow.session, old_name):
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
            count = session.scalar(
                select(func.count())
                .select_from(Customer)
                .where(Customer.deleted_at.is_(None), Customer.segment == segment.name)
            )
            return self._view(segment, int(count or 0))

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

    # Prospect imports -------------------------------------------------------------

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

    # What the Segments page calls, handed over to the prospects and the batch -------

    def first_prospect_page(self, segment_id: str, limit: int) -> ProspectPage:
        """See :meth:`SegmentProspects.first_prospect_page`."""
        return self._prospects.first_prospect_page(segment_id, limit)

    def prospect_page(self, segment_id: str, offset: int, limit: int) -> list[ProspectRow]:
        """See :meth:`SegmentProspects.prospect_page`."""
        return self._prospects.prospect_page(segment_id, offset, limit)

    def prospect_summary(self, segment_id: str) -> Classification:
        """See :meth:`SegmentProspects.prospect_summary`."""
        return self._prospects.prospect_summary(segment_id)

    def count_selected(self, segment_id: str, selection: ProspectSelection) -> int:
        """See :meth:`SegmentProspects.count_selected`."""
        return self._prospects.count_selected(segment_id, selection)

    def create_applications(
        self,
        segment_id: str,
        customer_ids: Sequence[str] | ProspectSelection,
        product_code: str | None = None,
        today: date | None = None,
    ) -> BatchResult:
        """See :meth:`SegmentBatch.create_applications` (KeyError: no such segment)."""
        segment = self.load(segment_id)
        return self._batch.create_applications(segment, customer_ids, product_code, today)
