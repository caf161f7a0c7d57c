"""Notes outlines and on-site checks per visit type, as versioned reference data.

``resources/data/visit_templates.json`` lists the checks an RM makes on site
(看水表电表, 看纳税, 看流水, 看库存, 看订单, …), each with a code, Chinese and
English label and a kind, and for each visit type its names, default length,
notes outline and the checks to answer. The answers of a visit are checked
against its type's template (:meth:`VisitTemplates.clean_answers`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.reference_data import reference_file, register_cache_of
from app.text import QT_TRANSLATE_NOOP
from app.visits.types import VisitError, VisitType
from resources import DATA_DIR

VISIT_TEMPLATES_PATH = DATA_DIR / "visit_templates.json"
#: Longest text answer, in characters.
MAX_TEXT_ANSWER = 2000

_CODE = re.compile(r"[a-z][a-z0-9_]*\Z")


class CheckKind(StrEnum):
    """How a check is answered: yes/no, free text, or a number."""

    YES_NO = "yes_no"
    TEXT = "text"
    NUMBER = "number"


@dataclass(frozen=True)
class CheckTemplate:
    """One on-site check (e.g. 看水表电表) and how it is answered."""

    code: str
    name_zh: str
    name_en: str
    kind: CheckKind
    hint_zh: str
    hint_en: str


@dataclass(frozen=True)
class VisitTypeTemplate:
    """A visit type's names, default length, notes outline and checks."""

    code: VisitType
    name_zh: str
    name_en: str
    default_minutes: int
    notes_zh: str
    notes_en: str
    checks: tuple[CheckTemplate, ...]

    @property
    def label(self) -> str:
        """Both names, e.g. ``"Due diligence (尽职调查)"``."""
        return f"{self.name_en} ({self.name_zh})"

    def notes_outline(self, lang: str = "zh") -> str:
        """The notes outline to pre-fill, in ``lang`` ("zh" or "en")."""
        return self.notes_en if lang == "en" else self.notes_zh


@dataclass(frozen=True)
class VisitTemplates:
    """A version of the visit templates."""

    version: str
    types: Mapping[VisitType, VisitTypeTemplate] = field(hash=False)
    checks: Mapping[str, CheckTemplate] = field(hash=False)

    def of(self, visit_type: str) -> VisitTypeTemplate:
        """The template of ``visit_type``; KeyError if unknown."""
        try:
            return self.types[VisitType(visit_type)]
        except ValueError:
            raise KeyError(f"unknown visit type {visit_type!r}") from None

    def find(self, visit_type: str) -> VisitTypeTemplate | None:
        """The template of ``visit_type``, or None if unknown (e.g. a newer type from sync)."""
        try:
            return self.of(visit_type)
        except KeyError:
            return None

    def clean_answers(self, visit_type: str, answers: Mapping[str, Any]) -> dict[str, Any]:
        """``answers`` as stored: yes/no as bool, text stripped, numbers as exact strings.

        Empty answers (None, "") are dropped. Raises :class:`VisitError` for a
        check the type does not have or an answer of the wrong kind.
        """
        checks = {c.code: c for c in self.of(visit_type).checks}
        cleaned: dict[str, Any] = {}
        for code, value in answers.items():
            check = checks.get(code)
            if check is None:
                raise VisitError(
                    "check.unknown",
                    QT_TRANSLATE_NOOP("Visit", "This visit type has no check {check}"),
                    check=code,
                )
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            cleaned[code] = _answer(check, value)
        return cleaned


_WRONG_ANSWER = {
    CheckKind.YES_NO: QT_TRANSLATE_NOOP("Visit", "{name}: answer yes or no"),
    CheckKind.TEXT: QT_TRANSLATE_NOOP("Visit", "{name}: enter text of at most {max} characters"),
    CheckKind.NUMBER: QT_TRANSLATE_NOOP("Visit", "{name}: enter a number"),
}


def _answer(check: CheckTemplate, value: Any) -> bool | str:
    if check.kind is CheckKind.YES_NO:
        if isinstance(value, bool):
            return value
    elif check.kind is CheckKind.TEXT:
        if isinstance(value, str) and len(value.strip()) <= MAX_TEXT_ANSWER:
            return value.strip()
    elif not isinstance(value, bool) and isinstance(value, int | float | Decimal | str):
        try:
            number = Decimal(str(value).replace(",", "").strip())
        except InvalidOperation:
            number = Decimal("NaN")
        if number.is_finite():
            return str(number)
    # ``check``, ``name_zh``: for a UI that shows the check's Chinese name instead.
    raise VisitError(
        "check.answer",
        _WRONG_ANSWER[check.kind],
        name=check.name_en,
        max=str(MAX_TEXT_ANSWER),
        check=check.code,
        name_zh=check.name_zh,
    )


# --- loading ----------------------------------------------------------------


def _text(raw: Any, key: str, where: str, *, empty: bool = False) -> str:
    if not isinstance(raw, Mapping) or key not in raw:
        raise ValueError(f"{where}: missing {key!r}")
    value = raw[key]
    if not isinstance(value, str) or not (empty or value.strip()):
        raise ValueError(f"{where}.{key}: expected a non-empty string, not {value!r}")
    return value


def _list(raw: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = raw.get(key)
    if not isinstance(value, list):
        raise ValueError(f"{where}.{key}: expected a list")
    return value


def _check(raw: Any, where: str) -> CheckTemplate:
    code = _text(raw, "code", where)
    if not _CODE.match(code):
        raise ValueError(f"{where}: code {code!r} must be snake_case ASCII")
    where = f"{where} {code!r}"
    kind = _text(raw, "kind", where)
    if kind not in CheckKind.__members__.values():
        raise ValueError(f"{where}.kind: {kind!r} is not one of {', '.join(CheckKind)}")
    return CheckTemplate(
        code,
        _text(raw, "name_zh", where),
        _text(raw, "name_en", where),
        CheckKind(kind),
        _text(raw, "hint_zh", where, empty=True),
        _text(raw, "hint_en", where, empty=True),
    )


def _visit_type(raw: Any, where: str, checks: Mapping[str, CheckTemplate]) -> VisitTypeTemplate:
    code = _text(raw, "code", where)
    if code not in VisitType.__members__.values():
        raise ValueError(f"{where}: unknown visit type {code!r}")
    where = f"{where} {code!r}"
    minutes = raw.get("default_minutes")
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not 0 < minutes <= 24 * 60:
        raise ValueError(f"{where}.default_minutes: expected 1 to 1440, not {minutes!r}")
    codes = _list(raw, "checks", where)
    unknown = [c for c in codes if c not in checks]
    if unknown:
        raise ValueError(f"{where}.checks: unknown check {unknown[0]!r}")
    if len(set(codes)) != len(codes):
        raise ValueError(f"{where}.checks: a check is listed twice")
    return VisitTypeTemplate(
        VisitType(code),
        _text(raw, "name_zh", where),
        _text(raw, "name_en", where),
        minutes,
        _text(raw, "notes_zh", where, empty=True),
        _text(raw, "notes_en", where, empty=True),
        tuple(checks[c] for c in codes),
    )


def _load(path: Path) -> VisitTemplates:
    name = path.name
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(f"{name}: not valid JSON: {error}") from None
    if not isinstance(raw, dict):
        raise ValueError(f"{name}: expected a JSON object at the top level")
    checks: dict[str, CheckTemplate] = {}
    for index, entry in enumerate(_list(raw, "checks", name)):
        check = _check(entry, f"{name}: checks[{index}]")
        if check.code in checks:
            raise ValueError(f"{name}: check {check.code!r} is defined twice")
        checks[check.code] = check
    types: dict[VisitType, VisitTypeTemplate] = {}
    for index, entry in enumerate(_list(raw, "visit_types", name)):
        template = _visit_type(entry, f"{name}: visit_types[{index}]", checks)
        if template.code in types:
            raise ValueError(f"{name}: visit type {template.code.value!r} is defined twice")
        types[template.code] = template
    missing = [t.value for t in VisitType if t not in types]
    if missing:
        raise ValueError(f"{name}: visit type {missing[0]!r} has no template")
    ordered = {t: types[t] for t in VisitType}
    return VisitTemplates(
        _text(raw, "version", name), MappingProxyType(ordered), MappingProxyType(checks)
    )


@register_cache_of
@cache
def _default() -> VisitTemplates:
    return _load(reference_file("visit_templates", VISIT_TEMPLATES_PATH))


def load_visit_templates(path: Path | None = None) -> VisitTemplates:
    """The visit templates from ``path`` (the bundled file, cached, when None).

    ValueError, naming the file and the place, if the data is malformed.
    """
    return _default() if path is None else _load(path)
