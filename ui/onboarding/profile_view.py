"""A customer's profile, read-only: grouped fields, size and eligibility, status actions.

With visits available (:class:`~ui.visits.actions.VisitActions`, passed in or
found among the main window's children) the header shows the customer's open
early-warning alerts with "Resolve…", a "Log visit" button starts a visit
log, and the customer's latest visits are listed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
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
    from app.privacy import RevealService
    from app.visits.service import VisitSummary
    from ui.applications.actions import ApplicationActions
    from ui.visits.actions import VisitActions
    from ui.visits.alerts import AlertsBar

#: Visits listed on a profile (the latest first).
SHOWN_VISITS = 8

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
    #: The customer's visits were listed (after each load).
    visits_loaded = Signal()

    def __init__(
        self,
        service: CustomerService,
        customer_id: str,
        today: date | None = None,
        parent: QWidget | None = None,
        applications: ApplicationActions | None = None,
        visits: VisitActions | None = None,
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
        self._visits: VisitActions | None = None
        self.alerts_bar: AlertsBar | None = None
        self.log_visit_button = QPushButton()
        self.log_visit_button.setObjectName("logVisit")
        self.log_visit_button.clicked.connect(self.log_visit)
        self.log_visit_button.hide()
        self._scorecard_opener: Callable[[str], object] | None = None
        self._reveals: RevealService | None = None
        self.scorecard_button = QPushButton()
        self.scorecard_button.setObjectName("openScorecard")
        self.scorecard_button.clicked.connect(self.open_scorecard)
        self.scorecard_button.hide()
        self.visits_caption = QLabel()
        self.visits_caption.setObjectName("visitsCaption")
        self.visits_caption.setStyleSheet("font-weight: bold;")
        self.visits_list = QTreeWidget()
        self.visits_list.setObjectName("customerVisits")
        self.visits_list.setRootIsDecorated(False)
        self.visits_list.setColumnCount(4)
        self.visits_list.setMaximumHeight(120)
        self.visits_list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.visits_list.header().setStretchLastSection(True)
        self.visits_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.visits_list.itemDoubleClicked.connect(self._open_visit)
        self.visits_list.itemActivated.connect(self._open_visit)
        self.visits_caption.hide()
        self.visits_list.hide()
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status)
        top.addSpacing(12)
        top.addWidget(self.edit_button)
        top.addWidget(self.complete_button)
        top.addWidget(self.activate_button)
        top.addWidget(self.new_application_button)
        top.addWidget(self.log_visit_button)
        top.addWidget(self.scorecard_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        self._layout = layout
        layout.addWidget(self.note)
        layout.addWidget(self.summary, 1)
        lists = QHBoxLayout()  # applications and visits side by side: the fields keep room
        applications_column = QVBoxLayout()
        applications_column.addWidget(self.applications_caption)
        applications_column.addWidget(self.applications_list)
        visits_column = QVBoxLayout()
        visits_column.addWidget(self.visits_caption)
        visits_column.addWidget(self.visits_list)
        lists.addLayout(applications_column, 1)
        lists.addLayout(visits_column, 1)
        layout.addLayout(lists)
        self.retranslate()
        self.reload()
        if applications is not None:
            self.attach_applications(applications)
        if visits is None:
            from ui.visits.actions import find_visit_actions

            visits = find_visit_actions(parent)
        if visits is not None:
            self.attach_visits(visits)

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
        self.reload_visits()
        if self.alerts_bar is not None:
            self.alerts_bar.set_customer(customer_id)

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
        self.scorecard_button.setText(self.tr("Scorecard…"))
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
        self.log_visit_button.setText(self.tr("Log visit"))
        self.log_visit_button.setEnabled(profile is not None)
        self.visits_caption.setText(self.tr("Visits"))
        self.visits_list.setHeaderLabels(
            [self.tr("When"), self.tr("Type"), self.tr("Status"), self.tr("Purpose")]
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

    # visits and alerts ---------------------------------------------------------------

    def attach_visits(self, actions: VisitActions) -> None:
        """Show open alerts in the header, "Log visit", and this customer's visits."""
        if self._visits is actions:
            return
        from ui.visits.alerts import AlertsBar

        self._visits = actions
        self.alerts_bar = AlertsBar(actions, self.customer_id)
        self._layout.insertWidget(1, self.alerts_bar)
        actions.data_changed.connect(self.reload_visits)
        self.log_visit_button.show()
        self.visits_caption.show()
        self.visits_list.show()
        self.reload_visits()

    def reload_visits(self) -> None:
        """List this customer's latest visits again (in the background)."""
        actions = self._visits
        if actions is None:
            return
        service, customer_id = actions.service, self.customer_id

        def done(rows: list[VisitSummary]) -> None:
            if shiboken6.isValid(self) and customer_id == self.customer_id:
                self._show_visits(rows)

        run_in_background(lambda: service.list(customer_id), done, receiver=self)

    def _show_visits(self, rows: list[VisitSummary]) -> None:
        from ui.visits.texts import local_time_text, status_label, type_name

        assert self._visits is not None
        actions = self._visits
        self.visits_list.clear()
        for row in list(reversed(rows))[:SHOWN_VISITS]:
            item = QTreeWidgetItem(
                [
                    local_time_text(row.start, actions.zone),
                    type_name(actions.templates, row.visit_type),
                    status_label(row.status),
                    row.purpose,
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            self.visits_list.addTopLevelItem(item)
        self.visits_loaded.emit()

    def attach_reveals(self, service: RevealService) -> None:
        """Let the ID number and phones be revealed, each reveal recorded by ``service``."""
        self._reveals = service
        self.summary.attach_reveals(service)

    def attach_scorecard(self, opener: Callable[[str], object]) -> None:
        """Offer the customer's credit scorecard, opened by ``opener(customer_id)``."""
        self._scorecard_opener = opener
        self.scorecard_button.show()

    def open_scorecard(self) -> None:
        """The credit scorecard (assessment) of this customer."""
        if self._scorecard_opener is not None:
            self._scorecard_opener(self.customer_id)

    def log_visit(self) -> QDialog | None:
        """Log a visit to this customer (pre-filled: now, the customer, its type)."""
        if self._visits is None or self.profile is None:
            return None
        return self._visits.log_visit(self.customer_id, self.profile.name)

    def _open_visit(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if self._visits is not None:
            self._visits.open_visit(item.data(0, Qt.ItemDataRole.UserRole))

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
        if self._reveals is not None:
            wizard.attach_reveals(self._reveals)
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
        visits: VisitActions | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerProfileDialog")
        self.view = CustomerProfileView(service, customer_id, today, self, applications, visits)
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
