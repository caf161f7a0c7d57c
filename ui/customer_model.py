"""Lazy table model of the customer list: pages from the database, never all rows."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.money import format_wan

if TYPE_CHECKING:
    from app.customers import CustomerRow, CustomerService

PAGE_SIZE = 200
ModelIndex = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("CustomerTableModel", "Name")),
    ("uscc", QT_TRANSLATE_NOOP("CustomerTableModel", "USCC")),
    ("industry_code", QT_TRANSLATE_NOOP("CustomerTableModel", "Industry")),
    ("city", QT_TRANSLATE_NOOP("CustomerTableModel", "City")),
    ("employees", QT_TRANSLATE_NOOP("CustomerTableModel", "Employees")),
    ("annual_revenue", QT_TRANSLATE_NOOP("CustomerTableModel", "Revenue (10k CNY)")),
    ("status", QT_TRANSLATE_NOOP("CustomerTableModel", "Status")),
)
STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("CustomerStatus", "Draft"),
    "complete": QT_TRANSLATE_NOOP("CustomerStatus", "Complete"),
    "active": QT_TRANSLATE_NOOP("CustomerStatus", "Active"),
}
RIGHT_ALIGNED = {"employees", "annual_revenue"}


def status_label(status: str) -> str:
    """The translated name of an onboarding status."""
    return QCoreApplication.translate("CustomerStatus", STATUS_LABELS.get(status, status))


class CustomerTableModel(QAbstractTableModel):
    """Customers page by page (``fetchMore``), filtered by search, sorted in SQL."""

    def __init__(self, service: CustomerService) -> None:
        super().__init__()
        self._service = service
        self._rows: list[CustomerRow] = []
        self._total = 0
        self._search = ""
        self._sort = "name"
        self._descending = False
        self._loaded = False

    @property
    def total(self) -> int:
        """Number of customers matching the current search."""
        return self._total

    def reload(self) -> None:
        """Drop the cached rows and load the first page again."""
        self.beginResetModel()
        self._loaded = True
        self._total = self._service.count(self._search)
        self._rows = self._service.page(0, PAGE_SIZE, self._search, self._sort, self._descending)
        self.endResetModel()

    def set_search(self, text: str) -> None:
        """Filter by ``text`` (name or USCC)."""
        if text != self._search:
            self._search = text
            if self._loaded:
                self.reload()

    def customer_id(self, row: int) -> str:
        """The id of the customer shown in ``row``."""
        return self._rows[row].id

    # Qt model interface -------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid():
            return
        more = self._service.page(
            len(self._rows), PAGE_SIZE, self._search, self._sort, self._descending
        )
        if not more:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CustomerTableModel", COLUMNS[section][1])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, key)
            if key == "annual_revenue":
                return format_wan(value)
            if key == "employees":
                return "" if value is None else f"{value:,}"
            if key == "status":
                return status_label(value)
            return value or ""
        if role == Qt.ItemDataRole.TextAlignmentRole and key in RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = COLUMNS[column][0]
        self._descending = order == Qt.SortOrder.DescendingOrder
        if self._loaded:
            self.reload()
