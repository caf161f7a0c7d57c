"""The bank's SME business boundary (业务边界), checked at every limit."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from app.customer_profile import CreditType
from app.eligibility import (
    ELIGIBILITY_PATH,
    CheckId,
    CheckStatus,
    assess_eligibility,
    load_eligibility_rules,
)

YI = Decimal(100_000_000)  # 亿元 in yuan
WAN = Decimal(10_000)
FEN = Decimal("0.01")
SMALL_EXPOSURE = Decimal(1_000_000)
SMALL_ASSETS = Decimal(10_000_000)

#: credit type → (total assets limit, exposure limit), in yuan, from the bank's model.
LIMITS = {
    "new": (2 * YI, 5000 * WAN),
    "renewal": (5 * YI, 1 * YI),
}


def statuses(credit_type: str, assets: Decimal | None, exposure: Decimal | None) -> dict[str, str]:
    result = assess_eligibility(True, credit_type, assets, exposure)
    return {check.id.value: check.status.value for check in result.checks}


@pytest.mark.parametrize("credit_type", ["new", "renewal"])
def test_total_assets_boundary(credit_type: str) -> None:
    limit, _ = LIMITS[credit_type]
    below = assess_eligibility(True, credit_type, limit - FEN, SMALL_EXPOSURE)
    assert below.eligible is True
    at = assess_eligibility(True, credit_type, limit, SMALL_EXPOSURE)
    assert at.eligible is False
    assert [c.id for c in at.failed] == [CheckId.TOTAL_ASSETS]


@pytest.mark.parametrize("credit_type", ["new", "renewal"])
def test_exposure_boundary(credit_type: str) -> None:
    _, limit = LIMITS[credit_type]
    assert assess_eligibility(True, credit_type, SMALL_ASSETS, limit - FEN).eligible is True
    at = assess_eligibility(True, credit_type, SMALL_ASSETS, limit)
    assert at.eligible is False
    assert [c.id for c in at.failed] == [CheckId.EXPOSURE]


def test_renewal_allows_what_new_credit_does_not() -> None:
    assets, exposure = 3 * YI, 8000 * WAN
    assert assess_eligibility(True, "new", assets, exposure).eligible is False
    assert assess_eligibility(True, "renewal", assets, exposure).eligible is True
    assert statuses("new", assets, exposure) == {
        "registration": "passed",
        "total_assets": "failed",
        "exposure": "failed",
    }


def test_must_be_registered_in_the_prc() -> None:
    result = assess_eligibility(False, "new", SMALL_ASSETS, SMALL_EXPOSURE)
    assert result.eligible is False
    assert [c.id for c in result.failed] == [CheckId.REGISTRATION]
    assert result.failed[0].text() == (
        "Not registered in the PRC: SME business requires PRC registration"
    )
    ok = assess_eligibility(True, "new", SMALL_ASSETS, SMALL_EXPOSURE)
    assert ok.checks[0].text() == "Registered in the PRC"


def test_missing_data_leaves_the_answer_open() -> None:
    result = assess_eligibility(True, "new", None, SMALL_EXPOSURE)
    assert result.eligible is None
    assert [c.id for c in result.missing] == [CheckId.TOTAL_ASSETS]
    assert result.missing[0].text() == (
        "Total assets are missing: new credit needs them below 20,000 万元"
    )
    both = assess_eligibility(True, "renewal", None, None)
    assert both.eligible is None
    assert [c.status for c in both.checks] == [
        CheckStatus.PASSED,
        CheckStatus.MISSING,
        CheckStatus.MISSING,
    ]
    assert both.checks[2].text() == (
        "Requested exposure is missing: renewal needs it below 10,000 万元"
    )


def test_a_failure_decides_even_with_data_missing() -> None:
    assert assess_eligibility(False, "new", None, None).eligible is False
    assert assess_eligibility(True, "new", 2 * YI, None).eligible is False


def test_reasons_are_templates_with_params_in_wan() -> None:
    result = assess_eligibility(True, "new", 2 * YI, 4000 * WAN)
    assets, exposure = result.checks[1], result.checks[2]
    assert assets.template == "Total assets {assets} 万元 must be below {limit} 万元 for new credit"
    assert assets.params == {"assets": "20,000.00", "limit": "20,000"}
    assert assets.text() == "Total assets 20,000.00 万元 must be below 20,000 万元 for new credit"
    assert exposure.text() == ("Credit exposure 4,000.00 万元 is below 5,000 万元 for new credit")
    renewal = assess_eligibility(True, "renewal", 5 * YI + 1, 1 * YI)
    assert renewal.checks[1].text() == (
        "Total assets 50,000.0001 万元 must be below 50,000 万元 for renewal"
    )
    assert renewal.checks[2].text() == (
        "Credit exposure 10,000.00 万元 must be below 10,000 万元 for renewal"
    )


def test_shown_amounts_never_round_across_the_limit() -> None:
    result = assess_eligibility(True, "new", SMALL_ASSETS, 5000 * WAN - FEN)
    assert result.eligible is True
    assert result.checks[2].params["exposure"] == "4,999.999999"


def test_credit_type_accepts_the_enum_and_rejects_others() -> None:
    result = assess_eligibility(True, CreditType.RENEWAL, SMALL_ASSETS, SMALL_EXPOSURE)
    assert result.credit_type is CreditType.RENEWAL
    with pytest.raises(ValueError):
        assess_eligibility(True, "bridge", SMALL_ASSETS, SMALL_EXPOSURE)


def test_rules_are_data(tmp_path: Path) -> None:
    rules = load_eligibility_rules()
    assert rules is load_eligibility_rules()
    new = rules.for_credit_type("new")
    assert (new.total_assets_below, new.exposure_below) == (Decimal(20000), Decimal(5000))
    assert (new.name_zh, rules.for_credit_type("renewal").name_zh) == ("新授信", "续授信")

    raw = json.loads(ELIGIBILITY_PATH.read_text(encoding="utf-8"))
    raw["credit_types"]["new"]["exposure_below"] = 3000
    path = tmp_path / "eligibility.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    custom = load_eligibility_rules(path)
    exposure = 4000 * WAN
    assert assess_eligibility(True, "new", SMALL_ASSETS, exposure).eligible is True
    assert assess_eligibility(True, "new", SMALL_ASSETS, exposure, rules=custom).eligible is False
