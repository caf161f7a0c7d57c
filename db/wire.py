"""Convert column values to JSON-safe wire values (Decimal as text, UTC ISO times)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any


def to_wire(value: Any) -> Any:
    """A JSON-safe form of ``value``; money stays exact as a decimal string."""
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value
