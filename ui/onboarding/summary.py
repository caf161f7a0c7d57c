"""A read-only, grouped summary of a customer profile (review page and profile view)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.customer_profile import CustomerProfile
from app.identifiers import mask_id_number
from app.validation import AMOUNT_FIELDS, PAGE_FIELDS
from ui.customer_model import status_label
from ui.onboarding.assessment import AssessmentPanel
from ui.onboarding.texts import (
    credit_type_label,
    field_label,
    industry_text,
    money_text,
    ownership_label,
)

EMPTY = "—"

#: The groups of the summary: the wizard's pages, and the status with the credit fields.
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (page, (*fields, "status") if page == "credit" else fields)
    for page, fields in PAGE_FIELDS.items()
)
_MONEY = frozenset(AMOUNT_FIELDS)


class ProfileSummary(QScrollArea):
    """Every field of a profile in groups, money in 万元, the ID number masked until revealed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profileSummary")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.profile: CustomerProfile | None = None
        self.values: dict[str, QLabel] = {}
        self._labels: dict[str, QLabel] = {}
        self.groups: dict[str, QGroupBox] = {}
        self.reveal_button = QToolButton()
        self.reveal_button.setObjectName("summaryRevealId")
        self.reveal_button.setCheckable(True)
        self.reveal_button.toggled.connect(lambda _on: self.retranslate())
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
            for name in fields:
                label = QLabel()
                value = QLabel()
                value.setObjectName(f"summary_{name}")
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self._labels[name] = label
                self.values[name] = value
                if name == "legal_rep_id_number":
                    row = QHBoxLayout()
                    row.addWidget(value, 1)
                    row.addWidget(self.reveal_button)
                    form.addRow(label, row)
                else:
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
        self.retranslate()

    def show_profile(self, profile: CustomerProfile) -> None:
        """Show ``profile`` (the ID number masked again)."""
        self.profile = profile
        self.reveal_button.setChecked(False)
        self.assessment.show_profile(profile)
        self.retranslate()

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
        revealed = self.reveal_button.isChecked()
        self.reveal_button.setText(self.tr("Hide") if revealed else self.tr("Show"))
        self.reveal_button.setToolTip(self.tr("Show or hide the full ID number"))
        profile = self.profile
        for name, value in self.values.items():
            value.setText(EMPTY if profile is None else self._text(profile, name) or EMPTY)
        self.reveal_button.setVisible(bool(profile and profile.legal_rep_id_number))

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
            "legal_rep_id_number": lambda: (
                value if self.reveal_button.isChecked() else mask_id_number(value)
            ),
            "credit_type": lambda: credit_type_label(value) if value else "",
            "status": lambda: status_label(value),
            "programmes": lambda: ", ".join(value),
            "contacts": lambda: "\n".join(
                "  ".join(part for part in (c.role, c.name, c.phone) if part) for c in value
            ),
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
