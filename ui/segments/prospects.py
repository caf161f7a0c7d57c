"""The prospect table of a segment: check boxes, size, eligibility and the reasons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.segments import ProspectRow, Reason
from app.text import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex

SIZE_LABELS = {
    "micro": QT_TRANSLATE_NOOP("ProspectModel", "Micro"),
    "small": QT_TRANSLATE_NOOP("ProspectModel", "Small"),
    "medium": QT_TRANSLATE_NOOP("ProspectModel", "Medium"),
    "large": QT_TRANSLATE_NOOP("ProspectModel", "Large (not SME)"),
}
STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("ProspectModel", "Prospect"),
    "complete": QT_TRANSLATE_NOOP("ProspectModel", "Complete"),
    "active": QT_TRANSLATE_NOOP("ProspectModel", "Active"),
}
_RED = QColor("#b3261e")
_GREEN = QColor("#1b6e3a")
_GREY = QColor("#6b7580")


def reason_text(reason: Reason) -> str:
    """A reason in the UI language."""
    return QCoreApplication.translate(reason.context, reason.template).format(**reason.params)


def size_text(size: str | None) -> str:
    """An enterprise size in the UI language."""
    if size is None:
        return QCoreApplication.translate("ProspectModel", "Unknown")
    return QCoreApplication.translate("ProspectModel", SIZE_LABELS.get(size, size))


class ProspectModel(QAbstractTableModel):
    """Prospects of one segment; the first column is checkable (the batch's selection)."""

    NAME, USCC, STATUS, SIZE, ELIGIBLE, REASONS, OPEN = range(7)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[ProspectRow] = []
        self.checked: set[str] = set()
        self.editable = True

    def set_rows(self, rows: list[ProspectRow], editable: bool = True) -> None:
        """Show ``rows``; checks of prospects still listed are kept."""
        self.beginResetModel()
        self.rows = rows
        self.editable = editable
        ids = {r.id for r in rows}
        self.checked &= ids
        self.endResetModel()

    def selected_ids(self) -> list[str]:
        """Checked prospects, in table order."""
        return [r.id for r in self.rows if r.id in self.checked]

    def check_eligible(self) -> int:
        """Check every eligible prospect without an open application; returns how many."""
        self.checked = {r.id for r in self.rows if r.eligible is True and not r.open_application}
        self._all_changed()
        return len(self.checked)

    def check_all(self, checked: bool) -> None:
        """Check or clear every row."""
        self.checked = {r.id for r in self.rows} if checked else set()
        self._all_changed()

    def _all_changed(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, 0))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [
            QCoreApplication.translate("ProspectModel", "Name"),
            QCoreApplication.translate("ProspectModel", "USCC"),
            QCoreApplication.translate("ProspectModel", "Status"),
            QCoreApplication.translate("ProspectModel", "Size"),
            QCoreApplication.translate("ProspectModel", "Eligible"),
            QCoreApplication.translate("ProspectModel", "Why"),
            QCoreApplication.translate("ProspectModel", "Open application"),
        ]
        return names[section]

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.NAME and self.editable:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NAME:
            return Qt.CheckState.Checked if row.id in self.checked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == self.ELIGIBLE:
            color = _GREEN if row.eligible else _RED if row.eligible is False else _GREY
            return QBrush(color)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASONS:
            return "\n".join(reason_text(r) for r in row.reasons) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == self.NAME:
            return row.name
        if column == self.USCC:
            return row.uscc
        if column == self.STATUS:
            label = STATUS_LABELS.get(row.status, row.status)
            return QCoreApplication.translate("ProspectModel", label)
        if column == self.SIZE:
            return size_text(row.size)
        if column == self.ELIGIBLE:
            if row.eligible is None:
                return QCoreApplication.translate("ProspectModel", "Unknown")
            if row.eligible:
                return QCoreApplication.translate("ProspectModel", "Yes")
            return QCoreApplication.translate("ProspectModel", "No")
        if column == self.REASONS:
            return reason_text(row.reasons[0]) if row.reasons else ""
        if column == self.OPEN:
            return row.open_application or ""
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.NAME:
            return False
        row = self.rows[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(row.id)
        else:
            self.checked.discard(row.id)
        self.dataChanged.emit(index, index)
        return True
