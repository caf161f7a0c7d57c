"""The tabs of the visit log: the visit, on-site checks, risk signals, follow-ups, files.

Each tab's title counts what was entered on it (``Risk signals (2)``); what the
service refuses is shown on the tab it concerns. Texts keep the ``VisitDialog``
translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QWidget

from ui.visits.texts import error_text

if TYPE_CHECKING:
    from ui.visits.checks import ChecksPanel
    from ui.visits.files import VisitFilesPanel
    from ui.visits.follow_up_rows import FollowUpRows
    from ui.visits.signals_panel import SignalsPanel
    from ui.visits.visit_fields import VisitFields

TAB_VISIT, TAB_CHECKS, TAB_SIGNALS, TAB_FOLLOW_UPS, TAB_FILES = range(5)


def _scroll(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    return scroll


class VisitTabs(QTabWidget):
    """The five tabs, in the order of the ``TAB_*`` indexes; long ones scroll."""

    def __init__(
        self,
        visit: VisitFields,
        checks: ChecksPanel,
        signals: SignalsPanel,
        follow_ups: FollowUpRows,
        files: VisitFilesPanel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitTabs")
        self._visit = visit
        self._checks = checks
        self._signals = signals
        self._follow_ups = follow_ups
        self._files = files
        self.addTab(visit, "")
        self.addTab(_scroll(checks), "")
        self.addTab(_scroll(signals), "")
        self.addTab(_scroll(follow_ups), "")
        self.addTab(files, "")

    def retitle(self, follow_ups_on_file: int = 0) -> None:
        """Tab titles in the current language, with what each tab holds counted.

        ``follow_ups_on_file``: the follow-ups the visit already has (shown, not rows).
        """
        ticks = len(self._signals.ticks())
        rows = len(self._follow_ups.rows) + follow_ups_on_file
        files = self._files.files.count()
        answered = len(self._checks.answers())
        self.setTabText(TAB_VISIT, QCoreApplication.translate("VisitDialog", "Visit"))
        self.setTabText(
            TAB_CHECKS,
            QCoreApplication.translate("VisitDialog", "On-site checks ({count})").format(
                count=answered
            )
            if answered
            else QCoreApplication.translate("VisitDialog", "On-site checks"),
        )
        self.setTabText(
            TAB_SIGNALS,
            QCoreApplication.translate("VisitDialog", "Risk signals ({count})").format(count=ticks)
            if ticks
            else QCoreApplication.translate("VisitDialog", "Risk signals"),
        )
        self.setTabText(
            TAB_FOLLOW_UPS,
            QCoreApplication.translate("VisitDialog", "Follow-ups ({count})").format(count=rows)
            if rows
            else QCoreApplication.translate("VisitDialog", "Follow-ups"),
        )
        self.setTabText(
            TAB_FILES,
            QCoreApplication.translate("VisitDialog", "Photos and files ({count})").format(
                count=files
            )
            if files
            else QCoreApplication.translate("VisitDialog", "Photos and files"),
        )

    def show_refusal(self, exc: BaseException) -> bool:
        """Show what the service refused at the field or tab it concerns (False: none does)."""
        from app.attachment_store import AttachmentError
        from app.follow_ups import FollowUpError
        from app.visits.service import InvalidVisitError

        if isinstance(exc, InvalidVisitError):
            self._visit.show_problems(exc.problems)
            self.setCurrentIndex(TAB_VISIT)
            return True
        check = getattr(exc, "params", {}).get("check")
        if check and check in self._checks.messages:
            self._checks.messages[check].set_message(error_text(exc))
            self.setCurrentIndex(TAB_CHECKS)
            return True
        if isinstance(exc, FollowUpError):
            self._follow_ups.message.set_message(error_text(exc))
            self.setCurrentIndex(TAB_FOLLOW_UPS)
            return True
        if isinstance(exc, AttachmentError):
            self._files.message.set_message(error_text(exc))
            self.setCurrentIndex(TAB_FILES)
            return True
        return False
