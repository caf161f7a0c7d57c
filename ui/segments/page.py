"""Segments (细分市场): segment list and editor, prospects, batch development and plans.

Left: the segments on this laptop (a branch manager's: every RM's). Right: the
selected segment's shared terms, its prospects (size, eligibility and why, with
check boxes; "Import prospects…" and "Create applications…") and its quarterly
plans with targets against actuals. "Plans by quarter" lists every plan of a
quarter with its owner, for the manager's view of the branch. Loading, the
import and batch creation run off the GUI thread (:func:`ui.tasks.run_in_background`).
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.money import format_wan
from app.segment_plans import (
    MIN_PLANS_PER_QUARTER,
    STATUS_LABELS,
    PlanInput,
    PlanProgress,
    PlanStatus,
    QuarterCoverage,
    percent,
    quarter_of,
)
from app.segments import (
    REASON_LABELS,
    SKIP_TEMPLATES,
    BatchResult,
    BatchTermsError,
    Classification,
    ProspectRow,
    SegmentView,
    classify_prospects,
)
from ui.pages.base import Page
from ui.segments.dialogs import PlanDialog, SegmentDialog, pick, problem_text, type_text
from ui.segments.prospects import ProspectModel, reason_text
from ui.tasks import run_in_background

if TYPE_CHECKING:
    from app.attachment_store import AttachmentStore
    from app.segment_service import PlanService, SegmentService
    from db.database import Database
    from ui.import_dialog import ImportDialog


def ask_confirmation(parent: QWidget, title: str, text: str) -> bool:
    """Ask OK/Cancel (tests replace this)."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Ok


def _plan_status(status: str) -> str:
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
                status=_plan_status(plan.status),
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


class SegmentsPage(Page):
    """Segments, batch development and quarterly plans."""

    #: Segments, prospects and plans were (re)loaded and shown.
    loaded = Signal()
    #: A batch creation finished (its :class:`BatchResult`).
    batch_done = Signal(object)

    def __init__(self, today: Callable[[], date] | None = None) -> None:
        super().__init__()
        self.setObjectName("page_segments")
        self._today = today or date.today
        self.service: SegmentService | None = None
        self.plans: PlanService | None = None
        self._actor = ""
        self._stale = True
        self._busy = False
        self._generation = 0
        self.segments: list[SegmentView] = []
        self.current: SegmentView | None = None
        self.prospect_rows: list[ProspectRow] = []
        self.current_plans: list[PlanProgress] = []
        self.overview: list[PlanProgress] = []
        self.summary: Classification | None = None
        self.last_result: BatchResult | None = None
        self.import_dialog: ImportDialog | None = None
        self.result_box: QMessageBox | None = None
        self._database: Database | None = None
        #: Signed in as a branch manager or credit officer: nothing can be changed here.
        self.read_only = False
        #: The last segment or plan editor opened.
        self.dialog: SegmentDialog | PlanDialog | None = None

        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")
        self.new_button = QPushButton()
        self.new_button.setObjectName("newSegment")
        self.new_button.clicked.connect(self.new_segment)
        self.status = QLabel()
        self.status.setObjectName("segmentsStatus")
        self.status.setStyleSheet("color: #4a5560;")
        self.status.setWordWrap(True)
        self.status.setVisible(False)

        # Left: the list.
        self.segment_list = QListWidget()
        self.segment_list.setObjectName("segmentList")
        self.segment_list.setMinimumWidth(150)
        self.segment_list.setWordWrap(True)
        self.segment_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.segment_list.currentRowChanged.connect(self._segment_chosen)

        # Right: the segment.
        self.info = QLabel()
        self.info.setObjectName("segmentInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editSegment")
        self.edit_button.clicked.connect(self.edit_segment)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("deleteSegment")
        self.delete_button.clicked.connect(self.delete_segment)

        self.classification = QLabel()
        self.classification.setObjectName("classification")
        self.classification.setWordWrap(True)
        self.classification.setTextFormat(Qt.TextFormat.RichText)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importProspects")
        self.import_button.clicked.connect(self.import_prospects)
        self.eligible_button = QPushButton()
        self.eligible_button.setObjectName("selectEligible")
        self.eligible_button.clicked.connect(self.select_eligible)
        self.create_button = QPushButton()
        self.create_button.setObjectName("createApplications")
        self.create_button.clicked.connect(self.create_applications)
        self.model = ProspectModel()
        self.model.dataChanged.connect(lambda *_a: self._update_buttons())
        self.table = QTableView()
        self.table.setObjectName("prospectTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)

        prospects_tab = QWidget()
        prospects_layout = QVBoxLayout(prospects_tab)
        prospects_layout.addWidget(self.classification)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.eligible_button, self.create_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        prospects_layout.addLayout(buttons)
        prospects_layout.addWidget(self.table, 1)

        self.new_plan_button = QPushButton()
        self.new_plan_button.setObjectName("newPlan")
        self.new_plan_button.clicked.connect(self.new_plan)
        self.plan_combo = QComboBox()
        self.plan_combo.setObjectName("planChoice")
        self.edit_plan_button = QPushButton()
        self.edit_plan_button.setObjectName("editPlan")
        self.edit_plan_button.clicked.connect(self.edit_plan)
        self.plan_cards = QWidget()
        self.plan_cards_layout = QVBoxLayout(self.plan_cards)
        self.plan_cards_layout.addStretch(1)
        plan_scroll = QScrollArea()
        plan_scroll.setWidgetResizable(True)
        plan_scroll.setFrameShape(QFrame.Shape.NoFrame)
        plan_scroll.setWidget(self.plan_cards)
        plans_tab = QWidget()
        plans_layout = QVBoxLayout(plans_tab)
        plan_buttons = QHBoxLayout()
        plan_buttons.addWidget(self.new_plan_button)
        plan_buttons.addWidget(self.plan_combo)
        plan_buttons.addWidget(self.edit_plan_button)
        plan_buttons.addStretch(1)
        plans_layout.addLayout(plan_buttons)
        plans_layout.addWidget(plan_scroll, 1)

        self.detail_tabs = QTabWidget()
        self.detail_tabs.setObjectName("segmentTabs")
        self.detail_tabs.addTab(prospects_tab, "")
        self.detail_tabs.addTab(plans_tab, "")
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.edit_button)
        top.addWidget(self.delete_button)
        detail_layout.addLayout(top)
        detail_layout.addWidget(self.info)
        detail_layout.addWidget(self.detail_tabs, 1)

        splitter = QSplitter()
        splitter.addWidget(self.segment_list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 600])

        # Plans by quarter: every plan on this laptop (a manager's: the branch's).
        self.quarter_combo = QComboBox()
        self.quarter_combo.setObjectName("overviewQuarter")
        self.quarter_combo.currentIndexChanged.connect(lambda _i: self._show_overview())
        self.coverage = QLabel()
        self.coverage.setObjectName("coverage")
        self.coverage.setWordWrap(True)
        self.overview_table = QTableWidget(0, 6)
        self.overview_table.setObjectName("overviewTable")
        self.overview_table.verticalHeader().setVisible(False)
        self.overview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overview_table.horizontalHeader().setStretchLastSection(True)
        overview_tab = QWidget()
        overview_layout = QVBoxLayout(overview_tab)
        self._quarter_label = QLabel()
        quarter_line = QHBoxLayout()
        quarter_line.addWidget(self._quarter_label)
        quarter_line.addWidget(self.quarter_combo)
        quarter_line.addStretch(1)
        overview_layout.addLayout(quarter_line)
        overview_layout.addWidget(self.coverage)
        overview_layout.addWidget(self.overview_table, 1)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("segmentsPageTabs")
        self.tabs.addTab(splitter, "")
        self.tabs.addTab(overview_tab, "")

        heading = QHBoxLayout()
        heading.addWidget(self._heading)
        heading.addStretch(1)
        heading.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self._update_buttons()

    # --- wiring -----------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Segments")

    def attach(self, database: Database, actor: str, store: AttachmentStore | None = None) -> None:
        """Connect to the profile's data; loads when the page is shown."""
        from app.segment_service import PlanService, SegmentService

        self._database = database
        self.service = SegmentService(database, actor, store)
        self.plans = PlanService(database, actor)
        self._actor = actor
        self._stale = True
        self._update_buttons()
        if self.isVisible():
            self.refresh()

    def mark_stale(self) -> None:
        """Data changed: reload now if shown, else when next shown."""
        self._stale = True
        if self.isVisible() and not self._busy:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # --- texts ------------------------------------------------------------------

    def retranslate(self) -> None:
        self._heading.setText(self.tr("Segments"))
        self.new_button.setText(self.tr("New segment…"))
        self.edit_button.setText(self.tr("Edit…"))
        self.delete_button.setText(self.tr("Delete"))
        self.import_button.setText(self.tr("Import prospects…"))
        self.eligible_button.setText(self.tr("Select eligible"))
        self.create_button.setText(self.tr("Create applications…"))
        self.new_plan_button.setText(self.tr("New plan…"))
        self.edit_plan_button.setText(self.tr("Edit plan…"))
        self.detail_tabs.setTabText(0, self.tr("Prospects"))
        self.detail_tabs.setTabText(1, self.tr("Plans"))
        self.tabs.setTabText(0, self.tr("Segments"))
        self.tabs.setTabText(1, self.tr("Plans by quarter"))
        self._quarter_label.setText(self.tr("Quarter"))
        self.overview_table.setHorizontalHeaderLabels(
            [
                self.tr("RM"),
                self.tr("Segment"),
                self.tr("Status"),
                self.tr("Visited"),
                self.tr("Applications"),
                self.tr("Approved (万元)"),
            ]
        )
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        self._fill_list()
        self._show_segment()
        self._show_overview()

    # --- loading ----------------------------------------------------------------

    def refresh(self) -> None:
        """Reload segments, the selected segment and the plans (in the background)."""
        service, plans = self.service, self.plans
        if service is None or plans is None:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        wanted = self.current.id if self.current is not None else None

        database = self._database

        def load() -> tuple[Any, ...]:
            from app.sync.credentials import account_role

            role = account_role(database) if database is not None else None
            segments = service.segments()
            ids = [s.id for s in segments]
            chosen = wanted if wanted in ids else (ids[0] if ids else None)
            prospects = service.prospects(chosen) if chosen else []
            own = plans.progress(segment_id=chosen) if chosen else []
            return segments, chosen, prospects, own, plans.progress(), role

        run_in_background(
            load, lambda result: self._loaded(generation, *result), self._failed, receiver=self
        )

    def _loaded(
        self,
        generation: int,
        segments: list[SegmentView],
        chosen: str | None,
        prospects: list[ProspectRow],
        own: list[PlanProgress],
        everything: list[PlanProgress],
        role: str | None,
    ) -> None:
        if generation != self._generation:
            return
        # Branch managers and credit officers read the branch's segments; RMs write.
        self.read_only = role not in (None, "rm")
        self.segments = segments
        self.current = next((s for s in segments if s.id == chosen), None)
        self.prospect_rows = prospects
        self.current_plans = own
        self.overview = everything
        self.summary = classify_prospects(prospects)
        self.model.set_rows(prospects, editable=self._mine(self.current))
        self._fill_list()
        self._fill_quarters()
        self._show_segment()
        self._show_overview()
        self._update_buttons()
        self.table.resizeColumnsToContents()
        self.loaded.emit()

    def _segment_chosen(self, row: int) -> None:
        if self._filling or not 0 <= row < len(self.segments):
            return
        chosen = self.segments[row]
        if self.current is not None and chosen.id == self.current.id:
            return
        self.current = chosen
        self.model.checked.clear()
        self.refresh()

    _filling = False

    def _fill_list(self) -> None:
        self._filling = True
        try:
            self.segment_list.clear()
            for segment in self.segments:
                text = self.tr("{name}\n{type} · {members} prospects").format(
                    name=segment.name, type=type_text(segment.segment_type), members=segment.members
                )
                if segment.owner and segment.owner != self._actor:
                    text += f" · {segment.owner}"
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, segment.id)
                self.segment_list.addItem(item)
                if self.current is not None and segment.id == self.current.id:
                    self.segment_list.setCurrentItem(item)
        finally:
            self._filling = False
        if not self.segments:
            self._say(
                self.tr(
                    "No segments yet. A segment (细分市场) groups enterprises with shared risk "
                    "controls: a sub-industry, a cluster, a supply chain… Click New segment…"
                )
            )
        else:
            self._say("")

    def _show_segment(self) -> None:
        segment = self.current
        if segment is None:
            self.info.setText("")
            self.classification.setText("")
            self._fill_plans()
            return
        lines = [
            f"<b>{_html(segment.name)}</b> · {_html(type_text(segment.segment_type))}"
            + (f" · {_html(segment.region)}" if segment.region else "")
        ]
        if segment.core_enterprise_name:
            lines.append(
                self.tr("Core enterprise: {name}").format(name=_html(segment.core_enterprise_name))
            )
        terms = []
        if segment.default_product_code and self.service is not None:
            product = self.service.catalogue.products.get(segment.default_product_code)
            terms.append(
                pick(product.name_zh, product.name_en) if product else segment.default_product_code
            )
        if segment.default_amount is not None:
            terms.append(self.tr("{amount} 万元").format(amount=format_wan(segment.default_amount)))
        if segment.default_term_months:
            terms.append(self.tr("{months} months").format(months=segment.default_term_months))
        if terms:
            lines.append(self.tr("Shared terms: {terms}").format(terms=_html(" · ".join(terms))))
        if segment.risk_controls:
            lines.append(
                self.tr("Risk controls: {controls}").format(
                    controls=_html("；".join(segment.risk_controls))
                )
            )
        if not self._mine(segment):
            lines.append(self.tr("<i>{owner}'s segment: read only</i>").format(owner=segment.owner))
        self.info.setText("<br>".join(lines))
        self._show_classification()
        self._fill_plans()

    def _show_classification(self) -> None:
        summary = self.summary
        if summary is None or summary.total == 0:
            self.classification.setText(
                self.tr("No prospects yet: import the segment's prospect list (.xlsx or .csv).")
            )
            return
        sizes = summary.by_size
        text = self.tr(
            "{total} prospects — micro {micro} · small {small} · medium {medium} · "
            "not SME {large} · size unknown {unknown_size}<br>"
            "eligible {eligible} · not eligible {not_eligible} · eligibility unknown {unknown}"
        ).format(
            total=summary.total,
            micro=sizes["micro"],
            small=sizes["small"],
            medium=sizes["medium"],
            large=sizes["large"],
            unknown_size=sizes[""],
            eligible=summary.eligible,
            not_eligible=summary.not_eligible,
            unknown=summary.unknown,
        )
        reasons = [
            f"{_html(QCoreApplication.translate('Segment', REASON_LABELS[code]))} ({count})"
            for code, count in summary.reasons
            if code in REASON_LABELS
        ][:4]
        if reasons:
            text += "<br>" + self.tr("Most common: {reasons}").format(reasons="；".join(reasons))
        self.classification.setText(text)

    def _fill_plans(self) -> None:
        while self.plan_cards_layout.count() > 1:
            item = self.plan_cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.plan_combo.clear()
        for plan in self.current_plans:
            self.plan_cards_layout.insertWidget(self.plan_cards_layout.count() - 1, PlanCard(plan))
            self.plan_combo.addItem(plan.quarter, plan.id)
        self._update_buttons()

    def _fill_quarters(self) -> None:
        quarters = sorted({p.quarter for p in self.overview} | {self._quarter()}, reverse=True)
        current = self.quarter_combo.currentText() or self._quarter()
        self.quarter_combo.blockSignals(True)
        self.quarter_combo.clear()
        self.quarter_combo.addItems(quarters)
        self.quarter_combo.setCurrentIndex(max(0, self.quarter_combo.findText(current)))
        self.quarter_combo.blockSignals(False)

    def _quarter(self) -> str:
        return quarter_of(self._today())

    def _show_overview(self) -> None:
        quarter = self.quarter_combo.currentText() or self._quarter()
        plans = [p for p in self.overview if p.quarter == quarter]
        table = self.overview_table
        table.setRowCount(len(plans))
        for row, plan in enumerate(plans):
            a = plan.actuals
            for column, text in enumerate(
                [plan.owner, plan.segment_name, _plan_status(plan.status)]
            ):
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
        counts: dict[str, int] = {}
        for plan in plans:
            counts[plan.owner] = counts.get(plan.owner, 0) + 1
        if self._actor and self._actor not in counts and any(self._mine(s) for s in self.segments):
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

    def _say(self, text: str) -> None:
        """Show ``text`` on the status line (hidden when empty)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def _mine(self, segment: SegmentView | None) -> bool:
        if self.read_only or segment is None:
            return False
        return not segment.owner or segment.owner == self._actor

    def _update_buttons(self) -> None:
        ready = self.service is not None and not self._busy
        mine = self._mine(self.current)
        self.new_button.setEnabled(ready and not self.read_only)
        for button in (self.edit_button, self.delete_button, self.import_button):
            button.setEnabled(ready and mine)
        self.eligible_button.setEnabled(ready and mine and bool(self.prospect_rows))
        self.create_button.setEnabled(ready and mine and bool(self.model.checked))
        self.new_plan_button.setEnabled(ready and mine)
        plan_mine = not self.read_only and any(p.mine for p in self.current_plans)
        self.edit_plan_button.setEnabled(ready and plan_mine)
        self.plan_combo.setEnabled(bool(self.current_plans))

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        self._update_buttons()
        self._say(self.tr("Could not finish: {error}").format(error=str(exc)))
        self.status.setStyleSheet("color: #b3261e;")

    # --- segments ---------------------------------------------------------------

    def new_segment(self) -> SegmentDialog | None:
        """Open the editor for a new segment."""
        if self.service is None:
            return None
        dialog = SegmentDialog(self.service.catalogue, None, self, self.service.save)
        dialog.accepted.connect(lambda: self._saved_segment(dialog.saved_id))
        dialog.open()
        self.dialog = dialog
        return dialog

    def edit_segment(self) -> SegmentDialog | None:
        """Open the editor of the selected segment."""
        if self.service is None or self.current is None:
            return None
        data = self.current.as_input()
        dialog = SegmentDialog(self.service.catalogue, data, self, self.service.save)
        dialog.accepted.connect(lambda: self._saved_segment(dialog.saved_id))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _saved_segment(self, segment_id: str | None) -> None:
        if segment_id is not None:
            self.current = next((s for s in self.segments if s.id == segment_id), None) or (
                _placeholder(segment_id)
            )
        self.refresh()

    def delete_segment(self) -> None:
        """Delete the selected segment and its plans (after asking)."""
        segment, service = self.current, self.service
        if segment is None or service is None:
            return
        if not ask_confirmation(
            self,
            self.tr("Delete segment"),
            self.tr("Delete {name} and its plans? Its prospects stay as customers.").format(
                name=segment.name
            ),
        ):
            return
        service.delete(segment.id)
        self.current = None
        self.refresh()

    # --- prospects --------------------------------------------------------------

    def import_prospects(self) -> ImportDialog | None:
        """The batch import, tagging every imported row with this segment."""
        from ui.import_dialog import ImportDialog

        segment, service = self.current, self.service
        if segment is None or service is None:
            return None
        dialog = ImportDialog(service.customers_for(segment.id), parent=self)
        dialog.segment_edit.setText(segment.name)
        dialog.segment_edit.setReadOnly(True)
        dialog.imported.connect(lambda _n: self.refresh())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()
        self.import_dialog = dialog
        return dialog

    def select_eligible(self) -> None:
        """Check every eligible prospect without an open application."""
        count = self.model.check_eligible()
        self.status.setStyleSheet("")
        self._say(self.tr("{count} eligible prospects selected.").format(count=count))
        self._update_buttons()

    def create_applications(self) -> None:
        """Confirm, then create applications for the checked prospects (in the background)."""
        segment, service = self.current, self.service
        ids = self.model.selected_ids()
        if segment is None or service is None or not ids or self._busy:
            return
        code = segment.default_product_code
        if not code:
            products = list(service.catalogue.products.values())
            names = [pick(p.name_zh, p.name_en) for p in products]
            name, ok = QInputDialog.getItem(
                self, self.tr("Create applications"), self.tr("Product"), names, 0, False
            )
            if not ok:
                return
            code = products[names.index(name)].code
        product = service.catalogue.products[code]
        terms = [pick(product.name_zh, product.name_en)]
        if segment.default_amount is not None:
            terms.append(self.tr("{amount} 万元").format(amount=format_wan(segment.default_amount)))
        if segment.default_term_months:
            terms.append(self.tr("{months} months").format(months=segment.default_term_months))
        if not ask_confirmation(
            self,
            self.tr("Create applications"),
            self.tr(
                "Create {count} draft applications for {product} with the segment's shared "
                "terms? Prospects that are not eligible or already have an open application "
                "are skipped."
            ).format(count=len(ids), product=" · ".join(terms)),
        ):
            return
        self._busy = True
        self._update_buttons()
        self.status.setStyleSheet("")
        self._say(self.tr("Creating {count} applications…").format(count=len(ids)))
        segment_id = segment.id
        run_in_background(
            lambda: service.create_applications(segment_id, ids, code),
            self._batch_finished,
            self._batch_failed,
            receiver=self,
        )

    def _batch_finished(self, result: BatchResult) -> None:
        self._busy = False
        self.last_result = result
        self.model.checked.clear()
        summary = self.tr("{created} applications created, {skipped} skipped.").format(
            created=len(result.created), skipped=len(result.skipped)
        )
        self.status.setStyleSheet("")
        self._say(summary)
        box = QMessageBox(self)
        box.setObjectName("batchResult")
        box.setWindowTitle(self.tr("Create applications"))
        box.setText(summary)
        if result.skipped:
            box.setDetailedText("\n".join(self.skip_text(s) for s in result.skipped))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.open()
        self.result_box = box
        self.batch_done.emit(result)
        self.refresh()

    def skip_text(self, skipped: Any) -> str:
        """One skipped prospect and why, in the UI language."""
        main = QCoreApplication.translate("Segment", SKIP_TEMPLATES[skipped.code]).format(
            **skipped.params
        )
        details = [reason_text(d) for d in skipped.details]
        return f"{skipped.name}: " + "；".join([main, *details])

    def _batch_failed(self, exc: BaseException) -> None:
        if isinstance(exc, BatchTermsError):
            self._busy = False
            self._update_buttons()
            self._say("\n".join(problem_text(p, "Segment") for p in exc.problems))
            self.status.setStyleSheet("color: #b3261e;")
            return
        self._failed(exc)
        self._say(self.tr("Nothing was created: {error}").format(error=str(exc)))

    # --- plans ------------------------------------------------------------------

    def new_plan(self) -> PlanDialog | None:
        """Open the plan editor for a new plan of the selected segment."""
        segment, plans = self.current, self.plans
        if segment is None or plans is None:
            return None
        data = PlanInput(segment.id, self._quarter(), status=PlanStatus.ACTIVE.value)
        dialog = PlanDialog(data, segment.name, self, plans.save)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.dialog = dialog
        return dialog

    def edit_plan(self) -> PlanDialog | None:
        """Open the plan editor of the plan chosen in the combo."""
        segment, plans = self.current, self.plans
        plan_id = self.plan_combo.currentData()
        plan = next((p for p in self.current_plans if p.id == plan_id), None)
        if segment is None or plans is None or plan is None or not plan.mine:
            return None
        dialog = PlanDialog(plan.as_input(), segment.name, self, plans.save)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.dialog = dialog
        return dialog


def _html(text: str) -> str:
    return html.escape(text)


def _placeholder(segment_id: str) -> SegmentView:
    """A stand-in for a just-saved segment until the list reloads (selects it)."""
    return SegmentView(segment_id, "", "", "", "", "", "", None, (), None, None, None, "", 0)
