"""A branch manager's dashboard: figures per RM against hand-computed values.

The book of ``tests/app/test_rm_dashboard.py`` with its customers assigned to two
RMs (as the server's pull delivers them to a branch manager): A and B to 李敏
(``rm_li``), C, D and E to 王强 (``rm_wang``).
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import update

from app.pipeline import Stage
from app.profile import Profile
from app.rm_dashboard import (
    PORTFOLIO_INDEXES,
    DashboardFigures,
    dashboard_figures,
    dashboard_rms,
)
from db.models import Customer
from tests.app.test_rm_dashboard import TODAY, Book, g, wan
from tests.app.test_rm_dashboard import book as book

ALL_STAGES = dict.fromkeys(Stage, (0, Decimal("0.00")))


@pytest.fixture
def assigned(profile: Profile, book: Book) -> Book:
    owners = {"A": "rm_li", "B": "rm_li", "C": "rm_wang", "D": "rm_wang", "E": "rm_wang"}
    with profile.database.unit_of_work("sync") as uow:
        uow.session.info["applying_remote"] = True
        for key, rm in owners.items():
            uow.session.execute(
                update(Customer).where(Customer.id == book.customers[key]).values(assigned_rm=rm)
            )
    return book


def funnel(figures: DashboardFigures) -> dict[Stage, tuple[int, Decimal]]:
    return {f.stage: (f.count, f.amount) for f in figures.funnel}


def test_the_rms_of_the_branch(profile: Profile, assigned: Book) -> None:
    assert dashboard_rms(profile.database) == ["rm_li", "rm_wang"]


def test_rm_li_has_customers_a_and_b(profile: Profile, assigned: Book) -> None:
    figures = dashboard_figures(profile.database, "mgr01", TODAY, rm="rm_li")
    assert figures.rm == "rm_li"
    assert funnel(figures) == {
        **ALL_STAGES,
        Stage.DRAFT: (1, wan(300)),  # app1
        Stage.DOCUMENTS_COMPLETE: (1, wan(500)),  # app2
        Stage.SUBMITTED: (1, wan(200)),  # app4
        Stage.UNDER_REVIEW: (1, wan(400)),  # app5
        Stage.APPROVED: (1, wan(700)),  # app11
        Stage.MORE_DOCUMENTS: (1, wan(120)),  # app10
    }
    assert figures.overdue_applications == 1  # app4
    completeness = figures.completeness
    assert (completeness.applications, completeness.complete) == (2, 1)
    assert completeness.average_percent == Decimal("50.0")  # app1 0 %, app2 100 %
    assert figures.customers == 2
    assert figures.by_size == (g("small", 1), g("micro", 1))
    assert figures.by_section == (g("C", 2),)
    assert figures.by_segment == (g("五金产业集群", 2),)
    assert (figures.visits.planned, figures.visits.done) == (1, 1)  # B on 11-27, A on 11-24
    assert (figures.inspections.due, figures.inspections.overdue) == (0, 0)  # A's loan repaid
    assert figures.alerts.open == 0  # B's was resolved
    month = figures.month
    assert month.customers_onboarded == 1  # A
    assert month.visits_done == 1  # A on 11-24
    assert month.applications_submitted == 2  # app4, app5
    assert (month.approved, month.declined, month.more_documents) == (0, 0, 1)
    assert month.approval_rate is None
    assert month.median_business_days_to_decision == Decimal(5)  # app10: 10-27 → 11-03


def test_rm_wang_has_customers_c_d_and_e(profile: Profile, assigned: Book) -> None:
    figures = dashboard_figures(profile.database, "mgr01", TODAY, rm="rm_wang")
    assert funnel(figures) == {
        **ALL_STAGES,
        Stage.DRAFT: (1, wan(100)),  # app3
        Stage.UNDER_REVIEW: (1, wan(600)),  # app6
        Stage.APPROVED: (1, wan(250)),  # app7
        Stage.DECLINED: (1, wan(150)),  # app9
        Stage.DISBURSED: (1, wan(800)),  # app8
    }
    assert figures.overdue_applications == 1  # app6
    completeness = figures.completeness
    assert (completeness.applications, completeness.complete) == (1, 0)
    assert completeness.average_percent == Decimal(assigned.app3_percent).quantize(Decimal("0.1"))
    assert figures.customers == 3
    assert figures.by_size == (g("small", 1, 1, 800), g("micro", 1, 1, 100), g("", 1))
    assert figures.by_section == (g("F", 1, 1, 100), g("I", 1, 1, 800), g("", 1))
    assert figures.by_segment == (g("专业市场商户", 1, 1, 100), g("", 2, 1, 800))
    assert (figures.visits.planned, figures.visits.done) == (0, 0)  # E's visit was cancelled
    assert (figures.inspections.due, figures.inspections.overdue) == (2, 1)
    assert figures.alerts.open == 2
    assert dict(figures.alerts.by_severity) == {"high": 1, "medium": 1}
    month = figures.month
    assert month.customers_onboarded == 2  # C and E
    assert month.visits_done == 1  # C on 11-03
    assert month.applications_submitted == 4  # app6 … app9
    assert (month.approved, month.declined, month.more_documents) == (2, 1, 0)
    assert month.approval_rate == Decimal("0.6667")
    assert month.median_business_days_to_decision == Decimal(3)  # 2, 3, 4


def test_the_rms_add_up_to_the_branch(profile: Profile, assigned: Book) -> None:
    branch = dashboard_figures(profile.database, "mgr01", TODAY)
    parts = [
        dashboard_figures(profile.database, "mgr01", TODAY, rm=rm) for rm in ("rm_li", "rm_wang")
    ]
    for stage in Stage:
        assert branch.stage(stage).count == sum(p.stage(stage).count for p in parts)
        assert branch.stage(stage).amount == sum(p.stage(stage).amount for p in parts)
    assert branch.customers == sum(p.customers for p in parts)
    assert branch.overdue_applications == sum(p.overdue_applications for p in parts)
    assert branch.month.applications_submitted == sum(p.month.applications_submitted for p in parts)


def test_an_rm_without_customers_has_zero_figures(profile: Profile, assigned: Book) -> None:
    figures = dashboard_figures(profile.database, "mgr01", TODAY, rm="rm_nobody")
    assert all(f.count == 0 for f in figures.funnel)
    assert figures.customers == 0 and figures.alerts.open == 0
    assert figures.month.customers_onboarded == 0


def test_the_same_figures_with_and_without_the_portfolio_indexes(
    profile: Profile, assigned: Book
) -> None:
    """``PORTFOLIO_INDEXES`` (migration 0011) only change the plan: the figures are the same."""
    before = [dashboard_figures(profile.database, "mgr01", TODAY, rm=rm) for rm in (None, "rm_li")]
    with profile.database.engine.begin() as connection:
        for name in PORTFOLIO_INDEXES:
            connection.exec_driver_sql(f"DROP INDEX {name}")
    after = [dashboard_figures(profile.database, "mgr01", TODAY, rm=rm) for rm in (None, "rm_li")]
    assert after == before
