"""Wording of the application screens: states, statuses, products, items and problems.

Product, group and item names come from the catalogue in both languages: the
Chinese name in a Chinese UI, the English one otherwise. Templates from
``app/`` are translated in their own context and only then filled in.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from app.catalogue import COLLATERAL_TYPES
from app.checklist import ChecklistError, EffectiveState
from ui.onboarding.texts import chinese_ui

if TYPE_CHECKING:
    from app.attachment_store import AttachmentError
    from app.catalogue import Catalogue, ItemTemplate, Product
    from app.checklist_rules import Validity
    from app.validation import Problem

STATE_LABELS: dict[EffectiveState, str] = {
    EffectiveState.MISSING: QT_TRANSLATE_NOOP("ChecklistState", "Missing"),
    EffectiveState.RECEIVED: QT_TRANSLATE_NOOP("ChecklistState", "Received"),
    EffectiveState.VERIFIED: QT_TRANSLATE_NOOP("ChecklistState", "Verified"),
    EffectiveState.WAIVED: QT_TRANSLATE_NOOP("ChecklistState", "Waived"),
    EffectiveState.EXPIRED: QT_TRANSLATE_NOOP("ChecklistState", "Expired"),
}

STATUS_LABELS: dict[str, str] = {
    "draft": QT_TRANSLATE_NOOP("ApplicationStatus", "Draft"),
    "ready": QT_TRANSLATE_NOOP("ApplicationStatus", "Ready to submit"),
    "submitted": QT_TRANSLATE_NOOP("ApplicationStatus", "Submitted"),
}


def state_label(state: EffectiveState | str) -> str:
    """Missing / Received / Verified / Waived / Expired, translated."""
    label = STATE_LABELS.get(EffectiveState(state))
    return str(state) if label is None else QCoreApplication.translate("ChecklistState", label)


def status_label(status: str) -> str:
    """Draft / Ready to submit / Submitted, translated (an unknown status as it is)."""
    label = STATUS_LABELS.get(status)
    return status if label is None else QCoreApplication.translate("ApplicationStatus", label)


def collateral_label(code: str) -> str:
    """The translated name of a collateral type."""
    label = COLLATERAL_TYPES.get(code)
    return code if label is None else QCoreApplication.translate("Collateral", label)


def product_name(product: Product | None, code: str = "") -> str:
    """The product's name in the UI language (its code if the catalogue lacks it)."""
    if product is None:
        return code
    return product.name_zh if chinese_ui() else product.name_en


def product_name_of(catalogue: Catalogue, code: str) -> str:
    """The name of product ``code`` in the UI language."""
    return product_name(catalogue.products.get(code), code)


def item_name(template: ItemTemplate | None, code: str = "") -> str:
    """A checklist item's name in the UI language."""
    if template is None:
        return code
    return template.name_zh if chinese_ui() else template.name_en


def item_name_of(catalogue: Catalogue, code: str) -> str:
    """The name of checklist item ``code`` in the UI language."""
    return item_name(catalogue.items.get(code), code)


def item_hint(template: ItemTemplate | None) -> str:
    """What the item asks for, in the UI language."""
    if template is None:
        return ""
    return template.hint_zh if chinese_ui() else template.hint_en


def group_name(catalogue: Catalogue, code: str) -> str:
    """A checklist group's name in the UI language."""
    group = catalogue.groups.get(code)
    if group is None:
        return code
    return group.name_zh if chinese_ui() else group.name_en


def names_list(names: Iterable[str]) -> str:
    """Names joined as lists are written: "A、B、C" in Chinese, "A, B, C" in English."""
    return ("、" if chinese_ui() else ", ").join(names)


def application_problem_text(problem: Problem) -> str:
    """A problem of :meth:`ApplicationService.validate`, translated."""
    return QCoreApplication.translate("Application", problem.template).format(**problem.params)


def checklist_error_text(error: ChecklistError) -> str:
    """A refused checklist change, translated (states by their translated names)."""
    params = dict(error.params)
    for key in ("current", "target"):
        if key in params and params[key] in set(EffectiveState):
            params[key] = state_label(params[key])
    return QCoreApplication.translate("Checklist", error.template).format(**params)


def attachment_error_text(error: AttachmentError) -> str:
    """Why a file was refused, translated."""
    return QCoreApplication.translate(error.context, error.template).format(**error.params)


def validity_text(validity: Validity) -> str:
    """Whether a document's dates make it valid, translated."""
    params = dict(validity.params)
    return QCoreApplication.translate("Validity", validity.template).format(**params)


def error_text(error: BaseException) -> str:
    """A translated message for an error of the application services."""
    from app.attachment_store import AttachmentError

    if isinstance(error, AttachmentError):
        return attachment_error_text(error)
    if isinstance(error, ChecklistError):
        return checklist_error_text(error)
    if isinstance(error, KeyError):
        return QCoreApplication.translate("ApplicationTexts", "It was deleted meanwhile.")
    return QCoreApplication.translate("ApplicationTexts", "Something went wrong: {error}").format(
        error=error
    )


def percent_text(percent: int) -> str:
    """``85%``, the number as the locale writes it."""
    return f"{QLocale().toString(percent)}%"
