"""Segments (细分市场): segment list and editor, prospects, batch development and plans.

Left: the segments on this laptop (a branch manager's: every RM's;
:mod:`ui.segments.segment_detail`). Right: the selected segment's shared terms,
its prospects (:mod:`ui.segments.prospect_panel`: size, eligibility and why,
loaded page by page, with check boxes; "Import prospects…" and "Create
applications…", :mod:`ui.segments.batch`) and its quarterly plans
(:mod:`ui.segments.plans`). "Plans by quarter" (:mod:`ui.segments.overview`)
lists every plan of a quarter with its owner, for the manager's view of the
branch. Loading, the import and batch creation run off the GUI thread
(:func:`ui.tasks.run_in_background`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.segment_plans import PlanProgress, quarter_of
from app.segments import BatchResult, Classification, SegmentView
from ui.pages.base import Page
from ui.segments.batch import BatchCreation, skip_text
from ui.segments.dialogs import PlanDialog, SegmentDialog
from ui.segments.editors import Editors
from ui.segments.overview import QuarterOverview
from ui.segments.page_data import PageData, load_page_data
from ui.segments.plans import PlanCard, PlansPanel
from ui.segments.prospect_panel import ProspectsPanel
from ui.segments.prospects import ProspectModel
from ui.segments.segment_detail import SegmentInfo, SegmentList
from ui.tasks import run_in_background

if TYPE_CHECKING:
    from app.attachment_store import AttachmentStore
    from app.segment_plan_service import PlanService
    from app.segment_service import SegmentService
    from db.database import Database
    from ui.import_dialog import ImportDialog

__all__ = ["PlanCard", "SegmentsPage", "ask_confirmation"]


def ask_confirmation(parent: QWidget, title: str, text: str) -> bool:
    """Ask OK/Cancel (tests replace this)."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Ok


class SegmentsPage(Page):
    """Segments, batch development and quarterly plans."""

    #: Segments, plans and the first page of prospects were (re)loaded and shown.
    loaded = Signal()
    #: A batch creation finished (its :class:`BatchResult`).
    batch_done = Signal(object)

    def __init__(self, today: Callable[[], date] | None = None) -> None:
        super().__init__()
        self.setObjectName("page_segments")
        self._today = today or date.today
        self.service: SegmentService | None = None
        self.plans: PlanService | None = None
        self._database: Database | None = None
        self._actor = ""
        self._stale = True
        self._generation = 0
        self._waiting_data = self._waiting_page = False
        self.segments: list[SegmentView] = []
        self.current: SegmentView | None = None
        self.current_plans: list[PlanProgress] = []
        self.overview: list[PlanProgress] = []
        self.summary: Classification | None = None
        self.import_dialog: ImportDialog | None = None
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
        self.status.setWordWrap(True)
        self.status.setVisible(False)

        self.segment_list = SegmentList()
        self.segment_list.chosen.connect(self._segment_chosen)
        self.segment_info = SegmentInfo()
        self.info = self.segment_info.info
        self.edit_button = self.segment_info.edit_button
        self.edit_button.clicked.connect(self.edit_segment)
        self.delete_button = self.segment_info.delete_button
        self.delete_button.clicked.connect(self.delete_segment)

        self.model = ProspectModel()
        self.model.loaded.connect(self._page_arrived)
        self.model.failed.connect(self._page_failed)
        self.model.selection_changed.connect(self._update_buttons)
        self.prospect_panel = ProspectsPanel(self.model)
        self.classification = self.prospect_panel.classification
        self.table = self.prospect_panel.table
        self.import_button = self.prospect_panel.import_button
        self.import_button.clicked.connect(self.import_prospects)
        self.eligible_button = self.prospect_panel.eligible_button
        self.eligible_button.clicked.connect(self.select_eligible)
        self.create_button = self.prospect_panel.create_button
        self.create_button.clicked.connect(self.create_applications)
        self.batch = BatchCreation(self)
        self.batch.finished.connect(self._batch_finished)
        self.batch.refused.connect(self._batch_refused)
        self.editors = Editors(self)

        self.plans_panel = PlansPanel()
        self.plan_cards = self.plans_panel.cards
        self.plan_combo = self.plans_panel.combo
        self.new_plan_button = self.plans_panel.new_button
        self.new_plan_button.clicked.connect(self.new_plan)
        self.edit_plan_button = self.plans_panel.edit_button
        self.edit_plan_button.clicked.connect(self.edit_plan)

        self.quarters = QuarterOverview()
        self.coverage = self.quarters.coverage
        self.overview_table = self.quarters.table
        self.quarter_combo = self.quarters.quarter_combo
        self._build_layout()
        self.retranslate()
        self._update_buttons()

    def _build_layout(self) -> None:
        self.detail_tabs = QTabWidget()
        self.detail_tabs.setObjectName("segmentTabs")
        self.detail_tabs.addTab(self.prospect_panel, "")
        self.detail_tabs.addTab(self.plans_panel, "")
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.segment_info)
        detail_layout.addWidget(self.detail_tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(self.segment_list)
        splitter.addWidget(detail)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 600])
        self.tabs = QTabWidget()
        self.tabs.setObjectName("segmentsPageTabs")
        self.tabs.addTab(splitter, "")
        self.tabs.addTab(self.quarters, "")
        heading = QHBoxLayout()
        heading.addWidget(self._heading)
        heading.addStretch(1)
        heading.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)

    # --- wiring -----------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Segments")

    def attach(self, database: Database, actor: str, store: AttachmentStore | None = None) -> None:
        """Connect to the profile's data; loads when the page is shown."""
        from app.segment_plan_service import PlanService
        from app.segment_service import SegmentService

        self._database = database
        self.service = SegmentService(database, actor, store)
        self.plans = PlanService(database, actor)
        self.model.service = self.service
        self._actor = actor
        self._stale = True
        self._update_buttons()
        if self.isVisible():
            self.refresh()

    def mark_stale(self) -> None:
        """Data changed: reload now if shown, else when next shown."""
        self._stale = True
        if self.isVisible() and not self.batch.running:
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def retranslate(self) -> None:
        self._heading.setText(self.tr("Segments"))
        self.new_button.setText(self.tr("New segment…"))
        self.detail_tabs.setTabText(0, self.tr("Prospects"))
        self.detail_tabs.setTabText(1, self.tr("Plans"))
        self.tabs.setTabText(0, self.tr("Segments"))
        self.tabs.setTabText(1, self.tr("Plans by quarter"))
        for part in (self.segment_info, self.prospect_panel, self.plans_panel, self.quarters):
            part.retranslate()
        self._show_all()

    # --- loading ----------------------------------------------------------------

    def refresh(self) -> None:
        """Reload segments, the selected segment and the plans (in the background).

        The first page of the selected segment's prospects is asked for first, so
        it comes back before the counts and plans; :attr:`loaded` follows both.
        """
        service, plans, database = self.service, self.plans, self._database
        if service is None or plans is None:
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        wanted = self.current.id if self.current is not None else None
        self._waiting_data, self._waiting_page = True, wanted is not None
        if wanted is not None:
            self.model.show_segment(wanted)
        selection = self.model.selection
        run_in_background(
            lambda: load_page_data(service, plans, database, wanted, selection),
            lambda data: self._loaded(generation, wanted, data),
            self._failed,
            receiver=self,
        )

    def _loaded(self, generation: int, wanted: str | None, data: PageData) -> None:
        if generation != self._generation:
            return
        # Branch managers and credit officers read the branch's segments; RMs write.
        self.read_only = data.role not in (None, "rm")
        self.segments = data.segments
        self.current = next((s for s in data.segments if s.id == data.chosen), None)
        self.current_plans = data.own_plans
        self.overview = data.all_plans
        self.summary = data.summary
        self.model.set_editable(self._mine(self.current))
        if data.chosen != wanted or data.chosen != self.model.segment_id:
            # Not the segment asked for in refresh(): load its first page now.
            self._waiting_page = data.chosen is not None
            self.model.show_segment(data.chosen)
        else:
            self.model.counted(data.selection, data.ticked)
        self._waiting_data = False
        self._show_all()
        self._maybe_loaded()

    def _page_arrived(self) -> None:
        self._waiting_page = False
        self._maybe_loaded()

    def _page_failed(self, exc: BaseException) -> None:
        waiting, self._waiting_page = self._waiting_page, False
        if not isinstance(exc, KeyError):  # the segment is gone: the reload shows another
            self._say(self.tr("Could not finish: {error}").format(error=str(exc)), "#b3261e")
        if waiting:
            self._maybe_loaded()

    def _maybe_loaded(self) -> None:
        if not (self._waiting_data or self._waiting_page):
            self._update_buttons()
            self.loaded.emit()

    def _show_all(self) -> None:
        mine = self._mine(self.current)
        self.segment_list.show_segments(
            self.segments, self.current.id if self.current else None, self._actor
        )
        self.segment_info.show_segment(
            self.current, self.service.catalogue if self.service else None, mine
        )
        self.prospect_panel.show_summary(self.summary if self.current else None)
        self.plans_panel.show_plans(self.current_plans if self.current else [])
        has_own = any(self._mine(s) for s in self.segments)
        self.quarters.show_plans(self.overview, self._quarter(), self._actor, has_own)
        if not self.segments and self.service is not None and not self._waiting_data:
            self._say(
                self.tr(
                    "No segments yet. A segment (细分市场) groups enterprises with shared risk "
                    "controls: a sub-industry, a cluster, a supply chain… Click New segment…"
                )
            )
        elif not self.batch.running:
            self._say("")
        self._update_buttons()

    def _segment_chosen(self, segment_id: str) -> None:
        if self.current is not None and segment_id == self.current.id:
            return
        self.current = next((s for s in self.segments if s.id == segment_id), None)
        self.refresh()

    def _quarter(self) -> str:
        return quarter_of(self._today())

    def _say(self, text: str, colour: str = "#4a5560") -> None:
        """Show ``text`` on the status line (hidden when empty), in ``colour``."""
        self.status.setText(text)
        self.status.setStyleSheet(f"color: {colour};")
        self.status.setVisible(bool(text))

    def _mine(self, segment: SegmentView | None) -> bool:
        if self.read_only or segment is None:
            return False
        return not segment.owner or segment.owner == self._actor

    def _update_buttons(self) -> None:
        ready = self.service is not None and not self.batch.running
        mine = self._mine(self.current)
        self.new_button.setEnabled(ready and not self.read_only)
        self.edit_button.setEnabled(ready and mine)
        self.delete_button.setEnabled(ready and mine)
        self.prospect_panel.enable(ready, mine)
        self.plans_panel.enable(ready, mine, self.read_only)

    def _failed(self, exc: BaseException) -> None:
        self._waiting_data = False
        self._update_buttons()
        self._say(self.tr("Could not finish: {error}").format(error=str(exc)), "#b3261e")

    # --- segments ---------------------------------------------------------------

    def new_segment(self) -> SegmentDialog | None:
        """Open the editor for a new segment."""
        return self.editors.segment(None)

    def edit_segment(self) -> SegmentDialog | None:
        """Open the editor of the selected segment."""
        return self.editors.segment(self.current) if self.current is not None else None

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
        return self.editors.import_prospects(self.current) if self.current is not None else None

    def select_eligible(self) -> None:
        """Tick every eligible prospect without an open application, loaded or not."""
        count = self.summary.selectable if self.summary is not None else 0
        self.model.select_eligible(count)
        self._say(self.tr("{count} eligible prospects selected.").format(count=count))

    def create_applications(self) -> None:
        """Confirm, then create applications for the ticked prospects (in the background)."""
        segment, service = self.current, self.service
        selection, count = self.model.selection, self.model.selected_count
        if segment is None or service is None or not count or self.batch.running:
            return
        code = self.batch.choose_product(segment, service)
        if code is None:
            return
        question = self.batch.question(segment, service, code, count)
        if not ask_confirmation(self, self.batch.title(), question):
            return
        self._say(self.batch.start(service, segment.id, selection, code, count))
        self._update_buttons()

    @property
    def last_result(self) -> BatchResult | None:
        """What the last batch created and skipped."""
        return self.batch.last_result

    @property
    def result_box(self) -> QMessageBox | None:
        """The message box of the last batch's result."""
        return self.batch.result_box

    def skip_text(self, skipped: Any) -> str:
        """One skipped prospect and why, in the UI language."""
        return skip_text(skipped)

    def _batch_finished(self, result: BatchResult) -> None:
        self.model.clear_selection()
        self._say(self.batch.summary(result))
        self.batch_done.emit(result)
        self.refresh()

    def _batch_refused(self, message: str) -> None:
        self._update_buttons()
        self._say(message, "#b3261e")

    # --- plans ------------------------------------------------------------------

    def new_plan(self) -> PlanDialog | None:
        """Open the plan editor for a new plan of the selected segment."""
        segment = self.current
        return self.editors.new_plan(segment, self._quarter()) if segment is not None else None

    def edit_plan(self) -> PlanDialog | None:
        """Open the plan editor of the plan chosen in the combo."""
        return self.editors.edit_plan(self.current) if self.current is not None else None
