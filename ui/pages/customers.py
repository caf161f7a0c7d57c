"""Customers: searchable, sortable list that loads page by page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from ui.customer_model import CustomerTableModel
from ui.pages.base import Page

if TYPE_CHECKING:
    from app.customers import CustomerService

SEARCH_DELAY_MS = 200


class CustomersPage(Page):
    """The customer list with search-as-you-type."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page_customers")
        self.model: CustomerTableModel | None = None
        self._stale = True  # loaded when first shown, not at start-up
        self._sized = False
        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setClearButtonEnabled(True)
        self._count = QLabel()
        self.table = QTableView()
        self.table.setObjectName("customerTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        top = QHBoxLayout()
        top.addWidget(self._heading)
        top.addStretch(1)
        top.addWidget(self.search, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self._count)
        self.retranslate()

    def attach(self, customers: CustomerService) -> None:
        """Use ``customers`` once the data core is open."""
        self.model = CustomerTableModel(customers)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.model.modelReset.connect(self._update_count)
        self.mark_stale()

    def title(self) -> str:
        return QCoreApplication.translate("Navigation", "Customers")

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self.search.setPlaceholderText(self.tr("Search by name or USCC…"))
        self._update_count()

    def refresh(self) -> None:
        """Reload the list now."""
        if self.model is None:
            return
        self._stale = False
        self.model.reload()
        if not self._sized:
            self._sized = True
            self.table.resizeColumnsToContents()

    def mark_stale(self) -> None:
        """Data changed: reload now if on screen, else when next shown."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _apply_search(self) -> None:
        if self.model is not None:
            self.model.set_search(self.search.text())

    def _update_count(self) -> None:
        if self.model is None:
            self._count.setText(self.tr("Loading…"))
            return
        total = QLocale().toString(self.model.total)
        self._count.setText(self.tr("{count} customers").format(count=total))
