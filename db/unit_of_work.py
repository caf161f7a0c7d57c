"""Unit of work: every change to a syncable record and its outbox entry, one transaction.

The outbox is written by a ``before_flush`` hook on the session class used by
:class:`UnitOfWork`, so a change cannot reach the database without its entry,
however the caller changed the object. Hard deletes of syncable rows are
refused: deletion is a soft delete that syncs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import TracebackType
from typing import Any, TypeVar

from sqlalchemy import ColumnDefault, event, insert, inspect
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker

from db.changes import ChangeBus, ChangeEvent
from db.models import OutboxEntry, Syncable, new_uuid, utcnow
from db.wire import to_wire

T = TypeVar("T", bound=Syncable)

#: Bookkeeping columns never reported as changed fields.
BOOKKEEPING = frozenset({"id", "server_version", "updated_at", "updated_by"})


class HardDeleteError(RuntimeError):
    """Raised when code tries to hard-delete a syncable record."""


class ImmutableRecordError(RuntimeError):
    """Raised when code changes a record that is final (e.g. a submitted assessment)."""


class TrackedSession(Session):
    """A session whose flushes write the outbox (see module docstring)."""


def _column_keys(obj: Syncable) -> list[str]:
    return [attr.key for attr in inspect(type(obj)).column_attrs]


_DEFAULTS: dict[type[Syncable], list[tuple[str, Callable[[], Any]]]] = {}


def _constant(value: Any) -> Callable[[], Any]:
    return lambda: value


def _called(function: Callable[[Any], Any]) -> Callable[[], Any]:
    return lambda: function(None)  # SQLAlchemy wraps defaults to take an (unused) context


def _python_defaults(model: type[Syncable]) -> list[tuple[str, Callable[[], Any]]]:
    """``(key, make)`` for each column with a Python-side default (applied only at INSERT)."""
    found = _DEFAULTS.get(model)
    if found is None:
        found = []
        for attr in inspect(model).column_attrs:
            default = attr.columns[0].default
            if not isinstance(default, ColumnDefault):
                continue
            if default.is_callable:
                found.append((attr.key, _called(default.arg)))
            elif default.is_scalar:
                found.append((attr.key, _constant(default.arg)))
        _DEFAULTS[model] = found
    return found


def _apply_defaults(obj: Syncable) -> None:
    """Set the column defaults of a new object's unset attributes now, as INSERT would.

    So the outbox payload (built before the INSERT) holds the values stored.
    """
    state = inspect(obj)
    for key, make in _python_defaults(type(obj)):
        if key not in state.dict:
            setattr(obj, key, make())


def _skipped(model: type[Syncable]) -> frozenset[str]:
    """Columns never reported in the outbox: bookkeeping, local and server-owned fields."""
    return BOOKKEEPING | model.__local_fields__ | model.__server_owned__


def _outbox_entry(
    obj: Syncable, op: str, changes: dict[str, Any], actor: str, base_version: int | None
) -> OutboxEntry:
    return OutboxEntry(
        mutation_id=new_uuid(),
        entity=type(obj).__tablename__,  # type: ignore[attr-defined]
        entity_id=obj.id,
        op=op,
        changes=changes,
        base_version=base_version,
        created_at=utcnow(),
        created_by=actor,
    )


@event.listens_for(TrackedSession, "before_flush")
def _write_outbox(session: Session, _ctx: UOWTransaction, _instances: object) -> None:
    if session.info.get("applying_remote"):
        return
    actor: str = session.info.get("actor", "")
    touched: set[str] = session.info.setdefault("touched", set())
    now = utcnow()
    for obj in session.deleted:
        if isinstance(obj, Syncable):
            raise HardDeleteError(f"{type(obj).__name__} {obj.id}: use soft delete")
    for obj in list(session.new):
        if not isinstance(obj, Syncable):
            continue
        if obj.id is None:
            obj.id = new_uuid()
        _apply_defaults(obj)
        obj.updated_at, obj.updated_by = now, actor
        skipped = _skipped(type(obj))
        changes = {
            key: to_wire(getattr(obj, key)) for key in _column_keys(obj) if key not in skipped
        }
        session.add(_outbox_entry(obj, "create", changes, actor, None))
        touched.add(type(obj).__tablename__)  # type: ignore[attr-defined]
    for obj in list(session.dirty):
        if not isinstance(obj, Syncable) or not session.is_modified(obj):
            continue
        state = inspect(obj)
        skipped = _skipped(type(obj))
        changes = {}
        for key in _column_keys(obj):
            history = state.attrs[key].history
            if key not in skipped and history.has_changes():
                changes[key] = to_wire(history.added[0] if history.added else None)
        if not changes:
            continue
        _refuse_change_to_final(obj, state)
        deleted_now = "deleted_at" in changes and obj.deleted_at is not None
        base = state.attrs["server_version"].history
        base_version = base.deleted[0] if base.deleted else obj.server_version
        obj.updated_at, obj.updated_by = now, actor
        op = "delete" if deleted_now else "update"
        session.add(_outbox_entry(obj, op, changes, actor, base_version))
        touched.add(type(obj).__tablename__)  # type: ignore[attr-defined]


def _refuse_change_to_final(obj: Syncable, state: Any) -> None:
    """Raise if ``obj`` was stored in its final state (``__immutable_when__``)."""
    rule = type(obj).__immutable_when__
    if rule is None:
        return
    field, final = rule
    history = state.attrs[field].history
    stored = history.deleted[0] if history.deleted else getattr(obj, field)
    if stored == final:
        raise ImmutableRecordError(
            f"{type(obj).__name__} {obj.id} is {final} and can no longer change"
        )


class UnitOfWork:
    """One transaction of local changes by ``actor``; commit on success, else roll back.

    Use as a context manager::

        with db.unit_of_work("rm01") as uow:
            uow.add(Customer(name="杭州恒达机械有限公司"))
    """

    def __init__(self, sessions: sessionmaker[TrackedSession], bus: ChangeBus, actor: str):
        self._sessions = sessions
        self._bus = bus
        self.actor = actor
        self._session: TrackedSession | None = None

    @property
    def session(self) -> TrackedSession:
        """The open session (only inside the ``with`` block)."""
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside its with-block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        self._session = self._sessions()
        self._session.info["actor"] = self.actor
        self._session.begin()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        session = self.session
        touched: set[str] = set()
        try:
            if exc_type is None:
                session.commit()
                touched = set(session.info.get("touched", set()))
            else:
                session.rollback()
        finally:
            session.close()
            self._session = None
        if touched:
            self._bus.publish(ChangeEvent(frozenset(touched), self.actor))

    def add(self, obj: T) -> T:
        """Create ``obj``; its outbox entry is written at flush."""
        self.session.add(obj)
        return obj

    def get(self, model: type[T], entity_id: str) -> T | None:
        """The live (not soft-deleted) record of ``model`` with ``entity_id``."""
        obj = self.session.get(model, entity_id)
        return None if obj is None or obj.is_deleted else obj

    def update(self, obj: T, values: Mapping[str, Any]) -> T:
        """Set ``values`` on ``obj``; unchanged values write nothing."""
        for key, value in values.items():
            if key in BOOKKEEPING:
                raise ValueError(f"{key} is maintained by the data core")
            setattr(obj, key, value)
        return obj

    def soft_delete(self, obj: Syncable) -> None:
        """Mark ``obj`` deleted so that the deletion syncs."""
        obj.deleted_at = utcnow()

    def bulk_create(self, model: type[T], rows: Sequence[Mapping[str, Any]]) -> list[str]:
        """Insert many new records fast, each with its outbox entry, in this transaction."""
        now = utcnow()
        table = model.__tablename__  # type: ignore[attr-defined]
        skipped = _skipped(model)
        defaults = _python_defaults(model)
        records: list[dict[str, Any]] = []
        entries: list[dict[str, Any]] = []
        for row in rows:
            record = dict(row)
            record.setdefault("id", new_uuid())
            for key, make in defaults:
                if key not in record:
                    record[key] = make()
            record.update(updated_at=now, updated_by=self.actor)
            records.append(record)
            changes = {k: to_wire(v) for k, v in record.items() if k not in skipped}
            entries.append(
                {
                    "mutation_id": new_uuid(),
                    "entity": table,
                    "entity_id": record["id"],
                    "op": "create",
                    "changes": changes,
                    "base_version": None,
                    "created_at": now,
                    "created_by": self.actor,
                }
            )
        if records:
            self.session.execute(insert(model), records)
            self.session.execute(insert(OutboxEntry), entries)
            self.session.info.setdefault("touched", set()).add(table)
        return [r["id"] for r in records]
