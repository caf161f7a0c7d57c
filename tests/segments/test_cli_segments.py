"""``rmdesk segments list | create-applications``, run as a real process on a real profile."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from app.attachment_store import AttachmentStore
from app.profile import open_profile
from app.segment_plan_service import PlanService
from app.segment_plans import PlanInput
from app.segment_prospects import SegmentProspects
from app.segment_service import SegmentService
from app.segments import SegmentInput, classify_prospects
from tests.app.test_cli import rmdesk
from tests.segments.support import bulk_prospects, prospect_rows, write_csv


def make_profile(root: Path, tmp_path: Path) -> tuple[str, dict[str, str]]:
    """A profile with one segment of five imported prospects and a Q4 plan."""
    profile = open_profile(root)
    try:
        service = SegmentService(
            profile.database, profile.actor, AttachmentStore(profile.paths.attachments)
        )
        segment_id = service.save(
            SegmentInput(
                name="永康五金产业集群",
                segment_type="industrial_cluster",
                default_product_code="short_term_credit",
                default_amount=Decimal("500000"),
                default_term_months=12,
            )
        )
        service.import_file(segment_id, write_csv(tmp_path / "p.csv", prospect_rows()))
        PlanService(profile.database, profile.actor).save(
            PlanInput(segment_id, "2026Q4", 10, 4, Decimal("2000000"))
        )
        prospects = SegmentProspects(profile.database).prospects(segment_id)
        return segment_id, {p.name: p.id for p in prospects}
    finally:
        profile.close()


def test_list_prints_segments_with_classification_and_plans(tmp_path: Path) -> None:
    root = tmp_path / "p"
    segment_id, _ids = make_profile(root, tmp_path)
    result = rmdesk("--data-dir", str(root), "segments", "list", "--json")
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    [segment] = shown["segments"]
    assert segment["id"] == segment_id and segment["members"] == 5
    assert segment["default_amount"] == "500000.00"
    assert segment["classification"]["eligible"] == 3
    assert segment["classification"]["by_size"]["medium"] == 2
    [plan] = shown["plans"]
    assert plan["quarter"] == "2026Q4" and plan["targets"]["approved_amount"] == "2000000.00"
    assert plan["actuals"]["prospects"] == 5
    bad = rmdesk("--data-dir", str(root), "segments", "list", "--quarter", "Q4")
    assert bad.returncode == 2 and "quarter" in json.loads(bad.stdout)["error"]


def test_create_applications_for_all_eligible_or_named_customers(tmp_path: Path) -> None:
    root = tmp_path / "p"
    _segment_id, ids = make_profile(root, tmp_path)
    base = ("--data-dir", str(root), "segments", "create-applications")
    named = rmdesk(*base, "永康五金产业集群", "--customers", f"{ids['丁五金0']},{ids['甲五金0']}",
                   "--product", "commercial_credit", "--json")  # fmt: skip
    assert named.returncode == 0, named.stderr
    first = json.loads(named.stdout)
    assert first["product"] == "commercial_credit"
    assert [c["name"] for c in first["created"]] == ["甲五金0"]
    assert [(s["name"], s["reason"]) for s in first["skipped"]] == [("丁五金0", "not_eligible")]

    rest = rmdesk(*base, "永康五金产业集群", "--all-eligible", "--json")
    assert rest.returncode == 0, rest.stderr
    assert sorted(c["name"] for c in json.loads(rest.stdout)["created"]) == ["丙五金0", "乙五金0"]

    again = rmdesk(*base, "永康五金产业集群", "--customers", ids["甲五金0"], "--json")
    assert again.returncode == 1
    assert json.loads(again.stdout)["skipped"][0]["reason"] == "open_application"

    unknown = rmdesk(*base, "no such segment", "--all-eligible")
    assert unknown.returncode == 2
    product = rmdesk(*base, "永康五金产业集群", "--all-eligible", "--product", "nope")
    assert product.returncode == 2 and "products" in json.loads(product.stdout)


def test_list_counts_every_prospect_of_a_large_segment_as_the_summary_does(
    tmp_path: Path,
) -> None:
    """More prospects than a page (200): the printed counts are the whole segment's."""
    root = tmp_path / "p"
    profile = open_profile(root)
    try:
        segment_id = SegmentService(profile.database, profile.actor).save(
            SegmentInput(name="义乌小商品市场", segment_type="commodity_market")
        )
        bulk_prospects(profile.database, profile.actor, "义乌小商品市场", 450)
        prospects = SegmentProspects(profile.database)
        summary = prospects.prospect_summary(segment_id)
        rows = prospects.prospects(segment_id)
    finally:
        profile.close()
    assert summary == classify_prospects(rows) and summary.total == 450

    result = rmdesk("--data-dir", str(root), "segments", "list", "--json")
    assert result.returncode == 0, result.stderr
    [segment] = json.loads(result.stdout)["segments"]
    shown = segment["classification"]
    assert segment["members"] == 450
    assert shown == {
        "by_size": dict(summary.by_size),
        "eligible": summary.eligible,
        "not_eligible": summary.not_eligible,
        "unknown": summary.unknown,
        "reasons": dict(summary.reasons),
    }
    assert sum(shown["by_size"].values()) == 450
    assert shown["eligible"] + shown["not_eligible"] + shown["unknown"] == 450
    assert shown["not_eligible"] >= 90 and shown["reasons"]["registration.failed"] == 90
