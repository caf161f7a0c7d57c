"""A read-only, grouped summary of a customer profile (review page and profile view)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.customer_profile import CustomerProfile
from app.identifiers import mask_value
from app.validation import AMOUNT_FIELDS, PAGE_FIELDS
from ui.customer_model import status_label
from ui.masked import MaskedValue, RevealGate
from ui.onboarding.assessment import AssessmentPanel
from ui.onboarding.texts import (
    credit_type_label,
    field_label,
    industry_text,
    money_text,
    ownership_label,
)

if TYPE_CHECKING:
    from app.privacy import RevealService

EMPTY = "—"

#: The groups of the summary: the wizard's pages, and the status with the credit fields.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (page, (*fields, "status") if page == "credit" else fields)
    for page, fields in PAGE_FIELDS.items()
)
_MONEY = frozenset(AMOUNT_FIELDS)
#: Shown masked, each with its own Show button (contacts: their phones).
MASKED = ("legal_rep_id_number", "legal_rep_mobile", "contacts")


class ProfileSummary(QScrollArea):
    """Every field of a profile in groups, money in 万元, ID number and phones masked.

    Revealing a stored customer's value needs a reveal service
    (:meth:`attach_reveals`) and is recorded with ``context``.
    """

    def __init__(self, parent: QWidget | None = None, context: str = "profile") -> None:
        super().__init__(parent)
        self.setObjectName("profileSummary")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.profile: CustomerProfile | None = None
        self.values: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        self.gate = RevealGate(None, context)
        self.masked: dict[str, MaskedValue] = {}
        self.assessment = AssessmentPanel()
        self.assessment.setFrameShape(QFrame.Shape.NoFrame)

        body = QWidget()
        grid = QGridLayout(body)
        columns: list[QVBoxLayout] = [QVBoxLayout(), QVBoxLayout()]
        for index, (key, fields) in enumerate(GROUPS):
            box = QGroupBox()
            box.setObjectName(f"summary_{key}")
            form = QFormLayout(box)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
            for name in fields:
                label = QLabel()
                self._labels[name] = label
                if name in MASKED:
                    masked = MaskedValue(self.gate)
                    masked.setObjectName(f"masked_{name}")
                    masked.button.setObjectName(f"reveal_{name}")
                    masked.label.setObjectName(f"summary_{name}")
                    self.masked[name] = masked
                    self.values[name] = masked.label
                    form.addRow(label, masked)
                    continue
                value = QLabel()
                value.setObjectName(f"summary_{name}")
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.values[name] = value
                form.addRow(label, value)
            self.groups[key] = box
            columns[index // 2].addWidget(box)
        assessment_box = QGroupBox()
        assessment_box.setObjectName("summary_assessment")
        QVBoxLayout(assessment_box).addWidget(self.assessment)
        self.groups["assessment"] = assessment_box
        columns[1].addWidget(assessment_box)
        for column in columns:
            column.addStretch(1)
        grid.addLayout(columns[0], 0, 0)
        grid.addLayout(columns[1], 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.setWidget(body)
        #: The ID number's Show button.
        self.reveal_button: QToolButton = self.masked["legal_rep_id_number"].button
        self.reveal_button.setObjectName("summaryRevealId")
        self.retranslate()

    def attach_reveals(self, service: RevealService) -> None:
        """Let stored values be revealed, each reveal recorded by ``service``."""
        self.gate.service = service
        if self.profile is not None:
            self._show_masked(self.profile)

    def show_profile(self, profile: CustomerProfile) -> None:
        """Show ``profile`` (ID number and phones masked again)."""
        self.profile = profile
        self.assessment.show_profile(profile)
        self._show_masked(profile)
        self.retranslate()

    def _show_masked(self, profile: CustomerProfile) -> None:
        customer_id = profile.id
        for name in ("legal_rep_id_number", "legal_rep_mobile"):
            value = getattr(profile, name)
            self.masked[name].set_value(
                mask_value(name, value), value, customer_id, [(name, None)], EMPTY
            )
        contacts = profile.contacts

        def lines(masked: bool) -> str:
            return "\n".join(
                "  ".join(
                    part
                    for part in (
                        c.role,
                        c.name,
                        mask_value("phone", c.phone) if masked else c.phone,
                    )
                    if part
                )
                for c in contacts
            )

        phones = [("phone", c.id) for c in contacts if c.phone]
        self.masked["contacts"].set_value(lines(True), lines(False), customer_id, phones, EMPTY)

    def retranslate(self) -> None:
        """Set every text in the current language."""
        titles = {
            "identity": self.tr("Enterprise"),
            "business": self.tr("Business"),
            "people": self.tr("People"),
            "credit": self.tr("Credit"),
            "assessment": self.tr("Size and eligibility"),
        }
        for key, box in self.groups.items():
            box.setTitle(titles[key])
        for name, label in self._labels.items():
            label.setText(field_label(name))
        profile = self.profile
        for name, value in self.values.items():
            if name not in self.masked:
                value.setText(EMPTY if profile is None else self._text(profile, name) or EMPTY)

    def _text(self, profile: CustomerProfile, name: str) -> str:
        value = getattr(profile, name)
        if name in _MONEY:
            return "" if value is None else money_text(value)
        formatters: dict[str, Callable[[], str]] = {
            "registration_date": lambda: "" if value is None else value.isoformat(),
            "registered_in_prc": lambda: self.tr("Yes") if value else self.tr("No"),
            "ownership_type": lambda: ownership_label(value) if value else "",
            "industry_code": lambda: industry_text(value),
            "employees": lambda: "" if value is None else QLocale().toString(value),
            "credit_type": lambda: credit_type_label(value) if value else "",
            "status": lambda: status_label(value),
            "programmes": lambda: ", ".join(value),
            "bank_relationships": lambda: "\n".join(
                "  ".join(
                    part
                    for part in (
                        b.bank,
                        b.product,
                        "" if b.balance is None else money_text(b.balance),
                    )
                    if part
                )
                for b in value
            ),
        }
        formatter = formatters.get(name)
        return formatter() if formatter else str(value or "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
