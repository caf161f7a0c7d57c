"""Money is Decimal stored as integer fen, never a float."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import text

from app.profile import Profile
from db.models import Customer, Money


@given(st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False))
def test_money_round_trips_exactly(amount: Decimal) -> None:
    money = Money()
    stored = money.process_bind_param(amount, None)  # type: ignore[arg-type]
    assert isinstance(stored, int)
    assert money.process_result_value(stored, None) == amount  # type: ignore[arg-type]


def test_money_refuses_floats_and_sub_fen_amounts() -> None:
    with pytest.raises(TypeError):
        Money().process_bind_param(1.5, None)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Money().process_bind_param(Decimal("0.001"), None)  # type: ignore[arg-type]


def test_money_is_integer_fen_in_the_file(profile: Profile) -> None:
    with profile.database.unit_of_work("rm01") as uow:
        customer = uow.add(Customer(name="A公司", annual_revenue=Decimal("12345678.91")))
    with profile.database.engine.connect() as conn:
        raw = conn.execute(
            text("SELECT annual_revenue, typeof(annual_revenue) FROM customers WHERE id=:id"),
            {"id": customer.id},
        ).one()
    assert tuple(raw) == (1234567891, "integer")
