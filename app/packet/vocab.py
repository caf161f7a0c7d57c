"""Words the UI already translates, by code: ``code → (context, English source)``.

The sources are declared (and marked for translation) in ``ui/``, which ``app/``
must not import; they are repeated here only as keys into the translation file.
``tests/app/test_packet_labels.py`` checks every one still has a translation.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.catalogue import COLLATERAL_TYPES
from app.risk_signals import SEVERITY_LABELS

Source = tuple[str, str]

OWNERSHIP: Mapping[str, Source] = {
    "private": ("Ownership", "Private"),
    "state": ("Ownership", "State-owned"),
    "collective": ("Ownership", "Collective"),
    "foreign": ("Ownership", "Foreign-owned"),
    "hmt": ("Ownership", "Hong Kong, Macao or Taiwan"),
    "joint": ("Ownership", "Sino-foreign joint venture"),
    "individual": ("Ownership", "Individual business"),
    "other": ("Ownership", "Other"),
}
CREDIT_TYPE: Mapping[str, Source] = {
    "new": ("CreditType", "New credit"),
    "renewal": ("CreditType", "Renewal"),
}
SIZE: Mapping[str, Source] = {
    "large": ("EnterpriseSize", "Large"),
    "medium": ("EnterpriseSize", "Medium"),
    "small": ("EnterpriseSize", "Small"),
    "micro": ("EnterpriseSize", "Micro"),
}
ELIGIBLE: Mapping[bool, Source] = {
    True: ("Eligibility", "Eligible"),
    False: ("Eligibility", "Not eligible"),
}
CHECKLIST_STATE: Mapping[str, Source] = {
    "missing": ("ChecklistState", "Missing"),
    "received": ("ChecklistState", "Received"),
    "verified": ("ChecklistState", "Verified"),
    "waived": ("ChecklistState", "Waived"),
    "expired": ("ChecklistState", "Expired"),
}
APPLICATION_STATUS: Mapping[str, Source] = {
    "draft": ("ApplicationStatus", "Draft"),
    "ready": ("ApplicationStatus", "Ready to submit"),
    "submitted": ("ApplicationStatus", "Submitted"),
}
COLLATERAL: Mapping[str, Source] = {
    code: ("Collateral", text) for code, text in COLLATERAL_TYPES.items()
}
SEVERITY: Mapping[str, Source] = {
    severity.value: ("Severity", text) for severity, text in SEVERITY_LABELS.items()
}
#: Profile field names (context ``CustomerField``).
FIELD: Mapping[str, Source] = {
    name: ("CustomerField", text)
    for name, text in {
        "name": "Enterprise name",
        "uscc": "Unified social credit code",
        "registration_date": "Registration date",
        "registered_in_prc": "Registered in the PRC",
        "registered_capital": "Registered capital",
        "ownership_type": "Ownership type",
        "employees": "Employees",
        "annual_revenue": "Annual revenue",
        "total_assets": "Total assets",
        "total_liabilities": "Total liabilities",
        "legal_rep_name": "Legal representative",
        "legal_rep_id_number": "Legal representative's resident ID number",
        "legal_rep_mobile": "Legal representative's mobile",
        "requested_exposure": "Requested credit exposure",
        "credit_type": "Credit type",
        "segment": "Market segment",
        "programmes": "Batch-development programmes",
        "assigned_rm": "Relationship manager",
        "status": "Onboarding status",
        "id": "Customer ID",
        "contact_role": "Contact role",
        "contact_name": "Contact name",
        "contact_phone": "Contact phone",
        "bank": "Bank",
        "product": "Product",
        "balance": "Balance",
    }.items()
}
CUSTOMER_STATUS: Mapping[str, Source] = {
    "draft": ("CustomerStatus", "Draft"),
    "complete": ("CustomerStatus", "Complete"),
    "active": ("CustomerStatus", "Active"),
}

ALL: tuple[Mapping[Any, Source], ...] = (
    OWNERSHIP,
    CREDIT_TYPE,
    SIZE,
    ELIGIBLE,
    CHECKLIST_STATE,
    APPLICATION_STATUS,
    COLLATERAL,
    SEVERITY,
    FIELD,
    CUSTOMER_STATUS,
)
