"""Quarterly segment plans (细分市场规划) with their targets and progress.

The bank asks for at least two segment plans a quarter. A plan sets targets for
the quarter: prospects to visit, applications to submit and the amount to get
approved. Progress is computed from the local cache (it works offline): the
segment's members (customers whose ``segment`` is the segment's name, of the
plan's owner) and their visits and applications in the quarter. A branch
manager's cache holds the whole branch, so the manager sees every RM's plans;
only the owner can change a plan (the server refuses anyone else's push).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any

from app.text import QT_TRANSLATE_NOOP
from app.validation import MAX_AMOUNT, Problem

#: The bank's rule: at least this many segment plans a quarter.
MIN_PLANS_PER_QUARTER = 2
QUARTER_PATTERN = re.compile(r"^(\d{4})Q([1-4])$")
MAX_TARGET = 1_000_000
#: Application statuses that count as submitted for the quarter.
SUBMITTED_STATUSES = ("submitted", "approved", "declined", "more_documents", "disbursed")


class PlanStatus(StrEnum):
    """A plan is drafted, then active for its quarter, then closed."""

    DRAFT = "draft"
    ACTIVE = "active"
    CLOSED = "closed"


STATUS_LABELS: dict[PlanStatus, str] = {
    PlanStatus.DRAFT: QT_TRANSLATE_NOOP("SegmentPlan", "Draft"),
    PlanStatus.ACTIVE: QT_TRANSLATE_NOOP("SegmentPlan", "Active"),
    PlanStatus.CLOSED: QT_TRANSLATE_NOOP("SegmentPlan", "Closed"),
}

_TEMPLATES = {
    "quarter.format": QT_TRANSLATE_NOOP(
        "SegmentPlan", "Enter the quarter as year and quarter, e.g. 2026Q4"
    ),
    "quarter.taken": QT_TRANSLATE_NOOP(
        "SegmentPlan", "This segment already has a plan for {quarter}"
    ),
    "target.range": QT_TRANSLATE_NOOP("SegmentPlan", "Targets must be between 0 and 1,000,000"),
    "amount.range": QT_TRANSLATE_NOOP(
        "SegmentPlan", "The approved amount target must be zero or more"
    ),
    "status.unknown": QT_TRANSLATE_NOOP("SegmentPlan", "Choose the plan's status"),
    "segment.missing": QT_TRANSLATE_NOOP("SegmentPlan", "Choose the segment"),
    "owner.other": QT_TRANSLATE_NOOP(
        "SegmentPlan", "This plan belongs to {owner}: only they can change it"
    ),
}


def problem(field_name: str, code: str, **params: str) -> Problem:
    """The plan problem ``code`` on ``field_name``."""
    return Problem(field_name, code, _TEMPLATES[code], dict(params))


class InvalidPlanError(ValueError):
    """The plan's fields are wrong: ``problems`` say which (nothing was saved)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(p.text() for p in problems))
        self.problems = list(problems)


def quarter_bounds(quarter: str) -> tuple[date, date]:
    """First day of ``quarter`` ("2026Q4") and first day of the next (ValueError if bad)."""
    match = QUARTER_PATTERN.match(quarter.strip())
    if match is None:
        raise ValueError(f"not a quarter: {quarter!r}")
    year, number = int(match.group(1)), int(match.group(2))
    start = date(year, 3 * number - 2, 1)
    end = date(year + 1, 1, 1) if number == 4 else date(year, 3 * number + 1, 1)
    return start, end


def quarter_of(day: date) -> str:
    """The quarter ``day`` falls in, e.g. ``2026Q4``."""
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


def plan_problems(data: Mapping[str, Any]) -> list[Problem]:
    """What is wrong with a plan's fields (wire or form values); shared with the server."""
    found: list[Problem] = []
    if QUARTER_PATTERN.match(str(data.get("quarter") or "")) is None:
        found.append(problem("quarter", "quarter.format"))
    for name in ("target_visits", "target_applications"):
        value = data.get(name)
        if value is not None and not 0 <= int(value) <= MAX_TARGET:
            found.append(problem(name, "target.range"))
    amount = data.get("target_approved_amount")
    if amount is not None and not Decimal(0) <= Decimal(str(amount)) < MAX_AMOUNT:
        found.append(problem("target_approved_amount", "amount.range"))
    if data.get("status", PlanStatus.DRAFT) not in {s.value for s in PlanStatus}:
        found.append(problem("status", "status.unknown"))
    return found


@dataclass
class PlanInput:
    """What the RM enters for a plan (amount in yuan)."""

    segment_id: str
    quarter: str
    target_visits: int = 0
    target_applications: int = 0
    target_approved_amount: Decimal = Decimal("0.00")
    status: str = PlanStatus.DRAFT.value
    note: str = ""
    id: str | None = None


@dataclass(frozen=True)
class Actuals:
    """What happened in the quarter among the segment's members."""

    prospects: int  # members now
    visited: int  # members with a visit done in the quarter
    applications: int  # applications submitted in the quarter
    approved_amount: Decimal  # approved in the quarter (approved terms, else requested)


@dataclass(frozen=True)
class PlanProgress:
    """A plan with its targets and actuals."""

    id: str
    segment_id: str
    segment_name: str
    segment_type: str
    quarter: str
    owner: str
    status: str
    note: str
    target_visits: int
    target_applications: int
    target_approved_amount: Decimal
    actuals: Actuals
    mine: bool  # the current user owns it (and may change it)

    def as_input(self) -> PlanInput:
        """The editable fields."""
        return PlanInput(
            segment_id=self.segment_id,
            quarter=self.quarter,
            target_visits=self.target_visits,
            target_applications=self.target_applications,
            target_approved_amount=self.target_approved_amount,
            status=self.status,
            note=self.note,
            id=self.id,
        )

    def as_json(self) -> dict[str, Any]:
        """The plan and its progress as JSON values (amounts as yuan strings)."""
        return {
            "id": self.id,
            "segment_id": self.segment_id,
            "segment": self.segment_name,
            "quarter": self.quarter,
            "owner": self.owner,
            "status": self.status,
            "targets": {
                "visits": self.target_visits,
                "applications": self.target_applications,
                "approved_amount": str(self.target_approved_amount),
            },
            "actuals": {
                "prospects": self.actuals.prospects,
                "visited": self.actuals.visited,
                "applications": self.actuals.applications,
                "approved_amount": str(self.actuals.approved_amount),
            },
        }


def percent(actual: Decimal | int, target: Decimal | int) -> int:
    """Progress in whole percent, capped at 100 (100 when the target is zero)."""
    if target <= 0:
        return 100
    return min(100, int(Decimal(actual) * 100 / Decimal(target)))


@dataclass(frozen=True)
class QuarterCoverage:
    """How many plans each owner has for a quarter, against the bank's minimum."""

    quarter: str
    plans_by_owner: Mapping[str, int]

    def short_of_minimum(self) -> dict[str, int]:
        """Owners with fewer than :data:`MIN_PLANS_PER_QUARTER` plans → plans missing."""
        return {
            owner: MIN_PLANS_PER_QUARTER - count
            for owner, count in self.plans_by_owner.items()
            if count < MIN_PLANS_PER_QUARTER
        }
