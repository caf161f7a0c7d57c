"""The segment plan service: quarterly plans saved through the unit of work, with progress.

See :mod:`app.segment_plans` for what a plan is and how progress is counted (the
definitions and validation the server shares); this module reads and writes the
local cache.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, func, or_, select

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
from app.segment_plans import problem as plan_problem
from app.validation import FEN
from db.database import Database
from db.models import Application, Customer, Segment, SegmentPlan, Visit


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
