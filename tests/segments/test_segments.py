"""Segments and batch development through the unit of work, on a real SQLite profile."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from app.applications import ApplicationInput, ApplicationService
from app.attachment_store import AttachmentStore
from app.profile import Profile
from app.segment_plan_service import PlanService
from app.segment_plans import InvalidPlanError, PlanInput, quarter_bounds, quarter_of
from app.segment_prospects import SegmentProspects
from app.segment_service import SegmentService
from app.segments import (
    BatchTermsError,
    InvalidSegmentError,
    SegmentInput,
    SkipCode,
    classify_prospects,
)
from db.models import (
    Application,
    ChecklistItem,
    Customer,
    OutboxEntry,
    Segment,
    SegmentPlan,
    Visit,
)
from db.unit_of_work import UnitOfWork
from tests.segments.support import prospect_rows, write_csv, write_xlsx

TODAY = date(2026, 11, 20)


def service(profile: Profile) -> SegmentService:
    return SegmentService(
        profile.database, profile.actor, AttachmentStore(profile.paths.attachments)
    )


def hardware(profile: Profile, **extra: object) -> str:
    values: dict[str, object] = {
        "name": "永康五金产业集群",
        "segment_type": "industrial_cluster",
        "region": "金华永康",
        "risk_controls": ["核心企业担保", "货款回笼监管"],
        "default_product_code": "short_term_credit",
        "default_amount": Decimal("500000"),
        "default_term_months": 12,
    }
    values.update(extra)
    return service(profile).save(SegmentInput(**values))  # type: ignore[arg-type]


def outbox(profile: Profile, entity: str) -> list[OutboxEntry]:
    with profile.database.reading() as session:
        return list(session.scalars(select(OutboxEntry).where(OutboxEntry.entity == entity)))


def test_a_segment_is_created_changed_and_deleted_with_outbox_entries(profile: Profile) -> None:
    segments = service(profile)
    segment_id = hardware(profile)
    [created] = outbox(profile, "segments")
    assert created.op == "create"
    assert created.changes["name"] == "永康五金产业集群"
    assert created.changes["risk_controls"] == ["核心企业担保", "货款回笼监管"]
    assert created.changes["default_amount"] == "500000.00"
    assert created.changes["owner"] == profile.actor

    view = segments.load(segment_id)
    data = view.as_input()
    data.region = "金华"
    segments.save(data)
    entries = outbox(profile, "segments")
    assert [e.op for e in entries] == ["create", "update"]
    assert entries[1].changes == {"region": "金华"}

    segments.delete(segment_id)
    assert outbox(profile, "segments")[-1].op == "delete"
    assert segments.segments() == []


def test_bad_segments_are_refused_with_reasons_and_nothing_saved(profile: Profile) -> None:
    segments = service(profile)
    with pytest.raises(InvalidSegmentError) as caught:
        segments.save(SegmentInput(name=" ", segment_type="supply_chain", default_term_months=0))
    assert {p.code for p in caught.value.problems} == {
        "name.required",
        "core.required",
        "term.range",
    }
    hardware(profile)
    with pytest.raises(InvalidSegmentError) as caught:
        segments.save(SegmentInput(name="永康五金产业集群 ", segment_type="sub_industry"))
    assert [p.code for p in caught.value.problems] == ["name.taken"]
    assert len(outbox(profile, "segments")) == 1


def test_a_supply_chain_names_its_core_enterprise(profile: Profile) -> None:
    segments = service(profile)
    segment_id = segments.save(
        SegmentInput(
            name="吉利汽车供应链",
            segment_type="supply_chain",
            core_enterprise_name="浙江吉利控股集团有限公司",
            core_enterprise_uscc="91330000734530895w",
        )
    )
    view = segments.load(segment_id)
    assert view.core_enterprise_name == "浙江吉利控股集团有限公司"
    assert view.core_enterprise_uscc == "91330000734530895W"


def test_renaming_a_segment_relabels_its_members(profile: Profile, tmp_path: Path) -> None:
    segments = service(profile)
    segment_id = hardware(profile)
    segments.import_file(segment_id, write_csv(tmp_path / "p.csv", prospect_rows()))
    data = segments.load(segment_id).as_input()
    data.name = "永康五金"
    segments.save(data)
    with profile.database.reading() as session:
        labels = set(session.scalars(select(Customer.segment)))
    assert labels == {"永康五金"}
    assert segments.load(segment_id).members == 5


@pytest.mark.parametrize("writer", [write_csv, write_xlsx])
def test_imported_prospects_are_tagged_and_pre_classified(
    profile: Profile, tmp_path: Path, writer: object
) -> None:
    segments = service(profile)
    segment_id = hardware(profile)
    path = writer(tmp_path / "prospects.file", prospect_rows())  # type: ignore[operator]
    path = path.rename(path.with_suffix(".csv" if writer is write_csv else ".xlsx"))
    result = segments.import_file(segment_id, path)
    assert result.imported == 5 and result.rejected == []

    rows = SegmentProspects(profile.database).prospects(segment_id)
    assert {r.status for r in rows} == {"draft"}
    summary = classify_prospects(rows)
    assert summary.total == 5
    assert summary.by_size == {"micro": 1, "small": 2, "medium": 2, "large": 0, "": 0}
    assert (summary.eligible, summary.not_eligible, summary.unknown) == (3, 1, 1)
    by_name = {r.name: r for r in rows}
    too_big = by_name["丁五金0"]
    assert too_big.eligible is False
    assert any("30,000" in r.text() and "new credit" in r.text() for r in too_big.reasons)
    unknown = by_name["戊五金0"]
    assert unknown.eligible is None and unknown.reasons
    assert dict(summary.reasons) == {
        "total_assets.failed": 1,
        "total_assets.missing": 1,
        "exposure.missing": 1,
    }


def test_importing_the_same_list_again_rejects_every_row(profile: Profile, tmp_path: Path) -> None:
    segments = service(profile)
    segment_id = hardware(profile)
    path = write_csv(tmp_path / "p.csv", prospect_rows())
    segments.import_file(segment_id, path)
    again = segments.import_file(segment_id, path)
    assert again.imported == 0
    assert {p.code for p in again.rejected} == {"import.duplicate_profile"}


def imported(profile: Profile, tmp_path: Path, **extra: object) -> tuple[str, dict[str, str]]:
    segments = service(profile)
    prospects = SegmentProspects(profile.database)
    segment_id = hardware(profile, **extra)
    segments.import_file(segment_id, write_csv(tmp_path / "p.csv", prospect_rows()))
    return segment_id, {r.name: r.id for r in prospects.prospects(segment_id)}


def test_batch_creation_applies_the_shared_terms_and_skips_with_reasons(
    profile: Profile, tmp_path: Path
) -> None:
    segments = service(profile)
    segment_id, ids = imported(profile, tmp_path)
    before = len(outbox(profile, "applications"))
    result = segments.create_applications(segment_id, list(ids.values()), today=TODAY)

    assert sorted(c.name for c in result.created) == ["丙五金0", "乙五金0", "甲五金0"]
    skipped = {s.name: s.code for s in result.skipped}
    assert skipped == {"丁五金0": SkipCode.NOT_ELIGIBLE, "戊五金0": SkipCode.ELIGIBILITY_UNKNOWN}
    assert all(s.text() for s in result.skipped)

    apps = ApplicationService(
        profile.database, profile.actor, AttachmentStore(profile.paths.attachments)
    )
    for created in result.created:
        view = apps.load(created.application_id, TODAY)
        assert view.product_code == "short_term_credit"
        assert view.amount == Decimal("500000.00")
        assert view.term_months == 12
        assert view.status == "draft"
        assert len(view.items) == len(apps.catalogue.products["short_term_credit"].items)
    entries = outbox(profile, "applications")
    assert len(entries) - before == 3
    assert len(outbox(profile, "checklist_items")) == 3 * len(view.items)

    # The checklist is the one a single application of the same terms gets.
    single = apps.save(
        ApplicationInput(ids["甲五金0"], "short_term_credit", Decimal("500000"), 12, "x"), TODAY
    )
    expected = [(i.code, i.required, i.applicable) for i in apps.load(single, TODAY).items]
    assert [(i.code, i.required, i.applicable) for i in view.items] == expected
    apps.delete(single)

    again = segments.create_applications(segment_id, list(ids.values()), today=TODAY)
    assert again.created == ()
    assert {s.name: s.code for s in again.skipped}["甲五金0"] == SkipCode.OPEN_APPLICATION
    assert again.as_json()["skipped"][0]["message"]


def test_without_a_default_amount_each_prospect_asks_its_requested_exposure(
    profile: Profile, tmp_path: Path
) -> None:
    segments = service(profile)
    segment_id, ids = imported(profile, tmp_path, default_amount=None)
    result = segments.create_applications(segment_id, [ids["乙五金0"], ids["丙五金0"]])
    assert [c.name for c in result.created] == ["乙五金0"]
    [skip] = result.skipped
    assert skip.code == SkipCode.TERMS  # 2000 万元 is above the product's maximum
    assert "500" in skip.text() or "amount" in skip.text()
    with profile.database.reading() as session:
        amount = session.scalar(select(Application.amount))
    assert amount == Decimal("3000000.00")


def test_a_batch_needs_a_product(profile: Profile, tmp_path: Path) -> None:
    segments = service(profile)
    segment_id, ids = imported(profile, tmp_path, default_product_code=None)
    with pytest.raises(BatchTermsError):
        segments.create_applications(segment_id, list(ids.values()))
    result = segments.create_applications(segment_id, list(ids.values()), "commercial_credit")
    assert result.product_code == "commercial_credit" and len(result.created) == 3


def test_a_failure_mid_batch_leaves_nothing_half_made(
    profile: Profile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    segments = service(profile)
    segment_id, ids = imported(profile, tmp_path)
    outbox_before = len(outbox(profile, "applications"))
    original = UnitOfWork.bulk_create

    def failing(self: UnitOfWork, model: Any, rows: Any) -> list[str]:
        if model is ChecklistItem:  # the applications are written, then the disk fills
            raise OSError("disk full")
        return original(self, model, rows)

    monkeypatch.setattr(UnitOfWork, "bulk_create", failing)
    with pytest.raises(OSError):
        segments.create_applications(segment_id, list(ids.values()), today=TODAY)
    with profile.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Application)) == 0
        assert session.scalar(select(func.count()).select_from(ChecklistItem)) == 0
    assert len(outbox(profile, "applications")) == outbox_before


def test_all_eligible_picks_eligible_prospects_without_open_applications(
    profile: Profile, tmp_path: Path
) -> None:
    segments = service(profile)
    segment_id, ids = imported(profile, tmp_path)
    segments.create_applications(segment_id, [ids["甲五金0"]])
    eligible = SegmentProspects(profile.database).eligible_ids(segment_id)
    assert sorted(eligible) == sorted([ids["乙五金0"], ids["丙五金0"]])


def test_a_batch_of_hundreds_is_one_transaction(profile: Profile, tmp_path: Path) -> None:
    segments = service(profile)
    segment_id = hardware(profile)
    rows = [row for start in range(0, 1000, 10) for row in prospect_rows(start)]
    assert segments.import_file(segment_id, write_csv(tmp_path / "big.csv", rows)).imported == 500
    eligible = SegmentProspects(profile.database).eligible_ids(segment_id)
    result = segments.create_applications(segment_id, eligible)
    assert len(result.created) == 300
    with profile.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Application)) == 300


# --- plans ------------------------------------------------------------------------------


def test_quarters() -> None:
    assert quarter_bounds("2026Q4") == (date(2026, 10, 1), date(2027, 1, 1))
    assert quarter_bounds("2026Q1") == (date(2026, 1, 1), date(2026, 4, 1))
    assert quarter_of(date(2026, 11, 29)) == "2026Q4"
    with pytest.raises(ValueError):
        quarter_bounds("2026Q5")


def test_plans_are_saved_with_outbox_entries_and_refuse_a_second_for_the_quarter(
    profile: Profile,
) -> None:
    plans = PlanService(profile.database, profile.actor)
    segment_id = hardware(profile)
    plan_id = plans.save(
        PlanInput(segment_id, "2026Q4", 20, 8, Decimal("5000000"), status="active")
    )
    [entry] = outbox(profile, "segment_plans")
    assert entry.changes["quarter"] == "2026Q4"
    assert entry.changes["target_approved_amount"] == "5000000.00"
    with pytest.raises(InvalidPlanError) as caught:
        plans.save(PlanInput(segment_id, "2026Q4"))
    assert [p.code for p in caught.value.problems] == ["quarter.taken"]
    with pytest.raises(InvalidPlanError) as caught:
        plans.save(PlanInput(segment_id, "Q4 2026", target_visits=-1))
    assert {p.code for p in caught.value.problems} == {"quarter.format", "target.range"}
    with profile.database.reading() as session:
        assert session.get(SegmentPlan, plan_id) is not None
        assert session.scalar(select(func.count()).select_from(Segment)) == 1


def test_plan_progress_counts_visits_applications_and_approvals_in_the_quarter(
    profile: Profile, tmp_path: Path
) -> None:
    plans = PlanService(profile.database, profile.actor)
    segments = service(profile)
    segment_id, ids = imported(profile, tmp_path)
    plans.save(PlanInput(segment_id, "2026Q4", 4, 2, Decimal("1000000")))
    result = segments.create_applications(segment_id, list(ids.values()))
    in_q4 = datetime(2026, 11, 3, 9, tzinfo=UTC)
    in_q3 = datetime(2026, 9, 3, 9, tzinfo=UTC)
    with profile.database.unit_of_work(profile.actor) as uow:
        for customer_id, when in [(ids["甲五金0"], in_q4), (ids["乙五金0"], in_q3)]:
            uow.add(Visit(customer_id=customer_id, visit_type="due_diligence", status="done",
                          actual_start=when))  # fmt: skip
        apps = {a.customer_id: a for a in uow.session.scalars(select(Application))}
        first, second = apps[ids["甲五金0"]], apps[ids["乙五金0"]]
        uow.update(first, {"status": "approved"})
        first.submitted_at, first.decided_at = in_q4, in_q4
        first.decision_terms = {"amount": "450000.00", "term_months": 12}
        uow.update(second, {"status": "submitted"})
        second.submitted_at = in_q3
    [progress] = plans.progress("2026Q4")
    assert progress.actuals.prospects == 5
    assert progress.actuals.visited == 1
    assert progress.actuals.applications == 1
    assert progress.actuals.approved_amount == Decimal("450000.00")
    assert progress.mine
    assert len(result.created) == 3
    assert plans.coverage("2026Q4").short_of_minimum() == {profile.actor: 1}


def test_another_rms_plan_cannot_be_changed_here(profile: Profile) -> None:
    segment_id = hardware(profile)
    plan_id = PlanService(profile.database, profile.actor).save(PlanInput(segment_id, "2026Q4"))
    manager = PlanService(profile.database, "manager01")
    with pytest.raises(InvalidPlanError) as caught:
        manager.save(PlanInput(segment_id, "2026Q4", 9, id=plan_id))
    assert [p.code for p in caught.value.problems] == ["owner.other"]
    [view] = manager.progress()
    assert not view.mine
