"""A small read-only table model: rows of texts, each with the object it stands for."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

ModelIndex = QModelIndex | QPersistentModelIndex
#: The object a row stands for (a conflict, a refused change, a record link).
PayloadRole = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class Row:
    """One row: its cell texts, the object behind it and an optional text colour."""

    cells: tuple[str, ...]
    payload: Any = None
    colour: str | None = None
    tooltip: str | None = None


class RowsModel(QAbstractTableModel):
    """Rows built by a function (so a language change re-words them)."""

    def __init__(self, context: str, headers: Sequence[str]) -> None:
        super().__init__()
        self._context = context
        self._headers = tuple(headers)
        self._rows: list[Row] = []
        self._build: Callable[[], list[Row]] = list

    def set_builder(self, build: Callable[[], list[Row]]) -> None:
        """Show the rows ``build()`` makes, now and on each :meth:`rebuild`."""
        self._build = build
        self.rebuild()

    def rebuild(self) -> None:
        """Make the rows again (new data, names or language)."""
        self.beginResetModel()
        self._rows = self._build()
        self.endResetModel()

    def row(self, number: int) -> Row:
        """The row at ``number``."""
        return self._rows[number]

    @property
    def rows(self) -> list[Row]:
        """Every row, in order."""
        return list(self._rows)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self._context, self._headers[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip or row.cells[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and row.colour:
            return QColor(row.colour)
        if role == PayloadRole:
            return row.payload
        return None


def record_tree(model: RowsModel, name: str) -> QTreeView:
    """A read-only list of records over ``model``: whole-row selection, record column 240 px."""
    tree = QTreeView()
    tree.setObjectName(name)
    tree.setModel(model)
    tree.setRootIsDecorated(False)
    tree.setAlternatingRowColors(True)
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = tree.header()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    header.resizeSection(0, 240)
    header.setStretchLastSection(True)
    return tree
