"""Words for bins: what an attribute's predicate covers, for people."""

from __future__ import annotations

from decimal import Decimal

from app.scoring.model import Interval, decimal_text
from app.scoring.predicates import (
    CompoundPredicate,
    ConstantPredicate,
    Predicate,
    PredicateValue,
    SimplePredicate,
    SimpleSetPredicate,
)


def _show(value: PredicateValue) -> str:
    if isinstance(value, Decimal):
        return decimal_text(value)
    return "" if value is None else value


def interval_of(predicate: Predicate) -> tuple[str, Interval] | None:
    """The field and numeric range ``predicate`` selects, if it is a plain range."""
    if isinstance(predicate, SimplePredicate) and isinstance(predicate.value, Decimal):
        value, op = predicate.value, predicate.operator
        if op == "lessThan":
            return predicate.field, Interval(high=value)
        if op == "lessOrEqual":
            return predicate.field, Interval(high=value, high_closed=True)
        if op == "greaterThan":
            return predicate.field, Interval(low=value)
        if op == "greaterOrEqual":
            return predicate.field, Interval(low=value, low_closed=True)
        if op == "equal":
            return predicate.field, Interval(value, value, True, True)
        return None
    if (
        isinstance(predicate, CompoundPredicate)
        and predicate.operator == "and"
        and len(predicate.children) == 2
    ):
        parts = [interval_of(child) for child in predicate.children]
        if parts[0] is None or parts[1] is None or parts[0][0] != parts[1][0]:
            return None
        (field, a), (_, b) = parts[0], parts[1]
        lows = [i for i in (a, b) if i.low is not None]
        highs = [i for i in (a, b) if i.high is not None]
        if len(lows) != 1 or len(highs) != 1:
            return None
        low, high = lows[0], highs[0]
        return field, Interval(low.low, high.high, low.low_closed, high.high_closed)
    return None


def describe(predicate: Predicate) -> tuple[str, str]:
    """(Chinese, English) words for what ``predicate`` selects, e.g. ``[40, 60)``."""
    if isinstance(predicate, ConstantPredicate):
        return ("其他", "otherwise") if predicate.result else ("从不", "never")
    if isinstance(predicate, SimplePredicate) and predicate.operator == "isMissing":
        return "缺失", "missing"
    if isinstance(predicate, SimplePredicate) and predicate.operator == "isNotMissing":
        return "已填写", "given"
    found = interval_of(predicate)
    if found is not None:
        interval = found[1]
        if interval.low is not None and interval.low == interval.high:
            text = decimal_text(interval.low)
        else:
            text = interval.text()
        return text, text
    if isinstance(predicate, SimplePredicate):
        if predicate.operator == "equal":
            return _show(predicate.value), _show(predicate.value)
        if predicate.operator == "notEqual":
            return f"≠ {_show(predicate.value)}", f"≠ {_show(predicate.value)}"
    if isinstance(predicate, SimpleSetPredicate):
        values = "、".join(_show(v) for v in sorted(predicate.values, key=str))
        values_en = ", ".join(_show(v) for v in sorted(predicate.values, key=str))
        if predicate.operator == "isIn":
            return values, values_en
        return f"除{values}外", f"not {values_en}"
    if isinstance(predicate, CompoundPredicate):
        parts = [describe(child) for child in predicate.children]
        joiner_zh = {"and": "且", "or": "或", "xor": "异或", "surrogate": "否则"}[
            predicate.operator
        ]
        joiner_en = {"and": "and", "or": "or", "xor": "xor", "surrogate": "else"}[
            predicate.operator
        ]
        return (
            f" {joiner_zh} ".join(p[0] for p in parts),
            f" {joiner_en} ".join(p[1] for p in parts),
        )
    return "条件", "condition"
