"""Post-loan inspections due: the rule at its boundaries, from loans, visits and alerts."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from app.alerts import AlertService
from app.attachment_store import AttachmentStore
from app.inspections import (
    INSPECTION_RULES_PATH,
    InspectionService,
    load_inspection_rules,
    next_inspection,
)
from app.profile import Profile
from app.visits.service import VisitInput, VisitOutcome, VisitService
from db.models import Loan
from tests.app.test_applications import new_customer
from tests.app.test_visits import at

DISBURSED = date(2026, 6, 1)
RULES = load_inspection_rules()


def days(n: int) -> timedelta:
    return timedelta(days=n)


@pytest.fixture
def visits(profile: Profile) -> VisitService:
    return VisitService(profile.database, "rm01", AttachmentStore(profile.paths.attachments))


@pytest.fixture
def inspections(profile: Profile) -> InspectionService:
    return InspectionService(profile.database)


@pytest.fixture
def customer(profile: Profile) -> str:
    return new_customer(profile)


def add_loan(
    profile: Profile, customer: str, disbursed_on: date = DISBURSED, status: str = "active"
) -> str:
    with profile.database.unit_of_work("rm01") as uow:
        loan = uow.add(
            Loan(
                customer_id=customer,
                product_code="working_capital",
                amount=Decimal("3000000.00"),
                disbursed_on=disbursed_on,
                status=status,
            )
        )
        uow.session.flush()
        return loan.id


def inspect(visits: VisitService, customer: str, day: date, visit_type: str = "post_loan") -> str:
    return visits.record(
        VisitInput(customer, visit_type, None), VisitOutcome(at(day, 10), at(day, 11))
    ).visit_id


def due_on(inspections: InspectionService, today: date) -> list[tuple[date, bool, str]]:
    """(due day, overdue, reason) of what is due by ``today`` itself."""
    return [
        (d.due_on, d.overdue, d.reason.code)
        for d in inspections.inspections_due(today, horizon_days=0)
    ]


# The rule itself ---------------------------------------------------------------------


def test_the_bundled_rule() -> None:
    assert (RULES.first_within_days, RULES.interval_days, RULES.alert_interval_days) == (15, 90, 30)
    assert RULES.alert_min_severity == "high" and RULES.visit_type == "post_loan"
    assert RULES.applies_to_status == {"active"}


def test_next_inspection_picks_the_earliest_rule_that_applies() -> None:
    last = date(2026, 7, 1)
    due, reason = next_inspection(RULES, DISBURSED, None, None)
    assert due == DISBURSED + days(15) and reason.code == "first"
    assert reason.text() == (
        "First post-loan inspection within 15 days of disbursement on 2026-06-01"
    )
    due, reason = next_inspection(RULES, DISBURSED, last, None)
    assert due == last + days(90) and reason.code == "interval"
    due, reason = next_inspection(RULES, DISBURSED, last, last + days(5))
    assert due == last + days(30) and reason.code == "alert"
    assert reason.params == {"days": "30", "from_on": "2026-07-01"}
    # An alert raised after the 30 days makes the inspection due that day, not overdue.
    due, reason = next_inspection(RULES, DISBURSED, last, last + days(45))
    assert due == last + days(45) and reason.code == "alert"
    # Before the first inspection the 15-day rule is sooner than the alert's.
    due, reason = next_inspection(RULES, DISBURSED, None, DISBURSED)
    assert due == DISBURSED + days(15) and reason.code == "first"


# From the data: boundaries -------------------------------------------------------------


def test_first_inspection_within_15_days_of_disbursement(
    profile: Profile, inspections: InspectionService, customer: str
) -> None:
    loan_id = add_loan(profile, customer)
    assert due_on(inspections, DISBURSED + days(14)) == []
    assert due_on(inspections, DISBURSED + days(15)) == [(DISBURSED + days(15), False, "first")]
    assert due_on(inspections, DISBURSED + days(16)) == [(DISBURSED + days(15), True, "first")]
    ahead = inspections.inspections_due(DISBURSED + days(8))  # default horizon: 7 days
    assert [(d.loan_id, d.customer_id, d.overdue) for d in ahead] == [(loan_id, customer, False)]
    assert ahead[0].customer_name == "杭州恒达机械有限公司"
    assert ahead[0].loan_amount == Decimal("3000000.00") and ahead[0].last_inspection_on is None
    assert inspections.inspections_due(DISBURSED + days(7)) == []


def test_every_90_days_after_the_last_inspection_day_89_and_90(
    profile: Profile, visits: VisitService, inspections: InspectionService, customer: str
) -> None:
    add_loan(profile, customer)
    last = DISBURSED + days(10)
    inspect(visits, customer, last)
    assert due_on(inspections, last + days(89)) == []
    assert due_on(inspections, last + days(90)) == [(last + days(90), False, "interval")]
    assert due_on(inspections, last + days(91)) == [(last + days(90), True, "interval")]
    inspect(visits, customer, last + days(91))  # done a day late: the clock restarts
    assert due_on(inspections, last + days(91) + days(89)) == []
    (row,) = inspections.schedule(last + days(100))
    assert row.last_inspection_on == last + days(91)


def test_a_serious_open_alert_shortens_the_interval_to_30_days(
    profile: Profile, visits: VisitService, inspections: InspectionService, customer: str
) -> None:
    add_loan(profile, customer)
    last = DISBURSED + days(10)
    inspect(visits, customer, last)
    alerts = AlertService(profile.database, "rm01")
    medium = alerts.raise_alert(customer, "inventory_build_up", at=at(last + days(5)))
    assert due_on(inspections, last + days(30)) == []  # medium: no change
    high = alerts.raise_alert(customer, "tax_wage_arrears", at=at(last + days(5)))
    assert due_on(inspections, last + days(29)) == []
    assert due_on(inspections, last + days(30)) == [(last + days(30), False, "alert")]
    assert due_on(inspections, last + days(31)) == [(last + days(30), True, "alert")]
    alerts.resolve(high, "工资已补发")
    alerts.resolve(medium, "库存已消化")
    assert due_on(inspections, last + days(31)) == []  # back to every 90 days
    assert due_on(inspections, last + days(90)) == [(last + days(90), False, "interval")]


def test_an_alert_raised_late_makes_the_inspection_due_that_day(
    profile: Profile, visits: VisitService, inspections: InspectionService, customer: str
) -> None:
    add_loan(profile, customer)
    last = DISBURSED + days(10)
    inspect(visits, customer, last)
    AlertService(profile.database, "rm01").raise_alert(
        customer, "owner_unreachable", at=at(last + days(50))
    )
    assert due_on(inspections, last + days(50)) == [(last + days(50), False, "alert")]


def test_no_inspection_once_the_loan_is_repaid(
    profile: Profile, inspections: InspectionService, customer: str
) -> None:
    loan_id = add_loan(profile, customer)
    assert due_on(inspections, DISBURSED + days(20))
    with profile.database.unit_of_work("rm01") as uow:
        loan = uow.get(Loan, loan_id)
        assert loan is not None
        uow.update(loan, {"status": "repaid"})
    assert due_on(inspections, DISBURSED + days(20)) == []
    add_loan(profile, customer, status="repaid")
    assert inspections.schedule(DISBURSED + days(400)) == []


def test_only_completed_post_loan_visits_since_disbursement_count(
    profile: Profile, visits: VisitService, inspections: InspectionService, customer: str
) -> None:
    add_loan(profile, customer)
    inspect(visits, customer, DISBURSED - days(1))  # before the loan
    inspect(visits, customer, DISBURSED + days(3), visit_type="due_diligence")
    cancelled = visits.plan(VisitInput(customer, "post_loan", at(DISBURSED + days(4))))
    visits.cancel(cancelled)
    planned = visits.plan(VisitInput(customer, "post_loan", at(DISBURSED + days(20))))
    (row,) = inspections.inspections_due(DISBURSED + days(16))
    assert (row.due_on, row.overdue, row.reason.code) == (DISBURSED + days(15), True, "first")
    assert row.planned_visit_id == planned and row.planned_start == at(DISBURSED + days(20))
    inspect(visits, customer, DISBURSED)  # on the day of disbursement: counts
    (row,) = inspections.schedule(DISBURSED + days(16))
    assert row.last_inspection_on == DISBURSED and row.due_on == DISBURSED + days(90)


def test_each_active_loan_is_listed_soonest_first(
    profile: Profile, inspections: InspectionService, customer: str
) -> None:
    other = new_customer(profile, name="宁波海联贸易有限公司")
    late = add_loan(profile, customer, DISBURSED + days(5))
    early = add_loan(profile, other, DISBURSED)
    rows = inspections.schedule(DISBURSED + days(30))
    assert [r.loan_id for r in rows] == [early, late]
    assert [r.loan_id for r in inspections.schedule(DISBURSED, customer_id=customer)] == [late]


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("interval_days", 0, "interval_days"),
        ("first_within_days", "15", "first_within_days"),
        ("alert_min_severity", "scary", "alert_min_severity"),
        ("visit_type", "picnic", "visit_type"),
        ("applies_to_status", [], "applies_to_status"),
    ],
)
def test_a_malformed_rules_file_says_where(
    tmp_path: Path, key: str, value: object, message: str
) -> None:
    data = json.loads(INSPECTION_RULES_PATH.read_text(encoding="utf-8"))
    data[key] = value
    path = tmp_path / "inspection_rules.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_inspection_rules(path)
