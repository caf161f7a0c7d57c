"""Visits as iCalendar (RFC 5545) events, to open in Outlook or any calendar app.

Written by hand (no dependency): VCALENDAR with one VEVENT per visit, a UID
stable per visit (``<id>@rmdesk``, so importing again updates the event),
times in the RM's zone with ``TZID`` and a VTIMEZONE (UTC ``Z`` times for a
zone with daylight saving, or on request), TEXT values escaped (``\\ ; ,`` and
newlines), lines folded at 75 octets without splitting a UTF-8 character, and
CRLF line ends. Write the text as bytes (:func:`save_ics`): a text-mode write
on Windows would double the CRs.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Protocol
from zoneinfo import ZoneInfo

from app import __version__
from app.visits.templates import VisitTemplates, load_visit_templates
from app.visits.times import RM_TIME_ZONE, require_aware

CRLF = "\r\n"
#: Longest line, in octets, before the line break (RFC 5545 §3.1).
MAX_OCTETS = 75
PRODID = f"-//RM Desk//rmdesk {__version__}//ZH"

_LABELS = {
    "zh": {"purpose": "目的", "bank": "我方人员", "customer": "客户方人员", "sep": "："},
    "en": {"purpose": "Purpose", "bank": "Bank", "customer": "Customer", "sep": ": "},
}


class IcsVisit(Protocol):
    """What an event needs of a visit (a :class:`~app.visits.service.VisitView` has it)."""

    @property
    def id(self) -> str: ...
    @property
    def visit_type(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def planned_start(self) -> datetime | None: ...
    @property
    def planned_end(self) -> datetime | None: ...
    @property
    def actual_start(self) -> datetime | None: ...
    @property
    def actual_end(self) -> datetime | None: ...
    @property
    def location(self) -> str: ...
    @property
    def purpose(self) -> str: ...
    @property
    def notes(self) -> str: ...
    @property
    def attendees_bank(self) -> Sequence[str]: ...
    @property
    def attendees_customer(self) -> Sequence[str]: ...


def escape_text(value: str) -> str:
    """``value`` as an iCalendar TEXT value: ``\\``, ``;``, ``,`` and newlines escaped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = "".join(c for c in value if c in "\n\t" or (ord(c) >= 0x20 and ord(c) != 0x7F))
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line: str) -> str:
    """``line`` folded into lines of at most 75 octets (continuations start with a space).

    Breaks only between characters, never inside a UTF-8 sequence.
    """
    parts: list[str] = []
    current: list[str] = []
    size = 0
    limit = MAX_OCTETS
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            parts.append("".join(current))
            current, size, limit = [], 0, MAX_OCTETS - 1  # the leading space counts
        current.append(char)
        size += octets
    parts.append("".join(current))
    return (CRLF + " ").join(parts)


def _utc(value: datetime) -> str:
    return require_aware(value).strftime("%Y%m%dT%H%M%SZ")


def _local(value: datetime, zone: ZoneInfo) -> str:
    return require_aware(value).astimezone(zone).strftime("%Y%m%dT%H%M%S")


def _fixed_offset(zone: ZoneInfo, moments: Iterable[datetime]) -> bool:
    """True when ``zone`` keeps one offset, no DST, through the years of ``moments``."""
    for moment in moments:
        for month in (1, 4, 7, 10):
            probe = datetime(moment.year, month, 1, tzinfo=zone)
            if probe.dst() or probe.utcoffset() != moment.astimezone(zone).utcoffset():
                return False
    return True


def _offset(delta: timedelta | None) -> str:
    minutes = int((delta or timedelta()).total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"{sign}{abs(minutes) // 60:02d}{abs(minutes) % 60:02d}"


def _vtimezone(zone: ZoneInfo, sample: datetime) -> list[str]:
    local = sample.astimezone(zone)
    offset = _offset(local.utcoffset())
    return [
        "BEGIN:VTIMEZONE",
        f"TZID:{zone.key}",
        "BEGIN:STANDARD",
        "DTSTART:19700101T000000",
        f"TZOFFSETFROM:{offset}",
        f"TZOFFSETTO:{offset}",
        f"TZNAME:{escape_text(local.tzname() or zone.key)}",
        "END:STANDARD",
        "END:VTIMEZONE",
    ]


def _times(visit: IcsVisit, templates: VisitTemplates) -> tuple[datetime, datetime]:
    """When the event is: actual times once done, else planned; a default length if no end."""
    done = visit.status == "done" and visit.actual_start is not None
    first = visit.actual_start if done else visit.planned_start
    last = visit.actual_end if done else visit.planned_end
    if first is None:
        raise ValueError(f"visit {visit.id} has no time to put in a calendar")
    start = require_aware(first)
    if last is None or require_aware(last) <= start:
        return start, start + timedelta(minutes=templates.of(visit.visit_type).default_minutes)
    return start, require_aware(last)


def _description(visit: IcsVisit, lang: str) -> str:
    labels = _LABELS["en" if lang == "en" else "zh"]
    lines = []
    if visit.purpose.strip():
        lines.append(f"{labels['purpose']}{labels['sep']}{visit.purpose.strip()}")
    names_sep = ", " if lang == "en" else "、"
    if visit.attendees_bank:
        lines.append(f"{labels['bank']}{labels['sep']}{names_sep.join(visit.attendees_bank)}")
    if visit.attendees_customer:
        names = names_sep.join(visit.attendees_customer)
        lines.append(f"{labels['customer']}{labels['sep']}{names}")
    if visit.notes.strip():
        lines.extend(["", visit.notes.strip()] if lines else [visit.notes.strip()])
    return "\n".join(lines)


def _event(
    visit: IcsVisit,
    customer_name: str,
    stamp: datetime,
    zone: ZoneInfo | None,
    lang: str,
    templates: VisitTemplates,
) -> list[str]:
    start, end = _times(visit, templates)
    template = templates.of(visit.visit_type)
    type_name = template.name_en if lang == "en" else template.name_zh
    if zone is None:
        when = [f"DTSTART:{_utc(start)}", f"DTEND:{_utc(end)}"]
    else:
        when = [
            f"DTSTART;TZID={zone.key}:{_local(start, zone)}",
            f"DTEND;TZID={zone.key}:{_local(end, zone)}",
        ]
    lines = [
        "BEGIN:VEVENT",
        f"UID:{visit.id}@rmdesk",
        f"DTSTAMP:{_utc(stamp)}",
        *when,
        f"SUMMARY:{escape_text(f'{type_name} - {customer_name}')}",
    ]
    if visit.location.strip():
        lines.append(f"LOCATION:{escape_text(visit.location.strip())}")
    description = _description(visit, lang)
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    lines.append("STATUS:CANCELLED" if visit.status == "cancelled" else "STATUS:CONFIRMED")
    lines.append("END:VEVENT")
    return lines


def visits_to_ics(
    entries: Iterable[tuple[IcsVisit, str]],
    *,
    stamp: datetime | None = None,
    zone: ZoneInfo = RM_TIME_ZONE,
    utc: bool = False,
    lang: str = "zh",
    templates: VisitTemplates | None = None,
) -> str:
    """A calendar of (visit, customer name) events.

    Times carry ``TZID`` of ``zone`` with its VTIMEZONE, or are UTC (``Z``)
    when ``utc`` is set or the zone observes daylight saving. ``lang`` ("zh"
    or "en") picks the names of the visit types and the description's labels.
    ValueError for a visit with no time.
    """
    pairs = list(entries)
    templates = templates or load_visit_templates()
    stamp = require_aware(stamp or datetime.now(UTC), "stamp")
    starts = [_times(visit, templates)[0] for visit, _name in pairs]
    use_zone = None if utc or not _fixed_offset(zone, starts) else zone
    lines = [
        "BEGIN:VCALENDAR",
        f"PRODID:{PRODID}",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if use_zone is not None and starts:
        lines.extend(_vtimezone(use_zone, starts[0]))
    for visit, name in pairs:
        lines.extend(_event(visit, name, stamp, use_zone, lang, templates))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)


def visit_to_ics(
    visit: IcsVisit,
    customer_name: str,
    *,
    stamp: datetime | None = None,
    zone: ZoneInfo = RM_TIME_ZONE,
    utc: bool = False,
    lang: str = "zh",
    templates: VisitTemplates | None = None,
) -> str:
    """One visit as an iCalendar file's text (see :func:`visits_to_ics`)."""
    return visits_to_ics(
        [(visit, customer_name)], stamp=stamp, zone=zone, utc=utc, lang=lang, templates=templates
    )


def save_ics(text: str, path: Path) -> Path:
    """Write ``text`` to ``path`` as UTF-8 bytes (CRLF kept), atomically; the path."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".part")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(text.encode("utf-8"))
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path
