"""What the Segments page reads in one background job: segments, counts, plans, role.

The prospects themselves come page by page through :class:`ui.segments.prospects.ProspectModel`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.segments import Classification, ProspectSelection, SegmentView

if TYPE_CHECKING:
    from app.segment_plan_service import PlanService
    from app.segment_plans import PlanProgress
    from app.segment_service import SegmentService
    from db.database import Database


@dataclass(frozen=True)
class PageData:
    """One load of the page (off the GUI thread)."""

    segments: list[SegmentView]
    #: The segment shown: the one asked for if it is still there, else the first.
    chosen: str | None
    #: Counts over every prospect of ``chosen`` (None: no segment).
    summary: Classification | None
    #: The ticks as they were counted, and how many prospects of ``chosen`` they tick.
    selection: ProspectSelection
    ticked: int
    own_plans: list[PlanProgress]
    all_plans: list[PlanProgress]
    #: The signed-in role (None: not signed in; an RM's laptop).
    role: str | None


def load_page_data(
    service: SegmentService,
    plans: PlanService,
    database: Database | None,
    wanted: str | None,
    selection: ProspectSelection,
) -> PageData:
    """Read what the page shows beside the prospects' pages, ``wanted`` selected if it exists."""
    from app.sync.credentials import account_role

    role = account_role(database) if database is not None else None
    segments = service.segments()
    ids = [s.id for s in segments]
    chosen = wanted if wanted in ids else (ids[0] if ids else None)
    summary = service.prospect_summary(chosen) if chosen else None
    ticked = service.count_selected(chosen, selection) if chosen and chosen == wanted else 0
    own = plans.progress(segment_id=chosen) if chosen else []
    return PageData(segments, chosen, summary, selection, ticked, own, plans.progress(), role)
