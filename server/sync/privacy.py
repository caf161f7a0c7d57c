"""Privacy in the server's audit log: which values a change event keeps, and reveals.

**Change events.** ``sync.create``, ``sync.update``, ``sync.delete`` and
``credit.decision`` events say who (``username``, ``device_id``), when (``at``),
what (``entity``, ``entity_id``, ``mutation_id``, ``version``) and which fields
changed, but keep a field's new value only when it is not personal data. The
audit log is append-only and can never be cleaned, so names, ID numbers,
phones, addresses and free text stay in the record store (where a customer's
data can be corrected or purged) and not here. :data:`AUDIT_VALUES` decides,
field by field, whether the value is kept in clear (codes, statuses, amounts,
dates, staff usernames), masked the way the client shows it
(:data:`app.identifiers.MASKED_FIELDS`: ``1101**********002X``,
``138****1234``) or withheld. A field it does not name is kept in clear only if
it is a number, amount, flag, date or reference; any other is withheld, so a new
text column never leaks into the log before someone decides about it. The
detail of a change event::

    {"fields": ["city", "legal_rep_id_number", "name"],   # every field changed
     "changes": {"city": "杭州", "legal_rep_id_number": "1101**********002X"},
     "masked": ["legal_rep_id_number"]}                     # only when any is masked

A field in ``fields`` but not in ``changes`` changed to a value that was
withheld. A cleared value (None or empty) is kept as it is: it tells nothing.

**Reveals.** A client records each time someone shows a masked ID number or
phone in full (entity ``privacy_reveals``, append-only). Besides the
``sync.create`` event every applied mutation gets, the push writes a
``privacy.reveal`` event on the customer, so the bank finds every reveal of a
customer's data in one place::

    SELECT at, username, device_id, detail FROM audit_events
    WHERE action = 'privacy.reveal' AND entity_id = :customer_id
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

from app.identifiers import MASKED_FIELDS
from server.sync.entities import SPECS

#: A value in clear.
CLEAR: Final = "clear"
#: A value masked as the client shows it (the field must be in ``MASKED_FIELDS``).
MASKED: Final = "masked"
#: No value: only that the field changed.
WITHHELD: Final = "withheld"

#: How a field's value goes into the audit log: one of the three above, or for a
#: JSON object the keys kept in clear (the other keys are left out).
Rule = str | frozenset[str]

#: Field kinds (see :class:`server.sync.entities.FieldSpec`) whose values are never
#: personal data: kept in clear unless :data:`AUDIT_VALUES` says otherwise.
NOT_PERSONAL_KINDS = frozenset({"int", "bool", "money", "decimal", "date", "datetime", "ref"})

C, M, W = CLEAR, MASKED, WITHHELD

#: Per entity, every field that holds text, a list or an object (and any other
#: field that needs a rule): what the audit log keeps of its value. The one place
#: that says which synced values are personal data as far as the audit log goes.
AUDIT_VALUES: Mapping[str, Mapping[str, Rule]] = {
    "customers": {
        # The name may be a person's (个体工商户); the USCC of a sole trader too. The
        # record id already says which customer changed.
        "name": W,
        "uscc": W,
        "province": C,
        "city": C,
        "district": C,
        "address": W,
        "ownership_type": C,
        "industry_code": C,
        "legal_rep_name": W,
        "legal_rep_id_number": M,
        "legal_rep_mobile": M,
        "credit_type": C,
        "segment": C,
        "programmes": C,
        "assigned_rm": C,
        "status": C,
    },
    "customer_contacts": {"role": W, "name": W, "phone": M},
    "bank_relationships": {"bank": C, "product": C},
    "applications": {
        "product_code": C,
        "catalogue_version": C,
        "purpose": W,
        "collateral_type": C,
        "collateral_description": W,
        "status": C,
        "submitted_at": C,
        "decided_at": C,
        "decided_by": C,
        "decision_terms": frozenset({"amount", "term_months", "annual_rate"}),  # no conditions
        "decision_reason": W,
        "requested_documents": C,
    },
    "checklist_items": {"item_code": C, "state": C, "waive_reason": W},
    "documents": {"doc_type": C, "title": W},
    "attachments": {"sha256": C, "media_type": C, "original_name": W},
    "financial_statements": {},
    "assessments": {
        "model_id": C,
        "model_version": C,
        "inputs": W,  # text as typed
        "outputs": W,  # repeats the inputs
        "grade": C,
        "status": C,
    },
    "loans": {"product_code": C, "status": C},
    "visits": {
        "visit_type": C,
        "status": C,
        "location": W,
        "attendees_bank": W,
        "attendees_customer": W,
        "purpose": W,
        "notes": W,
        "checks": W,
    },
    "risk_alerts": {
        "signal_code": C,
        "severity": C,
        "note": W,
        "status": C,
        "resolution_note": W,
    },
    "follow_ups": {"title": W, "status": C, "note": W},
    "privacy_reveals": {"field": C, "record_id": C, "context": C, "revealed_by": C},
    "segments": {
        "name": C,
        "segment_type": C,
        "region": C,
        "description": W,
        "core_enterprise_name": W,
        "core_enterprise_uscc": W,
        "core_customer_id": C,
        "risk_controls": W,
        "default_product_code": C,
        "owner": C,
    },
    "segment_plans": {"quarter": C, "owner": C, "status": C, "note": W},
}


def _rules() -> dict[str, dict[str, Rule]]:
    """Every synced field's rule: :data:`AUDIT_VALUES`, else by kind (see module doc)."""
    rules: dict[str, dict[str, Rule]] = {}
    for entity, spec in SPECS.items():
        listed = AUDIT_VALUES.get(entity, {})
        rules[entity] = {
            name: listed.get(name, CLEAR if f.kind in NOT_PERSONAL_KINDS else WITHHELD)
            for name, f in spec.fields.items()
        }
        for name, rule in listed.items():
            if name not in rules[entity]:
                raise ValueError(f"AUDIT_VALUES: {entity} has no field {name}")
            if rule == MASKED and name not in MASKED_FIELDS:
                raise ValueError(f"AUDIT_VALUES: the client does not mask {name}")
    return rules


_RULES = MappingProxyType(_rules())


def audit_changes(entity: str, changes: Mapping[str, Any]) -> dict[str, Any]:
    """The detail of a change event: the fields changed, the values that may be kept."""
    rules = _RULES.get(entity, {})
    kept: dict[str, Any] = {}
    masked: list[str] = []
    for name, value in changes.items():
        rule = rules.get(name, WITHHELD)
        if rule == CLEAR or value is None or value == "":
            if rule != WITHHELD:
                kept[name] = value
        elif rule == MASKED:
            if isinstance(value, str):
                kept[name] = MASKED_FIELDS[name](value)
                masked.append(name)
        elif isinstance(rule, frozenset) and isinstance(value, Mapping):
            kept[name] = {k: v for k, v in value.items() if k in rule}
    detail: dict[str, Any] = {"fields": sorted(changes), "changes": kept}
    if masked:
        detail["masked"] = sorted(masked)
    return detail


#: The entity whose records are reveal events.
REVEALS = "privacy_reveals"
#: The audit action of a reveal.
REVEAL_ACTION = "privacy.reveal"
#: The reveal's fields copied into the event's detail.
_DETAIL = ("field", "record_id", "context", "revealed_by", "revealed_at")


def reveal_event(
    sync_event: dict[str, Any], customer_id: str, data: dict[str, Any]
) -> dict[str, Any]:
    """The ``privacy.reveal`` audit row for an applied reveal, beside its ``sync_event`` row."""
    detail = {name: data.get(name) for name in _DETAIL}
    detail["reveal_id"] = sync_event["entity_id"]
    return {
        **sync_event,
        "action": REVEAL_ACTION,
        "entity": "customers",
        "entity_id": customer_id,
        "detail": detail,
    }
