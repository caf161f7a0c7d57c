"""Changes the server refused, with its reason per field: fix, send again, or discard.

Fixing means opening the record and saving it corrected: the next sync sends
the fix together with the refused change.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.text import QT_TRANSLATE_NOOP
from ui.sync.rows import PayloadRole, Row, RowsModel, record_tree
from ui.sync.texts import field_label, problem_text, record_text

if TYPE_CHECKING:
    from app.sync import RejectedView

NameOf = Callable[[str | None], str | None]
HEADERS = (
    QT_TRANSLATE_NOOP("SyncRejectedView", "Record"),
    QT_TRANSLATE_NOOP("SyncRejectedView", "Field"),
    QT_TRANSLATE_NOOP("SyncRejectedView", "Why the server refused it"),
)


class RejectedList(QWidget):
    """Refused changes, one row per problem."""

    #: Open a record to fix it: (entity, id).
    open_record = Signal(str, str)
    #: Give a refused change up (its id).
    discard_requested = Signal(int)
    #: Send a refused change again as the record now is (its id).
    retry_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncRejected")
        self.rejected: list[RejectedView] = []
        self._name_of: NameOf = lambda _c: None
        self._busy = False
        #: The confirmation shown last (discarding loses the change).
        self.confirm_box: QMessageBox | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = RowsModel("SyncRejectedView", HEADERS)
        self.model.set_builder(self._rows)
        self.table = record_tree(self.model, "rejectedTable")
        self.table.setWordWrap(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.table.doubleClicked.connect(self._open_index)
        self.open_button = self._button("openToFix", self._open_selected)
        self.retry_button = self._button("sendAgain", self._retry)
        self.discard_button = self._button("discardChange", self.confirm_discard)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.retry_button)
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._update_buttons()

    def _button(self, name: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def set_rejected(self, rejected: Sequence[RejectedView], name_of: NameOf) -> None:
        """Show ``rejected``; ``name_of`` names their customers."""
        current = self.selected()
        self.rejected = list(rejected)
        self._name_of = name_of
        self.model.rebuild()
        self._select(current.id if current is not None else None)

    def names_changed(self) -> None:
        """More customer names are known."""
        current = self.selected()
        self.model.rebuild()
        self._select(current.id if current is not None else None)

    def set_busy(self, busy: bool) -> None:
        """Block discarding and resending while a sync runs."""
        self._busy = busy
        self._update_buttons()

    def _rows(self) -> list[Row]:
        rows = []
        for r in self.rejected:
            record = record_text(r.entity, r.entity_id, self._name_of(r.customer_id))
            for p in r.problems or []:
                reason = problem_text(p.template, p.params, p.message)
                rows.append(Row((record, field_label(r.entity, p.field), reason), r))
            if not r.problems:
                rows.append(Row((record, "", self.tr("No reason given")), r))
        return rows

    def selected(self) -> RejectedView | None:
        """The refused change selected."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().hasSelection():
            return None
        payload: RejectedView = self.model.row(index.row()).payload
        return payload

    def _select(self, rejected_id: int | None) -> None:
        rows = self.model.rows
        found = next(
            (i for i, row in enumerate(rows) if row.payload.id == rejected_id), 0 if rows else None
        )
        if found is None:
            self.table.clearSelection()
        else:
            self.table.setCurrentIndex(self.model.index(found, 0))
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.open_button.setEnabled(chosen)
        self.retry_button.setEnabled(chosen and not self._busy)
        self.discard_button.setEnabled(chosen and not self._busy)

    def _open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.open_record.emit(chosen.entity, chosen.entity_id)

    def _open_index(self, index: QModelIndex) -> None:
        chosen = index.data(PayloadRole)
        if chosen is not None:
            self.open_record.emit(chosen.entity, chosen.entity_id)

    def _retry(self) -> None:
        chosen = self.selected()
        if chosen is not None and not self._busy:
            self.retry_requested.emit(chosen.id)

    def confirm_discard(self) -> None:
        """Ask before the change is given up (the record goes back to its synced values)."""
        chosen = self.selected()
        if chosen is None or self._busy:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmDiscard")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Discard change"))
        box.setText(self.tr("Discard this change? The record goes back to what was last synced."))
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        rejected_id = chosen.id
        box.buttonClicked.connect(
            lambda button: self.discard_requested.emit(rejected_id) if button is discard else None
        )
        self.confirm_box = box
        box.open()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.intro.setText(
            self.tr(
                "The server refused these changes. Open the record and correct it: "
                "the fix is sent with the next sync. Or discard the change."
            )
        )
        self.open_button.setText(self.tr("Open record to fix"))
        self.retry_button.setText(self.tr("Send again"))
        self.discard_button.setText(self.tr("Discard change"))
        self.model.rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
