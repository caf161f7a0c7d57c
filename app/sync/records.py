"""The synced tables as the engine sees them: wire ↔ column conversions, children, pending.

Conversions go wire value → Python value (the model's type) → the value SQLite
stores (SQLAlchemy's own bind processors), so rows written by the engine with
plain ``executemany`` are exactly what the ORM would have written.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Date,
    Integer,
    Numeric,
    Select,
    Table,
    func,
    literal_column,
    select,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import Column

from app.sync_wire import ENTITIES
from db import models
from db.models import Money, OutboxEntry, SyncConflict, SyncRejected, UtcDateTime
from db.wire import to_wire

Key = tuple[str, str]
Convert = Callable[[Any], Any]

#: Bookkeeping columns the engine sets itself.
BOOKKEEPING = frozenset({"id", "server_version", "updated_at", "updated_by"})


def _identity(value: Any) -> Any:
    return value


def _money(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def _decimal(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _datetime(value: Any) -> datetime | None:
    if value is None:
        return None
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _int(value: Any) -> int | None:
    return None if value is None else int(value)


def from_wire_function(column: Column[Any]) -> Convert:
    """Wire value → the Python value of ``column``'s type."""
    column_type = column.type
    if isinstance(column_type, Money):
        return _money
    if isinstance(column_type, UtcDateTime):
        return _datetime
    if isinstance(column_type, Boolean):
        return _bool
    if isinstance(column_type, Integer):
        return _int
    if isinstance(column_type, Numeric):
        return _decimal
    if isinstance(column_type, Date):
        return _date
    return _identity


@dataclass(frozen=True)
class ColumnPlan:
    """One column: wire → Python, Python → stored value, and the default when absent."""

    name: str
    from_wire: Convert
    to_db: Convert
    from_db: Convert
    default: Callable[[], Any]
    json: bool
    #: "none", "stable" (a constant, or an empty list or dict) or "dynamic" (e.g. the time).
    default_kind: str = "none"
    #: Wire value → stored value in one step (None: the value is stored as it comes).
    wire_to_db: Convert | None = None


@dataclass(frozen=True)
class EntityPlan:
    """One synced table."""

    name: str
    model: type[models.Syncable]
    table: Table
    columns: Mapping[str, ColumnPlan]
    #: Fields recomputed locally (never sent, never pulled).
    local: frozenset[str]
    #: (field, value) once stored the record is final (only bookkeeping may change).
    final_when: tuple[str, str] | None

    def python(self, data: Mapping[str, Any]) -> dict[str, Any]:
        """Wire data → Python values for the columns this table has."""
        columns = self.columns
        return {
            name: columns[name].from_wire(value) for name, value in data.items() if name in columns
        }

    def same(self, field: str, a: Any, b: Any) -> bool:
        """Whether two wire values of ``field`` mean the same value."""
        plan = self.columns.get(field)
        if plan is None:
            return bool(a == b)
        try:
            return bool(plan.from_wire(a) == plan.from_wire(b))
        except (ValueError, ArithmeticError, TypeError):
            return bool(a == b)

    def wire(self, field: str, value: Any) -> Any:
        """A column's Python value as a wire value."""
        return to_wire(value)


def _default(column: Column[Any]) -> Callable[[], Any]:
    default = column.default
    if default is None:
        return lambda: None
    arg = getattr(default, "arg", None)
    if callable(arg):
        return lambda: arg(None)
    return lambda: arg


def _default_kind(column: Column[Any]) -> str:
    default = column.default
    if default is None:
        return "none"
    arg = getattr(default, "arg", None)
    if not callable(arg):
        return "stable" if arg is not None else "none"
    try:
        value = arg(None)
    except Exception:
        return "dynamic"
    return "stable" if isinstance(value, list | dict) and not value else "dynamic"


def _compose(from_wire: Convert, bind: Any) -> Convert | None:
    if from_wire is _identity and bind is None:
        return None
    if from_wire is _identity:
        return bind  # type: ignore[no-any-return]
    if bind is None:
        return from_wire

    def convert(value: Any) -> Any:
        return bind(from_wire(value))

    return convert


def _processor(function: Any) -> Convert:
    return function if function is not None else _identity


@cache
def plans(dialect_name: str = "sqlite") -> dict[str, EntityPlan]:
    """Every synced table's plan, by entity name."""
    from sqlalchemy.dialects.sqlite import pysqlite

    dialect: Dialect = pysqlite.dialect()
    found: dict[str, EntityPlan] = {}
    for mapper in models.Base.registry.mappers:
        model = mapper.class_
        if not issubclass(model, models.Syncable):
            continue
        table = model.__table__  # type: ignore[attr-defined]
        columns: dict[str, ColumnPlan] = {}
        for column in table.columns:
            is_json = column.type.__class__.__name__ == "JSON"
            from_wire = from_wire_function(column)
            impl = column.type.dialect_impl(dialect)
            bind = impl.bind_processor(dialect)
            columns[column.name] = ColumnPlan(
                name=column.name,
                from_wire=from_wire,
                to_db=_processor(bind),
                wire_to_db=_compose(from_wire, bind),
                from_db=_identity if is_json else _processor(impl.result_processor(dialect, None)),
                default=_default(column),
                json=is_json,
                default_kind=_default_kind(column),
            )
        found[table.name] = EntityPlan(
            name=table.name,
            model=model,
            table=table,
            columns=columns,
            local=frozenset(model.__local_fields__),
            final_when=model.__immutable_when__,
        )
    missing = set(ENTITIES) - set(found)
    assert not missing, f"no local table for {missing}"
    return {name: found[name] for name in ENTITIES}


def plan(entity: str) -> EntityPlan:
    """The plan of ``entity`` (KeyError if it is not synced)."""
    return plans()[entity]


#: Tables with a customer_id column, and the ones reached through a parent.
VIA_PARENT = {"checklist_items": ("application_id", "applications"),
              "attachments": ("document_id", "documents")}  # fmt: skip


def customer_of(session: Session, entity: str, entity_id: str) -> str | None:
    """The customer a local record belongs to (None if unknown here)."""
    if entity == "customers":
        return entity_id
    if entity in VIA_PARENT:
        field, parent = VIA_PARENT[entity]
        model = plan(entity).model
        parent_id = session.scalar(select(getattr(model, field)).where(model.id == entity_id))
        return None if parent_id is None else customer_of(session, parent, parent_id)
    table = plan(entity).table
    if "customer_id" not in table.c:  # owner-scoped records (segments, plans)
        return None
    found: str | None = session.scalar(select(table.c.customer_id).where(table.c.id == entity_id))
    return found


def among(column: Any, values: Iterable[Any]) -> ColumnElement[bool]:
    """``column IN (values)`` with the values as one JSON parameter (cheap for many values)."""
    items: Select[Any] = select(literal_column("value")).select_from(
        func.json_each(json.dumps(list(values)))
    )
    result: ColumnElement[bool] = column.in_(items)
    return result


def _anything_pending(session: Session) -> bool:
    """Whether any local change waits (outbox, conflict or refusal), in one cheap query."""
    queries = [
        select(OutboxEntry.seq).limit(1),
        select(SyncConflict.id).limit(1),
        select(SyncRejected.id).where(SyncRejected.merged_into.is_(None)).limit(1),
    ]
    return any(session.execute(query).first() is not None for query in queries)


def pending_fields(session: Session, keys: Iterable[Key]) -> dict[Key, set[str]]:
    """Fields of each record with unsent, conflicting or rejected local changes."""
    if not _anything_pending(session):  # e.g. a first sync: no per-record queries
        return {}
    wanted = set(keys)
    ids = sorted({entity_id for _entity, entity_id in wanted})
    result: dict[Key, set[str]] = {}
    for start in range(0, len(ids), 20_000):
        chunk = ids[start : start + 20_000]
        rows = session.execute(
            select(OutboxEntry.entity, OutboxEntry.entity_id, OutboxEntry.changes).where(
                among(OutboxEntry.entity_id, chunk)
            )
        )
        for entity, entity_id, changes in rows:
            key = (entity, entity_id)
            if key in wanted:
                result.setdefault(key, set()).update(changes or {})
        conflicts = session.execute(
            select(SyncConflict.entity, SyncConflict.entity_id, SyncConflict.field).where(
                among(SyncConflict.entity_id, chunk)
            )
        )
        for entity, entity_id, field in conflicts:
            key = (entity, entity_id)
            if key in wanted:
                result.setdefault(key, set()).add(field)
        rejected = session.execute(
            select(SyncRejected.entity, SyncRejected.entity_id, SyncRejected.changes).where(
                among(SyncRejected.entity_id, chunk), SyncRejected.merged_into.is_(None)
            )
        )
        for entity, entity_id, changes in rejected:
            key = (entity, entity_id)
            if key in wanted:
                result.setdefault(key, set()).update(changes or {})
    return result
