"""Plans by quarter: every plan on this laptop (a manager's: the branch's) and who is short."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.money import format_wan
from app.segment_plans import MIN_PLANS_PER_QUARTER, PlanProgress, QuarterCoverage
from ui.segments.plans import plan_status, progress_bar


class QuarterOverview(QWidget):
    """A quarter's plans with their owners and progress; flags RMs with fewer than two."""

    def __init__(self) -> None:
        super().__init__()
        self.plans: list[PlanProgress] = []
        self._actor = ""
        self._has_own_segment = False
        self._default_quarter = ""
        self.quarter_combo = QComboBox()
        self.quarter_combo.setObjectName("overviewQuarter")
        self.quarter_combo.currentIndexChanged.connect(lambda _i: self._show())
        self.coverage = QLabel()
        self.coverage.setObjectName("coverage")
        self.coverage.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("overviewTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self._quarter_label = QLabel()
        quarter_line = QHBoxLayout()
        quarter_line.addWidget(self._quarter_label)
        quarter_line.addWidget(self.quarter_combo)
        quarter_line.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(quarter_line)
        layout.addWidget(self.coverage)
        layout.addWidget(self.table, 1)

    def retranslate(self) -> None:
        """Set every text in the UI language."""
        self._quarter_label.setText(self.tr("Quarter"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("RM"),
                self.tr("Segment"),
                self.tr("Status"),
                self.tr("Visited"),
                self.tr("Applications"),
                self.tr("Approved (万元)"),
            ]
        )
        self._show()

    def show_plans(
        self, plans: list[PlanProgress], quarter: str, actor: str, has_own_segment: bool
    ) -> None:
        """Show ``plans``; ``quarter`` (this one) is always offered, ``actor`` counted."""
        self.plans = plans
        self._actor, self._has_own_segment = actor, has_own_segment
        self._default_quarter = quarter
        quarters = sorted({p.quarter for p in plans} | {quarter}, reverse=True)
        current = self.quarter_combo.currentText() or quarter
        self.quarter_combo.blockSignals(True)
        self.quarter_combo.clear()
        self.quarter_combo.addItems(quarters)
        self.quarter_combo.setCurrentIndex(max(0, self.quarter_combo.findText(current)))
        self.quarter_combo.blockSignals(False)
        self._show()

    def _show(self) -> None:
        quarter = self.quarter_combo.currentText() or self._default_quarter
        plans = [p for p in self.plans if p.quarter == quarter]
        table = self.table
        table.setRowCount(len(plans))
        for row, plan in enumerate(plans):
            a = plan.actuals
            texts = [plan.owner, plan.segment_name, plan_status(plan.status)]
            for column, text in enumerate(texts):
                table.setItem(row, column, QTableWidgetItem(text))
            table.setCellWidget(
                row, 3, progress_bar(a.visited, plan.target_visits,
                                     f"{a.visited} / {plan.target_visits}")
            )  # fmt: skip
            table.setCellWidget(
                row, 4, progress_bar(a.applications, plan.target_applications,
                                     f"{a.applications} / {plan.target_applications}")
            )  # fmt: skip
            table.setCellWidget(
                row, 5, progress_bar(a.approved_amount, plan.target_approved_amount,
                                     f"{format_wan(a.approved_amount, 0)} / "
                                     f"{format_wan(plan.target_approved_amount, 0)}")
            )  # fmt: skip
        table.resizeColumnsToContents()
        self._show_coverage(quarter, plans)

    def _show_coverage(self, quarter: str, plans: list[PlanProgress]) -> None:
        counts: dict[str, int] = {}
        for plan in plans:
            counts[plan.owner] = counts.get(plan.owner, 0) + 1
        if self._actor and self._actor not in counts and self._has_own_segment:
            counts[self._actor] = 0
        short = QuarterCoverage(quarter, counts).short_of_minimum()
        if short:
            self.coverage.setText(
                self.tr("The bank asks for at least {minimum} segment plans a quarter. "
                        "Short in {quarter}: {who}").format(
                    minimum=MIN_PLANS_PER_QUARTER,
                    quarter=quarter,
                    who="、".join(f"{o} ({counts[o]})" for o in sorted(short)),
                )
            )  # fmt: skip
            self.coverage.setStyleSheet("color: #8a5300;")
        else:
            self.coverage.setText(
                self.tr("{count} plans in {quarter}.").format(count=len(plans), quarter=quarter)
            )
            self.coverage.setStyleSheet("")
