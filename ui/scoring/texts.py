"""Wording of the scorecard screens: model labels, units, values, problems and suggestions.

Labels that come with the model (inputs, choices, characteristics, grades,
reason codes) are shown in Chinese in a Chinese UI and in English otherwise.
Templates from ``app/`` are translated in their own context (``"Scoring"``)
and only then filled in.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from app.scoring import InputProblem, InputSpec, ScorecardModel, Value, decimal_text
from app.scoring.ratios import RATIOS
from app.text import QT_TRANSLATE_NOOP
from ui.onboarding.texts import chinese_ui

if TYPE_CHECKING:
    from app.assessments import AssessmentView
    from app.scoring import Grade, Improvement, ReasonCode, Terms
    from app.scoring.engine import PartialScore

#: Statement items as the form names them (English source, context ``"StatementItem"``).
STATEMENT_LABELS: dict[str, str] = {
    "revenue": QT_TRANSLATE_NOOP("StatementItem", "Revenue"),
    "net_profit": QT_TRANSLATE_NOOP("StatementItem", "Net profit"),
    "total_assets": QT_TRANSLATE_NOOP("StatementItem", "Total assets"),
    "total_liabilities": QT_TRANSLATE_NOOP("StatementItem", "Total liabilities"),
    "current_assets": QT_TRANSLATE_NOOP("StatementItem", "Current assets"),
    "current_liabilities": QT_TRANSLATE_NOOP("StatementItem", "Current liabilities"),
    "operating_cash_flow": QT_TRANSLATE_NOOP("StatementItem", "Operating cash flow"),
    "inventory": QT_TRANSLATE_NOOP("StatementItem", "Inventory"),
    "receivables": QT_TRANSLATE_NOOP("StatementItem", "Receivables"),
}

#: Units models use, in English (a Chinese UI shows the model's own unit).
UNIT_LABELS: dict[str, str] = {
    "倍": QT_TRANSLATE_NOOP("ScorecardUnit", "times"),
    "次/年": QT_TRANSLATE_NOOP("ScorecardUnit", "times a year"),
    "年": QT_TRANSLATE_NOOP("ScorecardUnit", "years"),
    "月": QT_TRANSLATE_NOOP("ScorecardUnit", "months"),
    "万元": QT_TRANSLATE_NOOP("ScorecardUnit", "10k CNY"),
    "元": QT_TRANSLATE_NOOP("ScorecardUnit", "CNY"),
    "人": QT_TRANSLATE_NOOP("ScorecardUnit", "people"),
}

STATUS_LABELS: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("AssessmentStatus", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("AssessmentStatus", "Submitted"),
    "superseded": QT_TRANSLATE_NOOP("AssessmentStatus", "Superseded"),
}


def pick(label_zh: str, label_en: str, fallback: str = "") -> str:
    """``label_zh`` in a Chinese UI, ``label_en`` otherwise (the other, then ``fallback``)."""
    first, second = (label_zh, label_en) if chinese_ui() else (label_en, label_zh)
    return first or second or fallback


def input_label(spec: InputSpec) -> str:
    """The input's label in the UI language."""
    return pick(spec.label_zh, spec.label_en, spec.name)


def input_help(spec: InputSpec) -> str:
    """What the input asks for, in the UI language."""
    return pick(spec.help_zh, spec.help_en)


def statement_label(field: str) -> str:
    """A statement item's translated name."""
    label = STATEMENT_LABELS.get(field)
    return field if label is None else QCoreApplication.translate("StatementItem", label)


def ratio_label(name: str) -> str:
    """A ratio's name in the UI language."""
    info = RATIOS.get(name)
    return name if info is None else pick(info.label_zh, info.label_en, name)


def unit_text(unit: str) -> str:
    """A unit as the UI shows it: the model's own in Chinese, translated otherwise."""
    if not unit or chinese_ui():
        return unit
    label = UNIT_LABELS.get(unit)
    return unit if label is None else QCoreApplication.translate("ScorecardUnit", label)


def number_text(value: Decimal, unit: str = "") -> str:
    """``62.5%``, ``1.2 倍`` / ``1.2 times``: the number as stored, with its unit."""
    text = decimal_text(value)
    if not unit:
        return text
    if unit == "%":
        return f"{text}%"
    return f"{text} {unit_text(unit)}"


def choice_label(spec: InputSpec, value: str) -> str:
    """The label of one of the input's choices (the bare value when it is not listed)."""
    choice = spec.choice(value)
    if choice is None:
        return value
    return pick(choice.label_zh, choice.label_en, value)


def value_text(spec: InputSpec, value: Value) -> str:
    """An input value for people: a choice's label, a number with its unit; "—" if missing."""
    if value is None:
        return "—"
    if isinstance(value, Decimal):
        if spec.choices:
            return choice_label(spec, decimal_text(value))
        return number_text(value, spec.unit)
    return choice_label(spec, value)


def range_hint(spec: InputSpec) -> str:
    """The valid range as a placeholder: ``0 – 200``, ``≥ 0``, ``≤ 100``; "" when open."""
    low, high = spec.minimum, spec.maximum
    if low is not None and high is not None:
        return f"{decimal_text(low)} – {decimal_text(high)}"
    if low is not None:
        return f"≥ {decimal_text(low)}"
    if high is not None:
        return f"≤ {decimal_text(high)}"
    return ""


def input_problem_text(problem: InputProblem) -> str:
    """An input problem of the scoring engine (or a statement check), translated."""
    return QCoreApplication.translate("Scoring", problem.template).format(**problem.params)


def characteristic_label(partial: PartialScore) -> str:
    """A characteristic's label in the UI language."""
    return pick(partial.label_zh, partial.label_en, partial.characteristic)


def bin_label(partial: PartialScore) -> str:
    """What the applying bin covers, in the UI language."""
    return pick(partial.bin_zh, partial.bin_en)


def reason_text(reason: ReasonCode) -> str:
    """A reason code in plain words, in the UI language."""
    return pick(reason.text_zh, reason.text_en, reason.code)


def grade_label(grade: Grade) -> str:
    """The grade's name (优秀 / Excellent) in the UI language."""
    return pick(grade.label_zh, grade.label_en)


def model_name(model: ScorecardModel) -> str:
    """The model's name in the UI language, with its version when it has no name."""
    return pick(model.name_zh, model.name_en, f"{model.id} {model.version}")


def terms_lines(terms: Terms | None) -> list[str]:
    """The suggested terms of a grade, one line each; "No new credit" when there are none."""
    if terms is None:
        return [QCoreApplication.translate("ScorecardTexts", "No new credit at this grade")]
    exposure = f"{terms.max_exposure_wan:,}"
    collateral = (
        QCoreApplication.translate("ScorecardTexts", "Collateral required")
        if terms.collateral_required
        else QCoreApplication.translate("ScorecardTexts", "No collateral")
    )
    return [
        QCoreApplication.translate("ScorecardTexts", "Max exposure: {amount} (10k CNY)").format(
            amount=exposure
        ),
        QCoreApplication.translate("ScorecardTexts", "Rate: LPR + {spread} bp").format(
            spread=terms.rate_spread_bp
        ),
        QCoreApplication.translate("ScorecardTexts", "Max tenor: {months} months").format(
            months=terms.max_tenor_months
        ),
        collateral,
    ]


def improvement_text(model: ScorecardModel, improvement: Improvement) -> str:
    """One suggestion as a sentence: "Current ratio from 0.9 to 1.2: +4 points → BBB"."""
    spec = model.input(improvement.input)
    params = {
        "input": input_label(spec),
        "old": value_text(spec, improvement.from_value),
        "new": value_text(spec, improvement.to_value),
        "points": decimal_text(improvement.points_gained),
        "grade": improvement.new_grade,
    }
    if improvement.from_value is None:
        return QCoreApplication.translate(
            "ScorecardTexts", "{input}: {new} (not filled in now): +{points} points → {grade}"
        ).format(**params)
    return QCoreApplication.translate(
        "ScorecardTexts", "{input} from {old} to {new}: +{points} points → {grade}"
    ).format(**params)


def status_of(view: AssessmentView) -> str:
    """Draft / Submitted / Superseded, translated."""
    key = "superseded" if view.superseded_by else view.status
    label = STATUS_LABELS.get(key)
    return key if label is None else QCoreApplication.translate("AssessmentStatus", label)


def time_text(moment: datetime | None) -> str:
    """A stored (UTC) time in local time: ``2025-06-30 14:05``; "" when unknown."""
    if moment is None:
        return ""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def problem_line(model: ScorecardModel | None, problem: InputProblem) -> str:
    """ "Field: message" for a list of problems (the field by its label when the model has it)."""
    field = problem.field
    if model is not None and field in model.input_by_name:
        field = input_label(model.input(field))
    elif field in STATEMENT_LABELS:
        field = statement_label(field)
    return QCoreApplication.translate("ScorecardTexts", "{field}: {problem}").format(
        field=field, problem=input_problem_text(problem)
    )


def error_text(error: BaseException, model: ScorecardModel | None = None) -> str:
    """A translated message for an error of the assessment service."""
    from app.assessments import StatementError
    from app.scoring import InputError, ScoringError
    from db.unit_of_work import ImmutableRecordError

    if isinstance(error, InputError | StatementError):
        return "\n".join(problem_line(model, p) for p in error.problems)
    if isinstance(error, ImmutableRecordError):
        return QCoreApplication.translate(
            "ScorecardTexts", "This assessment is submitted and can no longer change."
        )
    if isinstance(error, ScoringError):
        return QCoreApplication.translate(
            "ScorecardTexts", "The scorecard cannot score these inputs: {error}"
        ).format(error=error)
    if isinstance(error, KeyError):
        return QCoreApplication.translate("ScorecardTexts", "It was deleted meanwhile.")
    return QCoreApplication.translate("ScorecardTexts", "Something went wrong: {error}").format(
        error=error
    )
