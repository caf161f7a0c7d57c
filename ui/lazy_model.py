"""A table model that loads its rows page by page in the background.

Subclasses say how to read the first page (with the number of matches) and a
following page; queries run on the database pool (:mod:`ui.tasks`) and the GUI
thread only swaps in what comes back. Each reload carries a generation number,
so the answer to an outdated query (the user typed on) is dropped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Signal

from ui.tasks import run_in_background

ModelIndex = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class LazyTableModel(QAbstractTableModel, Generic[Row]):
    """Rows in pages of :attr:`page_size`; ``fetchMore`` asks for the next page."""

    #: Emitted after the first page of a (re)load has arrived.
    loaded = Signal()

    page_size = 200

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Row] = []
        self._total = 0
        self._generation = 0
        self._fetching = False
        self._started = False
        self.loading = False

    # what subclasses provide ------------------------------------------------------

    def first_page_job(self) -> Callable[[], Any]:
        """A function (run off the GUI thread) reading the match count and the first page."""
        raise NotImplementedError

    def accept_first(self, result: Any) -> tuple[int, list[Row]]:
        """The first job's answer as (match count, rows); by default it is that pair."""
        total, rows = result
        return int(total), list(rows)

    def reached_end(self) -> None:
        """A page came back short: every match is loaded (subclasses drop estimates)."""

    def page_job(self, offset: int) -> Callable[[], list[Row]]:
        """A function (run off the GUI thread) returning the page from ``offset``."""
        raise NotImplementedError

    # loading ----------------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many rows match the current query."""
        return self._total

    @property
    def started(self) -> bool:
        """Whether a load was asked for (the first one waits until the view is shown)."""
        return self._started

    def reload(self) -> None:
        """Load the first page again in the background; the rows shown stay until it arrives."""
        self._generation += 1
        generation = self._generation
        self._started = True
        self.loading = True
        run_in_background(
            self.first_page_job(),
            lambda result: self._swap_in(generation, result),
            lambda exc: self._failed(generation, exc),
            receiver=self,
        )

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
            self._fetching = False
            self.load_failed(exc)

    def load_failed(self, exc: BaseException) -> None:
        """A page could not be read (the default re-raises on the GUI thread)."""
        raise exc

    def _swap_in(self, generation: int, result: Any) -> None:
        if generation != self._generation:
            return  # an answer to an outdated query
        self.beginResetModel()
        self._total, self._rows = self.accept_first(result)
        self._fetching = False
        self.loading = False
        self.endResetModel()
        self.loaded.emit()

    def row_at(self, row: int) -> Row:
        """The record shown on ``row``."""
        return self._rows[row]

    # Qt ---------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        if parent.isValid() or self._fetching:
            return False
        return len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid() or self._fetching:
            return
        self._fetching = True
        generation, offset = self._generation, len(self._rows)
        run_in_background(
            self.page_job(offset),
            lambda rows: self._append(generation, offset, rows),
            lambda exc: self._failed(generation, exc),
            receiver=self,
        )

    def _append(self, generation: int, offset: int, more: list[Row]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._fetching = False
        if not more:
            self._total = len(self._rows)
            self.reached_end()
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(more) - 1)
        self._rows.extend(more)
        self._total = max(self._total, len(self._rows))
        if len(more) < self.page_size:
            self._total = len(self._rows)
            self.reached_end()
        self.endInsertRows()

    def data(self, index: ModelIndex, role: int = 0) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError
