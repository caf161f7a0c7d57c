"""Money in CNY: Decimal yuan inside, 万元 with separators where RMs expect it."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

WAN = Decimal(10_000)


def yuan_to_wan(amount: Decimal) -> Decimal:
    """``amount`` yuan in 万元, exact."""
    return amount / WAN


def format_wan(amount: Decimal | None, places: int = 2) -> str:
    """``amount`` yuan shown in 万元 with thousands separators, e.g. ``1,234.50``."""
    if amount is None:
        return ""
    quantum = Decimal(1).scaleb(-places)
    return f"{yuan_to_wan(amount).quantize(quantum, rounding=ROUND_HALF_UP):,}"
