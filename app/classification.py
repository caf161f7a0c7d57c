"""Enterprise size (大型/中型/小型/微型) under the 2011 SME size standard.

The thresholds live in ``resources/data/size_classification.json`` (《中小企业划型
标准规定》工信部联企业〔2011〕300号); this module only applies them. A row is
SME if ANY of its metrics is below the ``sme_below`` bound (以下 is strict);
medium and small need EVERY metric at or above their bound (及以上, 且); micro
is SME but neither. Explanations are English templates marked for translation
(context ``SizeRule``) with a params dict, so the UI can show them in Chinese.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, cast

from app.industries import divisions_of, normalise_industry_code, section_of
from app.reference_data import reference_file, register_cache_of
from app.text import QT_TRANSLATE_NOOP
from resources import DATA_DIR

SIZE_TABLE_PATH = DATA_DIR / "size_classification.json"


class EnterpriseSize(StrEnum):
    """The four enterprise sizes of the standard."""

    LARGE = "large"
    MEDIUM = "medium"
    SMALL = "small"
    MICRO = "micro"


class Metric(StrEnum):
    """What a size row measures: employees (persons), revenue and assets (万元)."""

    EMPLOYEES = "employees"
    REVENUE = "revenue"
    ASSETS = "assets"


_E, _R, _A = Metric.EMPLOYEES, Metric.REVENUE, Metric.ASSETS
_LARGE, _MEDIUM, _SMALL, _MICRO = (
    EnterpriseSize.LARGE,
    EnterpriseSize.MEDIUM,
    EnterpriseSize.SMALL,
    EnterpriseSize.MICRO,
)

#: The rule that decided a size, by the row's metrics. Large/medium/small quote
#: the bounds that were all met; micro quotes the small bounds, one of which was not.
_DECIDED: dict[tuple[tuple[Metric, ...], EnterpriseSize], str] = {
    ((_E, _R), _LARGE): QT_TRANSLATE_NOOP(
        "SizeRule", "{row}: employees ≥ {employees} and revenue ≥ {revenue} 万元 → large"
    ),
    ((_E, _R), _MEDIUM): QT_TRANSLATE_NOOP(
        "SizeRule", "{row}: employees ≥ {employees} and revenue ≥ {revenue} 万元 → medium"
    ),
    ((_E, _R), _SMALL): QT_TRANSLATE_NOOP(
        "SizeRule", "{row}: employees ≥ {employees} and revenue ≥ {revenue} 万元 → small"
    ),
    ((_E, _R), _MICRO): QT_TRANSLATE_NOOP(
        "SizeRule", "{row}: employees < {employees} or revenue < {revenue} 万元 → micro"
    ),
    ((_R, _A), _LARGE): QT_TRANSLATE_NOOP(
        "SizeRule", "{row}: revenue ≥ {revenue} 万元 and assets ≥ {assets} 万元 → large"
    ),
    ((_R, _A), _MEDIUM): QT_TRANSLATE_NOOP(
        "SizeRule", "{row}: revenue ≥ {revenue} 万元 and assets ≥ {assets} 万元 → medium"
    ),
    ((_R, _A), _SMALL): QT_TRANSLATE_NOOP(
        "SizeRule", "{row}: revenue ≥ {revenue} 万元 and assets ≥ {assets} 万元 → small"
    ),
    ((_R, _A), _MICRO): QT_TRANSLATE_NOOP(
        "SizeRule", "{row}: revenue < {revenue} 万元 or assets < {assets} 万元 → micro"
    ),
    ((_E, _A), _LARGE): QT_TRANSLATE_NOOP(
        "SizeRule", "{row}: employees ≥ {employees} and assets ≥ {assets} 万元 → large"
    ),
    ((_E, _A), _MEDIUM): QT_TRANSLATE_NOOP(
        "SizeRule", "{row}: employees ≥ {employees} and assets ≥ {assets} 万元 → medium"
    ),
    ((_E, _A), _SMALL): QT_TRANSLATE_NOOP(
        "SizeRule", "{row}: employees ≥ {employees} and assets ≥ {assets} 万元 → small"
    ),
    ((_E, _A), _MICRO): QT_TRANSLATE_NOOP(
        "SizeRule", "{row}: employees < {employees} or assets < {assets} 万元 → micro"
    ),
    ((_R,), _LARGE): QT_TRANSLATE_NOOP("SizeRule", "{row}: revenue ≥ {revenue} 万元 → large"),
    ((_R,), _MEDIUM): QT_TRANSLATE_NOOP("SizeRule", "{row}: revenue ≥ {revenue} 万元 → medium"),
    ((_R,), _SMALL): QT_TRANSLATE_NOOP("SizeRule", "{row}: revenue ≥ {revenue} 万元 → small"),
    ((_R,), _MICRO): QT_TRANSLATE_NOOP("SizeRule", "{row}: revenue < {revenue} 万元 → micro"),
    ((_E,), _LARGE): QT_TRANSLATE_NOOP("SizeRule", "{row}: employees ≥ {employees} → large"),
    ((_E,), _MEDIUM): QT_TRANSLATE_NOOP("SizeRule", "{row}: employees ≥ {employees} → medium"),
    ((_E,), _SMALL): QT_TRANSLATE_NOOP("SizeRule", "{row}: employees ≥ {employees} → small"),
    ((_E,), _MICRO): QT_TRANSLATE_NOOP("SizeRule", "{row}: employees < {employees} → micro"),
}

#: Why a size could not be decided, by the metrics the row needs but did not get.
_MISSING: dict[tuple[Metric, ...], str] = {
    (_E,): QT_TRANSLATE_NOOP("SizeRule", "{row}: employees are needed to classify"),
    (_R,): QT_TRANSLATE_NOOP("SizeRule", "{row}: revenue is needed to classify"),
    (_A,): QT_TRANSLATE_NOOP("SizeRule", "{row}: total assets are needed to classify"),
    (_E, _R): QT_TRANSLATE_NOOP("SizeRule", "{row}: employees and revenue are needed to classify"),
    (_E, _A): QT_TRANSLATE_NOOP(
        "SizeRule", "{row}: employees and total assets are needed to classify"
    ),
    (_R, _A): QT_TRANSLATE_NOOP(
        "SizeRule", "{row}: revenue and total assets are needed to classify"
    ),
    (_E, _R, _A): QT_TRANSLATE_NOOP(
        "SizeRule", "{row}: employees, revenue and total assets are needed to classify"
    ),
}

_NO_CODE = QT_TRANSLATE_NOOP("SizeRule", "No industry code: choose an industry to classify")
_UNKNOWN_CODE = QT_TRANSLATE_NOOP("SizeRule", "Unknown industry code {code}: cannot classify")
_BROAD_CODE = QT_TRANSLATE_NOOP(
    "SizeRule", "Industry code {code} spans several size rules: choose a division to classify"
)


@dataclass(frozen=True)
class Threshold:
    """One metric bound of a size row (employees in persons, money in 万元)."""

    metric: Metric
    value: Decimal


@dataclass(frozen=True)
class SizeRow:
    """One industry row of the size table."""

    id: str
    name_zh: str
    name_en: str
    codes: tuple[str, ...]
    metrics: tuple[Metric, ...]
    sme_below: tuple[Threshold, ...]
    medium_at_least: tuple[Threshold, ...]
    small_at_least: tuple[Threshold, ...]

    @property
    def label(self) -> str:
        """Both names, e.g. ``"Industry (工业)"``."""
        return f"{self.name_en} ({self.name_zh})"


@dataclass(frozen=True)
class SizeTable:
    """A version of the size standard: its rows and how codes map onto them."""

    version: str
    source: str
    rows: tuple[SizeRow, ...]
    default_row: SizeRow

    def row(self, row_id: str) -> SizeRow | None:
        """The row called ``row_id``, if any."""
        return next((r for r in self.rows if r.id == row_id), None)

    def _match(self, code: str, section: str) -> SizeRow:
        """Longest covering prefix of a numeric code, then its section, then the default."""
        for end in range(len(code), 0, -1):
            for row in self.rows:
                if code[:end] in row.codes:
                    return row
        for row in self.rows:
            if section in row.codes:
                return row
        return self.default_row

    def row_for(self, code: str) -> SizeRow | None:
        """The row covering GB/T 4754 ``code``; None if unknown or too broad.

        A bare section letter only resolves when all its divisions share a row
        ("C" → industry) — "G" spans transport, warehousing and postal.
        """
        normal = normalise_industry_code(code)
        section = section_of(normal)
        if section is None:
            return None
        if normal == section:
            rows = {self._match(d.code, section) for d in divisions_of(section)}
            return rows.pop() if len(rows) == 1 else None
        return self._match(normal, section)


@dataclass(frozen=True)
class SizeResult:
    """The size of an enterprise and the rule (or missing data) behind it."""

    size: EnterpriseSize | None
    row_id: str | None
    row_name_zh: str | None
    row_name_en: str | None
    #: English template, marked with QT_TRANSLATE_NOOP("SizeRule", ...).
    template: str
    #: Values for the template's placeholders; ``row`` holds both names, and
    #: ``row_en`` / ``row_zh`` are there for translations that want one.
    params: Mapping[str, str] = field(default_factory=dict, hash=False)
    #: Metrics the row needs that were not given.
    missing: tuple[Metric, ...] = ()

    def text(self) -> str:
        """The explanation in English."""
        return self.template.format(**self.params)


def _decimal(value: Any, where: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | Decimal):
        raise ValueError(f"{where}: {value!r} is not a number")
    number = Decimal(value)
    if not number.is_finite() or number < 0:
        raise ValueError(f"{where}: {value!r} must be a non-negative number")
    return number


def _thresholds(
    row: dict[str, Any], key: str, metrics: tuple[Metric, ...]
) -> tuple[Threshold, ...]:
    bounds = cast(dict[str, Any], row[key])
    if set(bounds) != set(metrics):
        raise ValueError(f"size row {row['id']!r}: {key} must give exactly {list(metrics)}")
    return tuple(Threshold(m, _decimal(bounds[m.value], f"{row['id']}.{key}.{m}")) for m in metrics)


def _row(raw: dict[str, Any]) -> SizeRow:
    order = list(Metric)
    metrics = tuple(sorted((Metric(m) for m in raw["metrics"]), key=order.index))
    if not metrics or any((metrics, size) not in _DECIDED for size in EnterpriseSize):
        raise ValueError(f"size row {raw['id']!r}: unsupported metrics {raw['metrics']!r}")
    return SizeRow(
        id=str(raw["id"]),
        name_zh=str(raw["name_zh"]),
        name_en=str(raw["name_en"]),
        codes=tuple(normalise_industry_code(str(c)) for c in raw["codes"]),
        metrics=metrics,
        sme_below=_thresholds(raw, "sme_below", metrics),
        medium_at_least=_thresholds(raw, "medium_at_least", metrics),
        small_at_least=_thresholds(raw, "small_at_least", metrics),
    )


def _load(path: Path) -> SizeTable:
    raw = json.loads(path.read_text(encoding="utf-8"), parse_float=Decimal)
    rows = tuple(_row(r) for r in cast(list[dict[str, Any]], raw["rows"]))
    ids = [r.id for r in rows]
    codes = [c for r in rows for c in r.codes]
    if len(set(ids)) != len(ids) or len(set(codes)) != len(codes):
        raise ValueError(f"{path}: row ids and covered codes must be unique")
    default = next((r for r in rows if r.id == raw["default_row"]), None)
    if default is None:
        raise ValueError(f"{path}: default_row {raw['default_row']!r} is not a row")
    return SizeTable(str(raw["version"]), str(raw["source"]), rows, default)


@register_cache_of
@cache
def _default_table() -> SizeTable:
    return _load(reference_file("size_classification", SIZE_TABLE_PATH))


def load_size_table(path: Path | None = None) -> SizeTable:
    """The size table at ``path``; the bundled 2011 table (cached) when None."""
    return _default_table() if path is None else _load(path)


def _format(value: Decimal) -> str:
    """``2000`` → ``"2,000"``; fractions keep their digits (``"0.5"``)."""
    if value == value.to_integral_value():
        return f"{value.quantize(Decimal(1)):,}"
    return f"{value.normalize():,f}"


def _all_at_least(values: Mapping[Metric, Decimal], bounds: tuple[Threshold, ...]) -> bool:
    return all(values[b.metric] >= b.value for b in bounds)


def _result(
    size: EnterpriseSize | None,
    row: SizeRow | None,
    template: str,
    params: dict[str, str],
    missing: tuple[Metric, ...] = (),
) -> SizeResult:
    if row is not None:
        params = {"row": row.label, "row_en": row.name_en, "row_zh": row.name_zh, **params}
    return SizeResult(
        size=size,
        row_id=row.id if row else None,
        row_name_zh=row.name_zh if row else None,
        row_name_en=row.name_en if row else None,
        template=template,
        params=MappingProxyType(params),
        missing=missing,
    )


def classify(
    industry_code: str | None,
    employees: int | None,
    revenue_wan: Decimal | None,
    assets_wan: Decimal | None,
    *,
    table: SizeTable | None = None,
) -> SizeResult:
    """Classify an enterprise by GB/T 4754 code, employees and revenue/assets in 万元.

    Size is None (with the reason as the explanation) when the code is missing,
    unknown or too broad, or when a metric the row needs is missing.
    """
    if table is None:
        table = load_size_table()
    code = normalise_industry_code(industry_code or "")
    if not code:
        return _result(None, None, _NO_CODE, {})
    row = table.row_for(code)
    if row is None:
        template = _UNKNOWN_CODE if section_of(code) is None else _BROAD_CODE
        return _result(None, None, template, {"code": code})

    given: dict[Metric, Decimal | None] = {
        Metric.EMPLOYEES: None if employees is None else Decimal(employees),
        Metric.REVENUE: revenue_wan,
        Metric.ASSETS: assets_wan,
    }
    missing = tuple(m for m in row.metrics if given[m] is None)
    if missing:
        return _result(None, row, _MISSING[missing], {}, missing)
    values = {m: cast(Decimal, given[m]) for m in row.metrics}
    for metric, value in values.items():
        if not value.is_finite():
            raise ValueError(f"{metric} must be a finite number, not {value}")

    if not any(values[b.metric] < b.value for b in row.sme_below):
        size, bounds = EnterpriseSize.LARGE, row.sme_below
    elif _all_at_least(values, row.medium_at_least):
        size, bounds = EnterpriseSize.MEDIUM, row.medium_at_least
    elif _all_at_least(values, row.small_at_least):
        size, bounds = EnterpriseSize.SMALL, row.small_at_least
    else:
        size, bounds = EnterpriseSize.MICRO, row.small_at_least
    params = {b.metric.value: _format(b.value) for b in bounds}
    return _result(size, row, _DECIDED[(row.metrics, size)], params)
