"""Wording of the visit screens: types, statuses, checks, signals, severities, errors, times.

Names from the reference data (visit types, on-site checks, risk signals) come in
both languages: the Chinese name in a Chinese UI, the English one otherwise.
Templates from ``app/`` are translated in their own context, then filled in.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QColor

from app.risk_signals import SEVERITY_LABELS, Severity
from app.text import QT_TRANSLATE_NOOP
from app.visits.times import RM_TIME_ZONE

if TYPE_CHECKING:
    from app.inspections import Reason
    from app.risk_signals import RiskSignal, RiskSignals
    from app.validation import Problem
    from app.visits.templates import CheckTemplate, VisitTemplates
    from app.visits.today import TodayText

STATUS_LABELS: dict[str, str] = {
    "planned": QT_TRANSLATE_NOOP("VisitStatus", "Planned"),
    "done": QT_TRANSLATE_NOOP("VisitStatus", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("VisitStatus", "Cancelled"),
}

#: Text and background colours of each severity (critical is the darkest red).
SEVERITY_COLOURS: dict[str, tuple[str, str]] = {
    Severity.LOW: ("#1c4f8a", "#e3eefb"),
    Severity.MEDIUM: ("#7a4b00", "#fff1d6"),
    Severity.HIGH: ("#a33a00", "#ffe2cf"),
    Severity.CRITICAL: ("#ffffff", "#b3261e"),
}
_UNKNOWN_COLOURS = ("#4a5560", "#eceff2")


def chinese_ui() -> bool:
    """Whether the UI speaks Chinese (as :func:`ui.onboarding.texts.chinese_ui`).

    Kept here so the Today page does not load the onboarding rules at start-up.
    """
    return QLocale().language() == QLocale.Language.Chinese


def type_name(templates: VisitTemplates, code: str) -> str:
    """The visit type's name in the UI language (its code if the templates lack it)."""
    template = templates.find(code)
    if template is None:
        return code
    return template.name_zh if chinese_ui() else template.name_en


def check_name(check: CheckTemplate) -> str:
    """An on-site check's name in the UI language."""
    return check.name_zh if chinese_ui() else check.name_en


def check_hint(check: CheckTemplate) -> str:
    """What to look at for a check, in the UI language."""
    return check.hint_zh if chinese_ui() else check.hint_en


def signal_name(signals: RiskSignals, code: str) -> str:
    """A risk signal's name in the UI language (its code if unknown)."""
    signal = signals.signals.get(code)
    return code if signal is None else signal_label(signal)


def signal_label(signal: RiskSignal) -> str:
    """The signal's name in the UI language."""
    return signal.name_zh if chinese_ui() else signal.name_en


def signal_hint(signal: RiskSignal) -> str:
    """What to look for, in the UI language."""
    return signal.hint_zh if chinese_ui() else signal.hint_en


def severity_label(severity: str) -> str:
    """Low / Medium / High / Critical, translated (an unknown value as it is)."""
    if severity not in Severity.__members__.values():
        return severity
    return QCoreApplication.translate("Severity", SEVERITY_LABELS[Severity(severity)])


def severity_colours(severity: str) -> tuple[QColor, QColor]:
    """(text, background) colours of ``severity``."""
    text, background = SEVERITY_COLOURS.get(severity, _UNKNOWN_COLOURS)
    return QColor(text), QColor(background)


def severity_style(severity: str) -> str:
    """A style sheet for a small coloured badge of ``severity``."""
    text, background = SEVERITY_COLOURS.get(severity, _UNKNOWN_COLOURS)
    return (
        f"color: {text}; background: {background}; border-radius: 3px; "
        "padding: 1px 6px; font-weight: bold;"
    )


def status_label(status: str) -> str:
    """Planned / Done / Cancelled, translated."""
    label = STATUS_LABELS.get(status)
    return status if label is None else QCoreApplication.translate("VisitStatus", label)


def problem_text(problem: Problem) -> str:
    """A problem of :class:`~app.visits.service.VisitService`, translated."""
    return QCoreApplication.translate("Visit", problem.template).format(**problem.params)


def today_text(text: TodayText) -> str:
    """A line of the Today summary (an inspection's reason), translated."""
    return QCoreApplication.translate(text.context, text.template).format(**text.params)


def reason_text(reason: Reason) -> str:
    """Why an inspection is due, translated."""
    return QCoreApplication.translate("Inspection", reason.template).format(**reason.params)


def _templated(error: BaseException) -> str | None:
    """The translated text of an error carrying ``context``, ``template`` and ``params``."""
    template = getattr(error, "template", None)
    context = getattr(error, "context", None)
    params = getattr(error, "params", None)
    if not isinstance(template, str) or not isinstance(context, str):
        return None
    values = dict(params or {})
    if "name_zh" in values and "name" in values and chinese_ui():
        values["name"] = values["name_zh"]  # a check named in the UI's language
    return QCoreApplication.translate(context, template).format(**values)


def error_text(error: BaseException) -> str:
    """A translated message for an error of the visit, alert, follow-up or file services."""
    from app.visits.service import InvalidVisitError

    if isinstance(error, InvalidVisitError):
        return "\n".join(problem_text(p) for p in error.problems)
    text = _templated(error)
    if text is not None:
        return text
    if isinstance(error, KeyError):
        return QCoreApplication.translate("VisitTexts", "It was deleted meanwhile.")
    return QCoreApplication.translate("VisitTexts", "Something went wrong: {error}").format(
        error=error
    )


def local_time_text(value: datetime | None, zone: ZoneInfo = RM_TIME_ZONE) -> str:
    """``2026-03-02 09:30`` in the RM's zone ("" for None)."""
    if value is None:
        return ""
    return value.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def local_clock_text(value: datetime | None, zone: ZoneInfo = RM_TIME_ZONE) -> str:
    """``09:30`` in the RM's zone ("" for None)."""
    return "" if value is None else value.astimezone(zone).strftime("%H:%M")


def date_text(value: date | None) -> str:
    """``2026-03-02`` ("" for None)."""
    return "" if value is None else value.isoformat()


def names_text(names: tuple[str, ...] | list[str]) -> str:
    """Attendees as typed into the field: ``"张三, 李四"``."""
    return ", ".join(names)
