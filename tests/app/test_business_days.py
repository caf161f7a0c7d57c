"""Business days in China: weekends, public holidays and adjusted working days as data."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.business_days import (
    HOLIDAYS_PATH,
    add_business_days,
    business_days_between,
    is_business_day,
    load_holidays,
)

CAL = load_holidays()


def days(start: date, end: date) -> list[date]:
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def test_the_data_names_its_version_source_and_years() -> None:
    raw = json.loads(HOLIDAYS_PATH.read_text(encoding="utf-8"))
    assert raw["version"] and "gov.cn" in raw["source"]
    assert CAL.years == {2025, 2026}
    assert all(d.weekday() >= 5 for d in CAL.working_weekends)


@pytest.mark.parametrize(
    ("start", "end", "working"),
    [
        # 2026 (State Council notice of 2025-11-04)
        (date(2026, 1, 1), date(2026, 1, 3), [date(2026, 1, 4)]),  # 元旦
        (date(2026, 2, 15), date(2026, 2, 23), [date(2026, 2, 14), date(2026, 2, 28)]),  # 春节
        (date(2026, 4, 4), date(2026, 4, 6), []),  # 清明
        (date(2026, 5, 1), date(2026, 5, 5), [date(2026, 5, 9)]),  # 劳动节
        (date(2026, 6, 19), date(2026, 6, 21), []),  # 端午
        (date(2026, 9, 25), date(2026, 9, 27), []),  # 中秋
        (date(2026, 10, 1), date(2026, 10, 7), [date(2026, 9, 20), date(2026, 10, 10)]),  # 国庆
        # 2025 (notice of 2024-11-12)
        (date(2025, 1, 28), date(2025, 2, 4), [date(2025, 1, 26), date(2025, 2, 8)]),
        (date(2025, 5, 1), date(2025, 5, 5), [date(2025, 4, 27)]),
        (date(2025, 10, 1), date(2025, 10, 8), [date(2025, 9, 28), date(2025, 10, 11)]),
    ],
)
def test_holidays_are_off_and_adjusted_weekends_are_worked(
    start: date, end: date, working: list[date]
) -> None:
    assert not any(is_business_day(d) for d in days(start, end))
    assert is_business_day(start - timedelta(days=1)) or (start - timedelta(days=1)).weekday() >= 5
    for day in working:
        assert day.weekday() >= 5 and is_business_day(day)


def test_each_year_has_the_published_248_working_days() -> None:
    for year in (2025, 2026):
        worked = [d for d in days(date(year, 1, 1), date(year, 12, 31)) if is_business_day(d)]
        assert len(worked) == 248


def test_counting_skips_the_start_day_and_weekends() -> None:
    monday, thursday = date(2026, 11, 23), date(2026, 11, 26)
    assert business_days_between(monday, thursday) == 3
    assert business_days_between(date(2026, 11, 27), date(2026, 11, 30)) == 1  # Fri → Mon
    assert business_days_between(date(2026, 11, 28), date(2026, 11, 30)) == 1  # Sat → Mon
    assert business_days_between(monday, monday) == 0
    assert business_days_between(thursday, monday) == -3


def test_the_national_day_golden_week_stops_the_clock() -> None:
    wednesday = date(2026, 9, 30)
    assert business_days_between(wednesday, date(2026, 10, 7)) == 0
    assert business_days_between(wednesday, date(2026, 10, 9)) == 2  # Thu 8, Fri 9
    # The third business day is the adjusted working Saturday after the break.
    assert add_business_days(wednesday, 3) == date(2026, 10, 10)


def test_an_adjusted_working_saturday_counts() -> None:
    friday = date(2026, 2, 13)
    assert business_days_between(friday, date(2026, 2, 14)) == 1
    assert add_business_days(friday, 1) == date(2026, 2, 14)
    assert add_business_days(friday, 2) == date(2026, 2, 24)  # then 春节 to the 23rd


def test_adding_backwards_and_zero() -> None:
    assert add_business_days(date(2026, 10, 9), -2) == date(2026, 9, 30)
    assert add_business_days(date(2026, 10, 3), 0) == date(2026, 10, 3)


def test_counting_agrees_with_walking_day_by_day() -> None:
    start = date(2024, 12, 1)
    for offset in range(0, 800, 7):
        a = start + timedelta(days=offset)
        for span in (0, 1, 5, 13, 40):
            b = a + timedelta(days=span)
            walked = sum(is_business_day(d) for d in days(a + timedelta(days=1), b))
            assert business_days_between(a, b) == walked


def test_outside_the_covered_years_only_weekends_are_off() -> None:
    assert not CAL.covers(date(2027, 1, 1))
    assert is_business_day(date(2027, 1, 1))  # a Friday; 2027 is not in the data yet
    assert not is_business_day(date(2027, 1, 2))


def test_a_bad_calendar_file_names_the_problem(tmp_path: Path) -> None:
    raw = json.loads(HOLIDAYS_PATH.read_text(encoding="utf-8"))
    raw["years"]["2026"]["working_days"].append({"date": "2026-03-04", "for": "x"})  # Wednesday
    path = tmp_path / "holidays_cn.json"
    path.write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(ValueError, match=r"working_days\[6\].*Saturday or Sunday"):
        load_holidays(path)
