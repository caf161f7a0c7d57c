"""The application pipeline: stages from real records, time in stage, the three-day clock."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.applications import ApplicationService
from app.attachment_store import AttachmentStore
from app.business_days import business_days_between
from app.checklist import EffectiveState, ItemState, Progress
from app.pipeline import (
    PipelineItem,
    PipelineQuery,
    Stage,
    china_date,
    load_pipeline,
    overdue_cutoff,
    stage_of,
)
from app.profile import Profile, open_profile
from app.visits.times import RM_TIME_ZONE
from db.models import Application, Loan
from tests.app.test_applications import WAN, new_customer, working_capital
from tests.app.test_cli import rmdesk

THURSDAY = date(2026, 11, 26)


def china(day: date, hour: int = 10) -> datetime:
    """A time on ``day`` in China."""
    return datetime(day.year, day.month, day.day, hour, tzinfo=RM_TIME_ZONE)


@pytest.fixture
def service(profile: Profile) -> ApplicationService:
    return ApplicationService(profile.database, "rm01", AttachmentStore(profile.paths.attachments))


def collect_documents(service: ApplicationService, app_id: str, today: date) -> None:
    """Receive every required document, dated so that it is valid on ``today``."""
    view = service.load(app_id, today)
    service.mark_received([i.id for i in view.items if i.applicable and i.required])
    for entry in service.load(app_id, today).items:
        if entry.document is not None and entry.effective == EffectiveState.EXPIRED:
            service.set_document_dates(entry.document.id, today.replace(day=1), None)


def client_submits(profile: Profile, app_id: str, when: datetime | None = None) -> None:
    """The RM submits (a local change that syncs); the server stamps ``submitted_at`` later."""
    with profile.database.unit_of_work("rm01") as uow:
        application = uow.get(Application, app_id)
        assert application is not None
        uow.update(application, {"status": "submitted"})
        uow.session.flush()
        if when is not None:  # pretend the change was made then
            application.updated_at = when


def server_sets(profile: Profile, app_id: str, **values: Any) -> None:
    """Server-owned fields arriving with sync (no outbox entry), as the sync engine applies them."""
    with profile.database.unit_of_work("sync") as uow:
        uow.session.info["applying_remote"] = True
        application = uow.get(Application, app_id)
        assert application is not None
        for key, value in values.items():
            setattr(application, key, value)


def add_loan(profile: Profile, app_id: str, customer_id: str, on: date, amount: Decimal) -> None:
    with profile.database.unit_of_work("sync") as uow:
        uow.session.info["applying_remote"] = True
        uow.add(
            Loan(
                customer_id=customer_id,
                application_id=app_id,
                product_code="working_capital",
                amount=amount,
                disbursed_on=on,
            )
        )


def only(profile: Profile, today: date, **query: Any) -> PipelineItem:
    [item] = load_pipeline(profile.database, today, PipelineQuery(**query))
    return item


# stage_of on its own ------------------------------------------------------------------


@dataclass
class Fake:
    status: str
    submitted_at: datetime | None = None


@pytest.mark.parametrize(
    ("status", "submitted", "completeness", "loan", "stage"),
    [
        ("draft", False, 50, False, Stage.DRAFT),
        ("draft", False, 100, False, Stage.DOCUMENTS_COMPLETE),
        ("ready", False, 100, False, Stage.DOCUMENTS_COMPLETE),
        ("ready", False, 90, False, Stage.DRAFT),  # a document expired after the gate
        ("submitted", False, 100, False, Stage.SUBMITTED),
        ("submitted", True, 100, False, Stage.UNDER_REVIEW),
        ("approved", True, 100, False, Stage.APPROVED),
        ("declined", True, 100, False, Stage.DECLINED),
        ("more_documents", True, 100, False, Stage.MORE_DOCUMENTS),
        ("approved", True, 100, True, Stage.DISBURSED),
        ("escalated", True, 100, False, Stage.UNDER_REVIEW),  # unknown: the server's hands
    ],
)
def test_stage_of_every_status(
    status: str, submitted: bool, completeness: int, loan: bool, stage: Stage
) -> None:
    fake = Fake(status, china(THURSDAY) if submitted else None)
    assert stage_of(fake, completeness, loan) == stage


def test_stage_of_takes_a_progress() -> None:
    assert stage_of(Fake("draft"), Progress(4, 4), False) == Stage.DOCUMENTS_COMPLETE
    assert stage_of(Fake("draft"), Progress(0, 0), False) == Stage.DOCUMENTS_COMPLETE
    assert stage_of(Fake("draft"), Progress(4, 3), False) == Stage.DRAFT


# stages from real records ------------------------------------------------------------


def test_an_application_moves_through_every_stage(
    profile: Profile, service: ApplicationService
) -> None:
    customer = new_customer(profile)
    app_id = service.save(working_capital(customer), THURSDAY)
    assert only(profile, THURSDAY).stage == Stage.DRAFT
    assert only(profile, THURSDAY).completeness == 0

    collect_documents(service, app_id, THURSDAY)
    assert only(profile, THURSDAY).stage == Stage.DOCUMENTS_COMPLETE
    service.mark_ready(app_id, THURSDAY)
    assert only(profile, THURSDAY).stage == Stage.DOCUMENTS_COMPLETE

    client_submits(profile, app_id)
    assert only(profile, THURSDAY).stage == Stage.SUBMITTED
    server_sets(profile, app_id, submitted_at=china(THURSDAY))
    assert only(profile, THURSDAY).stage == Stage.UNDER_REVIEW

    server_sets(
        profile,
        app_id,
        status="approved",
        decided_at=china(date(2026, 11, 30)),
        decided_by="credit01",
        decision_terms={"amount": "3000000.00"},
    )
    assert only(profile, date(2026, 11, 30)).stage == Stage.APPROVED
    add_loan(profile, app_id, customer, date(2026, 12, 3), Decimal(300) * WAN)
    item = only(profile, date(2026, 12, 10))
    assert item.stage == Stage.DISBURSED
    assert item.disbursed_on == date(2026, 12, 3) and item.clock.days_in_stage == 7


def test_a_document_that_expires_sends_the_application_back_to_draft(
    profile: Profile, service: ApplicationService
) -> None:
    app_id = service.save(working_capital(new_customer(profile)), THURSDAY)
    collect_documents(service, app_id, THURSDAY)  # statements dated 2026-11-01: 6 months
    assert only(profile, THURSDAY).stage == Stage.DOCUMENTS_COMPLETE
    later = only(profile, date(2027, 5, 1))
    assert later.stage == Stage.DRAFT and later.completeness < 100


def test_declined_and_more_documents_are_stages_of_their_own(
    profile: Profile, service: ApplicationService
) -> None:
    customer = new_customer(profile)
    declined = service.save(working_capital(customer), THURSDAY)
    more = service.save(working_capital(customer, amount=Decimal(100) * WAN), THURSDAY)
    for app_id in (declined, more):
        client_submits(profile, app_id)
        server_sets(profile, app_id, submitted_at=china(THURSDAY))
    server_sets(profile, declined, status="declined", decided_at=china(THURSDAY, 16))
    server_sets(
        profile,
        more,
        status="more_documents",
        decided_at=china(THURSDAY, 17),
        requested_documents=["audit_report"],
    )
    stages = {i.id: i.stage for i in load_pipeline(profile.database, THURSDAY)}
    assert stages == {declined: Stage.DECLINED, more: Stage.MORE_DOCUMENTS}


# the three-business-day clock ----------------------------------------------------------


def submitted_on(profile: Profile, service: ApplicationService, when: datetime) -> str:
    app_id = service.save(working_capital(new_customer(profile)), when.date())
    client_submits(profile, app_id)
    server_sets(profile, app_id, submitted_at=when)
    return app_id


@pytest.mark.parametrize(
    ("submitted", "today", "days", "overdue"),
    [
        (date(2026, 11, 23), date(2026, 11, 26), 3, False),  # Mon → Thu: the third day
        (date(2026, 11, 23), date(2026, 11, 27), 4, True),  # Fri: late
        (date(2026, 11, 20), date(2026, 11, 25), 3, False),  # Fri → Wed across the weekend
        (date(2026, 11, 20), date(2026, 11, 26), 4, True),
        (date(2026, 11, 21), date(2026, 11, 25), 3, False),  # a Saturday starts on Monday
        (date(2026, 9, 30), date(2026, 10, 9), 2, False),  # 国庆 golden week stops the clock
        (date(2026, 9, 30), date(2026, 10, 10), 3, False),  # the adjusted working Saturday
        (date(2026, 9, 30), date(2026, 10, 12), 4, True),
        (date(2026, 2, 12), date(2026, 2, 14), 2, False),  # Sat 14th is a working day
        (date(2026, 2, 12), date(2026, 2, 24), 3, False),  # then 春节 until the 23rd
        (date(2026, 2, 12), date(2026, 2, 25), 4, True),
    ],
)
def test_the_three_day_answer_clock_counts_china_business_days(
    profile: Profile,
    service: ApplicationService,
    submitted: date,
    today: date,
    days: int,
    overdue: bool,
) -> None:
    submitted_on(profile, service, china(submitted))
    item = only(profile, today)
    assert item.stage == Stage.UNDER_REVIEW
    assert item.clock.submitted_on == submitted
    assert item.clock.business_days_since_submission == days
    assert item.overdue is overdue
    assert (submitted <= overdue_cutoff(today)) is overdue


def test_the_clock_uses_china_dates_and_stops_at_the_answer(
    profile: Profile, service: ApplicationService
) -> None:
    sunday_evening_utc = datetime(2026, 11, 22, 17, 30, tzinfo=UTC)  # Monday 01:30 in China
    app_id = submitted_on(profile, service, sunday_evening_utc)
    assert only(profile, THURSDAY).clock.submitted_on == date(2026, 11, 23)
    server_sets(profile, app_id, status="approved", decided_at=china(date(2026, 11, 30)))
    item = only(profile, date(2026, 12, 4))
    assert not item.overdue  # answered, late or not: no longer waiting
    assert item.clock.business_days_to_decision == 5
    assert item.clock.business_days_since_submission == 9
    assert item.clock.stage_since == date(2026, 11, 30) and item.clock.days_in_stage == 4


def test_a_submission_not_yet_synced_counts_from_the_local_change(
    profile: Profile, service: ApplicationService
) -> None:
    app_id = service.save(working_capital(new_customer(profile)), THURSDAY)
    client_submits(profile, app_id, when=china(date(2026, 11, 20)))
    item = only(profile, THURSDAY)
    assert item.stage == Stage.SUBMITTED and item.submitted_at is None
    assert item.clock.submitted_on == date(2026, 11, 20)
    assert item.clock.business_days_since_submission == 4 and item.overdue


def test_drafts_and_decisions_are_never_overdue(
    profile: Profile, service: ApplicationService
) -> None:
    service.save(working_capital(new_customer(profile)), date(2026, 1, 5))
    item = only(profile, THURSDAY)
    assert item.clock.business_days_since_submission is None and not item.overdue


# filters -----------------------------------------------------------------------------------


def test_filters_by_stage_product_and_segment(
    profile: Profile, service: ApplicationService
) -> None:
    cluster = new_customer(profile, name="温州恒达五金有限公司", segment="五金产业集群")
    market = new_customer(profile, name="义乌鑫源商贸有限公司", segment="专业市场商户")
    first = service.save(working_capital(cluster), THURSDAY)
    credit = replace(working_capital(market), product_code="short_term_credit")
    second = service.save(replace(credit, collateral_type="none"), THURSDAY)
    collect_documents(service, second, THURSDAY)

    def ids(**query: Any) -> set[str]:
        return {i.id for i in load_pipeline(profile.database, THURSDAY, PipelineQuery(**query))}

    assert ids() == {first, second}
    assert ids(stages=frozenset({Stage.DRAFT})) == {first}
    assert ids(stages=frozenset({Stage.DOCUMENTS_COMPLETE, Stage.SUBMITTED})) == {second}
    assert ids(product_codes=frozenset({"short_term_credit"})) == {second}
    assert ids(segments=frozenset({"五金产业集群"})) == {first}
    assert ids(segments=frozenset({"五金产业集群"}), stages=frozenset({Stage.APPROVED})) == set()
    assert ids(customer_id=market) == {second}


def test_completeness_in_sql_matches_the_service(
    profile: Profile, service: ApplicationService
) -> None:
    customer = new_customer(profile)
    fresh = service.save(working_capital(customer), THURSDAY)
    collect_documents(service, fresh, THURSDAY)
    partial = service.save(working_capital(customer, collateral_type="guarantee"), THURSDAY)
    view = service.load(partial, THURSDAY)
    required = [i for i in view.items if i.applicable and i.required]
    service.mark_received([i.id for i in required[:4]])
    service.set_state(required[4].id, ItemState.WAIVED, reason="集团统一提供")
    stale = service.save(working_capital(customer, term_months=6), THURSDAY)
    collect_documents(service, stale, date(2026, 3, 10))  # dated March: too old by November
    assert service.load(stale, THURSDAY).completeness < 100
    for day in (THURSDAY, date(2026, 3, 20), date(2027, 6, 1)):
        expected = {s.id: s.completeness for s in service.list(today=day)}
        got = {i.id: i.completeness for i in load_pipeline(profile.database, day)}
        assert got == expected


# rmdesk applications list ---------------------------------------------------------------


def test_applications_list_carries_stage_and_the_clock(tmp_path: Path) -> None:
    root = tmp_path / "p"
    profile = open_profile(root)
    try:
        service = ApplicationService(
            profile.database, "rm01", AttachmentStore(profile.paths.attachments)
        )
        draft = service.save(working_capital(new_customer(profile)), THURSDAY)
        waiting = service.save(working_capital(new_customer(profile, name="宁波瑞丰有限公司")))
        client_submits(profile, waiting)
        submitted = datetime.now(UTC) - timedelta(days=10)
        server_sets(profile, waiting, submitted_at=submitted)
    finally:
        profile.close()
    result = rmdesk("--data-dir", str(root), "applications", "list")
    assert result.returncode == 0, result.stderr
    listed = {a["id"]: a for a in json.loads(result.stdout)["applications"]}
    days = business_days_between(china_date(submitted), date.today())
    assert listed[waiting]["stage"] == "under_review"
    assert listed[waiting]["submitted_at"] == submitted.isoformat()
    assert listed[waiting]["business_days_since_submission"] == days
    assert listed[waiting]["overdue"] is (days > 3)
    assert listed[waiting]["status"] == "submitted" and listed[waiting]["items"]  # kept
    assert listed[draft]["stage"] == "draft" and listed[draft]["submitted_at"] is None
    assert listed[draft]["business_days_since_submission"] is None
    assert listed[draft]["overdue"] is False
    only = rmdesk("--data-dir", str(root), "applications", "list", "--stage", "under_review")
    assert [a["id"] for a in json.loads(only.stdout)["applications"]] == [waiting]
    bad = rmdesk("--data-dir", str(root), "applications", "list", "--stage", "nonsense")
    assert bad.returncode == 2 and "stages" in json.loads(bad.stdout)
