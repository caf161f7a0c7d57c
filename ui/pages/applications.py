"""Applications: every loan application with its stage, time in stage and the answer clock.

Filters by stage, product, segment (and RM for a branch manager), "Only
overdue"; every column sorts in SQL and rows load page by page, so 20,000
applications open as fast as 20. The pane below shows the selected
application's stage and the credit officer's decision once synced.
The page imports the data core only in :meth:`ApplicationsPage.attach`, so the
window still paints before SQLAlchemy is loaded.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from ui.pages.base import Page
from ui.tasks import run_in_background

if TYPE_CHECKING:
    from app.pipeline_list import ApplicationList, ApplicationRow
    from ui.applications.actions import ApplicationActions
    from ui.applications.details import ApplicationDetails
    from ui.applications.model import ApplicationTableModel

SEARCH_DELAY_MS = 150


class ApplicationsPage(Page):
    """The applications list: search, filters, New application, details, open on double-click."""

    #: The list was loaded (after each refresh).
    loaded = Signal()

    def __init__(self, today: Callable[[], date] | None = None) -> None:
        """``today``: the day clocks run to (default: the actions' day)."""
        super().__init__()
        self.setObjectName("page_applications")
        self.actions: ApplicationActions | None = None
        self.model: ApplicationTableModel | None = None
        self.details: ApplicationDetails | None = None
        self.source: ApplicationList | None = None
        self._today = today
        self._stale = True
        #: Whether the profile is a branch manager's (RM column and filter).
        self.branch_view = False
        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")
        self.search = QLineEdit()
        self.search.setObjectName("applicationSearch")
        self.search.setClearButtonEnabled(True)
        self.stage_filter = self._combo("applicationStageFilter")
        self.product_filter = self._combo("applicationProductFilter")
        self.segment_filter = self._combo("applicationSegmentFilter")
        self.rm_filter = self._combo("applicationRmFilter")
        self.rm_filter.setVisible(False)
        self.overdue_filter = QCheckBox()
        self.overdue_filter.setObjectName("applicationOverdueFilter")
        self.overdue_filter.toggled.connect(lambda _on: self._apply_filter())
        self.new_button = QPushButton()
        self.new_button.setObjectName("newApplication")
        self.new_button.setProperty("primary", True)
        self.new_button.setEnabled(False)
        self.new_button.clicked.connect(self.new_application)
        self._count = QLabel()
        self._count.setObjectName("applicationCount")
        self.table = QTableView()
        self.table.setObjectName("applicationTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self._sized = False
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        self._hint = QLabel()
        self._hint.setObjectName("applicationHint")
        self._hint.setStyleSheet("color: #4a5560;")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())

        top = QHBoxLayout()
        top.addWidget(self._heading)
        top.addStretch(1)
        top.addWidget(self.search, 2)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        for widget in (
            self.stage_filter,
            self.product_filter,
            self.segment_filter,
            self.rm_filter,
            self.overdue_filter,
        ):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("applicationSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self._hint, 1)
        bottom.addWidget(self._count)
        layout.addLayout(bottom)
        self.retranslate()

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(9)
        combo.currentIndexChanged.connect(lambda _i: self._apply_filter())
        return combo

    def attach(self, actions: ApplicationActions) -> None:
        """Use ``actions`` (and its services) once the data core is open."""
        from app.pipeline_list import ApplicationList
        from ui.applications.details import ApplicationDetails
        from ui.applications.model import KEYS, ApplicationTableModel

        self.actions = actions
        self.source = ApplicationList(actions.service.database, actions.catalogue)
        self.model = ApplicationTableModel(self.source, actions.catalogue, self.today)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setColumnHidden(KEYS.index("rm"), not self.branch_view)
        self.details = ApplicationDetails(actions.catalogue)
        self.details.open_requested.connect(actions.open_application)
        self.splitter.addWidget(self.details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_details())
        self.model.loaded.connect(self._on_loaded)
        self.model.modelReset.connect(self._show_details)
        self.new_button.setEnabled(True)
        actions.data_changed.connect(self.mark_stale)
        self._fill_products()
        self.mark_stale()

    def today(self) -> date:
        """The day the clocks run to."""
        if self._today is not None:
            return self._today()
        return self.actions.today if self.actions is not None else date.today()

    def title(self) -> str:
        return QCoreApplication.translate("Navigation", "Applications")

    def retranslate(self) -> None:
        from app.stages import STAGE_LABELS

        self._heading.setText(self.title())
        self.search.setPlaceholderText(self.tr("Search customer or product…"))
        self.new_button.setText(self.tr("New application"))
        self.overdue_filter.setText(self.tr("Only overdue"))
        self.overdue_filter.setToolTip(
            self.tr("Applications waiting more than three business days for an answer")
        )
        self._fill(
            self.stage_filter,
            self.tr("All stages"),
            [
                (s.value, QCoreApplication.translate("Stage", label))
                for s, label in STAGE_LABELS.items()
            ],
        )
        self._fill_products()
        self._fill(self.segment_filter, self.tr("All segments"), self._values(self.segment_filter))
        self._fill(self.rm_filter, self.tr("All RMs"), self._values(self.rm_filter))
        self._hint.setText(self.tr("Double-click an application to see its checklist."))
        if self.model is not None:
            self.model.refresh_texts()
        if self.details is not None:
            self.details.retranslate()
        self._update_count()

    @staticmethod
    def _values(combo: QComboBox) -> list[tuple[Any, str]]:
        return [(combo.itemData(i), combo.itemText(i)) for i in range(1, combo.count())]

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[Any, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, label in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def _fill_products(self) -> None:
        if self.actions is None:
            return
        from ui.applications.texts import product_name

        products = sorted(
            self.actions.catalogue.products.values(), key=lambda p: product_name(p, p.code)
        )
        self._fill(
            self.product_filter,
            self.tr("All products"),
            [(p.code, product_name(p, p.code)) for p in products],
        )

    # loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list (and the segments, RMs and role) again in the background."""
        if self.model is None or self.actions is None:
            return
        self._stale = False
        self.model.reload()
        self._update_count()
        database, customers = self.actions.service.database, self.actions.customers
        source = self.source

        def options() -> tuple[bool, list[str], list[str]]:
            from app.sync.credentials import BRANCH_ROLES, account_role

            branch = account_role(database) in BRANCH_ROLES
            rms = source.rms() if branch and source is not None else []
            return branch, customers.segments(), rms

        run_in_background(options, self._fill_options, receiver=self)

    def _fill_options(self, found: tuple[bool, list[str], list[str]]) -> None:
        from ui.applications.model import segment_label

        branch, segments, rms = found
        self.set_branch_view(branch)
        self._fill(
            self.segment_filter, self.tr("All segments"), [(s, segment_label(s)) for s in segments]
        )
        self._fill(self.rm_filter, self.tr("All RMs"), [(rm, rm) for rm in rms])

    def set_branch_view(self, branch: bool) -> None:
        """A branch manager's profile: show the RM column and filter (else hide them)."""
        from ui.applications.model import KEYS

        self.branch_view = branch
        self.rm_filter.setVisible(branch)
        if not branch and self.rm_filter.currentIndex() > 0:
            self.rm_filter.setCurrentIndex(0)
        if self.model is not None:
            self.table.setColumnHidden(KEYS.index("rm"), not branch)

    def mark_stale(self) -> None:
        """Data changed: reload now if on screen, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _apply_filter(self) -> None:
        if self.model is None:
            return
        from app.stages import Stage

        def one(combo: QComboBox) -> frozenset[str] | None:
            value = combo.currentData()
            return None if value is None else frozenset({value})

        stage = self.stage_filter.currentData()
        self.model.set_query(
            replace(
                self.model.query,
                search=self.search.text(),
                stages=None if stage is None else frozenset({Stage(stage)}),
                product_codes=one(self.product_filter),
                segments=one(self.segment_filter),
                rms=one(self.rm_filter) if self.branch_view else None,
                overdue_only=self.overdue_filter.isChecked(),
            )
        )
        self._update_count()

    def _on_loaded(self) -> None:
        if not self._sized and self.model is not None and self.model.rowCount() > 0:
            self._sized = True
            self.table.resizeColumnsToContents()
            for column in range(self.model.columnCount()):  # long names: cut, with a tooltip
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), 220))
        self._update_count()
        self.loaded.emit()

    def _update_count(self) -> None:
        if self.model is None or self.model.loading:
            self._count.setText(self.tr("Loading…"))
            return
        self._count.setText(
            self.tr("{count} applications").format(count=QLocale().toString(self.model.total))
        )

    # selection and actions -------------------------------------------------------------

    def selected_row(self) -> ApplicationRow | None:
        """The application on the selected row, if any."""
        if self.model is None or self.table.selectionModel() is None:
            return None
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= self.model.rowCount():
            return None
        return self.model.summary(rows[0].row())

    def _show_details(self) -> None:
        if self.details is not None:
            self.details.show_row(self.selected_row())

    def new_application(self) -> None:
        """Start a new application (the customer is chosen in the editor)."""
        if self.actions is not None:
            self.actions.new_application()

    def _open_index(self, index: QModelIndex) -> None:
        if self.actions is not None and self.model is not None and index.isValid():
            self.actions.open_application(self.model.application_id(index.row()))
