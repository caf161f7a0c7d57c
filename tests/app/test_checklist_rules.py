"""Checklist conditions and document validity, at every boundary."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest

from app.catalogue import load_catalogue
from app.checklist_rules import (
    Facts,
    ValidityRule,
    add_months,
    check_validity,
    company_age_months,
    evaluate_condition,
    facts_for,
)
from app.customer_profile import CreditType

WAN = Decimal(10_000)
TODAY = date(2026, 6, 15)
DAY = timedelta(days=1)


def facts(**changes: Any) -> Facts:
    base: dict[str, Any] = {
        "product_code": "supply_chain_credit",
        "product_tags": frozenset({"supply_chain", "trade"}),
        "collateral_type": "none",
        "credit_type": CreditType.NEW,
        "company_age_months": 36,
        "amount": 300 * WAN,
    }
    base.update(changes)
    return Facts(**base)


# --- month arithmetic -------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "months", "expected"),
    [
        (date(2026, 6, 1), 6, date(2026, 12, 1)),
        (date(2026, 8, 31), 6, date(2027, 2, 28)),
        (date(2027, 8, 31), 6, date(2028, 2, 29)),  # leap year
        (date(2026, 1, 31), 1, date(2026, 2, 28)),
        (date(2026, 3, 31), 1, date(2026, 4, 30)),
        (date(2026, 11, 15), 3, date(2027, 2, 15)),
        (date(2026, 3, 31), -1, date(2026, 2, 28)),
        (date(2026, 5, 10), 0, date(2026, 5, 10)),
        (date(2026, 5, 10), 24, date(2028, 5, 10)),
    ],
)
def test_add_months_clamps_to_the_month_end(start: date, months: int, expected: date) -> None:
    assert add_months(start, months) == expected


@pytest.mark.parametrize(
    ("registered", "today", "months"),
    [
        (date(2024, 6, 15), date(2026, 6, 15), 24),
        (date(2024, 6, 15), date(2026, 6, 14), 23),
        (date(2024, 6, 16), date(2026, 6, 15), 23),
        (date(2024, 1, 31), date(2024, 2, 29), 1),  # clamped month end counts
        (date(2024, 1, 31), date(2024, 2, 28), 0),
        (date(2026, 6, 15), date(2026, 6, 15), 0),
        (date(2026, 7, 1), date(2026, 6, 15), 0),  # registered "in the future"
    ],
)
def test_company_age_counts_full_calendar_months(
    registered: date, today: date, months: int
) -> None:
    assert company_age_months(registered, today) == months


def test_company_age_is_none_when_the_registration_date_is_unknown() -> None:
    assert company_age_months(None, TODAY) is None


# --- conditions -------------------------------------------------------------


@pytest.mark.parametrize("condition", [None, {}])
def test_no_condition_always_holds(condition: dict[str, Any] | None) -> None:
    assert evaluate_condition(condition, facts()) is True


@pytest.mark.parametrize(
    ("condition", "holds", "fails"),
    [
        (
            {"collateral_in": ["property", "equipment"]},
            {"collateral_type": "equipment"},
            {"collateral_type": "guarantee"},
        ),
        ({"credit_type": "renewal"}, {"credit_type": CreditType.RENEWAL}, {}),
        ({"credit_type": "new"}, {}, {"credit_type": CreditType.RENEWAL}),
        ({"company_age_months_lt": 24}, {"company_age_months": 23}, {"company_age_months": 24}),
        ({"company_age_months_lt": 24}, {"company_age_months": 0}, {"company_age_months": 120}),
        ({"product_tag": "supply_chain"}, {}, {"product_tags": frozenset({"trade"})}),
        (
            {"product_in": ["bill_discounting", "supply_chain_credit"]},
            {},
            {"product_code": "working_capital"},
        ),
        ({"amount_gte_wan": "500"}, {"amount": 500 * WAN}, {"amount": 500 * WAN - Decimal("0.01")}),
        ({"amount_gte_wan": "0.5"}, {"amount": Decimal(5000)}, {"amount": Decimal(4999)}),
        (
            {"all": [{"product_tag": "trade"}, {"credit_type": "renewal"}]},
            {"credit_type": CreditType.RENEWAL},
            {},
        ),
        (
            {"any": [{"collateral_in": ["property"]}, {"amount_gte_wan": "1000"}]},
            {"amount": 1000 * WAN},
            {},
        ),
        (
            {"any": [{"collateral_in": ["property"]}, {"amount_gte_wan": "1000"}]},
            {"collateral_type": "property"},
            {"collateral_type": "guarantee"},
        ),
        ({"not": {"credit_type": "renewal"}}, {}, {"credit_type": CreditType.RENEWAL}),
        (
            {
                "all": [
                    {"not": {"product_in": ["bill_discounting"]}},
                    {"any": [{"product_tag": "x"}]},
                ]
            },
            {"product_tags": frozenset({"x"})},
            {"product_code": "bill_discounting", "product_tags": frozenset({"x"})},
        ),
    ],
)
def test_every_condition_kind_holds_and_fails(
    condition: dict[str, Any], holds: dict[str, Any], fails: dict[str, Any]
) -> None:
    assert evaluate_condition(condition, facts(**holds)) is True
    assert evaluate_condition(condition, facts(**fails)) is False


def test_an_unknown_age_asks_for_the_young_company_document() -> None:
    unknown = facts(company_age_months=None)
    assert evaluate_condition({"company_age_months_lt": 24}, unknown) is True
    # ``not`` simply negates: the "old enough" condition does not hold.
    assert evaluate_condition({"not": {"company_age_months_lt": 24}}, unknown) is False


def test_an_unknown_amount_asks_for_the_large_amount_document() -> None:
    unknown = facts(amount=None)
    assert evaluate_condition({"amount_gte_wan": "1000"}, unknown) is True
    assert evaluate_condition({"not": {"amount_gte_wan": "1000"}}, unknown) is False


@pytest.mark.parametrize(
    ("condition", "message"),
    [
        ({"colour": "red"}, "unknown condition key 'colour'"),
        ({"credit_type": "new", "product_tag": "x"}, "exactly one key"),
        ({"all": []}, r"condition\.all: expected a non-empty list"),
        ({"any": [None]}, r"condition\.any\[0\]: null is not a condition"),
        ({"not": []}, r"condition\.not: expected a condition object"),
        ({"collateral_in": "property"}, "expected a non-empty list of strings"),
        ({"company_age_months_lt": "24"}, "expected a whole number of months"),
        ({"company_age_months_lt": True}, "expected a whole number of months"),
        ({"amount_gte_wan": 500}, "as a string"),
        ({"amount_gte_wan": "-1"}, "non-negative"),
        ({"credit_type": "old"}, "'new' or 'renewal'"),
        (["credit_type"], "a condition is an object"),
    ],
)
def test_a_malformed_condition_raises_value_error(condition: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        evaluate_condition(condition, facts())


def test_facts_for_an_application() -> None:
    product = load_catalogue().product("working_capital")
    result = facts_for(product, "property", "renewal", date(2025, 1, 20), TODAY, 800 * WAN)
    assert result == Facts(
        product_code="working_capital",
        product_tags=frozenset(product.tags),
        collateral_type="property",
        credit_type=CreditType.RENEWAL,
        company_age_months=16,
        amount=800 * WAN,
    )
    unknown = facts_for(product, "guarantee", "new", None, TODAY, None)
    assert unknown.company_age_months is None and unknown.amount is None


def test_facts_for_rejects_what_the_product_does_not_accept() -> None:
    catalogue = load_catalogue()
    with pytest.raises(ValueError, match="does not accept collateral 'none'"):
        facts_for(catalogue.product("working_capital"), "none", "new", None, TODAY, None)
    with pytest.raises(ValueError, match="does not accept collateral 'gold'"):
        facts_for(catalogue.product("working_capital"), "gold", "new", None, TODAY, None)
    with pytest.raises(ValueError, match="unknown credit type 'old'"):
        facts_for(catalogue.product("short_term_credit"), "none", "old", None, TODAY, None)
    with pytest.raises(ValueError, match="non-negative"):
        facts_for(catalogue.product("short_term_credit"), "none", "new", None, TODAY, -WAN)


def applicable(
    product_code: str, collateral: str, credit: str, registered: date | None
) -> set[str]:
    catalogue = load_catalogue()
    product = catalogue.product(product_code)
    f = facts_for(product, collateral, credit, registered, TODAY, product.amount_min)
    return {
        e.code for e in product.items if evaluate_condition(catalogue.item(e.code).condition, f)
    }


def test_the_bundled_checklists_follow_the_application() -> None:
    old = date(2015, 3, 1)
    base = applicable("working_capital", "guarantee", "new", old)
    assert "guarantor_documents" in base and "collateral_title" not in base
    assert "renewal_statement" not in base and "new_company_support" not in base
    assert "trade_contracts_invoices" in base
    with_property = applicable("working_capital", "property", "renewal", old)
    assert {"collateral_title", "collateral_appraisal", "renewal_statement"} <= with_property
    assert "collateral_appraisal" in applicable("equipment_instalment", "equipment", "new", old)
    assert "collateral_title" not in applicable("equipment_instalment", "equipment", "new", old)
    assert "new_company_support" in applicable("short_term_credit", "none", "new", None)
    assert "new_company_support" in applicable("short_term_credit", "none", "new", date(2025, 1, 1))
    assert "core_enterprise_confirmation" in applicable("supply_chain_credit", "none", "new", old)
    assert "audit_report" in applicable("project_loan", "property", "new", old)  # project tag
    assert "audit_report" not in applicable("receivables_pledge", "receivables", "new", old)


# --- validity ---------------------------------------------------------------

MAX_6 = {"max_age_months": 6}
NOT_EXPIRED = {"not_expired": True}
LONG_TERM_OK = {"not_expired": True, "allow_no_expiry": True}


def test_no_rule_is_always_valid() -> None:
    result = check_validity(None, None, None, TODAY)
    assert result.ok is True and result.valid_until is None
    assert result.text() == "No dates to check"


@pytest.mark.parametrize(
    ("issued", "valid_until"),
    [
        (date(2026, 6, 1), date(2026, 12, 1)),
        (date(2026, 8, 31), date(2027, 2, 28)),  # clamped to the month end
        (date(2027, 8, 31), date(2028, 2, 29)),  # leap year
    ],
)
def test_max_age_at_its_boundaries(issued: date, valid_until: date) -> None:
    day_before = check_validity(MAX_6, issued, None, valid_until - DAY)
    assert day_before.ok is True
    assert day_before.valid_until == valid_until
    assert day_before.params["last_day"] == (valid_until - DAY).isoformat()
    at = check_validity(MAX_6, issued, None, valid_until)
    assert at.ok is False and at.valid_until == valid_until
    after = check_validity(MAX_6, issued, None, valid_until + DAY)
    assert after.ok is False and after.valid_until == valid_until
    assert check_validity(MAX_6, issued, None, issued).ok is True  # same day


def test_max_age_texts() -> None:
    fresh = check_validity(MAX_6, date(2026, 6, 1), None, date(2026, 11, 30))
    assert fresh.text() == "Dated 2026-06-01: usable for 6 months, through 2026-11-30"
    stale = check_validity(MAX_6, date(2026, 6, 1), None, date(2026, 12, 1))
    assert stale.text() == "Dated 2026-06-01: older than 6 months since 2026-12-01"


def test_max_age_needs_the_documents_date() -> None:
    missing = check_validity(MAX_6, None, None, TODAY)
    assert missing.ok is False and missing.valid_until is None
    assert missing.text() == "Enter the document's date"


def test_a_document_dated_in_the_future_is_not_valid() -> None:
    future = check_validity(MAX_6, TODAY + DAY, None, TODAY)
    assert future.ok is False
    assert future.text() == f"The document's date {(TODAY + DAY).isoformat()} is after today"


def test_not_expired_at_its_boundaries() -> None:
    expires = date(2026, 6, 30)
    before = check_validity(NOT_EXPIRED, None, expires, expires - DAY)
    assert before.ok is True and before.valid_until == expires + DAY
    on_the_day = check_validity(NOT_EXPIRED, None, expires, expires)
    assert on_the_day.ok is True
    assert on_the_day.text() == "Valid through 2026-06-30"
    after = check_validity(NOT_EXPIRED, None, expires, expires + DAY)
    assert after.ok is False and after.valid_until == date(2026, 7, 1)
    assert after.text() == "Expired: it was valid through 2026-06-30"


def test_a_missing_expiry_date_is_long_term_only_when_allowed() -> None:
    long_term = check_validity(LONG_TERM_OK, None, None, TODAY)
    assert long_term.ok is True and long_term.valid_until is None
    assert long_term.text() == "Long-term: no expiry date"
    missing = check_validity(NOT_EXPIRED, None, None, TODAY)
    assert missing.ok is False and missing.text() == "Enter the expiry date"
    assert check_validity(LONG_TERM_OK, None, date(2026, 6, 14), TODAY).ok is False


def test_combined_rules_need_every_part() -> None:
    rule = {"max_age_months": 6, "not_expired": True}
    issued, expires = date(2026, 1, 10), date(2026, 6, 30)
    both = check_validity(rule, issued, expires, TODAY)
    assert both.ok is True
    assert both.valid_until == date(2026, 7, 1)  # the earlier of the two
    assert both.text() == "Valid through 2026-06-30"
    expired = check_validity(rule, issued, expires, date(2026, 7, 1))
    assert expired.ok is False and expired.text().startswith("Expired")
    stale = check_validity(rule, date(2025, 12, 1), date(2030, 1, 1), TODAY)
    assert stale.ok is False and stale.valid_until == date(2026, 6, 1)
    assert stale.text() == "Dated 2025-12-01: older than 6 months since 2026-06-01"
    no_date = check_validity(rule, None, expires, TODAY)
    assert no_date.ok is False and no_date.text() == "Enter the document's date"
    assert no_date.valid_until == date(2026, 7, 1)


def test_a_parsed_rule_is_accepted_too() -> None:
    rule = ValidityRule(max_age_months=3)
    assert rule.needs_issue_date and not rule.needs_expiry_date
    assert check_validity(rule, date(2026, 3, 15), None, TODAY).ok is False
    assert check_validity(rule, date(2026, 3, 16), None, TODAY).ok is True


@pytest.mark.parametrize(
    ("rule", "message"),
    [
        ({}, "non-empty object or null"),
        ({"max_days": 30}, "unknown validity key"),
        ({"allow_no_expiry": True}, "allow_no_expiry needs not_expired"),
        ({"not_expired": False}, "checks nothing"),
        ({"not_expired": "yes"}, "expected true or false"),
        ({"max_age_months": 1.5}, "whole number of months"),
    ],
)
def test_a_malformed_rule_raises_value_error(rule: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        check_validity(rule, TODAY, TODAY, TODAY)


def test_bundled_rules_for_licence_id_and_statements() -> None:
    catalogue = load_catalogue()
    licence = catalogue.item("business_licence").validity
    assert check_validity(licence, None, None, TODAY).ok is True  # 长期
    assert check_validity(licence, None, date(2026, 6, 14), TODAY).ok is False
    statements = catalogue.item("bank_statements").validity
    assert check_validity(statements, date(2026, 3, 15), None, TODAY).ok is False
    assert check_validity(statements, date(2026, 3, 16), None, TODAY).ok is True
