"""Our JSON scorecard format: what it accepts, and errors that name the JSON path."""

from __future__ import annotations

import copy
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from app.scoring import ModelError, ModelRegistry, default_registry, load_model, score
from app.scoring.json_format import load_json_model, model_from_json
from app.scoring.loading import SME_MODEL_PATH

D = Decimal


def minimal() -> dict[str, Any]:
    return {
        "format": "rmdesk.scorecard/1",
        "id": "tiny",
        "version": "2.1",
        "inputs": [
            {"name": "ratio", "kind": "numeric", "min": "0"},
            {
                "name": "colour",
                "kind": "categorical",
                "choices": [{"value": "red"}, {"value": "blue"}, {"value": "green"}],
            },
        ],
        "reason_codes": {"R": {"zh": "比率低", "en": "Ratio is low"}},
        "characteristics": [
            {
                "name": "ratio_score",
                "input": "ratio",
                "baseline": "5",
                "reason_code": "R",
                "bins": [
                    {"missing": True, "points": 0},
                    {"range": "[0, 1)", "points": 1.5},
                    {"range": "[1, +inf)", "points": "10"},
                ],
            },
            {
                "name": "colour_score",
                "input": "colour",
                "baseline": 0,
                "reason_code": "R",
                "bins": [
                    {"values": ["red", "blue"], "points": 2},
                    {"values": ["green"], "points": 3, "label_en": "Green!"},
                    {"missing": True, "points": 0},
                ],
            },
        ],
    }


def error_of(raw: dict[str, Any]) -> ModelError:
    with pytest.raises(ModelError) as caught:
        model_from_json(raw)
    return caught.value


def test_a_minimal_model_loads_and_scores() -> None:
    model = model_from_json(minimal())
    assert (model.id, model.version) == ("tiny", "2.1")
    result = score(model, {"ratio": "0.5", "colour": "green"})
    assert result.score == D("4.5")
    assert [p.bin_en for p in result.partial_scores] == ["[0, 1)", "Green!"]
    # both characteristics share R: 3.5 below the baseline and 3 above add up to 0.5
    assert [(rc.code, rc.gap) for rc in result.reason_codes] == [("R", D("0.5"))]
    assert model.grades is None and result.grade is None and "terms" not in result.as_json()


def test_json_numbers_are_read_as_decimals_not_floats() -> None:
    text = json.dumps(minimal()).replace('"points": "10"', '"points": 0.1')
    model = load_json_model(text)
    assert model.characteristics[0].attributes[2].points == D("0.1")


def test_the_shipped_model_is_valid_and_registered() -> None:
    registry = default_registry()
    model = registry.get("sme_scorecard", "1.0")
    assert model.source_path == str(SME_MODEL_PATH)
    assert registry.latest("sme_scorecard") is model
    with pytest.raises(KeyError):
        registry.get("sme_scorecard", "9.9")


def test_registry_latest_compares_versions_as_numbers() -> None:
    a = model_from_json({**minimal(), "version": "1.9"})
    b = model_from_json({**minimal(), "version": "1.10"})
    assert ModelRegistry([b, a]).latest("tiny") is b


def path_error(change: Any) -> ModelError:
    raw = minimal()
    change(raw)
    return error_of(raw)


@pytest.mark.parametrize(
    ("change", "where", "message"),
    [
        (lambda r: r.update(format="other/1"), "$.format", "must be 'rmdesk.scorecard/1'"),
        (lambda r: r.pop("id"), "$", "'id' is required"),
        (lambda r: r.update(version="1 0"), "$.version", "letters, digits"),
        (lambda r: r.update(extra=1), "$.extra", "unknown key 'extra'"),
        (
            lambda r: r.update(reason_code_algorithm="pointsAround"),
            "$.reason_code_algorithm",
            "'pointsBelow' or 'pointsAbove'",
        ),
        (
            lambda r: r["characteristics"][0]["bins"][1].update(range="[0, 1"),
            "$.characteristics[0].bins[1].range",
            "is not an interval",
        ),
        (
            lambda r: r["characteristics"][0]["bins"][1].update(range="[1, 0)"),
            "$.characteristics[0].bins[1].range",
            "is empty",
        ),
        (
            lambda r: r["characteristics"][0]["bins"][1].update(range="[-inf, 1)"),
            "$.characteristics[0].bins[1].range",
            "an infinite end must be open",
        ),
        (
            lambda r: r["characteristics"][0]["bins"][2].update(range="[0.5, +inf)"),
            "$.characteristics[0].bins[2].range",
            "overlaps bin 1",
        ),
        (
            lambda r: r["characteristics"][0]["bins"][2].update(range="(1, +inf)"),
            "$.characteristics[0].bins",
            "no bin holds the value 1",
        ),
        (
            lambda r: r["characteristics"][0]["bins"].pop(0),
            "$.characteristics[0].bins",
            "needs a bin for a missing value",
        ),
        (
            lambda r: r["characteristics"][0]["bins"][1].update(points="many"),
            "$.characteristics[0].bins[1].points",
            "'many' is not a number",
        ),
        (
            lambda r: r["characteristics"][0]["bins"][1].pop("points"),
            "$.characteristics[0].bins[1]",
            "'points' is required",
        ),
        (
            lambda r: r["characteristics"][0]["bins"][1].update(missing=True),
            "$.characteristics[0].bins[1]",
            "exactly one of",
        ),
        (
            lambda r: r["characteristics"][0]["bins"][1].update(reason_code="NOPE"),
            "$.characteristics[0].bins[1].reason_code",
            "'NOPE' is not in $.reason_codes",
        ),
        (
            lambda r: r["characteristics"][0].pop("baseline"),
            "$.characteristics[0]",
            "'baseline' is required",
        ),
        (
            lambda r: r["characteristics"][0].update(input="ratios"),
            "$.characteristics[0].input",
            "no input called 'ratios'",
        ),
        (
            lambda r: r["characteristics"][1]["bins"][0].update(values=["red", "pink"]),
            "$.characteristics[1].bins[0].values[1]",
            "'pink' is not a choice",
        ),
        (
            lambda r: r["characteristics"][1]["bins"][1].update(values=["green", "blue"]),
            "$.characteristics[1].bins[1].values",
            "'blue' is also in bin 0",
        ),
        (
            lambda r: r["characteristics"][1]["bins"].pop(1),
            "$.characteristics[1].bins",
            "no bin for the choice 'green'",
        ),
        (
            lambda r: (
                r["characteristics"][1]["bins"][0].update(range="[0, 1)", values=None)
                or r["characteristics"][1]["bins"][0].pop("values")
            ),
            "$.characteristics[1].bins[0].range",
            "is categorical: use 'values'",
        ),
        (
            lambda r: r["inputs"][0].update(kind="number"),
            "$.inputs[0].kind",
            "'numeric' or 'categorical'",
        ),
        (
            lambda r: r["inputs"][0].update(source="ratio"),
            "$.inputs[0].name",
            "a ratio input must be named like a ratio",
        ),
        (
            lambda r: r["inputs"][1]["choices"].append({"value": "red"}),
            "$.inputs[1].choices[3].value",
            "'red' is listed twice",
        ),
        (
            lambda r: r["inputs"][1].update(source="customer"),
            "$.inputs[1].derive",
            "needs 'derive'",
        ),
        (
            lambda r: r["inputs"][1].update(
                source="customer", derive={"rule": "industry_section", "map": {"Z": "red"}}
            ),
            "$.inputs[1].derive.map",
            "'Z' is not a GB/T 4754 section",
        ),
        (
            lambda r: r["reason_codes"].update(X={"zh": "x"}),
            "$.reason_codes.X",
            "'en' is required",
        ),
        (
            lambda r: r.update(grades=[{"grade": "A", "min_score": "10"}]),
            "$.grades[0]",
            "the worst (last) grade needs 'min_score': null",
        ),
        (
            lambda r: r.update(
                grades=[
                    {"grade": "A", "min_score": "10"},
                    {"grade": "B", "min_score": "20"},
                    {"grade": "C", "min_score": None},
                ]
            ),
            "$.grades[1]",
            "best first",
        ),
        (
            lambda r: r.update(
                grades=[
                    {"grade": "A", "min_score": "10", "terms": {"max_exposure_wan": "5"}},
                    {"grade": "C", "min_score": None},
                ]
            ),
            "$.grades[0].terms",
            "'rate_spread_bp' is required",
        ),
    ],
)
def test_errors_name_the_json_path(change: Any, where: str, message: str) -> None:
    error = path_error(change)
    assert error.where == where, error
    assert message in error.message, error
    assert str(error) == f"{where}: {error.message}"


def test_syntax_errors_name_line_and_column() -> None:
    with pytest.raises(ModelError) as caught:
        load_json_model('{\n  "format": "rmdesk.scorecard/1",\n  "id": tiny\n}')
    assert caught.value.where == "line 3 column 9"
    assert "not valid JSON" in caught.value.message


def test_an_otherwise_bin_covers_everything() -> None:
    raw = minimal()
    raw["characteristics"][0]["bins"] = [
        {"range": "[0, 1)", "points": 1},
        {"otherwise": True, "points": 0},
    ]
    model = model_from_json(raw)
    assert score(model, {"ratio": None, "colour": "red"}).score == 2
    assert score(model, {"ratio": "7", "colour": "red"}).score == 2


def test_grade_table_beside_the_model(tmp_path: Path) -> None:
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(minimal()))
    grades: dict[str, Any] = {
        "grades": [
            {
                "grade": "A",
                "min_score": "10",
                "terms": {
                    "max_exposure_wan": "500",
                    "rate_spread_bp": 80,
                    "max_tenor_months": 12,
                    "collateral_required": True,
                },
            },
            {"grade": "B", "min_score": None},
        ]
    }
    (tmp_path / "tiny.grades.json").write_text(json.dumps(grades))
    result = score(load_model(path), {"ratio": "2", "colour": "red"})
    assert result.grade is not None and result.grade.code == "A"
    assert result.as_json()["terms"]["rate_spread_bp"] == 80
    broken = copy.deepcopy(grades)
    broken["grades"][0]["terms"]["rate_spread_bp"] = "x"
    (tmp_path / "tiny.grades.json").write_text(json.dumps(broken))
    with pytest.raises(ModelError) as caught:
        load_model(path)
    assert caught.value.where == "tiny.grades.json: $.grades[0].terms.rate_spread_bp"
