"""Times of visits: stored timezone-aware in UTC, shown in the RM's zone (Asia/Shanghai).

A "day" (today, a due date) is a calendar day in the RM's zone; these helpers
turn it into the UTC instants that bound it.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

#: The RM's local time zone, for display, day boundaries and .ics export.
RM_TIME_ZONE = ZoneInfo("Asia/Shanghai")


def require_aware(value: datetime, what: str = "time") -> datetime:
    """``value`` in UTC; ValueError if it is naive (no time zone)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{what}: naive datetime, give a time zone")
    return value.astimezone(UTC)


def to_local(value: datetime, zone: ZoneInfo = RM_TIME_ZONE) -> datetime:
    """``value`` (aware) in the RM's zone, for display."""
    return require_aware(value).astimezone(zone)


def local_date(value: datetime, zone: ZoneInfo = RM_TIME_ZONE) -> date:
    """The calendar day of ``value`` in the RM's zone."""
    return to_local(value, zone).date()


def day_bounds(day: date, zone: ZoneInfo = RM_TIME_ZONE) -> tuple[datetime, datetime]:
    """The UTC instants where local ``day`` starts and the next day starts."""
    start = datetime.combine(day, time(), zone)
    end = datetime.combine(day + timedelta(days=1), time(), zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def local_today(zone: ZoneInfo = RM_TIME_ZONE) -> date:
    """Today in the RM's zone."""
    return datetime.now(zone).date()
