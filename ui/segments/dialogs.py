"""The segment editor and the plan editor: forms that keep what was typed on bad input."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.catalogue import Catalogue
from app.money import WAN, format_wan
from app.segment_plans import STATUS_LABELS, InvalidPlanError, PlanInput, PlanStatus
from app.segments import TYPE_LABELS, InvalidSegmentError, SegmentInput, SegmentType
from app.validation import Problem

_ERROR_STYLE = "color: #b3261e;"


def pick(chinese: str, english: str) -> str:
    """``chinese`` when the UI speaks Chinese, else ``english``."""
    return chinese if QLocale().language() == QLocale.Language.Chinese else english


def problem_text(problem: Problem, context: str) -> str:
    """A problem's message in the UI language."""
    return QCoreApplication.translate(context, problem.template).format(**problem.params)


def type_text(kind: str) -> str:
    """A segment type's label in the UI language."""
    try:
        return QCoreApplication.translate("Segment", TYPE_LABELS[SegmentType(kind)])
    except ValueError:
        return kind


def parse_wan(text: str) -> Decimal | None:
    """An amount typed in 万元 as yuan (None when empty); ValueError when not a number ≥ 0."""
    cleaned = text.replace(",", "").replace("，", "").strip()
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(cleaned) from None
    if not value.is_finite() or value < 0:
        raise ValueError(cleaned)
    return (value * WAN).quantize(Decimal("0.01"))


def wan_text(amount: Decimal | None) -> str:
    """Yuan shown as 万元 for editing (no separators)."""
    return "" if amount is None else format_wan(amount).replace(",", "")


class _Form(QDialog):
    """A form with a message line and OK/Cancel; OK saves through ``save`` or shows why not.

    ``save`` gets :meth:`input` and returns the record's id; it raises
    :class:`InvalidSegmentError` / :class:`InvalidPlanError` for bad input (the
    dialog stays open with every field as typed).
    """

    context = "Segment"

    def __init__(self, parent: QWidget | None, save: Callable[[Any], str] | None) -> None:
        super().__init__(parent)
        self._save = save
        self.saved_id: str | None = None
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("formMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(_ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

    def show_problems(self, problems: list[Problem], context: str) -> None:
        """Show what is wrong (the fields keep what was typed)."""
        self.message.setText("\n".join(problem_text(p, context) for p in problems))

    def input(self) -> Any:
        """The record as typed."""
        raise NotImplementedError

    def amount_problem(self) -> str:
        """The message for an amount that is not a number."""
        raise NotImplementedError

    def accept(self) -> None:
        """Save, or show what is wrong and stay open."""
        try:
            data = self.input()
        except ValueError:
            self.message.setText(self.amount_problem())
            return
        if self._save is not None:
            try:
                self.saved_id = self._save(data)
            except (InvalidSegmentError, InvalidPlanError) as exc:
                self.show_problems(exc.problems, self.context)
                return
        super().accept()


class SegmentDialog(_Form):
    """Create or edit a segment: type, core enterprise, region and shared terms."""

    def __init__(
        self,
        catalogue: Catalogue,
        data: SegmentInput | None = None,
        parent: QWidget | None = None,
        save: Callable[[SegmentInput], str] | None = None,
    ) -> None:
        super().__init__(parent, save)
        self.setObjectName("segmentDialog")
        self._catalogue = catalogue
        self._id = None if data is None else data.id
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("segmentName")
        self.name_edit.setMaxLength(64)
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("segmentType")
        for kind in SegmentType:
            self.type_combo.addItem(type_text(kind), kind.value)
        self.region_edit = QLineEdit()
        self.region_edit.setObjectName("segmentRegion")
        self.description_edit = QPlainTextEdit()
        self.description_edit.setObjectName("segmentDescription")
        self.description_edit.setFixedHeight(54)
        self.core_name_edit = QLineEdit()
        self.core_name_edit.setObjectName("coreEnterpriseName")
        self.core_uscc_edit = QLineEdit()
        self.core_uscc_edit.setObjectName("coreEnterpriseUscc")
        self.core_uscc_edit.setMaxLength(18)
        self.controls_edit = QPlainTextEdit()
        self.controls_edit.setObjectName("riskControls")
        self.controls_edit.setFixedHeight(70)
        self.product_combo = QComboBox()
        self.product_combo.setObjectName("defaultProduct")
        self.product_combo.addItem("", None)
        for product in catalogue.products.values():
            self.product_combo.addItem(pick(product.name_zh, product.name_en), product.code)
        self.amount_edit = QLineEdit()
        self.amount_edit.setObjectName("defaultAmount")
        self.term_spin = QSpinBox()
        self.term_spin.setObjectName("defaultTerm")
        self.term_spin.setRange(0, 600)
        self.checklist_label = QPlainTextEdit()
        self.checklist_label.setObjectName("defaultChecklist")
        self.checklist_label.setReadOnly(True)
        self.checklist_label.setFixedHeight(70)
        self.checklist_label.setFrameShape(QFrame.Shape.NoFrame)
        self.checklist_label.setStyleSheet("color: #4a5560; background: transparent;")
        self._labels = [QLabel() for _ in range(10)]
        for label, field in zip(
            self._labels,
            [
                self.name_edit,
                self.type_combo,
                self.region_edit,
                self.description_edit,
                self.core_name_edit,
                self.core_uscc_edit,
                self.controls_edit,
                self.product_combo,
                self.amount_edit,
                self.term_spin,
            ],
            strict=True,
        ):
            self.form.addRow(label, field)
        self.form.addRow(QLabel(), self.checklist_label)
        self.type_combo.currentIndexChanged.connect(self._type_changed)
        self.product_combo.currentIndexChanged.connect(self._product_changed)
        if data is not None:
            self.set_input(data)
        self.retranslate()
        self._type_changed()
        self._product_changed()
        self.resize(560, self.sizeHint().height())

    def retranslate(self) -> None:
        """Set every text in the UI language."""
        self.setWindowTitle(self.tr("Segment") if self._id else self.tr("New segment"))
        texts = [
            self.tr("Name"),
            self.tr("Type"),
            self.tr("Region"),
            self.tr("Description"),
            self.tr("Core enterprise"),
            self.tr("Core enterprise USCC"),
            self.tr("Common risk controls"),
            self.tr("Default product"),
            self.tr("Default amount (万元)"),
            self.tr("Default term (months)"),
        ]
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.name_edit.setPlaceholderText(self.tr("e.g. 永康五金产业集群"))
        self.controls_edit.setPlaceholderText(self.tr("One per line, e.g. 核心企业担保"))
        self.amount_edit.setPlaceholderText(self.tr("Empty: each prospect's requested exposure"))
        self.term_spin.setSpecialValueText(self.tr("none"))
        self._product_changed()

    def _type_changed(self) -> None:
        chain = self.type_combo.currentData() == SegmentType.SUPPLY_CHAIN
        for widget in (self.core_name_edit, self.core_uscc_edit):
            widget.setEnabled(chain)
            label = self.form.labelForField(widget)
            if label is not None:
                label.setEnabled(chain)

    def _product_changed(self) -> None:
        code = self.product_combo.currentData()
        product = self._catalogue.products.get(code) if code else None
        if product is None:
            self.checklist_label.setPlainText(
                self.tr("No default product: choose one when creating.")
            )
            return
        items = [self._catalogue.items[i.code] for i in product.items]
        names = [pick(t.name_zh, t.name_en) for t in items]
        self.checklist_label.setPlainText(
            self.tr("Checklist ({count} documents): {names}").format(
                count=len(names), names=pick("、", ", ").join(names)
            )
        )

    def set_input(self, data: SegmentInput) -> None:
        """Fill the form from ``data``."""
        self.name_edit.setText(data.name)
        self.type_combo.setCurrentIndex(max(0, self.type_combo.findData(data.segment_type)))
        self.region_edit.setText(data.region)
        self.description_edit.setPlainText(data.description)
        self.core_name_edit.setText(data.core_enterprise_name)
        self.core_uscc_edit.setText(data.core_enterprise_uscc)
        self.controls_edit.setPlainText("\n".join(data.risk_controls))
        self.product_combo.setCurrentIndex(
            max(0, self.product_combo.findData(data.default_product_code))
        )
        self.amount_edit.setText(wan_text(data.default_amount))
        self.term_spin.setValue(data.default_term_months or 0)

    def input(self) -> SegmentInput:
        """The segment as typed (ValueError with the field when the amount is not a number)."""
        chain = self.type_combo.currentData() == SegmentType.SUPPLY_CHAIN
        return SegmentInput(
            name=self.name_edit.text(),
            segment_type=str(self.type_combo.currentData()),
            region=self.region_edit.text(),
            description=self.description_edit.toPlainText(),
            core_enterprise_name=self.core_name_edit.text() if chain else "",
            core_enterprise_uscc=self.core_uscc_edit.text() if chain else "",
            risk_controls=self.controls_edit.toPlainText().splitlines(),
            default_product_code=self.product_combo.currentData(),
            default_amount=parse_wan(self.amount_edit.text()),
            default_term_months=self.term_spin.value() or None,
            id=self._id,
        )

    def amount_problem(self) -> str:
        """The message for an amount that is not a number."""
        return self.tr("Enter the default amount in 万元 as a number, e.g. 50")


class PlanDialog(_Form):
    """Create or edit a quarterly plan: quarter, status and targets."""

    context = "SegmentPlan"

    def __init__(
        self,
        data: PlanInput,
        segment_name: str,
        parent: QWidget | None = None,
        save: Callable[[PlanInput], str] | None = None,
    ) -> None:
        super().__init__(parent, save)
        self.setObjectName("planDialog")
        self._data = data
        self._segment_name = segment_name
        self.quarter_edit = QLineEdit(data.quarter)
        self.quarter_edit.setObjectName("planQuarter")
        self.quarter_edit.setMaxLength(6)
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("planStatus")
        for status in PlanStatus:
            self.status_combo.addItem("", status.value)
        self.status_combo.setCurrentIndex(max(0, self.status_combo.findData(data.status)))
        self.visits_spin = QSpinBox()
        self.visits_spin.setObjectName("targetVisits")
        self.visits_spin.setRange(0, 1_000_000)
        self.visits_spin.setValue(data.target_visits)
        self.applications_spin = QSpinBox()
        self.applications_spin.setObjectName("targetApplications")
        self.applications_spin.setRange(0, 1_000_000)
        self.applications_spin.setValue(data.target_applications)
        self.amount_edit = QLineEdit(wan_text(data.target_approved_amount))
        self.amount_edit.setObjectName("targetAmount")
        self.note_edit = QPlainTextEdit(data.note)
        self.note_edit.setObjectName("planNote")
        self.note_edit.setFixedHeight(54)
        self._labels = [QLabel() for _ in range(6)]
        fields: list[QWidget] = [
            self.quarter_edit,
            self.status_combo,
            self.visits_spin,
            self.applications_spin,
            self.amount_edit,
            self.note_edit,
        ]
        for label, field in zip(self._labels, fields, strict=True):
            self.form.addRow(label, field)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the UI language."""
        self.setWindowTitle(self.tr("Plan for {segment}").format(segment=self._segment_name))
        texts = [
            self.tr("Quarter"),
            self.tr("Status"),
            self.tr("Prospects to visit"),
            self.tr("Applications to submit"),
            self.tr("Amount to get approved (万元)"),
            self.tr("Note"),
        ]
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.quarter_edit.setPlaceholderText("2026Q4")
        for row, status in enumerate(PlanStatus):
            self.status_combo.setItemText(
                row, QCoreApplication.translate("SegmentPlan", STATUS_LABELS[status])
            )

    def input(self) -> PlanInput:
        """The plan as typed (ValueError when the amount is not a number)."""
        amount = parse_wan(self.amount_edit.text())
        return PlanInput(
            segment_id=self._data.segment_id,
            quarter=self.quarter_edit.text().strip().upper(),
            target_visits=self.visits_spin.value(),
            target_applications=self.applications_spin.value(),
            target_approved_amount=amount if amount is not None else Decimal("0.00"),
            status=str(self.status_combo.currentData()),
            note=self.note_edit.toPlainText(),
            id=self._data.id,
        )

    def amount_problem(self) -> str:
        """The message for an amount that is not a number."""
        return self.tr("Enter the amount in 万元 as a number, e.g. 500")
