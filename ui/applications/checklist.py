"""The checklist of one application: items grouped, status icons, a "missing only" filter.

Files dropped on an item's row are attached to that item (:class:`ChecklistTree`).
Several items can be selected and marked received at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QItemSelection,
    QMimeData,
    QModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFont,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.checklist import EffectiveState
from ui.applications.icons import STATE_COLOURS, state_icon
from ui.applications.texts import group_name, item_name, state_label, validity_text

if TYPE_CHECKING:
    from app.applications import ApplicationView, ItemView
    from app.catalogue import Catalogue

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole
COLUMNS = (
    QT_TRANSLATE_NOOP("ChecklistModel", "Document"),
    QT_TRANSLATE_NOOP("ChecklistModel", "State"),
    QT_TRANSLATE_NOOP("ChecklistModel", "Details"),
)


def dropped_files(mime: QMimeData) -> list[Path]:
    """The local files in a drag (empty when it carries anything else)."""
    if not mime.hasUrls():
        return []
    urls = mime.urls()
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    paths = [Path(url.toLocalFile()) for url in urls]
    return paths if all(p.is_file() for p in paths) else []


def item_details(item: ItemView) -> str:
    """One line on an item: why it is waived, its validity, its files, or a document on file."""
    if item.effective == EffectiveState.WAIVED:
        return QCoreApplication.translate("ChecklistModel", "Reason: {reason}").format(
            reason=item.waive_reason
        )
    parts: list[str] = []
    template = item.template
    if item.validity is not None and template is not None and template.validity is not None:
        parts.append(validity_text(item.validity))
    files = 0 if item.document is None else len(item.document.attachments)
    if files:
        parts.append(
            QCoreApplication.translate("ChecklistModel", "{count} file(s)").format(count=files)
        )
    if item.reusable:
        parts.append(QCoreApplication.translate("ChecklistModel", "A document is on file"))
    if not parts and not item.required:
        parts.append(QCoreApplication.translate("ChecklistModel", "Optional"))
    return " · ".join(parts)


class ChecklistModel(QStandardItemModel):
    """Groups with their applicable items (name, state, details); group rows are headers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view: ApplicationView | None = None
        self.missing_only = False
        self.retranslate()

    def retranslate(self) -> None:
        """Column titles in the current language (rows: show the application again)."""
        self.setHorizontalHeaderLabels(
            [QCoreApplication.translate("ChecklistModel", c) for c in COLUMNS]
        )

    def show_application(self, view: ApplicationView, catalogue: Catalogue) -> None:
        """Show the items of ``view`` (only the blocking ones with :attr:`missing_only`)."""
        self.view = view
        self.removeRows(0, self.rowCount())
        shown = [i for i in view.items if i.applicable and (i.blocking or not self.missing_only)]
        order = list(catalogue.groups)
        groups: dict[str, list[ItemView]] = {}
        for item in shown:
            code = "" if item.template is None else item.template.group
            groups.setdefault(code, []).append(item)
        for code in sorted(groups, key=lambda g: order.index(g) if g in order else len(order)):
            header = QStandardItem(group_name(catalogue, code))
            font = QFont()
            font.setBold(True)
            header.setFont(font)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            blanks = [QStandardItem() for _ in COLUMNS[1:]]
            for blank in blanks:
                blank.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for item in groups[code]:
                header.appendRow(self._row(item))
            self.appendRow([header, *blanks])

    def _row(self, item: ItemView) -> list[QStandardItem]:
        name = item_name(item.template, item.code)
        if not item.required:
            name = QCoreApplication.translate("ChecklistModel", "{name} (optional)").format(
                name=name
            )
        cells = [
            QStandardItem(state_icon(item.effective), name),
            QStandardItem(state_label(item.effective)),
            QStandardItem(item_details(item)),
        ]
        cells[1].setForeground(QColor(STATE_COLOURS[item.effective]))
        cells[2].setToolTip(cells[2].text())
        cells[0].setToolTip(name)
        for cell in cells:
            cell.setData(item.id, ITEM_ID_ROLE)
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        return cells

    def item_id(self, index: QModelIndex) -> str | None:
        """The checklist item on ``index``'s row (None for a group header)."""
        if not index.isValid():
            return None
        value = index.data(ITEM_ID_ROLE)
        return value if isinstance(value, str) else None

    def index_of(self, item_id: str) -> QModelIndex:
        """The first cell of ``item_id``'s row (invalid when it is not shown)."""
        for row in range(self.rowCount()):
            group = self.index(row, 0)
            for child in range(self.rowCount(group)):
                index = self.index(child, 0, group)
                if index.data(ITEM_ID_ROLE) == item_id:
                    return index
        return QModelIndex()

    def item_view(self, item_id: str | None) -> ItemView | None:
        """The shown application's item ``item_id``."""
        if self.view is None or item_id is None:
            return None
        return next((i for i in self.view.items if i.id == item_id), None)

    def shown_ids(self) -> list[str]:
        """The items on screen, top to bottom."""
        ids = []
        for row in range(self.rowCount()):
            group = self.index(row, 0)
            ids.extend(
                self.index(child, 0, group).data(ITEM_ID_ROLE)
                for child in range(self.rowCount(group))
            )
        return ids


class ChecklistTree(QTreeView):
    """The checklist's tree; local files dropped on an item's row are offered to it."""

    #: Files were dropped on the row of an item (item id, paths).
    files_dropped = Signal(str, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setDropIndicatorShown(True)

    def _target(self, event: QDropEvent) -> str | None:
        model = self.model()
        if not isinstance(model, ChecklistModel) or not dropped_files(event.mimeData()):
            return None
        return model.item_id(self.indexAt(event.position().toPoint()))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._target(event) is not None:
            index = self.indexAt(event.position().toPoint())
            self.setCurrentIndex(index.siblingAtColumn(0))
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        item_id = self._target(event)
        if item_id is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(item_id, dropped_files(event.mimeData()))


class ChecklistView(QWidget):
    """The tree with its tools: "only what is missing", mark received, use documents on file."""

    #: The item whose details are shown changed (None: a group or nothing).
    current_changed = Signal(object)
    #: Mark the selected items received.
    mark_received_requested = Signal(list)
    #: Use every valid document on file.
    reuse_all_requested = Signal()
    #: Files dropped on an item's row (item id, paths).
    files_dropped = Signal(str, list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ChecklistModel(self)
        self._catalogue: Catalogue | None = None
        self._current: str | None = None
        self.missing_only = QCheckBox()
        self.missing_only.setObjectName("missingOnly")
        self.missing_only.toggled.connect(self._filter_changed)
        self.mark_received_button = QPushButton()
        self.mark_received_button.setObjectName("markReceived")
        self.mark_received_button.clicked.connect(self._mark_received)
        self.reuse_all_button = QPushButton()
        self.reuse_all_button.setObjectName("reuseAll")
        self.reuse_all_button.clicked.connect(self.reuse_all_requested)
        self.tree = ChecklistTree()
        self.tree.setObjectName("checklistTree")
        self.tree.setModel(self.model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.files_dropped.connect(self.files_dropped)
        selection = self.tree.selectionModel()
        selection.currentRowChanged.connect(self._current_row_changed)
        selection.selectionChanged.connect(self._selection_changed)
        tools = QHBoxLayout()
        tools.addWidget(self.missing_only)
        tools.addStretch(1)
        tools.addWidget(self.reuse_all_button)
        tools.addWidget(self.mark_received_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.missing_only.setText(self.tr("Only what is missing"))
        self.missing_only.setToolTip(self.tr("Show only the required items still missing"))
        self.mark_received_button.setText(self.tr("Mark received"))
        self.mark_received_button.setToolTip(
            self.tr("Mark the selected items received (papers seen)")
        )
        self.reuse_all_button.setText(self.tr("Use all documents on file"))
        self.model.retranslate()
        if self.model.view is not None and self._catalogue is not None:
            self.show_application(self.model.view, self._catalogue)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_application(self, view: ApplicationView, catalogue: Catalogue) -> None:
        """Show ``view``'s checklist, keeping the current and selected items."""
        selected, current = self.selected_ids(), self._current
        self._catalogue = catalogue
        selection = self.tree.selectionModel()
        selection.blockSignals(True)
        self.model.show_application(view, catalogue)
        selection.blockSignals(False)
        self._current = current
        self._after_rebuild(selected)

    def _after_rebuild(self, selected: list[str]) -> None:
        view = self.model.view
        self.tree.expandAll()
        if self.model.rowCount():
            self.tree.resizeColumnToContents(0)
            self.tree.setColumnWidth(0, min(self.tree.columnWidth(0) + 12, 300))
            self.tree.resizeColumnToContents(1)
        self.reuse_all_button.setVisible(
            view is not None and any(i.reusable and i.applicable for i in view.items)
        )
        current = self._current
        selection = self.tree.selectionModel()
        selection.blockSignals(True)
        for item_id in selected:
            index = self.model.index_of(item_id)
            if index.isValid():
                selection.select(
                    index,
                    selection.SelectionFlag.Select | selection.SelectionFlag.Rows,
                )
        if current is not None and self.model.index_of(current).isValid():
            selection.setCurrentIndex(
                self.model.index_of(current), selection.SelectionFlag.NoUpdate
            )
        selection.blockSignals(False)
        self._update_buttons()
        self.current_changed.emit(self.model.item_view(current))

    def _mark_received(self) -> None:
        self.mark_received_requested.emit(self.selected_ids())

    def _filter_changed(self, on: bool) -> None:
        self.model.missing_only = on
        if self.model.view is not None and self._catalogue is not None:
            self.show_application(self.model.view, self._catalogue)

    def selected_ids(self) -> list[str]:
        """The items selected, top to bottom."""
        rows = {
            self.model.item_id(index)
            for index in self.tree.selectionModel().selectedRows()
            if self.model.item_id(index)
        }
        return [i for i in self.model.shown_ids() if i in rows]

    def select_items(self, item_ids: list[str]) -> None:
        """Select these items (as Ctrl+clicks would); the first becomes current."""
        selection = self.tree.selectionModel()
        selection.clearSelection()
        for item_id in item_ids:
            index = self.model.index_of(item_id)
            selection.select(index, selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        if item_ids:
            selection.setCurrentIndex(
                self.model.index_of(item_ids[0]), selection.SelectionFlag.NoUpdate
            )

    def set_current(self, item_id: str) -> None:
        """Make ``item_id`` the current (and only selected) item."""
        self.tree.setCurrentIndex(self.model.index_of(item_id))

    @property
    def current_id(self) -> str | None:
        """The item whose details are shown."""
        return self._current

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item_id = self.model.item_id(current)
        self._current = item_id
        self.current_changed.emit(self.model.item_view(item_id))

    def _selection_changed(self, _on: QItemSelection, _off: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        missing = [
            i
            for i in self.selected_ids()
            if (item := self.model.item_view(i)) is not None
            and item.effective == EffectiveState.MISSING
        ]
        self.mark_received_button.setEnabled(bool(missing))
