"""Follow-up actions agreed on a visit: a title and a due date per row."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.text import QT_TRANSLATE_NOOP
from ui.onboarding.widgets import FieldMessage
from ui.visits.texts import date_text

if TYPE_CHECKING:
    from app.follow_ups import FollowUpView

#: A new follow-up is due this many days after the visit, unless changed.
DEFAULT_DUE_DAYS = 7
MAX_TITLE = 200
FOLLOW_UP_STATUS = {
    "open": QT_TRANSLATE_NOOP("FollowUpStatus", "Open"),
    "done": QT_TRANSLATE_NOOP("FollowUpStatus", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("FollowUpStatus", "Cancelled"),
}


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


class FollowUpRow(QWidget):
    """One follow-up to create: what is to be done, by when."""

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(self, title: str, due_on: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(title)
        self.title.setObjectName("followUpTitle")
        self.title.setMaxLength(MAX_TITLE)
        self.due = QDateEdit(_qdate(due_on))
        self.due.setObjectName("followUpDue")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.remove = QToolButton()
        self.remove.setObjectName("removeFollowUp")
        self.remove.setText("✕")
        self.title.textChanged.connect(lambda _t: self.changed.emit())
        self.due.dateChanged.connect(lambda _d: self.changed.emit())
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title, 1)
        layout.addWidget(self.due)
        layout.addWidget(self.remove)

    def due_on(self) -> date:
        """The due date chosen."""
        value = self.due.date()
        return date(value.year(), value.month(), value.day())


class FollowUpRows(QWidget):
    """Rows of follow-ups to create, "Add follow-up", and those already on the visit."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today
        self.rows: list[FollowUpRow] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: #4a5560;")
        self.existing = QLabel()
        self.existing.setObjectName("existingFollowUps")
        self.existing.setWordWrap(True)
        self.existing.setTextFormat(Qt.TextFormat.PlainText)
        self.existing.hide()
        self.add_button = QPushButton()
        self.add_button.setObjectName("addFollowUp")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row())
        self.message = FieldMessage()
        self.message.setObjectName("message_follow_ups")
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(4)
        add = QHBoxLayout()
        add.addWidget(self.add_button)
        add.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.existing)
        layout.addWidget(self.intro)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.message)
        layout.addLayout(add)
        layout.addStretch(1)
        self._existing: tuple[FollowUpView, ...] = ()
        self.retranslate()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.intro.setText(
            self.tr("What was agreed, and by when. Created when the visit is saved.")
        )
        self.add_button.setText(self.tr("Add follow-up"))
        for row in self.rows:
            row.title.setPlaceholderText(self.tr("e.g. send the 2025 financial statements"))
            row.remove.setToolTip(self.tr("Remove this follow-up"))
        self._show_existing()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def add_row(self, title: str = "", due_on: date | None = None) -> FollowUpRow:
        """A new row (due in a week unless given); focus goes to its title."""
        row = FollowUpRow(title, due_on or self.today + timedelta(days=DEFAULT_DUE_DAYS))
        row.changed.connect(self._row_changed)
        row.remove_requested.connect(self._remove)
        self.rows.append(row)
        self._rows_layout.addWidget(row)
        self.retranslate()
        row.title.setFocus()
        self.changed.emit()
        return row

    def _row_changed(self) -> None:
        self.message.set_message("")
        self.changed.emit()

    def _remove(self, row: FollowUpRow) -> None:
        self.rows.remove(row)
        row.deleteLater()
        self.message.set_message("")
        self.changed.emit()

    def items(self) -> list[tuple[str, date]]:
        """(title, due date) of every row, titles stripped."""
        return [(row.title.text().strip(), row.due_on()) for row in self.rows]

    def set_items(self, items: list[tuple[str, date]]) -> None:
        """Replace the rows with ``items``."""
        for row in self.rows:
            row.deleteLater()
        self.rows = []
        for title, due_on in items:
            self.add_row(title, due_on)

    def check(self) -> bool:
        """Each row says what is to be done; else a message shows. True when fine."""
        if any(not title for title, _due in self.items()):
            self.message.set_message(
                QCoreApplication.translate("FollowUp", "Say what is to be done")
            )
            return False
        self.message.set_message("")
        return True

    def set_existing(self, follow_ups: tuple[FollowUpView, ...]) -> None:
        """Show the follow-ups already agreed on this visit."""
        self._existing = follow_ups
        self._show_existing()

    def _show_existing(self) -> None:
        lines = [
            self.tr("{due}  {title} ({status})").format(
                due=date_text(f.due_on),
                title=f.title,
                status=QCoreApplication.translate(
                    "FollowUpStatus", FOLLOW_UP_STATUS.get(f.status, f.status)
                ),
            )
            for f in self._existing
        ]
        self.existing.setText("\n".join(lines))
        self.existing.setVisible(bool(lines))
