"""The customer's assessments, newest first: date, score, grade and status."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.scoring import decimal_text
from ui.scoring.texts import status_of, time_text

if TYPE_CHECKING:
    from app.assessments import AssessmentView


class HistoryList(QTreeWidget):
    """Past and current assessments; choosing one asks to show it (read-only)."""

    #: The RM chose an assessment to look at.
    view_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentHistory")
        self.setRootIsDecorated(False)
        self.setColumnCount(4)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.views: list[AssessmentView] = []
        self._current_id: str | None = None
        self._filling = False
        self.itemClicked.connect(self._clicked)
        self.itemActivated.connect(self._clicked)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.setHeaderLabels(
            [self.tr("Date"), self.tr("Score"), self.tr("Grade"), self.tr("Status")]
        )
        self.show_history(self.views, self._current_id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_history(self, views: Sequence[AssessmentView], current_id: str | None) -> None:
        """List ``views``; the window's own assessment (``current_id``) in bold."""
        self.views = list(views)
        self._current_id = current_id
        self._filling = True
        try:
            self.clear()
            for view in self.views:
                moment = view.submitted_at or view.updated_at
                item = QTreeWidgetItem(
                    [
                        time_text(moment),
                        "—" if view.score is None else decimal_text(view.score),
                        view.grade or "—",
                        status_of(view),
                    ]
                )
                item.setData(0, Qt.ItemDataRole.UserRole, view.id)
                for column in (1, 2):
                    item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
                if view.id == current_id:
                    font = QFont(self.font())
                    font.setBold(True)
                    for column in range(4):
                        item.setFont(column, font)
                self.addTopLevelItem(item)
        finally:
            self._filling = False

    def row_of(self, assessment_id: str) -> QTreeWidgetItem | None:
        """The row of ``assessment_id``, if listed."""
        for index in range(self.topLevelItemCount()):
            item = self.topLevelItem(index)
            if item is not None and item.data(0, Qt.ItemDataRole.UserRole) == assessment_id:
                return item
        return None

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if self._filling:
            return
        found = item.data(0, Qt.ItemDataRole.UserRole)
        view = next((v for v in self.views if v.id == found), None)
        if view is not None:
            self.view_requested.emit(view)
