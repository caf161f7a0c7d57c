"""The facts a packet prints, and the packet data: their canonical JSON and its SHA-256.

:func:`load_packet_facts` reads everything with the real services.
:func:`packet_data` turns the facts into plain JSON values (codes, not words;
Decimal as strings; dates ISO; times UTC), independent of the language and of
the attachments option, so the branch can recompute the same digest from the
synced records and check that a paper packet matches them. ID numbers enter the
data as printed (masked unless ``full_ids``). Rules the branch must follow:
checklist items that apply, in checklist order; visits not cancelled, latest
:data:`MAX_VISITS` first; open alerts, worst first; up to three statements,
latest first; the customer's latest submitted assessment.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.alerts import AlertService, AlertView
from app.applications import ApplicationService, ApplicationView, ItemView
from app.assessments import AssessmentService, AssessmentView
from app.attachment_store import AttachmentStore
from app.catalogue import Catalogue, ChecklistGroup
from app.classification import SizeResult, classify
from app.customer_profile import CustomerProfile
from app.customers import CustomerService
from app.eligibility import Eligibility, assess_eligibility
from app.money import yuan_to_wan
from app.scoring.model import decimal_text
from app.scoring.ratios import STATEMENT_FIELDS, Statement, compute_ratios
from app.visits.service import VisitService, VisitView
from app.visits.types import VisitStatus
from db.database import Database

#: Packet data format; part of the digest.
DATA_FORMAT = "rmdesk.packet/1"
#: At most this many visits are printed (the latest ones).
MAX_VISITS = 10
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class PacketFacts:
    """Everything a packet prints about one application, as of ``as_of``."""

    application: ApplicationView
    customer: CustomerProfile
    size: SizeResult
    eligibility: Eligibility
    statements: tuple[Statement, ...]
    ratios: Mapping[str, Decimal | None]
    assessment: AssessmentView | None
    #: The assessment's model name (zh, en), when the model is known.
    model_name: tuple[str, str] | None
    visits: tuple[VisitView, ...]
    #: How many visits (not cancelled) the customer has; ``visits`` holds the latest.
    visit_count: int
    #: Visit type code → (zh, en) names.
    visit_types: Mapping[str, tuple[str, str]]
    alerts: tuple[AlertView, ...]
    groups: Mapping[str, ChecklistGroup]
    rm: str
    as_of: date
    #: Attachment SHA-256 → where its file is on this device.
    blob_paths: Mapping[str, Path] = field(default_factory=dict)

    @property
    def items(self) -> tuple[ItemView, ...]:
        """The checklist items that apply, in checklist order."""
        return tuple(i for i in self.application.items if i.applicable)


def short_id(application_id: str) -> str:
    """The application number as people say it: the id's first 8 characters, ``"1A2B-3C4D"``."""
    head = application_id.replace("-", "")[:8].upper()
    return f"{head[:4]}-{head[4:]}" if len(head) > 4 else head


def mask_id_number(value: str, keep: int = 4) -> str:
    """An ID number with all but its last ``keep`` characters replaced by ``*``."""
    text = value.strip()
    if len(text) <= keep:
        return "*" * len(text)
    return "*" * (len(text) - keep) + text[-keep:]


def load_packet_facts(
    database: Database,
    actor: str,
    store: AttachmentStore,
    application_id: str,
    today: date | None = None,
    catalogue: Catalogue | None = None,
) -> PacketFacts:
    """Read the facts of application ``application_id`` (KeyError if there is none)."""
    day = today or date.today()
    applications = ApplicationService(database, actor, store, catalogue)
    application = applications.load(application_id, day)
    customer = CustomerService(database, actor).load(application.customer_id)
    assessments = AssessmentService(database, actor)
    statements = tuple(assessments.statements(customer.id or ""))
    assessment = assessments.latest(application.customer_id)
    model_name: tuple[str, str] | None = None
    if assessment is not None:
        try:
            model = assessments.model_of(assessment)
            model_name = (model.name_zh, model.name_en)
        except KeyError:
            model_name = None
    visits_service = VisitService(database, actor, store)
    summaries = [
        v for v in visits_service.list(application.customer_id) if v.status != VisitStatus.CANCELLED
    ]
    summaries.sort(key=lambda v: (v.start or datetime.min.replace(tzinfo=UTC), v.id), reverse=True)
    visits = tuple(visits_service.load(v.id) for v in summaries[:MAX_VISITS])
    visit_types = {
        str(code): (t.name_zh, t.name_en) for code, t in visits_service.templates.types.items()
    }
    alerts = tuple(AlertService(database, actor).open_alerts(application.customer_id))
    blob_paths: dict[str, Path] = {}
    for item in application.items:
        if item.applicable and item.document is not None:
            for a in item.document.attachments:
                try:
                    blob_paths[a.sha256] = store.path_of(a.sha256)
                except ValueError:  # not a digest (bad synced data): treated as absent
                    continue
    return PacketFacts(
        application=application,
        customer=customer,
        size=size_of(customer),
        eligibility=assess_eligibility(
            customer.registered_in_prc,
            customer.credit_type,
            customer.total_assets,
            customer.requested_exposure,
        ),
        statements=statements,
        ratios=compute_ratios(statements),
        assessment=assessment,
        model_name=model_name,
        visits=visits,
        visit_count=len(summaries),
        visit_types=visit_types,
        alerts=alerts,
        groups=applications.catalogue.groups,
        rm=customer.assigned_rm or actor,
        as_of=day,
        blob_paths=blob_paths,
    )


def size_of(customer: CustomerProfile) -> SizeResult:
    """The customer's enterprise size with the rule behind it."""
    return classify(
        customer.industry_code or None,
        customer.employees,
        None if customer.annual_revenue is None else yuan_to_wan(customer.annual_revenue),
        None if customer.total_assets is None else yuan_to_wan(customer.total_assets),
    )


# The packet data -----------------------------------------------------------------------


def _money(value: Decimal | None) -> str | None:
    return None if value is None else format(value.quantize(_CENT), "f")


def _number(value: Decimal | None) -> str | None:
    return None if value is None else decimal_text(value)


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _time(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _customer(c: CustomerProfile, full_ids: bool) -> dict[str, Any]:
    id_number = c.legal_rep_id_number if full_ids else mask_id_number(c.legal_rep_id_number)
    return {
        "id": c.id,
        "name": c.name,
        "uscc": c.uscc,
        "registration_date": _day(c.registration_date),
        "province": c.province,
        "city": c.city,
        "district": c.district,
        "address": c.address,
        "registered_in_prc": c.registered_in_prc,
        "registered_capital": _money(c.registered_capital),
        "ownership_type": c.ownership_type,
        "industry_code": c.industry_code,
        "employees": c.employees,
        "annual_revenue": _money(c.annual_revenue),
        "total_assets": _money(c.total_assets),
        "total_liabilities": _money(c.total_liabilities),
        "legal_rep_name": c.legal_rep_name,
        "legal_rep_id_number": id_number,
        "legal_rep_mobile": c.legal_rep_mobile,
        "requested_exposure": _money(c.requested_exposure),
        "credit_type": c.credit_type,
        "segment": c.segment,
        "assigned_rm": c.assigned_rm,
        "status": c.status,
        "contacts": [{"role": x.role, "name": x.name, "phone": x.phone} for x in c.contacts],
        "bank_relationships": [
            {"bank": b.bank, "product": b.product, "balance": _money(b.balance)}
            for b in c.bank_relationships
        ],
    }


def _application(view: ApplicationView) -> dict[str, Any]:
    return {
        "id": view.id,
        "product_code": view.product_code,
        "amount": _money(view.amount),
        "term_months": view.term_months,
        "purpose": view.purpose,
        "collateral_type": view.collateral_type,
        "collateral_description": view.collateral_description,
        "status": view.status,
        "completeness": view.completeness,
    }


def _item(item: ItemView) -> dict[str, Any]:
    document = item.document
    validity = item.validity
    return {
        "code": item.code,
        "required": item.required,
        "state": item.effective.value,
        "waive_reason": item.waive_reason,
        "issued_on": _day(None if document is None else document.issued_on),
        "expires_on": _day(None if document is None else document.expires_on),
        "valid_until": _day(None if validity is None else validity.valid_until),
        "attachments": [] if document is None else [a.sha256 for a in document.attachments],
    }


def _assessment(view: AssessmentView | None) -> dict[str, Any] | None:
    if view is None:
        return None
    outputs = view.outputs
    return {
        "id": view.id,
        "model_id": view.model_id,
        "model_version": view.model_version,
        "score": _number(view.score),
        "grade": view.grade,
        "submitted_at": _time(view.submitted_at),
        "partial_scores": [
            {
                "characteristic": p.get("characteristic"),
                "points": p.get("points"),
                "bin": p.get("bin"),
                "reason_code": p.get("reason_code"),
            }
            for p in outputs.get("partial_scores", [])
        ],
        "reason_codes": [
            {"rank": r.get("rank"), "code": r.get("code"), "gap": r.get("gap")}
            for r in outputs.get("reason_codes", [])
        ],
    }


def _visit(view: VisitView) -> dict[str, Any]:
    return {
        "id": view.id,
        "type": view.visit_type,
        "status": view.status,
        "start": _time(view.start),
        "end": _time(view.end),
        "location": view.location,
        "purpose": view.purpose,
        "notes": view.notes,
        "attendees_bank": list(view.attendees_bank),
        "attendees_customer": list(view.attendees_customer),
        "signals": list(view.signals),
    }


def _alert(view: AlertView) -> dict[str, Any]:
    return {
        "id": view.id,
        "signal_code": view.signal_code,
        "severity": view.severity,
        "raised_at": _time(view.raised_at),
        "note": view.note,
    }


def packet_data(facts: PacketFacts, full_ids: bool = False) -> dict[str, Any]:
    """The packet data: the facts printed, as plain JSON values (see the module docstring)."""
    return {
        "format": DATA_FORMAT,
        "as_of": facts.as_of.isoformat(),
        "rm": facts.rm,
        "id_numbers": "full" if full_ids else "masked",
        "application": _application(facts.application),
        "customer": _customer(facts.customer, full_ids),
        "size": {
            "size": None if facts.size.size is None else facts.size.size.value,
            "row": facts.size.row_id,
            "rule": facts.size.text(),
        },
        "eligibility": {
            "eligible": facts.eligibility.eligible,
            "credit_type": facts.eligibility.credit_type.value,
            "checks": [
                {"id": c.id.value, "status": c.status.value, "reason": c.text()}
                for c in facts.eligibility.checks
            ],
        },
        "statements": [
            {
                "period_end": s.period_end.isoformat(),
                "audited": s.audited,
                **{name: _money(getattr(s, name)) for name in STATEMENT_FIELDS},
            }
            for s in facts.statements
        ],
        "ratios": {name: _number(value) for name, value in facts.ratios.items()},
        "assessment": _assessment(facts.assessment),
        "checklist": [_item(i) for i in facts.items],
        "visits": [_visit(v) for v in facts.visits],
        "alerts": [_alert(a) for a in facts.alerts],
    }


def canonical_json(data: Mapping[str, Any]) -> bytes:
    """``data`` as canonical JSON: sorted keys, no spaces, UTF-8, Decimal as strings."""

    def default(value: object) -> str:
        if isinstance(value, Decimal):
            return decimal_text(value)
        if isinstance(value, datetime):
            return _time(value) or ""
        if isinstance(value, date):
            return value.isoformat()
        raise TypeError(f"not JSON: {value!r}")

    text = json.dumps(
        data, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=default
    )
    return text.encode("utf-8")


def data_sha256(data: Mapping[str, Any]) -> str:
    """The SHA-256 (hex) of the canonical JSON of ``data``."""
    return hashlib.sha256(canonical_json(data)).hexdigest()
