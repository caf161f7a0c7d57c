"""The prospect table of a segment: pages loaded in the background, ticks kept as a rule.

Rows come page by page (:class:`ui.lazy_model.LazyTableModel`) from
:meth:`app.segment_service.SegmentService.first_prospect_page` and
``prospect_page``; a 20,000-prospect segment shows its first 200 at once and
the rest as the RM scrolls. The ticks are a :class:`app.segments.ProspectSelection`
(a rule such as "every eligible prospect" plus the ids ticked or unticked by
hand), so "Select eligible" ticks prospects that are not loaded yet, and the
service resolves the selection in SQL when the applications are created.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.segments import ProspectPage, ProspectRow, ProspectSelection, Reason, SelectionRule
from app.text import QT_TRANSLATE_NOOP
from ui.lazy_model import LazyTableModel, ModelIndex

if TYPE_CHECKING:
    from app.segment_service import SegmentService

#: Prospects per page of the table.
PAGE_SIZE = 200

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
ELIGIBLE_LABELS = {
    True: QT_TRANSLATE_NOOP("ProspectModel", "Yes"),
    False: QT_TRANSLATE_NOOP("ProspectModel", "No"),
    None: QT_TRANSLATE_NOOP("ProspectModel", "Unknown"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("ProspectModel", "Name"),
    QT_TRANSLATE_NOOP("ProspectModel", "USCC"),
    QT_TRANSLATE_NOOP("ProspectModel", "Status"),
    QT_TRANSLATE_NOOP("ProspectModel", "Size"),
    QT_TRANSLATE_NOOP("ProspectModel", "Eligible"),
    QT_TRANSLATE_NOOP("ProspectModel", "Why"),
    QT_TRANSLATE_NOOP("ProspectModel", "Open application"),
)
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


def _translate(text: str) -> str:
    return QCoreApplication.translate("ProspectModel", text)


class ProspectModel(LazyTableModel[ProspectRow]):
    """Prospects of one segment, page by page; the first column is checkable (the batch)."""

    NAME, USCC, STATUS, SIZE, ELIGIBLE, REASONS, OPEN = range(7)
    page_size = PAGE_SIZE

    #: The ticks or their count changed.
    selection_changed = Signal()
    #: A page could not be read (the error).
    failed = Signal(object)

    def __init__(self, service: SegmentService | None = None) -> None:
        super().__init__()
        self.service = service
        self.segment_id: str | None = None
        self.editable = True
        #: What is ticked (a rule and exceptions, as ids), over every prospect of the segment.
        self.selection = ProspectSelection()
        #: How many prospects :attr:`selection` ticks (loaded or not).
        self.selected_count = 0

    # loading ------------------------------------------------------------------------

    def show_segment(self, segment_id: str | None) -> None:
        """Load the prospects of ``segment_id`` (none: empty); ticks go with another segment."""
        if segment_id != self.segment_id:
            self.segment_id = segment_id
            self._set_selection(ProspectSelection(), 0)
        if segment_id is None or self.service is None:
            self._generation += 1  # drop answers still on their way
            self.beginResetModel()
            self._rows, self._total, self._fetching, self.loading = [], 0, False, False
            self.endResetModel()
            return
        self.reload()

    def first_page_job(self) -> Callable[[], ProspectPage]:
        service, segment_id = self.service, self.segment_id
        assert service is not None and segment_id is not None
        return lambda: service.first_prospect_page(segment_id, PAGE_SIZE)

    def accept_first(self, result: ProspectPage) -> tuple[int, list[ProspectRow]]:
        return result.total, result.rows

    def page_job(self, offset: int) -> Callable[[], list[ProspectRow]]:
        service, segment_id = self.service, self.segment_id
        assert service is not None and segment_id is not None
        return lambda: service.prospect_page(segment_id, offset, PAGE_SIZE)

    def load_failed(self, exc: BaseException) -> None:
        self.failed.emit(exc)

    def set_editable(self, editable: bool) -> None:
        """Whether the RM may tick prospects (not in another RM's segment)."""
        if editable != self.editable:
            self.editable = editable
            self._all_changed()

    # the ticks ----------------------------------------------------------------------

    def select_eligible(self, count: int) -> None:
        """Tick every eligible prospect without an open application (``count`` of them)."""
        self._set_selection(ProspectSelection(SelectionRule.ELIGIBLE), count)

    def clear_selection(self) -> None:
        """Untick every prospect."""
        self._set_selection(ProspectSelection(), 0)

    def counted(self, selection: ProspectSelection, count: int) -> None:
        """``selection`` was counted afresh: take the count if nothing was ticked since."""
        if selection == self.selection and count != self.selected_count:
            self.selected_count = count
            self.selection_changed.emit()

    def _set_selection(self, selection: ProspectSelection, count: int) -> None:
        self.selection, self.selected_count = selection, count
        self._all_changed()
        self.selection_changed.emit()

    def _all_changed(self) -> None:
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))

    # Qt ---------------------------------------------------------------------------

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return _translate(HEADERS[section])

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.NAME and self.editable:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NAME:
            ticked = self.selection.selects(row)
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and column == self.ELIGIBLE:
            color = _GREEN if row.eligible else _RED if row.eligible is False else _GREY
            return QBrush(color)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.REASONS:
            return "\n".join(reason_text(r) for r in row.reasons) or None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        return None

    def _display(self, row: ProspectRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.USCC:
            return row.uscc
        if column == self.STATUS:
            return _translate(STATUS_LABELS.get(row.status, row.status))
        if column == self.SIZE:
            return size_text(row.size)
        if column == self.ELIGIBLE:
            return _translate(ELIGIBLE_LABELS[row.eligible])
        if column == self.REASONS:
            return reason_text(row.reasons[0]) if row.reasons else ""
        return row.open_application or ""

    def setData(self, index: ModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.NAME:
            return False
        if not self.editable:
            return False
        row = self.row_at(index.row())
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        was = self.selection.selects(row)
        self.selection = self.selection.toggled(row, checked)
        self.selected_count += self.selection.selects(row) - was
        self.dataChanged.emit(index, index)
        self.selection_changed.emit()
        return True
