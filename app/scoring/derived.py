"""Inputs filled automatically: ratios from statements, facts from the customer profile.

An input with ``"source": "customer"`` names its rule in ``derive``:

* ``{"rule": "years_since_registration"}``: completed years since the
  customer's registration date (成立年限);
* ``{"rule": "industry_section", "map": {"C": "medium", …}, "default": "medium"}``:
  the GB/T 4754 section (门类) of the customer's industry code looked up in
  ``map`` (``default`` for sections not listed; ``null`` leaves it missing).

Inputs with ``"source": "ratio"`` are named like a ratio of
:mod:`app.scoring.ratios`. Form inputs are never filled here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from app.industries import section_of
from app.scoring.model import InputSpec, ModelError, ScorecardModel, Value
from app.scoring.ratios import RATIOS, Statement, compute_ratios

DERIVE_RULES = ("years_since_registration", "industry_section")
_SECTIONS = frozenset("ABCDEFGHIJKLMNOPQRST")


@dataclass(frozen=True)
class CustomerFacts:
    """What derived inputs read from the customer profile."""

    registration_date: date | None = None
    industry_code: str | None = None


def check_derive(raw: Any, kind: str, choices: frozenset[str], path: str) -> dict[str, Any]:
    """A ``derive`` rule from the model file, checked (ModelError naming ``path``)."""
    if not isinstance(raw, dict):
        raise ModelError("a customer input needs 'derive': {\"rule\": ...}", path)
    rule = raw.get("rule")
    if rule not in DERIVE_RULES:
        raise ModelError(f"'rule' must be one of: {', '.join(DERIVE_RULES)}", f"{path}.rule")
    if rule == "years_since_registration":
        if kind != "numeric":
            raise ModelError("years_since_registration gives a number: use kind numeric", path)
        if set(raw) != {"rule"}:
            raise ModelError("years_since_registration takes no other keys", path)
        return dict(raw)
    if kind != "categorical":
        raise ModelError("industry_section gives a category: use kind categorical", path)
    mapping = raw.get("map")
    if not isinstance(mapping, dict) or not mapping:
        raise ModelError("'map' must map section letters to values", f"{path}.map")
    for section, value in mapping.items():
        if section not in _SECTIONS:
            raise ModelError(f"{section!r} is not a GB/T 4754 section (A-T)", f"{path}.map")
        if value not in choices:
            raise ModelError(
                f"{value!r} is not one of the input's choices", f"{path}.map.{section}"
            )
    default = raw.get("default")
    if default is not None and default not in choices:
        raise ModelError(f"{default!r} is not one of the input's choices", f"{path}.default")
    unknown = set(raw) - {"rule", "map", "default"}
    if unknown:
        raise ModelError(f"unknown key {sorted(unknown)[0]!r}", path)
    return dict(raw)


def completed_years(start: date, today: date) -> int | None:
    """Whole years from ``start`` to ``today`` (None when ``start`` is in the future)."""
    if start > today:
        return None
    return today.year - start.year - ((today.month, today.day) < (start.month, start.day))


def derive_value(spec: InputSpec, facts: CustomerFacts, today: date) -> Value:
    """The value of a customer-derived input for ``facts`` (None when unknown)."""
    rule = spec.derive or {}
    if rule.get("rule") == "years_since_registration":
        if facts.registration_date is None:
            return None
        years = completed_years(facts.registration_date, today)
        return None if years is None else Decimal(years)
    if rule.get("rule") == "industry_section":
        section = None if not facts.industry_code else section_of(facts.industry_code)
        if section is None:
            return None
        mapping: Mapping[str, str] = rule.get("map", {})  # type: ignore[assignment]
        found = mapping.get(section, rule.get("default"))
        return found if isinstance(found, str) else None
    return None


def customer_inputs(model: ScorecardModel, facts: CustomerFacts, today: date) -> dict[str, Value]:
    """The model's customer-derived inputs."""
    return {spec.name: derive_value(spec, facts, today) for spec in model.inputs_from("customer")}


def ratio_inputs(model: ScorecardModel, statements: Sequence[Statement]) -> dict[str, Value]:
    """The model's ratio inputs from ``statements`` (missing when they cannot be computed)."""
    specs = [s for s in model.inputs_from("ratio") if s.name in RATIOS]
    if not specs:
        return {}
    ratios = compute_ratios(statements)
    return {spec.name: ratios[spec.name] for spec in specs}


def automatic_inputs(
    model: ScorecardModel, facts: CustomerFacts, statements: Sequence[Statement], today: date
) -> dict[str, Value]:
    """Every input the model fills itself: ratios and customer facts (not the form)."""
    return {**ratio_inputs(model, statements), **customer_inputs(model, facts, today)}
