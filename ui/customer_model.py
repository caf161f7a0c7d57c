"""Lazy table model of the customer list: pages loaded in the background, never all rows.

Queries run on the database pool (:mod:`ui.tasks`); the GUI thread only swaps
in the rows that come back. Each reload carries a generation number, so the
answer to an outdated search (the RM typed on) is dropped.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from app.customer_list import CustomerQuery
from app.industries import industry
from app.money import format_wan
from ui.tasks import run_in_background

if TYPE_CHECKING:
    from app.customer_list import CustomerRow, ListPage
    from app.customers import CustomerService

PAGE_SIZE = 200
ModelIndex = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, str], ...] = (
    ("name", QT_TRANSLATE_NOOP("CustomerTableModel", "Name")),
    ("uscc", QT_TRANSLATE_NOOP("CustomerTableModel", "USCC")),
    ("industry_code", QT_TRANSLATE_NOOP("CustomerTableModel", "Industry")),
    ("city", QT_TRANSLATE_NOOP("CustomerTableModel", "City")),
    ("employees", QT_TRANSLATE_NOOP("CustomerTableModel", "Employees")),
    ("annual_revenue", QT_TRANSLATE_NOOP("CustomerTableModel", "Revenue (10k CNY)")),
    ("size", QT_TRANSLATE_NOOP("CustomerTableModel", "Size")),
    ("eligible", QT_TRANSLATE_NOOP("CustomerTableModel", "SME eligible")),
    ("status", QT_TRANSLATE_NOOP("CustomerTableModel", "Status")),
    ("open_alerts", QT_TRANSLATE_NOOP("CustomerTableModel", "Alerts")),
)
#: Columns the list cannot sort by (computed per row, not stored).
UNSORTABLE = frozenset({"open_alerts"})
STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("CustomerStatus", "Draft"),
    "complete": QT_TRANSLATE_NOOP("CustomerStatus", "Complete"),
    "active": QT_TRANSLATE_NOOP("CustomerStatus", "Active"),
}
SIZE_LABELS = {
    "large": QT_TRANSLATE_NOOP("EnterpriseSize", "Large"),
    "medium": QT_TRANSLATE_NOOP("EnterpriseSize", "Medium"),
    "small": QT_TRANSLATE_NOOP("EnterpriseSize", "Small"),
    "micro": QT_TRANSLATE_NOOP("EnterpriseSize", "Micro"),
}
ELIGIBLE_LABELS = {
    True: QT_TRANSLATE_NOOP("Eligibility", "Eligible"),
    False: QT_TRANSLATE_NOOP("Eligibility", "Not eligible"),
}
RIGHT_ALIGNED = {"employees", "annual_revenue"}
INELIGIBLE_COLOUR = QColor("#b3261e")
ALERT_COLOUR = QColor("#8c1d18")
ALERT_BACKGROUND = QColor("#fde7e4")


def industry_label(code: str) -> str:
    """``C34 通用设备制造业`` (or the English name in the English UI) for a GB/T 4754 code."""
    entry = industry(code)
    if entry is None:
        return code
    chinese = QLocale().language() == QLocale.Language.Chinese
    name = entry.name_zh if chinese else entry.name_en
    prefix = entry.section if entry.level != "section" else ""
    return f"{prefix}{entry.code} {name}"


def status_label(status: str) -> str:
    """The translated name of an onboarding status."""
    return QCoreApplication.translate("CustomerStatus", STATUS_LABELS.get(status, status))


def size_label(size: str | None) -> str:
    """The translated name of an enterprise size (empty when unknown)."""
    return "" if not size else QCoreApplication.translate("EnterpriseSize", SIZE_LABELS[size])


def eligible_label(eligible: bool | None) -> str:
    """Eligible / Not eligible, translated (empty when data is missing)."""
    if eligible is None:
        return ""
    return QCoreApplication.translate("Eligibility", ELIGIBLE_LABELS[eligible])


class CustomerTableModel(QAbstractTableModel):
    """Customers page by page (``fetchMore``), filtered and sorted in SQL, off the GUI thread."""

    #: Emitted after the first page of a (re)load has arrived.
    loaded = Signal()

    def __init__(self, service: CustomerService) -> None:
        super().__init__()
        self._service = service
        self._rows: list[CustomerRow] = []
        self._total = 0
        self._query = CustomerQuery()
        self._generation = 0
        self._fetching = False
        self._loaded = False
        self._capped = False
        self._fts_first = False
        self.loading = False

    @property
    def total(self) -> int:
        """Number of customers matching the current search and filters (see :attr:`capped`)."""
        return self._total

    @property
    def capped(self) -> bool:
        """True when more than :attr:`total` customers match (a very common search word)."""
        return self._capped

    @property
    def query(self) -> CustomerQuery:
        """The search, filters and order in force."""
        return self._query

    def reload(self) -> None:
        """Load the first page again in the background; the rows shown stay until it arrives."""
        self._generation += 1
        generation = self._generation
        query = self._query
        service = self._service
        self._loaded = True
        self.loading = True

        run_in_background(
            lambda: service.first_page(query, PAGE_SIZE),
            lambda result: self._swap_in(generation, result),
            receiver=self,
        )

    def _swap_in(self, generation: int, result: ListPage) -> None:
        if generation != self._generation:
            return  # an answer to an outdated query
        self.beginResetModel()
        self._total, self._capped, self._rows = result.total, result.capped, result.rows
        self._fts_first = result.fts_first
        self._fetching = False
        self.loading = False
        self.endResetModel()
        self.loaded.emit()

    def set_query(self, query: CustomerQuery) -> None:
        """Show the customers matching ``query``."""
        if query != self._query:
            self._query = query
            if self._loaded:
                self.reload()

    def set_search(self, text: str) -> None:
        """Filter by ``text`` (name, USCC or people), keeping the other filters."""
        self.set_query(replace(self._query, search=text))

    def customer_id(self, row: int) -> str:
        """The id of the customer shown in ``row``."""
        return self._rows[row].id

    # Qt model interface -------------------------------------------------

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        if parent.isValid() or self._fetching:
            return False
        return len(self._rows) < self._total or (self._capped and len(self._rows) % PAGE_SIZE == 0)

    def fetchMore(self, parent: ModelIndex) -> None:
        if parent.isValid() or self._fetching:
            return
        self._fetching = True
        generation = self._generation
        query, offset, service = self._query, len(self._rows), self._service
        fts_first = self._fts_first
        run_in_background(
            lambda: service.page(query, offset, PAGE_SIZE, fts_first),
            lambda rows: self._append(generation, offset, rows),
            receiver=self,
        )

    def _append(self, generation: int, offset: int, more: list[CustomerRow]) -> None:
        if generation != self._generation or offset != len(self._rows):
            return
        self._fetching = False
        if not more:
            self._total, self._capped = len(self._rows), False
            return
        self.beginInsertRows(QModelIndex(), offset, offset + len(more) - 1)
        self._rows.extend(more)
        self._total = max(self._total, len(self._rows))
        if len(more) < PAGE_SIZE:
            self._total, self._capped = len(self._rows), False
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
            return self._display(row, key)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and key == "eligible" and row.eligible is False:
            return INELIGIBLE_COLOUR
        if key == "open_alerts" and row.open_alerts:
            return self._alert_data(row, role)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "open_alerts":
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    @staticmethod
    def _alert_data(row: CustomerRow, role: int) -> Any:
        """The Alerts cell of a customer with open alerts: red, bold, centred."""
        if role == Qt.ItemDataRole.ForegroundRole:
            return ALERT_COLOUR
        if role == Qt.ItemDataRole.BackgroundRole:
            return ALERT_BACKGROUND
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "CustomerTableModel", "{count} open early-warning alerts"
            ).format(count=row.open_alerts)
        return None

    @staticmethod
    def _display(row: CustomerRow, key: str) -> str:
        value = getattr(row, key)
        if key == "annual_revenue":
            return format_wan(value)
        if key == "employees":
            return "" if value is None else f"{value:,}"
        if key == "status":
            return status_label(value)
        if key == "size":
            return size_label(value)
        if key == "eligible":
            return eligible_label(value)
        if key == "industry_code" and value:
            return industry_label(value)
        if key == "open_alerts":
            return str(value) if value else ""
        if key == "name" and not value:
            return QCoreApplication.translate("CustomerTableModel", "(unnamed draft)")
        return str(value or "")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if COLUMNS[column][0] in UNSORTABLE:
            return  # the order stays as it was
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=COLUMNS[column][0], descending=descending))
