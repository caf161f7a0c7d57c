"""A customer's profile, read-only: grouped fields, size and eligibility, status actions."""

from __future__ import annotations

import logging
from datetime import date
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.customer_profile import CustomerProfile, OnboardingStatus
from app.customers import CustomerService, IncompleteProfileError
from app.money import format_wan
from ui.applications import texts as application_texts
from ui.customer_model import status_label
from ui.onboarding.style import ONBOARDING_STYLE
from ui.onboarding.summary import ProfileSummary
from ui.onboarding.texts import problem_line
from ui.onboarding.wizard import OnboardingWizard
from ui.tasks import run_in_background

if TYPE_CHECKING:
    from app.applications import ApplicationSummary
    from ui.applications.actions import ApplicationActions

log = logging.getLogger(__name__)


class CustomerProfileView(QWidget):
    """One customer, loaded in the background; Edit, Mark complete and Activate.

    ``changed(id)`` is emitted after the customer was saved from here (edited,
    or its status moved on).
    """

    changed = Signal(str)
    #: The profile arrived (after each load).
    loaded = Signal()
    #: The customer's applications were listed (after each load).
    applications_loaded = Signal()

    def __init__(
        self,
        service: CustomerService,
        customer_id: str,
        today: date | None = None,
        parent: QWidget | None = None,
        applications: ApplicationActions | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerProfileView")
        self.setStyleSheet(ONBOARDING_STYLE)
        self._service = service
        self._today = today
        self.customer_id = customer_id
        self.profile: CustomerProfile | None = None
        self.wizard: OnboardingWizard | None = None
        self.problem_prompt: QMessageBox | None = None
        self._error = ""
        self._busy = False
        self._generation = 0

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.status = QLabel()
        self.status.setObjectName("profileStatus")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editCustomer")
        self.edit_button.clicked.connect(self.edit)
        self.complete_button = QPushButton()
        self.complete_button.setObjectName("markComplete")
        self.complete_button.clicked.connect(lambda: self._set_status(OnboardingStatus.COMPLETE))
        self.activate_button = QPushButton()
        self.activate_button.setObjectName("activate")
        self.activate_button.clicked.connect(lambda: self._set_status(OnboardingStatus.ACTIVE))
        self.note = QLabel()
        self.note.setObjectName("profileNote")
        self.note.setWordWrap(True)
        self.summary = ProfileSummary()
        self._applications: ApplicationActions | None = None
        self.new_application_button = QPushButton()
        self.new_application_button.setObjectName("newApplication")
        self.new_application_button.clicked.connect(self.new_application)
        self.new_application_button.hide()
        self.applications_caption = QLabel()
        self.applications_caption.setObjectName("applicationsCaption")
        self.applications_caption.setStyleSheet("font-weight: bold;")
        self.applications_list = QTreeWidget()
        self.applications_list.setObjectName("customerApplications")
        self.applications_list.setRootIsDecorated(False)
        self.applications_list.setColumnCount(4)
        self.applications_list.setMaximumHeight(120)
        self.applications_list.header().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.applications_list.header().setStretchLastSection(True)
        self.applications_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.applications_list.itemDoubleClicked.connect(self._open_application)
        self.applications_list.itemActivated.connect(self._open_application)
        self.applications_caption.hide()
        self.applications_list.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status)
        top.addSpacing(12)
        top.addWidget(self.edit_button)
        top.addWidget(self.complete_button)
        top.addWidget(self.activate_button)
        top.addWidget(self.new_application_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.note)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.applications_caption)
        layout.addWidget(self.applications_list)
        self.retranslate()
        self.reload()
        if applications is not None:
            self.attach_applications(applications)

    # loading ----------------------------------------------------------------

    def reload(self) -> None:
        """Load the customer again in the background."""
        self._generation += 1
        generation = self._generation
        service, customer_id = self._service, self.customer_id
        self._error = ""
        self.retranslate()

        def done(profile: CustomerProfile) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show(profile)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                log.warning("customer %s not loaded: %s", customer_id, exc)
                self._error = (
                    self.tr("This customer no longer exists.")
                    if isinstance(exc, KeyError)
                    else self.tr("The customer could not be loaded: {error}").format(error=exc)
                )
                self.retranslate()

        run_in_background(lambda: service.load(customer_id), done, failed)

    def show_customer(self, customer_id: str) -> None:
        """Show another customer (e.g. the one that already has a credit code)."""
        self.customer_id = customer_id
        self.profile = None
        self.reload()
        self.reload_applications()

    def _show(self, profile: CustomerProfile) -> None:
        self.profile = profile
        self.summary.show_profile(profile)
        self.retranslate()
        self.loaded.emit()

    # texts --------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text in the current language."""
        profile = self.profile
        if profile is None:
            self.heading.setText(self._error or self.tr("Loading…"))
            self.status.setText("")
        else:
            self.heading.setText(profile.name or self.tr("(unnamed draft)"))
            self.status.setText(status_label(profile.status))
        self.edit_button.setText(self.tr("Edit"))
        self.complete_button.setText(self.tr("Mark complete"))
        self.activate_button.setText(self.tr("Activate"))
        status = None if profile is None else profile.status
        self.edit_button.setEnabled(profile is not None and not self._busy)
        self.complete_button.setVisible(status == OnboardingStatus.DRAFT)
        self.activate_button.setVisible(status == OnboardingStatus.COMPLETE)
        for button in (self.complete_button, self.activate_button):
            button.setEnabled(not self._busy)
        self.summary.setVisible(profile is not None)
        self.new_application_button.setText(self.tr("New application"))
        self.new_application_button.setEnabled(profile is not None)
        self.applications_caption.setText(self.tr("Applications"))
        self.applications_list.setHeaderLabels(
            [
                self.tr("Product"),
                self.tr("Amount (10k CNY)"),
                self.tr("Status"),
                self.tr("Complete"),
            ]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # applications -------------------------------------------------------------

    def attach_applications(self, actions: ApplicationActions) -> None:
        """Offer "New application" and list this customer's applications (via ``actions``)."""
        if self._applications is actions:
            return
        self._applications = actions
        actions.data_changed.connect(self.reload_applications)
        self.new_application_button.show()
        self.applications_caption.show()
        self.applications_list.show()
        self.reload_applications()

    def reload_applications(self) -> None:
        """List this customer's applications again (in the background)."""
        actions = self._applications
        if actions is None:
            return
        service, customer_id, today = actions.service, self.customer_id, actions.today

        def done(rows: list[ApplicationSummary]) -> None:
            if shiboken6.isValid(self) and customer_id == self.customer_id:
                self._show_applications(rows)

        run_in_background(lambda: service.list(customer_id, today), done, receiver=self)

    def _show_applications(self, rows: list[ApplicationSummary]) -> None:
        assert self._applications is not None
        catalogue = self._applications.catalogue
        self.applications_list.clear()
        for row in rows:
            item = QTreeWidgetItem(
                [
                    application_texts.product_name_of(catalogue, row.product_code),
                    format_wan(row.amount),
                    application_texts.status_label(row.status),
                    application_texts.percent_text(row.completeness),
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            self.applications_list.addTopLevelItem(item)
        self.applications_loaded.emit()

    def new_application(self) -> QDialog | None:
        """Start a new application for this customer."""
        if self._applications is None or self.profile is None:
            return None
        return self._applications.new_application(self.customer_id, self.profile.name)

    def _open_application(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if self._applications is not None:
            self._applications.open_application(item.data(0, Qt.ItemDataRole.UserRole))

    # actions ------------------------------------------------------------------

    def edit(self) -> OnboardingWizard | None:
        """Open the onboarding wizard on this customer; the view refreshes after saves."""
        if self.profile is None:
            return None
        wizard = OnboardingWizard(self._service, self.profile, self._today, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        wizard.saved.connect(self._saved)
        wizard.open_existing.connect(self.show_customer)
        self.wizard = wizard
        wizard.open()
        return wizard

    def _saved(self, customer_id: str) -> None:
        self.reload()
        self.changed.emit(customer_id)

    def _set_status(self, status: OnboardingStatus) -> None:
        self._busy = True
        self.note.setText("")
        self.retranslate()
        service, customer_id = self._service, self.customer_id

        def done(_result: Any) -> None:
            if shiboken6.isValid(self):
                self._busy = False
                self.reload()
                self.changed.emit(customer_id)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self._busy = False
                self.retranslate()
                self._status_failed(exc)

        run_in_background(lambda: service.set_status(customer_id, status), done, failed)

    def _status_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, IncompleteProfileError):
            log.error("status change failed", exc_info=exc)
            self.note.setText(self.tr("The status could not be changed: {error}").format(error=exc))
            return
        box = QMessageBox(self)
        box.setObjectName("problemPrompt")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Not complete yet"))
        box.setText(self.tr("The customer cannot be marked complete yet."))
        lines = [problem_line(p) for p in exc.problems[:8]]
        if len(exc.problems) > 8:
            lines.append("…")
        box.setInformativeText("\n".join(lines))
        edit = box.addButton(self.tr("Edit"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(edit)
        box.buttonClicked.connect(lambda button: self.edit() if button is edit else None)
        self.problem_prompt = box
        box.open()


class CustomerProfileDialog(QDialog):
    """:class:`CustomerProfileView` in a window of its own."""

    changed = Signal(str)

    def __init__(
        self,
        service: CustomerService,
        customer_id: str,
        today: date | None = None,
        parent: QWidget | None = None,
        applications: ApplicationActions | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerProfileDialog")
        self.view = CustomerProfileView(service, customer_id, today, self, applications)
        self.view.changed.connect(self.changed)
        self.view.loaded.connect(self.retranslate)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.resize(960, 640)

    def retranslate(self) -> None:
        """Window title and button in the current language."""
        profile = self.view.profile
        if profile is None:
            self.setWindowTitle(self.tr("Customer"))
        else:
            name = profile.name or self.tr("(unnamed draft)")
            self.setWindowTitle(self.tr("Customer: {name}").format(name=name))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
