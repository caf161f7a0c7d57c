"""Segment plans sync through a real server: the branch manager sees every RM's progress."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from app.attachment_store import AttachmentStore
from app.segment_plan_service import PlanService
from app.segment_plans import PlanInput
from app.segment_prospects import SegmentProspects
from app.segment_service import SegmentService
from app.segments import SegmentInput
from tests.segments.support import prospect_rows, write_csv
from tests.sync.conftest import LaptopFactory
from tests.sync.support import Laptop, World


def _develop(laptop: Laptop, name: str, rows_from: int, folder: Path) -> str:
    """A segment with a prospect list, applications for the eligible and a Q4 plan."""
    segments = SegmentService(
        laptop.db, laptop.user, AttachmentStore(laptop.profile.paths.attachments)
    )
    segment_id = segments.save(
        SegmentInput(
            name=name,
            segment_type="industrial_cluster",
            risk_controls=["核心企业担保"],
            default_product_code="short_term_credit",
            default_amount=Decimal("500000"),
            default_term_months=12,
        )
    )
    path = write_csv(folder / f"{laptop.user}.csv", prospect_rows(rows_from))
    assert segments.import_file(segment_id, path).imported == 5
    eligible = SegmentProspects(laptop.db).eligible_ids(segment_id)
    created = segments.create_applications(segment_id, eligible)
    assert len(created.created) == 3
    plans = PlanService(laptop.db, laptop.user)
    return plans.save(PlanInput(segment_id, "2026Q4", 10, 4, Decimal("2000000"), "active"))


def test_a_branch_manager_sees_both_rms_plans_and_progress(
    world: World, laptops: LaptopFactory, tmp_path: Path
) -> None:
    rm_a, rm_b, manager = laptops(world, "rm"), laptops(world, "rm_b"), laptops(world, "manager")
    plan_a = _develop(rm_a, "永康五金产业集群", 0, tmp_path)
    plan_b = _develop(rm_b, "永康五金产业集群", 100, tmp_path)  # same name, other RM
    for laptop in (rm_a, rm_b):
        report = laptop.sync_ok()
        assert report.rejected == [], report.rejected
        assert laptop.db.unsynced_count() == 0
    manager.sync_ok()
    rm_a.sync_ok()

    seen = {p.id: p for p in PlanService(manager.db, manager.user).progress("2026Q4")}
    assert set(seen) == {plan_a, plan_b}
    assert {p.owner for p in seen.values()} == {world.names["rm"], world.names["rm_b"]}
    for plan in seen.values():
        assert not plan.mine  # read-only for the manager
        assert plan.actuals.prospects == 5  # each RM's own members, though the names match
        assert plan.target_applications == 4

    [own] = PlanService(rm_a.db, rm_a.user).progress("2026Q4")
    assert own.id == plan_a and own.mine
    assert [s.name for s in SegmentService(rm_a.db, rm_a.user).segments()] == ["永康五金产业集群"]
