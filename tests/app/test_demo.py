"""Demo customers look real: valid, unique USCCs, Chinese names, Decimal amounts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.customer_profile import CustomerProfile
from app.customers import CustomerService
from app.demo import demo_customers, fill_demo, org_code
from app.identifiers import validate_uscc
from app.profile import Profile
from app.validation import problems_for_completion


def test_demo_customers_have_valid_unique_codes_and_exact_money() -> None:
    rows = list(demo_customers(2_000))
    codes = [r["uscc"] for r in rows]
    assert len(set(codes)) == len(codes)
    for row in rows:
        assert validate_uscc(row["uscc"]) == row["uscc"]
        assert row["name"].endswith("有限公司")
        assert isinstance(row["annual_revenue"], Decimal)
        assert row["annual_revenue"] > 0


def test_organisation_code_check_digit() -> None:
    # weights 3,7,9,10,5,8,4,2: sum 201, 201 mod 11 = 3, check 11 - 3 = 8
    assert org_code("12345678") == "123456788"


def test_fill_demo_goes_through_the_outbox(profile: Profile) -> None:
    assert fill_demo(profile.database, 120, "demo", batch=50) == 120
    assert CustomerService(profile.database, "demo").count() == 120
    assert profile.database.unsynced_count() == 120


def test_every_demo_customer_is_complete_by_the_validation_rules() -> None:
    for row in demo_customers(500):
        values = {k: v for k, v in row.items() if k not in {"size", "eligible"}}
        assert problems_for_completion(CustomerProfile(**values), date.today()) == [], row
