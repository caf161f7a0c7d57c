"""Enterprise size and SME eligibility of a profile, with the rule and reasons behind them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.classification import SizeResult, classify
from app.customer_profile import CreditType, CustomerProfile
from app.eligibility import CheckStatus, Eligibility, assess_eligibility
from app.money import yuan_to_wan
from ui.customer_model import eligible_label, size_label
from ui.onboarding.texts import check_text, size_rule_text

_MARKS = {CheckStatus.PASSED: "✓", CheckStatus.FAILED: "✗", CheckStatus.MISSING: "?"}
_COLOURS = {
    CheckStatus.PASSED: "#1b7f3b",
    CheckStatus.FAILED: "#b3261e",
    CheckStatus.MISSING: "#6b7680",
}


def assess(profile: CustomerProfile) -> tuple[SizeResult, Eligibility]:
    """Size and eligibility of ``profile`` as they would be stored when it is saved."""
    size = classify(
        profile.industry_code or None,
        profile.employees,
        None if profile.annual_revenue is None else yuan_to_wan(profile.annual_revenue),
        None if profile.total_assets is None else yuan_to_wan(profile.total_assets),
    )
    credit_type = profile.credit_type or CreditType.NEW.value
    eligibility = assess_eligibility(
        profile.registered_in_prc, credit_type, profile.total_assets, profile.requested_exposure
    )
    return size, eligibility


class AssessmentPanel(QFrame):
    """Shows enterprise size with its deciding rule and SME eligibility with its reasons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("assessmentPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.size_heading = QLabel()
        self.size_value = QLabel()
        self.size_value.setObjectName("sizeValue")
        self.size_rule = QLabel()
        self.size_rule.setObjectName("sizeRule")
        self.eligibility_heading = QLabel()
        self.eligibility_value = QLabel()
        self.eligibility_value.setObjectName("eligibilityValue")
        self.reasons = QLabel()
        self.reasons.setObjectName("eligibilityReasons")
        self.reasons.setTextFormat(Qt.TextFormat.RichText)
        for label in (self.size_heading, self.eligibility_heading):
            label.setStyleSheet("font-weight: bold; color: #4a5560;")
        for label in (self.size_value, self.eligibility_value):
            label.setStyleSheet("font-size: 13pt; font-weight: bold;")
        for label in (self.size_rule, self.reasons):
            label.setWordWrap(True)
        self.size_rule.setStyleSheet("color: #4a5560;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.size_heading)
        layout.addWidget(self.size_value)
        layout.addWidget(self.size_rule)
        layout.addSpacing(8)
        layout.addWidget(self.eligibility_heading)
        layout.addWidget(self.eligibility_value)
        layout.addWidget(self.reasons)
        layout.addStretch(1)
        self.size_result: SizeResult | None = None
        self.eligibility: Eligibility | None = None
        self.retranslate()

    def show_profile(self, profile: CustomerProfile) -> None:
        """Recompute and show size and eligibility of ``profile``."""
        try:
            self.size_result, self.eligibility = assess(profile)
        except ValueError:  # a value the rules cannot take (e.g. an unknown credit type)
            self.size_result, self.eligibility = None, None
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.size_heading.setText(self.tr("Enterprise size"))
        self.eligibility_heading.setText(self.tr("SME eligibility"))
        unknown = self.tr("Not yet known")
        size = self.size_result
        self.size_value.setText(
            unknown if size is None or size.size is None else size_label(size.size.value)
        )
        self.size_rule.setText("" if size is None else size_rule_text(size))
        eligibility = self.eligibility
        if eligibility is None or eligibility.eligible is None:
            self.eligibility_value.setText(unknown)
            colour = _COLOURS[CheckStatus.MISSING]
        else:
            self.eligibility_value.setText(eligible_label(eligibility.eligible))
            colour = _COLOURS[CheckStatus.PASSED if eligibility.eligible else CheckStatus.FAILED]
        self.eligibility_value.setStyleSheet(
            f"font-size: 13pt; font-weight: bold; color: {colour};"
        )
        lines = []
        for check in () if eligibility is None else eligibility.checks:
            text = check_text(check).replace("&", "&amp;").replace("<", "&lt;")
            lines.append(
                f'<span style="color:{_COLOURS[check.status]}">{_MARKS[check.status]}</span>'
                f"&nbsp;{text}"
            )
        self.reasons.setText("<br>".join(lines))

    def reason_texts(self) -> list[str]:
        """The eligibility reasons as shown (plain text), for tests and the summary."""
        return [] if self.eligibility is None else [check_text(c) for c in self.eligibility.checks]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
