"""Customers: search-as-you-type list with filters; pages load in the background.

A customer is opened by double-click, and a visit to it is logged from the
"Log visit" button (or the context menu) on the selected row: two clicks.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ui.customer_model import (
    COLUMNS,
    ELIGIBLE_LABELS,
    SIZE_LABELS,
    STATUS_LABELS,
    UNSORTABLE,
    CustomerTableModel,
)
from ui.pages.base import Page
from ui.tasks import run_in_background

if TYPE_CHECKING:
    from app.customers import CustomerService

SEARCH_DELAY_MS = 150


class CustomersPage(Page):
    """The customer list: search, filters, sortable columns, new / import / open / log visit."""

    new_requested = Signal()
    import_requested = Signal()
    open_requested = Signal(str)
    #: Log a visit to this customer.
    log_visit_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page_customers")
        self.model: CustomerTableModel | None = None
        self._service: CustomerService | None = None
        self._stale = True  # loaded when first shown, not at start-up
        self._sized = False
        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton()
        self.new_button.setObjectName("newCustomer")
        self.new_button.setProperty("primary", True)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importCustomers")
        self.log_visit_button = QPushButton()
        self.log_visit_button.setObjectName("logVisit")
        self.log_visit_button.setEnabled(False)
        self.log_visit_button.clicked.connect(self.log_visit)
        self.alerts_filter = QCheckBox()
        self.alerts_filter.setObjectName("alertsFilter")
        self.alerts_filter.toggled.connect(lambda _on: self._apply_filters())
        self.context_menu: QMenu | None = None
        self.status_filter = self._filter_combo("statusFilter")
        self.size_filter = self._filter_combo("sizeFilter")
        self.eligible_filter = self._filter_combo("eligibleFilter")
        self.segment_filter = self._filter_combo("segmentFilter")
        #: A branch manager's profile: filter by RM (hidden otherwise).
        self.rm_filter = self._filter_combo("rmFilter")
        self.rm_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.rm_filter.setMinimumContentsLength(5)
        self.branch_view = False
        self._count = QLabel()
        self._count.setObjectName("customerCount")
        self.table = QTableView()
        self.table.setObjectName("customerTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._apply_filters)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.new_button.clicked.connect(self.new_requested)
        self.import_button.clicked.connect(self.import_requested)

        top = QHBoxLayout()
        top.addWidget(self._heading)
        top.addStretch(1)
        top.addWidget(self.search, 2)
        top.addWidget(self.alerts_filter)
        top.addWidget(self.log_visit_button)
        top.addWidget(self.import_button)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.setSpacing(4)  # a branch manager's row has five filters in ~640 px
        self._captions: list[QLabel] = []
        for combo in (
            self.status_filter,
            self.size_filter,
            self.eligible_filter,
            self.segment_filter,
        ):
            caption = QLabel()
            caption.setBuddy(combo)
            self._captions.append(caption)
            filters.addWidget(caption)
            filters.addWidget(combo)
        filters.addWidget(self.rm_filter)  # no caption: its first entry says "All RMs"
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        # Under the table, not beside the filters: a branch manager's RM filter needs the room.
        layout.addWidget(self._count)
        self.retranslate()
        self.set_branch_view(False)

    def _filter_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _i: self._apply_filters())
        return combo

    def attach(self, customers: CustomerService) -> None:
        """Use ``customers`` once the data core is open."""
        self._service = customers
        self.model = CustomerTableModel(customers)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        alerts = [key for key, _label in COLUMNS].index("open_alerts")
        header.moveSection(header.visualIndex(alerts), 1)  # shown next to the name
        rm_column = [key for key, _label in COLUMNS].index("assigned_rm")
        header.moveSection(header.visualIndex(rm_column), 2)  # a branch manager's: after it
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)
        self.set_branch_view(self.branch_view)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_actions())
        self.model.loaded.connect(self._on_loaded)
        self.model.modelReset.connect(self._update_actions)
        self.mark_stale()

    def title(self) -> str:
        return QCoreApplication.translate("Navigation", "Customers")

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self.search.setPlaceholderText(self.tr("Search name, USCC or people…"))
        self.new_button.setText(self.tr("New customer"))
        self.import_button.setText(self.tr("Import…"))
        self.log_visit_button.setText(self.tr("Log visit"))
        self.log_visit_button.setToolTip(self.tr("Log a visit to the selected customer"))
        self.alerts_filter.setText(self.tr("With open alerts"))
        captions = (self.tr("Status"), self.tr("Size"), self.tr("Eligibility"), self.tr("Segment"))
        for caption, text in zip(self._captions, captions, strict=True):
            caption.setText(text)
        self._fill_combo(self.status_filter, "CustomerStatus", STATUS_LABELS)
        self._fill_combo(self.size_filter, "EnterpriseSize", SIZE_LABELS)
        self._fill_combo(self.eligible_filter, "Eligibility", ELIGIBLE_LABELS)
        self._fill_segments(self._segment_values())
        self._fill_rms(self._rm_values())
        self._update_count()

    def _fill_combo(self, combo: QComboBox, context: str, labels: dict[object, str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for value, label in labels.items():
            combo.addItem(QCoreApplication.translate(context, label), value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _segment_values(self) -> list[str]:
        combo = self.segment_filter
        return [combo.itemData(i) for i in range(1, combo.count())]

    def _fill_segments(self, segments: list[str]) -> None:
        self._fill_combo(self.segment_filter, "Segment", {s: s for s in segments})

    def _rm_values(self) -> list[str]:
        combo = self.rm_filter
        return [combo.itemData(i) for i in range(1, combo.count())]

    def _fill_rms(self, rms: list[str]) -> None:
        combo = self.rm_filter
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All RMs"), None)
        for rm in rms:
            combo.addItem(rm, rm)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def set_branch_view(self, branch: bool, rms: list[str] | None = None) -> None:
        """A branch manager's profile: show the RM column and filter (else hide them)."""
        self.branch_view = branch
        if rms is not None:
            self._fill_rms(rms)
        self.rm_filter.setVisible(branch)
        if not branch and self.rm_filter.currentIndex() > 0:
            self.rm_filter.setCurrentIndex(0)
        if self.model is not None:
            rm_column = [key for key, _label in COLUMNS].index("assigned_rm")
            self.table.setColumnHidden(rm_column, not branch)

    def refresh(self) -> None:
        """Reload the list (and the segment filter, and the RMs) in the background."""
        if self.model is None or self._service is None:
            return
        self._stale = False
        self.model.reload()
        run_in_background(self._service.segments, self._fill_segments, receiver=self)
        service = self._service

        def branch() -> tuple[bool, list[str]]:
            from app.sync.credentials import BRANCH_ROLES, account_role

            manager = account_role(service.database) in BRANCH_ROLES
            return manager, service.assigned_rms() if manager else []

        run_in_background(branch, lambda found: self.set_branch_view(*found), receiver=self)

    def mark_stale(self) -> None:
        """Data changed: reload now if on screen, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _apply_filters(self) -> None:
        if self.model is None:
            return
        self.model.set_query(
            replace(
                self.model.query,
                search=self.search.text(),
                status=self.status_filter.currentData(),
                size=self.size_filter.currentData(),
                eligible=self.eligible_filter.currentData(),
                segment=self.segment_filter.currentData(),
                has_alerts=True if self.alerts_filter.isChecked() else None,
                rm=self.rm_filter.currentData() if self.branch_view else None,
            )
        )

    def _open_index(self, index: QModelIndex) -> None:
        if self.model is not None and index.isValid():
            self.open_requested.emit(self.model.customer_id(index.row()))

    def selected_customer(self) -> str | None:
        """The id of the customer on the selected row, if any."""
        if self.model is None or self.table.selectionModel() is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.model.rowCount():
            return None
        return self.model.customer_id(rows[0].row())

    def log_visit(self) -> None:
        """Log a visit to the selected customer."""
        customer_id = self.selected_customer()
        if customer_id is not None:
            self.log_visit_requested.emit(customer_id)

    def _update_actions(self) -> None:
        self.log_visit_button.setEnabled(self.selected_customer() is not None)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if self.model is None or not index.isValid():
            return
        self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.setObjectName("customerMenu")
        open_action = menu.addAction(self.tr("Open"))
        log_action = menu.addAction(self.tr("Log visit"))
        open_action.triggered.connect(lambda: self._open_index(index))
        log_action.triggered.connect(self.log_visit)
        self.context_menu = menu
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _keep_sort_indicator(self, column: int, _order: Qt.SortOrder) -> None:
        """A column the list cannot sort by: show the order still in force."""
        if self.model is None or COLUMNS[column][0] not in UNSORTABLE:
            return
        query = self.model.query
        keys = [key for key, _label in COLUMNS]
        if query.sort in keys:
            order = (
                Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder
            )
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(keys.index(query.sort), order)
            header.blockSignals(False)

    def _on_loaded(self) -> None:
        self._update_count()
        if not self._sized and self.model is not None and self.model.rowCount() > 0:
            self._sized = True
            self.table.resizeColumnsToContents()

    def _update_count(self) -> None:
        if self.model is None or self.model.loading:
            self._count.setText(self.tr("Loading…"))
            return
        total = QLocale().toString(self.model.total)
        if self.model.capped:
            self._count.setText(self.tr("More than {count} customers").format(count=total))
        else:
            self._count.setText(self.tr("{count} customers").format(count=total))
