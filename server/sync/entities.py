"""What the server knows about each synced entity, read off the client's models.

Field names, types, lengths and defaults come from :mod:`db.models` (one source of
truth for both sides); this module adds what only the server decides: how a
record resolves to its customer (scope), which fields the server owns, which
records are final, append-only or read-only.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, Integer, Numeric, String, Text
from sqlalchemy.sql.schema import Column

from app.sync_wire import ENTITIES
from db import models as client
from db.unit_of_work import BOOKKEEPING
from db.wire import to_wire

#: Longest text in a Text column.
MAX_TEXT = 20_000


def _always(_data: Mapping[str, Any]) -> bool:
    return True


def _never(_data: Mapping[str, Any]) -> bool:
    return False


@dataclass(frozen=True)
class FieldSpec:
    """One field of an entity: its wire kind and limits."""

    name: str
    kind: str  # str text int bool money decimal date datetime list dict ref server
    nullable: bool = True
    max_length: int | None = None
    ref: str | None = None  # the entity a reference field points to
    default: Callable[[], Any] | None = None
    required: bool = False


@dataclass(frozen=True)
class EntitySpec:
    """How the server treats one entity."""

    name: str
    fields: Mapping[str, FieldSpec]
    #: The field naming the parent that decides the customer (None: the customer itself).
    parent: str | None = None
    #: Fields only the server sets: a client's value is ignored (server wins).
    server_owned: frozenset[str] = frozenset()
    #: Fields the client derives locally and never sends.
    local: frozenset[str] = frozenset()
    #: No client writes at all (e.g. loans, booked by the bank's core system).
    read_only: bool = False
    #: (field, value): once stored with this value the record never changes again.
    final_when: tuple[str, str] | None = None
    #: Append-only records never conflict: their changes apply field by field.
    never_conflicts: Callable[[Mapping[str, Any]], bool] = field(default=_never)
    #: The field the server sets to the owning RM's username (e.g. ``assigned_rm``).
    owner_field: str | None = None
    #: Audit records (e.g. privacy reveals): created once, never updated or deleted.
    append_only: bool = False

    def references(self) -> dict[str, str]:
        """Reference fields other than the parent: field → entity."""
        return {
            f.name: f.ref
            for f in self.fields.values()
            if f.ref is not None and f.name != self.parent
        }


def _kind(column: Column[Any]) -> tuple[str, int | None]:
    column_type = column.type
    if column.foreign_keys:
        return "ref", 36
    if isinstance(column_type, client.Money):
        return "money", None
    if isinstance(column_type, client.UtcDateTime):
        return "datetime", None
    if isinstance(column_type, Boolean):
        return "bool", None
    if isinstance(column_type, Integer | BigInteger):
        return "int", None
    if isinstance(column_type, Numeric):
        return "decimal", None
    if isinstance(column_type, Date):
        return "date", None
    if isinstance(column_type, Text):
        return "text", MAX_TEXT
    if isinstance(column_type, String):
        return "str", column_type.length
    if isinstance(column_type, JSON):
        return "json", None
    raise TypeError(f"{column}: unsupported column type {column_type!r}")


def _default(column: Column[Any]) -> Callable[[], Any] | None:
    default = column.default
    if default is None:
        return None
    arg = getattr(default, "arg", None)
    if callable(arg):
        return lambda: to_wire(arg(None))
    return lambda: to_wire(arg)


def _fields(model: type[Any], extra: Mapping[str, FieldSpec]) -> dict[str, FieldSpec]:
    result: dict[str, FieldSpec] = {}
    for column in model.__table__.columns:
        if column.name in BOOKKEEPING:
            continue
        kind, length = _kind(column)
        ref = next(iter(column.foreign_keys)).column.table.name if column.foreign_keys else None
        default = _default(column)
        if kind == "json":
            kind = "list" if default is not None and default() == [] else "dict"
        result[column.name] = FieldSpec(
            name=column.name,
            kind=kind,
            nullable=bool(column.nullable),
            max_length=length,
            ref=ref,
            default=default,
            required=not column.nullable and default is None,
        )
    result.update(extra)
    return result


def _server(*names: str) -> dict[str, FieldSpec]:
    return {n: FieldSpec(n, "server") for n in names}


#: Application fields the credit factory writes.
DECISION_FIELDS = (
    "submitted_at",
    "decided_at",
    "decided_by",
    "decision_terms",
    "decision_reason",
    "requested_documents",
)


def _visit_done(data: Mapping[str, Any]) -> bool:
    return data.get("status") == "done"


#: Append-only records: visits once done, attachments (submitted assessments are final).
_NEVER_CONFLICTS: dict[str, Callable[[Mapping[str, Any]], bool]] = {
    "visits": _visit_done,
    "attachments": _always,
}


#: Audit records the client creates and no one may change or delete.
APPEND_ONLY = frozenset({"privacy_reveals"})


#: Fields the server sets to the owning RM: on create (the pusher) and on reassignment.
OWNER_FIELDS = {"customers": "assigned_rm", "segments": "owner", "segment_plans": "owner"}


def _build() -> dict[str, EntitySpec]:
    models: dict[str, type[Any]] = {
        m.__tablename__: m
        for m in (
            client.Customer,
            client.CustomerContact,
            client.BankRelationship,
            client.Application,
            client.ChecklistItem,
            client.Document,
            client.Attachment,
            client.FinancialStatement,
            client.Assessment,
            client.Loan,
            client.Visit,
            client.RiskAlert,
            client.FollowUp,
            client.PrivacyReveal,
            client.Segment,
            client.SegmentPlan,
        )
    }
    assert set(models) == set(ENTITIES), "the wire entities and the client models differ"
    parents = {
        "customers": None,
        "checklist_items": "application_id",
        "attachments": "document_id",
        # Owner-scoped, not customer records: a segment is its own scope (owner RM
        # and branch, see server.sync.pull), its plans are in the segment's scope.
        "segments": None,
        "segment_plans": "segment_id",
    }
    specs: dict[str, EntitySpec] = {}
    for name, model in models.items():
        extra: dict[str, FieldSpec] = {}
        server_owned: set[str] = set()
        owner_field = OWNER_FIELDS.get(name)
        if owner_field is not None:
            server_owned.add(owner_field)
        if name == "applications":
            extra = _server(*DECISION_FIELDS)
            server_owned.update(DECISION_FIELDS)
        fields = _fields(model, extra)
        specs[name] = EntitySpec(
            name=name,
            fields=MappingProxyType(fields),
            parent=parents.get(name, "customer_id"),
            server_owned=frozenset(server_owned),
            local=frozenset(model.__local_fields__),
            read_only=name == "loans",
            final_when=model.__immutable_when__,
            never_conflicts=_NEVER_CONFLICTS.get(name, _never),
            owner_field=owner_field,
            append_only=name in APPEND_ONLY,
        )
    return specs


SPECS: Mapping[str, EntitySpec] = MappingProxyType(_build())
