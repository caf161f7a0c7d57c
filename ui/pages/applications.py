"""Applications: every loan application with its completeness; new and open.

The list is read in the background when the page is shown and after changes.
The page imports the data core only in :meth:`ApplicationsPage.attach`, so the
window still paints before SQLAlchemy is loaded.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ui.pages.base import Page
from ui.tasks import run_in_background

if TYPE_CHECKING:
    from app.applications import ApplicationSummary
    from ui.applications.actions import ApplicationActions
    from ui.applications.model import ApplicationTableModel

STATUSES = (
    ("draft", QT_TRANSLATE_NOOP("ApplicationStatus", "Draft")),
    ("ready", QT_TRANSLATE_NOOP("ApplicationStatus", "Ready to submit")),
    ("submitted", QT_TRANSLATE_NOOP("ApplicationStatus", "Submitted")),
)


class ApplicationsPage(Page):
    """The applications list: search, status filter, New application, open on double-click."""

    #: The list was loaded (after each refresh).
    loaded = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page_applications")
        self.actions: ApplicationActions | None = None
        self.model: ApplicationTableModel | None = None
        self._stale = True
        self._loading = False
        self._generation = 0
        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")
        self.search = QLineEdit()
        self.search.setObjectName("applicationSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self._apply_filter())
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("applicationStatusFilter")
        self.status_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status_filter.currentIndexChanged.connect(lambda _i: self._apply_filter())
        self._status_caption = QLabel()
        self._status_caption.setBuddy(self.status_filter)
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
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)
        self._hint = QLabel()
        self._hint.setObjectName("applicationHint")
        self._hint.setStyleSheet("color: #4a5560;")

        top = QHBoxLayout()
        top.addWidget(self._heading)
        top.addStretch(1)
        top.addWidget(self.search, 2)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self._status_caption)
        filters.addWidget(self.status_filter)
        filters.addStretch(1)
        filters.addWidget(self._count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._hint)
        self.retranslate()

    def attach(self, actions: ApplicationActions) -> None:
        """Use ``actions`` (and its services) once the data core is open."""
        from ui.applications.model import ApplicationTableModel

        self.actions = actions
        self.model = ApplicationTableModel(actions.catalogue)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # customer names
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.new_button.setEnabled(True)
        actions.data_changed.connect(self.mark_stale)
        self.mark_stale()

    def title(self) -> str:
        return QCoreApplication.translate("Navigation", "Applications")

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self.search.setPlaceholderText(self.tr("Search customer or product…"))
        self.new_button.setText(self.tr("New application"))
        self._status_caption.setText(self.tr("Status"))
        current = self.status_filter.currentData()
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All"), None)
        for value, label in STATUSES:
            self.status_filter.addItem(
                QCoreApplication.translate("ApplicationStatus", label), value
            )
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)
        self._hint.setText(self.tr("Double-click an application to see its checklist."))
        if self.model is not None:
            self.model.refresh_texts()
        self._update_count()

    # loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the list again in the background."""
        actions = self.actions
        if actions is None:
            return
        self._stale = False
        self._loading = True
        self._generation += 1
        generation = self._generation
        service, today = actions.service, actions.today

        def done(rows: list[ApplicationSummary]) -> None:
            if generation == self._generation and self.model is not None:
                self._loading = False
                self.model.set_rows(rows)
                self._update_count()
                self.loaded.emit()

        run_in_background(lambda: service.list(today=today), done, receiver=self)
        self._update_count()

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
        if self.model is not None:
            self.model.set_filter(self.search.text(), self.status_filter.currentData())
            self._update_count()

    def _update_count(self) -> None:
        if self.model is None or self._loading:
            self._count.setText(self.tr("Loading…"))
            return
        shown, total = self.model.rowCount(), self.model.total
        locale = QLocale()
        if shown == total:
            self._count.setText(
                self.tr("{count} applications").format(count=locale.toString(total))
            )
        else:
            self._count.setText(
                self.tr("{shown} of {count} applications").format(
                    shown=locale.toString(shown), count=locale.toString(total)
                )
            )

    # actions ------------------------------------------------------------------------

    def new_application(self) -> None:
        """Start a new application (the customer is chosen in the editor)."""
        if self.actions is not None:
            self.actions.new_application()

    def _open_index(self, index: QModelIndex) -> None:
        if self.actions is not None and self.model is not None and index.isValid():
            self.actions.open_application(self.model.application_id(index.row()))
