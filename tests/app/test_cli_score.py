"""``rmdesk score``: in-process through its own parser, and as a process once wired."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from app.cli_common import JsonArgumentParser
from app.cli_score import add_score_parser, cmd_score
from app.scoring import DMG_SAMPLE_PATH, SME_MODEL_PATH


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, dict[str, Any]]:
    parser = JsonArgumentParser(prog="rmdesk")
    sub = parser.add_subparsers(dest="command")
    add_score_parser(sub)
    args = parser.parse_args(["score", *argv])
    code = cmd_score(args)
    return code, json.loads(capsys.readouterr().out)


def write(tmp_path: Path, data: Any, name: str = "in.json") -> str:
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return str(path)


def test_the_dmg_example_from_pmml(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    inputs = write(tmp_path, {"department": "engineering", "age": 25, "income": 500})
    code, out = run(capsys, "--model", str(DMG_SAMPLE_PATH), "--input", inputs)
    assert code == 0
    assert out["score"] == "29"
    assert [rc["code"] for rc in out["reason_codes"]] == ["RC2", "RC1"]
    assert [p["points"] for p in out["partial_scores"]] == ["3", "0", "26"]
    assert out["grade"] is None and "terms" not in out
    assert out["outputs"] == {
        "Final Score": "29",
        "Reason Code 1": "RC2",
        "Reason Code 2": "RC1",
        "Reason Code 3": None,
    }


def test_the_shipped_model_with_grades_terms_and_improvements(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    inputs = write(
        tmp_path,
        {
            "inputs": {
                "debt_to_asset": 45,
                "current_ratio": 1.3,
                "roa": "4",
                "net_margin": "5",
                "owner_credit_record": "clean",
                "collateral_type": "property",
                "visit_findings": "good",
            }
        },
    )
    code, out = run(capsys, "--model", str(SME_MODEL_PATH), "--input", inputs, "--improvements")
    assert code == 0
    assert out["model"] == {"id": "sme_scorecard", "version": "1.0"}
    assert out["score"] == "62" and out["grade"] == "BB"
    assert out["terms"] == {
        "max_exposure_wan": "300",
        "rate_spread_bp": 140,
        "max_tenor_months": 12,
        "collateral_required": True,
    }
    moves = {i["input"]: i for i in out["improvements"]}
    assert moves["debt_to_asset"]["to"] == "40" and moves["debt_to_asset"]["new_grade"] == "BBB"
    code, default = run(capsys, "--input", inputs)  # the shipped model is the default
    assert code == 0 and default["score"] == "62"


def test_inputs_from_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"owner_credit_record": "clean"}'))
    code, out = run(capsys, "--input", "-")
    assert code == 0 and out["score"] == "34"


def test_bad_model_is_exit_1_naming_element_and_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = DMG_SAMPLE_PATH.read_text().replace('operator="isMissing"', 'operator="isGone"', 1)
    model = write(tmp_path, bad, "bad.pmml")
    code, out = run(capsys, "--model", model, "--input", write(tmp_path, {}))
    assert code == 1
    assert out["where"].startswith("SimplePredicate at line ")
    assert "'isGone' is not supported" in out["error"]
    assert out["file"] == model
    broken = write(tmp_path, '{"format": "rmdesk.scorecard/1", "id": 5}', "broken.json")
    code, out = run(capsys, "--model", broken, "--input", write(tmp_path, {}))
    assert code == 1 and out["where"] == "$.id"


def test_bad_inputs_are_exit_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out = run(capsys, "--input", write(tmp_path, {"roa": "high", "colour": "red"}))
    assert code == 1
    assert out["error"] == "invalid inputs"
    assert {p["field"]: p["code"] for p in out["problems"]} == {
        "colour": "input.unknown",
        "roa": "number.invalid",
    }
    code, out = run(capsys, "--input", write(tmp_path, "{not json"))
    assert code == 1 and out["where"] == "line 1 column 2"
    code, out = run(capsys, "--input", write(tmp_path, "[1, 2]"))
    assert code == 1 and "JSON object" in out["error"]


def test_usage_errors_are_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out = run(capsys)
    assert code == 2 and "--input" in out["error"]
    code, out = run(capsys, "--input", str(tmp_path / "missing.json"))
    assert code == 2 and "cannot read the inputs" in out["error"]
    code, out = run(capsys, "--model", str(tmp_path / "nope.pmml"), "--input", "-")
    assert code == 2 and "cannot read the model" in out["error"]


def test_rmdesk_score_as_a_process_needs_no_profile(tmp_path: Path) -> None:
    inputs = write(tmp_path, {"department": "engineering", "age": 25, "income": 500})
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "RMDESK_DATA_DIR": str(tmp_path / "p")}
    result = subprocess.run(
        [sys.executable, "-m", "ui", "score", "--model", str(DMG_SAMPLE_PATH), "--input", inputs],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["score"] == "29"
    assert [rc["code"] for rc in out["reason_codes"]] == ["RC2", "RC1"]
    assert not (tmp_path / "p").exists()  # no profile was opened or created
    bad = subprocess.run(
        [sys.executable, "-m", "ui", "score", "--input", str(tmp_path / "nope.json")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert bad.returncode == 2
    assert "error" in json.loads(bad.stdout)
