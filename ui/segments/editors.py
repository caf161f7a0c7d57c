"""The segment and plan editors and the prospect import, opened over the Segments page."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from app.segment_plans import PlanInput, PlanStatus
from app.segments import SegmentView
from ui.segments.dialogs import PlanDialog, SegmentDialog

if TYPE_CHECKING:
    from ui.import_dialog import ImportDialog
    from ui.segments.page import SegmentsPage


class Editors:
    """Opens the page's dialogs; a saved change reloads the page."""

    def __init__(self, page: SegmentsPage) -> None:
        self._page = page

    def segment(self, segment: SegmentView | None) -> SegmentDialog | None:
        """The editor of ``segment`` (None: a new one)."""
        page, service = self._page, self._page.service
        if service is None:
            return None
        data = segment.as_input() if segment is not None else None
        dialog = SegmentDialog(service.catalogue, data, page, service.save)
        dialog.accepted.connect(lambda: self._saved_segment(dialog.saved_id))
        dialog.open()
        page.dialog = dialog
        return dialog

    def _saved_segment(self, segment_id: str | None) -> None:
        page = self._page
        if segment_id is not None:
            page.current = next((s for s in page.segments if s.id == segment_id), None) or (
                _placeholder(segment_id)
            )
        page.refresh()

    def new_plan(self, segment: SegmentView, quarter: str) -> PlanDialog | None:
        """The plan editor for a new plan of ``segment`` in ``quarter``."""
        plans = self._page.plans
        if plans is None:
            return None
        data = PlanInput(segment.id, quarter, status=PlanStatus.ACTIVE.value)
        return self._plan(PlanDialog(data, segment.name, self._page, plans.save))

    def edit_plan(self, segment: SegmentView) -> PlanDialog | None:
        """The editor of the plan chosen on the Plans tab (the RM's own only)."""
        page = self._page
        plan = page.plans_panel.chosen()
        if page.plans is None or plan is None or not plan.mine:
            return None
        return self._plan(PlanDialog(plan.as_input(), segment.name, page, page.plans.save))

    def _plan(self, dialog: PlanDialog) -> PlanDialog:
        dialog.accepted.connect(self._page.refresh)
        dialog.open()
        self._page.dialog = dialog
        return dialog

    def import_prospects(self, segment: SegmentView) -> ImportDialog | None:
        """The batch import, tagging every imported row with ``segment``."""
        from ui.import_dialog import ImportDialog

        page, service = self._page, self._page.service
        if service is None:
            return None
        dialog = ImportDialog(service.customers_for(segment.id), parent=page)
        dialog.segment_edit.setText(segment.name)
        dialog.segment_edit.setReadOnly(True)
        dialog.imported.connect(lambda _n: page.refresh())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()
        page.import_dialog = dialog
        return dialog


def _placeholder(segment_id: str) -> SegmentView:
    """A stand-in for a just-saved segment until the list reloads (selects it)."""
    return SegmentView(segment_id, "", "", "", "", "", "", None, (), None, None, None, "", 0)
