"""Rating grades: score → grade → suggested terms, read from data beside the model.

A grade table lists grades from best to worst, each with the lowest score that
earns it (the worst has ``"min_score": null``: everything below). Terms are
indicative: maximum exposure in 万元, rate spread over the LPR in basis
points, maximum tenor in months and whether collateral is needed; ``null``
terms mean no new credit at that grade.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.money import WAN
from app.scoring.model import ModelError, decimal_text

_GRADE_CODE = re.compile(r"[A-Za-z0-9+\-]{1,16}\Z")
_TERMS_KEYS = ("max_exposure_wan", "rate_spread_bp", "max_tenor_months", "collateral_required")


@dataclass(frozen=True)
class Terms:
    """Indicative terms for a grade."""

    max_exposure_wan: Decimal
    rate_spread_bp: int
    max_tenor_months: int
    collateral_required: bool

    @property
    def max_exposure_yuan(self) -> Decimal:
        """The maximum exposure in yuan."""
        return self.max_exposure_wan * WAN

    def as_json(self) -> dict[str, object]:
        """JSON-safe terms (amounts as decimal strings)."""
        return {
            "max_exposure_wan": decimal_text(self.max_exposure_wan),
            "rate_spread_bp": self.rate_spread_bp,
            "max_tenor_months": self.max_tenor_months,
            "collateral_required": self.collateral_required,
        }


@dataclass(frozen=True)
class Grade:
    """A rating grade: scores from ``min_score`` up (None: any score) earn it."""

    code: str
    min_score: Decimal | None
    label_zh: str = ""
    label_en: str = ""
    terms: Terms | None = None

    def as_json(self) -> dict[str, object]:
        """JSON-safe grade with its terms."""
        return {
            "grade": self.code,
            "min_score": None if self.min_score is None else decimal_text(self.min_score),
            "label_zh": self.label_zh,
            "label_en": self.label_en,
            "terms": None if self.terms is None else self.terms.as_json(),
        }


@dataclass(frozen=True)
class GradeTable:
    """Grades from best to worst."""

    grades: tuple[Grade, ...]

    def grade_for(self, score: Decimal) -> Grade:
        """The grade ``score`` earns."""
        for grade in self.grades:
            if grade.min_score is None or score >= grade.min_score:
                return grade
        return self.grades[-1]  # unreachable: the worst grade has no minimum

    def better(self, grade: Grade) -> Grade | None:
        """The next better grade than ``grade`` (None for the best)."""
        index = self.grades.index(grade)
        return self.grades[index - 1] if index > 0 else None

    def get(self, code: str) -> Grade | None:
        """The grade called ``code``, if any."""
        return next((g for g in self.grades if g.code == code), None)


def _decimal(value: Any, path: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, Decimal | int | float | str):
        raise ModelError("must be a number (or a number as text)", path)
    if isinstance(value, float):
        value = repr(value)  # the shortest text that reads back as this float
    try:
        number = Decimal(value.strip() if isinstance(value, str) else value)
    except ArithmeticError:
        raise ModelError(f"{value!r} is not a number", path) from None
    if not number.is_finite():
        raise ModelError(f"{value!r} is not a finite number", path)
    return number


def _whole(value: Any, path: str, minimum: int = 0) -> int:
    number = _decimal(value, path)
    if number != number.to_integral_value() or number < minimum:
        raise ModelError(f"must be a whole number, at least {minimum}", path)
    return int(number)


def _text(item: Mapping[str, Any], key: str, path: str) -> str:
    value = item.get(key, "")
    if not isinstance(value, str):
        raise ModelError("must be text", f"{path}.{key}")
    return value


def _terms(raw: Any, path: str) -> Terms | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        raise ModelError("must be an object or null", path)
    for key in _TERMS_KEYS:
        if key not in raw:
            raise ModelError(f"{key!r} is required", path)
    unknown = sorted(set(raw) - set(_TERMS_KEYS))
    if unknown:
        raise ModelError(f"unknown key {unknown[0]!r}", path)
    exposure = _decimal(raw["max_exposure_wan"], f"{path}.max_exposure_wan")
    if exposure < 0:
        raise ModelError("must be 0 or more", f"{path}.max_exposure_wan")
    spread = _decimal(raw["rate_spread_bp"], f"{path}.rate_spread_bp")
    if spread != spread.to_integral_value():
        raise ModelError("must be a whole number of basis points", f"{path}.rate_spread_bp")
    collateral = raw["collateral_required"]
    if not isinstance(collateral, bool):
        raise ModelError("must be true or false", f"{path}.collateral_required")
    return Terms(
        max_exposure_wan=exposure,
        rate_spread_bp=int(spread),
        max_tenor_months=_whole(raw["max_tenor_months"], f"{path}.max_tenor_months", 1),
        collateral_required=collateral,
    )


def parse_grades(raw: Any, path: str = "$.grades") -> GradeTable:
    """A grade table from its JSON form (a list of grades, best first).

    Raises :class:`ModelError` naming the JSON path of what is wrong.
    """
    if not isinstance(raw, list) or not raw:
        raise ModelError("must be a non-empty list of grades, best first", path)
    grades: list[Grade] = []
    seen: set[str] = set()
    previous: Decimal | None = None
    for index, item in enumerate(raw):
        where = f"{path}[{index}]"
        if not isinstance(item, dict):
            raise ModelError("must be an object", where)
        code = item.get("grade")
        if not isinstance(code, str) or not _GRADE_CODE.match(code):
            raise ModelError("'grade' must be a short code such as 'AA' or 'B1'", where)
        if code in seen:
            raise ModelError(f"grade {code!r} is listed twice", f"{where}.grade")
        seen.add(code)
        last = index == len(raw) - 1
        if "min_score" not in item:
            raise ModelError("'min_score' is required (null for the worst grade)", where)
        raw_min = item["min_score"]
        if raw_min is None:
            if not last:
                raise ModelError("only the worst (last) grade may have no minimum", where)
            minimum = None
        else:
            minimum = _decimal(raw_min, f"{where}.min_score")
            if previous is not None and minimum >= previous:
                raise ModelError("grades must be listed best first: minimums falling", where)
            if last:
                raise ModelError("the worst (last) grade needs 'min_score': null", where)
            previous = minimum
        unknown = sorted(set(item) - {"grade", "min_score", "label_zh", "label_en", "terms"})
        if unknown:
            raise ModelError(f"unknown key {unknown[0]!r}", where)
        grades.append(
            Grade(
                code=code,
                min_score=minimum,
                label_zh=_text(item, "label_zh", where),
                label_en=_text(item, "label_en", where),
                terms=_terms(item.get("terms"), f"{where}.terms"),
            )
        )
    return GradeTable(tuple(grades))
