"""The shipped SME scorecard: every bin boundary, missing values, reason codes, grades."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.scoring import (
    InputError,
    ScorecardModel,
    ScoreResult,
    evaluate,
    prepare_inputs,
    score,
    shipped_model,
)
from app.scoring.json_format import parse_range

D = Decimal

#: The documented bins of sme_v1.json: (input, value, points); None is missing.
BINS: list[tuple[str, Any, str]] = [
    ("debt_to_asset", None, "3"),
    ("debt_to_asset", "0", "14"),
    ("debt_to_asset", "40", "14"),
    ("debt_to_asset", "40.01", "11"),
    ("debt_to_asset", "55", "11"),
    ("debt_to_asset", "55.01", "8"),
    ("debt_to_asset", "65", "8"),
    ("debt_to_asset", "65.01", "4"),
    ("debt_to_asset", "75", "4"),
    ("debt_to_asset", "75.01", "0"),
    ("debt_to_asset", "1000", "0"),
    ("current_ratio", None, "2"),
    ("current_ratio", "0", "0"),
    ("current_ratio", "0.79", "0"),
    ("current_ratio", "0.8", "2"),
    ("current_ratio", "0.99", "2"),
    ("current_ratio", "1", "4"),
    ("current_ratio", "1.19", "4"),
    ("current_ratio", "1.2", "6"),
    ("current_ratio", "1.49", "6"),
    ("current_ratio", "1.5", "8"),
    ("roa", None, "2"),
    ("roa", "-0.01", "0"),
    ("roa", "0", "3"),
    ("roa", "1.99", "3"),
    ("roa", "2", "5"),
    ("roa", "4.99", "5"),
    ("roa", "5", "7"),
    ("roa", "7.99", "7"),
    ("roa", "8", "8"),
    ("net_margin", None, "2"),
    ("net_margin", "-0.01", "0"),
    ("net_margin", "0", "2"),
    ("net_margin", "2.99", "2"),
    ("net_margin", "3", "4"),
    ("net_margin", "7.99", "4"),
    ("net_margin", "8", "6"),
    ("net_margin", "14.99", "6"),
    ("net_margin", "15", "7"),
    ("revenue_growth", None, "2"),
    ("revenue_growth", "-100", "0"),
    ("revenue_growth", "-20.01", "0"),
    ("revenue_growth", "-20", "2"),
    ("revenue_growth", "-5.01", "2"),
    ("revenue_growth", "-5", "4"),
    ("revenue_growth", "4.99", "4"),
    ("revenue_growth", "5", "7"),
    ("revenue_growth", "29.99", "7"),
    ("revenue_growth", "30", "5"),
    ("receivables_turnover", None, "2"),
    ("receivables_turnover", "1.99", "0"),
    ("receivables_turnover", "2", "2"),
    ("receivables_turnover", "3.99", "2"),
    ("receivables_turnover", "4", "4"),
    ("receivables_turnover", "7.99", "4"),
    ("receivables_turnover", "8", "6"),
    ("years_in_business", None, "0"),
    ("years_in_business", 0, "1"),
    ("years_in_business", 1, "1"),
    ("years_in_business", 2, "3"),
    ("years_in_business", 4, "3"),
    ("years_in_business", 5, "6"),
    ("years_in_business", 9, "6"),
    ("years_in_business", 10, "8"),
    ("owner_credit_record", None, "0"),
    ("owner_credit_record", "clean", "16"),
    ("owner_credit_record", "no_record", "8"),
    ("owner_credit_record", "minor_overdue", "5"),
    ("owner_credit_record", "serious_overdue", "0"),
    ("industry_risk", None, "3"),
    ("industry_risk", "low", "8"),
    ("industry_risk", "medium", "5"),
    ("industry_risk", "high", "1"),
    ("collateral_type", None, "1"),
    ("collateral_type", "property", "8"),
    ("collateral_type", "deposit", "8"),
    ("collateral_type", "equipment", "5"),
    ("collateral_type", "receivables", "5"),
    ("collateral_type", "guarantee", "4"),
    ("collateral_type", "none", "1"),
    ("relationship_years", None, "0"),
    ("relationship_years", 0, "1"),
    ("relationship_years", 1, "2"),
    ("relationship_years", 2, "2"),
    ("relationship_years", 3, "4"),
    ("relationship_years", 4, "4"),
    ("relationship_years", 5, "5"),
    ("visit_findings", None, "1"),
    ("visit_findings", "good", "5"),
    ("visit_findings", "normal", "3"),
    ("visit_findings", "concerns", "1"),
    ("visit_findings", "serious_concerns", "0"),
]

BEST = {
    "debt_to_asset": "30",
    "current_ratio": "2",
    "roa": "9",
    "net_margin": "16",
    "revenue_growth": "10",
    "receivables_turnover": "9",
    "years_in_business": 12,
    "owner_credit_record": "clean",
    "industry_risk": "low",
    "collateral_type": "property",
    "relationship_years": 6,
    "visit_findings": "good",
}


@pytest.fixture(scope="module")
def model() -> ScorecardModel:
    return shipped_model()


def partial(result: ScoreResult, input_name: str) -> Decimal:
    (found,) = [p for p in result.partial_scores if input_name in p.fields]
    return found.points


def test_the_shipped_model_is_what_its_file_says(model: ScorecardModel) -> None:
    assert (model.id, model.version) == ("sme_scorecard", "1.0")
    assert len(model.characteristics) == 12
    assert all(c.description for c in model.characteristics)
    assert {s.source for s in model.inputs} == {"ratio", "customer", "form"}
    for spec in model.inputs:
        assert spec.label_zh and spec.label_en and spec.help_zh and spec.help_en
        assert all(c.label_zh and c.label_en for c in spec.choices)
    assert model.grades is not None
    assert [g.code for g in model.grades.grades] == ["AAA", "AA", "A", "BBB", "BB", "B", "C"]
    for text in model.reason_texts.values():
        assert text.text_zh and text.text_en


@pytest.mark.parametrize(("name", "value", "points"), BINS)
def test_every_bin_boundary_and_missing_value(
    model: ScorecardModel, name: str, value: Any, points: str
) -> None:
    result = score(model, {**BEST, name: value})
    assert partial(result, name) == D(points)


def test_the_table_covers_every_boundary_of_the_file(model: ScorecardModel) -> None:
    """Each range end in the file is tested, with the nearest value in the next bin."""
    numeric = {s.name for s in model.inputs if s.kind == "numeric"}
    tested = {
        (name, D(str(value))) for name, value, _ in BINS if name in numeric and value is not None
    }
    for characteristic in model.characteristics:
        (name,) = characteristic.fields
        spec = model.input(name)
        if spec.kind != "numeric":
            continue
        for attribute in characteristic.attributes:
            for _, bound in attribute.predicate.constants():
                assert isinstance(bound, Decimal)
                assert (name, bound) in tested, (name, bound)
                here = partial(score(model, {**BEST, name: bound}), name)
                for near in (bound - spec.step, bound + spec.step):
                    if partial(score(model, {**BEST, name: near}), name) != here:
                        assert (name, near) in tested, (name, near)


def test_best_and_worst_inputs_span_0_to_100(model: ScorecardModel) -> None:
    best = score(model, BEST)
    assert best.score == 100
    assert best.grade is not None and best.grade.code == "AAA"
    assert best.reason_codes == ()
    worst = score(
        model,
        {
            "debt_to_asset": "90",
            "current_ratio": "0.5",
            "roa": "-3",
            "net_margin": "-2",
            "revenue_growth": "-40",
            "receivables_turnover": "1",
            "years_in_business": None,
            "owner_credit_record": "serious_overdue",
            "industry_risk": "high",
            "collateral_type": "none",
            "relationship_years": None,
            "visit_findings": "serious_concerns",
        },
    )
    assert worst.score == 2  # industry "high" and no collateral still score 1 each
    assert worst.grade is not None and worst.grade.code == "C"
    assert worst.grade.terms is None
    assert worst.reason_codes[0].code == "OWNER_SERIOUS_OVERDUE"


def test_nothing_entered_scores_the_missing_bins(model: ScorecardModel) -> None:
    result = score(model, {})
    assert result.score == 18
    codes = [(rc.code, rc.gap) for rc in result.reason_codes]
    assert codes == [
        ("FORM_INCOMPLETE", D(22)),  # owner 16, collateral 4, relationship 2
        ("FIN_MISSING", D(19)),  # shared by five ratios: 8 + 4 + 3 + 2 + 2
        ("PROFILE_INCOMPLETE", D(8)),  # years 6, industry 2
        ("FIN_HISTORY_SHORT", D(2)),
        ("VISIT_NOT_DONE", D(2)),  # ties with the line above: model order
    ]
    fin = next(rc for rc in result.reason_codes if rc.code == "FIN_MISSING")
    assert fin.characteristics == (
        "debt_to_asset_score",
        "current_ratio_score",
        "roa_score",
        "net_margin_score",
        "receivables_turnover_score",
    )
    assert fin.text_en.startswith("Financial statements are missing")


def test_attribute_reason_codes_override_the_characteristic(model: ScorecardModel) -> None:
    result = score(model, {**BEST, "owner_credit_record": "minor_overdue", "debt_to_asset": "70"})
    assert [rc.code for rc in result.reason_codes] == ["OWNER_MINOR_OVERDUE", "DTA_HIGH"]
    assert [rc.gap for rc in result.reason_codes] == [D(11), D(7)]
    assert result.reason_codes[1].text_zh == "资产负债率偏高"


def test_grades_and_terms_follow_the_table(model: ScorecardModel) -> None:
    assert model.grades is not None
    cases = {"88": "AAA", "87.99": "AA", "80": "AA", "72": "A", "64": "BBB", "55": "BB"}
    cases |= {"45": "B", "44.99": "C", "0": "C"}
    for value, grade in cases.items():
        assert model.grades.grade_for(D(value)).code == grade
    a = model.grades.get("A")
    assert a is not None and a.terms is not None
    assert a.terms.as_json() == {
        "max_exposure_wan": "1000",
        "rate_spread_bp": 70,
        "max_tenor_months": 24,
        "collateral_required": False,
    }
    assert a.terms.max_exposure_yuan == D(10_000_000)
    result = score(model, {**BEST, "industry_risk": "high", "collateral_type": "none"})
    assert result.score == 86
    out = result.as_json()
    assert out["grade"] == "AA"
    assert out["terms"]["max_exposure_wan"] == "2000"


def test_invalid_inputs_are_all_reported(model: ScorecardModel) -> None:
    with pytest.raises(InputError) as caught:
        score(
            model,
            {
                "debt_to_asset": "lots",
                "years_in_business": "3.5",
                "current_ratio": "-1",
                "owner_credit_record": "spotless",
                "visit_findings": True,
                "colour": "red",
            },
        )
    problems = {p.field: p.code for p in caught.value.problems}
    assert problems == {
        "colour": "input.unknown",
        "debt_to_asset": "number.invalid",
        "years_in_business": "number.whole",
        "current_ratio": "number.range",
        "owner_credit_record": "choice.unknown",
        "visit_findings": "value.type",
    }
    text = {p.field: p.text() for p in caught.value.problems}
    assert text["current_ratio"] == "Enter a value in the range [0, +∞)"
    assert score(model, {"colour": "red"}, strict=False).score == 18


def test_values_are_read_exactly_as_decimals(model: ScorecardModel) -> None:
    values = prepare_inputs(
        model,
        {"debt_to_asset": 40.0, "current_ratio": "１.５", "roa": D("5.000"), "net_margin": " 3 "},
    )
    assert values["debt_to_asset"] == D("40.0")
    assert values["current_ratio"] == D("1.5")  # full-width digits typed with a Chinese IME
    result = evaluate(model, values)
    assert partial(result, "debt_to_asset") == 14  # 40.0 is in (-inf, 40]
    assert partial(result, "current_ratio") == 8
    assert partial(result, "roa") == 7
    assert partial(result, "net_margin") == 4
    assert 0.1 + 0.2 != 0.3 and prepare_inputs(model, {"roa": 0.1 + 0.2})["roa"] == D(
        "0.30000000000000004"
    )


def test_result_json_is_json_safe(model: ScorecardModel) -> None:
    import json

    out = score(model, {**BEST, "debt_to_asset": "62.50"}).as_json()
    json.dumps(out)
    assert out["score"] == "94"
    assert out["inputs"]["debt_to_asset"] == "62.5"
    first = out["partial_scores"][0]
    assert first == {
        "characteristic": "debt_to_asset_score",
        "label_zh": "资产负债率",
        "label_en": "Debt-to-asset ratio",
        "points": "8",
        "baseline": "11",
        "gap": "3",
        "reason_code": "DTA_HIGH",
        "bin": 3,
        "bin_zh": "(55, 65]",
        "bin_en": "(55, 65]",
        "inputs": {"debt_to_asset": "62.5"},
    }
    assert out["reason_codes"] == [
        {
            "rank": 1,
            "code": "DTA_HIGH",
            "gap": "3",
            "text_zh": "资产负债率偏高",
            "text_en": "Debt-to-asset ratio is high",
            "characteristics": ["debt_to_asset_score"],
        }
    ]


def test_range_notation() -> None:
    interval = parse_range("[40, 60)", "$")
    assert (interval.low, interval.high, interval.low_closed, interval.high_closed) == (
        D(40),
        D(60),
        True,
        False,
    )
    assert interval.contains(D(40)) and not interval.contains(D(60))
    assert parse_range("(-inf, 18]", "$").text() == "(-∞, 18]"


# Properties ---------------------------------------------------------------------------


def _value_strategy(model: ScorecardModel, name: str) -> st.SearchStrategy[Any]:
    spec = model.input(name)
    missing = st.none()
    if spec.kind == "categorical":
        return st.one_of(missing, st.sampled_from([c.value for c in spec.choices]))
    low = spec.minimum if spec.minimum is not None else D(-200)
    high = spec.maximum if spec.maximum is not None else D(500)
    if spec.data_type == "integer":
        return st.one_of(missing, st.integers(int(low), min(int(high), 60)))
    return st.one_of(
        missing,
        st.decimals(low, min(high, D(500)), places=2, allow_nan=False, allow_infinity=False),
    )


def _inputs() -> st.SearchStrategy[dict[str, Any]]:
    model = shipped_model()
    return st.fixed_dictionaries({s.name: _value_strategy(model, s.name) for s in model.inputs})


def check_invariants(model: ScorecardModel, result: ScoreResult) -> None:
    """Score = initial + partials; reason codes ranked by gap, ties by model order."""
    assert result.score == model.initial_score + sum(
        (p.points for p in result.partial_scores), D(0)
    )
    totals: dict[str, Decimal] = {}
    first_seen: dict[str, int] = {}
    for p in result.partial_scores:
        if p.reason_code is None or p.gap is None:
            continue
        totals[p.reason_code] = totals.get(p.reason_code, D(0)) + p.gap
        first_seen.setdefault(p.reason_code, p.position)
    expected = sorted(
        (code for code, gap in totals.items() if gap > 0),
        key=lambda code: (-totals[code], first_seen[code]),
    )
    assert [rc.code for rc in result.reason_codes] == expected
    assert [rc.rank for rc in result.reason_codes] == list(range(1, len(expected) + 1))
    gaps = [rc.gap for rc in result.reason_codes]
    assert gaps == sorted(gaps, reverse=True)
    assert all(g > 0 for g in gaps)


@settings(max_examples=150, deadline=None)
@given(_inputs())
def test_property_score_is_initial_plus_partials_and_codes_are_ranked(
    inputs: dict[str, Any],
) -> None:
    model = shipped_model()
    check_invariants(model, score(model, inputs))


@st.composite
def random_models(draw: st.DrawFn) -> tuple[ScorecardModel, dict[str, Any]]:
    """Small random JSON models (shared codes, both algorithms) with inputs for them."""
    from app.scoring.json_format import model_from_json

    count = draw(st.integers(1, 6))
    codes = [f"R{i}" for i in range(draw(st.integers(1, count)))]
    points = st.integers(-5, 10).map(str)
    characteristics = []
    inputs = []
    values = {}
    for i in range(count):
        name = f"x{i}"
        inputs.append({"name": name, "kind": "numeric"})
        characteristics.append(
            {
                "name": f"c{i}",
                "input": name,
                "baseline": draw(points),
                "reason_code": draw(st.sampled_from(codes)),
                "bins": [
                    {"missing": True, "points": draw(points)},
                    {"range": "(-inf, 0)", "points": draw(points)},
                    {
                        "range": "[0, +inf)",
                        "points": draw(points),
                        **(
                            {"reason_code": draw(st.sampled_from(codes))}
                            if draw(st.booleans())
                            else {}
                        ),
                    },
                ],
            }
        )
        values[name] = draw(st.one_of(st.none(), st.sampled_from(["-1", "0", "3"])))
    raw = {
        "format": "rmdesk.scorecard/1",
        "id": "random",
        "version": "1",
        "initial_score": draw(points),
        "reason_code_algorithm": draw(st.sampled_from(["pointsBelow", "pointsAbove"])),
        "inputs": inputs,
        "reason_codes": {c: {"zh": c, "en": c} for c in codes},
        "characteristics": characteristics,
    }
    return model_from_json(raw), values


@settings(max_examples=200, deadline=None)
@given(random_models())
def test_property_holds_for_random_models(case: tuple[ScorecardModel, dict[str, Any]]) -> None:
    model, inputs = case
    result = score(model, inputs)
    check_invariants(model, result)
    for p in result.partial_scores:
        assert p.baseline is not None and p.gap is not None
        if model.reason_code_algorithm == "pointsBelow":
            assert p.gap == p.baseline - p.points
        else:
            assert p.gap == p.points - p.baseline
