"""A segment's quarterly plans: one card per plan with targets against actuals."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.money import format_wan
from app.segment_plans import STATUS_LABELS, PlanProgress, PlanStatus, percent


def plan_status(status: str) -> str:
    """A plan's status in the UI language."""
    try:
        return QCoreApplication.translate("SegmentPlan", STATUS_LABELS[PlanStatus(status)])
    except ValueError:
        return status


def progress_bar(actual: Decimal | int, target: Decimal | int, text: str) -> QProgressBar:
    """A bar filled to ``actual``/``target`` (capped), labelled ``text``."""
    bar = QProgressBar()
    bar.setRange(0, 100)
    bar.setValue(percent(actual, target))
    bar.setFormat(text)
    bar.setTextVisible(True)
    bar.setMinimumWidth(90)
    return bar


class PlanCard(QFrame):
    """One plan: quarter, status, owner and three bars (visits, applications, amount)."""

    def __init__(self, plan: PlanProgress) -> None:
        super().__init__()
        self.setObjectName("planCard")
        self.plan = plan
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("planTitle")
        layout.addWidget(self.title)
        self.bars: list[QProgressBar] = []
        self.labels: list[QLabel] = []
        a = plan.actuals
        rows: list[tuple[Decimal | int, Decimal | int, str]] = [
            (a.visited, plan.target_visits, f"{a.visited} / {plan.target_visits}"),
            (a.applications, plan.target_applications,
             f"{a.applications} / {plan.target_applications}"),
            (a.approved_amount, plan.target_approved_amount,
             f"{format_wan(a.approved_amount)} / {format_wan(plan.target_approved_amount)}"),
        ]  # fmt: skip
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        for row, (actual, target, text) in enumerate(rows):
            label = QLabel()
            bar = progress_bar(actual, target, text)
            grid.addWidget(label, row, 0)
            grid.addWidget(bar, row, 1)
            self.labels.append(label)
            self.bars.append(bar)
        layout.addLayout(grid)
        self.note = QLabel(plan.note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(plan.note))
        layout.addWidget(self.note)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the UI language."""
        plan = self.plan
        self.title.setText(
            self.tr("<b>{quarter}</b> · {status} · {owner} · {prospects} prospects").format(
                quarter=plan.quarter,
                status=plan_status(plan.status),
                owner=plan.owner,
                prospects=plan.actuals.prospects,
            )
        )
        texts = [
            self.tr("Prospects visited"),
            self.tr("Applications submitted"),
            self.tr("Approved (万元)"),
        ]
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)


class PlansPanel(QWidget):
    """The Plans tab of a segment: "New plan…", the plan to edit, and the plans' cards."""

    def __init__(self) -> None:
        super().__init__()
        self.plans: list[PlanProgress] = []
        self.new_button = QPushButton()
        self.new_button.setObjectName("newPlan")
        self.combo = QComboBox()
        self.combo.setObjectName("planChoice")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editPlan")
        self.cards = QWidget()
        self.cards_layout = QVBoxLayout(self.cards)
        self.cards_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.cards)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.combo)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(scroll, 1)

    def retranslate(self) -> None:
        """Set every text in the UI language (the cards are rebuilt by :meth:`show_plans`)."""
        self.new_button.setText(self.tr("New plan…"))
        self.edit_button.setText(self.tr("Edit plan…"))

    def show_plans(self, plans: list[PlanProgress]) -> None:
        """One card per plan, and the plans in the combo."""
        self.plans = plans
        while self.cards_layout.count() > 1:
            item = self.cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.combo.clear()
        for plan in plans:
            self.cards_layout.insertWidget(self.cards_layout.count() - 1, PlanCard(plan))
            self.combo.addItem(plan.quarter, plan.id)

    def chosen(self) -> PlanProgress | None:
        """The plan chosen in the combo."""
        plan_id = self.combo.currentData()
        return next((p for p in self.plans if p.id == plan_id), None)

    def enable(self, ready: bool, mine: bool, read_only: bool) -> None:
        """Enable what the RM may do now (``mine``: the segment is the RM's own)."""
        self.new_button.setEnabled(ready and mine)
        self.edit_button.setEnabled(ready and not read_only and any(p.mine for p in self.plans))
        self.combo.setEnabled(bool(self.plans))
