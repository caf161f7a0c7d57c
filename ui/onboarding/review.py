"""The wizard's last page: what is still missing or wrong, and a summary of everything."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from app.customer_profile import CustomerProfile
from app.validation import Problem
from ui.customer_model import status_label
from ui.onboarding.summary import ProfileSummary
from ui.onboarding.texts import problem_line


class ReviewPage(QWidget):
    """What is still missing or wrong, and everything entered, before marking complete."""

    key = "review"
    #: The RM wants to fix the problem at this field path.
    jump_to = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_review")
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.state = QLabel()
        self.state.setObjectName("reviewState")
        self.state.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("reviewProblems")
        self.problems.itemActivated.connect(self._activated)
        self.problems.itemDoubleClicked.connect(self._activated)
        self.summary = ProfileSummary(context="edit")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.state)
        layout.addWidget(self.problems)
        layout.addWidget(self.summary, 1)
        self._problem_list: list[Problem] = []
        self._status = "draft"
        self.retranslate()

    def title(self) -> str:
        """The page's name in the step list."""
        return self.tr("Review")

    def show_review(self, profile: CustomerProfile, problems: list[Problem]) -> None:
        """Show ``profile`` and what stops it being marked complete."""
        self._problem_list = list(problems)
        self._status = profile.status
        self.summary.show_profile(profile)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.heading.setText(self.title())
        self.problems.clear()
        for problem in self._problem_list:
            item = QListWidgetItem(problem_line(problem))
            item.setData(Qt.ItemDataRole.UserRole, problem.field)
            self.problems.addItem(item)
        self.problems.setVisible(bool(self._problem_list))
        if self._problem_list:  # as tall as its lines, up to six
            rows = min(len(self._problem_list), 6)
            frame = 2 * self.problems.frameWidth() + 4
            self.problems.setFixedHeight(rows * self.problems.sizeHintForRow(0) + frame)
        if self._problem_list:
            self.state.setText(
                self.tr(
                    "Still to do before the customer can be marked complete "
                    "(double-click to go there):"
                )
            )
            self.state.setStyleSheet("color: #b3261e;")
        elif self._status == "draft":
            self.state.setText(
                self.tr("Everything needed is there: the customer can be marked complete.")
            )
            self.state.setStyleSheet("color: #1b7f3b;")
        else:
            self.state.setText(
                self.tr("Status: {status}").format(status=status_label(self._status))
            )
            self.state.setStyleSheet("")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _activated(self, item: QListWidgetItem) -> None:
        self.jump_to.emit(item.data(Qt.ItemDataRole.UserRole))
