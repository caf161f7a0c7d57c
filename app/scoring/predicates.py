"""PMML predicates and the arithmetic of ``ComplexPartialScore``, over prepared values.

Predicates use PMML's three-valued logic: ``True``, ``False`` or ``None``
(UNKNOWN, e.g. a comparison with a missing value). An attribute applies only
when its predicate is ``True``. Values are ``Decimal`` (numeric fields), ``str``
(categorical) or ``None`` (missing).
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterator, Mapping, Sequence
from decimal import Decimal, DivisionByZero, InvalidOperation
from typing import Any

PredicateValue = Decimal | str | None

COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    "equal": operator.eq,
    "notEqual": operator.ne,
    "lessThan": operator.lt,
    "lessOrEqual": operator.le,
    "greaterThan": operator.gt,
    "greaterOrEqual": operator.ge,
}
ORDERING = frozenset({"lessThan", "lessOrEqual", "greaterThan", "greaterOrEqual"})
MISSING_TESTS = frozenset({"isMissing", "isNotMissing"})
SIMPLE_OPERATORS = frozenset(COMPARISONS) | MISSING_TESTS
SET_OPERATORS = frozenset({"isIn", "isNotIn"})
BOOLEAN_OPERATORS = frozenset({"and", "or", "xor", "surrogate"})


class Predicate:
    """A condition on the input values (see the module docstring)."""

    __slots__ = ()

    def evaluate(self, values: Mapping[str, PredicateValue]) -> bool | None:
        """True, False, or None for UNKNOWN."""
        raise NotImplementedError

    def fields(self) -> frozenset[str]:
        """The input fields the condition reads."""
        raise NotImplementedError

    def constants(self) -> Iterator[tuple[str, PredicateValue]]:
        """Every (field, constant) the condition compares a field with."""
        return iter(())


class SimplePredicate(Predicate):
    """``field operator value``, or ``isMissing`` / ``isNotMissing``."""

    __slots__ = ("_compare", "field", "operator", "value")

    def __init__(self, field: str, operator: str, value: PredicateValue = None) -> None:
        if operator not in SIMPLE_OPERATORS:
            raise ValueError(f"unknown operator {operator!r}")
        if (operator in MISSING_TESTS) != (value is None):
            raise ValueError(f"operator {operator!r} and value {value!r} do not fit")
        self.field = field
        self.operator = operator
        self.value = value
        self._compare = COMPARISONS.get(operator)

    def evaluate(self, values: Mapping[str, PredicateValue]) -> bool | None:
        value = values.get(self.field)
        if self._compare is None:
            return (value is None) == (self.operator == "isMissing")
        if value is None:
            return None
        if type(value) is not type(self.value):
            return self.operator == "notEqual"
        return self._compare(value, self.value)

    def fields(self) -> frozenset[str]:
        return frozenset({self.field})

    def constants(self) -> Iterator[tuple[str, PredicateValue]]:
        if self.value is not None:
            yield self.field, self.value

    def __repr__(self) -> str:
        return f"SimplePredicate({self.field!r}, {self.operator!r}, {self.value!r})"


class SimpleSetPredicate(Predicate):
    """``field isIn {values}`` or ``field isNotIn {values}``."""

    __slots__ = ("field", "operator", "values")

    def __init__(self, field: str, operator: str, values: Sequence[PredicateValue]) -> None:
        if operator not in SET_OPERATORS:
            raise ValueError(f"unknown set operator {operator!r}")
        self.field = field
        self.operator = operator
        self.values = frozenset(values)

    def evaluate(self, values: Mapping[str, PredicateValue]) -> bool | None:
        value = values.get(self.field)
        if value is None:
            return None
        return (value in self.values) == (self.operator == "isIn")

    def fields(self) -> frozenset[str]:
        return frozenset({self.field})

    def constants(self) -> Iterator[tuple[str, PredicateValue]]:
        for value in sorted(self.values, key=str):
            yield self.field, value

    def __repr__(self) -> str:
        values = sorted(self.values, key=str)
        return f"SimpleSetPredicate({self.field!r}, {self.operator!r}, {values!r})"


class CompoundPredicate(Predicate):
    """``and`` / ``or`` / ``xor`` / ``surrogate`` of two or more predicates."""

    __slots__ = ("children", "operator")

    def __init__(self, operator: str, children: Sequence[Predicate]) -> None:
        if operator not in BOOLEAN_OPERATORS:
            raise ValueError(f"unknown boolean operator {operator!r}")
        self.operator = operator
        self.children = tuple(children)

    def evaluate(self, values: Mapping[str, PredicateValue]) -> bool | None:
        results = (child.evaluate(values) for child in self.children)
        if self.operator == "surrogate":
            return next((r for r in results if r is not None), None)
        found = list(results)
        if self.operator == "and":
            if False in found:
                return False
            return None if None in found else True
        if self.operator == "or":
            if True in found:
                return True
            return None if None in found else False
        if None in found:  # xor
            return None
        return sum(1 for r in found if r) % 2 == 1

    def fields(self) -> frozenset[str]:
        return frozenset().union(*(child.fields() for child in self.children))

    def constants(self) -> Iterator[tuple[str, PredicateValue]]:
        for child in self.children:
            yield from child.constants()

    def __repr__(self) -> str:
        return f"CompoundPredicate({self.operator!r}, {list(self.children)!r})"


class ConstantPredicate(Predicate):
    """PMML ``<True/>`` or ``<False/>``."""

    __slots__ = ("result",)

    def __init__(self, result: bool) -> None:
        self.result = result

    def evaluate(self, values: Mapping[str, PredicateValue]) -> bool | None:
        return self.result

    def fields(self) -> frozenset[str]:
        return frozenset()

    def __repr__(self) -> str:
        return f"ConstantPredicate({self.result})"


TRUE = ConstantPredicate(True)
FALSE = ConstantPredicate(False)


# Expressions (ComplexPartialScore) ---------------------------------------------------

FUNCTIONS: frozenset[str] = frozenset({"+", "-", "*", "/", "min", "max", "sum", "avg", "abs"})
ARITY: dict[str, tuple[int, int | None]] = {
    "+": (2, 2),
    "-": (2, 2),
    "*": (2, 2),
    "/": (2, 2),
    "min": (1, None),
    "max": (1, None),
    "sum": (1, None),
    "avg": (1, None),
    "abs": (1, 1),
}


class Expression:
    """An arithmetic expression over numeric inputs; ``None`` when a value is missing."""

    __slots__ = ()

    def evaluate(self, values: Mapping[str, PredicateValue]) -> Decimal | None:
        """The result, or None when an input is missing or the arithmetic fails."""
        raise NotImplementedError

    def fields(self) -> frozenset[str]:
        """The input fields the expression reads."""
        raise NotImplementedError


class Constant(Expression):
    """A number."""

    __slots__ = ("value",)

    def __init__(self, value: Decimal) -> None:
        self.value = value

    def evaluate(self, values: Mapping[str, PredicateValue]) -> Decimal | None:
        return self.value

    def fields(self) -> frozenset[str]:
        return frozenset()


class FieldRef(Expression):
    """The value of a numeric input (``mapMissingTo`` when it is missing)."""

    __slots__ = ("field", "map_missing_to")

    def __init__(self, field: str, map_missing_to: Decimal | None = None) -> None:
        self.field = field
        self.map_missing_to = map_missing_to

    def evaluate(self, values: Mapping[str, PredicateValue]) -> Decimal | None:
        value = values.get(self.field)
        if value is None:
            return self.map_missing_to
        return value if isinstance(value, Decimal) else None

    def fields(self) -> frozenset[str]:
        return frozenset({self.field})


class Apply(Expression):
    """A built-in arithmetic function applied to its arguments."""

    __slots__ = ("arguments", "function", "map_missing_to")

    def __init__(
        self, function: str, arguments: Sequence[Expression], map_missing_to: Decimal | None = None
    ) -> None:
        if function not in FUNCTIONS:
            raise ValueError(f"unsupported function {function!r}")
        low, high = ARITY[function]
        if len(arguments) < low or (high is not None and len(arguments) > high):
            raise ValueError(f"function {function!r} takes {low}..{high or 'n'} arguments")
        self.function = function
        self.arguments = tuple(arguments)
        self.map_missing_to = map_missing_to

    def evaluate(self, values: Mapping[str, PredicateValue]) -> Decimal | None:
        args = [argument.evaluate(values) for argument in self.arguments]
        if any(a is None for a in args):
            return self.map_missing_to
        numbers = [a for a in args if a is not None]
        try:
            return _apply(self.function, numbers)
        except (DivisionByZero, InvalidOperation, ZeroDivisionError):
            return None

    def fields(self) -> frozenset[str]:
        return frozenset().union(*(a.fields() for a in self.arguments))


def _apply(function: str, args: list[Decimal]) -> Decimal:
    if function == "+":
        return args[0] + args[1]
    if function == "-":
        return args[0] - args[1]
    if function == "*":
        return args[0] * args[1]
    if function == "/":
        return args[0] / args[1]
    if function == "min":
        return min(args)
    if function == "max":
        return max(args)
    if function == "sum":
        return sum(args, Decimal(0))
    if function == "avg":
        return sum(args, Decimal(0)) / len(args)
    return abs(args[0])
