"""An in-app banner for credit decisions that arrived with a sync (no tray, no message box).

Each decision is a link that opens its application; the banner stays until the
RM closes it (or the next decisions replace it).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from ui.sync.texts import decision_text

if TYPE_CHECKING:
    from app.sync import DecisionNotice

#: Decisions named in the banner; the rest are counted.
SHOWN = 3
BANNER_STYLE = """
QFrame#decisionBanner { background: #fff7e0; border: 1px solid #f0d48a; border-radius: 6px; }
QFrame#decisionBanner QLabel { background: transparent; }
"""


class DecisionBanner(QFrame):
    """New credit decisions, as links; hidden until there are some."""

    #: The RM clicked a decision: (entity "applications", application id).
    open_record = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("decisionBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.decisions: list[DecisionNotice] = []
        self._name_of: Callable[[str | None], str | None] = lambda _c: None
        self.label = QLabel()
        self.label.setObjectName("decisionText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.linkActivated.connect(lambda link: self.open_record.emit("applications", link))
        self.close_button = QToolButton()
        self.close_button.setObjectName("closeBanner")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_decisions(
        self,
        decisions: Sequence[DecisionNotice],
        name_of: Callable[[str | None], str | None],
    ) -> None:
        """Show ``decisions`` (none: nothing changes); ``name_of`` names their customers."""
        if not decisions:
            return
        self.decisions = list(decisions)
        self._name_of = name_of
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        """Word the decisions again (language or names changed)."""
        self.close_button.setToolTip(self.tr("Close"))
        if not self.decisions:
            return
        lines = []
        for d in self.decisions[:SHOWN]:
            link = html.escape(d.application_id)
            text = html.escape(decision_text(self._name_of(d.customer_id), d.status))
            lines.append(f'<a href="{link}">{text}</a>')
        more = len(self.decisions) - SHOWN
        heading = self.tr("New credit decisions")
        body = "<br>".join(lines)
        if more > 0:
            body += "<br>" + html.escape(self.tr("and {n} more on the Sync page").format(n=more))
        self.label.setText(f"<b>{html.escape(heading)}</b><br>{body}")

    def dismiss(self) -> None:
        """Hide until the next decisions arrive."""
        self.decisions = []
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
