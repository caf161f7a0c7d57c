"""Enterprise size under 《中小企业划型标准规定》(工信部联企业〔2011〕300号).

The expected table below is typed from the standard, not read from the JSON:
every bound of every row is tested just below and exactly at the bound.
"""

from __future__ import annotations

import ast
import json
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

import pytest

import app.classification as classification
from app.classification import (
    SIZE_TABLE_PATH,
    EnterpriseSize,
    Metric,
    SizeResult,
    classify,
    load_size_table,
)
from app.industries import is_known_industry

LARGE, MEDIUM, SMALL, MICRO = (
    EnterpriseSize.LARGE,
    EnterpriseSize.MEDIUM,
    EnterpriseSize.SMALL,
    EnterpriseSize.MICRO,
)
E, R, A = "employees", "revenue", "assets"


class Row(NamedTuple):
    code: str  # a GB/T 4754-2017 code the row covers
    sme_below: dict[str, int]  # SME if ANY metric is below (以下)
    medium: dict[str, int]  # medium if ALL at least (及以上, 且)
    small: dict[str, int]  # small if ALL at least


#: The 2011 table: employees in persons, revenue and assets in 万元.
STANDARD: dict[str, Row] = {
    "agriculture": Row("01", {R: 20000}, {R: 500}, {R: 50}),
    "industry": Row("C13", {E: 1000, R: 40000}, {E: 300, R: 2000}, {E: 20, R: 300}),
    "construction": Row("47", {R: 80000, A: 80000}, {R: 6000, A: 5000}, {R: 300, A: 300}),
    "wholesale": Row("51", {E: 200, R: 40000}, {E: 20, R: 5000}, {E: 5, R: 1000}),
    "retail": Row("52", {E: 300, R: 20000}, {E: 50, R: 500}, {E: 10, R: 100}),
    "transport": Row("54", {E: 1000, R: 30000}, {E: 300, R: 3000}, {E: 20, R: 200}),
    "warehousing": Row("59", {E: 200, R: 30000}, {E: 100, R: 1000}, {E: 20, R: 100}),
    "postal": Row("60", {E: 1000, R: 30000}, {E: 300, R: 2000}, {E: 20, R: 100}),
    "accommodation": Row("61", {E: 300, R: 10000}, {E: 100, R: 2000}, {E: 10, R: 100}),
    "catering": Row("62", {E: 300, R: 10000}, {E: 100, R: 2000}, {E: 10, R: 100}),
    "information_transmission": Row("63", {E: 2000, R: 100000}, {E: 100, R: 1000}, {E: 10, R: 100}),
    "software": Row("65", {E: 300, R: 10000}, {E: 100, R: 1000}, {E: 10, R: 50}),
    "real_estate_development": Row(
        "701", {R: 200000, A: 10000}, {R: 1000, A: 5000}, {R: 100, A: 2000}
    ),
    "property_management": Row("702", {E: 1000, R: 5000}, {E: 300, R: 1000}, {E: 100, R: 500}),
    "leasing_business_services": Row("L", {E: 300, A: 120000}, {E: 100, A: 8000}, {E: 10, A: 100}),
    "other": Row("73", {E: 300}, {E: 100}, {E: 10}),
}


def just_below(metric: str, value: int) -> int | Decimal:
    return value - 1 if metric == E else Decimal(value) - Decimal("0.01")


def run(code: str, values: dict[str, int | Decimal]) -> SizeResult:
    employees = values.get(E)
    revenue = values.get(R)
    assets = values.get(A)
    return classify(
        code,
        None if employees is None else int(employees),
        None if revenue is None else Decimal(revenue),
        None if assets is None else Decimal(assets),
    )


def boundary_cases() -> list[tuple[str, str, dict[str, int | Decimal], EnterpriseSize]]:
    cases: list[tuple[str, str, dict[str, int | Decimal], EnterpriseSize]] = []
    for row_id, row in STANDARD.items():
        # (bounds, size when all metrics are exactly at them, size when one is just below)
        for label, bounds, at, below in (
            ("sme", row.sme_below, LARGE, MEDIUM),
            ("medium", row.medium, MEDIUM, SMALL),
            ("small", row.small, SMALL, MICRO),
        ):
            cases.append((row_id, f"{row_id}-{label}-at", dict(bounds), at))
            for metric, value in bounds.items():
                values: dict[str, int | Decimal] = dict(bounds)
                values[metric] = just_below(metric, value)
                cases.append((row_id, f"{row_id}-{label}-{metric}-below", values, below))
        cases.append((row_id, f"{row_id}-zero", dict.fromkeys(row.small, 0), MICRO))
    return cases


CASES = boundary_cases()


@pytest.mark.parametrize(
    ("row_id", "values", "expected"),
    [(row_id, values, size) for row_id, _, values, size in CASES],
    ids=[name for _, name, _, _ in CASES],
)
def test_every_bound_of_every_row(
    row_id: str, values: dict[str, int | Decimal], expected: EnterpriseSize
) -> None:
    result = run(STANDARD[row_id].code, values)
    assert (result.row_id, result.size) == (row_id, expected), result.text()
    assert result.missing == ()


def test_the_table_has_exactly_the_standards_rows() -> None:
    table = load_size_table()
    assert [row.id for row in table.rows] == list(STANDARD)
    assert table.default_row.id == "other"
    assert table.version == "2011"
    assert "工信部联企业〔2011〕300号" in table.source
    for row in table.rows:
        assert all(isinstance(t.value, Decimal) for t in row.sme_below)
        assert all(is_known_industry(code) for code in row.codes), row


def test_large_needs_every_metric_at_the_upper_bound() -> None:
    # 工业: SME if employees < 1000 OR revenue < 40000 万元.
    assert run("C13", {E: 5000, R: Decimal("39999.99")}).size is MEDIUM
    assert run("C13", {E: 999, R: Decimal(10**6)}).size is MEDIUM
    assert run("C13", {E: 1000, R: Decimal(40000)}).size is LARGE


def test_small_and_medium_need_both_metrics() -> None:
    # Enough employees for large but revenue only small: small (且).
    assert run("C13", {E: 5000, R: Decimal(300)}).size is SMALL
    assert run("C13", {E: 19, R: Decimal(39000)}).size is MICRO
    assert run("701", {R: Decimal(500000), A: Decimal(4999)}).size is SMALL


@pytest.mark.parametrize(
    ("code", "row_id"),
    [
        ("A", "agriculture"),
        ("01", "agriculture"),
        ("05", "agriculture"),
        ("A05", "agriculture"),
        ("B", "industry"),
        ("06", "industry"),
        ("C", "industry"),
        ("C13", "industry"),
        ("c13", "industry"),
        ("1310", "industry"),
        ("43", "industry"),
        ("D44", "industry"),
        ("46", "industry"),
        ("E", "construction"),
        ("50", "construction"),
        ("51", "wholesale"),
        ("F51", "wholesale"),
        ("5211", "retail"),
        ("54", "transport"),
        ("58", "transport"),
        ("591", "transport"),  # 装卸搬运: transport in the standard, in division 59 since 2017
        ("5910", "transport"),
        ("59", "warehousing"),
        ("592", "warehousing"),
        ("5920", "warehousing"),
        ("5990", "warehousing"),
        ("60", "postal"),
        ("6010", "postal"),
        ("53", "other"),  # 交通运输业（不含铁路运输业）
        ("61", "accommodation"),
        ("H62", "catering"),
        ("63", "information_transmission"),
        ("64", "information_transmission"),
        ("65", "software"),
        ("I65", "software"),
        ("701", "real_estate_development"),
        ("7010", "real_estate_development"),
        ("702", "property_management"),
        ("7020", "property_management"),
        ("70", "other"),
        ("K", "other"),
        ("703", "other"),
        ("704", "other"),
        ("709", "other"),
        ("L", "leasing_business_services"),
        ("71", "leasing_business_services"),
        ("L72", "leasing_business_services"),
        ("J66", "other"),
        ("M", "other"),
        ("73", "other"),
        ("84", "other"),
        ("97", "other"),
    ],
)
def test_gbt_codes_map_to_rows(code: str, row_id: str) -> None:
    result = classify(code, 1, Decimal(1), Decimal(1))
    assert result.row_id == row_id
    assert result.size is MICRO


@pytest.mark.parametrize("code", ["F", "G", "H", "I"])
def test_a_section_split_between_rows_is_too_broad(code: str) -> None:
    result = classify(code, 1, Decimal(1), Decimal(1))
    assert (result.size, result.row_id) == (None, None)
    assert result.text() == (
        f"Industry code {code} spans several size rules: choose a division to classify"
    )


@pytest.mark.parametrize("code", ["98", "00", "Z", "A13", "7050", "XYZ", "制造业"])
def test_unknown_codes(code: str) -> None:
    result = classify(code, 10, Decimal(100), Decimal(100))
    assert (result.size, result.row_id, result.row_name_en) == (None, None, None)
    assert result.text().startswith("Unknown industry code ")
    assert result.text().endswith(": cannot classify")


@pytest.mark.parametrize("code", [None, "", "   "])
def test_no_code(code: str | None) -> None:
    result = classify(code, 10, Decimal(100), Decimal(100))
    assert result.size is None
    assert result.text() == "No industry code: choose an industry to classify"


def test_missing_metrics_are_named() -> None:
    result = classify("C13", None, Decimal(100), None)
    assert (result.size, result.row_id) == (None, "industry")
    assert result.missing == (Metric.EMPLOYEES,)
    assert result.text() == "Industry (工业): employees are needed to classify"

    result = classify("E", 10, None, None)
    assert result.missing == (Metric.REVENUE, Metric.ASSETS)
    assert result.text() == "Construction (建筑业): revenue and total assets are needed to classify"

    result = classify("L", 10, Decimal(100), None)
    assert result.missing == (Metric.ASSETS,)

    assert classify("A", 5, None, Decimal(1)).missing == (Metric.REVENUE,)


def test_metrics_a_row_does_not_use_may_be_missing() -> None:
    assert classify("73", 150, None, None).size is MEDIUM
    assert classify("A", None, Decimal(600), None).size is MEDIUM
    assert classify("C13", 300, Decimal(2000), None).size is MEDIUM


def test_explanations_quote_the_deciding_rule() -> None:
    medium = classify("C13", 300, Decimal(2000), None)
    assert medium.text() == "Industry (工业): employees ≥ 300 and revenue ≥ 2,000 万元 → medium"
    assert medium.template == (
        "{row}: employees ≥ {employees} and revenue ≥ {revenue} 万元 → medium"
    )
    assert medium.params == {
        "row": "Industry (工业)",
        "row_en": "Industry",
        "row_zh": "工业",
        "employees": "300",
        "revenue": "2,000",
    }
    assert (medium.row_name_en, medium.row_name_zh) == ("Industry", "工业")
    assert classify("C13", 1000, Decimal(40000), None).text() == (
        "Industry (工业): employees ≥ 1,000 and revenue ≥ 40,000 万元 → large"
    )
    assert classify("C13", 19, Decimal(40000), None).text() == (
        "Industry (工业): employees < 20 or revenue < 300 万元 → micro"
    )
    assert classify("701", None, Decimal(100), Decimal(2000)).text() == (
        "Real estate development (房地产开发经营): revenue ≥ 100 万元 and assets ≥ 2,000 万元"
        " → small"
    )
    assert classify("L", 9, None, Decimal(1)).text() == (
        "Leasing and business services (租赁和商务服务业): "
        "employees < 10 or assets < 100 万元 → micro"
    )
    assert classify("A", None, Decimal(49), None).text() == (
        "Agriculture, forestry, animal husbandry and fishery (农、林、牧、渔业): "
        "revenue < 50 万元 → micro"
    )
    assert classify("94", 300, None, None).text() == (
        "Other industries not listed (其他未列明行业): employees ≥ 300 → large"
    )


def test_results_are_frozen_and_comparable() -> None:
    first = classify("C13", 300, Decimal(2000), None)
    assert first == classify("C13", 300, Decimal("2000.00"), None)
    with pytest.raises(AttributeError):
        first.size = LARGE  # type: ignore[misc]
    with pytest.raises(TypeError):
        first.params["row"] = "x"  # type: ignore[index]


def test_non_finite_amounts_are_rejected() -> None:
    with pytest.raises(ValueError):
        classify("C13", 10, Decimal("NaN"), None)


def write_table(tmp_path: Path, edit: dict[str, object]) -> Path:
    raw = json.loads(SIZE_TABLE_PATH.read_text(encoding="utf-8"))
    industry = next(row for row in raw["rows"] if row["id"] == "industry")
    industry.update(edit)
    path = tmp_path / "table.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


def test_other_table_versions_load_from_a_path(tmp_path: Path) -> None:
    path = write_table(tmp_path, {"small_at_least": {"employees": 30, "revenue": 300}})
    table = load_size_table(path)
    assert classify("C13", 25, Decimal(300), None).size is SMALL
    assert classify("C13", 25, Decimal(300), None, table=table).size is MICRO
    assert load_size_table() is load_size_table()


@pytest.mark.parametrize(
    "edit",
    [
        {"metrics": ["employees", "revenue", "assets"]},
        {"small_at_least": {"employees": 20}},
        {"sme_below": {"employees": -1, "revenue": 40000}},
        {"metrics": ["headcount"]},
        {"codes": ["51"]},
    ],
)
def test_malformed_tables_are_rejected(tmp_path: Path, edit: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        load_size_table(write_table(tmp_path, edit))


def test_no_threshold_literals_in_the_code() -> None:
    tree = ast.parse(Path(classification.__file__).read_text(encoding="utf-8"))
    numbers = {
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, int | float)
        and not isinstance(node.value, bool)
    }
    assert numbers <= {0, 1}
