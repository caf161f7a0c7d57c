"""Server-side validation of pushed records, with the client's own rules.

Wire values are type-checked and canonicalised field by field, then each entity's
merged state is checked with the shared code in :mod:`app.validation`,
:mod:`app.identifiers` (through it), :mod:`app.applications` and
:mod:`app.checklist`, so data refused by the client's forms is refused here too,
whichever client sent it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from functools import cache
from typing import Any

from app.applications import ApplicationInput, ApplicationService
from app.attachment_store import DEFAULT_MAX_BYTES, MEDIA_TYPES
from app.catalogue import Catalogue, load_catalogue
from app.checklist import ChecklistError, ItemState, check_transition
from app.customer_profile import (
    SCALAR_FIELDS,
    BankRelationship,
    Contact,
    CustomerProfile,
    OnboardingStatus,
)
from app.segment_plans import plan_problems
from app.segments import segment_problems
from app.sync_wire import SHA256_PATTERN, UUID_PATTERN
from app.validation import (
    FEN,
    MAX_AMOUNT,
    Problem,
    problems_for_completion,
    validate_fields,
)
from app.validation import TEMPLATES as SHARED_TEMPLATES
from server.sync.entities import EntitySpec, FieldSpec
from server.sync.problems import problem

INT_LIMIT = 2**31
BIG_INT_LIMIT = 2**53
MAX_LIST_ITEMS = 100
#: Money fields that may be negative (losses, outflows).
SIGNED_MONEY = frozenset({"net_profit", "operating_cash_flow"})
_UUID = re.compile(UUID_PATTERN)
_SHA256 = re.compile(SHA256_PATTERN)

#: Application statuses the client may set, and the ones it may set them from.
CLIENT_APPLICATION_STATUSES = frozenset({"draft", "ready", "submitted"})
#: Once an application has one of these statuses, only the credit factory changes it.
LOCKED_APPLICATION_STATUSES = frozenset({"submitted", "approved", "declined"})
APPLICATION_STATUSES = CLIENT_APPLICATION_STATUSES | {"approved", "declined", "more_documents"}
APPLICATION_INPUT_FIELDS = (
    "product_code",
    "amount",
    "term_months",
    "purpose",
    "collateral_type",
    "collateral_description",
)
ASSESSMENT_STATUSES = frozenset({"draft", "submitted"})


def today() -> date:
    """The latest date anywhere in China's time zone or east of it (never a false 'future')."""
    return (datetime.now(UTC) + timedelta(hours=14)).date()


def _shared(field: str, code: str, **params: str) -> Problem:
    return Problem(field, code, SHARED_TEMPLATES[code], dict(params))


# --- single values ----------------------------------------------------------------------


def _money(spec: FieldSpec, value: Any) -> tuple[Any, Problem | None]:
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None, problem(spec.name, "type.invalid", expected="an amount as a decimal string")
    try:
        amount = Decimal(str(value).strip())
    except InvalidOperation:
        return None, _shared(spec.name, "amount.invalid")
    if not amount.is_finite():
        return None, _shared(spec.name, "amount.invalid")
    if amount < 0 and spec.name not in SIGNED_MONEY:
        return None, _shared(spec.name, "amount.negative")
    if abs(amount) >= MAX_AMOUNT:
        return None, _shared(spec.name, "amount.too_large", maximum=f"{MAX_AMOUNT:,}")
    if amount != amount.quantize(FEN):
        return None, _shared(spec.name, "amount.precision")
    return str(amount.quantize(FEN)), None


def _decimal(spec: FieldSpec, value: Any) -> tuple[Any, Problem | None]:
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None, problem(spec.name, "type.invalid", expected="a decimal number as text")
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        return None, problem(spec.name, "type.invalid", expected="a decimal number as text")
    if not number.is_finite() or abs(number) >= Decimal(10) ** 8:
        return None, problem(spec.name, "type.invalid", expected="a decimal number below 10⁸")
    return str(number), None


def _date(spec: FieldSpec, value: Any) -> tuple[Any, Problem | None]:
    try:
        if not isinstance(value, str) or len(value) != 10:
            raise ValueError
        return date.fromisoformat(value).isoformat(), None
    except ValueError:
        return None, problem(spec.name, "type.invalid", expected="a date as YYYY-MM-DD")


def _datetime(spec: FieldSpec, value: Any) -> tuple[Any, Problem | None]:
    try:
        if not isinstance(value, str) or len(value) > 40:
            raise ValueError
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None, problem(spec.name, "type.invalid", expected="an ISO 8601 date and time")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(), None


def _text(spec: FieldSpec, value: Any) -> tuple[Any, Problem | None]:
    if not isinstance(value, str):
        return None, problem(spec.name, "type.invalid", expected="text")
    limit = spec.max_length or 0
    if len(value) > limit:
        return None, problem(
            spec.name, "length.too_long", maximum=str(limit), length=str(len(value))
        )
    return value, None


def _int(spec: FieldSpec, value: Any) -> tuple[Any, Problem | None]:
    limit = BIG_INT_LIMIT if spec.name == "size" else INT_LIMIT
    if isinstance(value, bool) or not isinstance(value, int) or abs(value) >= limit:
        return None, problem(spec.name, "type.invalid", expected="a whole number")
    return value, None


def _bool(spec: FieldSpec, value: Any) -> tuple[Any, Problem | None]:
    if not isinstance(value, bool):
        return None, problem(spec.name, "type.invalid", expected="true or false")
    return value, None


def _list(spec: FieldSpec, value: Any) -> tuple[Any, Problem | None]:
    if (
        not isinstance(value, list)
        or len(value) > MAX_LIST_ITEMS
        or not all(isinstance(v, str) and len(v) <= 200 for v in value)
    ):
        return None, problem(spec.name, "type.invalid", expected="a list of short texts")
    return value, None


def _dict(spec: FieldSpec, value: Any) -> tuple[Any, Problem | None]:
    if not isinstance(value, dict):
        return None, problem(spec.name, "type.invalid", expected="an object")
    return value, None


def _ref(spec: FieldSpec, value: Any) -> tuple[Any, Problem | None]:
    if not isinstance(value, str) or not _UUID.match(value):
        return None, problem(spec.name, "type.invalid", expected="a record id (UUID)")
    return value.lower(), None


_CHECKS: dict[str, Callable[[FieldSpec, Any], tuple[Any, Problem | None]]] = {
    "str": _text,
    "text": _text,
    "int": _int,
    "bool": _bool,
    "money": _money,
    "decimal": _decimal,
    "date": _date,
    "datetime": _datetime,
    "list": _list,
    "dict": _dict,
    "ref": _ref,
}


def canonical(spec: FieldSpec, value: Any) -> tuple[Any, Problem | None]:
    """``value`` checked against ``spec`` and in canonical wire form, or a problem."""
    if value is None:
        if spec.nullable:
            return None, None
        return None, problem(spec.name, "field.required")
    return _CHECKS[spec.kind](spec, value)


# --- whole records ----------------------------------------------------------------------


_PROFILE_DEFAULTS = {f.name: f.default for f in dataclasses.fields(CustomerProfile)}


def _profile_value(name: str, value: Any) -> Any:
    if value is None:
        default = _PROFILE_DEFAULTS.get(name)
        return "" if isinstance(default, str) else default
    if name == "registration_date":
        return date.fromisoformat(value)
    if isinstance(_PROFILE_DEFAULTS.get(name), str) and not isinstance(value, str):
        return str(value)
    return Decimal(value) if name in _MONEY_PROFILE_FIELDS else value


_MONEY_PROFILE_FIELDS = frozenset(
    {
        "registered_capital",
        "annual_revenue",
        "total_assets",
        "total_liabilities",
        "requested_exposure",
    }
)


def profile_of(data: Mapping[str, Any]) -> CustomerProfile:
    """The client's :class:`CustomerProfile` of a customer record's wire data."""
    values = {name: _profile_value(name, data.get(name)) for name in SCALAR_FIELDS}
    values["programmes"] = list(data.get("programmes") or [])
    return CustomerProfile(**values)


def _customer(data: Mapping[str, Any], changed: set[str]) -> list[Problem]:
    profile = profile_of(data)
    found = [p for p in validate_fields(profile, today()) if p.field.split(".")[0] in changed]
    if profile.status not in {s.value for s in OnboardingStatus}:
        found.append(_shared("status", "choice.unknown", value=profile.status))
    elif profile.status != OnboardingStatus.DRAFT:
        found += [p for p in problems_for_completion(profile, today()) if p not in found]
    return found


def _child_rows(prefix: str, profile: CustomerProfile) -> list[Problem]:
    rows = validate_fields(profile, today())
    return [
        Problem(p.field.split(".", 2)[2], p.code, p.template, p.params)
        for p in rows
        if p.field.startswith(prefix)
    ]


def _contact(data: Mapping[str, Any], _changed: set[str]) -> list[Problem]:
    contact = Contact(data.get("role") or "", data.get("name") or "", data.get("phone") or "")
    return _child_rows("contacts.", CustomerProfile(contacts=[contact]))


def _bank(data: Mapping[str, Any], _changed: set[str]) -> list[Problem]:
    balance = data.get("balance")
    relationship = BankRelationship(
        data.get("bank") or "",
        data.get("product") or "",
        None if balance is None else Decimal(balance),
    )
    return _child_rows("bank_relationships.", CustomerProfile(bank_relationships=[relationship]))


@cache
def catalogue() -> Catalogue:
    """The bundled product catalogue (the same data the client validates with)."""
    return load_catalogue()


def _application_rules(data: Mapping[str, Any]) -> list[Problem]:
    # ApplicationService.validate reads only the catalogue: no database is needed.
    service = ApplicationService.__new__(ApplicationService)
    service.catalogue = catalogue()
    amount = data.get("amount")
    return service.validate(
        ApplicationInput(
            customer_id=str(data.get("customer_id")),
            product_code=str(data.get("product_code")),
            amount=None if amount is None else Decimal(amount),
            term_months=data.get("term_months"),
            purpose=data.get("purpose") or "",
            collateral_type=data.get("collateral_type") or "none",
            collateral_description=data.get("collateral_description") or "",
        )
    )


def _application(data: Mapping[str, Any], changed: set[str]) -> list[Problem]:
    found: list[Problem] = []
    if data.get("status") not in APPLICATION_STATUSES:
        found.append(problem("status", "choice.unknown", value=str(data.get("status"))))
    if changed & set(APPLICATION_INPUT_FIELDS):
        found += _application_rules(data)
    return found


def _attachment(data: Mapping[str, Any], _changed: set[str]) -> list[Problem]:
    found: list[Problem] = []
    if not _SHA256.match(str(data.get("sha256"))):
        found.append(problem("sha256", "attachment.sha256"))
    size = data.get("size")
    if not isinstance(size, int) or not 0 < size <= DEFAULT_MAX_BYTES:
        found.append(problem("size", "attachment.size", maximum=str(DEFAULT_MAX_BYTES)))
    if data.get("media_type") not in MEDIA_TYPES:
        found.append(problem("media_type", "choice.unknown", value=str(data.get("media_type"))))
    return found


def _checklist_item(data: Mapping[str, Any], _changed: set[str]) -> list[Problem]:
    if data.get("state") not in {s.value for s in ItemState}:
        return [problem("state", "choice.unknown", value=str(data.get("state")))]
    return []


def _assessment(data: Mapping[str, Any], _changed: set[str]) -> list[Problem]:
    if data.get("status") not in ASSESSMENT_STATUSES:
        return [problem("status", "choice.unknown", value=str(data.get("status")))]
    return []


def _segment(data: Mapping[str, Any], _changed: set[str]) -> list[Problem]:
    return segment_problems(data, catalogue())


def _segment_plan(data: Mapping[str, Any], _changed: set[str]) -> list[Problem]:
    return plan_problems(data)


_RULES: dict[str, Callable[[Mapping[str, Any], set[str]], list[Problem]]] = {
    "customers": _customer,
    "customer_contacts": _contact,
    "bank_relationships": _bank,
    "applications": _application,
    "attachments": _attachment,
    "checklist_items": _checklist_item,
    "assessments": _assessment,
    "segments": _segment,
    "segment_plans": _segment_plan,
}


def record_problems(
    spec: EntitySpec,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any],
    changed: set[str],
) -> list[Problem]:
    """What is wrong with the merged record ``after`` (``before``: the stored state)."""
    rule = _RULES.get(spec.name)
    found = [] if rule is None else rule(after, changed)
    if spec.name == "checklist_items" and before is not None and not found:
        try:
            check_transition(
                ItemState(before["state"]),
                ItemState(after["state"]),
                after.get("waive_reason") or "",
            )
        except ChecklistError as exc:
            found.append(Problem("state", "state.transition", exc.template, dict(exc.params)))
    return found
