"""The applications list as a lazy table: stage, time in stage, the answer clock, documents.

Rows come page by page from :class:`app.pipeline_list.ApplicationList` (filtered
and sorted in SQL). An application waiting for its answer beyond the
three-business-day promise is shown with a tinted row, a warning icon and the
word "overdue" (never by colour alone).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QStyle

from app.money import format_wan
from app.pipeline import PROMISE_BUSINESS_DAYS, STAGE_LABELS, Stage
from app.pipeline_list import ApplicationRow, ListQuery, SortKey
from ui.applications.texts import percent_text, product_name_of
from ui.lazy_model import LazyTableModel, ModelIndex

if TYPE_CHECKING:
    from app.catalogue import Catalogue
    from app.pipeline_list import ApplicationList

COLUMNS: tuple[tuple[str, str], ...] = (
    ("customer", QT_TRANSLATE_NOOP("ApplicationTableModel", "Customer")),
    ("stage", QT_TRANSLATE_NOOP("ApplicationTableModel", "Stage")),
    ("answer", QT_TRANSLATE_NOOP("ApplicationTableModel", "3-day answer")),
    ("in_stage", QT_TRANSLATE_NOOP("ApplicationTableModel", "In stage")),
    ("product", QT_TRANSLATE_NOOP("ApplicationTableModel", "Product")),
    ("amount", QT_TRANSLATE_NOOP("ApplicationTableModel", "Amount (10k CNY)")),
    ("completeness", QT_TRANSLATE_NOOP("ApplicationTableModel", "Complete")),
    ("blocking", QT_TRANSLATE_NOOP("ApplicationTableModel", "Missing")),
    ("expiring", QT_TRANSLATE_NOOP("ApplicationTableModel", "Expiring soon")),
    ("segment", QT_TRANSLATE_NOOP("ApplicationTableModel", "Segment")),
    ("rm", QT_TRANSLATE_NOOP("ApplicationTableModel", "RM")),
)
KEYS = tuple(key for key, _label in COLUMNS)
#: The SQL order behind each column (None: not sortable).
SORT_KEYS: dict[str, SortKey | None] = {
    "customer": SortKey.CUSTOMER,
    "product": SortKey.PRODUCT,
    "amount": SortKey.AMOUNT,
    "stage": SortKey.STAGE,
    "in_stage": SortKey.IN_STAGE,
    "answer": SortKey.SUBMITTED,
    "completeness": SortKey.COMPLETENESS,
    "blocking": None,
    "expiring": None,
    "segment": SortKey.SEGMENT,
    "rm": SortKey.RM,
}
RIGHT_ALIGNED = {"amount", "in_stage", "completeness", "blocking", "expiring"}
WARNING_COLOUR = QColor("#b3261e")
OVERDUE_BACKGROUND = QColor("#fde7e4")
#: Data role carrying the row's :class:`ApplicationRow`.
RowRole = int(Qt.ItemDataRole.UserRole) + 1


def segment_label(segment: str | None) -> str:
    """How a customer's segment is shown (``Customer.segment`` holds the segment's name)."""
    return segment or ""


def stage_label(stage: Stage | str) -> str:
    """The translated name of a pipeline stage."""
    return QCoreApplication.translate("Stage", STAGE_LABELS[Stage(stage)])


def days_text(days: int | None) -> str:
    """Calendar days in a stage: "today", "1 day", "12 days"."""
    if days is None:
        return ""
    if days == 0:
        return QCoreApplication.translate("ApplicationTableModel", "today")
    if days == 1:
        return QCoreApplication.translate("ApplicationTableModel", "1 day")
    return QCoreApplication.translate("ApplicationTableModel", "{days} days").format(days=days)


def answer_text(row: ApplicationRow) -> str:
    """The answer clock: business days waited (of three), overdue, or how long the answer took."""
    clock = row.clock
    if clock.overdue:
        return QCoreApplication.translate(
            "ApplicationTableModel", "Overdue: {days} business days"
        ).format(days=clock.business_days_since_submission)
    if row.stage in (Stage.SUBMITTED, Stage.UNDER_REVIEW):
        return QCoreApplication.translate(
            "ApplicationTableModel", "{days} of {promise} business days"
        ).format(
            days=max(clock.business_days_since_submission or 0, 0), promise=PROMISE_BUSINESS_DAYS
        )
    if clock.business_days_to_decision is not None:
        return QCoreApplication.translate(
            "ApplicationTableModel", "Answered in {days} business days"
        ).format(days=clock.business_days_to_decision)
    return ""


class ApplicationTableModel(LazyTableModel[ApplicationRow]):
    """Applications page by page, filtered and sorted in SQL, off the GUI thread."""

    def __init__(
        self,
        source: ApplicationList,
        catalogue: Catalogue,
        today: Callable[[], date],
    ) -> None:
        super().__init__()
        self._source = source
        self._catalogue = catalogue
        self._today = today
        self._query = ListQuery()

    @property
    def query(self) -> ListQuery:
        """The search, filters and order in force."""
        return self._query

    def set_query(self, query: ListQuery) -> None:
        """Show the applications matching ``query`` (reloads when it changed)."""
        if query != self._query:
            self._query = query
            if self.started:
                self.reload()

    def first_page_job(self) -> Callable[[], tuple[int, list[ApplicationRow]]]:
        source, query, today, size = self._source, self._query, self._today(), self.page_size

        def job() -> tuple[int, list[ApplicationRow]]:
            result = source.first_page(query, today, size)
            return result.total, result.rows

        return job

    def page_job(self, offset: int) -> Callable[[], list[ApplicationRow]]:
        source, query, today, size = self._source, self._query, self._today(), self.page_size
        return lambda: source.page(query, today, offset, size)

    def application_id(self, row: int) -> str:
        """The id of the application on ``row``."""
        return self.row_at(row).id

    def summary(self, row: int) -> ApplicationRow:
        """The application on ``row``."""
        return self.row_at(row)

    def refresh_texts(self) -> None:
        """The language changed: every cell and header again (and the product order)."""
        self.beginResetModel()
        self.endResetModel()

    # Qt -----------------------------------------------------------------------------

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
        row = self.row_at(index.row())
        key = KEYS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, key)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and key in RIGHT_ALIGNED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if row.overdue:
            return self._overdue_data(key, role)
        if role == Qt.ItemDataRole.ForegroundRole and (
            (key == "blocking" and row.blocking) or (key == "expiring" and row.expiring_soon)
        ):
            return WARNING_COLOUR
        return None

    @staticmethod
    def _overdue_data(key: str, role: int) -> Any:
        """An overdue row: tinted; its answer cell red, bold, with a warning icon."""
        if role == Qt.ItemDataRole.BackgroundRole:
            return OVERDUE_BACKGROUND
        if key != "answer":
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return WARNING_COLOUR
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "ApplicationTableModel",
                "No answer yet, more than {promise} business days after submission",
            ).format(promise=PROMISE_BUSINESS_DAYS)
        return None

    def _text(self, row: ApplicationRow, key: str) -> str:
        locale = QLocale()
        if key == "customer":
            return row.customer_name
        if key == "product":
            return product_name_of(self._catalogue, row.product_code)
        if key == "amount":
            return format_wan(row.amount)
        if key == "stage":
            return stage_label(row.stage)
        if key == "in_stage":
            return days_text(row.clock.days_in_stage)
        if key == "answer":
            return answer_text(row)
        if key == "completeness":
            return percent_text(row.completeness)
        if key == "blocking":
            return locale.toString(row.blocking) if row.blocking else ""
        if key == "expiring":
            return locale.toString(row.expiring_soon) if row.expiring_soon else ""
        if key == "segment":
            return segment_label(row.segment)
        return row.assigned_rm or ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[KEYS[column]]
        if key is None:
            return  # the order stays as it was
        product_order: tuple[str, ...] = ()
        if key == SortKey.PRODUCT:
            product_order = tuple(
                sorted(self._catalogue.products, key=lambda c: product_name_of(self._catalogue, c))
            )
        self.set_query(
            replace(
                self._query,
                sort=key,
                descending=order == Qt.SortOrder.DescendingOrder,
                product_order=product_order,
            )
        )
