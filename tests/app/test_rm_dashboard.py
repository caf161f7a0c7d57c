"""RM dashboard figures against hand-computed values on a small book built with the services.

The book, on Thursday 2026-11-26 (week 23–29 November, month of November):

customer  size   section segment   onboarded            loans
A         micro  C       五金集群   outbox 11-05 ✓       repaid 50万 (not active)
B         small  C       五金集群   outbox 10-10, 11-20  —
C         micro  F       专业市场   synced, changed 11-12 ✓   active 100万 (2026-08-01)
D         small  I       —          synced, changed 09-01  active 800万 (app8, 11-18)
E         —      —       —          outbox 11-25 ✓       —
F         micro  C       五金集群   deleted: counted nowhere

application  customer  amount  what happened                          stage
app1  A  300万  draft, nothing collected                         draft
app2  B  500万  every document                                   documents_complete
app3  C  100万  two documents                                    draft
app4  A  200万  submitted Fri 11-20, not synced yet              submitted (overdue: 4 days)
app5  B  400万  server stamped Tue 11-24                         under_review (2 days)
app6  D  600万  stamped Mon 11-16                                under_review (overdue: 8 days)
app7  C  250万  11-02 → approved Wed 11-04 (2 business days)    approved
app8  D  800万  11-09 → approved Fri 11-13 (4), loan 11-18       disbursed
app9  E  150万  11-10 → declined Fri 11-13 (3)                   declined
app10 A  120万  10-27 → more documents 11-03 (5)                 more_documents
app11 B  700万  10-13 → approved 10-20 (October)                 approved
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import delete, select, update

from app.alerts import AlertService
from app.applications import ApplicationService
from app.attachment_store import AttachmentStore
from app.cli_dashboard import add_dashboard_parser, cmd_dashboard
from app.customer_profile import CustomerProfile
from app.customers import CustomerService
from app.inspections import InspectionService
from app.pipeline import Stage, load_pipeline
from app.profile import Profile
from app.rm_dashboard import DashboardFigures, GroupFigure, dashboard_figures
from app.visits.service import VisitInput, VisitOutcome, VisitService
from db.models import Customer, Loan, OutboxEntry
from tests.app.test_applications import WAN, working_capital
from tests.app.test_pipeline import (
    add_loan,
    china,
    client_submits,
    collect_documents,
    server_sets,
)

TODAY = date(2026, 11, 26)


def wan(n: int) -> Decimal:
    return Decimal(n) * WAN


@dataclass
class Book:
    customers: dict[str, str]
    apps: dict[str, str]
    app3_percent: int


def save_customer(profile: Profile, name: str, **values: object) -> str:
    data = CustomerProfile(name=name, **values)  # type: ignore[arg-type]
    saved = CustomerService(profile.database, "rm01").save(data)
    assert saved.id is not None
    return saved.id


def set_history(
    profile: Profile, customer_id: str, *entries: datetime, synced_at: datetime | None = None
) -> None:
    """Date the customer's outbox entries (in order), or drop them as synced at ``synced_at``."""
    with profile.database.unit_of_work("test") as uow:
        session = uow.session
        seqs = session.scalars(
            select(OutboxEntry.seq)
            .where(OutboxEntry.entity_id == customer_id)
            .order_by(OutboxEntry.seq)
        ).all()
        if synced_at is not None:
            session.execute(delete(OutboxEntry).where(OutboxEntry.entity_id == customer_id))
            last = synced_at
        else:
            assert len(seqs) == len(entries)
            for seq, when in zip(seqs, entries, strict=True):
                session.execute(
                    update(OutboxEntry).where(OutboxEntry.seq == seq).values(created_at=when)
                )
            last = entries[-1]
        session.execute(update(Customer).where(Customer.id == customer_id).values(updated_at=last))


def decided(profile: Profile, app_id: str, submitted: date, status: str, on: date) -> None:
    client_submits(profile, app_id)
    server_sets(profile, app_id, submitted_at=china(submitted))
    server_sets(profile, app_id, status=status, decided_at=china(on, 15), decided_by="credit01")


@pytest.fixture
def book(profile: Profile) -> Book:
    db = profile.database
    hardware = {"segment": "五金产业集群", "industry_code": "33"}
    # Customers, created in time order (the outbox is written in time order).
    b = save_customer(
        profile, "温州瑞丰五金有限公司", employees=50, annual_revenue=wan(3000), **hardware
    )
    set_history(profile, b, china(date(2026, 10, 10)))
    a = save_customer(
        profile, "温州恒达五金有限公司", employees=10, annual_revenue=wan(500), **hardware
    )
    set_history(profile, a, china(date(2026, 11, 5)))
    c = save_customer(
        profile,
        "义乌鑫源商贸有限公司",
        industry_code="51",
        employees=5,
        annual_revenue=wan(50),
        segment="专业市场商户",
    )
    set_history(profile, c, synced_at=china(date(2026, 11, 12)))
    d = save_customer(
        profile, "杭州晟昌软件有限公司", industry_code="65", employees=30, annual_revenue=wan(900)
    )
    set_history(profile, d, synced_at=china(date(2026, 9, 1)))
    CustomerService(db, "rm01").save(
        replace(CustomerService(db, "rm01").load(b), city="温州")
    )  # an edit in November
    set_history(profile, b, china(date(2026, 10, 10)), china(date(2026, 11, 20)))
    e = save_customer(profile, "宁波新创科技有限公司")
    set_history(profile, e, china(date(2026, 11, 25)))
    f = save_customer(
        profile, "台州已注销五金有限公司", employees=8, annual_revenue=wan(300), **hardware
    )
    CustomerService(db, "rm01").delete(f)
    set_history(profile, f, china(date(2026, 11, 25), 12), china(date(2026, 11, 25), 13))

    service = ApplicationService(db, "rm01", AttachmentStore(profile.paths.attachments))

    def application(customer: str, amount: int, **changes: object) -> str:
        return service.save(working_capital(customer, amount=wan(amount), **changes), TODAY)

    apps = {
        "app1": application(a, 300),
        "app2": application(b, 500),
        "app3": service.save(
            replace(
                working_capital(c, amount=wan(100)),
                product_code="short_term_credit",
                collateral_type="none",
            ),
            TODAY,
        ),
        "app4": application(a, 200),
        "app5": application(b, 400),
        "app6": application(d, 600),
        "app7": application(c, 250),
        "app8": application(d, 800),
        "app9": application(e, 150),
        "app10": application(a, 120),
        "app11": application(b, 700),
    }
    collect_documents(service, apps["app2"], TODAY)
    app3 = service.load(apps["app3"], TODAY)
    required = [i for i in app3.items if i.applicable and i.required]
    service.mark_received([required[0].id, required[1].id])
    client_submits(profile, apps["app4"], when=china(date(2026, 11, 20)))
    client_submits(profile, apps["app5"])
    server_sets(profile, apps["app5"], submitted_at=china(date(2026, 11, 24)))
    client_submits(profile, apps["app6"])
    server_sets(profile, apps["app6"], submitted_at=china(date(2026, 11, 16)))
    decided(profile, apps["app7"], date(2026, 11, 2), "approved", date(2026, 11, 4))
    decided(profile, apps["app8"], date(2026, 11, 9), "approved", date(2026, 11, 13))
    add_loan(profile, apps["app8"], d, date(2026, 11, 18), wan(800))
    decided(profile, apps["app9"], date(2026, 11, 10), "declined", date(2026, 11, 13))
    decided(profile, apps["app10"], date(2026, 10, 27), "more_documents", date(2026, 11, 3))
    decided(profile, apps["app11"], date(2026, 10, 13), "approved", date(2026, 10, 20))

    with db.unit_of_work("sync") as uow:
        uow.session.info["applying_remote"] = True
        uow.add(
            Loan(
                customer_id=c,
                product_code="working_capital",
                amount=wan(100),
                disbursed_on=date(2026, 8, 1),
            )
        )
        uow.add(
            Loan(
                customer_id=a,
                product_code="working_capital",
                amount=wan(50),
                disbursed_on=date(2025, 3, 1),
                status="repaid",
            )
        )

    visits = VisitService(db, "rm01", AttachmentStore(profile.paths.attachments))

    def done(customer: str, day: date, visit_type: str = "due_diligence") -> None:
        visits.record(
            VisitInput(customer, visit_type, None), VisitOutcome(china(day, 10), china(day, 11))
        )

    done(c, date(2026, 8, 10), "post_loan")  # C's loan inspected: next due 11-08 (overdue)
    done(c, date(2026, 10, 30))  # October
    done(c, date(2026, 11, 3))
    done(a, date(2026, 11, 24))  # this week
    visits.plan(VisitInput(b, "due_diligence", china(date(2026, 11, 27))))
    cancelled = visits.plan(VisitInput(e, "first_contact", china(date(2026, 11, 25))))
    visits.cancel(cancelled, "客户改期")
    visits.plan(VisitInput(a, "first_contact", china(date(2026, 11, 30))))  # next week

    alerts = AlertService(db, "rm01")
    alerts.raise_alert(d, "production_cut", at=china(date(2026, 11, 20)))  # high
    alerts.raise_alert(c, "inventory_build_up", at=china(date(2026, 11, 21)))  # medium
    resolved = alerts.raise_alert(b, "key_staff_leaving", at=china(date(2026, 11, 2)))
    alerts.resolve(resolved, "已招聘接替人员", at=china(date(2026, 11, 10)))

    # Everything written after the customers happened "now" (after them, in order).
    with db.unit_of_work("test") as uow:
        uow.session.execute(
            update(OutboxEntry)
            .where(OutboxEntry.entity != "customers")
            .values(created_at=china(TODAY, 9))
        )
    return Book(
        customers={"A": a, "B": b, "C": c, "D": d, "E": e, "F": f},
        apps=apps,
        app3_percent=service.load(apps["app3"], TODAY).completeness,
    )


@pytest.fixture
def figures(profile: Profile, book: Book) -> DashboardFigures:
    return dashboard_figures(profile.database, "rm01", TODAY)


def test_the_funnel_counts_and_sums_each_stage(figures: DashboardFigures) -> None:
    got = {f.stage: (f.count, f.amount) for f in figures.funnel}
    assert got == {
        Stage.DRAFT: (2, wan(400)),
        Stage.DOCUMENTS_COMPLETE: (1, wan(500)),
        Stage.SUBMITTED: (1, wan(200)),
        Stage.UNDER_REVIEW: (2, wan(1000)),
        Stage.APPROVED: (2, wan(950)),
        Stage.DECLINED: (1, wan(150)),
        Stage.MORE_DOCUMENTS: (1, wan(120)),
        Stage.DISBURSED: (1, wan(800)),
    }
    assert [f.stage for f in figures.funnel] == list(Stage)
    assert figures.overdue_applications == 2  # app4 and app6


def test_the_funnel_agrees_with_the_pipeline_list(
    profile: Profile, figures: DashboardFigures
) -> None:
    items = load_pipeline(profile.database, TODAY)
    for figure in figures.funnel:
        mine = [i for i in items if i.stage == figure.stage]
        assert figure.count == len(mine)
        assert figure.amount == sum((i.amount or Decimal(0) for i in mine), Decimal(0))
    assert figures.overdue_applications == sum(i.overdue for i in items)


def test_completeness_of_the_applications_not_yet_submitted(
    book: Book, figures: DashboardFigures
) -> None:
    assert 0 < book.app3_percent < 100
    assert figures.completeness.applications == 3
    assert figures.completeness.complete == 1
    expected = (Decimal(0 + 100 + book.app3_percent) / 3).quantize(Decimal("0.1"))
    assert figures.completeness.average_percent == expected


def g(key: str, customers: int, loans: int = 0, amount: int = 0) -> GroupFigure:
    return GroupFigure(key, customers, loans, wan(amount) if amount else Decimal("0.00"))


def test_the_portfolio_by_size_section_and_segment(figures: DashboardFigures) -> None:
    assert figures.customers == 5  # F is deleted
    assert figures.by_size == (g("small", 2, 1, 800), g("micro", 2, 1, 100), g("", 1))
    assert figures.by_section == (g("C", 2), g("F", 1, 1, 100), g("I", 1, 1, 800), g("", 1))
    assert figures.by_segment == (
        g("五金产业集群", 2),  # the biggest first
        g("专业市场商户", 1, 1, 100),
        g("", 2, 1, 800),  # no segment: last
    )


def test_visits_inspections_and_alerts(profile: Profile, figures: DashboardFigures) -> None:
    week = figures.visits
    assert (week.week_start, week.week_end) == (date(2026, 11, 23), date(2026, 11, 29))
    assert (week.planned, week.done) == (1, 1)
    # D's loan (11-18): first inspection due 12-03, within the week; C's: due 11-08, overdue.
    assert (figures.inspections.due, figures.inspections.overdue) == (2, 1)
    due = InspectionService(profile.database).inspections_due(TODAY, 7)
    assert (len(due), sum(d.overdue for d in due)) == (2, 1)
    assert figures.alerts.open == 2
    assert dict(figures.alerts.by_severity) == {"high": 1, "medium": 1}


def test_the_month_figures(figures: DashboardFigures) -> None:
    month = figures.month
    assert month.month_start == date(2026, 11, 1)
    assert month.customers_onboarded == 3  # A, C (synced, changed in Nov), E
    assert month.visits_done == 2  # 11-03 and 11-24
    assert month.applications_submitted == 6  # app4 … app9
    assert (month.approved, month.declined, month.more_documents) == (2, 1, 1)
    assert month.decided == 4
    assert month.approval_rate == Decimal("0.6667")
    assert month.median_business_days_to_decision == Decimal("3.5")  # 2, 3, 4, 5


def test_an_empty_profile_has_zero_figures(profile: Profile) -> None:
    figures = dashboard_figures(profile.database, "rm01", TODAY)
    assert all(f.count == 0 and f.amount == 0 for f in figures.funnel)
    assert figures.customers == 0 and figures.by_size == ()
    assert figures.completeness.average_percent is None
    assert figures.month.approval_rate is None
    assert figures.month.median_business_days_to_decision is None


def test_the_cli_prints_exact_json(
    profile: Profile, book: Book, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    parser = argparse.ArgumentParser()
    add_dashboard_parser(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["dashboard", "--json", "--today", TODAY.isoformat()])
    assert cmd_dashboard(args, profile) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["today"] == "2026-11-26" and out["rm"] == profile.actor
    assert out["funnel"][0] == {"stage": "draft", "count": 2, "amount": "4000000.00"}
    assert out["overdue_applications"] == 2
    assert out["portfolio"]["by_size"][1] == {
        "key": "micro",
        "customers": 2,
        "loans": 1,
        "loan_amount": "1000000.00",
    }
    assert out["portfolio"]["by_segment"][-1]["key"] is None
    assert out["month"]["approval_rate"] == "0.6667"
    assert out["month"]["median_business_days_to_decision"] == "3.5"
    assert out["month"]["month"] == "2026-11"
    bad = parser.parse_args(["dashboard", "--today", "26/11/2026"])
    assert cmd_dashboard(bad, profile) == 2
