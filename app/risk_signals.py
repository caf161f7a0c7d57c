"""Early-warning risk signals (风险预警信号) as versioned reference data.

The signals an RM can tick on a visit live in ``resources/data/risk_signals.json``
(refreshed by sync, like the product catalogue): code, Chinese and English
name, severity and a hint of what to look for. Ticking one raises an alert on
the customer (see :mod:`app.alerts`). The file is checked when it loads; a bad
file raises ValueError saying where.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.reference_data import reference_file, register_cache_of
from app.text import QT_TRANSLATE_NOOP
from resources import DATA_DIR

RISK_SIGNALS_PATH = DATA_DIR / "risk_signals.json"

_CODE = re.compile(r"[a-z][a-z0-9_]*\Z")


class Severity(StrEnum):
    """How serious a signal is, from low to critical (ordered: compare with :meth:`rank`)."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        """0 for low … 3 for critical."""
        return _RANKS[self]

    def at_least(self, other: Severity | str) -> bool:
        """True when this severity is ``other`` or worse."""
        return self.rank >= Severity(other).rank


_RANKS = {s: n for n, s in enumerate(Severity)}

#: English label of each severity (context ``Severity``), for the UI.
SEVERITY_LABELS: Mapping[Severity, str] = MappingProxyType(
    {
        Severity.LOW: QT_TRANSLATE_NOOP("Severity", "Low"),
        Severity.MEDIUM: QT_TRANSLATE_NOOP("Severity", "Medium"),
        Severity.HIGH: QT_TRANSLATE_NOOP("Severity", "High"),
        Severity.CRITICAL: QT_TRANSLATE_NOOP("Severity", "Critical"),
    }
)


def worst(severities: Iterable[str]) -> Severity | None:
    """The most serious of ``severities`` (unknown values ignored), None if there is none."""
    known = [Severity(s) for s in severities if s in _RANKS]
    return max(known, key=lambda s: s.rank, default=None)


@dataclass(frozen=True)
class RiskSignal:
    """One early-warning signal an RM can observe on a visit."""

    code: str
    name_zh: str
    name_en: str
    severity: Severity
    hint_zh: str
    hint_en: str

    @property
    def label(self) -> str:
        """Both names, e.g. ``"Owner unreachable (实际控制人失联)"``."""
        return f"{self.name_en} ({self.name_zh})"


@dataclass(frozen=True)
class RiskSignals:
    """A version of the risk-signal list, in display order."""

    version: str
    signals: Mapping[str, RiskSignal] = field(hash=False)

    def signal(self, code: str) -> RiskSignal:
        """The signal called ``code``; KeyError if there is none."""
        try:
            return self.signals[code]
        except KeyError:
            raise KeyError(f"unknown risk signal {code!r}") from None


def _text(raw: Mapping[str, Any], key: str, where: str, *, empty: bool = False) -> str:
    if not isinstance(raw, Mapping) or key not in raw:
        raise ValueError(f"{where}: missing {key!r}")
    value = raw[key]
    if not isinstance(value, str) or not (empty or value.strip()):
        raise ValueError(f"{where}.{key}: expected a non-empty string, not {value!r}")
    return value


def _signal(raw: Any, where: str) -> RiskSignal:
    code = _text(raw, "code", where)
    if not _CODE.match(code):
        raise ValueError(f"{where}: code {code!r} must be snake_case ASCII")
    where = f"{where} {code!r}"
    severity = _text(raw, "severity", where)
    if severity not in _RANKS:
        known = ", ".join(Severity)
        raise ValueError(f"{where}.severity: {severity!r} is not one of {known}")
    return RiskSignal(
        code=code,
        name_zh=_text(raw, "name_zh", where),
        name_en=_text(raw, "name_en", where),
        severity=Severity(severity),
        hint_zh=_text(raw, "hint_zh", where, empty=True),
        hint_en=_text(raw, "hint_en", where, empty=True),
    )


def _load(path: Path) -> RiskSignals:
    name = path.name
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(f"{name}: not valid JSON: {error}") from None
    if not isinstance(raw, dict):
        raise ValueError(f"{name}: expected a JSON object at the top level")
    entries = raw.get("signals")
    if not isinstance(entries, list) or not entries:
        raise ValueError(f"{name}.signals: expected a non-empty list")
    signals: dict[str, RiskSignal] = {}
    for index, entry in enumerate(entries):
        signal = _signal(entry, f"{name}: signals[{index}]")
        if signal.code in signals:
            raise ValueError(f"{name}: signal {signal.code!r} is defined twice")
        signals[signal.code] = signal
    return RiskSignals(_text(raw, "version", name), MappingProxyType(signals))


@register_cache_of
@cache
def _default() -> RiskSignals:
    return _load(reference_file("risk_signals", RISK_SIGNALS_PATH))


def load_risk_signals(path: Path | None = None) -> RiskSignals:
    """The risk signals from ``path`` (the bundled file, cached, when None).

    ValueError, naming the file and the place, if the data is malformed.
    """
    return _default() if path is None else _load(path)
