"""Editable child rows of a profile (contacts, other-bank relationships)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from itertools import count

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.validation import Problem
from ui.onboarding.texts import field_label, problem_line, wan_text
from ui.onboarding.widgets import FieldMessage, parse_wan

_ID_ROLE = Qt.ItemDataRole.UserRole
_KEY_ROLE = Qt.ItemDataRole.UserRole + 1
_PROBLEM_BRUSH = QBrush(QColor("#fbe3e7"))
_keys = count(1)


@dataclass
class Row:
    """One row as the table holds it: texts by column, the saved id and a local key."""

    values: dict[str, str]
    id: str | None = None
    key: int = field(default_factory=lambda: next(_keys))


class RowTable(QWidget):
    """A table of rows the RM adds, edits in place and removes.

    ``list_name`` is the profile field (``contacts``); ``columns`` are the row
    fields; ``amount_columns`` are typed in 万元 and tidied after editing.
    Each row keeps its saved id, so saving again updates the same record.
    """

    changed = Signal()

    def __init__(
        self,
        list_name: str,
        columns: tuple[str, ...],
        amount_columns: frozenset[str] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.list_name = list_name
        self.columns = columns
        self.amount_columns = amount_columns
        self._filling = False
        self.table = QTableWidget(0, len(columns))
        self.table.setObjectName(f"{list_name}Table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(120)
        self.table.itemChanged.connect(self._item_changed)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton()
        self.add_button.setObjectName(f"{list_name}Add")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName(f"{list_name}Remove")
        self.remove_button.clicked.connect(self.remove_current)
        self.message = FieldMessage()
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._problems: list[Problem] = []
        self._update_buttons()
        self.retranslate()

    # texts --------------------------------------------------------------

    def retranslate(self) -> None:
        """Headers, buttons and messages in the current language."""
        headers = []
        for column in self.columns:
            label = field_label(f"{self.list_name}.0.{column}")
            if column in self.amount_columns:
                label = self.tr("{column} (10k CNY)").format(column=label)
            headers.append(label)
        self.table.setHorizontalHeaderLabels(headers)
        self.add_button.setText(self.tr("Add row"))
        self.remove_button.setText(self.tr("Remove row"))
        self.message.set_message("\n".join(problem_line(p) for p in self._problems))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # rows ---------------------------------------------------------------

    def set_rows(self, rows: list[Row]) -> None:
        """Replace the rows."""
        self._filling = True
        self.table.setRowCount(0)
        for row in rows:
            self._append(row)
        self._filling = False
        self._update_buttons()
        self.changed.emit()

    def _append(self, row: Row) -> int:
        index = self.table.rowCount()
        self.table.insertRow(index)
        for column, name in enumerate(self.columns):
            text = row.values.get(name, "")
            item = QTableWidgetItem(text)
            if name in self.amount_columns:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == 0:
                item.setData(_ID_ROLE, row.id)
                item.setData(_KEY_ROLE, row.key)
            self.table.setItem(index, column, item)
        return index

    def rows(self) -> list[Row]:
        """The rows as they are now (texts as typed)."""
        found = []
        for index in range(self.table.rowCount()):
            values = {}
            for column, name in enumerate(self.columns):
                item = self.table.item(index, column)
                values[name] = "" if item is None else item.text()
            first = self.table.item(index, 0)
            assert first is not None  # every row is created with all its items
            found.append(Row(values, first.data(_ID_ROLE), first.data(_KEY_ROLE)))
        return found

    def filled_rows(self) -> list[Row]:
        """The rows with anything typed in them (blank rows are not saved)."""
        return [r for r in self.rows() if any(v.strip() for v in r.values.values())]

    def _filled_indexes(self) -> list[int]:
        """Table row of each filled row: problem paths count filled rows only."""
        return [i for i, r in enumerate(self.rows()) if any(v.strip() for v in r.values.values())]

    def _table_path(self, path: str) -> tuple[int, int] | None:
        """(table row, column) of a problem path such as ``contacts.1.phone``."""
        parts = path.split(".")
        if len(parts) != 3 or not parts[1].isdigit() or parts[2] not in self.columns:
            return None
        filled = self._filled_indexes()
        index = int(parts[1])
        if index >= len(filled):
            return None
        return filled[index], self.columns.index(parts[2])

    def set_ids(self, ids: dict[int, str]) -> None:
        """Record the saved ids of rows, by their local key."""
        for index in range(self.table.rowCount()):
            first = self.table.item(index, 0)
            if first is not None and first.data(_KEY_ROLE) in ids:
                self._filling = True
                first.setData(_ID_ROLE, ids[first.data(_KEY_ROLE)])
                self._filling = False

    def add_row(self) -> None:
        """Add an empty row and start editing its first cell."""
        self._filling = True
        index = self._append(Row({}))
        self._filling = False
        self.table.setCurrentCell(index, 0)
        item = self.table.item(index, 0)
        if item is not None:
            self.table.editItem(item)
        self._update_buttons()
        self.changed.emit()

    def remove_current(self) -> None:
        """Remove the selected row."""
        index = self.table.currentRow()
        if index < 0:
            return
        self.table.removeRow(index)
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0 and self.table.rowCount() > 0)

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._filling:
            return
        if self.columns[item.column()] in self.amount_columns:
            try:
                value = parse_wan(item.text())
            except ValueError:
                value = None
            if value is not None and wan_text(value) != item.text():
                self._filling = True
                item.setText(wan_text(value))
                self._filling = False
        self.changed.emit()

    # problems -----------------------------------------------------------

    def show_problems(self, problems: list[Problem]) -> None:
        """Mark the cells of ``problems`` (paths like ``contacts.0.phone``) and list them."""
        shown = []
        marked = set()
        for problem in problems:
            cell = self._table_path(problem.field)
            if cell is not None:
                marked.add(cell)
                problem = replace(
                    problem, field=f"{self.list_name}.{cell[0]}.{self.columns[cell[1]]}"
                )
            shown.append(problem)
        self._problems = shown
        self._filling = True
        for index in range(self.table.rowCount()):
            for column in range(len(self.columns)):
                item = self.table.item(index, column)
                if item is not None:
                    item.setBackground(_PROBLEM_BRUSH if (index, column) in marked else QBrush())
        self._filling = False
        self.message.set_message("\n".join(problem_line(p) for p in shown))

    def focus_cell(self, field_path: str) -> None:
        """Select the cell of a problem path, if it is a row of this table."""
        self.table.setFocus()
        cell = self._table_path(field_path)
        if cell is not None:
            self.table.setCurrentCell(*cell)
