"""What the customer list's buttons open: the onboarding wizard, a profile, the import dialog.

The wizard and profiles are non-modal, so an RM can look something up in the
list while onboarding; the windows are imported when first needed,
which keeps them off the start-up path.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from app.customers import CustomerService
    from app.privacy import RevealService
    from ui.applications.actions import ApplicationActions
    from ui.visits.actions import VisitActions


class CustomerActions(QObject):
    """Opens customer windows over ``parent``; one profile window per customer."""

    def __init__(self, service: CustomerService, parent: QWidget) -> None:
        super().__init__(parent)
        self._service = service
        self._parent = parent
        self._profiles: dict[str, QDialog] = {}
        #: Set once applications are available: profiles then list and start them.
        self.applications: ApplicationActions | None = None
        #: Set once visits are available: profiles then log and list them.
        self.visits: VisitActions | None = None
        #: Set once scorecards are available: ``open_scorecard(customer_id)``.
        self.open_scorecard: Callable[[str], object] | None = None
        #: Records reveals of masked ID numbers and phones (without it they stay masked).
        self.reveals: RevealService | None = None
        #: The windows opened last (tests and screenshots look at them).
        self.last_wizard: QDialog | None = None
        self.last_import: QDialog | None = None

    def new_customer(self) -> QDialog:
        """Start the onboarding wizard for a new customer."""
        from ui.onboarding.wizard import OnboardingWizard

        wizard = OnboardingWizard(self._service, parent=self._parent)
        if self.reveals is not None:
            wizard.attach_reveals(self.reveals)
        wizard.open_existing.connect(self.open_customer)
        self._show(wizard)
        self.last_wizard = wizard
        return wizard

    def open_customer(self, customer_id: str) -> QDialog:
        """Show the profile of ``customer_id`` (raising its window if already open)."""
        from ui.onboarding.profile_view import CustomerProfileDialog

        dialog = self._profiles.get(customer_id)
        if dialog is None:
            dialog = CustomerProfileDialog(
                self._service,
                customer_id,
                parent=self._parent,
                applications=self.applications,
                visits=self.visits,
            )
            if self.open_scorecard is not None:
                dialog.view.attach_scorecard(self.open_scorecard)
            if self.reveals is not None:
                dialog.view.attach_reveals(self.reveals)
            self._profiles[customer_id] = dialog
            dialog.finished.connect(lambda _r, cid=customer_id: self._profiles.pop(cid, None))
        self._show(dialog)
        return dialog

    def import_customers(self) -> QDialog:
        """Open the batch-import dialog."""
        from ui.import_dialog import ImportDialog

        dialog = ImportDialog(self._service, parent=self._parent)
        self._show(dialog)
        self.last_import = dialog
        return dialog

    @staticmethod
    def _show(dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
