"""What opens assessment windows: one per customer and application.

One :class:`ScorecardActions` per profile carries the services the windows
need; the customer profile, the Today page and application windows open
assessments through it. :attr:`ScorecardActions.data_changed` tells open
views to reload after a window wrote something.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from app.assessments import AssessmentService
    from app.customers import CustomerService
    from app.scoring import ScorecardModel
    from ui.scoring.dialog import ScorecardDialog

#: The scorecard new assessments use unless told otherwise (its newest version).
DEFAULT_MODEL_ID = "sme_scorecard"
#: Changes arriving within this time are reloaded once.
COALESCE_MS = 30


class ScorecardActions(QObject):
    """Opens assessment windows over ``parent``; one per customer and application."""

    #: Assessments or statements were written: views reload.
    data_changed = Signal()

    def __init__(
        self,
        assessments: AssessmentService,
        customers: CustomerService,
        parent: QWidget,
        today: date | None = None,
        model: ScorecardModel | None = None,
    ) -> None:
        super().__init__(parent)
        self.assessments = assessments
        self.customers = customers
        self._parent = parent
        self._today = today
        self._model = model
        if model is not None:
            assessments.registry.add(model)  # assessments name it; submit finds it again
        self._dialogs: dict[tuple[str, str | None], ScorecardDialog] = {}
        #: The window opened last (tests and screenshots look at it).
        self.last_dialog: ScorecardDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self.data_changed)

    @property
    def today(self) -> date:
        """The day years in business are counted to."""
        return self._today or date.today()

    @property
    def model(self) -> ScorecardModel:
        """The scorecard new assessments use: the newest registered version."""
        if self._model is None:
            self._model = self.assessments.registry.latest(DEFAULT_MODEL_ID)
        return self._model

    def notify_changed(self) -> None:
        """Something was written: open views reload (changes close together, once)."""
        self._timer.start()

    def open_for_customer(
        self, customer_id: str, application_id: str | None = None
    ) -> ScorecardDialog:
        """Show the assessment window of the customer (and application); raised if open."""
        from ui.scoring.dialog import ScorecardDialog

        key = (customer_id, application_id)
        dialog = self._dialogs.get(key)
        if dialog is None:
            dialog = ScorecardDialog(self, customer_id, application_id, parent=self._parent)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self._dialogs[key] = dialog
            dialog.finished.connect(lambda _r, k=key: self._dialogs.pop(k, None))
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        self.last_dialog = dialog
        return dialog
