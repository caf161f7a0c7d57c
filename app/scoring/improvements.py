"""What would move the grade: the smallest single-input changes that reach a better grade.

For each adjustable input the model scores, try the values where its bins
change: for a number every bin boundary ``t`` and its neighbours ``t ± step``
(``step`` is the input's precision: 1 for whole numbers, else 0.01 unless the
model says otherwise); for a category every listed choice. Only the
characteristics that read the input are re-scored, so a call takes well under
a millisecond for the shipped model. Of the values that lift the score to the
next better grade's minimum, a number moves as little as possible (ties: more
points) and a category is the one that needs the fewest points (ties: listed
order; from a missing number, a bin edge itself rather than a value next to it). Making
a value missing is never suggested.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import cast

from app.scoring.engine import evaluate, prepare_inputs, value_json
from app.scoring.model import Characteristic, InputSpec, ScorecardModel, Value, decimal_text


@dataclass(frozen=True)
class Improvement:
    """Changing ``input`` from ``from_value`` to ``to_value`` reaches ``new_grade``.

    ``boundary`` is the bin edge the new number sits at or just beyond (None
    for categories).
    """

    input: str
    from_value: Value
    to_value: Decimal | str
    boundary: Decimal | None
    points_gained: Decimal
    new_score: Decimal
    new_grade: str

    def as_json(self) -> dict[str, object]:
        """JSON-safe form (numbers as decimal strings)."""
        return {
            "input": self.input,
            "from": value_json(self.from_value),
            "to": value_json(self.to_value),
            "boundary": None if self.boundary is None else decimal_text(self.boundary),
            "points_gained": decimal_text(self.points_gained),
            "new_score": decimal_text(self.new_score),
            "new_grade": self.new_grade,
        }


def _points(characteristic: Characteristic, values: Mapping[str, Value]) -> Decimal | None:
    found = characteristic.matcher.match(values)
    if found is None:
        return None
    attribute = characteristic.attributes[found]
    if attribute.expression is not None:
        return attribute.expression.evaluate(values)
    return attribute.points


def candidates(model: ScorecardModel, spec: InputSpec) -> list[tuple[Value, Decimal | None]]:
    """(value, boundary) pairs worth trying for ``spec`` (cached on the model)."""
    key = f"candidates:{spec.name}"
    cached = model.memo.get(key)
    if cached is not None:
        return cast(list[tuple[Value, Decimal | None]], cached)
    found: list[tuple[Value, Decimal | None]] = []
    constants = [
        value
        for index in model.by_field.get(spec.name, ())
        for attribute in model.characteristics[index].attributes
        for name, value in attribute.predicate.constants()
        if name == spec.name
    ]
    if spec.kind == "categorical":
        listed = [c.value for c in spec.choices] or sorted(
            {decimal_text(v) if isinstance(v, Decimal) else v for v in constants if v is not None}
        )
        found = [(v if spec.data_type == "string" else Decimal(v), None) for v in listed]
    else:
        step = spec.step
        seen: set[Decimal] = set()
        for boundary in sorted({v for v in constants if isinstance(v, Decimal)}):
            for value in (boundary - step, boundary, boundary + step):
                if spec.data_type == "integer" and value != value.to_integral_value():
                    continue
                if spec.valid and not any(i.contains(value) for i in spec.valid):
                    continue
                if value not in seen:
                    seen.add(value)
                    found.append((value, boundary))
        found.sort(key=lambda vb: vb[0] if isinstance(vb[0], Decimal) else Decimal(0))
    model.memo[key] = found
    return found


def improvements(model: ScorecardModel, inputs: Mapping[str, object]) -> list[Improvement]:
    """The smallest single-input changes that reach the next better grade, in input order.

    Empty when the model has no grades, the score already earns the best
    grade, or no single change is enough. Raises InputError for invalid inputs.
    """
    if model.grades is None:
        return []
    values = prepare_inputs(model, inputs, strict=False)
    result = evaluate(model, values)
    assert result.grade is not None
    target = model.grades.better(result.grade)
    if target is None or target.min_score is None:
        return []
    needed = target.min_score - result.score
    found: list[Improvement] = []
    for spec in model.inputs:
        indexes = model.by_field.get(spec.name, ())
        if not spec.adjustable or not indexes:
            continue
        current = values.get(spec.name)
        before = [result.partial_scores[i].points for i in indexes]
        best: tuple[tuple[Decimal, Decimal, int], Value, Decimal | None, Decimal] | None = None
        trial = dict(values)
        for order, (value, boundary) in enumerate(candidates(model, spec)):
            if value == current or value is None:
                continue
            trial[spec.name] = value
            after = [_points(model.characteristics[i], trial) for i in indexes]
            if any(p is None for p in after):
                continue
            gain = sum((p for p in after if p is not None), Decimal(0)) - sum(before, Decimal(0))
            if gain < needed or gain <= 0:
                continue
            if isinstance(current, Decimal) and isinstance(value, Decimal):
                rank = (abs(value - current), -gain, order)
            else:  # from missing, or a category: the fewest points; a bin edge itself first
                rank = (gain, Decimal(value != boundary and boundary is not None), order)
            if best is None or rank < best[0]:
                best = (rank, value, boundary, gain)
        if best is not None:
            _, value, boundary, gain = best
            assert value is not None
            new_score = result.score + gain
            found.append(
                Improvement(
                    input=spec.name,
                    from_value=current,
                    to_value=value,
                    boundary=boundary,
                    points_gained=gain,
                    new_score=new_score,
                    new_grade=model.grades.grade_for(new_score).code,
                )
            )
    return found
