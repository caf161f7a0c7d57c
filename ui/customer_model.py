"""Lazy table model of the customer list: pages loaded in the background, never all rows.

Paging, background loading and dropping outdated answers come from
:class:`ui.lazy_model.LazyTableModel`; this model adds the customer query, the
capped count of very common search words and the columns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.customer_list import CustomerQuery
from app.industries import industry
from app.money import format_wan
from ui.lazy_model import LazyTableModel, ModelIndex

if TYPE_CHECKING:
    from app.customer_list import CustomerRow, ListPage
    from app.customers import CustomerService

PAGE_SIZE = 200

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
    # shown only in a branch manager's profile (see CustomersPage.set_branch_view)
    ("assigned_rm", QT_TRANSLATE_NOOP("CustomerTableModel", "RM")),
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


class CustomerTableModel(LazyTableModel["CustomerRow"]):
    """Customers page by page (``fetchMore``), filtered and sorted in SQL, off the GUI thread."""

    page_size = PAGE_SIZE

    def __init__(self, service: CustomerService) -> None:
        super().__init__()
        self._service = service
        self._query = CustomerQuery()
        self._capped = False
        self._fts_first = False

    @property
    def capped(self) -> bool:
        """True when more than :attr:`total` customers match (a very common search word)."""
        return self._capped

    @property
    def query(self) -> CustomerQuery:
        """The search, filters and order in force."""
        return self._query

    def first_page_job(self) -> Callable[[], ListPage]:
        query, service = self._query, self._service
        return lambda: service.first_page(query, PAGE_SIZE)

    def accept_first(self, result: ListPage) -> tuple[int, list[CustomerRow]]:
        self._capped, self._fts_first = result.capped, result.fts_first
        return result.total, result.rows

    def page_job(self, offset: int) -> Callable[[], list[CustomerRow]]:
        query, service, fts_first = self._query, self._service, self._fts_first
        return lambda: service.page(query, offset, PAGE_SIZE, fts_first)

    def reached_end(self) -> None:
        self._capped = False

    def set_query(self, query: CustomerQuery) -> None:
        """Show the customers matching ``query``."""
        if query != self._query:
            self._query = query
            if self.started:
                self.reload()

    def set_search(self, text: str) -> None:
        """Filter by ``text`` (name, USCC or people), keeping the other filters."""
        self.set_query(replace(self._query, search=text))

    def customer_id(self, row: int) -> str:
        """The id of the customer shown in ``row``."""
        return self.row_at(row).id

    # Qt model interface -------------------------------------------------

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: ModelIndex) -> bool:
        if super().canFetchMore(parent):
            return True
        return (
            not parent.isValid()
            and not self._fetching
            and self._capped
            and self.rowCount() % PAGE_SIZE == 0
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CustomerTableModel", COLUMNS[section][1])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
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
