"""What the RM resolves after a sync: field conflicts and refused changes.

:class:`ConflictService` lists fields changed both here and on the server and
resolves each one: keep mine, take theirs, or an edited value. Keeping mine or
an edit syncs as a new change whose base is the server's version (so it applies
without conflicting again); taking theirs only changes this laptop.

:class:`RejectedService` lists changes the server refused, with its problems.
The RM fixes the record and saves (the next sync sends the fix together with
the refused change) or :meth:`~RejectedService.retry` sends it again as is, or
:meth:`~RejectedService.discard` gives it up (the record goes back to what was
last synced, as far as this laptop knows it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.sync.context import SYNC_ORIGIN, utcnow
from app.sync.push import retry_marker
from app.sync.records import Key, customer_of, plan
from app.sync.state import sync_transaction
from db.changes import ChangeEvent
from db.database import Database
from db.models import OutboxEntry, SyncBase, SyncConflict, SyncRejected, new_uuid
from db.wire import to_wire

Choice = Literal["mine", "theirs", "edit"]
CHOICES: tuple[Choice, ...] = ("mine", "theirs", "edit")


@dataclass(frozen=True)
class ConflictView:
    """One conflicting field; values are wire values (money and dates as text)."""

    id: int
    entity: str
    entity_id: str
    customer_id: str | None
    field: str
    mine: Any
    theirs: Any
    base: Any
    base_known: bool
    server_version: int
    theirs_by: str
    theirs_at: datetime | None
    detected_at: datetime


@dataclass(frozen=True)
class ProblemView:
    """Why the server refused a change: ``template`` (context "Sync") filled with ``params``."""

    field: str
    code: str
    message: str
    template: str
    params: dict[str, str]


@dataclass(frozen=True)
class RejectedView:
    """A refused change; ``resent`` is True once a later change carries it again."""

    id: int
    entity: str
    entity_id: str
    customer_id: str | None
    op: str
    changes: dict[str, Any]
    problems: list[ProblemView]
    created_at: datetime
    created_by: str
    rejected_at: datetime
    resent: bool


def _has_pending(session: Session, key: Key) -> bool:
    for model in (OutboxEntry, SyncConflict, SyncRejected):
        if session.scalar(
            select(func.count())
            .select_from(model)
            .where(model.entity == key[0], model.entity_id == key[1])
        ):
            return True
    return False


def _set_field(session: Session, key: Key, field: str, value: Any) -> None:
    table = plan(key[0]).table
    session.execute(update(table).where(table.c.id == key[1]).values({field: value}))


def _settle(session: Session, key: Key, version: int | None) -> None:
    """With nothing pending any more, the row is the server's ``version``."""
    if _has_pending(session, key):
        return
    if version is not None:
        table = plan(key[0]).table
        session.execute(
            update(table)
            .where(
                table.c.id == key[1],
                table.c.server_version.is_(None) | (table.c.server_version < version),
            )
            .values(server_version=version)
        )
    session.execute(delete(SyncBase).where(SyncBase.entity == key[0], SyncBase.entity_id == key[1]))


class ConflictService:
    """Conflicts of one profile, resolved by ``actor``."""

    def __init__(self, database: Database, actor: str) -> None:
        self._db = database
        self._actor = actor

    def count(self) -> int:
        """How many fields are in conflict."""
        with self._db.reading() as session:
            return int(session.scalar(select(func.count()).select_from(SyncConflict)) or 0)

    def list(self, entity: str | None = None, entity_id: str | None = None) -> list[ConflictView]:
        """Conflicts (of one record if given), oldest first."""
        query = select(SyncConflict).order_by(SyncConflict.detected_at, SyncConflict.id)
        if entity is not None:
            query = query.where(SyncConflict.entity == entity)
        if entity_id is not None:
            query = query.where(SyncConflict.entity_id == entity_id)
        with self._db.reading() as session:
            return [
                ConflictView(
                    id=c.id,
                    entity=c.entity,
                    entity_id=c.entity_id,
                    customer_id=customer_of(session, c.entity, c.entity_id),
                    field=c.field,
                    mine=c.mine,
                    theirs=c.theirs,
                    base=c.base,
                    base_known=c.base_known,
                    server_version=c.server_version,
                    theirs_by=c.theirs_by,
                    theirs_at=c.theirs_at,
                    detected_at=c.detected_at,
                )
                for c in session.scalars(query)
            ]

    def resolve(self, conflict_id: int, choice: Choice, value: Any = None) -> None:
        """Resolve one conflict: ``mine``, ``theirs`` or ``edit`` (with ``value``).

        ``value`` may be the Python value (Decimal, date, …) or its wire form.
        KeyError if there is no such conflict; ValueError for a bad choice or value.
        """
        if choice not in CHOICES:
            raise ValueError(f"choice must be one of {', '.join(CHOICES)}")
        with sync_transaction(self._db) as session:
            conflict = session.get(SyncConflict, conflict_id)
            if conflict is None:
                raise KeyError(conflict_id)
            key = (conflict.entity, conflict.entity_id)
            column = plan(conflict.entity).columns[conflict.field]
            row = session.get(plan(conflict.entity).model, conflict.entity_id)
            version = conflict.server_version
            send: Any = None
            if choice == "theirs":
                _set_field(session, key, conflict.field, column.from_wire(conflict.theirs))
            elif choice == "mine":
                send = to_wire(getattr(row, conflict.field)) if row is not None else conflict.mine
            else:
                python = column.from_wire(value)
                _set_field(session, key, conflict.field, python)
                send = to_wire(python)
            session.delete(conflict)
            if choice != "theirs":
                session.add(
                    OutboxEntry(
                        mutation_id=new_uuid(),
                        entity=key[0],
                        entity_id=key[1],
                        op="update",
                        changes={conflict.field: send},
                        base_version=version,
                        created_at=utcnow(),
                        created_by=self._actor,
                    )
                )
            session.flush()
            _settle(session, key, version if choice == "theirs" else None)
        self._db.bus.publish(ChangeEvent(frozenset({key[0]}), SYNC_ORIGIN))


class RejectedService:
    """Changes the server refused, for the RM to fix, send again or give up."""

    def __init__(self, database: Database, actor: str) -> None:
        self._db = database
        self._actor = actor

    def count(self) -> int:
        """How many refused changes wait for the RM."""
        with self._db.reading() as session:
            return int(
                session.scalar(
                    select(func.count())
                    .select_from(SyncRejected)
                    .where(SyncRejected.merged_into.is_(None))
                )
                or 0
            )

    def list(self, include_resent: bool = False) -> list[RejectedView]:
        """Refused changes, oldest first (those already sent again only if asked)."""
        query = select(SyncRejected).order_by(SyncRejected.id)
        if not include_resent:
            query = query.where(SyncRejected.merged_into.is_(None))
        with self._db.reading() as session:
            return [
                RejectedView(
                    id=r.id,
                    entity=r.entity,
                    entity_id=r.entity_id,
                    customer_id=customer_of(session, r.entity, r.entity_id)
                    if r.entity in _entities()
                    else None,
                    op=r.op,
                    changes=dict(r.changes or {}),
                    problems=[
                        ProblemView(
                            field=str(p.get("field", "")),
                            code=str(p.get("code", "")),
                            message=str(p.get("message", "")),
                            template=str(p.get("template", "")),
                            params={str(k): str(v) for k, v in (p.get("params") or {}).items()},
                        )
                        for p in r.problems or []
                    ],
                    created_at=r.created_at,
                    created_by=r.created_by,
                    rejected_at=r.rejected_at,
                    resent=r.merged_into is not None,
                )
                for r in session.scalars(query)
            ]

    def retry(self, rejected_id: int) -> None:
        """Send the refused change again with the next sync (as the record now is)."""
        with sync_transaction(self._db) as session:
            rejected = session.get(SyncRejected, rejected_id)
            if rejected is None:
                raise KeyError(rejected_id)
            retry_marker(session, (rejected.entity, rejected.entity_id), self._actor)

    def discard(self, rejected_id: int) -> None:
        """Give the refused change up: its fields go back to the last synced values.

        A refused create is hidden here (deleted on this laptop only).
        """
        with sync_transaction(self._db) as session:
            rejected = session.get(SyncRejected, rejected_id)
            if rejected is None:
                raise KeyError(rejected_id)
            key = (rejected.entity, rejected.entity_id)
            fields = set(rejected.changes or {})
            session.delete(rejected)
            session.flush()
            if rejected.entity in _entities():
                self._revert(session, key, rejected.op, fields)
        self._db.bus.publish(ChangeEvent(frozenset({key[0]}), SYNC_ORIGIN))

    def _revert(self, session: Session, key: Key, op: str, fields: set[str]) -> None:
        entity_plan = plan(key[0])
        row = session.get(entity_plan.model, key[1])
        if row is None:
            return
        if op == "create" and row.server_version is None:
            _set_field(session, key, "deleted_at", utcnow())
            return
        base = session.get(SyncBase, key)
        if base is None:
            return
        latest = base.latest or {}
        for name in fields:
            column = entity_plan.columns.get(name)
            if column is None:
                continue
            if name in latest:  # the server's newest value, kept when a pull skipped it
                _set_field(session, key, name, column.from_wire(latest[name]))
            elif name in (base.data or {}):  # the value last synced here
                _set_field(session, key, name, column.from_db(base.data[name]))
        _settle(session, key, base.latest_version)


def _entities() -> frozenset[str]:
    from app.sync.records import plans

    return frozenset(plans())
