"""The product catalogue and checklist templates: bundled data and load-time checks."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.catalogue import (
    CHECKLISTS_PATH,
    COLLATERAL_REQUIREMENTS,
    COLLATERAL_TYPES,
    MEDIA_TYPES,
    PRODUCTS_PATH,
    CollateralRequirement,
    ProductItem,
    load_catalogue,
)
from app.checklist_rules import ValidityRule, evaluate_condition, facts_for

WAN = Decimal(10_000)

#: The nine products named in the bank's SME model.
PRODUCTS = {
    "working_capital": "短期流动资金贷款",
    "short_term_credit": "短期信用贷款",
    "bill_discounting": "商业汇票贴现",
    "project_loan": "中长期项目贷款",
    "equipment_instalment": "设备分期/租赁贷款",
    "commercial_credit": "商业信用贷款",
    "supply_chain_credit": "供应链金融信用贷款",
    "receivables_pledge": "应收账款质押融资",
    "domestic_factoring": "国内保理",
}

#: Items that apply only to some products, and the products that list them.
PRODUCT_ONLY = {
    "core_enterprise_confirmation": {"supply_chain_credit"},
    "commercial_bill": {"bill_discounting"},
    "project_approvals": {"project_loan"},
    "equipment_purchase_contract": {"equipment_instalment"},
    "receivables_list": {"receivables_pledge", "domestic_factoring"},
    "trade_contracts_invoices": {
        "working_capital",
        "bill_discounting",
        "supply_chain_credit",
        "receivables_pledge",
        "domestic_factoring",
    },
}


def test_the_bundled_catalogue_has_the_nine_products() -> None:
    catalogue = load_catalogue()
    assert catalogue.currency == "CNY"
    assert catalogue.version and catalogue.checklists_version
    assert {code: p.name_zh for code, p in catalogue.products.items()} == PRODUCTS
    assert catalogue.product("domestic_factoring").label == "Domestic factoring (国内保理)"


def test_the_default_catalogue_is_cached() -> None:
    assert load_catalogue() is load_catalogue()


def test_lookups_of_unknown_codes_raise_key_error() -> None:
    catalogue = load_catalogue()
    with pytest.raises(KeyError, match="nope"):
        catalogue.product("nope")
    with pytest.raises(KeyError, match="nope"):
        catalogue.item("nope")


def test_ranges_are_sane_and_amounts_are_exact_yuan() -> None:
    for product in load_catalogue().products.values():
        assert isinstance(product.amount_min, Decimal)
        assert 0 < product.amount_min <= product.amount_max <= 5000 * WAN  # SME exposure
        assert 1 <= product.term_min <= product.term_max <= 120
        assert product.collateral_types
        assert set(product.collateral_types) <= set(COLLATERAL_TYPES)
        if product.collateral_requirement is CollateralRequirement.NONE:
            assert product.collateral_types == ("none",)
        elif product.collateral_requirement is CollateralRequirement.REQUIRED:
            assert "none" not in product.collateral_types
        else:
            assert "none" in product.collateral_types
    working_capital = load_catalogue().product("working_capital")
    assert working_capital.amount_min == Decimal(500_000)
    assert working_capital.amount_max == Decimal(30_000_000)


def test_every_product_references_known_items_once() -> None:
    catalogue = load_catalogue()
    for product in catalogue.products.values():
        codes = [entry.code for entry in product.items]
        assert len(codes) == len(set(codes)), product.code
        assert set(codes) <= set(catalogue.items), product.code
        assert {"business_licence", "legal_rep_id", "credit_authorisation"} <= set(codes)


def test_product_only_items_are_listed_by_their_products_only() -> None:
    catalogue = load_catalogue()
    for code, products in PRODUCT_ONLY.items():
        listing = {p.code for p in catalogue.products.values() if code in {i.code for i in p.items}}
        assert listing == products, code


def test_a_product_may_override_an_items_default_required_flag() -> None:
    catalogue = load_catalogue()
    assert catalogue.item("financial_statements").required is True
    bill = catalogue.product("bill_discounting")
    assert ProductItem("financial_statements", False) in bill.items
    assert ProductItem("business_licence", True) in bill.items


def test_items_carry_groups_media_types_hints_and_rules() -> None:
    catalogue = load_catalogue()
    for item in catalogue.items.values():
        assert item.group in catalogue.groups
        assert item.media_types and set(item.media_types) <= MEDIA_TYPES
        assert item.hint_zh and item.hint_en and item.name_zh and item.name_en
    licence = catalogue.item("business_licence")
    assert licence.name_zh == "营业执照"
    assert licence.validity == ValidityRule(not_expired=True, allow_no_expiry=True)
    assert catalogue.item("financial_statements").validity == ValidityRule(max_age_months=6)
    assert catalogue.item("articles_of_association").validity is None
    assert catalogue.item("collateral_title").condition == {"collateral_in": ("property",)}


def test_conditions_are_read_only() -> None:
    condition = load_catalogue().item("audit_report").condition
    assert condition is not None
    with pytest.raises(TypeError):
        condition["any"] = ()  # type: ignore[index]


@pytest.mark.parametrize("code", list(PRODUCTS))
def test_every_listed_item_applies_to_some_application(code: str) -> None:
    catalogue = load_catalogue()
    product = catalogue.product(code)
    today = date(2026, 6, 1)
    for entry in product.items:
        condition = catalogue.item(entry.code).condition
        assert any(
            evaluate_condition(
                condition,
                facts_for(product, collateral, credit, registered, today, amount),
            )
            for collateral in product.collateral_types
            for credit in ("new", "renewal")
            for registered in (None, date(2010, 1, 1))
            for amount in (None, product.amount_min, product.amount_max)
        ), entry.code


def test_collateral_labels_cover_every_type_and_requirement() -> None:
    assert list(COLLATERAL_TYPES) == [
        "none",
        "property",
        "equipment",
        "receivables",
        "deposit",
        "guarantee",
    ]
    assert set(COLLATERAL_REQUIREMENTS) == set(CollateralRequirement)


# --- malformed files --------------------------------------------------------


def _data() -> tuple[dict[str, Any], dict[str, Any]]:
    products = json.loads(PRODUCTS_PATH.read_text(encoding="utf-8"))
    checklists = json.loads(CHECKLISTS_PATH.read_text(encoding="utf-8"))
    return products, checklists


def _write(
    tmp_path: Path, products: dict[str, Any], checklists: dict[str, Any]
) -> tuple[Path, Path]:
    p, c = tmp_path / "products.json", tmp_path / "checklists.json"
    p.write_text(json.dumps(products, ensure_ascii=False), encoding="utf-8")
    c.write_text(json.dumps(checklists, ensure_ascii=False), encoding="utf-8")
    return p, c


def _product(products: dict[str, Any], code: str) -> dict[str, Any]:
    return next(p for p in products["products"] if p["code"] == code)


def _item(checklists: dict[str, Any], code: str) -> dict[str, Any]:
    return next(i for i in checklists["items"] if i["code"] == code)


def test_a_copy_of_the_bundled_files_loads(tmp_path: Path) -> None:
    catalogue = load_catalogue(*_write(tmp_path, *_data()))
    assert catalogue == load_catalogue()
    assert catalogue is not load_catalogue()


def test_one_path_may_be_given_alone(tmp_path: Path) -> None:
    products, checklists = _data()
    products["version"] = "test"
    path, _ = _write(tmp_path, products, checklists)
    assert load_catalogue(products_path=path).version == "test"


Mutation = Callable[[dict[str, Any], dict[str, Any]], None]


def _set(target: dict[str, Any], key: str, value: Any) -> None:
    target[key] = value


MALFORMED: dict[str, tuple[Mutation, str]] = {
    "unknown item": (
        lambda p, c: _product(p, "working_capital")["checklist"].append("no_such_item"),
        r"products\.json: product 'working_capital'\.checklist\[16\]: "
        r"unknown checklist item 'no_such_item'",
    ),
    "item listed twice": (
        lambda p, c: _product(p, "working_capital")["checklist"].append("legal_rep_id"),
        r"item 'legal_rep_id' is listed twice",
    ),
    "unknown condition key": (
        lambda p, c: _set(_item(c, "audit_report"), "condition", {"turnover_gte": "1"}),
        r"checklists\.json: item 'audit_report'\.condition: unknown condition key 'turnover_gte'",
    ),
    "nested unknown condition key": (
        lambda p, c: _set(
            _item(c, "audit_report"), "condition", {"all": [{"not": {"colour": "red"}}]}
        ),
        r"item 'audit_report'\.condition\.all\[0\]\.not: unknown condition key 'colour'",
    ),
    "condition with two keys": (
        lambda p, c: _set(
            _item(c, "audit_report"),
            "condition",
            {"credit_type": "new", "product_tag": "trade"},
        ),
        r"exactly one key",
    ),
    "bad credit type": (
        lambda p, c: _set(_item(c, "renewal_statement"), "condition", {"credit_type": "old"}),
        r"condition\.credit_type: expected 'new' or 'renewal'",
    ),
    "float amount in a condition": (
        lambda p, c: _set(_item(c, "audit_report"), "condition", {"amount_gte_wan": 1000.5}),
        r"amount_gte_wan: expected an amount in 万元 as a string",
    ),
    "unknown product in a condition": (
        lambda p, c: _set(_item(c, "commercial_bill"), "condition", {"product_in": ["bills"]}),
        r"item 'commercial_bill'\.condition: unknown product 'bills'",
    ),
    "unknown tag in a condition": (
        lambda p, c: _set(_item(c, "project_approvals"), "condition", {"product_tag": "projects"}),
        r"no product has the tag 'projects'",
    ),
    "unknown collateral in a condition": (
        lambda p, c: _set(_item(c, "collateral_title"), "condition", {"collateral_in": ["land"]}),
        r"unknown collateral type 'land'",
    ),
    "item that never applies": (
        lambda p, c: _product(p, "short_term_credit")["checklist"].append("collateral_title"),
        r"product 'short_term_credit' lists item 'collateral_title', "
        r"whose condition never holds for it",
    ),
    "amount min above max": (
        lambda p, c: _set(_product(p, "working_capital"), "amount_wan", {"min": "50", "max": "5"}),
        r"product 'working_capital'\.amount_wan: min 50 万元 is above max 5 万元",
    ),
    "amount as a float": (
        lambda p, c: _set(_product(p, "working_capital"), "amount_wan", {"min": 50, "max": "5"}),
        r"amount_wan\.min: give 万元 as a string",
    ),
    "amount not a number": (
        lambda p, c: _set(
            _product(p, "working_capital"), "amount_wan", {"min": "lots", "max": "5"}
        ),
        r"amount_wan\.min: 'lots' is not a number",
    ),
    "zero amount": (
        lambda p, c: _set(_product(p, "working_capital"), "amount_wan", {"min": "0", "max": "5"}),
        r"amount_wan\.min: '0' must be a positive amount",
    ),
    "term min above max": (
        lambda p, c: _set(_product(p, "project_loan"), "term_months", {"min": 60, "max": 12}),
        r"product 'project_loan'\.term_months: min 60 months is above max 12 months",
    ),
    "term zero": (
        lambda p, c: _set(_product(p, "project_loan"), "term_months", {"min": 0, "max": 12}),
        r"term_months\.min: expected whole months ≥ 1",
    ),
    "missing term": (
        lambda p, c: _product(p, "project_loan").pop("term_months"),
        r"product 'project_loan': missing 'term_months'",
    ),
    "unknown collateral type": (
        lambda p, c: _set(
            _product(p, "project_loan"),
            "collateral",
            {"requirement": "required", "types": ["gold"]},
        ),
        r"unknown collateral type 'gold'",
    ),
    "required collateral accepting none": (
        lambda p, c: _set(
            _product(p, "project_loan"),
            "collateral",
            {"requirement": "required", "types": ["none", "property"]},
        ),
        r"collateral is required, so 'none' cannot be accepted",
    ),
    "bad requirement": (
        lambda p, c: _set(
            _product(p, "project_loan"), "collateral", {"requirement": "maybe", "types": ["none"]}
        ),
        r"'maybe' is not required, optional or none",
    ),
    "duplicate product": (
        lambda p, c: p["products"].append(_product(p, "project_loan")),
        r"products\.json: product 'project_loan' is defined twice",
    ),
    "bad product code": (
        lambda p, c: _set(_product(p, "project_loan"), "code", "Project Loan"),
        r"code 'Project Loan' must be snake_case ASCII",
    ),
    "wrong currency": (
        lambda p, c: _set(p, "currency", "USD"),
        r"currency must be 'CNY', not 'USD'",
    ),
    "unknown group": (
        lambda p, c: _set(_item(c, "tax_returns"), "group", "money"),
        r"item 'tax_returns'\.group: unknown group 'money'",
    ),
    "unknown media type": (
        lambda p, c: _set(_item(c, "tax_returns"), "media_types", ["text/plain"]),
        r"'text/plain' is not accepted",
    ),
    "unknown validity key": (
        lambda p, c: _set(_item(c, "tax_returns"), "validity", {"max_days": 30}),
        r"item 'tax_returns'\.validity: unknown validity key \['max_days'\]",
    ),
    "allow_no_expiry alone": (
        lambda p, c: _set(_item(c, "tax_returns"), "validity", {"allow_no_expiry": True}),
        r"allow_no_expiry needs not_expired",
    ),
    "validity in days": (
        lambda p, c: _set(_item(c, "tax_returns"), "validity", {"max_age_months": 0}),
        r"max_age_months: expected a whole number of months ≥ 1",
    ),
    "required not a bool": (
        lambda p, c: _set(_item(c, "tax_returns"), "required", "yes"),
        r"item 'tax_returns'\.required: expected true or false",
    ),
}


@pytest.mark.parametrize("case", list(MALFORMED))
def test_a_malformed_catalogue_raises_a_clear_value_error(tmp_path: Path, case: str) -> None:
    mutate, message = MALFORMED[case]
    products, checklists = _data()
    mutate(products, checklists)
    with pytest.raises(ValueError, match=message):
        load_catalogue(*_write(tmp_path, products, checklists))


def test_a_file_that_is_not_json_raises_value_error(tmp_path: Path) -> None:
    products, checklists = _write(tmp_path, *_data())
    checklists.write_text("{ not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"checklists\.json: not valid JSON"):
        load_catalogue(products, checklists)
