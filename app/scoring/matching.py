"""Which attribute of a characteristic applies: the first whose predicate is true.

Most characteristics read one field. A predicate that reads only field ``f``
compares ``f`` with constants, so as a function of ``f`` it is constant on each
constant and on each open gap between neighbouring constants. :class:`Matcher`
works out the first true attribute once per piece, then answers with a binary
search (numbers) or a dictionary (categories) instead of walking the
predicates. Characteristics over several fields evaluate the predicates.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping, Sequence
from decimal import Decimal
from itertools import pairwise

from app.scoring.predicates import Predicate, PredicateValue

_CACHE_LIMIT = 1024


def first_true(predicates: Sequence[Predicate], values: Mapping[str, PredicateValue]) -> int | None:
    """The index of the first predicate that is true for ``values``, if any."""
    for index, predicate in enumerate(predicates):
        if predicate.evaluate(values) is True:
            return index
    return None


class Matcher:
    """Finds the attribute that applies, fast (see the module docstring)."""

    __slots__ = (
        "_cache",
        "_cuts",
        "_field",
        "_gaps",
        "_missing",
        "_points",
        "fields",
        "predicates",
    )

    def __init__(self, predicates: Sequence[Predicate]) -> None:
        self.predicates = tuple(predicates)
        self.fields: frozenset[str] = frozenset().union(*(p.fields() for p in self.predicates))
        self._field: str | None = next(iter(self.fields)) if len(self.fields) == 1 else None
        self._cache: dict[PredicateValue, int | None] = {}
        self._cuts: list[Decimal] = []
        self._points: list[int | None] = []
        self._gaps: list[int | None] = []
        self._missing: int | None = None
        if self._field is not None:
            field = self._field
            self._missing = first_true(self.predicates, {field: None})
            numbers = sorted(
                {v for p in self.predicates for _, v in p.constants() if isinstance(v, Decimal)}
            )
            self._cuts = numbers
            self._points = [first_true(self.predicates, {field: c}) for c in numbers]
            self._gaps = [first_true(self.predicates, {field: r}) for r in gap_samples(numbers)]

    def match(self, values: Mapping[str, PredicateValue]) -> int | None:
        """The index of the attribute that applies to ``values``, if any."""
        field = self._field
        if field is None:
            return first_true(self.predicates, values)
        value = values.get(field)
        if value is None:
            return self._missing
        if isinstance(value, Decimal):
            cuts = self._cuts
            i = bisect_left(cuts, value)
            if i < len(cuts) and cuts[i] == value:
                return self._points[i]
            return self._gaps[i]
        cache = self._cache
        if value in cache:
            return cache[value]
        found = first_true(self.predicates, {field: value})
        if len(cache) < _CACHE_LIMIT:
            cache[value] = found
        return found


def gap_samples(cuts: list[Decimal]) -> list[Decimal]:
    """One number inside each open gap around and between ``cuts`` (len(cuts) + 1 of them)."""
    if not cuts:
        return [Decimal(0)]
    inner = [(a + b) / 2 for a, b in pairwise(cuts)]
    return [cuts[0] - 1, *inner, cuts[-1] + 1]
