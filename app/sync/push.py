"""Push: send the outbox in order, in batches, and record each result exactly once.

A batch is read (and, where a record has refused changes waiting, rewritten) in
one short transaction, sent, and its results applied in another: acknowledged
entries leave the outbox in the transaction that records the server version on
the row. A lost answer is harmless: the same entries go again with the same
mutation ids and the server answers them from its record of applied ids.

Refused changes leave the outbox for ``sync_rejected``; the next local change of
the same record (or :meth:`RejectedService.retry`) carries them again, merged
into one mutation (a refused create makes it a create). A conflict keeps the
local values, stores one ``sync_conflicts`` row per field and sends the rest of
the change again on the server's version.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import ValidationError
from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from app.sync.context import RunContext, utcnow
from app.sync.errors import SyncError
from app.sync.records import BOOKKEEPING, Key, among, customer_of, plan
from app.sync.report import ConflictNotice, RejectedNotice, SyncProgress
from app.sync.state import sync_transaction
from app.sync_wire import ENTITIES, Mutation, MutationResult, PushRequest
from app.text import QT_TRANSLATE_NOOP
from db.models import OutboxEntry, SyncBase, SyncConflict, SyncRejected, new_uuid
from db.wire import to_wire

log = logging.getLogger(__name__)

#: Problems that go away once the record they depend on reaches the server.
DEPENDENCY_CODES = frozenset({"dependency.rejected", "parent.missing"})
#: Problems found on this laptop (the change could not even be sent).
LOCAL_TEMPLATES = {
    "invalid": QT_TRANSLATE_NOOP("Sync", "This change cannot be sent: {detail}"),
    "revoked": QT_TRANSLATE_NOOP(
        "Sync", "The customer was reassigned to another RM: this change was not sent"
    ),
}


def local_problem(field: str, code: str, **params: str) -> dict[str, Any]:
    """A problem found here, in the shape of the server's (WireProblem)."""
    template = LOCAL_TEMPLATES[code]
    return {
        "field": field,
        "code": code,
        "message": template.format(**params),
        "template": template,
        "params": params,
    }


@dataclass(frozen=True)
class Sent:
    """An outbox entry as it was sent."""

    seq: int
    mutation: Mutation


# --- preparing a batch -------------------------------------------------------------------


def _coalesce(
    session: Session, group: list[OutboxEntry], refused: list[SyncRejected]
) -> list[OutboxEntry]:
    """Fold refused changes and the record's entries of this batch into its first entry.

    Returns the entries folded away (deleted).
    """
    first = group[0]
    changes: dict[str, Any] = {}
    for r in refused:
        changes.update(r.changes or {})
    for entry in group:
        changes.update(entry.changes or {})
    ops = {r.op for r in refused} | {e.op for e in group}
    bases = [*(r.base_version for r in refused), *(e.base_version for e in group)]
    known = [b for b in bases if b is not None]
    if "create" in ops:
        first.op, first.base_version = "create", None
    else:
        first.op = "delete" if "delete" in ops else "update"
        first.base_version = min(known) if known else None
    first.changes = changes
    for entry in group[1:]:
        session.delete(entry)
    for r in refused:
        r.merged_into = first.mutation_id
    return group[1:]


def _complete_create(session: Session, entry: OutboxEntry) -> None:
    """Fill a create's unset values that have column defaults (applied only at INSERT).

    Only for outbox entries written by builds before the unit of work applied
    column defaults itself (``db.unit_of_work._apply_defaults``): a profile
    upgraded with unsent changes still holds them. Deterministic, so that
    preparing the entry again before a resend never changes its payload:
    constant defaults are used as such; a default that changes (the time) is
    taken from the row once, and kept in the entry.
    """
    if entry.op != "create" or entry.entity not in ENTITIES:
        return
    entity_plan = plan(entry.entity)
    changes = dict(entry.changes or {})
    gaps = [
        column
        for name, column in entity_plan.columns.items()
        if column.default_kind != "none"
        and changes.get(name) is None
        and name not in entity_plan.local
        and name not in BOOKKEEPING
    ]
    if not gaps:
        return
    row = None
    filled: dict[str, Any] = {}
    for column in gaps:
        if column.default_kind == "stable":
            filled[column.name] = to_wire(column.default())
            continue
        if row is None:
            row = session.get(entity_plan.model, entry.entity_id)
        if row is not None and getattr(row, column.name) is not None:
            filled[column.name] = to_wire(getattr(row, column.name))
    if filled:
        entry.changes = {**changes, **filled}


def _invalid(session: Session, entry: OutboxEntry, detail: str) -> RejectedNotice:
    problem = local_problem("id", "invalid", detail=detail[:300])
    session.add(
        SyncRejected(
            mutation_id=entry.mutation_id,
            entity=entry.entity,
            entity_id=entry.entity_id,
            op=entry.op,
            changes=entry.changes or {},
            base_version=entry.base_version,
            problems=[problem],
            created_at=entry.created_at,
            created_by=entry.created_by,
            rejected_at=utcnow(),
        )
    )
    session.delete(entry)
    return RejectedNotice(entry.entity, entry.entity_id, None, entry.op, [problem])


def prepare_batch(ctx: RunContext, watermark: int, limit: int) -> tuple[list[Sent], bool]:
    """The next entries to send (seq ≤ ``watermark``), rewritten where refusals wait.

    Returns them and whether any entry was read (entries that cannot be sent
    are moved to ``sync_rejected``, so a batch may come back empty).
    """
    with sync_transaction(ctx.database) as session:
        entries = list(
            session.scalars(
                select(OutboxEntry)
                .where(OutboxEntry.seq <= watermark)
                .order_by(OutboxEntry.seq)
                .limit(limit)
            )
        )
        if not entries:
            return [], False
        groups: dict[Key, list[OutboxEntry]] = {}
        for entry in entries:
            groups.setdefault((entry.entity, entry.entity_id), []).append(entry)
        refused: dict[Key, list[SyncRejected]] = {}
        ids = sorted({k[1] for k in groups})
        for start in range(0, len(ids), 500):
            for r in session.scalars(
                select(SyncRejected)
                .where(
                    SyncRejected.entity_id.in_(ids[start : start + 500]),
                    SyncRejected.merged_into.is_(None),
                )
                .order_by(SyncRejected.id)
            ):
                if (r.entity, r.entity_id) in groups:
                    refused.setdefault((r.entity, r.entity_id), []).append(r)
        gone: set[int] = set()
        for key, found in refused.items():
            gone.update(e.seq for e in _coalesce(session, groups[key], found))
        session.flush()
        sent: list[Sent] = []
        size = 0
        for entry in entries:
            if entry.seq in gone:
                continue
            _complete_create(session, entry)
            try:
                if entry.entity not in ENTITIES:
                    raise ValueError(f"unknown entity {entry.entity}")
                mutation = Mutation(
                    mutation_id=entry.mutation_id,
                    entity=entry.entity,  # type: ignore[arg-type]
                    entity_id=entry.entity_id,
                    op=entry.op,  # type: ignore[arg-type]
                    changes=entry.changes or {},
                    base_version=entry.base_version,
                )
            except (ValidationError, ValueError) as exc:
                detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                ctx.report.rejected.append(_invalid(session, entry, detail))
                continue
            size += len(json.dumps(entry.changes or {}, ensure_ascii=False)) + 200
            if sent and size > ctx.config.batch_bytes:
                break
            sent.append(Sent(entry.seq, mutation))
        return sent, True


# --- applying results -------------------------------------------------------------------


def _row_values(session: Session, key: Key, fields: Iterable[str]) -> dict[str, Any]:
    """Current local wire values of ``fields`` of a record (absent fields omitted)."""
    entity_plan = plan(key[0])
    row = session.get(entity_plan.model, key[1])
    if row is None:
        return {}
    return {f: to_wire(getattr(row, f)) for f in fields if f in entity_plan.columns}


def _base_values(session: Session, key: Key) -> dict[str, Any] | None:
    base = session.get(SyncBase, key)
    if base is None:
        return None
    entity_plan = plan(key[0])
    values: dict[str, Any] = {}
    for name, raw in (base.data or {}).items():
        column = entity_plan.columns.get(name)
        if column is None:
            continue
        try:
            values[name] = to_wire(column.from_db(raw))
        except (ValueError, TypeError, ArithmeticError):
            values[name] = raw
    return values


def _later_fields(session: Session, key: Key, seq: int) -> set[str]:
    fields: set[str] = set()
    for changes in session.scalars(
        select(OutboxEntry.changes).where(
            OutboxEntry.entity == key[0], OutboxEntry.entity_id == key[1], OutboxEntry.seq > seq
        )
    ):
        fields.update(changes or {})
    return fields


def _set_row(session: Session, key: Key, values: dict[str, Any]) -> None:
    """Write Python-typed ``values`` on a local row (no outbox: a plain session)."""
    entity_plan = plan(key[0])
    clean = {k: v for k, v in values.items() if k in entity_plan.columns}
    if clean:
        table = entity_plan.table
        session.execute(update(table).where(table.c.id == key[1]).values(**clean))


class ResultApplier:
    """Applies one batch's results in one transaction."""

    def __init__(self, ctx: RunContext, session: Session, sent: list[Sent]) -> None:
        self.ctx = ctx
        self.session = session
        self.acked: dict[Key, int] = {}
        self.created: set[str] = set()
        self.tables: set[str] = set()
        self.done: list[str] = []  # mutation ids whose refusals they carried are settled
        seqs = [s.seq for s in sent]
        self.entries: dict[int, OutboxEntry] = {
            entry.seq: entry
            for entry in session.scalars(select(OutboxEntry).where(among(OutboxEntry.seq, seqs)))
        }

    def apply(self, sent: Sent, result: MutationResult) -> None:
        m = sent.mutation
        entry = self.entries.get(sent.seq)
        if entry is None or entry.mutation_id != m.mutation_id:
            return  # already recorded (should not happen: one transaction per batch)
        key = (m.entity, m.entity_id)
        self.tables.add(m.entity)
        if result.status == "applied":
            self._applied(entry, key, result)
        elif result.status == "conflict":
            self._conflict(entry, key, result)
        else:
            self._rejected(entry, key, result)

    def _applied(self, entry: OutboxEntry, key: Key, result: MutationResult) -> None:
        self.ctx.report.applied += 1
        if result.version is not None:
            self.acked[key] = max(self.acked.get(key, 0), result.version)
        if entry.op == "create":
            self.created.add(entry.entity_id)
        if result.server_values:
            later = _later_fields(self.session, key, entry.seq)
            entity_plan = plan(key[0])
            _set_row(
                self.session,
                key,
                {
                    name: entity_plan.columns[name].from_wire(value)
                    for name, value in result.server_values.items()
                    if name in entity_plan.columns and name not in later
                },
            )
        self.done.append(entry.mutation_id)
        self.session.delete(entry)

    def _conflict(self, entry: OutboxEntry, key: Key, result: MutationResult) -> None:
        record = result.record
        if record is None:
            raise SyncError("protocol", status=200, message="conflict without a record")
        entity_plan = plan(key[0])
        fields = [f for f in result.fields if f in entity_plan.columns]
        mine = _row_values(self.session, key, set(entry.changes or {}) | set(fields))
        base = _base_values(self.session, key)
        now = utcnow()
        for name in fields:
            theirs = record.data.get(name)
            existing = self.session.scalar(
                select(SyncConflict).where(
                    SyncConflict.entity == key[0],
                    SyncConflict.entity_id == key[1],
                    SyncConflict.field == name,
                )
            )
            if existing is None:
                existing = SyncConflict(
                    entity=key[0],
                    entity_id=key[1],
                    field=name,
                    base=None if base is None else base.get(name),
                    base_known=base is not None and name in base,
                )
                self.session.add(existing)
            existing.mine = mine.get(name)
            existing.theirs = theirs
            existing.server_version = record.version
            existing.theirs_by = record.updated_by
            existing.theirs_at = record.updated_at
            existing.mutation_id = entry.mutation_id
            existing.detected_at = now
        rest = {n: mine[n] for n in (entry.changes or {}) if n not in fields and n in mine}
        if rest:
            self.session.add(
                OutboxEntry(
                    mutation_id=new_uuid(),
                    entity=entry.entity,
                    entity_id=entry.entity_id,
                    op=entry.op if entry.op != "create" else "update",
                    changes=rest,
                    base_version=record.version,
                    created_at=now,
                    created_by=entry.created_by,
                )
            )
        self.session.execute(
            delete(SyncRejected).where(SyncRejected.merged_into == entry.mutation_id)
        )
        self.session.delete(entry)
        self.ctx.report.conflicts.append(
            ConflictNotice(key[0], key[1], record.customer_id, sorted(fields))
        )

    def _rejected(self, entry: OutboxEntry, key: Key, result: MutationResult) -> None:
        problems = [p.model_dump() for p in result.problems]
        self.session.execute(
            delete(SyncRejected).where(SyncRejected.merged_into == entry.mutation_id)
        )
        self.session.add(
            SyncRejected(
                mutation_id=entry.mutation_id,
                entity=entry.entity,
                entity_id=entry.entity_id,
                op=entry.op,
                changes=entry.changes or {},
                base_version=entry.base_version,
                problems=problems,
                created_at=entry.created_at,
                created_by=entry.created_by,
                rejected_at=utcnow(),
            )
        )
        self.session.delete(entry)
        self.ctx.report.rejected.append(
            RejectedNotice(
                key[0], key[1], customer_of(self.session, *key), entry.op, problems=problems
            )
        )

    def finish(self) -> None:
        """Record versions on rows with nothing left pending; requeue unblocked refusals."""
        for start in range(0, len(self.done), 500):
            self.session.execute(
                delete(SyncRejected).where(
                    SyncRejected.merged_into.in_(self.done[start : start + 500])
                )
            )
        self.session.flush()
        busy = pending_keys(self.session, self.acked)
        settled: dict[str, list[dict[str, Any]]] = {}
        for key, version in self.acked.items():
            if key not in busy:
                settled.setdefault(key[0], []).append({"k_id": key[1], "k_version": version})
        for entity, rows in settled.items():
            table = plan(entity).table
            self.session.connection().execute(
                update(table)
                .where(
                    table.c.id == bindparam("k_id"),
                    table.c.server_version.is_(None)
                    | (table.c.server_version < bindparam("k_version")),
                )
                .values(server_version=bindparam("k_version")),
                rows,
            )
            ids = [r["k_id"] for r in rows]
            for start in range(0, len(ids), 500):
                self.session.execute(
                    delete(SyncBase).where(
                        SyncBase.entity == entity, SyncBase.entity_id.in_(ids[start : start + 500])
                    )
                )
        if self.created:
            requeue_dependents(self.session, self.created, self.ctx.actor)


def pending_keys(session: Session, keys: Iterable[Key]) -> set[Key]:
    """Which of ``keys`` have unsent, conflicting or refused local changes."""
    wanted = set(keys)
    ids = sorted({k[1] for k in wanted})
    found: set[Key] = set()
    for model in (OutboxEntry, SyncConflict, SyncRejected):
        for start in range(0, len(ids), 500):
            rows = session.execute(
                select(model.entity, model.entity_id)
                .where(among(model.entity_id, ids[start : start + 500]))
                .distinct()
            )
            found.update(key for key in ((e, i) for e, i in rows) if key in wanted)
    return found


def retry_marker(session: Session, key: Key, actor: str) -> None:
    """An empty outbox entry for ``key``: the next push folds the record's refusals into it."""
    session.add(
        OutboxEntry(
            mutation_id=new_uuid(),
            entity=key[0],
            entity_id=key[1],
            op="update",
            changes={},
            base_version=None,
            created_at=utcnow(),
            created_by=actor,
        )
    )


def requeue_dependents(session: Session, created: set[str], actor: str) -> None:
    """Send again refusals that only waited for a record that has now been created."""
    waiting = session.scalars(select(SyncRejected).where(SyncRejected.merged_into.is_(None)))
    keys: set[Key] = set()
    for r in waiting:
        codes = {p.get("code") for p in r.problems or []}
        if not codes or not codes <= DEPENDENCY_CODES:
            continue
        values = {v for v in (r.changes or {}).values() if isinstance(v, str)}
        if values & created:
            keys.add((r.entity, r.entity_id))
    for key in sorted(keys):
        retry_marker(session, key, actor)


def apply_results(ctx: RunContext, sent: list[Sent], results: list[MutationResult]) -> None:
    """Record one batch's results in one transaction."""
    with sync_transaction(ctx.database, replayable=True) as session:
        applier = ResultApplier(ctx, session, sent)
        for item, result in zip(sent, results, strict=True):
            applier.apply(item, result)
        applier.finish()
    ctx.publish(applier.tables)


def _outbox_top(ctx: RunContext) -> tuple[int, int]:
    with ctx.database.reading() as session:
        top = session.scalar(select(func.max(OutboxEntry.seq))) or 0
        count = session.scalar(select(func.count()).select_from(OutboxEntry)) or 0
    return int(top), int(count)


def push_all(ctx: RunContext) -> None:
    """Send everything in the outbox (entries made during the run included)."""
    batch_size = ctx.config.batch_size
    done = 0
    for _pass in range(2):
        watermark, total = _outbox_top(ctx)
        total += done
        ctx.emit(SyncProgress("push", done, total))
        if watermark == 0 or total == done:
            return
        while True:
            ctx.check_cancel()
            sent, read = prepare_batch(ctx, watermark, batch_size)
            if not read:
                break
            if not sent:
                continue
            request = PushRequest(
                protocol=ctx.config.protocol,
                schema_version=ctx.config.schema_version,
                mutations=[s.mutation for s in sent],
            )
            try:
                answer = ctx.client.push(request)
            except SyncError as exc:
                if exc.code == "protocol" and exc.params.get("status") == "413" and len(sent) > 1:
                    batch_size = max(1, len(sent) // 2)
                    continue
                raise
            if len(answer.results) != len(sent):
                raise SyncError("protocol", status=200, message="wrong number of push results")
            ctx.report.pushed += len(sent)
            apply_results(ctx, sent, answer.results)
            done += len(sent)
            ctx.emit(SyncProgress("push", done, max(total, done)))
