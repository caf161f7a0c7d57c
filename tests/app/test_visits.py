"""Visits: planning, moving, the status lifecycle, on-site checks, signals, follow-ups, photos."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.alerts import AlertService
from app.attachment_store import AttachmentError, AttachmentStore
from app.follow_ups import FollowUpInput
from app.profile import Profile
from app.validation import Problem
from app.visits.service import (
    InvalidVisitError,
    VisitInput,
    VisitOutcome,
    VisitService,
)
from app.visits.templates import CheckKind, load_visit_templates
from app.visits.times import RM_TIME_ZONE, day_bounds
from app.visits.types import VisitError, VisitStatus, VisitType
from db.models import Attachment, Document, FollowUp, OutboxEntry, RiskAlert, Visit
from tests.app.test_applications import new_customer, png


def at(day: date, hour: int = 9, minute: int = 0) -> datetime:
    """A time on ``day`` in Asia/Shanghai."""
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=RM_TIME_ZONE)


DAY = date(2026, 12, 1)


@pytest.fixture
def service(profile: Profile) -> VisitService:
    return VisitService(profile.database, "rm01", AttachmentStore(profile.paths.attachments))


@pytest.fixture
def customer(profile: Profile) -> str:
    return new_customer(profile)


def plan(
    service: VisitService,
    customer: str,
    when: datetime,
    visit_type: str = "due_diligence",
    **changes: object,
) -> str:
    data = VisitInput(customer, visit_type, when, purpose="实地调查", location="杭州市滨江区")
    for key, value in changes.items():
        setattr(data, key, value)
    return service.plan(data)


def stored(profile: Profile, visit_id: str) -> Visit:
    with profile.database.reading() as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None
        return visit


def codes(problems: list[Problem]) -> set[tuple[str, str]]:
    return {(p.field, p.code) for p in problems}


# Planning ---------------------------------------------------------------------


def test_plan_stores_utc_with_the_types_default_length_and_writes_the_outbox(
    profile: Profile, service: VisitService, customer: str
) -> None:
    visit_id = plan(service, customer, at(DAY, 9, 30), attendees_bank=[" 张三 ", "", "张三"])
    visit = stored(profile, visit_id)
    assert visit.planned_start == datetime(2026, 12, 1, 1, 30, tzinfo=UTC)
    assert visit.planned_end == visit.planned_start + timedelta(minutes=180)  # due diligence
    assert visit.status == "planned" and visit.attendees_bank == ["张三"]
    view = service.load(visit_id)
    assert view.template_version == load_visit_templates().version
    assert view.customer_name == "杭州恒达机械有限公司"
    with profile.database.reading() as session:
        entry = session.scalars(select(OutboxEntry).where(OutboxEntry.entity_id == visit_id)).one()
    assert entry.op == "create" and entry.changes["planned_start"].startswith("2026-12-01T01:30")


def test_bad_input_is_refused_and_nothing_is_written(
    profile: Profile, service: VisitService, customer: str
) -> None:
    bad = VisitInput(customer, "picnic", None, location="x" * 201)
    with pytest.raises(InvalidVisitError) as error:
        service.plan(bad)
    assert codes(error.value.problems) == {
        ("visit_type", "type.unknown"),
        ("planned_start", "required"),
        ("location", "length.too_long"),
    }
    backwards = VisitInput(customer, "post_loan", at(DAY, 10), at(DAY, 9))
    with pytest.raises(InvalidVisitError) as error:
        service.plan(backwards)
    assert codes(error.value.problems) == {("planned_end", "time.end_before_start")}
    with pytest.raises(ValueError, match="naive"):
        service.plan(VisitInput(customer, "post_loan", datetime(2026, 12, 1, 9)))
    with pytest.raises(KeyError):
        service.plan(VisitInput("nobody", "post_loan", at(DAY)))
    with profile.database.reading() as session:
        assert session.scalars(select(Visit)).all() == []


def test_update_changes_details_but_not_the_type_of_a_done_visit(
    service: VisitService, customer: str
) -> None:
    visit_id = plan(service, customer, at(DAY))
    data = service.load(visit_id).as_input()
    data.location, data.attendees_customer = "工厂二号车间", ["王总", "李会计"]
    service.update(data)
    view = service.load(visit_id)
    assert view.location == "工厂二号车间" and view.attendees_customer == ("王总", "李会计")
    service.complete(visit_id, VisitOutcome(at(DAY, 9, 10)))
    done = service.load(visit_id).as_input()
    done.notes = "补记：厂房已扩建"
    service.update(done)
    assert service.load(visit_id).notes == "补记：厂房已扩建"
    done.visit_type = "collection"
    with pytest.raises(VisitError) as error:
        service.update(done)
    assert error.value.code == "type.done"


# The lifecycle ------------------------------------------------------------------


def test_reschedule_keeps_the_length_unless_given_an_end(
    service: VisitService, customer: str
) -> None:
    visit_id = plan(service, customer, at(DAY, 9), planned_end=at(DAY, 10, 30))
    service.reschedule(visit_id, at(DAY + timedelta(days=2), 14))
    view = service.load(visit_id)
    assert view.planned_start == at(DAY + timedelta(days=2), 14)
    assert view.planned_end == at(DAY + timedelta(days=2), 15, 30)
    service.reschedule(visit_id, at(DAY, 8), at(DAY, 8, 45))
    assert service.load(visit_id).planned_end == at(DAY, 8, 45)
    with pytest.raises(InvalidVisitError):
        service.reschedule(visit_id, at(DAY, 8), at(DAY, 7))


def test_status_moves_planned_done_cancelled_and_back(service: VisitService, customer: str) -> None:
    visit_id = plan(service, customer, at(DAY))
    service.cancel(visit_id, "客户临时出差")
    view = service.load(visit_id)
    assert view.status == VisitStatus.CANCELLED and view.cancel_reason == "客户临时出差"
    for refused in (
        lambda: service.complete(visit_id, VisitOutcome(at(DAY))),
        lambda: service.reschedule(visit_id, at(DAY, 11)),
        lambda: service.cancel(visit_id),
        lambda: service.update(service.load(visit_id).as_input()),
    ):
        with pytest.raises(VisitError):
            refused()
    service.reinstate(visit_id, at(DAY + timedelta(days=7), 10))
    view = service.load(visit_id)
    assert view.status == VisitStatus.PLANNED and view.cancel_reason == ""
    assert view.planned_start == at(DAY + timedelta(days=7), 10)
    service.complete(visit_id, VisitOutcome(at(DAY + timedelta(days=7), 10, 5)))
    assert service.load(visit_id).status == VisitStatus.DONE
    for refused in (
        lambda: service.complete(visit_id, VisitOutcome(at(DAY))),
        lambda: service.reschedule(visit_id, at(DAY, 11)),
        lambda: service.cancel(visit_id),
        lambda: service.reinstate(visit_id),
        lambda: service.delete(visit_id),
    ):
        with pytest.raises(VisitError):
            refused()


def test_complete_records_times_notes_and_cleaned_answers(
    service: VisitService, customer: str
) -> None:
    visit_id = plan(service, customer, at(DAY))
    outcome = VisitOutcome(
        actual_start=at(DAY, 9, 20),
        actual_end=at(DAY, 11, 45),
        notes="实地调查情况：开工正常",
        answers={
            "meters_checked": True,
            "power_kwh_month": "12,500.5",
            "tax_paid_wan": 38,
            "main_customers": "  浙江某汽配 40%  ",
            "premises": "",
            "inventory_checked": None,
        },
        attendees_customer=["王总"],
    )
    service.complete(visit_id, outcome)
    view = service.load(visit_id)
    assert view.status == "done"
    assert (view.actual_start, view.actual_end) == (at(DAY, 9, 20), at(DAY, 11, 45))
    assert view.start == at(DAY, 9, 20) and view.end == at(DAY, 11, 45)
    assert view.notes == "实地调查情况：开工正常" and view.attendees_customer == ("王总",)
    assert view.answers == {
        "meters_checked": True,
        "power_kwh_month": "12500.5",
        "tax_paid_wan": "38",
        "main_customers": "浙江某汽配 40%",
    }


@pytest.mark.parametrize(
    ("answers", "code"),
    [
        ({"funds_use_checked": True}, "check.unknown"),  # a post-loan check, not due diligence
        ({"meters_checked": "yes"}, "check.answer"),
        ({"power_kwh_month": "a lot"}, "check.answer"),
        ({"power_kwh_month": True}, "check.answer"),
        ({"main_customers": 3}, "check.answer"),
    ],
)
def test_wrong_answers_are_refused_and_nothing_is_written(
    profile: Profile, service: VisitService, customer: str, answers: dict[str, object], code: str
) -> None:
    visit_id = plan(service, customer, at(DAY))
    outcome = VisitOutcome(
        at(DAY),
        answers=answers,
        signals={"production_cut": ""},
        follow_ups=[FollowUpInput("补充流水", DAY)],
    )
    with pytest.raises(VisitError) as error:
        service.complete(visit_id, outcome)
    assert error.value.code == code
    assert stored(profile, visit_id).status == "planned"
    with profile.database.reading() as session:
        assert session.scalars(select(RiskAlert)).all() == []
        assert session.scalars(select(FollowUp)).all() == []


def test_complete_raises_alerts_and_creates_follow_ups_in_one_transaction(
    profile: Profile, service: VisitService, customer: str
) -> None:
    visit_id = plan(service, customer, at(DAY), visit_type="post_loan")
    result = service.complete(
        visit_id,
        VisitOutcome(
            at(DAY, 9, 5),
            answers={"funds_use_checked": False},
            signals={"funds_misused": "资金转入关联公司", "inventory_build_up": ""},
            follow_ups=[
                FollowUpInput("调取受托支付凭证", DAY + timedelta(days=3)),
                FollowUpInput("复查库存", DAY + timedelta(days=14), "月底前"),
            ],
        ),
    )
    assert len(result.alert_ids) == 2 and len(result.follow_up_ids) == 2
    view = service.load(visit_id)
    assert view.signals == ("funds_misused", "inventory_build_up")
    assert [f.title for f in view.follow_ups] == ["调取受托支付凭证", "复查库存"]
    assert all(f.visit_id == visit_id and f.status == "open" for f in view.follow_ups)
    alerts = AlertService(profile.database, "rm01").open_alerts(customer)
    assert [a.signal_code for a in alerts] == ["funds_misused", "inventory_build_up"]
    assert alerts[0].note == "2026-12-01 资金转入关联公司" and alerts[0].visit_id == visit_id
    assert alerts[0].raised_at == at(DAY, 9, 5)
    with profile.database.reading() as session:
        entities = {e.entity for e in session.scalars(select(OutboxEntry))}
    assert {"visits", "risk_alerts", "follow_ups"} <= entities


def test_an_unknown_signal_writes_nothing(
    profile: Profile, service: VisitService, customer: str
) -> None:
    visit_id = plan(service, customer, at(DAY))
    with pytest.raises(KeyError):
        service.complete(visit_id, VisitOutcome(at(DAY), signals={"bad_weather": ""}))
    assert stored(profile, visit_id).status == "planned"


def test_complete_refuses_an_end_before_the_start(service: VisitService, customer: str) -> None:
    visit_id = plan(service, customer, at(DAY))
    with pytest.raises(InvalidVisitError) as error:
        service.complete(visit_id, VisitOutcome(at(DAY, 10), at(DAY, 9)))
    assert codes(error.value.problems) == {("actual_end", "time.end_before_start")}


def test_record_a_visit_that_was_not_planned(service: VisitService, customer: str) -> None:
    result = service.record(
        VisitInput(customer, "first_contact", None, purpose="路过拜访"),
        VisitOutcome(at(DAY, 15), at(DAY, 16), answers={"decision_maker_met": True}),
    )
    view = service.load(result.visit_id)
    assert view.status == "done" and view.planned_start == at(DAY, 15)
    assert view.planned_end == at(DAY, 16) and view.answers == {"decision_maker_met": True}


def test_delete_soft_deletes_a_planned_visit(
    profile: Profile, service: VisitService, customer: str
) -> None:
    visit_id = plan(service, customer, at(DAY))
    service.delete(visit_id)
    with pytest.raises(KeyError):
        service.load(visit_id)
    assert service.list() == []
    assert stored(profile, visit_id).deleted_at is not None


# Lists --------------------------------------------------------------------------


def test_list_filters_by_customer_window_and_status(
    profile: Profile, service: VisitService, customer: str
) -> None:
    other = new_customer(profile, name="宁波海联贸易有限公司")
    first = plan(service, customer, at(DAY, 9))
    second = plan(service, other, at(DAY + timedelta(days=1), 9))
    third = plan(service, customer, at(DAY + timedelta(days=5), 9))
    # Done a day late: it now takes place on its actual day.
    service.complete(first, VisitOutcome(at(DAY + timedelta(days=2), 10)))
    assert [v.id for v in service.list()] == [second, first, third]
    assert [v.id for v in service.list(customer_id=customer)] == [first, third]
    start, _ = day_bounds(DAY + timedelta(days=1))
    _, end = day_bounds(DAY + timedelta(days=2))
    assert [v.id for v in service.list(start=start, end=end)] == [second, first]
    assert [v.id for v in service.list(status=VisitStatus.DONE)] == [first]
    with pytest.raises(ValueError, match="naive"):
        service.list(start=datetime(2026, 12, 1))


def test_days_are_days_in_shanghai(service: VisitService, customer: str) -> None:
    late = plan(service, customer, at(DAY, 23, 30))  # 15:30 UTC on the same day
    early = plan(service, customer, at(DAY + timedelta(days=1), 0, 30))  # 16:30 UTC, DAY
    assert [v.id for v in service.on_day(DAY)] == [late]
    assert [v.id for v in service.on_day(DAY + timedelta(days=1))] == [early]


def test_due_lists_planned_visits_up_to_today_not_done(
    service: VisitService, customer: str
) -> None:
    overdue = plan(service, customer, at(DAY - timedelta(days=3)))
    today = plan(service, customer, at(DAY, 16))
    plan(service, customer, at(DAY + timedelta(days=1), 9))  # tomorrow
    done = plan(service, customer, at(DAY, 8))
    service.complete(done, VisitOutcome(at(DAY, 8)))
    cancelled = plan(service, customer, at(DAY, 10))
    service.cancel(cancelled)
    due = service.due(DAY)
    assert [v.id for v in due] == [overdue, today]
    assert [v.overdue_on(DAY) for v in due] == [True, False]
    assert [v.id for v in service.on_day(DAY)] == [done, today]


# Photos and files ---------------------------------------------------------------


def test_photos_and_files_reuse_the_attachment_store(
    profile: Profile, service: VisitService, customer: str, tmp_path: Path
) -> None:
    visit_id = plan(service, customer, at(DAY))
    stored_files = service.add_photos(
        visit_id, [png(tmp_path / "meter.png"), png(tmp_path / "stock.png")]
    )
    assert [s.original_name for s in stored_files] == ["meter.png", "stock.png"]
    pdf = tmp_path / "minutes.pdf"
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    with pdf.open("wb") as out:
        writer.write(out)
    with pytest.raises(AttachmentError) as error:
        service.add_photos(visit_id, [pdf])
    assert error.value.code == "wrong_type"
    service.add_attachments(visit_id, [pdf])
    service.add_photos(visit_id, [png(tmp_path / "gate.png")])
    view = service.load(visit_id)
    assert [p.original_name for p in view.photos] == ["meter.png", "stock.png", "gate.png"]
    assert [a.media_type for a in view.attachments] == ["application/pdf"]
    with profile.database.reading() as session:
        documents = session.scalars(select(Document).where(Document.visit_id == visit_id)).all()
        assert sorted(d.doc_type for d in documents) == ["visit_attachment", "visit_photo"]
        assert {d.customer_id for d in documents} == {customer}
        assert len(session.scalars(select(Attachment)).all()) == 4
    service.remove_file(view.photos[0].id)
    assert [p.original_name for p in service.load(visit_id).photos] == ["stock.png", "gate.png"]
    with pytest.raises(KeyError):
        service.add_photos("no-such-visit", [tmp_path / "meter.png"])


# Templates (reference data) -----------------------------------------------------


def test_every_visit_type_has_a_template_and_due_diligence_has_the_on_site_checks() -> None:
    templates = load_visit_templates()
    assert set(templates.types) == set(VisitType)
    due_diligence = templates.of("due_diligence")
    assert due_diligence.name_zh == "尽职调查"
    checks = {c.code: c for c in due_diligence.checks}
    for code in ("meters_checked", "tax_checked", "bank_flows_checked", "inventory_checked"):
        assert checks[code].kind is CheckKind.YES_NO
    assert "orders_checked" in checks and checks["power_kwh_month"].kind is CheckKind.NUMBER
    assert "看水表电表" in checks["meters_checked"].name_zh
    post_loan = {c.code for c in templates.of("post_loan").checks}
    assert "funds_use_checked" in post_loan  # loan funds used as agreed
    assert templates.of("first_contact").notes_outline("en").startswith("Business")
    with pytest.raises(KeyError):
        templates.of("picnic")


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["checks"][0].update(kind="photo"), "kind"),
        (lambda d: d["visit_types"][0]["checks"].append("nope"), "unknown check"),
        (lambda d: d["visit_types"].pop(), "has no template"),
        (lambda d: d["visit_types"][0].update(default_minutes=0), "default_minutes"),
        (lambda d: d["checks"].append(dict(d["checks"][0])), "defined twice"),
    ],
)
def test_a_malformed_templates_file_says_where(
    tmp_path: Path, mutate: object, message: str
) -> None:
    from app.visits.templates import VISIT_TEMPLATES_PATH

    data = json.loads(VISIT_TEMPLATES_PATH.read_text(encoding="utf-8"))
    mutate(data)  # type: ignore[operator]
    path = tmp_path / "visit_templates.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_visit_templates(path)
