"""Ratios from financial statements, and the inputs they and the profile fill in."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.scoring import CustomerFacts, Statement, automatic_inputs, compute_ratios, shipped_model
from app.scoring.derived import completed_years
from app.scoring.ratios import RATIOS, latest_statements, previous_year

D = Decimal
WAN = D(10_000)


def statement(year: int, **values: str) -> Statement:
    return Statement(date(year, 12, 31), **{k: D(v) * WAN for k, v in values.items()})  # type: ignore[arg-type]


LATEST = statement(
    2025,
    revenue="5000",
    net_profit="300",
    total_assets="4000",
    total_liabilities="2400",
    current_assets="2200",
    current_liabilities="1600",
    operating_cash_flow="400",
    inventory="600",
    receivables="1000",
)
PREVIOUS = statement(2024, revenue="4000", total_assets="3500")


def test_every_ratio_of_a_two_year_history() -> None:
    ratios = compute_ratios([PREVIOUS, LATEST])
    assert set(ratios) == set(RATIOS)
    assert ratios == {
        "debt_to_asset": D("60.00"),
        "current_ratio": D("1.38"),  # 2200 / 1600 = 1.375, half up
        "quick_ratio": D("1.00"),  # (2200 - 600) / 1600
        "roa": D("8.00"),  # 300 / average(4000, 3500) = 300 / 3750
        "net_margin": D("6.00"),
        "revenue_growth": D("25.00"),
        "receivables_turnover": D("5.00"),
        "cash_flow_coverage": D("0.25"),
    }


def test_one_year_uses_latest_assets_and_leaves_growth_missing() -> None:
    ratios = compute_ratios([LATEST])
    assert ratios["roa"] == D("7.50")  # 300 / 4000: no previous year to average with
    assert ratios["revenue_growth"] is None


def test_zero_and_missing_denominators_give_missing_values() -> None:
    broke = statement(
        2025,
        revenue="0",
        net_profit="-50",
        total_assets="0",
        total_liabilities="100",
        current_assets="10",
        current_liabilities="0",
        inventory="5",
        receivables="0",
    )
    ratios = compute_ratios([statement(2024, revenue="0"), broke])
    assert ratios == dict.fromkeys(RATIOS)
    assert compute_ratios([]) == dict.fromkeys(RATIOS)
    partial = compute_ratios([statement(2025, revenue="100", net_profit="-5")])
    assert partial["net_margin"] == D("-5.00")
    assert partial["quick_ratio"] is None  # no inventory reported
    assert partial["debt_to_asset"] is None


def test_previous_year_is_one_year_earlier_not_an_interim_period() -> None:
    interim = Statement(date(2025, 6, 30), revenue=D(2000) * WAN)
    recent = [PREVIOUS, interim, LATEST]
    assert previous_year(recent, LATEST) is PREVIOUS
    assert compute_ratios(recent)["revenue_growth"] == D("25.00")
    assert previous_year([interim, LATEST], LATEST) is None
    leap = Statement(date(2024, 2, 29))
    assert previous_year([Statement(date(2023, 2, 28)), leap], leap) is not None


def test_only_the_three_latest_statements_count() -> None:
    old = [statement(year, revenue="1") for year in (2019, 2020, 2021, 2022)]
    assert [s.period_end.year for s in latest_statements(old)] == [2022, 2021, 2020]
    assert compute_ratios([*old, LATEST])["revenue_growth"] is None  # 2024 is not there


def test_rounding_is_half_up_to_two_places() -> None:
    s = statement(2025, total_liabilities="1", total_assets="8")  # 12.5 %
    assert compute_ratios([s])["debt_to_asset"] == D("12.50")
    s = statement(2025, current_assets="1", current_liabilities="8")  # 0.125
    assert compute_ratios([s])["current_ratio"] == D("0.13")


def test_automatic_inputs_fill_ratio_and_customer_inputs_only() -> None:
    model = shipped_model()
    facts = CustomerFacts(registration_date=date(2015, 3, 18), industry_code="C33")
    filled = automatic_inputs(model, facts, [PREVIOUS, LATEST], date(2026, 3, 17))
    assert filled == {
        "debt_to_asset": D("60.00"),
        "current_ratio": D("1.38"),
        "roa": D("8.00"),
        "net_margin": D("6.00"),
        "revenue_growth": D("25.00"),
        "receivables_turnover": D("5.00"),
        "years_in_business": D(10),
        "industry_risk": "medium",
    }
    hotel = CustomerFacts(registration_date=None, industry_code="H61")
    filled = automatic_inputs(model, hotel, [], date(2026, 1, 1))
    assert filled["industry_risk"] == "high"
    assert filled["years_in_business"] is None
    assert filled["debt_to_asset"] is None
    assert (
        automatic_inputs(model, CustomerFacts(None, "99"), [], date(2026, 1, 1))["industry_risk"]
        is None
    )


def test_completed_years() -> None:
    assert completed_years(date(2015, 3, 18), date(2026, 3, 17)) == 10
    assert completed_years(date(2015, 3, 18), date(2026, 3, 18)) == 11
    assert completed_years(date(2027, 1, 1), date(2026, 3, 18)) is None
