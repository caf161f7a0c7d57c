"""RM Desk's own readable scorecard format (JSON), documented by example in
``resources/data/scorecards/sme_v1.json``.

Top level: ``format`` (``"rmdesk.scorecard/1"``), ``id``, ``version``, names and
``description``, ``initial_score``, ``use_reason_codes``,
``reason_code_algorithm`` (``pointsBelow``/``pointsAbove``), ``baseline_method``,
optional ``baseline_score``, ``inputs``, ``reason_codes`` (code → ``{"zh", "en"}``),
``characteristics`` and optional ``grades`` (see :mod:`app.scoring.grades`).

A characteristic reads one ``input`` and lists ``bins``, tried in order; each
bin has ``points``, optional ``reason_code`` (overrides the characteristic's)
and labels, and exactly one of:

* ``"range": "[40, 60)"``: a numeric interval; ``[``/``]`` closed, ``(``/``)``
  open, ``-inf``/``+inf`` for open ends;
* ``"values": ["clean", "no_record"]``: categories of a categorical input;
* ``"missing": true``: the value is missing;
* ``"otherwise": true``: anything (including missing).

Loading checks that the bins of a characteristic neither overlap nor leave a
valid value (or a missing one) without a bin. Numbers may be JSON numbers or
strings; they are read as ``Decimal``. Any problem raises :class:`ModelError`
naming the JSON path, e.g. ``$.characteristics[2].bins[0].range``.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Any, cast

from app.scoring.derived import check_derive
from app.scoring.grades import parse_grades
from app.scoring.labels import describe
from app.scoring.matching import gap_samples
from app.scoring.model import (
    BASELINE_METHODS,
    Attribute,
    Characteristic,
    Choice,
    InputKind,
    InputSpec,
    Interval,
    ModelError,
    ReasonCodeAlgorithm,
    ReasonText,
    ScorecardModel,
    Source,
    decimal_text,
)
from app.scoring.predicates import (
    TRUE,
    CompoundPredicate,
    Predicate,
    SimplePredicate,
    SimpleSetPredicate,
)
from app.scoring.ratios import RATIOS

FORMAT = "rmdesk.scorecard/1"
_NAME = re.compile(r"[a-z][a-z0-9_]{0,63}\Z")
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}\Z")
_VERSION = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,31}\Z")
_CODE = re.compile(r"[A-Za-z0-9_.\-]{1,32}\Z")
_RANGE = re.compile(
    r"\s*([\[(])\s*(-inf|[-+]?\d+(?:\.\d+)?)\s*,\s*(\+?inf|[-+]?\d+(?:\.\d+)?)\s*([\])])\s*\Z"
)
_TOP_KEYS = frozenset(
    {
        "format",
        "id",
        "version",
        "name_zh",
        "name_en",
        "description",
        "initial_score",
        "use_reason_codes",
        "reason_code_algorithm",
        "baseline_method",
        "baseline_score",
        "inputs",
        "reason_codes",
        "characteristics",
        "grades",
        "notes",
    }
)
_INPUT_KEYS = frozenset(
    {
        "name",
        "kind",
        "data_type",
        "label_zh",
        "label_en",
        "unit",
        "help_zh",
        "help_en",
        "source",
        "choices",
        "min",
        "max",
        "decimals",
        "adjustable",
        "derive",
    }
)
_CHARACTERISTIC_KEYS = frozenset(
    {"name", "input", "label_zh", "label_en", "description", "baseline", "reason_code", "bins"}
)
_BIN_KEYS = frozenset(
    {"range", "values", "missing", "otherwise", "points", "reason_code", "label_zh", "label_en"}
)
_BIN_KINDS = ("range", "values", "missing", "otherwise")


# Small readers, each naming the JSON path of what is wrong -----------------------------


def _object(raw: Any, path: str, keys: frozenset[str]) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ModelError("must be an object", path)
    unknown = sorted(set(raw) - keys)
    if unknown:
        raise ModelError(f"unknown key {unknown[0]!r}", f"{path}.{unknown[0]}")
    return raw


def _text(raw: dict[str, Any], key: str, path: str, required: bool = False) -> str:
    if key not in raw:
        if required:
            raise ModelError(f"{key!r} is required", path)
        return ""
    value = raw[key]
    if not isinstance(value, str):
        raise ModelError("must be text", f"{path}.{key}")
    if required and not value.strip():
        raise ModelError("must not be empty", f"{path}.{key}")
    return value


def _decimal(raw: Any, path: str) -> Decimal:
    if isinstance(raw, bool) or not isinstance(raw, Decimal | int | float | str):
        raise ModelError("must be a number (or a number as text)", path)
    if isinstance(raw, float):
        raw = repr(raw)  # the shortest text that reads back as this float: 0.1 stays 0.1
    try:
        number = Decimal(raw.strip()) if isinstance(raw, str) else Decimal(raw)
    except ArithmeticError:
        raise ModelError(f"{raw!r} is not a number", path) from None
    if not number.is_finite():
        raise ModelError(f"{raw!r} is not a finite number", path)
    return number


def _optional_decimal(raw: dict[str, Any], key: str, path: str) -> Decimal | None:
    value = raw.get(key)
    return None if value is None else _decimal(value, f"{path}.{key}")


def _boolean(raw: dict[str, Any], key: str, path: str, default: bool) -> bool:
    value = raw.get(key, default)
    if not isinstance(value, bool):
        raise ModelError("must be true or false", f"{path}.{key}")
    return value


def _list(raw: dict[str, Any], key: str, path: str) -> list[Any]:
    value = raw.get(key)
    if not isinstance(value, list) or not value:
        raise ModelError("must be a non-empty list", f"{path}.{key}")
    return value


def _code(raw: dict[str, Any], key: str, path: str, known: dict[str, ReasonText]) -> str | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not _CODE.match(value):
        raise ModelError("must be a short reason code", f"{path}.{key}")
    if value not in known:
        raise ModelError(f"reason code {value!r} is not in $.reason_codes", f"{path}.{key}")
    return value


# Inputs -------------------------------------------------------------------------------


def _choices(raw: dict[str, Any], path: str) -> tuple[Choice, ...]:
    items = _list(raw, "choices", path)
    choices: list[Choice] = []
    for index, item in enumerate(items):
        where = f"{path}.choices[{index}]"
        entry = _object(item, where, frozenset({"value", "label_zh", "label_en"}))
        value = _text(entry, "value", where, required=True)
        if any(c.value == value for c in choices):
            raise ModelError(f"value {value!r} is listed twice", f"{where}.value")
        choices.append(
            Choice(value, _text(entry, "label_zh", where), _text(entry, "label_en", where))
        )
    return tuple(choices)


def _input(raw: Any, path: str) -> InputSpec:
    item = _object(raw, path, _INPUT_KEYS)
    name = _text(item, "name", path, required=True)
    if not _NAME.match(name):
        raise ModelError("must be lower_case_with_underscores", f"{path}.name")
    kind = item.get("kind")
    if kind not in ("numeric", "categorical"):
        raise ModelError("must be 'numeric' or 'categorical'", f"{path}.kind")
    data_type = item.get("data_type", "double" if kind == "numeric" else "string")
    allowed = ("double", "integer") if kind == "numeric" else ("string",)
    if data_type not in allowed:
        raise ModelError(f"must be one of: {', '.join(allowed)}", f"{path}.data_type")
    source = item.get("source", "form")
    if source not in ("ratio", "customer", "form"):
        raise ModelError("must be 'ratio', 'customer' or 'form'", f"{path}.source")
    if source == "ratio" and name not in RATIOS:
        raise ModelError(
            f"a ratio input must be named like a ratio: {', '.join(RATIOS)}", f"{path}.name"
        )
    if source == "ratio" and kind != "numeric":
        raise ModelError("a ratio input is numeric", f"{path}.kind")
    choices: tuple[Choice, ...] = ()
    if kind == "categorical":
        choices = _choices(item, path)
    elif "choices" in item:
        raise ModelError("only categorical inputs have choices", f"{path}.choices")
    low = _optional_decimal(item, "min", path)
    high = _optional_decimal(item, "max", path)
    if kind == "categorical" and (low is not None or high is not None):
        raise ModelError("only numeric inputs have min and max", path)
    if low is not None and high is not None and low > high:
        raise ModelError("min is above max", path)
    valid = () if low is None and high is None else (Interval(low, high, True, True),)
    decimals = item.get("decimals")
    if decimals is not None and (
        isinstance(decimals, bool) or not isinstance(decimals, int) or not 0 <= decimals <= 6
    ):
        raise ModelError("must be a whole number from 0 to 6", f"{path}.decimals")
    derive = None
    if source == "customer":
        derive = check_derive(
            item.get("derive"), kind, frozenset(c.value for c in choices), f"{path}.derive"
        )
    elif "derive" in item:
        raise ModelError("only customer inputs are derived", f"{path}.derive")
    return InputSpec(
        name=name,
        kind=cast(InputKind, kind),
        data_type=data_type,
        label_zh=_text(item, "label_zh", path),
        label_en=_text(item, "label_en", path),
        unit=_text(item, "unit", path),
        help_zh=_text(item, "help_zh", path),
        help_en=_text(item, "help_en", path),
        source=cast(Source, source),
        choices=choices,
        valid=valid,
        decimals=None if decimals is None else int(decimals),
        adjustable=_boolean(item, "adjustable", path, True),
        derive=derive,
    )


# Bins ---------------------------------------------------------------------------------


def parse_range(text: str, path: str) -> Interval:
    """``"[40, 60)"`` as an :class:`Interval` (ModelError naming ``path`` if malformed)."""
    match = _RANGE.match(text)
    if match is None:
        raise ModelError(
            f"{text!r} is not an interval such as '[40, 60)', '(-inf, 18]' or '(29, +inf)'", path
        )
    left, low_text, high_text, right = match.groups()
    low = None if low_text == "-inf" else Decimal(low_text)
    high = None if high_text in ("inf", "+inf") else Decimal(high_text)
    if (low is None and left == "[") or (high is None and right == "]"):
        raise ModelError(f"{text!r}: an infinite end must be open: '(' or ')'", path)
    interval = Interval(low, high, left == "[", right == "]")
    closed = interval.low_closed and interval.high_closed
    if low is not None and high is not None and (low > high or (low == high and not closed)):
        raise ModelError(f"{text!r} is empty", path)
    return interval


def _range_predicate(field: str, interval: Interval) -> Predicate:
    parts: list[Predicate] = []
    if interval.low is not None:
        op = "greaterOrEqual" if interval.low_closed else "greaterThan"
        parts.append(SimplePredicate(field, op, interval.low))
    if interval.high is not None:
        op = "lessOrEqual" if interval.high_closed else "lessThan"
        parts.append(SimplePredicate(field, op, interval.high))
    if not parts:
        return SimplePredicate(field, "isNotMissing")
    return parts[0] if len(parts) == 1 else CompoundPredicate("and", parts)


class _Bin:
    def __init__(self, kind: str, interval: Interval | None, values: tuple[str, ...]) -> None:
        self.kind = kind
        self.interval = interval
        self.values = values


def _bin(
    raw: Any, path: str, spec: InputSpec, known: dict[str, ReasonText]
) -> tuple[Attribute, _Bin]:
    item = _object(raw, path, _BIN_KEYS)
    kinds = [k for k in _BIN_KINDS if k in item]
    if len(kinds) != 1:
        raise ModelError("a bin needs exactly one of: range, values, missing, otherwise", path)
    kind = kinds[0]
    if "points" not in item:
        raise ModelError("'points' is required", path)
    points = _decimal(item["points"], f"{path}.points")
    interval: Interval | None = None
    values: tuple[str, ...] = ()
    predicate: Predicate
    if kind == "range":
        if spec.kind != "numeric":
            raise ModelError(f"input {spec.name!r} is categorical: use 'values'", f"{path}.range")
        if not isinstance(item["range"], str):
            raise ModelError("must be text such as '[40, 60)'", f"{path}.range")
        interval = parse_range(item["range"], f"{path}.range")
        predicate = _range_predicate(spec.name, interval)
        label_zh = label_en = interval.text()
    elif kind == "values":
        if spec.kind != "categorical":
            raise ModelError(f"input {spec.name!r} is numeric: use 'range'", f"{path}.values")
        raw_values = item["values"]
        if not isinstance(raw_values, list) or not raw_values:
            raise ModelError("must be a non-empty list of choices", f"{path}.values")
        for index, value in enumerate(raw_values):
            if not isinstance(value, str) or spec.choice(value) is None:
                raise ModelError(
                    f"{value!r} is not a choice of input {spec.name!r}", f"{path}.values[{index}]"
                )
        values = tuple(raw_values)
        if len(set(values)) != len(values):
            raise ModelError("a value is listed twice", f"{path}.values")
        predicate = (
            SimplePredicate(spec.name, "equal", values[0])
            if len(values) == 1
            else SimpleSetPredicate(spec.name, "isIn", values)
        )
        chosen = [spec.choice(v) for v in values]
        label_zh = "、".join((c.label_zh or c.value) for c in chosen if c)
        label_en = ", ".join((c.label_en or c.value) for c in chosen if c)
    else:
        if item[kind] is not True:
            raise ModelError("must be true", f"{path}.{kind}")
        predicate = SimplePredicate(spec.name, "isMissing") if kind == "missing" else TRUE
        label_zh, label_en = ("未提供", "not provided") if kind == "missing" else describe(TRUE)
    attribute = Attribute(
        predicate=predicate,
        points=points,
        reason_code=_code(item, "reason_code", path, known),
        label_zh=_text(item, "label_zh", path) or label_zh,
        label_en=_text(item, "label_en", path) or label_en,
        where=path,
    )
    return attribute, _Bin(kind, interval, values)


def _check_coverage(bins: list[_Bin], spec: InputSpec, path: str) -> None:
    """Refuse overlapping bins and valid values (or missing) without a bin."""
    if any(b.kind == "otherwise" for b in bins):
        return
    if not any(b.kind == "missing" for b in bins):
        raise ModelError(
            "needs a bin for a missing value ('missing': true), so partly filled forms score",
            f"{path}.bins",
        )
    if sum(b.kind == "missing" for b in bins) > 1:
        raise ModelError("more than one bin for a missing value", f"{path}.bins")
    if spec.kind == "categorical":
        owner: dict[str, int] = {}
        for index, b in enumerate(bins):
            for value in b.values:
                if value in owner:
                    raise ModelError(
                        f"{value!r} is also in bin {owner[value]}", f"{path}.bins[{index}].values"
                    )
                owner[value] = index
        uncovered = [c.value for c in spec.choices if c.value not in owner]
        if uncovered:
            raise ModelError(f"no bin for the choice {uncovered[0]!r}", f"{path}.bins")
        return
    ranges = [(i, b.interval) for i, b in enumerate(bins) if b.interval is not None]
    cuts = sorted(
        {v for _, r in ranges for v in (r.low, r.high) if v is not None}
        | {v for r in spec.valid for v in (r.low, r.high) if v is not None}
    )
    for sample in [*cuts, *gap_samples(cuts)]:
        if spec.valid and not any(r.contains(sample) for r in spec.valid):
            continue
        holders = [i for i, r in ranges if r.contains(sample)]
        if len(holders) > 1:
            raise ModelError(
                f"overlaps bin {holders[0]} (both hold {decimal_text(sample)})",
                f"{path}.bins[{holders[1]}].range",
            )
        if not holders:
            raise ModelError(f"no bin holds the value {decimal_text(sample)}", f"{path}.bins")


def _characteristic(
    raw: Any,
    path: str,
    inputs: dict[str, InputSpec],
    known: dict[str, ReasonText],
    use_codes: bool,
    model_baseline: Decimal | None,
) -> Characteristic:
    item = _object(raw, path, _CHARACTERISTIC_KEYS)
    name = _text(item, "name", path, required=True)
    if not _NAME.match(name):
        raise ModelError("must be lower_case_with_underscores", f"{path}.name")
    field = _text(item, "input", path, required=True)
    spec = inputs.get(field)
    if spec is None:
        raise ModelError(f"no input called {field!r} in $.inputs", f"{path}.input")
    baseline = _optional_decimal(item, "baseline", path)
    code = _code(item, "reason_code", path, known)
    if use_codes and baseline is None and model_baseline is None:
        raise ModelError("'baseline' is required when use_reason_codes is true", path)
    attributes: list[Attribute] = []
    bins: list[_Bin] = []
    for index, raw_bin in enumerate(_list(item, "bins", path)):
        attribute, shape = _bin(raw_bin, f"{path}.bins[{index}]", spec, known)
        if use_codes and attribute.reason_code is None and code is None:
            raise ModelError(
                "needs a 'reason_code' (here or on the characteristic)", f"{path}.bins[{index}]"
            )
        attributes.append(attribute)
        bins.append(shape)
    _check_coverage(bins, spec, path)
    return Characteristic(
        name=name,
        attributes=tuple(attributes),
        baseline=baseline,
        reason_code=code,
        label_zh=_text(item, "label_zh", path) or spec.label_zh,
        label_en=_text(item, "label_en", path) or spec.label_en,
        description=_text(item, "description", path),
        where=path,
    )


def _reason_codes(raw: Any, path: str) -> dict[str, ReasonText]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ModelError('must be an object: code → {"zh": ..., "en": ...}', path)
    texts: dict[str, ReasonText] = {}
    for code, entry in raw.items():
        where = f"{path}.{code}"
        if not _CODE.match(code):
            raise ModelError("a reason code is 1 to 32 letters, digits, '_', '.' or '-'", where)
        item = _object(entry, where, frozenset({"zh", "en"}))
        texts[code] = ReasonText(
            code, _text(item, "zh", where, required=True), _text(item, "en", where, required=True)
        )
    return texts


def load_json_model(text: str, source: str = "") -> ScorecardModel:
    """A model from our JSON format (see the module docstring); ModelError if it is bad."""
    try:
        raw = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        raise ModelError(
            f"not valid JSON: {exc.msg}", f"line {exc.lineno} column {exc.colno}"
        ) from None
    return model_from_json(raw, source)


def model_from_json(raw: Any, source: str = "") -> ScorecardModel:
    """A model from already-parsed JSON (numbers may be Decimal, int or text)."""
    top = _object(raw, "$", _TOP_KEYS)
    if top.get("format") != FORMAT:
        raise ModelError(f"must be {FORMAT!r}", "$.format")
    model_id = _text(top, "id", "$", required=True)
    if not _ID.match(model_id):
        raise ModelError("1 to 64 letters, digits, '_', '.' or '-'", "$.id")
    version = _text(top, "version", "$", required=True)
    if not _VERSION.match(version):
        raise ModelError("1 to 32 letters, digits, '_', '.' or '-'", "$.version")
    algorithm = top.get("reason_code_algorithm", "pointsBelow")
    if algorithm not in ("pointsBelow", "pointsAbove"):
        raise ModelError("must be 'pointsBelow' or 'pointsAbove'", "$.reason_code_algorithm")
    method = top.get("baseline_method", "other")
    if method not in BASELINE_METHODS:
        raise ModelError(f"must be one of: {', '.join(BASELINE_METHODS)}", "$.baseline_method")
    use_codes = _boolean(top, "use_reason_codes", "$", True)
    baseline = _optional_decimal(top, "baseline_score", "$")
    known = _reason_codes(top.get("reason_codes"), "$.reason_codes")
    inputs: dict[str, InputSpec] = {}
    for index, item in enumerate(_list(top, "inputs", "$")):
        spec = _input(item, f"$.inputs[{index}]")
        if spec.name in inputs:
            raise ModelError(f"input {spec.name!r} is defined twice", f"$.inputs[{index}].name")
        inputs[spec.name] = spec
    characteristics: list[Characteristic] = []
    for index, item in enumerate(_list(top, "characteristics", "$")):
        characteristic = _characteristic(
            item, f"$.characteristics[{index}]", inputs, known, use_codes, baseline
        )
        if any(c.name == characteristic.name for c in characteristics):
            raise ModelError(
                f"characteristic {characteristic.name!r} is defined twice",
                f"$.characteristics[{index}].name",
            )
        characteristics.append(characteristic)
    grades = None if top.get("grades") is None else parse_grades(top["grades"], "$.grades")
    initial = _optional_decimal(top, "initial_score", "$")
    return ScorecardModel(
        id=model_id,
        version=version,
        inputs=tuple(inputs.values()),
        characteristics=tuple(characteristics),
        initial_score=Decimal(0) if initial is None else initial,
        use_reason_codes=use_codes,
        reason_code_algorithm=cast(ReasonCodeAlgorithm, algorithm),
        baseline_method=method,
        baseline_score=baseline,
        reason_texts=known,
        grades=grades,
        name_zh=_text(top, "name_zh", "$"),
        name_en=_text(top, "name_en", "$"),
        description=_text(top, "description", "$"),
        source_path=source,
    )
