"""The Today page's summary on a small fixture: each row names its kind and record."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from app.alerts import AlertService
from app.applications import ApplicationService
from app.attachment_store import AttachmentStore
from app.follow_ups import FollowUpService
from app.profile import Profile
from app.visits.service import VisitInput, VisitOutcome, VisitService
from app.visits.today import TodayKind
from db.models import Loan
from tests.app.test_applications import new_customer, working_capital
from tests.app.test_visits import at

TODAY = date(2026, 12, 1)


def test_today_summary_lists_what_needs_the_rm_today(profile: Profile) -> None:
    store = AttachmentStore(profile.paths.attachments)
    visits = VisitService(profile.database, "rm01", store)
    follow_ups = FollowUpService(profile.database, "rm01")
    hengda = new_customer(profile)
    hailian = new_customer(profile, name="宁波海联贸易有限公司")

    morning = visits.plan(VisitInput(hengda, "post_loan", at(TODAY, 9), purpose="贷后检查"))
    overdue_visit = visits.plan(VisitInput(hailian, "renewal", at(TODAY - timedelta(days=2))))
    done_today = visits.record(
        VisitInput(hailian, "first_contact", None),
        VisitOutcome(
            at(TODAY, 8),
            signals={"litigation_enforcement": "被列为被执行人"},
            follow_ups=[],
        ),
    ).visit_id
    visits.plan(VisitInput(hengda, "other", at(TODAY + timedelta(days=1))))  # tomorrow
    cancelled = visits.plan(VisitInput(hengda, "other", at(TODAY, 14)))
    visits.cancel(cancelled)

    late = follow_ups.create(hengda, "补交财务报表", TODAY - timedelta(days=2))
    due_today = follow_ups.create(hailian, "回访", TODAY)
    follow_ups.create(hengda, "下月事项", TODAY + timedelta(days=20))

    with profile.database.unit_of_work("rm01") as uow:
        loan = uow.add(
            Loan(
                customer_id=hengda,
                product_code="working_capital",
                amount=Decimal("2000000.00"),
                disbursed_on=TODAY - timedelta(days=20),
            )
        )
        uow.session.flush()
        loan_id = loan.id

    alert_id = AlertService(profile.database, "rm01").open_alerts()[0].id
    application_id = ApplicationService(profile.database, "rm01", store).save(
        working_capital(hengda), TODAY
    )

    summary = visits.today_summary(TODAY)
    assert summary.day == TODAY
    assert [(i.id, i.overdue) for i in summary.visits] == [
        (overdue_visit, True),
        (done_today, False),
        (morning, False),
    ]
    assert summary.visits[2].code == "post_loan" and summary.visits[2].text == "贷后检查"
    assert summary.visits[2].at == at(TODAY, 9)
    assert summary.visits[2].customer_name == "杭州恒达机械有限公司"
    assert [(i.id, i.overdue, i.text) for i in summary.follow_ups] == [
        (late, True, "补交财务报表"),
        (due_today, False, "回访"),
    ]
    (inspection,) = summary.inspections
    assert (inspection.id, inspection.customer_id) == (loan_id, hengda)
    assert inspection.due_on == TODAY - timedelta(days=5) and inspection.overdue
    assert inspection.related_id == morning  # the post-loan visit planned for it
    assert inspection.detail is not None and inspection.detail.context == "Inspection"
    assert "15 days" in inspection.detail.text()
    (alert,) = summary.alerts
    assert (alert.id, alert.code, alert.severity) == (alert_id, "litigation_enforcement", "high")
    assert alert.related_id == done_today
    (application,) = summary.applications
    assert application.id == application_id and application.code == "working_capital"
    assert application.detail is not None and application.detail.context == "Today"
    assert application.detail.params["missing"] != "0"
    assert {i.kind for i in summary.items} == set(TodayKind)
    assert summary.counts == {
        TodayKind.VISIT: 3,
        TodayKind.FOLLOW_UP: 2,
        TodayKind.INSPECTION: 1,
        TodayKind.ALERT: 1,
        TodayKind.APPLICATION: 1,
    }


def test_an_empty_profile_has_an_empty_today(profile: Profile) -> None:
    visits = VisitService(profile.database, "rm01", AttachmentStore(profile.paths.attachments))
    summary = visits.today_summary(TODAY)
    assert summary.items == () and set(summary.counts.values()) == {0}
