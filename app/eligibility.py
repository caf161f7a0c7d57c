"""The bank's SME business boundary (业务边界): who may be served as an SME customer.

Limits live in ``resources/data/eligibility.json`` (in 万元): registered in the
PRC, and total assets and credit exposure (授信敞口) strictly below the limits
of the credit type — new credit (新授信) or renewal (续授信). Amounts come in
yuan, as stored on the customer. Reasons are English templates marked for
translation (context ``Eligibility``) with a params dict.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, cast

from app.customer_profile import CreditType
from app.money import format_wan, yuan_to_wan
from app.reference_data import reference_file, register_cache_of
from app.text import QT_TRANSLATE_NOOP
from resources import DATA_DIR

ELIGIBILITY_PATH = DATA_DIR / "eligibility.json"


class CheckStatus(StrEnum):
    """Outcome of one boundary check."""

    PASSED = "passed"
    FAILED = "failed"
    MISSING = "missing"


class CheckId(StrEnum):
    """The boundary checks, in the order they are reported."""

    REGISTRATION = "registration"
    TOTAL_ASSETS = "total_assets"
    EXPOSURE = "exposure"


_P, _F, _M = CheckStatus.PASSED, CheckStatus.FAILED, CheckStatus.MISSING
_NEW, _RENEWAL = CreditType.NEW, CreditType.RENEWAL

_REGISTRATION: dict[CheckStatus, str] = {
    _P: QT_TRANSLATE_NOOP("Eligibility", "Registered in the PRC"),
    _F: QT_TRANSLATE_NOOP(
        "Eligibility", "Not registered in the PRC: SME business requires PRC registration"
    ),
}

#: Reasons by (check, credit type, status); {assets}/{exposure} and {limit} in 万元.
_LIMITS: dict[tuple[CheckId, CreditType, CheckStatus], str] = {
    (CheckId.TOTAL_ASSETS, _NEW, _P): QT_TRANSLATE_NOOP(
        "Eligibility", "Total assets {assets} 万元 are below {limit} 万元 for new credit"
    ),
    (CheckId.TOTAL_ASSETS, _NEW, _F): QT_TRANSLATE_NOOP(
        "Eligibility", "Total assets {assets} 万元 must be below {limit} 万元 for new credit"
    ),
    (CheckId.TOTAL_ASSETS, _NEW, _M): QT_TRANSLATE_NOOP(
        "Eligibility", "Total assets are missing: new credit needs them below {limit} 万元"
    ),
    (CheckId.TOTAL_ASSETS, _RENEWAL, _P): QT_TRANSLATE_NOOP(
        "Eligibility", "Total assets {assets} 万元 are below {limit} 万元 for renewal"
    ),
    (CheckId.TOTAL_ASSETS, _RENEWAL, _F): QT_TRANSLATE_NOOP(
        "Eligibility", "Total assets {assets} 万元 must be below {limit} 万元 for renewal"
    ),
    (CheckId.TOTAL_ASSETS, _RENEWAL, _M): QT_TRANSLATE_NOOP(
        "Eligibility", "Total assets are missing: renewal needs them below {limit} 万元"
    ),
    (CheckId.EXPOSURE, _NEW, _P): QT_TRANSLATE_NOOP(
        "Eligibility", "Credit exposure {exposure} 万元 is below {limit} 万元 for new credit"
    ),
    (CheckId.EXPOSURE, _NEW, _F): QT_TRANSLATE_NOOP(
        "Eligibility", "Credit exposure {exposure} 万元 must be below {limit} 万元 for new credit"
    ),
    (CheckId.EXPOSURE, _NEW, _M): QT_TRANSLATE_NOOP(
        "Eligibility", "Requested exposure is missing: new credit needs it below {limit} 万元"
    ),
    (CheckId.EXPOSURE, _RENEWAL, _P): QT_TRANSLATE_NOOP(
        "Eligibility", "Credit exposure {exposure} 万元 is below {limit} 万元 for renewal"
    ),
    (CheckId.EXPOSURE, _RENEWAL, _F): QT_TRANSLATE_NOOP(
        "Eligibility", "Credit exposure {exposure} 万元 must be below {limit} 万元 for renewal"
    ),
    (CheckId.EXPOSURE, _RENEWAL, _M): QT_TRANSLATE_NOOP(
        "Eligibility", "Requested exposure is missing: renewal needs it below {limit} 万元"
    ),
}


@dataclass(frozen=True)
class CreditLimits:
    """The boundary for one credit type, in 万元 (strict upper bounds)."""

    credit_type: CreditType
    name_zh: str
    name_en: str
    total_assets_below: Decimal
    exposure_below: Decimal


@dataclass(frozen=True)
class EligibilityRules:
    """A version of the bank's SME business boundary."""

    version: str
    source: str
    requires_prc_registration: bool
    limits: tuple[CreditLimits, ...]

    def for_credit_type(self, credit_type: str) -> CreditLimits:
        """The limits for ``credit_type`` ("new" or "renewal"); ValueError otherwise."""
        for limits in self.limits:
            if limits.credit_type == credit_type:
                return limits
        raise ValueError(f"unknown credit type {credit_type!r}")


@dataclass(frozen=True)
class EligibilityCheck:
    """One boundary check: its outcome and a translatable reason."""

    id: CheckId
    status: CheckStatus
    #: English template, marked with QT_TRANSLATE_NOOP("Eligibility", ...).
    template: str
    params: Mapping[str, str] = field(default_factory=dict, hash=False)

    def text(self) -> str:
        """The reason in English."""
        return self.template.format(**self.params)


@dataclass(frozen=True)
class Eligibility:
    """Whether a customer is inside the SME boundary, and why.

    ``eligible`` is False if any check failed, None if none failed but data is
    missing, True if every check passed.
    """

    eligible: bool | None
    credit_type: CreditType
    checks: tuple[EligibilityCheck, ...]

    @property
    def failed(self) -> tuple[EligibilityCheck, ...]:
        """The checks that failed."""
        return tuple(c for c in self.checks if c.status is CheckStatus.FAILED)

    @property
    def missing(self) -> tuple[EligibilityCheck, ...]:
        """The checks that could not be made for want of data."""
        return tuple(c for c in self.checks if c.status is CheckStatus.MISSING)


def _wan(value: Any, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise ValueError(f"{where}: {value!r} is not a number")
    number = Decimal(value)
    if not number.is_finite() or number <= 0:
        raise ValueError(f"{where}: {value!r} must be a positive number")
    return number


def _load(path: Path) -> EligibilityRules:
    raw = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    limits = []
    for key, item in cast(dict[str, dict[str, Any]], raw["credit_types"]).items():
        credit_type = CreditType(key)
        limits.append(
            CreditLimits(
                credit_type=credit_type,
                name_zh=str(item["name_zh"]),
                name_en=str(item["name_en"]),
                total_assets_below=_wan(item["total_assets_below"], f"{key}.total_assets_below"),
                exposure_below=_wan(item["exposure_below"], f"{key}.exposure_below"),
            )
        )
    return EligibilityRules(
        version=str(raw["version"]),
        source=str(raw["source"]),
        requires_prc_registration=bool(raw["requires_prc_registration"]),
        limits=tuple(limits),
    )


@register_cache_of
@cache
def _default_rules() -> EligibilityRules:
    return _load(reference_file("eligibility", ELIGIBILITY_PATH))


def load_eligibility_rules(path: Path | None = None) -> EligibilityRules:
    """The rules at ``path``; the bundled ones (cached) when None."""
    return _default_rules() if path is None else _load(path)


_CENT = Decimal("0.01")


def _format_limit(value: Decimal) -> str:
    """A limit in 万元: ``20000`` → ``"20,000"``."""
    if value == value.to_integral_value():
        return f"{value.quantize(Decimal(1)):,}"
    return f"{value.normalize():,f}"


def _format_amount(amount_yuan: Decimal) -> str:
    """An amount in 万元 with two decimals, more if needed so it never rounds across a limit."""
    wan = yuan_to_wan(amount_yuan)
    if wan == wan.quantize(_CENT):
        return format_wan(amount_yuan)
    return f"{wan.normalize():,f}"


def _limit_check(
    check: CheckId,
    credit_type: CreditType,
    amount_yuan: Decimal | None,
    limit_wan: Decimal,
    name: str,
) -> EligibilityCheck:
    params = {"limit": _format_limit(limit_wan)}
    if amount_yuan is None:
        status = CheckStatus.MISSING
    else:
        if not amount_yuan.is_finite():
            raise ValueError(f"{check} must be a finite amount, not {amount_yuan}")
        params[name] = _format_amount(amount_yuan)
        status = _P if yuan_to_wan(amount_yuan) < limit_wan else _F
    return EligibilityCheck(
        check, status, _LIMITS[(check, credit_type, status)], MappingProxyType(params)
    )


def assess_eligibility(
    registered_in_prc: bool,
    credit_type: str,
    total_assets: Decimal | None,
    requested_exposure: Decimal | None,
    *,
    rules: EligibilityRules | None = None,
) -> Eligibility:
    """Check a customer against the SME boundary; amounts in YUAN.

    ``credit_type`` is "new" or "renewal" (a :class:`CreditType` works);
    anything else raises ValueError.
    """
    if rules is None:
        rules = load_eligibility_rules()
    limits = rules.for_credit_type(credit_type)
    checks: list[EligibilityCheck] = []
    if rules.requires_prc_registration:
        status = _P if registered_in_prc else _F
        checks.append(EligibilityCheck(CheckId.REGISTRATION, status, _REGISTRATION[status]))
    checks.append(
        _limit_check(
            CheckId.TOTAL_ASSETS,
            limits.credit_type,
            total_assets,
            limits.total_assets_below,
            "assets",
        )
    )
    checks.append(
        _limit_check(
            CheckId.EXPOSURE,
            limits.credit_type,
            requested_exposure,
            limits.exposure_below,
            "exposure",
        )
    )
    statuses = {c.status for c in checks}
    eligible = (
        False
        if CheckStatus.FAILED in statuses
        else None
        if CheckStatus.MISSING in statuses
        else True
    )
    return Eligibility(eligible, limits.credit_type, tuple(checks))
