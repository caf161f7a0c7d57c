"""Visits as .ics: parsed back with the `icalendar` package; escaping, folding, CRLF."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.attachment_store import AttachmentStore
from app.ics import MAX_OCTETS, escape_text, fold, save_ics, visit_to_ics, visits_to_ics
from app.profile import Profile
from app.visits.service import VisitInput, VisitOutcome, VisitService
from app.visits.times import RM_TIME_ZONE
from tests.app.test_applications import new_customer

STAMP = datetime(2026, 11, 28, 8, 0, tzinfo=UTC)
START = datetime(2026, 12, 1, 9, 30, tzinfo=RM_TIME_ZONE)
CUSTOMER = "杭州恒达机械有限公司"


@dataclass(frozen=True)
class FakeVisit:
    id: str = "3f99d419-b3f3-499c-8343-ab4134f06ba4"
    visit_type: str = "due_diligence"
    status: str = "planned"
    planned_start: datetime | None = START
    planned_end: datetime | None = START + timedelta(hours=2)
    actual_start: datetime | None = None
    actual_end: datetime | None = None
    location: str = "杭州市滨江区江南大道1号"
    purpose: str = "尽职调查：看水表电表、看纳税、看流水"
    notes: str = ""
    attendees_bank: Sequence[str] = ("张三", "李四")
    attendees_customer: Sequence[str] = ("王总",)


def parse(text: str) -> icalendar.Event:
    calendar = icalendar.Calendar.from_ical(text)
    events = calendar.walk("VEVENT")
    assert len(events) == 1
    event = events[0]
    assert isinstance(event, icalendar.Event)
    return event


def physical_lines(text: str) -> list[bytes]:
    raw = text.encode("utf-8")
    assert raw.endswith(b"\r\n")
    assert b"\n" not in raw.replace(b"\r\n", b"")  # every line ends CRLF, no bare LF
    return raw[:-2].split(b"\r\n")


def test_a_visit_becomes_one_event_in_shanghai_time() -> None:
    text = visit_to_ics(FakeVisit(), CUSTOMER, stamp=STAMP)
    calendar = icalendar.Calendar.from_ical(text)
    assert str(calendar["VERSION"]) == "2.0" and "RM Desk" in str(calendar["PRODID"])
    (timezone,) = calendar.walk("VTIMEZONE")
    assert str(timezone["TZID"]) == "Asia/Shanghai"
    event = parse(text)
    assert str(event["UID"]) == "3f99d419-b3f3-499c-8343-ab4134f06ba4@rmdesk"
    assert event.decoded("DTSTAMP") == STAMP
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start == START and end == START + timedelta(hours=2)
    assert start.utcoffset() == timedelta(hours=8)
    assert event["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert "DTSTART;TZID=Asia/Shanghai:20261201T093000\r\n" in text
    assert str(event["SUMMARY"]) == f"尽职调查 - {CUSTOMER}"
    assert str(event["LOCATION"]) == "杭州市滨江区江南大道1号"
    assert str(event["DESCRIPTION"]) == (
        "目的：尽职调查：看水表电表、看纳税、看流水\n我方人员：张三、李四\n客户方人员：王总"
    )
    assert str(event["STATUS"]) == "CONFIRMED"
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")


def test_the_uid_is_stable_and_utc_mode_writes_z_times() -> None:
    first = visit_to_ics(FakeVisit(), CUSTOMER, stamp=STAMP, utc=True)
    again = visit_to_ics(FakeVisit(location="改了地点"), CUSTOMER, utc=True)
    assert parse(first)["UID"] == parse(again)["UID"]
    assert "DTSTART:20261201T013000Z\r\n" in first and "VTIMEZONE" not in first
    assert parse(first).decoded("DTSTART") == START


def test_a_zone_with_daylight_saving_falls_back_to_utc() -> None:
    text = visit_to_ics(FakeVisit(), CUSTOMER, stamp=STAMP, zone=ZoneInfo("Europe/Berlin"))
    assert "VTIMEZONE" not in text and "DTSTART:20261201T013000Z" in text


def test_done_visits_use_their_actual_times_and_cancelled_ones_say_so() -> None:
    done = FakeVisit(
        status="done",
        actual_start=START + timedelta(days=1),
        actual_end=None,
        notes="开工正常",
    )
    event = parse(visit_to_ics(done, CUSTOMER, stamp=STAMP, lang="en"))
    assert event.decoded("DTSTART") == START + timedelta(days=1)
    assert event.decoded("DTEND") == START + timedelta(days=1, minutes=180)  # default length
    assert str(event["SUMMARY"]) == f"Due diligence - {CUSTOMER}"
    assert str(event["DESCRIPTION"]).startswith("Purpose: ")
    assert str(event["DESCRIPTION"]).endswith("\n\n开工正常")
    cancelled = parse(visit_to_ics(FakeVisit(status="cancelled"), CUSTOMER, stamp=STAMP))
    assert str(cancelled["STATUS"]) == "CANCELLED"
    with pytest.raises(ValueError, match="no time"):
        visit_to_ics(FakeVisit(planned_start=None), CUSTOMER)


def test_special_characters_are_escaped_and_read_back_exactly() -> None:
    notes = '第一行; 分号, 逗号\\反斜杠\r\n第二行\r第三行\n:冒号 "引号"\x00\x07'
    visit = FakeVisit(location="上海市; 浦东新区, 张江路\\88号", purpose="", notes=notes)
    text = visit_to_ics(visit, "A, B; C\\D 公司", stamp=STAMP)
    assert "LOCATION:上海市\\; 浦东新区\\, 张江路\\\\88号\r\n" in text
    event = parse(text)
    assert str(event["LOCATION"]) == "上海市; 浦东新区, 张江路\\88号"
    assert str(event["SUMMARY"]) == "尽职调查 - A, B; C\\D 公司"
    description = str(event["DESCRIPTION"])
    assert description.endswith('第一行; 分号, 逗号\\反斜杠\n第二行\n第三行\n:冒号 "引号"')
    assert escape_text("a\nb") == "a\\nb"


def test_long_chinese_lines_are_folded_at_75_octets_without_splitting_characters() -> None:
    notes = "现场查看：车间开工正常，仓库库存与账面基本一致，水电表读数与产量匹配。" * 12
    text = visit_to_ics(FakeVisit(notes=notes, location="厂区" * 60), CUSTOMER, stamp=STAMP)
    lines = physical_lines(text)
    assert any(line.startswith(b" ") for line in lines)  # folded
    for line in lines:
        assert len(line) <= MAX_OCTETS
        line.decode("utf-8")  # never half a character
    event = parse(text)
    assert str(event["DESCRIPTION"]).endswith(notes)
    assert str(event["LOCATION"]) == "厂区" * 60


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=400))
def test_fold_keeps_every_line_within_75_octets_and_unfolds_to_the_original(value: str) -> None:
    line = "DESCRIPTION:" + escape_text(value)
    folded = fold(line)
    parts = folded.split("\r\n")
    for index, part in enumerate(parts):
        encoded = part.encode("utf-8")
        assert len(encoded) <= MAX_OCTETS
        if index:
            assert part.startswith(" ") and len(part) > 1
    assert "".join([parts[0], *(p[1:] for p in parts[1:])]) == line


def test_a_calendar_of_several_visits() -> None:
    visits = [
        (FakeVisit(id="a"), CUSTOMER),
        (FakeVisit(id="b", visit_type="post_loan"), "宁波海联贸易有限公司"),
    ]
    calendar = icalendar.Calendar.from_ical(visits_to_ics(visits, stamp=STAMP))
    events = calendar.walk("VEVENT")
    assert [str(e["UID"]) for e in events] == ["a@rmdesk", "b@rmdesk"]
    assert str(events[1]["SUMMARY"]) == "贷后检查 - 宁波海联贸易有限公司"


def test_a_real_visit_is_written_as_bytes_with_crlf(profile: Profile, tmp_path: Path) -> None:
    service = VisitService(profile.database, "rm01", AttachmentStore(profile.paths.attachments))
    customer = new_customer(profile)
    visit_id = service.record(
        VisitInput(customer, "post_loan", None, location="厂区", attendees_customer=["王总"]),
        VisitOutcome(START, START + timedelta(hours=1), notes="资金用途核查：一致"),
    ).visit_id
    view = service.load(visit_id)
    path = save_ics(visit_to_ics(view, view.customer_name), tmp_path / "out" / "visit.ics")
    raw = path.read_bytes()
    assert raw.count(b"\r\n") == raw.count(b"\n") and b"\r\r" not in raw
    event = parse(raw.decode("utf-8"))
    assert str(event["UID"]) == f"{visit_id}@rmdesk"
    assert event.decoded("DTSTART") == START
    assert str(event["DESCRIPTION"]).endswith("资金用途核查：一致")
    assert list(path.parent.iterdir()) == [path]  # no temp file left
