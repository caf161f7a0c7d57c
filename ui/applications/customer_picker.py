"""A searchable customer picker: type a name, USCC or person; rows load in the background."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.customer_list import CustomerQuery
from ui.customer_model import status_label
from ui.tasks import run_in_background

if TYPE_CHECKING:
    from app.customer_list import ListPage
    from app.customers import CustomerService

LIMIT = 20
SEARCH_DELAY_MS = 150


class CustomerPicker(QWidget):
    """Search box over a short list of matching customers; :attr:`customer_id` is the choice."""

    #: A customer was chosen (id, name).
    chosen = Signal(str, str)
    #: A search answer was shown.
    loaded = Signal()

    def __init__(self, service: CustomerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._generation = 0
        self.customer_id: str | None = None
        self.customer_name = ""
        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setObjectName("customerResults")
        self.results.setMaximumHeight(150)
        self.results.currentItemChanged.connect(self._picked)
        self.count = QLabel()
        self.count.setObjectName("customerCount")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.count)
        self.setFocusProxy(self.search)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        """Placeholder in the current language."""
        self.search.setPlaceholderText(self.tr("Search name, USCC or people…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Search again for what is typed (in the background)."""
        self._generation += 1
        generation = self._generation
        service, text = self._service, self.search.text().strip()

        def done(page: ListPage) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show(page)

        run_in_background(
            lambda: service.first_page(CustomerQuery(search=text), LIMIT), done, receiver=self
        )

    def _show(self, page: ListPage) -> None:
        self.results.blockSignals(True)
        self.results.clear()
        for row in page.rows:
            text = row.name or self.tr("(unnamed draft)")
            if row.uscc:
                text = f"{text}  ·  {row.uscc}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, row.name)
            item.setToolTip(status_label(row.status))
            self.results.addItem(item)
            if row.id == self.customer_id:
                self.results.setCurrentItem(item)
        self.results.blockSignals(False)
        if page.total > len(page.rows):
            self.count.setText(
                self.tr("First {shown} of {total}; type more to narrow").format(
                    shown=len(page.rows), total=page.total
                )
            )
        elif not page.rows:
            self.count.setText(self.tr("No customer matches"))
        else:
            self.count.setText("")
        self.loaded.emit()

    def _picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is None:
            return
        self.customer_id = item.data(Qt.ItemDataRole.UserRole)
        self.customer_name = item.data(Qt.ItemDataRole.UserRole + 1) or ""
        self.chosen.emit(self.customer_id, self.customer_name)

    def choose_row(self, row: int) -> None:
        """Choose the customer on ``row`` of the results (as a click would)."""
        self.results.setCurrentRow(row)
