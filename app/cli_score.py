"""``rmdesk score``: score a JSON object of inputs with a scorecard model, headless.

Needs no profile. The model is our JSON format (``.json``) or PMML
(``.pmml``/``.xml``); without ``--model`` the shipped SME scorecard is used.
Prints ``{"score", "grade", "reason_codes", "partial_scores", ...}`` (plus
``terms`` when the model has grades). Exit 1 with ``{"error", ...}`` for a bad
model, bad inputs or inputs the model cannot score; exit 2 for usage errors
(missing arguments, unreadable files).
"""

from __future__ import annotations

import argparse
import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.cli_common import EXIT_FAILURE, EXIT_OK, print_json, usage_error


def add_score_parser(sub: Any) -> None:
    """Add ``score`` to the subcommands ``sub``."""
    parser = sub.add_parser(
        "score",
        help="score inputs with a scorecard model (JSON or PMML)",
        description='Prints {"model", "score", "grade", "reason_codes", "partial_scores", '
        '"inputs", ...} with numbers as decimal strings, plus "terms" when the model has '
        'grades and "outputs" for PMML output fields. Exit 1 for a bad model or bad inputs, '
        "2 for usage errors.",
    )
    parser.add_argument(
        "--model",
        metavar="FILE",
        help="model file: .json (RM Desk format) or .pmml/.xml (default: the shipped SME card)",
    )
    parser.add_argument(
        "--input",
        metavar="FILE",
        help="inputs as a JSON object {name: value} ('-' reads standard input)",
    )
    parser.add_argument(
        "--improvements",
        action="store_true",
        help="also list the single-input changes that reach the next better grade",
    )


def _read_input(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    return Path(name).read_text(encoding="utf-8-sig")


def cmd_score(args: argparse.Namespace) -> int:
    """Run ``score``; the exit code (0 ok, 1 bad model or inputs, 2 usage)."""
    from app.scoring import (
        InputError,
        ModelError,
        ScoringError,
        improvements,
        load_model,
        score,
        shipped_model,
    )

    if not args.input:
        return usage_error("--input FILE is required: a JSON object of inputs ('-' for stdin)")
    model_name = args.model or "(shipped sme_v1)"
    try:
        model = load_model(args.model) if args.model else shipped_model()
    except OSError as exc:
        return usage_error(f"cannot read the model: {exc.strerror or exc}", file=model_name)
    except ModelError as exc:
        print_json({"error": exc.message, "where": exc.where, "file": model_name})
        return EXIT_FAILURE
    try:
        text = _read_input(args.input)
    except OSError as exc:
        return usage_error(f"cannot read the inputs: {exc.strerror or exc}", file=args.input)
    except UnicodeDecodeError:
        print_json({"error": "the inputs are not UTF-8 text", "file": args.input})
        return EXIT_FAILURE
    try:
        raw = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        print_json(
            {
                "error": f"the inputs are not valid JSON: {exc.msg}",
                "where": f"line {exc.lineno} column {exc.colno}",
                "file": args.input,
            }
        )
        return EXIT_FAILURE
    if (
        isinstance(raw, dict)
        and set(raw) == {"inputs"}
        and isinstance(raw["inputs"], dict)
        and "inputs" not in model.input_by_name
    ):
        raw = raw["inputs"]
    if not isinstance(raw, dict):
        print_json({"error": "the inputs must be a JSON object {name: value}", "file": args.input})
        return EXIT_FAILURE
    try:
        result = score(model, raw)
        out = result.as_json()
        if args.improvements:
            out["improvements"] = [i.as_json() for i in improvements(model, raw)]
    except InputError as exc:
        print_json({"error": "invalid inputs", "problems": [p.as_json() for p in exc.problems]})
        return EXIT_FAILURE
    except ScoringError as exc:
        print_json({"error": str(exc)})
        return EXIT_FAILURE
    print_json(out)
    return EXIT_OK
