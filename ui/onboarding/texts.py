"""Wording shared by the onboarding screens: problems, labels, choices and amounts.

Templates from ``app/`` are English, marked with ``QT_TRANSLATE_NOOP``; here they
are translated with ``QCoreApplication.translate(context, template)`` and only
then filled in, so translators see the placeholders.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation, localcontext

from PySide6.QtCore import QCoreApplication, QLocale

from app.classification import SizeResult
from app.eligibility import EligibilityCheck
from app.industries import Industry, industry, normalise_industry_code, section_of
from app.text import QT_TRANSLATE_NOOP
from app.validation import TEMPLATES, Problem, label_for

#: Templates of problems the onboarding widgets find themselves (text that is no number).
INPUT_TEMPLATES: dict[str, str] = {
    "count.invalid": QT_TRANSLATE_NOOP("OnboardingInput", "Enter a whole number, e.g. 85"),
    "amount.invalid": TEMPLATES["amount.invalid"],
}

OWNERSHIP_LABELS: dict[str, str] = {
    "private": QT_TRANSLATE_NOOP("Ownership", "Private"),
    "state": QT_TRANSLATE_NOOP("Ownership", "State-owned"),
    "collective": QT_TRANSLATE_NOOP("Ownership", "Collective"),
    "foreign": QT_TRANSLATE_NOOP("Ownership", "Foreign-owned"),
    "hmt": QT_TRANSLATE_NOOP("Ownership", "Hong Kong, Macao or Taiwan"),
    "joint": QT_TRANSLATE_NOOP("Ownership", "Sino-foreign joint venture"),
    "individual": QT_TRANSLATE_NOOP("Ownership", "Individual business"),
    "other": QT_TRANSLATE_NOOP("Ownership", "Other"),
}

CREDIT_TYPE_LABELS: dict[str, str] = {
    "new": QT_TRANSLATE_NOOP("CreditType", "New credit"),
    "renewal": QT_TRANSLATE_NOOP("CreditType", "Renewal"),
}

_CENT = Decimal("0.01")
_WAN_EXPONENT = 4  # 1 万元 = 10^4 yuan


def input_problem(field: str, code: str) -> Problem:
    """A problem with what was typed into a widget (``code`` from :data:`INPUT_TEMPLATES`)."""
    return Problem(field, code, INPUT_TEMPLATES[code])


def problem_text(problem: Problem) -> str:
    """The problem's message in the UI language, placeholders filled in."""
    context = "Validation" if TEMPLATES.get(problem.code) == problem.template else "OnboardingInput"
    return QCoreApplication.translate(context, problem.template).format(**problem.params)


def field_label(field: str) -> str:
    """The translated label of a field path (``contacts.0.phone`` → "Contact phone")."""
    return QCoreApplication.translate("CustomerField", label_for(field))


def problem_line(problem: Problem) -> str:
    """One line for a list of problems: the field (and row), then the message."""
    parts = problem.field.split(".")
    if problem.code == "required":
        return QCoreApplication.translate("Onboarding", "{field}: not filled in").format(
            field=field_label(problem.field)
        )
    text = problem_text(problem)
    if len(parts) == 3 and parts[1].isdigit():
        return QCoreApplication.translate("Onboarding", "{field}, row {row}: {problem}").format(
            field=field_label(problem.field), row=int(parts[1]) + 1, problem=text
        )
    return QCoreApplication.translate("Onboarding", "{field}: {problem}").format(
        field=field_label(problem.field), problem=text
    )


def size_rule_text(result: SizeResult) -> str:
    """Why the enterprise has its size (or why it cannot be classified), translated.

    The industry row is named in the UI's language only (工业 / Industry).
    """
    params = dict(result.params)
    if "row_zh" in params and "row_en" in params:
        params["row"] = params["row_zh"] if chinese_ui() else params["row_en"]
    return QCoreApplication.translate("SizeRule", result.template).format(**params)


def check_text(check: EligibilityCheck) -> str:
    """The reason of one SME boundary check, translated."""
    return QCoreApplication.translate("Eligibility", check.template).format(**check.params)


def ownership_label(code: str) -> str:
    """The translated name of an ownership type code (an unknown code as it is)."""
    label = OWNERSHIP_LABELS.get(code)
    return code if label is None else QCoreApplication.translate("Ownership", label)


def credit_type_label(code: str) -> str:
    """New credit / Renewal, translated."""
    label = CREDIT_TYPE_LABELS.get(code)
    return code if label is None else QCoreApplication.translate("CreditType", label)


def chinese_ui() -> bool:
    """Whether the UI speaks Chinese (the language :mod:`ui.i18n` made the default locale)."""
    return QLocale().language() == QLocale.Language.Chinese


def industry_code_text(code: str) -> str:
    """A code as RMs write it, with its section letter: ``"34"`` → ``"C34"``."""
    normal = normalise_industry_code(code)
    section = section_of(normal)
    if section is None or normal == section:
        return normal
    return section + normal


def industry_label(entry: Industry) -> str:
    """``"C34 通用设备制造业"`` in a Chinese UI, the English name otherwise."""
    name = entry.name_zh if chinese_ui() else entry.name_en
    return f"{industry_code_text(entry.code)} {name}"


def industry_text(code: str) -> str:
    """How an industry code is shown: its label if listed, else the code itself."""
    if not code:
        return ""
    entry = industry(code)
    return industry_code_text(code) if entry is None else industry_label(entry)


def wan_text(amount_yuan: Decimal | None) -> str:
    """Yuan as 万元 with separators, never rounded: ``12345000`` → ``"1,234.50"``.

    Two decimals at least; more when the amount has them (``1.2345`` for
    12,345 yuan), so what is shown is exactly what is stored.
    """
    if amount_yuan is None:
        return ""
    with localcontext() as ctx:
        ctx.prec = 60
        wan = amount_yuan.scaleb(-_WAN_EXPONENT)
        try:
            cents = wan.quantize(_CENT)
        except InvalidOperation:
            return f"{wan:,f}"
        if wan == cents:
            return f"{cents:,}"
        return f"{wan.normalize():,f}"


def money_text(amount_yuan: Decimal | None) -> str:
    """An amount with its unit for read-only display: "1,234.50 万元"; "—" when empty."""
    if amount_yuan is None:
        return "—"
    return QCoreApplication.translate("Onboarding", "{amount} (10k CNY)").format(
        amount=wan_text(amount_yuan)
    )
