"""Scorecard models as the engine sees them, whatever file they came from.

A :class:`ScorecardModel` has input fields (:class:`InputSpec`: what the form
asks, with labels, units and help), characteristics (each a list of
:class:`Attribute` bins: a predicate and the points it scores), reason codes
with plain-language explanations and, optionally, a grade table. Everything is
``Decimal``; an input value is ``Decimal`` (numeric), ``str`` (categorical) or
``None`` (missing).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

from app.scoring.matching import Matcher
from app.scoring.predicates import Expression, Predicate

if TYPE_CHECKING:
    from app.scoring.grades import GradeTable

#: A prepared input value: a number, a category, or missing.
Value = Decimal | str | None

InputKind = Literal["numeric", "categorical"]
DataType = Literal["double", "integer", "string"]
Source = Literal["ratio", "customer", "form"]
InvalidTreatment = Literal["returnInvalid", "asMissing", "asIs", "asValue"]
ReasonCodeAlgorithm = Literal["pointsBelow", "pointsAbove"]

BASELINE_METHODS = ("max", "min", "mean", "neutral", "other")


class ModelError(ValueError):
    """A model file is malformed or uses what the engine does not support.

    ``where`` names the place: ``"SimplePredicate at line 37"`` for PMML,
    ``"$.characteristics[2].bins[0].range"`` for our JSON format.
    """

    def __init__(self, message: str, where: str = "") -> None:
        super().__init__(f"{where}: {message}" if where else message)
        self.message = message
        self.where = where


class ScoringError(ValueError):
    """The model cannot score these inputs (no bin matched, or not scorable)."""


@dataclass(frozen=True)
class InputProblem:
    """One thing wrong with one input, worded by ``template`` (context ``"Scoring"``)."""

    field: str
    code: str
    template: str
    params: dict[str, str] = dataclasses.field(default_factory=dict, hash=False)

    def text(self) -> str:
        """The English message, placeholders filled in."""
        return self.template.format(**self.params)

    def as_json(self) -> dict[str, object]:
        """``{"field", "code", "message", "params"}``."""
        return {"field": self.field, "code": self.code, "message": self.text(), **self.params}


class InputError(ValueError):
    """Some inputs are invalid for the model: ``problems`` say which."""

    def __init__(self, problems: list[InputProblem]) -> None:
        super().__init__("; ".join(f"{p.field}: {p.text()}" for p in problems))
        self.problems = problems


def decimal_text(value: Decimal) -> str:
    """``value`` as plain text without exponent or trailing zeros: ``29``, ``0.5``."""
    if value == 0:
        return "0"
    text = format(value.normalize(), "f")
    return text


def parse_decimal(text: str) -> Decimal | None:
    """``text`` as a finite Decimal, or None when it is not a number."""
    try:
        number = Decimal(text.strip())
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


@dataclass(frozen=True)
class Interval:
    """A numeric range; ``None`` for an open (infinite) end."""

    low: Decimal | None = None
    high: Decimal | None = None
    low_closed: bool = False
    high_closed: bool = False

    def contains(self, value: Decimal) -> bool:
        """Whether ``value`` lies in the range."""
        if self.low is not None and (
            value < self.low or (value == self.low and not self.low_closed)
        ):
            return False
        return not (
            self.high is not None
            and (value > self.high or (value == self.high and not self.high_closed))
        )

    def text(self) -> str:
        """Interval notation: ``[40, 60)``, ``(-∞, 18]``."""
        left = "[" if self.low_closed and self.low is not None else "("
        right = "]" if self.high_closed and self.high is not None else ")"
        low = "-∞" if self.low is None else decimal_text(self.low)
        high = "+∞" if self.high is None else decimal_text(self.high)
        return f"{left}{low}, {high}{right}"


@dataclass(frozen=True)
class Choice:
    """An allowed value of a categorical input, with its labels."""

    value: str
    label_zh: str = ""
    label_en: str = ""


@dataclass(frozen=True)
class InputSpec:
    """One input field of a model: what the form asks and how values are checked.

    ``source`` says where the value comes from: ``"ratio"`` (computed from the
    financial statements, named like the ratio), ``"customer"`` (derived from
    the customer profile, see ``derive``) or ``"form"`` (the RM enters it).
    ``valid`` lists the valid numeric ranges (empty: any number); ``choices``
    the allowed categories (empty: any text). ``decimals`` is the precision
    the form shows; ``adjustable`` False means the customer cannot change it
    (e.g. years in business), so "what would move the grade" skips it.
    """

    name: str
    kind: InputKind
    data_type: DataType
    label_zh: str = ""
    label_en: str = ""
    unit: str = ""
    help_zh: str = ""
    help_en: str = ""
    source: Source = "form"
    choices: tuple[Choice, ...] = ()
    valid: tuple[Interval, ...] = ()
    decimals: int | None = None
    adjustable: bool = True
    missing_values: frozenset[str] = frozenset()
    missing_replacement: Value = None
    invalid_treatment: InvalidTreatment = "returnInvalid"
    invalid_replacement: Value = None
    derive: Mapping[str, object] | None = None

    @property
    def minimum(self) -> Decimal | None:
        """The lowest valid value, if bounded."""
        return self.valid[0].low if self.valid else None

    @property
    def maximum(self) -> Decimal | None:
        """The highest valid value, if bounded."""
        return self.valid[-1].high if self.valid else None

    @property
    def step(self) -> Decimal:
        """The smallest change the form can express (``1`` for whole numbers)."""
        if self.data_type == "integer":
            return Decimal(1)
        return Decimal(1).scaleb(-(self.decimals if self.decimals is not None else 2))

    def choice(self, value: str) -> Choice | None:
        """The choice with ``value``, if listed."""
        return next((c for c in self.choices if c.value == value), None)


@dataclass(frozen=True)
class Attribute:
    """One bin of a characteristic: when ``predicate`` holds it scores ``points``.

    ``expression`` (PMML ``ComplexPartialScore``) computes the points instead.
    ``reason_code`` overrides the characteristic's. ``label_zh``/``label_en``
    describe the bin for people (generated when the file gives none).
    """

    predicate: Predicate
    points: Decimal | None
    expression: Expression | None = None
    reason_code: str | None = None
    label_zh: str = ""
    label_en: str = ""
    where: str = ""


@dataclass(frozen=True)
class Characteristic:
    """A scored characteristic: the first attribute whose predicate is true applies."""

    name: str
    attributes: tuple[Attribute, ...]
    baseline: Decimal | None = None
    reason_code: str | None = None
    label_zh: str = ""
    label_en: str = ""
    description: str = ""
    where: str = ""
    matcher: Matcher = field(init=False, repr=False, compare=False)
    #: The fields it reads, sorted.
    field_names: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        matcher = Matcher([a.predicate for a in self.attributes])
        object.__setattr__(self, "matcher", matcher)
        object.__setattr__(self, "field_names", tuple(sorted(matcher.fields)))

    @property
    def fields(self) -> frozenset[str]:
        """The input fields this characteristic reads."""
        return self.matcher.fields


@dataclass(frozen=True)
class ReasonText:
    """What a reason code means, in plain words."""

    code: str
    text_zh: str = ""
    text_en: str = ""


@dataclass(frozen=True)
class OutputField:
    """A PMML ``OutputField``: the score (``predictedValue``) or the reason code of ``rank``."""

    name: str
    feature: Literal["predictedValue", "reasonCode"]
    rank: int = 1


@dataclass(frozen=True)
class ScorecardModel:
    """A versioned scorecard, ready to score (see :mod:`app.scoring.engine`)."""

    id: str
    version: str
    inputs: tuple[InputSpec, ...]
    characteristics: tuple[Characteristic, ...]
    initial_score: Decimal = Decimal(0)
    use_reason_codes: bool = True
    reason_code_algorithm: ReasonCodeAlgorithm = "pointsBelow"
    baseline_method: str = "other"
    baseline_score: Decimal | None = None
    reason_texts: Mapping[str, ReasonText] = field(default_factory=dict)
    grades: GradeTable | None = None
    outputs: tuple[OutputField, ...] = ()
    is_scorable: bool = True
    name_zh: str = ""
    name_en: str = ""
    description: str = ""
    #: Names a data file may give that are not inputs (PMML supplementary/target fields).
    ignored_fields: frozenset[str] = frozenset()
    source_path: str = ""
    by_field: Mapping[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)
    input_by_name: Mapping[str, InputSpec] = field(init=False, repr=False, compare=False)
    #: Derived data cached by helpers (e.g. improvement candidates); not part of the model.
    memo: dict[str, object] = field(default_factory=dict, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        by_field: dict[str, list[int]] = {}
        for index, characteristic in enumerate(self.characteristics):
            for name in characteristic.fields:
                by_field.setdefault(name, []).append(index)
        object.__setattr__(
            self, "by_field", MappingProxyType({k: tuple(v) for k, v in by_field.items()})
        )
        object.__setattr__(
            self, "input_by_name", MappingProxyType({spec.name: spec for spec in self.inputs})
        )

    def input(self, name: str) -> InputSpec:
        """The input called ``name`` (KeyError if the model has none)."""
        return self.input_by_name[name]

    def baseline_of(self, characteristic: Characteristic) -> Decimal | None:
        """The characteristic's baseline score, else the scorecard's."""
        if characteristic.baseline is not None:
            return characteristic.baseline
        return self.baseline_score

    def reason_text(self, code: str) -> ReasonText:
        """The explanation of ``code`` (the bare code when the model gives none)."""
        return self.reason_texts.get(code) or ReasonText(code)

    def inputs_from(self, source: Source) -> tuple[InputSpec, ...]:
        """The inputs whose values come from ``source``."""
        return tuple(spec for spec in self.inputs if spec.source == source)
