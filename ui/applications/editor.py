"""The application editor: customer, product, amount (万元), term, purpose and collateral.

Fields are checked against the chosen product's ranges as the RM leaves them
(``ApplicationService.validate``: the catalogue is in memory, no disk), with a
message under each; saving runs in the background. What was typed is never lost.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.applications import ApplicationInput, InvalidApplicationError
from app.money import format_wan
from app.validation import Problem
from ui.applications.customer_picker import CustomerPicker
from ui.applications.texts import application_problem_text, collateral_label, product_name
from ui.onboarding.style import ONBOARDING_STYLE
from ui.onboarding.widgets import CountEdit, FieldMessage, WanAmountEdit
from ui.tasks import run_in_background

if TYPE_CHECKING:
    from app.applications import ApplicationView
    from app.catalogue import Product
    from ui.applications.actions import ApplicationActions

log = logging.getLogger(__name__)

FIELDS = ("customer", "product_code", "amount", "term_months", "purpose", "collateral_type")


class ApplicationEditor(QDialog):
    """Create an application, or change a draft; ``saved(id)`` once it is written."""

    saved = Signal(str)
    #: The application to change was loaded into the fields.
    loaded = Signal()

    def __init__(
        self,
        actions: ApplicationActions,
        customer_id: str | None = None,
        customer_name: str = "",
        application_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("applicationEditor")
        self.setStyleSheet(ONBOARDING_STYLE)
        self._actions = actions
        self._service = actions.service
        self.application_id = application_id
        self.customer_id = customer_id
        self._customer_name = customer_name
        self._armed: set[str] = set()
        self._saving = False
        self._error = ""

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.picker: CustomerPicker | None = None
        self.customer_label = QLabel(customer_name)
        self.customer_label.setObjectName("customerName")
        if customer_id is None and application_id is None:
            self.picker = CustomerPicker(actions.customers)
            self.picker.chosen.connect(self._customer_chosen)
        self.product = QComboBox()
        self.product.setObjectName("product")
        self.product.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.product_hint = QLabel()
        self.product_hint.setObjectName("productHint")
        self.product_hint.setStyleSheet("color: #4a5560;")
        self.amount = WanAmountEdit()
        self.amount.setObjectName("amount")
        self.amount.setFixedWidth(160)
        self.amount_unit = QLabel()
        self.term = CountEdit()
        self.term.setObjectName("term")
        self.term.setFixedWidth(80)
        self.term_unit = QLabel()
        self.purpose = QLineEdit()
        self.purpose.setObjectName("purpose")
        self.collateral = QComboBox()
        self.collateral.setObjectName("collateralType")
        self.collateral_description = QLineEdit()
        self.collateral_description.setObjectName("collateralDescription")
        self.messages = {name: FieldMessage() for name in FIELDS}
        for name, message in self.messages.items():
            message.setObjectName(f"message_{name}")
        self.status_label = QLabel()
        self.status_label.setObjectName("saveStatus")
        self.status_label.setWordWrap(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save")
        self.save_button.setProperty("primary", True)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self._labels: dict[str, QLabel] = {}
        self._build()
        self._fill_products()

        self.product.currentIndexChanged.connect(self._product_changed)
        self.collateral.currentIndexChanged.connect(lambda _i: self._finished("collateral_type"))
        self.amount.editingFinished.connect(lambda: self._finished("amount"))
        self.amount.value_changed.connect(self._refresh)
        self.term.editingFinished.connect(lambda: self._finished("term_months"))
        self.term.value_changed.connect(self._refresh)
        self.purpose.editingFinished.connect(lambda: self._finished("purpose"))
        self.retranslate()
        self._product_changed()
        self.resize(640, 560 if self.picker is not None else 420)
        if application_id is not None:
            self._load(application_id)

    # building -------------------------------------------------------------------

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        customer = self.picker if self.picker is not None else self.customer_label
        self._row(form, "customer", customer)
        self._row(form, "product_code", self.product, below=self.product_hint)
        self._row(form, "amount", self.amount, unit=self.amount_unit)
        self._row(form, "term_months", self.term, unit=self.term_unit)
        self._row(form, "purpose", self.purpose)
        self._row(form, "collateral_type", self.collateral)
        self._row(form, "collateral_description", self.collateral_description)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def _row(
        self,
        form: QFormLayout,
        name: str,
        editor: QWidget,
        unit: QLabel | None = None,
        below: QWidget | None = None,
    ) -> None:
        label = QLabel()
        label.setBuddy(editor)
        self._labels[name] = label
        line = QHBoxLayout()
        line.setSpacing(6)
        line.addWidget(editor, 0 if unit is not None else 1)
        if unit is not None:
            line.addWidget(unit)
            line.addStretch(1)
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addLayout(line)
        if below is not None:
            box.addWidget(below)
        if name in self.messages:
            box.addWidget(self.messages[name])
        form.addRow(label, box)

    def _fill_products(self) -> None:
        current = self.product.currentData()
        self.product.blockSignals(True)
        self.product.clear()
        for product in self._actions.catalogue.products.values():
            self.product.addItem(product_name(product), product.code)
        self.product.setCurrentIndex(self.product.findData(current))
        self.product.blockSignals(False)

    def _fill_collateral(self) -> None:
        product = self._product()
        current = self.collateral.currentData()
        types = ("none",) if product is None else product.collateral_types
        self.collateral.blockSignals(True)
        self.collateral.clear()
        for code in types:
            self.collateral.addItem(collateral_label(code), code)
        self.collateral.setCurrentIndex(max(0, self.collateral.findData(current)))
        self.collateral.blockSignals(False)
        self.collateral.setEnabled(len(types) > 1)

    # texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the current language."""
        new = self.application_id is None
        self.setWindowTitle(self.tr("New application") if new else self.tr("Change application"))
        self.heading.setText(self.windowTitle())
        labels = {
            "customer": self.tr("Customer"),
            "product_code": self.tr("Loan product"),
            "amount": self.tr("Amount"),
            "term_months": self.tr("Term"),
            "purpose": self.tr("Purpose"),
            "collateral_type": self.tr("Collateral"),
            "collateral_description": self.tr("Collateral details"),
        }
        for name, text in labels.items():
            self._labels[name].setText(text)
        self.amount_unit.setText(self.tr("10k CNY"))
        self.term_unit.setText(self.tr("months"))
        self.product.setPlaceholderText(self.tr("Choose a loan product"))
        self.purpose.setPlaceholderText(self.tr("e.g. buy raw materials"))
        self.collateral_description.setPlaceholderText(
            self.tr("e.g. plant at 100 Wensan Road, title no.")
        )
        self.save_button.setText(self.tr("Create") if new else self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._fill_products()
        self._fill_collateral()
        self._show_hint()
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_hint(self) -> None:
        product = self._product()
        if product is None:
            self.product_hint.setText("")
            return
        self.product_hint.setText(
            self.tr(
                "{amount_min} to {amount_max} (10k CNY), {term_min} to {term_max} months"
            ).format(
                amount_min=format_wan(product.amount_min, 0),
                amount_max=format_wan(product.amount_max, 0),
                term_min=product.term_min,
                term_max=product.term_max,
            )
        )

    # values and problems --------------------------------------------------------------

    def _product(self) -> Product | None:
        return self._actions.catalogue.products.get(self.product.currentData() or "")

    def data(self) -> ApplicationInput:
        """What is entered (the amount in yuan)."""
        return ApplicationInput(
            customer_id=self.customer_id or "",
            product_code=self.product.currentData() or "",
            amount=self.amount.value(),
            term_months=self.term.value(),
            purpose=self.purpose.text(),
            collateral_type=self.collateral.currentData() or "none",
            collateral_description=self.collateral_description.text(),
            id=self.application_id,
        )

    def problems(self) -> dict[str, list[str]]:
        """Translated messages per field for what is entered now."""
        found: dict[str, list[str]] = {}
        if not self.customer_id:
            found["customer"] = [self.tr("Choose a customer")]
        for problem in self._service.validate(self.data()):
            found.setdefault(problem.field, []).append(application_problem_text(problem))
        if self.amount.is_invalid():
            found["amount"] = [self.tr("Enter the amount in 10k CNY, e.g. 300")]
        if self.term.is_invalid():
            found["term_months"] = [self.tr("Enter the term in whole months, e.g. 12")]
        return found

    def _finished(self, name: str) -> None:
        self._armed.add(name)
        self._refresh()

    def _refresh(self) -> None:
        problems = self.problems()
        for name, message in self.messages.items():
            shown = problems.get(name, []) if name in self._armed else []
            message.set_message("\n".join(shown))
        self.collateral_description.setEnabled(self.collateral.currentData() not in (None, "none"))
        self.save_button.setEnabled(not self._saving)

    def _product_changed(self) -> None:
        self._fill_collateral()
        self._show_hint()
        if self.product.currentIndex() >= 0:
            self._armed.update({"product_code", "collateral_type"})
        self._refresh()

    def _customer_chosen(self, customer_id: str, name: str) -> None:
        self.customer_id = customer_id
        self._customer_name = name
        self._armed.add("customer")
        self._refresh()

    # loading and saving -------------------------------------------------------------

    def _load(self, application_id: str) -> None:
        service, today = self._service, self._actions.today
        self.save_button.setEnabled(False)

        def done(view: ApplicationView) -> None:
            if shiboken6.isValid(self):
                self._fill(view)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self.status_label.setText(self.tr("The application could not be loaded."))
                log.warning("application %s not loaded: %s", application_id, exc)

        run_in_background(lambda: service.load(application_id, today), done, failed)

    def _fill(self, view: ApplicationView) -> None:
        self.customer_id = view.customer_id
        self.customer_label.setText(view.customer_name)
        self.product.setCurrentIndex(self.product.findData(view.product_code))
        self.amount.set_value(view.amount)
        self.term.set_value(view.term_months)
        self.purpose.setText(view.purpose)
        self.collateral.setCurrentIndex(max(0, self.collateral.findData(view.collateral_type)))
        self.collateral_description.setText(view.collateral_description)
        self._armed.clear()
        self._refresh()
        self.loaded.emit()

    def save(self) -> None:
        """Check everything; if all is well, write it in the background and close."""
        self._armed.update(FIELDS)
        self._refresh()
        if self._saving or self.problems():
            return
        data = self.data()
        self._saving = True
        self.status_label.setText(self.tr("Saving…"))
        self._refresh()
        service, today = self._service, self._actions.today

        def done(application_id: str) -> None:
            if shiboken6.isValid(self):
                self._saving = False
                self.application_id = application_id
                self.saved.emit(application_id)
                self.accept()

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self._saving = False
                self._save_failed(exc)

        run_in_background(lambda: service.save(data, today), done, failed)

    def _save_failed(self, exc: BaseException) -> None:
        self._refresh()
        if isinstance(exc, InvalidApplicationError):
            self.status_label.setText(self._show_problems(exc.problems))
        else:
            log.error("saving application failed", exc_info=exc)
            self.status_label.setText(self.tr("Could not save: {error}").format(error=exc))

    def _show_problems(self, problems: list[Problem]) -> str:
        """Show ``problems`` at their fields; returns the text of those with no field here."""
        others = []
        for problem in problems:
            message = self.messages.get(problem.field)
            if message is not None:
                message.set_message(application_problem_text(problem))
            else:
                others.append(application_problem_text(problem))
        return "\n".join(others) or self.tr("Not saved: some fields are wrong")
