"""What would move the grade: the smallest single-input changes, fast."""

from __future__ import annotations

import time
from decimal import Decimal
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from app.scoring import improvements, score, shipped_model
from app.scoring.json_format import model_from_json

D = Decimal

BBB = {
    "debt_to_asset": "45",
    "current_ratio": "1.3",
    "roa": "4",
    "net_margin": "5",
    "revenue_growth": "3",
    "receivables_turnover": "5",
    "years_in_business": 7,
    "owner_credit_record": "clean",
    "industry_risk": "medium",
    "collateral_type": "equipment",
    "relationship_years": 2,
    "visit_findings": "normal",
}


def test_each_input_moves_to_its_nearest_boundary_that_reaches_the_next_grade() -> None:
    model = shipped_model()
    result = score(model, BBB)
    assert (result.score, result.grade and result.grade.code) == (D(71), "BBB")  # A needs 72
    found = {i.input: i for i in improvements(model, BBB)}
    assert list(found) == [
        "debt_to_asset",
        "current_ratio",
        "roa",
        "net_margin",
        "revenue_growth",
        "receivables_turnover",
        "collateral_type",
        "visit_findings",
    ]  # not years, industry or relationship (not adjustable); owner already clean
    dta = found["debt_to_asset"]
    assert (dta.from_value, dta.to_value, dta.boundary) == (D(45), D(40), D(40))  # (-inf, 40]
    assert (dta.points_gained, dta.new_score, dta.new_grade) == (D(3), D(74), "A")
    growth = found["revenue_growth"]
    assert (growth.to_value, growth.points_gained) == (D(5), D(3))  # [5, 30) starts at 5
    assert found["collateral_type"].to_value == "property"  # first of the 8-point choices
    assert found["visit_findings"].as_json() == {
        "input": "visit_findings",
        "from": "normal",
        "to": "good",
        "boundary": None,
        "points_gained": "2",
        "new_score": "73",
        "new_grade": "A",
    }


def test_an_open_boundary_is_approached_one_step_inside() -> None:
    """Growth of 30% or more scores 5, [5, 30) scores 7: from 40% the target is 29.99."""
    model = shipped_model()
    inputs = {**BBB, "revenue_growth": "40", "visit_findings": "concerns"}  # 70: BBB
    found = {i.input: i for i in improvements(model, inputs)}
    growth = found["revenue_growth"]
    assert (growth.to_value, growth.boundary, growth.points_gained) == (D("29.99"), D(30), D(2))
    assert growth.new_grade == "A"
    dta = found["debt_to_asset"]
    assert (dta.to_value, dta.boundary) == (D(40), D(40))  # (-inf, 40] is closed at 40


def test_the_nearest_sufficient_value_wins() -> None:
    model = shipped_model()
    inputs = {**BBB, "debt_to_asset": "70"}  # 4 points instead of 11: 64, just BBB
    inputs["visit_findings"] = "concerns"  # 1 instead of 3: 62, BB; BBB needs 2 more
    found = {i.input: i for i in improvements(model, inputs)}
    assert found["debt_to_asset"].to_value == D(65)  # (55, 65]: +4
    assert found["visit_findings"].to_value == "normal"  # +2 is enough; "good" is not needed


def test_missing_numbers_get_the_least_demanding_value() -> None:
    model = shipped_model()
    inputs = {**BBB, "debt_to_asset": None}  # 3 points: 63, BB
    found = {i.input: i for i in improvements(model, inputs)}
    change = found["debt_to_asset"]
    assert change.from_value is None
    # +1 is enough: (65, 75] scores 4; of its values the edge 75 asks least
    assert (change.to_value, change.boundary, change.points_gained) == (D(75), D(75), D(1))
    assert change.new_grade == "BBB"


def test_nothing_to_suggest_at_the_top_or_out_of_reach() -> None:
    model = shipped_model()
    best = {**BBB, "debt_to_asset": "30", "current_ratio": "2", "roa": "9", "net_margin": "16"}
    best |= {"revenue_growth": "10", "receivables_turnover": "9", "years_in_business": 12}
    best |= {"industry_risk": "low", "collateral_type": "property", "relationship_years": 6}
    best |= {"visit_findings": "good"}
    assert score(model, best).score == 100
    assert improvements(model, best) == []
    assert improvements(model, {}) == []  # 18 points: no single input reaches B (45)
    no_grades = model_from_json(
        {
            "format": "rmdesk.scorecard/1",
            "id": "g",
            "version": "1",
            "use_reason_codes": False,
            "inputs": [{"name": "x", "kind": "numeric"}],
            "characteristics": [
                {"name": "c", "input": "x", "bins": [{"otherwise": True, "points": 1}]}
            ],
        }
    )
    assert improvements(no_grades, {"x": 1}) == []


def test_fast_enough_to_run_as_the_rm_types() -> None:
    model = shipped_model()
    improvements(model, BBB)  # candidates are cached on the model
    start = time.perf_counter()
    for _ in range(50):
        improvements(model, BBB)
    per_call = (time.perf_counter() - start) / 50
    assert per_call < 0.02, per_call  # typically ~0.3 ms; generous for slow CI machines


def _inputs() -> st.SearchStrategy[dict[str, Any]]:
    model = shipped_model()
    strategies: dict[str, st.SearchStrategy[Any]] = {}
    for spec in model.inputs:
        if spec.kind == "categorical":
            strategies[spec.name] = st.one_of(
                st.none(), st.sampled_from([c.value for c in spec.choices])
            )
        elif spec.data_type == "integer":
            strategies[spec.name] = st.one_of(st.none(), st.integers(0, 30))
        else:
            low = max(spec.minimum if spec.minimum is not None else D(-50), D(-50))
            strategies[spec.name] = st.one_of(
                st.none(), st.decimals(low, 150, places=2, allow_nan=False, allow_infinity=False)
            )
    return st.fixed_dictionaries(strategies)


@settings(max_examples=100, deadline=None)
@given(_inputs())
def test_property_each_suggestion_really_reaches_a_better_grade(inputs: dict[str, Any]) -> None:
    model = shipped_model()
    assert model.grades is not None
    before = score(model, inputs, strict=False)
    assert before.grade is not None
    better = model.grades.better(before.grade)
    for change in improvements(model, inputs):
        after = score(model, {**inputs, change.input: change.to_value}, strict=False)
        assert after.score == change.new_score == before.score + change.points_gained
        assert better is not None and better.min_score is not None
        assert after.score >= better.min_score
        assert after.grade is not None and after.grade.code == change.new_grade
        assert model.input(change.input).adjustable
