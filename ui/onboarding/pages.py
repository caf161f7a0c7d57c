"""The onboarding wizard's data pages; each edits the fields of ``app.validation.PAGE_FIELDS``."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.customer_list import CustomerRef
from app.customer_profile import (
    OWNERSHIP_TYPES,
    BankRelationship,
    Contact,
    CreditType,
    CustomerProfile,
)
from app.identifiers import mask_phone
from app.validation import PAGE_FIELDS, Problem
from ui.customer_model import status_label
from ui.masked import MaskedColumnDelegate, RevealGate
from ui.onboarding.assessment import AssessmentPanel
from ui.onboarding.page_base import OnboardingPage, top_field
from ui.onboarding.tables import Row
from ui.onboarding.texts import (
    CREDIT_TYPE_LABELS,
    credit_type_label,
    input_problem,
    ownership_label,
    wan_text,
)
from ui.onboarding.widgets import (
    CountEdit,
    IndustryPicker,
    MaskedIdEdit,
    OptionalDateEdit,
    WanAmountEdit,
    parse_wan,
)

log = logging.getLogger(__name__)

_PROGRAMME_SEPARATORS = re.compile(r"[,，、;；]")


def _text(editor: QWidget) -> str:
    assert isinstance(editor, QLineEdit)
    return editor.text()


class IdentityPage(OnboardingPage):
    """Name, credit code (with the duplicate check), registration, location, ownership."""

    key = "identity"
    #: The RM wants to open the customer that already has this credit code.
    open_existing = Signal(str)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(today, parent)
        form = self._form()
        self.name_edit = QLineEdit()
        self._row(form, "name", self.name_edit)
        self.uscc_edit = QLineEdit()
        self.uscc_edit.setPlaceholderText("91330100MA2XXXXXX0")
        self._row(form, "uscc", self.uscc_edit, width=260)
        self.duplicate = QFrame()
        self.duplicate.setObjectName("duplicateWarning")
        self.duplicate.setStyleSheet(
            "QFrame#duplicateWarning { background: #fff4e5; border: 1px solid #f0b429;"
            " border-radius: 4px; }"
        )
        self.duplicate_label = QLabel()
        self.duplicate_label.setWordWrap(True)
        self.open_existing_button = QPushButton()
        self.open_existing_button.setObjectName("openExisting")
        self.open_existing_button.clicked.connect(self._open_existing)
        warning = QHBoxLayout(self.duplicate)
        warning.addWidget(self.duplicate_label, 1)
        warning.addWidget(self.open_existing_button)
        self.duplicate.hide()
        self.duplicate_of: CustomerRef | None = None
        form.addRow("", self.duplicate)
        self.date_edit = OptionalDateEdit(today)
        self.clear_date = QToolButton()
        self.clear_date.setObjectName("clearRegistrationDate")
        self.clear_date.clicked.connect(self.date_edit.clear_date)
        self._row(form, "registration_date", self.date_edit, width=140, extra=self.clear_date)
        for name in ("province", "city", "district"):
            self._row(form, name, QLineEdit(), width=260)
        self._row(form, "address", QLineEdit())
        self.in_prc = QCheckBox()
        self._row(form, "registered_in_prc", self.in_prc)
        self.capital_edit = WanAmountEdit()
        self._row(form, "registered_capital", self.capital_edit, unit=True, width=180)
        self.ownership = QComboBox()
        self._row(form, "ownership_type", self.ownership, width=260)
        self._required_note = QLabel()
        self._required_note.setStyleSheet("color: #6b7680;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self._required_note)
        layout.addStretch(1)
        self._fill_ownership("")
        self.retranslate()

    def title(self) -> str:
        return self.tr("Enterprise")

    def retranslate(self) -> None:
        super().retranslate()
        self.clear_date.setText(self.tr("Clear"))
        self.in_prc.setText(self.tr("Yes"))
        self.open_existing_button.setText(self.tr("Open existing customer"))
        self._required_note.setText(self.tr("* needed before the customer can be marked complete"))
        self._fill_ownership(self.ownership.currentData() or "")
        self._word_duplicate()

    def _fill_ownership(self, current: str) -> None:
        self.ownership.blockSignals(True)
        self.ownership.clear()
        self.ownership.addItem(self.tr("Choose…"), "")
        for code in OWNERSHIP_TYPES:
            self.ownership.addItem(ownership_label(code), code)
        if current and self.ownership.findData(current) < 0:
            self.ownership.addItem(current, current)  # an unknown stored value is kept
        self.ownership.setCurrentIndex(max(0, self.ownership.findData(current)))
        self.ownership.blockSignals(False)

    def load(self, profile: CustomerProfile) -> None:
        self.name_edit.setText(profile.name)
        self.uscc_edit.setText(profile.uscc)
        self.date_edit.set_date_value(profile.registration_date)
        for name in ("province", "city", "district", "address"):
            editor = self.editors[name]
            assert isinstance(editor, QLineEdit)
            editor.setText(getattr(profile, name))
        self.in_prc.setChecked(profile.registered_in_prc)
        self.capital_edit.set_value(profile.registered_capital)
        self._fill_ownership(profile.ownership_type)

    def store(self, profile: CustomerProfile) -> None:
        profile.name = self.name_edit.text()
        profile.uscc = self.uscc_edit.text()
        profile.registration_date = self.date_edit.date_value()
        for name in ("province", "city", "district", "address"):
            setattr(profile, name, _text(self.editors[name]))
        profile.registered_in_prc = self.in_prc.isChecked()
        profile.registered_capital = self.capital_edit.value()
        profile.ownership_type = self.ownership.currentData() or ""

    def show_duplicate(self, ref: CustomerRef | None) -> None:
        """Warn that customer ``ref`` already has this credit code (None hides the warning)."""
        self.duplicate_of = ref
        self._word_duplicate()
        self.duplicate.setVisible(ref is not None)

    def _word_duplicate(self) -> None:
        ref = self.duplicate_of
        if ref is None:
            self.duplicate_label.setText("")
            return
        name = ref.name or self.tr("(unnamed draft)")
        self.duplicate_label.setText(
            self.tr("This credit code is already used by {name} ({status}).").format(
                name=name, status=status_label(ref.status)
            )
        )

    def _open_existing(self) -> None:
        if self.duplicate_of is not None:
            self.open_existing.emit(self.duplicate_of.id)


class BusinessPage(OnboardingPage):
    """Industry and size figures, with the size and eligibility they give, live."""

    key = "business"

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(today, parent)
        form = self._form()
        self.industry = IndustryPicker()
        self._row(form, "industry_code", self.industry)
        self.employees = CountEdit()
        self._row(form, "employees", self.employees, width=120)
        self.revenue = WanAmountEdit()
        self._row(form, "annual_revenue", self.revenue, unit=True, width=180)
        self.assets = WanAmountEdit()
        self._row(form, "total_assets", self.assets, unit=True, width=180)
        self.liabilities = WanAmountEdit()
        self._row(form, "total_liabilities", self.liabilities, unit=True, width=180)
        self.panel = AssessmentPanel()
        self.panel.setMinimumWidth(260)
        self.panel.setMaximumWidth(340)
        body = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(form)
        left.addStretch(1)
        body.addLayout(left, 1)
        body.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Business")

    def load(self, profile: CustomerProfile) -> None:
        self.industry.set_code(profile.industry_code)
        self.employees.set_value(profile.employees)
        self.revenue.set_value(profile.annual_revenue)
        self.assets.set_value(profile.total_assets)
        self.liabilities.set_value(profile.total_liabilities)

    def store(self, profile: CustomerProfile) -> None:
        profile.industry_code = self.industry.code()
        profile.employees = self.employees.value()
        profile.annual_revenue = self.revenue.value()
        profile.total_assets = self.assets.value()
        profile.total_liabilities = self.liabilities.value()


class PeoplePage(OnboardingPage):
    """The legal representative (ID number masked) and further contacts."""

    key = "people"

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(today, parent)
        form = self._form()
        self.rep_name = QLineEdit()
        self._row(form, "legal_rep_name", self.rep_name, width=260)
        self.id_number = MaskedIdEdit()
        self._row(form, "legal_rep_id_number", self.id_number, width=320)
        self.mobile = MaskedIdEdit(mask=mask_phone, field="legal_rep_mobile")
        self.mobile.line_edit.setObjectName("mobileEdit")
        self.mobile.reveal_button.setObjectName("revealMobile")
        self.mobile.line_edit.setPlaceholderText("138 0013 8000")
        self._row(form, "legal_rep_mobile", self.mobile, width=260)
        contacts = self._table("contacts", ("role", "name", "phone"))
        self.contacts = self.tables["contacts"]
        self._gate: RevealGate | None = None
        self._customer_of: Callable[[], str | None] = lambda: None
        self._revealed_contacts: set[str] = set()
        self.contacts.table.setItemDelegateForColumn(
            2, MaskedColumnDelegate(mask_phone, self._contact_edited, self)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(contacts, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("People")

    def attach_reveals(self, gate: RevealGate, customer_of: Callable[[], str | None]) -> None:
        """Record the reveal of stored ID number and phones (``customer_of()``: the customer)."""
        self._gate, self._customer_of = gate, customer_of
        for edit in (self.id_number, self.mobile):
            edit.gate, edit.customer_of = gate, customer_of

    def _contact_edited(self, index: QModelIndex) -> None:
        """A stored contact's phone opens for editing: record it once per wizard."""
        rows = self.contacts.rows()
        customer_id = self._customer_of()
        if self._gate is None or customer_id is None or index.row() >= len(rows):
            return
        row = rows[index.row()]
        if row.id is None or not row.values.get("phone") or row.id in self._revealed_contacts:
            return
        self._revealed_contacts.add(row.id)
        self._gate.reveal(
            self, customer_id, [("phone", row.id)], lambda: None, lambda exc: log.warning("%s", exc)
        )

    def load(self, profile: CustomerProfile) -> None:
        self.rep_name.setText(profile.legal_rep_name)
        self.id_number.setText(profile.legal_rep_id_number)
        self.mobile.setText(profile.legal_rep_mobile)
        self.contacts.set_rows(
            [
                Row({"role": c.role, "name": c.name, "phone": c.phone}, c.id)
                for c in profile.contacts
            ]
        )

    def store(self, profile: CustomerProfile) -> None:
        profile.legal_rep_name = self.rep_name.text()
        profile.legal_rep_id_number = self.id_number.text()
        profile.legal_rep_mobile = self.mobile.text()
        profile.contacts = [
            Contact(r.values["role"], r.values["name"], r.values["phone"], r.id)
            for r in self.contacts.filled_rows()
        ]


class CreditPage(OnboardingPage):
    """Requested exposure, new or renewal, other banks, segment, programmes, RM."""

    key = "credit"

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(today, parent)
        form = self._form()
        self.exposure = WanAmountEdit()
        self._row(form, "requested_exposure", self.exposure, unit=True, width=180)
        self.credit_types = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        radios = QWidget()
        radio_line = QHBoxLayout(radios)
        radio_line.setContentsMargins(0, 0, 0, 0)
        for value in CREDIT_TYPE_LABELS:
            radio = QRadioButton()
            radio.setObjectName(f"credit_{value}")
            self.radios[value] = radio
            self.credit_types.addButton(radio)
            radio_line.addWidget(radio)
            radio.toggled.connect(lambda _on: self.changed.emit())
        self.credit_types.buttonClicked.connect(lambda _b: self.field_finished.emit("credit_type"))
        radio_line.addStretch(1)
        self._row(form, "credit_type", radios)
        self._other_credit_type = ""
        self.segment = QComboBox()
        self.segment.setEditable(True)
        self.segment.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self._row(form, "segment", self.segment, width=260)
        self.programmes = QLineEdit()
        self._row(form, "programmes", self.programmes)
        self.assigned_rm = QLineEdit()
        self._row(form, "assigned_rm", self.assigned_rm, width=200)
        banks = self._table(
            "bank_relationships", ("bank", "product", "balance"), frozenset({"balance"})
        )
        self.banks = self.tables["bank_relationships"]
        self.panel = AssessmentPanel()
        self.panel.setMinimumWidth(240)
        self.panel.setMaximumWidth(320)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(banks, 1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.panel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(body, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Credit")

    def retranslate(self) -> None:
        super().retranslate()
        for value, radio in self.radios.items():
            radio.setText(credit_type_label(value))
        self.programmes.setPlaceholderText(self.tr("Separate with commas, e.g. 五金集群, 2025批量"))
        segment_text = self.segment.lineEdit()
        assert segment_text is not None  # the combo is editable
        segment_text.setPlaceholderText(self.tr("e.g. 五金产业集群"))

    def set_segments(self, segments: list[str]) -> None:
        """Offer ``segments`` (those in use) in the segment box, keeping what is typed."""
        current = self.segment.currentText()
        self.segment.blockSignals(True)
        self.segment.clear()
        self.segment.addItems(segments)
        self.segment.setEditText(current)
        self.segment.blockSignals(False)

    def load(self, profile: CustomerProfile) -> None:
        self.exposure.set_value(profile.requested_exposure)
        radio = self.radios.get(profile.credit_type)
        self._other_credit_type = "" if radio else profile.credit_type
        self.credit_types.setExclusive(False)
        for button in self.radios.values():
            button.setChecked(button is radio)
        self.credit_types.setExclusive(True)
        self.segment.setEditText(profile.segment)
        self.programmes.setText(", ".join(profile.programmes))
        self.assigned_rm.setText(profile.assigned_rm)
        self.banks.set_rows(
            [
                Row({"bank": b.bank, "product": b.product, "balance": wan_text(b.balance)}, b.id)
                for b in profile.bank_relationships
            ]
        )

    def store(self, profile: CustomerProfile) -> None:
        profile.requested_exposure = self.exposure.value()
        chosen = next((v for v, r in self.radios.items() if r.isChecked()), None)
        profile.credit_type = chosen or self._other_credit_type
        profile.segment = self.segment.currentText()
        profile.programmes = [
            p.strip() for p in _PROGRAMME_SEPARATORS.split(self.programmes.text()) if p.strip()
        ]
        profile.assigned_rm = self.assigned_rm.text()
        relationships = []
        for row in self.banks.filled_rows():
            try:
                balance = parse_wan(row.values["balance"])
            except ValueError:
                balance = None
            relationships.append(
                BankRelationship(row.values["bank"], row.values["product"], balance, row.id)
            )
        profile.bank_relationships = relationships

    def unreadable(self) -> list[tuple[Problem, str]]:
        found = super().unreadable()
        for index, row in enumerate(self.banks.filled_rows()):
            try:
                parse_wan(row.values["balance"])
            except ValueError:
                path = f"bank_relationships.{index}.balance"
                found.append((input_problem(path, "amount.invalid"), row.values["balance"]))
        return found

    def focus_field(self, path: str) -> None:
        if top_field(path) == "credit_type":
            self.radios[CreditType.NEW.value].setFocus()
            return
        super().focus_field(path)


#: The data pages in order (the review page comes last).
DATA_PAGES: tuple[type[OnboardingPage], ...] = (IdentityPage, BusinessPage, PeoplePage, CreditPage)
assert tuple(p.key for p in DATA_PAGES) == tuple(PAGE_FIELDS)
