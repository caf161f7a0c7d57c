"""Business days in mainland China: weekends, public holidays and adjusted working days.

The calendar is data (``resources/data/holidays_cn.json``, from the State
Council notices): for each covered year the days off (each break from start to
end, weekend days inside it included) and the adjusted working days (调休上班),
Saturdays or Sundays on which people work. Outside the covered years only
weekends are days off.

Counting is O(log n) per call (weekday arithmetic plus bisection over the
listed exceptions), so it is cheap enough for every row of a list.
"""

from __future__ import annotations

import json
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from resources import DATA_DIR

HOLIDAYS_PATH = DATA_DIR / "holidays_cn.json"

#: Monday .. Friday (``date.weekday()``).
_WEEKDAYS = frozenset(range(5))


@dataclass(frozen=True)
class Holiday:
    """One break of the calendar: its names and first and last day off (inclusive)."""

    name_zh: str
    name_en: str
    start: date
    end: date


@dataclass(frozen=True)
class HolidayCalendar:
    """A version of the holiday calendar: breaks, adjusted working days, covered years."""

    version: str
    source: str
    years: frozenset[int]
    holidays: tuple[Holiday, ...]
    #: Weekdays (Mon–Fri) that are days off, sorted.
    weekday_holidays: tuple[date, ...]
    #: Saturdays and Sundays that are working days (调休上班), sorted.
    working_weekends: tuple[date, ...]

    def covers(self, day: date) -> bool:
        """Whether ``day``'s year is in the data (else only weekends count as days off)."""
        return day.year in self.years

    def is_business_day(self, day: date) -> bool:
        """Whether ``day`` is a working day."""
        if day.weekday() in _WEEKDAYS:
            return not _contains(self.weekday_holidays, day)
        return _contains(self.working_weekends, day)

    def holiday_on(self, day: date) -> Holiday | None:
        """The break ``day`` falls in, if any."""
        return next((h for h in self.holidays if h.start <= day <= h.end), None)

    def business_days_through(self, day: date) -> int:
        """Business days from an epoch through ``day``: differences of it count spans."""
        return (
            _weekdays_through(day)
            - bisect_right(self.weekday_holidays, day)
            + bisect_right(self.working_weekends, day)
        )


def _contains(days: tuple[date, ...], day: date) -> bool:
    index = bisect_right(days, day)
    return index > 0 and days[index - 1] == day


def _weekdays_through(day: date) -> int:
    """Mondays to Fridays from 0001-01-01 (a Monday) through ``day``."""
    ordinal = day.toordinal()  # 0001-01-01 is 1
    weeks, rest = divmod(ordinal, 7)
    return weeks * 5 + min(rest, 5)


# --- counting -----------------------------------------------------------------------


def is_business_day(day: date, calendar: HolidayCalendar | None = None) -> bool:
    """Whether ``day`` is a working day in mainland China."""
    return (calendar or load_holidays()).is_business_day(day)


def business_days_between(start: date, end: date, calendar: HolidayCalendar | None = None) -> int:
    """Business days after ``start`` up to and including ``end`` (negative if ``end`` < ``start``).

    Submitted on Monday and answered on Thursday of an ordinary week: 3.
    ``start`` itself never counts, so a weekend submission starts the clock on
    the next working day.
    """
    cal = calendar or load_holidays()
    return cal.business_days_through(end) - cal.business_days_through(start)


def add_business_days(day: date, n: int, calendar: HolidayCalendar | None = None) -> date:
    """The ``n``-th business day after ``day`` (before it when ``n`` < 0; ``day`` for 0)."""
    cal = calendar or load_holidays()
    step = timedelta(days=1 if n >= 0 else -1)
    remaining = abs(n)
    current = day
    while remaining:
        current += step
        if cal.is_business_day(current):
            remaining -= 1
    return current


# --- loading ------------------------------------------------------------------------


def _date(value: Any, where: str) -> date:
    if not isinstance(value, str):
        raise ValueError(f"{where}: expected an ISO date string, not {value!r}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{where}: {value!r} is not an ISO date") from None


def _text(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}.{key}: expected a non-empty string")
    return value


def _year(year: int, raw: Any, where: str) -> tuple[list[Holiday], set[date], set[date]]:
    if not isinstance(raw, Mapping):
        raise ValueError(f"{where}: expected an object")
    holidays: list[Holiday] = []
    off: set[date] = set()
    for i, item in enumerate(raw.get("holidays") or []):
        here = f"{where}.holidays[{i}]"
        if not isinstance(item, Mapping):
            raise ValueError(f"{here}: expected an object")
        start, end = (
            _date(item.get("start"), f"{here}.start"),
            _date(item.get("end"), f"{here}.end"),
        )
        if end < start or start.year != year:
            raise ValueError(f"{here}: {start}..{end} is not a break starting in {year}")
        holidays.append(
            Holiday(_text(item, "name_zh", here), _text(item, "name_en", here), start, end)
        )
        off.update(start + timedelta(days=d) for d in range((end - start).days + 1))
    working: set[date] = set()
    for i, item in enumerate(raw.get("working_days") or []):
        here = f"{where}.working_days[{i}]"
        if not isinstance(item, Mapping):
            raise ValueError(f"{here}: expected an object")
        day = _date(item.get("date"), f"{here}.date")
        if day.weekday() in _WEEKDAYS or day in off:
            raise ValueError(f"{here}: {day} must be a Saturday or Sunday outside the breaks")
        working.add(day)
    return holidays, off, working


def _load(path: Path) -> HolidayCalendar:
    name = path.name
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(f"{name}: not valid JSON: {error}") from None
    if not isinstance(raw, dict):
        raise ValueError(f"{name}: expected a JSON object at the top level")
    years_raw = raw.get("years")
    if not isinstance(years_raw, dict) or not years_raw:
        raise ValueError(f"{name}.years: expected an object of years")
    holidays: list[Holiday] = []
    off: set[date] = set()
    working: set[date] = set()
    years: set[int] = set()
    for key, value in years_raw.items():
        if not (isinstance(key, str) and key.isdigit() and len(key) == 4):
            raise ValueError(f"{name}.years: {key!r} is not a year")
        h, o, w = _year(int(key), value, f"{name}.years.{key}")
        holidays += h
        off |= o
        working |= w
        years.add(int(key))
    return HolidayCalendar(
        version=_text(raw, "version", name),
        source=_text(raw, "source", name),
        years=frozenset(years),
        holidays=tuple(sorted(holidays, key=lambda h: h.start)),
        weekday_holidays=tuple(sorted(d for d in off if d.weekday() in _WEEKDAYS)),
        working_weekends=tuple(sorted(working)),
    )


@cache
def _default() -> HolidayCalendar:
    return _load(HOLIDAYS_PATH)


def load_holidays(path: Path | None = None) -> HolidayCalendar:
    """The calendar from ``path`` (the bundled file, cached, when None).

    ValueError, naming the file and the key, if the data is malformed.
    """
    return _default() if path is None else _load(path)
