"""What the customer list asks for and gets back: plain values, no database imports.

Kept apart from :mod:`app.customers` so the window can build its list model
without loading SQLAlchemy on the start-up path.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class CustomerRow:
    """What the customer list shows of one customer."""

    id: str
    name: str
    uscc: str | None
    industry_code: str | None
    city: str | None
    employees: int | None
    annual_revenue: Decimal | None
    size: str | None
    eligible: bool | None
    status: str
    segment: str | None
    open_alerts: int = 0  # open early-warning alerts
    assigned_rm: str | None = None  # the RM the customer is assigned to


@dataclass(frozen=True)
class CustomerQuery:
    """Search, filters and order of the customer list."""

    search: str = ""
    status: str | None = None
    size: str | None = None
    segment: str | None = None
    eligible: bool | None = None
    has_alerts: bool | None = None  # True: only customers with an open alert
    rm: str | None = None  # only customers assigned to this RM (a branch manager's list)
    sort: str = "name"
    descending: bool = False


@dataclass(frozen=True)
class ListPage:
    """The first page of a list query and how many customers match in all."""

    total: int  # exact, or COUNT_CAP when ``capped``
    capped: bool  # more than COUNT_CAP match
    rows: list[CustomerRow]
    fts_first: bool  # the plan to use for the following pages


@dataclass(frozen=True)
class CustomerRef:
    """Enough to name a customer and open it (e.g. a duplicate found by USCC)."""

    id: str
    name: str
    status: str
