"""The pane under the applications list: the selected application's stage, clock and decision.

The credit officer's decision (who, when, approved terms and conditions, the
reason, documents asked for) arrives with sync; before that the pane says so.
"""

from __future__ import annotations

import html
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.money import format_wan
from app.pipeline import Stage
from app.visits.times import RM_TIME_ZONE
from ui.applications.model import answer_text, days_text, stage_label
from ui.applications.texts import item_name_of, product_name_of

if TYPE_CHECKING:
    from app.catalogue import Catalogue
    from app.pipeline_list import ApplicationRow, Decision


class ApplicationDetails(QFrame):
    """Stage, clock and the credit decision of one application; "Open checklist"."""

    #: Open the checklist window of this application.
    open_requested = Signal(str)

    def __init__(self, catalogue: Catalogue, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("applicationDetails")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._catalogue = catalogue
        self.row: ApplicationRow | None = None
        self.heading = QLabel()
        self.heading.setObjectName("detailsHeading")
        self.heading.setWordWrap(True)
        self.body = QLabel()
        self.body.setObjectName("detailsBody")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openChecklist")
        self.open_button.clicked.connect(self._open)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroll = QScrollArea()
        scroll.setObjectName("detailsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.body)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self.show_row(None)

    def show_row(self, row: ApplicationRow | None) -> None:
        """Show ``row`` (None: the hint to select one)."""
        self.row = row
        self.open_button.setText(self.tr("Open checklist"))
        self.open_button.setVisible(row is not None)
        if row is None:
            self.heading.setText(self.tr("Select an application to see its stage and decision."))
            self.body.setText("")
            return
        self.heading.setText(
            f"<b>{html.escape(row.customer_name)}</b> · "
            f"{html.escape(product_name_of(self._catalogue, row.product_code))} · "
            + self.tr("{amount} 万元").format(amount=format_wan(row.amount))
        )
        lines = [self._stage_line(row)]
        clock = answer_text(row)
        if clock:
            lines.append(html.escape(clock))
        if row.stage in (Stage.DRAFT, Stage.MORE_DOCUMENTS) and row.missing_codes:
            names = "、".join(item_name_of(self._catalogue, c) for c in row.missing_codes)
            lines.append(self.tr("Missing: {items}").format(items=html.escape(names)))
        lines += self._decision_lines(row)
        self.body.setText("<br>".join(lines))

    def _stage_line(self, row: ApplicationRow) -> str:
        text = self.tr("Stage: {stage}").format(stage=stage_label(row.stage))
        since = row.clock.stage_since
        if since is not None:
            text += " · " + self.tr("since {date} ({days})").format(
                date=QLocale().toString(since, QLocale.FormatType.ShortFormat),
                days=days_text(row.clock.days_in_stage),
            )
        return f"<b>{html.escape(text)}</b>"

    def _decision_lines(self, row: ApplicationRow) -> list[str]:
        decision = row.decision
        if decision is None:
            if row.stage in (Stage.SUBMITTED, Stage.UNDER_REVIEW):
                return [html.escape(self.tr("No decision yet (it arrives with sync)."))]
            return []
        lines = [f"<b>{html.escape(self._decided_text(decision))}</b>"]
        terms = decision.terms
        if terms.get("amount") or terms.get("term_months"):
            parts = []
            if terms.get("amount"):
                parts.append(self.tr("{amount} 万元").format(amount=_wan(str(terms["amount"]))))
            if terms.get("term_months"):
                parts.append(self.tr("{months} months").format(months=terms["term_months"]))
            if terms.get("annual_rate"):
                parts.append(self.tr("rate {rate}% a year").format(rate=terms["annual_rate"]))
            lines.append(
                html.escape(self.tr("Approved terms: {terms}").format(terms=", ".join(parts)))
            )
        conditions = [str(c) for c in terms.get("conditions") or ()]
        if conditions:
            lines.append(html.escape(self.tr("Conditions:")))
            lines += [f"• {html.escape(c)}" for c in conditions]
        if decision.reason:
            lines.append(html.escape(self.tr("Reason: {reason}").format(reason=decision.reason)))
        if decision.requested_documents:
            names = "、".join(
                item_name_of(self._catalogue, c) for c in decision.requested_documents
            )
            lines.append(html.escape(self.tr("Documents requested: {items}").format(items=names)))
        return lines

    def _decided_text(self, decision: Decision) -> str:
        outcome = stage_label(decision.status) if decision.status in set(Stage) else decision.status
        if decision.decided_at is None:
            return self.tr("Decision: {outcome}").format(outcome=outcome)
        when = QLocale().toString(
            decision.decided_at.astimezone(RM_TIME_ZONE).date(), QLocale.FormatType.ShortFormat
        )
        return self.tr("Decision: {outcome}, by {officer} on {date}").format(
            outcome=outcome, officer=decision.decided_by or "—", date=when
        )

    def _open(self) -> None:
        if self.row is not None:
            self.open_requested.emit(self.row.id)

    def retranslate(self) -> None:
        """Re-word the pane in the current language."""
        self.show_row(self.row)


def _wan(yuan: str) -> str:
    try:
        return format_wan(Decimal(yuan))
    except InvalidOperation:
        return yuan
