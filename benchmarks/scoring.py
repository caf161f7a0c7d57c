"""Scorecard speed: 10,000 applicants scored with the shipped SME model.

Random but realistic inputs (fixed seed), measured in one run:

* **build inputs**: only building the 10,000 input dicts (the floor of any caller);
* **score()**: what the UI and CLI call: check every input, score, rank reason codes,
  grade, result objects;
* **evaluate()**: scoring already-checked values;
* **baseline**: a plain Python loop summing the same points from precomputed bin
  tables (bisect for numbers, a dict for categories): no checks, no reason codes;
* **improvements()**: "what would move the grade", per call, on the first 1,000.

Prints total milliseconds and microseconds per applicant (median of ``--runs``); checks
the baseline sums equal the engine's scores. The fixtures are moved out of the cyclic
GC's reach (``gc.freeze``) before timing. Never fails on time.

Usage: ``python benchmarks/scoring.py [--applicants N] [--seed S] [--runs K]``
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import sys
import time
from bisect import bisect_left
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from app.scoring import (  # noqa: E402
    ScorecardModel,
    evaluate,
    improvements,
    prepare_inputs,
    score,
    shipped_model,
)
from app.scoring.matching import first_true, gap_samples  # noqa: E402
from app.scoring.predicates import Predicate  # noqa: E402

Inputs = dict[str, object]


def _maybe(rng: random.Random, value: object, missing: float) -> object:
    return None if rng.random() < missing else value


def _ratio(value: float, low: float, high: float) -> Decimal:
    return Decimal(f"{min(max(value, low), high):.2f}")


def applicant(rng: random.Random) -> Inputs:
    """One applicant's inputs, shaped like a real SME book (some data missing)."""
    return {
        "debt_to_asset": _maybe(rng, _ratio(rng.gauss(55, 15), 3, 140), 0.06),
        "current_ratio": _maybe(rng, _ratio(rng.lognormvariate(0.2, 0.35), 0.2, 6), 0.06),
        "roa": _maybe(rng, _ratio(rng.gauss(4, 4), -30, 30), 0.06),
        "net_margin": _maybe(rng, _ratio(rng.gauss(6, 6), -40, 40), 0.06),
        "revenue_growth": _maybe(rng, _ratio(rng.gauss(8, 20), -90, 200), 0.2),
        "receivables_turnover": _maybe(rng, _ratio(rng.lognormvariate(1.6, 0.6), 0.3, 60), 0.1),
        "years_in_business": _maybe(rng, rng.randint(0, 30), 0.02),
        "owner_credit_record": _maybe(
            rng,
            rng.choices(
                ["clean", "no_record", "minor_overdue", "serious_overdue"], [70, 12, 13, 5]
            )[0],
            0.05,
        ),
        "industry_risk": _maybe(rng, rng.choices(["low", "medium", "high"], [20, 60, 20])[0], 0.03),
        "collateral_type": _maybe(
            rng,
            rng.choice(["none", "property", "equipment", "receivables", "deposit", "guarantee"]),
            0.05,
        ),
        "relationship_years": _maybe(rng, rng.randint(0, 15), 0.05),
        "visit_findings": _maybe(
            rng,
            rng.choices(["good", "normal", "concerns", "serious_concerns"], [30, 50, 15, 5])[0],
            0.1,
        ),
    }


class Baseline:
    """The same sum from precomputed bin tables, as a hand-written loop would do it."""

    def __init__(self, model: ScorecardModel) -> None:
        self.initial = model.initial_score
        self.tables: list[tuple[str, Any, Any, Any, Decimal]] = []
        for characteristic in model.characteristics:
            (field,) = characteristic.fields
            predicates = [a.predicate for a in characteristic.attributes]
            points = [a.points for a in characteristic.attributes]

            def points_for(
                value: Any,
                field: str = field,
                predicates: list[Predicate] = predicates,
                points: list[Decimal | None] = points,
            ) -> Decimal:
                found = first_true(predicates, {field: value})
                assert found is not None
                result = points[found]
                assert result is not None
                return result

            spec = model.input(field)
            if spec.kind == "categorical":
                table = {c.value: points_for(c.value) for c in spec.choices}
                self.tables.append((field, None, table, None, points_for(None)))
            else:
                cuts: list[Any] = sorted(
                    {v for a in characteristic.attributes for _, v in a.predicate.constants()}
                )
                at = [points_for(c) for c in cuts]
                gaps = [points_for(s) for s in gap_samples(cuts)]
                self.tables.append((field, cuts, at, gaps, points_for(None)))

    def total(self, values: Mapping[str, Any]) -> Decimal:
        """The score of prepared ``values``."""
        total = self.initial
        for field, cuts, at, gaps, missing in self.tables:
            value = values[field]
            if value is None:
                total += missing
            elif cuts is None:
                total += at[value]
            else:
                i = bisect_left(cuts, value)
                total += at[i] if i < len(cuts) and cuts[i] == value else gaps[i]
        return total


def timed(fn: Callable[[], object], runs: int) -> float:
    """Median milliseconds of ``runs`` calls of ``fn`` (after one warm-up)."""
    fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applicants", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=20261128)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    n = args.applicants
    model = shipped_model()

    def build() -> list[Inputs]:
        rng = random.Random(args.seed)
        return [applicant(rng) for _ in range(n)]

    people = build()
    prepared = [prepare_inputs(model, p) for p in people]
    baseline = Baseline(model)
    engine_scores = [evaluate(model, v).score for v in prepared]
    same = engine_scores == [baseline.total(v) for v in prepared]
    # The fixtures live for the whole run: keep the cyclic GC from re-walking them on
    # every collection the timed loops trigger (that would time the fixture, not scoring).
    gc.collect()
    gc.freeze()

    rows = [
        ("build inputs", timed(build, args.runs)),
        ("score()", timed(lambda: [score(model, p) for p in people], args.runs)),
        ("evaluate()", timed(lambda: [evaluate(model, v) for v in prepared], args.runs)),
        ("baseline loop", timed(lambda: [baseline.total(v) for v in prepared], args.runs)),
    ]
    sample = people[:1000]
    per_call = timed(lambda: [improvements(model, p) for p in sample], args.runs) / len(sample)

    print(f"Scorecard {model.id} {model.version}: {n:,} applicants, seed {args.seed}")
    print(f"{'':16}{'total ms':>12}{'µs/applicant':>16}")
    for label, ms in rows:
        print(f"{label:16}{ms:12.1f}{ms * 1000 / n:16.1f}")
    score_ms, base_ms = rows[1][1], rows[3][1]
    print(f"score() / baseline: {score_ms / base_ms:.1f}×")
    print(f"improvements(): {per_call:.3f} ms per call (median of {args.runs} runs over 1,000)")
    grades: dict[str, int] = {}
    for v in prepared:
        result = evaluate(model, v)
        code = "-" if result.grade is None else result.grade.code
        grades[code] = grades.get(code, 0) + 1
    print("grades:", ", ".join(f"{g} {c}" for g, c in grades.items()))
    print(f"baseline sums equal the engine's scores: {'yes' if same else 'NO'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
