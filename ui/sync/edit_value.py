"""Type a value of one conflicting field (money in 万元, counts, dates, yes/no, text).

The dialog checks what was typed before it closes: a bad value gets a message
at the field and nothing typed is lost.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.sync.texts import MONEY_FIELDS, field_label, value_text

if TYPE_CHECKING:
    from app.sync import ConflictView

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def value_kind(field: str, *values: Any) -> str | None:
    """money / count / flag / date / text for an editable field; None if not editable."""
    present = [v for v in values if v is not None]
    if any(isinstance(v, (list, dict)) for v in present):
        return None
    if field in MONEY_FIELDS:
        return "money"
    if any(isinstance(v, bool) for v in present):
        return "flag"
    if any(isinstance(v, int) for v in present):
        return "count"
    if field.endswith(("_date", "_on")) or any(
        isinstance(v, str) and _DATE.match(v) for v in present
    ):
        return "date"
    if any(isinstance(v, str) and "T" in v and v[:4].isdigit() for v in present):
        return None  # an instant: not typed by hand
    return "text"


class EditValueDialog(QDialog):
    """Edits one conflict's value; :attr:`value` is the wire value once accepted."""

    def __init__(self, conflict: ConflictView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editConflictValue")
        self.conflict = conflict
        self.kind = value_kind(conflict.field, conflict.mine, conflict.theirs) or "text"
        self.value: Any = None
        self.editor = self._make_editor()
        self.editor.setObjectName("conflictValueEdit")
        self.message = QLabel()
        self.message.setObjectName("editMessage")
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setWordWrap(True)
        self.message.hide()
        self.here, self.server = QLabel(), QLabel()
        for label in (self.here, self.server):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        self._labels = [QLabel(), QLabel(), QLabel()]
        form = QFormLayout()
        form.addRow(self._labels[0], self.here)
        form.addRow(self._labels[1], self.server)
        form.addRow(self._labels[2], self.editor)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.retranslate()
        self.editor.setFocus()

    def retranslate(self) -> None:
        """Set the texts in the current language."""
        c = self.conflict
        self.setWindowTitle(self.tr("Edit {field}").format(field=field_label(c.entity, c.field)))
        self._labels[0].setText(self.tr("This laptop"))
        self._labels[1].setText(self.tr("Server"))
        self._labels[2].setText(self.tr("New value"))
        # Masked fields too: the conflicts view records the reveal before this opens.
        self.here.setText(value_text(c.field, c.mine, reveal=True))
        self.server.setText(value_text(c.field, c.theirs, reveal=True))
        if isinstance(self.editor, QComboBox):
            for index, text in enumerate((self.tr("(empty)"), self.tr("Yes"), self.tr("No"))):
                self.editor.setItemText(index, text)

    def _make_editor(self) -> QWidget:
        mine = self.conflict.mine
        if self.kind == "money":
            from ui.onboarding.widgets import WanAmountEdit

            money = WanAmountEdit()
            try:
                money.set_value(None if mine is None else Decimal(str(mine)))
            except ArithmeticError:
                money.setText(str(mine))
            return money
        if self.kind == "flag":
            combo = QComboBox()
            combo.addItems(["", "", ""])
            combo.setCurrentIndex(0 if mine is None else (1 if mine else 2))
            return combo
        line = QLineEdit("" if mine is None else str(mine))
        if self.kind == "date":
            line.setPlaceholderText("2025-06-30")
        return line

    def submit(self) -> None:
        """Check the typed value; close with it if it can be read."""
        try:
            self.value = self._read()
        except ValueError:
            self.message.setText(self._problem())
            self.message.show()
            self.editor.setFocus()
            return
        self.accept()

    def _problem(self) -> str:
        if self.kind == "money":
            return self.tr("Enter an amount in 10k CNY, e.g. 1,234.50")
        if self.kind == "count":
            return self.tr("Enter a whole number, e.g. 85")
        if self.kind == "date":
            return self.tr("Enter a date as YYYY-MM-DD, e.g. 2025-06-30")
        return self.tr("This value cannot be used")

    def _read(self) -> Any:
        editor = self.editor
        if isinstance(editor, QComboBox):
            return (None, True, False)[editor.currentIndex()]
        assert isinstance(editor, QLineEdit)
        text = editor.text().strip()
        if self.kind == "money":
            from ui.onboarding.widgets import parse_wan

            amount = parse_wan(text)
            return None if amount is None else str(amount)
        if not text:
            c = self.conflict
            return None if self.kind != "text" or None in (c.mine, c.theirs) else ""
        if self.kind == "count":
            from ui.onboarding.widgets import parse_count

            return parse_count(text)
        if self.kind == "date":
            return date.fromisoformat(text).isoformat()
        return editor.text()
