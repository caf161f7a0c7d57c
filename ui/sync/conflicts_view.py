"""Fields changed both on this laptop and on the server: keep mine, take theirs, or edit.

One row per field: the record, the field's label, this laptop's value, the
server's and the value both started from. The choice is written here at once
and reaches the server with the next sync.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QTimer, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.identifiers import is_masked_field
from app.text import QT_TRANSLATE_NOOP
from ui.masked import REVEAL_SECONDS, RevealGate
from ui.sync.edit_value import EditValueDialog, value_kind
from ui.sync.rows import PayloadRole, Row, RowsModel, record_tree
from ui.sync.texts import field_label, record_text, value_text

if TYPE_CHECKING:
    from app.privacy import RevealService
    from app.sync import ConflictView

NameOf = Callable[[str | None], str | None]
HEADERS = (
    QT_TRANSLATE_NOOP("SyncConflictsView", "Record"),
    QT_TRANSLATE_NOOP("SyncConflictsView", "Field"),
    QT_TRANSLATE_NOOP("SyncConflictsView", "This laptop"),
    QT_TRANSLATE_NOOP("SyncConflictsView", "Server"),
    QT_TRANSLATE_NOOP("SyncConflictsView", "Before both"),
)


class ConflictsView(QWidget):
    """The open conflicts, with the three ways to resolve each."""

    #: Resolve these conflicts: (ids, "mine" | "theirs" | "edit", value).
    resolve_requested = Signal(object, str, object)
    #: Open a record: (entity, id).
    open_record = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncConflicts")
        self.conflicts: list[ConflictView] = []
        self._name_of: NameOf = lambda _c: None
        self._busy = False
        #: The edit dialog shown last.
        self.edit_dialog: EditValueDialog | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.model = RowsModel("SyncConflictsView", HEADERS)
        self.model.set_builder(self._rows)
        self.table = record_tree(self.model, "conflictTable")
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.table.header()
        header.resizeSection(2, 130)
        header.resizeSection(3, 130)
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self.table.doubleClicked.connect(self._open_index)
        self.keep_mine = self._button("keepMine", lambda: self._resolve("mine"))
        self.take_theirs = self._button("takeTheirs", lambda: self._resolve("theirs"))
        self.edit_button = self._button("editValue", self.edit_selected)
        self.open_button = self._button("openConflictRecord", self._open_selected)
        # Privacy: ID numbers and phones show masked; "Show values" reveals one (recorded).
        self.gate = RevealGate(None, "conflicts")
        self._revealed: set[int] = set()
        self._conceal_timer = QTimer(self)
        self._conceal_timer.setSingleShot(True)
        self._conceal_timer.setInterval(REVEAL_SECONDS * 1000)
        self._conceal_timer.timeout.connect(self.conceal)
        self.reveal_button = self._button("revealConflict", self.reveal_selected)
        buttons = QHBoxLayout()
        for button in (self.keep_mine, self.take_theirs, self.edit_button, self.reveal_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
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

    # --- data ---------------------------------------------------------------------------

    def attach_reveals(self, service: RevealService) -> None:
        """Let masked values be shown in full, each reveal recorded by ``service``."""
        self.gate.service = service
        self._update_buttons()

    def set_conflicts(self, conflicts: Sequence[ConflictView], name_of: NameOf) -> None:
        """Show ``conflicts``; ``name_of`` names their customers. The selection is kept."""
        keep = {c.id for c in self.selected()}
        self._revealed.clear()
        self.conflicts = list(conflicts)
        self._name_of = name_of
        self.model.rebuild()
        self.select_ids(keep)
        self._update_buttons()

    def names_changed(self) -> None:
        """More customer names are known."""
        keep = {c.id for c in self.selected()}
        self.model.rebuild()
        self.select_ids(keep)

    def set_busy(self, busy: bool) -> None:
        """Block resolving while a sync runs (it may be sending these very fields)."""
        self._busy = busy
        self._update_buttons()

    def _rows(self) -> list[Row]:
        rows = []
        for c in self.conflicts:
            shown = c.id in self._revealed
            base = value_text(c.field, c.base, shown) if c.base_known else self.tr("not known")
            rows.append(
                Row(
                    (
                        record_text(c.entity, c.entity_id, self._name_of(c.customer_id)),
                        field_label(c.entity, c.field),
                        value_text(c.field, c.mine, shown),
                        value_text(c.field, c.theirs, shown),
                        base,
                    ),
                    c,
                    tooltip=self.tr("Changed on the server by {user}").format(
                        user=c.theirs_by or "—"
                    ),
                )
            )
        return rows

    # --- selection ----------------------------------------------------------------------

    def selected(self) -> list[ConflictView]:
        """The conflicts selected, in table order."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row(r).payload for r in rows if r < self.model.rowCount()]

    def select_ids(self, ids: set[int]) -> None:
        """Select the rows of conflicts ``ids`` (the first row if none of them is left)."""
        from PySide6.QtCore import QItemSelectionModel

        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        chosen = [r for r, c in enumerate(self.conflicts) if c.id in ids]
        if not chosen and self.conflicts:
            chosen = [0]
        for row in chosen:
            selection.select(self.model.index(row, 0), flags)
        if chosen:
            self.table.setCurrentIndex(self.model.index(chosen[0], 0))

    def _update_buttons(self) -> None:
        chosen = self.selected()
        can = bool(chosen) and not self._busy
        self.keep_mine.setEnabled(can)
        self.take_theirs.setEnabled(can)
        editable = len(chosen) == 1 and value_kind(
            chosen[0].field, chosen[0].mine, chosen[0].theirs
        )
        if editable and is_masked_field(chosen[0].field):
            editable = self._revealable(chosen[0])  # editing shows the value: recorded
        self.edit_button.setEnabled(bool(editable) and not self._busy)
        self.open_button.setEnabled(len(chosen) == 1)
        self.reveal_button.setVisible(any(is_masked_field(c.field) for c in self.conflicts))
        self.reveal_button.setEnabled(
            len(chosen) == 1 and self._revealable(chosen[0]) and chosen[0].id not in self._revealed
        )

    # --- privacy ------------------------------------------------------------------------

    def _revealable(self, conflict: ConflictView) -> bool:
        return (
            is_masked_field(conflict.field)
            and conflict.customer_id is not None
            and self.gate.can_reveal(conflict.customer_id)
        )

    def _reveal(self, conflict: ConflictView, then: Callable[[], None]) -> None:
        record_id = None if conflict.entity == "customers" else conflict.entity_id
        self.gate.reveal(
            self,
            conflict.customer_id,
            [(conflict.field, record_id)],
            then,
            lambda exc: self.intro.setText(
                self.tr("The value could not be shown: {error}").format(error=exc)
            ),
        )

    def reveal_selected(self) -> None:
        """Show the selected conflict's masked values in full (the reveal is recorded)."""
        chosen = self.selected()
        if len(chosen) != 1 or not self._revealable(chosen[0]):
            return
        conflict = chosen[0]

        def shown() -> None:
            self._revealed.add(conflict.id)
            self._conceal_timer.start()
            self.model.rebuild()
            self.select_ids({conflict.id})
            self._update_buttons()

        self._reveal(conflict, shown)

    def conceal(self) -> None:
        """Mask every value again."""
        self._conceal_timer.stop()
        if self._revealed:
            keep = {c.id for c in self.selected()}
            self._revealed.clear()
            self.model.rebuild()
            self.select_ids(keep)
            self._update_buttons()

    def hideEvent(self, event: QHideEvent) -> None:
        self.conceal()
        super().hideEvent(event)

    # --- actions ------------------------------------------------------------------------

    def _resolve(self, choice: str, value: Any = None) -> None:
        chosen = self.selected()
        if chosen and not self._busy:
            self.resolve_requested.emit([c.id for c in chosen], choice, value)

    def edit_selected(self) -> None:
        """Open the editor for the selected conflict."""
        chosen = self.selected()
        if len(chosen) != 1 or self._busy:
            return
        if is_masked_field(chosen[0].field):  # the editor holds the value in full
            if not self._revealable(chosen[0]):
                return
            self._reveal(chosen[0], lambda: None)
        dialog = EditValueDialog(chosen[0], self)
        self.edit_dialog = dialog
        conflict_id = chosen[0].id
        dialog.accepted.connect(
            lambda: self.resolve_requested.emit([conflict_id], "edit", dialog.value)
        )
        dialog.open()

    def _open_selected(self) -> None:
        chosen = self.selected()
        if len(chosen) == 1:
            self.open_record.emit(chosen[0].entity, chosen[0].entity_id)

    def _open_index(self, index: QModelIndex) -> None:
        conflict = index.data(PayloadRole)
        if conflict is not None:
            self.open_record.emit(conflict.entity, conflict.entity_id)

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        self.intro.setText(
            self.tr(
                "These fields were changed on this laptop and on the server. "
                "Choose the value to keep; it is sent with the next sync."
            )
        )
        self.keep_mine.setText(self.tr("Keep mine"))
        self.take_theirs.setText(self.tr("Take theirs"))
        self.edit_button.setText(self.tr("Edit…"))
        self.open_button.setText(self.tr("Open record"))
        self.reveal_button.setText(self.tr("Show values"))
        self.reveal_button.setToolTip(
            self.tr("Show the full ID number or phone for {seconds} seconds (recorded)").format(
                seconds=REVEAL_SECONDS
            )
        )
        self.model.rebuild()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
