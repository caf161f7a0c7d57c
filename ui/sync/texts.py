"""Wording of the Sync page: errors, phases, records, fields, values and credit decisions.

Templates from ``app/`` (and the server's problems) are translated in their own
context first and only then filled in, so translators see the placeholders.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLocale

from app.identifiers import is_masked_field, mask_value
from app.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from app.sync.report import SyncProgress

PHASE_LABELS: dict[str, str] = {
    "push": QT_TRANSLATE_NOOP("SyncPhase", "Sending changes"),
    "pull": QT_TRANSLATE_NOOP("SyncPhase", "Receiving changes"),
    "upload": QT_TRANSLATE_NOOP("SyncPhase", "Uploading files"),
    "download": QT_TRANSLATE_NOOP("SyncPhase", "Downloading files"),
    "reference": QT_TRANSLATE_NOOP("SyncPhase", "Refreshing reference data"),
    "done": QT_TRANSLATE_NOOP("SyncPhase", "Finishing"),
}

ENTITY_LABELS: dict[str, str] = {
    "customers": QT_TRANSLATE_NOOP("SyncEntity", "Customer"),
    "customer_contacts": QT_TRANSLATE_NOOP("SyncEntity", "Contact"),
    "bank_relationships": QT_TRANSLATE_NOOP("SyncEntity", "Other bank relationship"),
    "applications": QT_TRANSLATE_NOOP("SyncEntity", "Application"),
    "checklist_items": QT_TRANSLATE_NOOP("SyncEntity", "Checklist item"),
    "documents": QT_TRANSLATE_NOOP("SyncEntity", "Document"),
    "attachments": QT_TRANSLATE_NOOP("SyncEntity", "Attachment"),
    "financial_statements": QT_TRANSLATE_NOOP("SyncEntity", "Financial statement"),
    "assessments": QT_TRANSLATE_NOOP("SyncEntity", "Scorecard"),
    "loans": QT_TRANSLATE_NOOP("SyncEntity", "Loan"),
    "visits": QT_TRANSLATE_NOOP("SyncEntity", "Visit"),
    "risk_alerts": QT_TRANSLATE_NOOP("SyncEntity", "Risk alert"),
    "follow_ups": QT_TRANSLATE_NOOP("SyncEntity", "Follow-up"),
    "privacy_reveals": QT_TRANSLATE_NOOP("SyncEntity", "Reveal of an ID number or phone"),
    "segments": QT_TRANSLATE_NOOP("SyncEntity", "Segment"),
    "segment_plans": QT_TRANSLATE_NOOP("SyncEntity", "Segment plan"),
}

DECISION_LABELS: dict[str, str] = {
    "approved": QT_TRANSLATE_NOOP("SyncDecision", "approved"),
    "declined": QT_TRANSLATE_NOOP("SyncDecision", "declined"),
    "more_documents": QT_TRANSLATE_NOOP("SyncDecision", "more documents requested"),
}

#: Labels of fields outside the customer profile (context "SyncField").
OTHER_FIELD_LABELS: dict[str, str] = {
    "amount": QT_TRANSLATE_NOOP("SyncField", "Amount"),
    "term_months": QT_TRANSLATE_NOOP("SyncField", "Term (months)"),
    "purpose": QT_TRANSLATE_NOOP("SyncField", "Purpose"),
    "product_code": QT_TRANSLATE_NOOP("SyncField", "Product"),
    "collateral_type": QT_TRANSLATE_NOOP("SyncField", "Collateral"),
    "collateral_description": QT_TRANSLATE_NOOP("SyncField", "Collateral description"),
    "status": QT_TRANSLATE_NOOP("SyncField", "Status"),
    "title": QT_TRANSLATE_NOOP("SyncField", "Title"),
    "due_on": QT_TRANSLATE_NOOP("SyncField", "Due date"),
    "note": QT_TRANSLATE_NOOP("SyncField", "Note"),
    "notes": QT_TRANSLATE_NOOP("SyncField", "Notes"),
    "location": QT_TRANSLATE_NOOP("SyncField", "Location"),
    "issued_on": QT_TRANSLATE_NOOP("SyncField", "Issued on"),
    "expires_on": QT_TRANSLATE_NOOP("SyncField", "Expires on"),
    "waive_reason": QT_TRANSLATE_NOOP("SyncField", "Waiver reason"),
    "severity": QT_TRANSLATE_NOOP("SyncField", "Severity"),
    "resolution_note": QT_TRANSLATE_NOOP("SyncField", "Resolution note"),
    "planned_start": QT_TRANSLATE_NOOP("SyncField", "Planned start"),
    "planned_end": QT_TRANSLATE_NOOP("SyncField", "Planned end"),
    "period_end": QT_TRANSLATE_NOOP("SyncField", "Period end"),
    "revenue": QT_TRANSLATE_NOOP("SyncField", "Revenue"),
    "net_profit": QT_TRANSLATE_NOOP("SyncField", "Net profit"),
}

#: Money columns (wire value: yuan as text), shown and edited in 万元.
MONEY_FIELDS = frozenset(
    {
        "registered_capital",
        "annual_revenue",
        "total_assets",
        "total_liabilities",
        "requested_exposure",
        "balance",
        "amount",
        "revenue",
        "net_profit",
        "current_assets",
        "current_liabilities",
        "operating_cash_flow",
        "inventory",
        "receivables",
    }
)

#: Contexts a problem template from the server may come from, tried in order.
PROBLEM_CONTEXTS = (
    "Sync",
    "Validation",
    "Application",
    "Checklist",
    "Attachment",
    "Visit",
    "FollowUp",
    "Validity",
)

_CHILD_LISTS = {"customer_contacts": "contacts", "bank_relationships": "bank_relationships"}


def fill(template: str, params: Mapping[str, Any]) -> str:
    """``template`` with its placeholders filled; as it is if they do not fit."""
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def translated_template(template: str, contexts: tuple[str, ...] = PROBLEM_CONTEXTS) -> str:
    """``template`` in the UI language, from the first context that translates it."""
    for context in contexts:
        text = QCoreApplication.translate(context, template)
        if text != template:
            return text
    return template


def error_text(error: Mapping[str, Any] | None) -> str:
    """A sync error (``SyncError.to_json()``, ``report.error``) in the UI language."""
    if not error:
        return ""
    template = str(error.get("template") or "")
    if not template:
        return str(error.get("message") or "")
    return fill(QCoreApplication.translate("Sync", template), error.get("params") or {})


def problem_text(template: str, params: Mapping[str, Any], message: str = "") -> str:
    """Why the server refused a change, in the UI language (its English message if unknown)."""
    if not template:
        return message
    return fill(translated_template(template), params)


def number(value: int) -> str:
    """A count with the locale's separators."""
    return QLocale().toString(value)


def size_text(size: int) -> str:
    """A byte count as people read it: 1.2 MB."""
    return QLocale().formattedDataSize(size)


def progress_text(progress: SyncProgress) -> str:
    """What a running sync does now: "Sending changes: 120 of 500"."""
    label = PHASE_LABELS.get(progress.phase)
    phase = progress.phase if label is None else QCoreApplication.translate("SyncPhase", label)
    if progress.phase == "done":
        return phase
    if progress.bytes_total:
        return QCoreApplication.translate(
            "SyncTexts", "{phase}: {done} of {total} ({size} of {size_total})"
        ).format(
            phase=phase,
            done=number(progress.done),
            total=number(progress.total or 0),
            size=size_text(progress.bytes_done),
            size_total=size_text(progress.bytes_total),
        )
    if progress.total is None:
        if progress.done:
            return QCoreApplication.translate("SyncTexts", "{phase}: {done} so far").format(
                phase=phase, done=number(progress.done)
            )
        return QCoreApplication.translate("SyncTexts", "{phase}…").format(phase=phase)
    return QCoreApplication.translate("SyncTexts", "{phase}: {done} of {total}").format(
        phase=phase, done=number(progress.done), total=number(progress.total)
    )


def progress_permille(progress: SyncProgress) -> int | None:
    """How far the phase is, 0–1000 (bytes when known); None when nobody knows yet."""
    if progress.bytes_total:
        return min(1000, progress.bytes_done * 1000 // progress.bytes_total)
    if progress.total:
        return min(1000, progress.done * 1000 // progress.total)
    if progress.total == 0:
        return 1000
    return None


def entity_label(entity: str) -> str:
    """Customer / Application / …, translated (an unknown entity as it is)."""
    label = ENTITY_LABELS.get(entity)
    return entity if label is None else QCoreApplication.translate("SyncEntity", label)


def record_text(entity: str, record_id: str, name: str | None) -> str:
    """A record as the RM recognises it: "Application: 杭州恒达机械有限公司"."""
    if name:
        return QCoreApplication.translate("SyncTexts", "{entity}: {name}").format(
            entity=entity_label(entity), name=name
        )
    return QCoreApplication.translate("SyncTexts", "{entity} {id}").format(
        entity=entity_label(entity), id=record_id[:8]
    )


def field_label(entity: str, field: str) -> str:
    """The translated label of a record's field (its name if none is known)."""
    from app.validation import CHILD_FIELD_LABELS, FIELD_LABELS, label_for

    child = _CHILD_LISTS.get(entity)
    if child is not None and f"{child}.{field}" in CHILD_FIELD_LABELS:
        return QCoreApplication.translate("CustomerField", CHILD_FIELD_LABELS[f"{child}.{field}"])
    if field in OTHER_FIELD_LABELS and (entity != "customers" or field not in FIELD_LABELS):
        return QCoreApplication.translate("SyncField", OTHER_FIELD_LABELS[field])
    if field in FIELD_LABELS:
        return QCoreApplication.translate("CustomerField", FIELD_LABELS[field])
    if "." in field:
        try:
            return QCoreApplication.translate("CustomerField", label_for(field))
        except KeyError:
            pass
    return field.replace("_", " ")


def _money_value(value: Any) -> str | None:
    from ui.onboarding.texts import money_text

    try:
        return money_text(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return None


def _coded_value(field: str, value: str) -> str | None:
    from ui.onboarding.texts import credit_type_label, industry_text, ownership_label

    if field == "ownership_type":
        return ownership_label(value)
    if field == "credit_type":
        return credit_type_label(value)
    if field == "industry_code":
        return industry_text(value)
    return None


def value_text(field: str, value: Any, reveal: bool = False) -> str:
    """A field's wire value as the RM reads it (money in 万元, codes by name).

    ID numbers and phones are masked unless ``reveal`` (see :mod:`app.privacy`).
    """
    if value is None or value == "" or value == []:
        return QCoreApplication.translate("SyncTexts", "(empty)")
    if is_masked_field(field) and isinstance(value, str) and not reveal:
        return mask_value(field, value)
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("SyncTexts", "Yes")
            if value
            else QCoreApplication.translate("SyncTexts", "No")
        )
    if field in MONEY_FIELDS:
        money = _money_value(value)
        if money is not None:
            return money
    if isinstance(value, int):
        return number(value)
    if isinstance(value, list):
        return QCoreApplication.translate("SyncTexts", ", ").join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    text = str(value)
    coded = _coded_value(field, text)
    if coded:
        return coded
    if field.endswith(("_at", "_start", "_end")) and "T" in text:
        return time_text(text) or text
    return text


def decision_label(status: str) -> str:
    """approved / declined / more documents requested, translated."""
    label = DECISION_LABELS.get(status)
    return status if label is None else QCoreApplication.translate("SyncDecision", label)


def decision_text(customer: str | None, status: str) -> str:
    """A credit decision as a notification: "Application of 杭州恒达机械有限公司: approved"."""
    if customer:
        return QCoreApplication.translate(
            "SyncTexts", "Application of {customer}: {status}"
        ).format(customer=customer, status=decision_label(status))
    return QCoreApplication.translate("SyncTexts", "Application: {status}").format(
        status=decision_label(status)
    )


def time_text(iso: str | None) -> str:
    """An ISO 8601 instant in the RM's zone: ``2026-03-02 18:05`` ("" if unreadable)."""
    if not iso:
        return ""
    from app.visits.times import RM_TIME_ZONE

    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return ""
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%d %H:%M")
    return moment.astimezone(RM_TIME_ZONE).strftime("%Y-%m-%d %H:%M")
