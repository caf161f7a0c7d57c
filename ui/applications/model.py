"""The applications list as a table: customer, product, amount, status, completeness."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.money import format_wan
from ui.applications.texts import percent_text, product_name_of, status_label

if TYPE_CHECKING:
    from app.applications import ApplicationSummary
    from app.catalogue import Catalogue

ModelIndex = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, str], ...] = (
    ("customer", QT_TRANSLATE_NOOP("ApplicationTableModel", "Customer")),
    ("product", QT_TRANSLATE_NOOP("ApplicationTableModel", "Product")),
    ("amount", QT_TRANSLATE_NOOP("ApplicationTableModel", "Amount (10k CNY)")),
    ("status", QT_TRANSLATE_NOOP("ApplicationTableModel", "Status")),
    ("completeness", QT_TRANSLATE_NOOP("ApplicationTableModel", "Complete")),
    ("blocking", QT_TRANSLATE_NOOP("ApplicationTableModel", "Missing")),
    ("expiring", QT_TRANSLATE_NOOP("ApplicationTableModel", "Expiring soon")),
)
RIGHT_ALIGNED = {"amount", "completeness", "blocking", "expiring"}
WARNING_COLOUR = QColor("#b3261e")


class ApplicationTableModel(QAbstractTableModel):
    """Application summaries, filtered by a search text and a status, sortable."""

    def __init__(self, catalogue: Catalogue) -> None:
        super().__init__()
        self._catalogue = catalogue
        self._all: list[ApplicationSummary] = []
        self._rows: list[ApplicationSummary] = []
        self._search = ""
        self._status: str | None = None
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # data ---------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[ApplicationSummary]) -> None:
        """Show ``rows`` (all applications; the filters apply)."""
        self._all = list(rows)
        self._refilter()

    def set_filter(self, search: str, status: str | None) -> None:
        """Keep the rows whose customer or product contains ``search`` and with ``status``."""
        self._search = search.strip().casefold()
        self._status = status
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        self._rows = [row for row in self._all if self._matches(row)]
        if self._sort is not None:
            self._sort_rows(*self._sort)
        self.endResetModel()

    def _matches(self, row: ApplicationSummary) -> bool:
        if self._status is not None and row.status != self._status:
            return False
        if not self._search:
            return True
        product = self._catalogue.products.get(row.product_code)
        names = [row.customer_name, row.product_code]
        if product is not None:
            names += [product.name_zh, product.name_en]
        return any(self._search in name.casefold() for name in names)

    @property
    def total(self) -> int:
        """All applications, before filtering."""
        return len(self._all)

    def application_id(self, row: int) -> str:
        """The id of the application on ``row``."""
        return self._rows[row].id

    def summary(self, row: int) -> ApplicationSummary:
        """The application on ``row``."""
        return self._rows[row]

    def refresh_texts(self) -> None:
        """The language changed: every cell and header again."""
        self.beginResetModel()
        self.endResetModel()

    # Qt -----------------------------------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ApplicationTableModel", COLUMNS[section][1])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and (
            (key == "blocking" and row.blocking) or (key == "expiring" and row.expiring_soon)
        ):
            return WARNING_COLOUR
        return None

    def _text(self, row: ApplicationSummary, key: str) -> str:
        locale = QLocale()
        if key == "customer":
            return row.customer_name
        if key == "product":
            return product_name_of(self._catalogue, row.product_code)
        if key == "amount":
            return format_wan(row.amount)
        if key == "status":
            return status_label(row.status)
        if key == "completeness":
            return percent_text(row.completeness)
        if key == "blocking":
            return locale.toString(row.blocking)
        return locale.toString(row.expiring_soon)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_rows(column, order)
        self.layoutChanged.emit()

    def _sort_rows(self, column: int, order: Qt.SortOrder) -> None:
        key = COLUMNS[column][0]

        def value(row: ApplicationSummary) -> Any:
            numbers = {
                "amount": row.amount or 0,
                "completeness": row.completeness,
                "blocking": row.blocking,
                "expiring": row.expiring_soon,
            }
            return numbers[key] if key in numbers else self._text(row, key)

        self._rows.sort(key=value, reverse=order == Qt.SortOrder.DescendingOrder)
