"""When a checklist item applies, and whether a document is still valid.

Both are data in ``resources/data/checklists.json``; this module only applies them.

Conditions are small JSON objects with exactly one key (an empty or null
condition always holds):

- ``{"product_in": ["bill_discounting", ...]}`` — the product is one of these;
- ``{"product_tag": "supply_chain"}`` — the product carries the tag;
- ``{"collateral_in": ["property", ...]}`` — the collateral offered is one of these;
- ``{"credit_type": "renewal"}`` — new credit (新授信) or renewal (续授信);
- ``{"company_age_months_lt": 24}`` — registered fewer than n full calendar months ago;
- ``{"amount_gte_wan": "500"}`` — the amount applied for is at least this many 万元;
- ``{"all": [...]}``, ``{"any": [...]}``, ``{"not": {...}}``.

An unknown company age or amount makes its comparison HOLD: the checklist asks
for the extra document rather than miss it. ``not`` simply negates, so
``{"not": {"company_age_months_lt": 24}}`` does not hold for an unknown age.

Validity rules: ``{"max_age_months": n}`` — the document's date (``issued_on``)
plus n calendar months (day clamped to the month's end) is the day it stops
being valid; ``{"not_expired": true}`` — valid through ``expires_on``, which
may be left empty for a long-term (长期) document when ``"allow_no_expiry": true``.
Rules combine: every part must hold. Reasons are English templates marked for
translation (context ``Validity``) with a params dict.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from app.customer_profile import CreditType
from app.money import WAN
from app.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.catalogue import Product

#: The condition keys and what each takes.
LEAF_KEYS = frozenset(
    {
        "product_in",
        "product_tag",
        "collateral_in",
        "credit_type",
        "company_age_months_lt",
        "amount_gte_wan",
    }
)
COMBINATOR_KEYS = frozenset({"all", "any", "not"})
CONDITION_KEYS = LEAF_KEYS | COMBINATOR_KEYS
VALIDITY_KEYS = frozenset({"max_age_months", "not_expired", "allow_no_expiry"})

Condition = Mapping[str, Any]


@dataclass(frozen=True)
class Facts:
    """What a condition may test about one application."""

    product_code: str
    product_tags: frozenset[str]
    collateral_type: str
    credit_type: CreditType
    #: Full calendar months since registration; None when unknown.
    company_age_months: int | None
    #: Amount applied for, in yuan; None when not yet known.
    amount: Decimal | None


# --- month arithmetic -------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """``day`` plus ``months`` calendar months, clamped to the month's end (08-31 + 6 → 02-28)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def company_age_months(registration_date: date | None, today: date) -> int | None:
    """Full calendar months from ``registration_date`` to ``today``; None if unknown.

    Consistent with :func:`add_months`: the age is n once ``add_months(reg, n) <= today``.
    A registration date in the future counts as 0.
    """
    if registration_date is None:
        return None
    months = (today.year - registration_date.year) * 12 + today.month - registration_date.month
    while months > 0 and add_months(registration_date, months) > today:
        months -= 1
    return max(months, 0)


def facts_for(
    product: Product,
    collateral_type: str,
    credit_type: str,
    registration_date: date | None,
    today: date,
    amount: Decimal | None,
) -> Facts:
    """The facts of an application for ``product``; ``amount`` in YUAN.

    ValueError if the product does not accept ``collateral_type`` ("none" for
    unsecured), the credit type is not "new"/"renewal", or the amount is not a
    non-negative finite number.
    """
    if collateral_type not in product.collateral_types:
        accepted = ", ".join(product.collateral_types)
        raise ValueError(
            f"product {product.code!r} does not accept collateral {collateral_type!r} "
            f"(accepted: {accepted})"
        )
    try:
        credit = CreditType(credit_type)
    except ValueError:
        raise ValueError(f"unknown credit type {credit_type!r}: use 'new' or 'renewal'") from None
    if amount is not None and (not amount.is_finite() or amount < 0):
        raise ValueError(f"amount must be a non-negative finite number, not {amount}")
    return Facts(
        product_code=product.code,
        product_tags=frozenset(product.tags),
        collateral_type=collateral_type,
        credit_type=credit,
        company_age_months=company_age_months(registration_date, today),
        amount=amount,
    )


# --- conditions -------------------------------------------------------------


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if (
        isinstance(value, str)
        or not isinstance(value, Sequence)
        or not value
        or not all(isinstance(v, str) and v for v in value)
    ):
        raise ValueError(f"{where}: expected a non-empty list of strings, not {value!r}")
    return tuple(value)


def _wan(value: Any, where: str) -> Decimal:
    if not isinstance(value, str):
        raise ValueError(f"{where}: expected an amount in 万元 as a string, not {value!r}")
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"{where}: {value!r} is not an amount in 万元") from None
    if not number.is_finite() or number < 0:
        raise ValueError(f"{where}: {value!r} must be a non-negative amount in 万元")
    return number


def _months(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{where}: expected a whole number of months ≥ 1, not {value!r}")
    return value


def validate_condition(condition: Any, where: str = "condition") -> None:
    """ValueError, naming ``where``, unless ``condition`` is null or well formed."""
    if condition is None:
        return
    if not isinstance(condition, Mapping):
        raise ValueError(f"{where}: a condition is an object, not {condition!r}")
    if not condition:
        return
    if len(condition) != 1:
        raise ValueError(f"{where}: a condition has exactly one key, not {sorted(condition)}")
    ((key, value),) = condition.items()
    here = f"{where}.{key}"
    if key not in CONDITION_KEYS:
        known = ", ".join(sorted(CONDITION_KEYS))
        raise ValueError(f"{where}: unknown condition key {key!r} (known: {known})")
    if key in ("all", "any"):
        if isinstance(value, str | Mapping) or not isinstance(value, Sequence) or not value:
            raise ValueError(f"{here}: expected a non-empty list of conditions")
        for index, part in enumerate(value):
            if part is None:
                raise ValueError(f"{here}[{index}]: null is not a condition")
            validate_condition(part, f"{here}[{index}]")
    elif key == "not":
        if not isinstance(value, Mapping) or not value:
            raise ValueError(f"{here}: expected a condition object")
        validate_condition(value, here)
    elif key in ("product_in", "collateral_in"):
        _strings(value, here)
    elif key == "product_tag":
        if not isinstance(value, str) or not value:
            raise ValueError(f"{here}: expected a tag, not {value!r}")
    elif key == "credit_type":
        if value not in {c.value for c in CreditType}:
            raise ValueError(f"{here}: expected 'new' or 'renewal', not {value!r}")
    elif key == "company_age_months_lt":
        _months(value, here)
    else:  # amount_gte_wan
        _wan(value, here)


def condition_leaves(condition: Condition | None) -> Iterator[tuple[str, Any]]:
    """Every (key, value) test inside a (valid) condition, through all/any/not."""
    if not condition:
        return
    ((key, value),) = condition.items()
    if key in ("all", "any"):
        for part in value:
            yield from condition_leaves(part)
    elif key == "not":
        yield from condition_leaves(value)
    else:
        yield key, value


def evaluate_condition(condition: Condition | None, facts: Facts) -> bool:
    """Whether ``condition`` holds for ``facts``; null or ``{}`` always holds.

    Unknown age or amount makes their comparison hold (ask for the document).
    ValueError if the condition is malformed.
    """
    validate_condition(condition)
    return _evaluate(condition, facts)


def _evaluate(condition: Condition | None, facts: Facts) -> bool:
    if not condition:
        return True
    ((key, value),) = condition.items()
    if key == "all":
        return all(_evaluate(part, facts) for part in value)
    if key == "any":
        return any(_evaluate(part, facts) for part in value)
    if key == "not":
        return not _evaluate(value, facts)
    if key == "product_in":
        return facts.product_code in value
    if key == "product_tag":
        return value in facts.product_tags
    if key == "collateral_in":
        return facts.collateral_type in value
    if key == "credit_type":
        return bool(facts.credit_type == value)
    if key == "company_age_months_lt":
        return facts.company_age_months is None or facts.company_age_months < value
    # amount_gte_wan
    return facts.amount is None or facts.amount >= Decimal(value) * WAN


# --- validity ---------------------------------------------------------------

_NO_RULE = QT_TRANSLATE_NOOP("Validity", "No dates to check")
_ENTER_DATE = QT_TRANSLATE_NOOP("Validity", "Enter the document's date")
_FUTURE_DATE = QT_TRANSLATE_NOOP("Validity", "The document's date {issued_on} is after today")
_FRESH = QT_TRANSLATE_NOOP(
    "Validity", "Dated {issued_on}: usable for {months} months, through {last_day}"
)
_TOO_OLD = QT_TRANSLATE_NOOP(
    "Validity", "Dated {issued_on}: older than {months} months since {valid_until}"
)
_ENTER_EXPIRY = QT_TRANSLATE_NOOP("Validity", "Enter the expiry date")
_LONG_TERM = QT_TRANSLATE_NOOP("Validity", "Long-term: no expiry date")
_NOT_EXPIRED = QT_TRANSLATE_NOOP("Validity", "Valid through {expires_on}")
_EXPIRED = QT_TRANSLATE_NOOP("Validity", "Expired: it was valid through {expires_on}")


@dataclass(frozen=True)
class ValidityRule:
    """How long a document stays valid; see the module docstring."""

    max_age_months: int | None = None
    not_expired: bool = False
    allow_no_expiry: bool = False

    @property
    def needs_issue_date(self) -> bool:
        """Whether the RM must enter the document's date."""
        return self.max_age_months is not None

    @property
    def needs_expiry_date(self) -> bool:
        """Whether the RM must enter an expiry date (unless long-term is allowed)."""
        return self.not_expired


def parse_validity_rule(raw: Any, where: str = "validity") -> ValidityRule | None:
    """A rule from its JSON form (None for null); ValueError, naming ``where``, if malformed."""
    if raw is None:
        return None
    if isinstance(raw, ValidityRule):
        return raw
    if not isinstance(raw, Mapping) or not raw:
        raise ValueError(f"{where}: a validity rule is a non-empty object or null, not {raw!r}")
    unknown = set(raw) - VALIDITY_KEYS
    if unknown:
        known = ", ".join(sorted(VALIDITY_KEYS))
        raise ValueError(f"{where}: unknown validity key {sorted(unknown)} (known: {known})")
    for key in ("not_expired", "allow_no_expiry"):
        if key in raw and not isinstance(raw[key], bool):
            raise ValueError(f"{where}.{key}: expected true or false, not {raw[key]!r}")
    max_age = raw.get("max_age_months")
    rule = ValidityRule(
        max_age_months=None if max_age is None else _months(max_age, f"{where}.max_age_months"),
        not_expired=bool(raw.get("not_expired", False)),
        allow_no_expiry=bool(raw.get("allow_no_expiry", False)),
    )
    if rule.allow_no_expiry and not rule.not_expired:
        raise ValueError(f"{where}: allow_no_expiry needs not_expired")
    if not rule.needs_issue_date and not rule.needs_expiry_date:
        raise ValueError(f"{where}: the rule checks nothing (use null)")
    return rule


@dataclass(frozen=True)
class Validity:
    """Whether a document is valid today, why, and when it stops being valid."""

    ok: bool
    #: English template, marked with QT_TRANSLATE_NOOP("Validity", ...).
    template: str
    #: Values for the template's placeholders (dates in ISO form).
    params: Mapping[str, str] = field(default_factory=dict, hash=False)
    #: The first day the document is no longer valid (the earliest over the
    #: rule's parts); None if nothing lapses (long-term, no rule) or no date
    #: to count from was given.
    valid_until: date | None = None

    def text(self) -> str:
        """The reason in English."""
        return self.template.format(**self.params)


@dataclass(frozen=True)
class _Part:
    ok: bool
    template: str
    params: dict[str, str]
    valid_until: date | None


def _age_part(months: int, issued_on: date | None, today: date) -> _Part:
    if issued_on is None:
        return _Part(False, _ENTER_DATE, {}, None)
    params = {"issued_on": issued_on.isoformat(), "months": str(months)}
    if issued_on > today:
        return _Part(False, _FUTURE_DATE, params, None)
    until = add_months(issued_on, months)
    params["valid_until"] = until.isoformat()
    params["last_day"] = (until - timedelta(days=1)).isoformat()
    fresh = today < until
    return _Part(fresh, _FRESH if fresh else _TOO_OLD, params, until)


def _expiry_part(allow_no_expiry: bool, expires_on: date | None, today: date) -> _Part:
    if expires_on is None:
        if allow_no_expiry:
            return _Part(True, _LONG_TERM, {}, None)
        return _Part(False, _ENTER_EXPIRY, {}, None)
    params = {"expires_on": expires_on.isoformat()}
    valid = today <= expires_on
    return _Part(valid, _NOT_EXPIRED if valid else _EXPIRED, params, expires_on + timedelta(days=1))


def check_validity(
    rule: ValidityRule | Mapping[str, Any] | None,
    issued_on: date | None,
    expires_on: date | None,
    today: date,
) -> Validity:
    """Check a document's dates against ``rule`` (a :class:`ValidityRule` or its JSON form).

    ``issued_on`` is the document's date (statement date, valuation date …),
    ``expires_on`` the last day it is valid. The reason is that of the first
    failing part, else of the part that lapses first.
    """
    parsed = parse_validity_rule(rule)
    if parsed is None:
        return Validity(True, _NO_RULE, MappingProxyType({}), None)
    parts: list[_Part] = []
    if parsed.max_age_months is not None:
        parts.append(_age_part(parsed.max_age_months, issued_on, today))
    if parsed.not_expired:
        parts.append(_expiry_part(parsed.allow_no_expiry, expires_on, today))
    failed = [p for p in parts if not p.ok]
    untils = [p.valid_until for p in parts if p.valid_until is not None]
    valid_until = min(untils) if untils else None
    shown = failed[0] if failed else min(parts, key=lambda p: p.valid_until or date.max)
    params: dict[str, str] = {}
    for part in parts:
        params.update(part.params)
    return Validity(not failed, shown.template, MappingProxyType(params), valid_until)
