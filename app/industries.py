"""GB/T 4754-2017 (国民经济行业分类) reference data for pickers and size rules.

The bundled ``industries.json`` lists all 20 sections (门类) and 97 divisions
(大类), plus the groups (中类) the 2011 SME size table needs (divisions 59 and
70). Codes are written without the section letter ("13", "701"); users may type
"C13", which :func:`normalise_industry_code` turns into "13".
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal, cast

from app.reference_data import reference_file, register_cache_of
from resources import DATA_DIR

IndustryLevel = Literal["section", "division", "group"]

INDUSTRIES_PATH = DATA_DIR / "industries.json"

_LEVELS: tuple[IndustryLevel, ...] = ("section", "division", "group")
_LETTERED = re.compile(r"([A-Z])(\d{2,4})")
_DIGITS = re.compile(r"\d{2,4}")
_LETTER_PREFIX = re.compile(r"([A-Z])(\d{1,4})")
#: Characters ignored when matching names: separators and punctuation.
_NAME_NOISE = re.compile(r"[\s、，,．.（）()\-/]+")


@dataclass(frozen=True)
class Industry:
    """One entry of GB/T 4754-2017: a section, division or group."""

    code: str
    name_zh: str
    name_en: str
    section: str
    level: IndustryLevel


@dataclass(frozen=True)
class _Catalogue:
    standard: str
    version: str
    entries: tuple[Industry, ...]
    by_code: dict[str, Industry]
    #: Divisions whose groups are listed: only those groups exist below them.
    divisions_with_groups: frozenset[str]


def _text(item: dict[str, Any], key: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value:
        raise ValueError(f"industry entry {item!r}: {key!r} must be a non-empty string")
    return value


def _sort_key(entry: Industry) -> tuple[str, str]:
    # A section sorts before its own divisions; digits then sort as strings,
    # which puts groups ("701") right after their division ("70").
    return (entry.section, "" if entry.level == "section" else entry.code)


def _load(path: Path) -> _Catalogue:
    raw = json.loads(path.read_text(encoding="utf-8"))
    entries: list[Industry] = []
    for item in cast(list[dict[str, Any]], raw["industries"]):
        level = _text(item, "level")
        if level not in _LEVELS:
            raise ValueError(f"industry entry {item!r}: unknown level {level!r}")
        entries.append(
            Industry(
                code=_text(item, "code"),
                name_zh=_text(item, "name_zh"),
                name_en=_text(item, "name_en"),
                section=_text(item, "section"),
                level=level,
            )
        )
    entries.sort(key=_sort_key)
    by_code = {entry.code: entry for entry in entries}
    if len(by_code) != len(entries):
        raise ValueError(f"{path}: duplicate industry codes")
    return _Catalogue(
        standard=str(raw["standard"]),
        version=str(raw["version"]),
        entries=tuple(entries),
        by_code=by_code,
        divisions_with_groups=frozenset(e.code[:2] for e in entries if e.level == "group"),
    )


@register_cache_of
@cache
def _catalogue() -> _Catalogue:
    return _load(reference_file("industries", INDUSTRIES_PATH))


def check_industries(path: Path) -> None:
    """Raise (ValueError, KeyError, …) unless ``path`` is a usable industries file."""
    _load(path)


def industry_standard() -> str:
    """The standard the bundled data follows, e.g. ``"GB/T 4754-2017"``."""
    return _catalogue().standard


def _section_of_digits(digits: str) -> str | None:
    catalogue = _catalogue()
    division = catalogue.by_code.get(digits[:2])
    if division is None or division.level != "division":
        return None
    if len(digits) > 2 and digits[:2] in catalogue.divisions_with_groups:
        group = catalogue.by_code.get(digits[:3])
        if group is None:
            return None
    return division.section


def normalise_industry_code(text: str) -> str:
    """``text`` as a bare code: trimmed, upper-cased, full-width folded, "C13" → "13".

    The section letter is dropped only when it matches the division; a
    mismatched or unknown code comes back cleaned but otherwise unchanged.
    """
    code = re.sub(r"[\s\-.]+", "", unicodedata.normalize("NFKC", text)).upper()
    lettered = _LETTERED.fullmatch(code)
    if lettered and _section_of_digits(lettered.group(2)) == lettered.group(1):
        return lettered.group(2)
    return code


def section_of(code: str) -> str | None:
    """The section letter of a section, division, group or 4-digit class code.

    Accepts "C", "13", "C13", "701", "7010". Below divisions whose groups are
    listed (59, 70) the group must exist; elsewhere any group/class digits pass.
    """
    normal = normalise_industry_code(code)
    if _DIGITS.fullmatch(normal):
        return _section_of_digits(normal)
    entry = _catalogue().by_code.get(normal)
    return entry.section if entry is not None and entry.level == "section" else None


def is_known_industry(code: str) -> bool:
    """Whether ``code`` places in GB/T 4754-2017 (see :func:`section_of`)."""
    return section_of(code) is not None


def industry(code: str) -> Industry | None:
    """The listed section, division or group for ``code`` ("C13" works), if any."""
    return _catalogue().by_code.get(normalise_industry_code(code))


def all_industries() -> tuple[Industry, ...]:
    """Every listed entry in the standard's order: each section, then its divisions and groups."""
    return _catalogue().entries


def divisions_of(section: str) -> tuple[Industry, ...]:
    """The divisions of section ``section`` (a letter), in code order."""
    letter = normalise_industry_code(section)
    return tuple(e for e in all_industries() if e.level == "division" and e.section == letter)


def _squeeze(text: str) -> str:
    return _NAME_NOISE.sub("", unicodedata.normalize("NFKC", text)).casefold()


def search_industries(text: str, limit: int | None = 50) -> tuple[Industry, ...]:
    """Entries matching ``text`` for a picker, best first, at most ``limit``.

    Matches a code prefix ("13", "C1", "70"), a Chinese substring ("制造") or a
    case-insensitive English substring ("software"); punctuation and spaces are
    ignored ("农林牧渔" finds "农、林、牧、渔业"). Exact codes rank first, then
    code prefixes, Chinese and English matches, each in code order. Empty text
    gives the first ``limit`` entries.
    """
    entries = all_industries()
    query = text.strip()
    if not query:
        return entries if limit is None else entries[: max(limit, 0)]
    code = normalise_industry_code(query)
    section = ""
    lettered = _LETTER_PREFIX.fullmatch(code)
    if lettered:  # "C1": divisions of section C starting with "1"
        section, code = lettered.groups()
    needle = _squeeze(query)
    ranked: list[tuple[int, int]] = []
    for index, entry in enumerate(entries):
        in_section = not section or entry.section == section
        if entry.code == code and in_section:
            rank = 0
        elif code and entry.code.startswith(code) and in_section:
            rank = 1
        elif needle and needle in _squeeze(entry.name_zh):
            rank = 2
        elif needle and needle in _squeeze(entry.name_en):
            rank = 3
        else:
            continue
        ranked.append((rank, index))
    ranked.sort()
    found = tuple(entries[index] for _, index in ranked)
    return found if limit is None else found[: max(limit, 0)]
