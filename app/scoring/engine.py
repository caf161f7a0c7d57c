"""Scoring with PMML 4.4 Scorecard semantics, in Decimal.

The score is the initial score plus, for each characteristic, the points of
the first attribute (bin) whose predicate is true. With ``useReasonCodes``
each characteristic's *gap* is measured against its baseline score:
``baseline - points`` under ``pointsBelow`` (the default), ``points - baseline``
under ``pointsAbove``. The reason code is the attribute's, else the
characteristic's; gaps of characteristics sharing a code add up. Codes whose
total gap is positive are ranked by gap, largest first; equal gaps keep the
order in which the codes' characteristics appear in the model. A
characteristic that scored at or above its baseline (pointsBelow; at or below
for pointsAbove) therefore gives no reason code.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from app.scoring.grades import Grade
from app.scoring.model import (
    InputError,
    InputProblem,
    InputSpec,
    ScorecardModel,
    ScoringError,
    Value,
    decimal_text,
)
from app.text import QT_TRANSLATE_NOOP

#: English templates of input problems (context ``"Scoring"``).
PROBLEM_TEMPLATES: dict[str, str] = {
    "input.unknown": QT_TRANSLATE_NOOP("Scoring", "This model has no input called {name}"),
    "value.type": QT_TRANSLATE_NOOP("Scoring", "Enter a number or a listed value"),
    "number.invalid": QT_TRANSLATE_NOOP("Scoring", "Enter a number"),
    "number.whole": QT_TRANSLATE_NOOP("Scoring", "Enter a whole number"),
    "number.range": QT_TRANSLATE_NOOP("Scoring", "Enter a value in the range {range}"),
    "choice.unknown": QT_TRANSLATE_NOOP("Scoring", "Choose one of the listed values"),
}


def _problem(field: str, code: str, **params: str) -> InputProblem:
    return InputProblem(field, code, PROBLEM_TEMPLATES[code], params)


class PartialScore(NamedTuple):
    """What one characteristic scored, and how far that is from its baseline.

    ``gap`` is the points below the baseline (pointsBelow) or above it
    (pointsAbove); only a positive gap counts towards ``reason_code``.
    ``attribute`` is the index of the bin that applied.
    """

    characteristic: str
    position: int
    attribute: int
    points: Decimal
    baseline: Decimal | None
    gap: Decimal | None
    reason_code: str | None
    label_zh: str
    label_en: str
    bin_zh: str
    bin_en: str
    fields: tuple[str, ...]

    def as_json(self, values: Mapping[str, Value]) -> dict[str, object]:
        """JSON-safe form (numbers as decimal strings), with the inputs it read."""
        return {
            "characteristic": self.characteristic,
            "label_zh": self.label_zh,
            "label_en": self.label_en,
            "points": decimal_text(self.points),
            "baseline": None if self.baseline is None else decimal_text(self.baseline),
            "gap": None if self.gap is None else decimal_text(self.gap),
            "reason_code": self.reason_code,
            "bin": self.attribute,
            "bin_zh": self.bin_zh,
            "bin_en": self.bin_en,
            "inputs": {name: value_json(values.get(name)) for name in self.fields},
        }


class ReasonCode(NamedTuple):
    """A reason code in the ranking: its total gap and what it means."""

    code: str
    rank: int
    gap: Decimal
    text_zh: str
    text_en: str
    characteristics: tuple[str, ...]

    def as_json(self) -> dict[str, object]:
        """JSON-safe form."""
        return {
            "rank": self.rank,
            "code": self.code,
            "gap": decimal_text(self.gap),
            "text_zh": self.text_zh,
            "text_en": self.text_en,
            "characteristics": list(self.characteristics),
        }


@dataclass(frozen=True)
class ScoreResult:
    """A scored set of inputs: score, partial scores, ranked reason codes, grade."""

    model_id: str
    model_version: str
    score: Decimal
    initial_score: Decimal
    partial_scores: tuple[PartialScore, ...]
    reason_codes: tuple[ReasonCode, ...]
    values: Mapping[str, Value]
    grade: Grade | None = None
    outputs: Mapping[str, Value] | None = None

    def as_json(self) -> dict[str, Any]:
        """JSON-safe result (Decimal as strings); ``terms`` when the model has grades."""
        out: dict[str, Any] = {
            "model": {"id": self.model_id, "version": self.model_version},
            "score": decimal_text(self.score),
            "grade": None if self.grade is None else self.grade.code,
            "reason_codes": [rc.as_json() for rc in self.reason_codes],
            "partial_scores": [p.as_json(self.values) for p in self.partial_scores],
            "initial_score": decimal_text(self.initial_score),
            "inputs": {name: value_json(value) for name, value in self.values.items()},
        }
        if self.grade is not None:
            out["grade_label_zh"] = self.grade.label_zh
            out["grade_label_en"] = self.grade.label_en
            out["terms"] = None if self.grade.terms is None else self.grade.terms.as_json()
        if self.outputs is not None:
            out["outputs"] = {name: value_json(value) for name, value in self.outputs.items()}
        return out


def value_json(value: Value) -> str | None:
    """A prepared input value as JSON: numbers as decimal strings, missing as null."""
    if isinstance(value, Decimal):
        return decimal_text(value)
    return value


# Inputs -----------------------------------------------------------------------------


def _number(raw: object) -> Decimal | None:
    if isinstance(raw, Decimal):
        return raw if raw.is_finite() else None
    if isinstance(raw, int):
        return Decimal(raw)
    if isinstance(raw, float):
        number = Decimal(repr(raw))  # shortest repr: 0.1 stays 0.1
        return number if number.is_finite() else None
    if isinstance(raw, str):
        text = raw.replace(",", "").replace("_", "")
        try:
            number = Decimal(text)
        except InvalidOperation:
            return None
        return number if number.is_finite() else None
    return None


def _valid_range_text(spec: InputSpec) -> str:
    return " ∪ ".join(interval.text() for interval in spec.valid)


def prepare_value(spec: InputSpec, raw: object) -> tuple[Value, InputProblem | None]:
    """``raw`` as the model reads it, after missing- and invalid-value treatment."""
    if isinstance(raw, str):
        raw = unicodedata.normalize("NFKC", raw).strip()
        if raw == "" or raw in spec.missing_values:
            raw = None
    elif (
        spec.missing_values and isinstance(raw, int | float | Decimal) and not isinstance(raw, bool)
    ):
        number = _number(raw)
        if number is not None and decimal_text(number) in spec.missing_values:
            raw = None
    if raw is None:
        return spec.missing_replacement, None
    value: Value
    problem: InputProblem | None = None
    convertible = True
    if isinstance(raw, bool) or not isinstance(raw, str | int | float | Decimal):
        return None, _problem(spec.name, "value.type")
    if spec.data_type in ("double", "integer"):
        number = _number(raw)
        if number is None:
            convertible = False
            value, problem = None, _problem(spec.name, "number.invalid")
        else:
            value = number
            if spec.data_type == "integer" and number != number.to_integral_value():
                convertible = False
                problem = _problem(spec.name, "number.whole")
            elif spec.valid and not any(i.contains(number) for i in spec.valid):
                problem = _problem(spec.name, "number.range", range=_valid_range_text(spec))
            elif spec.choices and spec.choice(decimal_text(number)) is None:
                problem = _problem(spec.name, "choice.unknown")
    else:
        value = raw if isinstance(raw, str) else value_json(_number(raw))
        if spec.choices and (value is None or spec.choice(value) is None):
            problem = _problem(spec.name, "choice.unknown")
    if problem is None:
        return value, None
    treatment = spec.invalid_treatment
    if treatment == "asMissing":
        return None, None
    if treatment == "asValue":
        return spec.invalid_replacement, None
    if treatment == "asIs" and convertible:
        return value, None
    return None, problem


def prepare_inputs(
    model: ScorecardModel, raw: Mapping[str, object], strict: bool = True
) -> dict[str, Value]:
    """The model's input values from ``raw`` (name → value; absent or blank = missing).

    Numbers may be ``Decimal``, ``int``, ``float`` or text; categories text.
    Raises :class:`InputError` listing every invalid value (and, when
    ``strict``, every name the model does not know).
    """
    problems: list[InputProblem] = []
    if strict:
        for name in raw:
            if name not in model.input_by_name and name not in model.ignored_fields:
                problems.append(_problem(str(name), "input.unknown", name=str(name)))
    values: dict[str, Value] = {}
    for spec in model.inputs:
        value, problem = prepare_value(spec, raw.get(spec.name))
        if problem is not None:
            problems.append(problem)
        values[spec.name] = value
    if problems:
        raise InputError(problems)
    return values


# Scoring ----------------------------------------------------------------------------


def evaluate(model: ScorecardModel, values: Mapping[str, Value]) -> ScoreResult:
    """Score prepared ``values`` (see :func:`prepare_inputs`).

    Raises :class:`ScoringError` when a characteristic has no bin for the
    values (PMML: the scorecard returns an invalid result) or the model is
    marked not scorable.
    """
    if not model.is_scorable:
        raise ScoringError(f"model {model.id!r} is marked as not scorable")
    below = model.reason_code_algorithm == "pointsBelow"
    use_codes = model.use_reason_codes
    total = model.initial_score
    partials: list[PartialScore] = []
    gaps: dict[str, Decimal] = {}
    owners: dict[str, list[str]] = {}
    for index, characteristic in enumerate(model.characteristics):
        found = characteristic.matcher.match(values)
        if found is None:
            shown = ", ".join(
                f"{name}={value_json(values.get(name))}" for name in characteristic.field_names
            )
            raise ScoringError(f"characteristic {characteristic.name!r}: no bin for {shown}")
        attribute = characteristic.attributes[found]
        points = attribute.points
        if attribute.expression is not None:
            points = attribute.expression.evaluate(values)
            if points is None:
                raise ScoringError(
                    f"characteristic {characteristic.name!r}: its partial score cannot be "
                    "computed (an input is missing or the arithmetic fails)"
                )
        assert points is not None  # the loaders require points or an expression
        total += points
        code = attribute.reason_code or characteristic.reason_code
        baseline = characteristic.baseline
        if baseline is None:
            baseline = model.baseline_score
        gap: Decimal | None = None
        if use_codes and baseline is not None:
            gap = baseline - points if below else points - baseline
            if code is not None:
                if code in gaps:
                    gaps[code] += gap
                    owners[code].append(characteristic.name)
                else:
                    gaps[code] = gap
                    owners[code] = [characteristic.name]
        partials.append(
            PartialScore(
                characteristic.name,
                index,
                found,
                points,
                baseline,
                gap,
                code,
                characteristic.label_zh,
                characteristic.label_en,
                attribute.label_zh,
                attribute.label_en,
                characteristic.field_names,
            )
        )
    # sorted() is stable: equal gaps keep the order the codes first appeared in.
    ranked = sorted(((c, g) for c, g in gaps.items() if g > 0), key=lambda cg: cg[1], reverse=True)
    reason_codes = []
    for rank, (code, gap) in enumerate(ranked, start=1):
        text = model.reason_text(code)
        reason_codes.append(
            ReasonCode(code, rank, gap, text.text_zh, text.text_en, tuple(owners[code]))
        )
    outputs: dict[str, Value] | None = None
    if model.outputs:
        outputs = {}
        for output in model.outputs:
            if output.feature == "predictedValue":
                outputs[output.name] = total
            else:
                ranked_code = reason_codes[output.rank - 1] if output.rank <= len(ranked) else None
                outputs[output.name] = None if ranked_code is None else ranked_code.code
    return ScoreResult(
        model_id=model.id,
        model_version=model.version,
        score=total,
        initial_score=model.initial_score,
        partial_scores=tuple(partials),
        reason_codes=tuple(reason_codes),
        values=dict(values),
        grade=None if model.grades is None else model.grades.grade_for(total),
        outputs=outputs,
    )


def score(model: ScorecardModel, inputs: Mapping[str, object], strict: bool = True) -> ScoreResult:
    """Check ``inputs`` against the model and score them.

    Raises :class:`InputError` for invalid inputs and :class:`ScoringError`
    when the model cannot score them.
    """
    return evaluate(model, prepare_inputs(model, inputs, strict=strict))
