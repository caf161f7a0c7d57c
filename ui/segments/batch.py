"""Creating applications for the ticked prospects: product, question, background run, result.

The page asks the RM to confirm (:func:`ui.segments.page.ask_confirmation`); this
flow chooses the product when the segment has no default, words the question,
runs :meth:`app.segment_service.SegmentService.create_applications` off the GUI
thread with the ticks as a :class:`app.segments.ProspectSelection` (resolved in
SQL, in the batch's one transaction) and shows what was created and skipped.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from app.segments import SKIP_TEMPLATES, BatchResult, BatchTermsError, ProspectSelection
from ui.segments.dialogs import pick, problem_text
from ui.segments.prospects import reason_text
from ui.segments.segment_detail import shared_terms
from ui.tasks import run_in_background

if TYPE_CHECKING:
    from app.segment_service import SegmentService
    from app.segments import SegmentView


def skip_text(skipped: Any) -> str:
    """One skipped prospect and why, in the UI language."""
    main = QCoreApplication.translate("Segment", SKIP_TEMPLATES[skipped.code]).format(
        **skipped.params
    )
    details = [reason_text(d) for d in skipped.details]
    return f"{skipped.name}: " + "；".join([main, *details])


class BatchCreation(QObject):
    """One batch at a time: :attr:`finished` with the result, or :attr:`refused` with why."""

    #: The applications were created (the :class:`BatchResult`).
    finished = Signal(object)
    #: Nothing was created: the message for the status line.
    refused = Signal(str)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.running = False
        #: The last result shown (its message box: :attr:`result_box`).
        self.last_result: BatchResult | None = None
        self.result_box: QMessageBox | None = None

    def title(self) -> str:
        """The title of the flow's dialogs."""
        return self.tr("Create applications")

    def choose_product(self, segment: SegmentView, service: SegmentService) -> str | None:
        """The segment's default product, else the one the RM picks (None: cancelled)."""
        if segment.default_product_code:
            return segment.default_product_code
        products = list(service.catalogue.products.values())
        names = [pick(p.name_zh, p.name_en) for p in products]
        name, ok = QInputDialog.getItem(
            self._window, self.title(), self.tr("Product"), names, 0, False
        )
        return products[names.index(name)].code if ok else None

    def question(self, segment: SegmentView, service: SegmentService, code: str, count: int) -> str:
        """What the RM confirms: how many applications, with which terms."""
        terms = shared_terms(segment, service.catalogue, code)
        return self.tr(
            "Create {count} draft applications for {product} with the segment's shared "
            "terms? Prospects that are not eligible or already have an open application "
            "are skipped."
        ).format(count=count, product=" · ".join(terms))

    def start(
        self,
        service: SegmentService,
        segment_id: str,
        selection: ProspectSelection,
        code: str,
        count: int,
    ) -> str:
        """Create the applications in the background; returns the progress message."""
        self.running = True
        run_in_background(
            lambda: service.create_applications(segment_id, selection, code),
            self._finished,
            self._failed,
            receiver=self,
        )
        return self.tr("Creating {count} applications…").format(count=count)

    def _finished(self, result: BatchResult) -> None:
        self.running = False
        self.last_result = result
        box = QMessageBox(self._window)
        box.setObjectName("batchResult")
        box.setWindowTitle(self.title())
        box.setText(self.summary(result))
        if result.skipped:
            box.setDetailedText("\n".join(skip_text(s) for s in result.skipped))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.open()
        self.result_box = box
        self.finished.emit(result)

    def summary(self, result: BatchResult) -> str:
        """How many were created and skipped."""
        return self.tr("{created} applications created, {skipped} skipped.").format(
            created=len(result.created), skipped=len(result.skipped)
        )

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        if isinstance(exc, BatchTermsError):
            self.refused.emit("\n".join(problem_text(p, "Segment") for p in exc.problems))
        else:
            self.refused.emit(self.tr("Nothing was created: {error}").format(error=str(exc)))
