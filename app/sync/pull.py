"""Pull: apply the server's pages after the stored cursor, each page with its cursor at once.

Each page is applied in ONE transaction (no outbox entries, no merge-base
capture): revocations first (a record that comes back into scope always comes
back after its revocation), then the changes, upserted by id. Fields with
local changes not yet on the server (outbox, conflicts, refusals) keep their
local values; the rest take the server's. A 410 (cursor too old) re-downloads
the whole scope, marking what it sees; synced records it did not see are
removed at the end, records with unsent changes never.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, null, select, update
from sqlalchemy.orm import Session

from app.customer_profile import CustomerProfile
from app.customers import derived_fields
from app.sync import state
from app.sync.context import RunContext, utcnow
from app.sync.errors import CursorExpired, SyncError
from app.sync.push import local_problem
from app.sync.records import VIA_PARENT, EntityPlan, among, pending_fields, plan, plans
from app.sync.report import DecisionNotice, SyncProgress
from app.sync.state import sync_transaction
from app.sync_wire import PullPage, PullRequest, RecordState, Revocation
from db.models import (
    OutboxEntry,
    SyncBase,
    SyncBlob,
    SyncConflict,
    SyncRejected,
    SyncSeen,
)
from db.wire import to_wire

log = logging.getLogger(__name__)

_DERIVED_INPUTS = (
    "industry_code",
    "employees",
    "annual_revenue",
    "total_assets",
    "registered_in_prc",
    "credit_type",
    "requested_exposure",
)


def customer_derived(values: dict[str, Any]) -> dict[str, Any]:
    """Size and eligibility of a customer from its Python column values."""
    registered = values.get("registered_in_prc")
    profile = CustomerProfile(
        industry_code=values.get("industry_code") or "",
        employees=values.get("employees"),
        annual_revenue=values.get("annual_revenue"),
        total_assets=values.get("total_assets"),
        registered_in_prc=True if registered is None else bool(registered),
        credit_type=values.get("credit_type") or "new",
        requested_exposure=values.get("requested_exposure"),
    )
    try:
        return derived_fields(profile)
    except (ValueError, KeyError, ArithmeticError):
        return {"size": None, "eligible": None}


@dataclass
class LocalRow:
    """What the page applier needs to know about a row already here."""

    server_version: int | None
    final: bool
    decided_at: datetime | None


def _chunks(items: Sequence[str], size: int = 20_000) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class PageApplier:
    """Applies one pull page inside one transaction."""

    def __init__(self, ctx: RunContext, session: Session, initial: bool) -> None:
        self.ctx = ctx
        self.session = session
        self.initial = initial
        self.connection = session.connection()
        self.tables: set[str] = set()
        self._sql: dict[tuple[str, tuple[str, ...]], str] = {}

    # --- revocations --------------------------------------------------------------

    def revoke(self, revocations: Sequence[Revocation]) -> None:
        """Remove revoked records (and a revoked customer's whole tree) from this laptop."""
        if not revocations:
            return
        gone: dict[str, set[str]] = {}
        customers: set[str] = set()
        for r in revocations:
            gone.setdefault(r.entity, set()).add(r.id)
            if r.entity == "customers":
                customers.add(r.id)
        if customers:
            self._customer_tree(sorted(customers), gone)
        for entity, ids in gone.items():
            self._remove(entity, sorted(ids))
        self.ctx.report.revoked += len(revocations)

    def _customer_tree(self, customers: list[str], gone: dict[str, set[str]]) -> None:
        for entity, entity_plan in plans().items():
            if "customer_id" not in entity_plan.columns:
                continue
            table = entity_plan.table
            for chunk in _chunks(customers):
                gone.setdefault(entity, set()).update(
                    self.session.scalars(
                        select(table.c.id).where(among(table.c.customer_id, chunk))
                    )
                )
        for entity, (field, parent) in VIA_PARENT.items():
            parents = sorted(gone.get(parent, set()))
            table = plan(entity).table
            for chunk in _chunks(parents):
                gone.setdefault(entity, set()).update(
                    self.session.scalars(select(table.c.id).where(among(table.c[field], chunk)))
                )

    def _remove(self, entity: str, ids: list[str]) -> None:
        table = plan(entity).table
        now = utcnow()
        for chunk in _chunks(ids):
            for entry in self.session.scalars(
                select(OutboxEntry).where(
                    OutboxEntry.entity == entity, among(OutboxEntry.entity_id, chunk)
                )
            ):
                self.session.add(
                    SyncRejected(
                        mutation_id=entry.mutation_id,
                        entity=entity,
                        entity_id=entry.entity_id,
                        op=entry.op,
                        changes=entry.changes or {},
                        base_version=entry.base_version,
                        problems=[local_problem("id", "revoked")],
                        created_at=entry.created_at,
                        created_by=entry.created_by,
                        rejected_at=now,
                    )
                )
                self.session.delete(entry)
            self.session.flush()
            for model in (SyncConflict, SyncBase):
                self.session.execute(
                    delete(model).where(
                        model.entity == entity,
                        among(model.entity_id, chunk),
                    )
                )
            self.session.execute(delete(table).where(among(table.c.id, chunk)))
        self.tables.add(entity)

    # --- changes ------------------------------------------------------------------

    def _local_rows(self, entity_plan: EntityPlan, ids: list[str]) -> dict[str, LocalRow]:
        table = entity_plan.table
        final = entity_plan.final_when
        columns: list[Any] = [table.c.id, table.c.server_version]
        columns.append(table.c[final[0]] if final else null())
        columns.append(table.c.decided_at if "decided_at" in table.c else null())
        found: dict[str, LocalRow] = {}
        for chunk in _chunks(ids):
            for row_id, version, final_value, decided in self.session.execute(
                select(*columns).where(among(table.c.id, chunk))
            ):
                found[row_id] = LocalRow(
                    version,
                    bool(final and final_value == final[1]),
                    decided if isinstance(decided, datetime) else None,
                )
        return found

    def _upsert_sql(self, entity: str, columns: tuple[str, ...]) -> str:
        key = (entity, columns)
        sql = self._sql.get(key)
        if sql is None:
            names = ", ".join(f'"{c}"' for c in columns)
            marks = ", ".join("?" for _ in columns)
            sets = ", ".join(f'"{c}" = excluded."{c}"' for c in columns if c != "id")
            sql = (
                f'INSERT INTO "{entity}" ({names}) VALUES ({marks})'
                f" ON CONFLICT(id) DO UPDATE SET {sets}"
            )
            self._sql[key] = sql
        return sql

    def _decision(self, record: RecordState, local: LocalRow | None) -> None:
        decided = record.data.get("decided_at")
        if not decided or record.deleted:
            return
        if local is None and self.initial:
            return
        incoming = plan("applications").columns["decided_at"].from_wire(decided)
        if local is not None and local.decided_at == incoming:
            return
        status = record.data.get("status")
        by = record.data.get("decided_by")
        self.ctx.report.decisions.append(
            DecisionNotice(
                application_id=record.id,
                customer_id=record.customer_id,
                status=str(status),
                decided_at=str(decided),
                decided_by=None if by is None else str(by),
            )
        )

    def apply(self, changes: Sequence[RecordState]) -> list[tuple[str, int]]:
        """Upsert ``changes``; returns the blobs (sha256, size) wanted but not here."""
        by_entity: dict[str, dict[str, RecordState]] = {}
        for record in changes:
            by_entity.setdefault(record.entity, {})[record.id] = record
        keys = [(e, i) for e, records in by_entity.items() for i in records]
        pending = pending_fields(self.session, keys)
        wanted: list[tuple[str, int]] = []
        for entity, records in by_entity.items():
            entity_plan = plan(entity)
            local_rows = self._local_rows(entity_plan, sorted(records))
            full: list[RecordState] = []
            clean: list[str] = []
            for record in records.values():
                local = local_rows.get(record.id)
                if local is not None and (local.server_version or 0) > record.version:
                    continue  # an older state than the one here (should not happen)
                if entity == "applications":
                    self._decision(record, local)
                if entity == "attachments" and not record.deleted:
                    sha, size = record.data.get("sha256"), record.data.get("size")
                    if isinstance(sha, str) and isinstance(size, int):
                        wanted.append((sha, size))
                fields = pending.get((entity, record.id))
                if local is None:
                    full.append(record)
                elif fields is not None:
                    self._merge(entity_plan, record, fields, local)
                elif local.final:
                    self._bookkeeping(entity_plan, record)
                    clean.append(record.id)
                else:
                    full.append(record)
                    clean.append(record.id)
            self._write_full(entity_plan, full)
            for chunk in _chunks(clean):
                self.session.execute(
                    delete(SyncBase).where(
                        SyncBase.entity == entity, among(SyncBase.entity_id, chunk)
                    )
                )
            self.tables.add(entity)
        return [(sha, size) for sha, size in wanted if not self.ctx.store.has(sha)]

    def _write_full(self, entity_plan: EntityPlan, records: list[RecordState]) -> None:
        """Upsert whole records (executemany, values converted straight to stored form)."""
        if not records:
            return
        names = tuple(entity_plan.columns)
        plans_ = [entity_plan.columns[n] for n in names]
        fixed = {"id", "server_version", "updated_at", "updated_by"}
        updated_at = entity_plan.columns["updated_at"].to_db
        local = entity_plan.local
        customers = entity_plan.name == "customers"
        params = []
        for record in records:
            data = record.data
            derived = customer_derived(entity_plan.python(data)) if customers else {}
            row: list[Any] = []
            for column in plans_:
                name = column.name
                if name in fixed:
                    if name == "id":
                        row.append(record.id)
                    elif name == "server_version":
                        row.append(record.version)
                    elif name == "updated_at":
                        row.append(updated_at(record.updated_at))
                    else:
                        row.append(record.updated_by)
                    continue
                if name in local:
                    row.append(column.to_db(derived.get(name)))
                    continue
                if name in data:
                    value = data[name]
                    convert = column.wire_to_db
                    if convert is None or (value is None and not column.json):
                        row.append(value)
                    else:
                        row.append(convert(value))
                else:
                    row.append(column.to_db(column.default()))
            params.append(tuple(row))
        self.connection.exec_driver_sql(self._upsert_sql(entity_plan.name, names), params)

    def _bookkeeping(self, entity_plan: EntityPlan, record: RecordState) -> None:
        table = entity_plan.table
        self.session.execute(
            update(table)
            .where(table.c.id == record.id)
            .values(
                server_version=record.version,
                updated_at=record.updated_at,
                updated_by=record.updated_by,
            )
        )

    def _merge(
        self, entity_plan: EntityPlan, record: RecordState, fields: set[str], local: LocalRow
    ) -> None:
        """Take the server's values except for fields with local changes not yet on it."""
        values = entity_plan.python(record.data)
        skip = set(fields) | set(entity_plan.local)
        if local.final and entity_plan.final_when:
            skip |= set(values)  # a final record here changes no more
        table = entity_plan.table
        update_values = {k: v for k, v in values.items() if k not in skip and k != "id"}
        if update_values:
            self.session.execute(
                update(table).where(table.c.id == record.id).values(**update_values)
            )
        self._refresh_conflicts(entity_plan, record, fields)
        self._keep_latest(record)
        if entity_plan.name == "customers":
            row = self.session.execute(
                select(*(table.c[n] for n in _DERIVED_INPUTS)).where(table.c.id == record.id)
            ).one()
            derived = customer_derived(dict(zip(_DERIVED_INPUTS, row, strict=True)))
            self.session.execute(update(table).where(table.c.id == record.id).values(**derived))

    def _keep_latest(self, record: RecordState) -> None:
        """Remember the server's state of a record whose local changes were kept over it."""
        base = self.session.get(SyncBase, (record.entity, record.id))
        if base is None:
            base = SyncBase(entity=record.entity, entity_id=record.id, data={})
            self.session.add(base)
        if base.latest_version is None or base.latest_version <= record.version:
            base.latest = dict(record.data)
            base.latest_version = record.version

    def _refresh_conflicts(
        self, entity_plan: EntityPlan, record: RecordState, fields: set[str]
    ) -> None:
        conflicts = list(
            self.session.scalars(
                select(SyncConflict).where(
                    SyncConflict.entity == record.entity, SyncConflict.entity_id == record.id
                )
            )
        )
        if not conflicts:
            return
        row = self.session.get(entity_plan.model, record.id)
        for conflict in conflicts:
            theirs = record.data.get(conflict.field)
            mine = None if row is None else to_wire(getattr(row, conflict.field, None))
            if entity_plan.same(conflict.field, mine, theirs):
                self.session.delete(conflict)  # both sides agree now: nothing to resolve
                continue
            conflict.theirs = theirs
            conflict.server_version = record.version
            conflict.theirs_by = record.updated_by
            conflict.theirs_at = record.updated_at
        self.session.flush()

    def want(self, blobs: list[tuple[str, int]]) -> None:
        """Record blobs to download (idempotent)."""
        if not blobs:
            return
        now = utcnow()
        for sha, size in dict(blobs).items():
            existing = self.session.get(SyncBlob, sha)
            if existing is None:
                self.session.add(SyncBlob(sha256=sha, size=size, state="download", updated_at=now))
            elif existing.state != "download":
                existing.state, existing.size, existing.updated_at = "download", size, now
        self.session.flush()

    def seen(self, changes: Sequence[RecordState]) -> None:
        """Mark records seen by a re-download."""
        rows = [{"entity": r.entity, "entity_id": r.id} for r in changes]
        if rows:
            self.session.execute(insert(SyncSeen).prefix_with("OR IGNORE"), rows)


def apply_pages(
    ctx: RunContext, pages: Sequence[PullPage], redownload: bool, initial: bool
) -> None:
    """Apply pages in order, and the last one's cursor, in one transaction."""
    if not pages:
        return
    with sync_transaction(ctx.database, replayable=True) as session:
        applier = PageApplier(ctx, session, initial)
        for page in pages:
            applier.revoke(page.revocations)
            wanted = applier.apply(page.changes)
            applier.want(wanted)
            if redownload:
                applier.seen(page.changes)
        state.put(session, state.CURSOR, str(pages[-1].cursor))
    ctx.report.pulled += sum(len(page.changes) for page in pages)
    ctx.publish(applier.tables)


class PageStream:
    """Fetches pages after a cursor in a background thread, a few ahead of the writer."""

    def __init__(self, ctx: RunContext, cursor: int, ahead: int = 8) -> None:
        self._ctx = ctx
        self._queue: queue.Queue[PullPage | BaseException] = queue.Queue(maxsize=ahead)
        self._stop = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(cursor,), name="rmdesk-sync-pull", daemon=True
        )
        self._thread.start()

    def _run(self, cursor: int) -> None:
        config = self._ctx.config
        while not self._stop.is_set():
            try:
                page = self._ctx.client.pull(
                    PullRequest(
                        protocol=config.protocol,
                        schema_version=config.schema_version,
                        cursor=cursor,
                        limit=config.pull_limit,
                    )
                )
            except BaseException as exc:  # handed to the writer, which raises it
                self._put(exc)
                return
            self._put(page)
            if not page.has_more:
                return
            cursor = page.cursor

    def _put(self, item: PullPage | BaseException) -> None:
        while not self._stop.is_set():
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def next(self) -> PullPage:
        """The next page (raises what the fetch raised)."""
        while True:
            self._ctx.check_cancel()
            try:
                item = self._queue.get(timeout=0.1)
            except queue.Empty:
                continue
            if isinstance(item, BaseException):
                raise item
            return item

    def ready(self) -> bool:
        """Whether another page is already waiting."""
        return not self._queue.empty()

    def close(self) -> None:
        """Stop fetching (waits for a request in flight)."""
        self._stop.set()
        self._thread.join()


def start_redownload(ctx: RunContext) -> None:
    """Start again from cursor 0, marking what arrives (the scope is re-downloaded)."""
    with sync_transaction(ctx.database) as session:
        session.execute(delete(SyncSeen))
        state.put(session, state.REDOWNLOAD, "1")
        state.put(session, state.CURSOR, "0")


def finish_redownload(ctx: RunContext) -> None:
    """Remove synced records the re-download did not bring; keep unsent local changes."""
    with sync_transaction(ctx.database) as session:
        tables = set()
        for entity, entity_plan in plans().items():
            table = entity_plan.table
            seen = select(SyncSeen.entity_id).where(SyncSeen.entity == entity)
            stale = list(
                session.scalars(
                    select(table.c.id).where(
                        table.c.server_version.is_not(None), table.c.id.not_in(seen)
                    )
                )
            )
            if not stale:
                continue
            keys = [(entity, i) for i in stale]
            keep = set(pending_fields(session, keys))
            doomed = [i for i in stale if (entity, i) not in keep]
            for chunk in _chunks(doomed):
                session.execute(delete(table).where(among(table.c.id, chunk)))
                session.execute(
                    delete(SyncBase).where(
                        SyncBase.entity == entity, among(SyncBase.entity_id, chunk)
                    )
                )
            tables.add(entity)
        session.execute(delete(SyncSeen))
        state.put(session, state.REDOWNLOAD, None)
    ctx.publish(tables)


def pull_all(ctx: RunContext) -> None:
    """Pull every page after the stored cursor.

    Pages are fetched in the background while earlier ones are written. Pages
    already waiting are written together (up to ``config.apply_rows`` records)
    in one transaction with the last cursor: fewer, larger transactions make the
    first download of a portfolio much faster, and each stays short.
    """
    with ctx.database.reading() as session:
        cursor = int(state.get(session, state.CURSOR) or 0)
        redownload = state.get(session, state.REDOWNLOAD) == "1"
        has_rows = session.scalar(select(plan("customers").table.c.id).limit(1)) is not None
    initial = cursor == 0 and not has_rows
    if redownload:
        ctx.report.redownloaded = True
        if cursor == 0:
            start_redownload(ctx)
    pulled = 0
    ctx.emit(SyncProgress("pull", 0, None))
    stream = PageStream(ctx, cursor)
    try:
        while True:
            batch: list[PullPage] = []
            rows = 0
            try:
                while True:
                    page = stream.next()
                    batch.append(page)
                    rows += len(page.changes) + len(page.revocations)
                    if not page.has_more or rows >= ctx.config.apply_rows or not stream.ready():
                        break
            except CursorExpired:
                if cursor == 0:
                    raise SyncError("protocol", status=410, message="cursor 0 expired") from None
                log.warning("pull cursor %s expired: re-downloading the scope", cursor)
                stream.close()
                start_redownload(ctx)
                ctx.report.redownloaded = True
                redownload, cursor = True, 0
                stream = PageStream(ctx, cursor)
                continue
            apply_pages(ctx, batch, redownload, initial)
            cursor = batch[-1].cursor
            pulled += rows
            done = not batch[-1].has_more
            ctx.emit(SyncProgress("pull", pulled, pulled if done else None))
            if done:
                break
    finally:
        stream.close()
    if redownload:
        finish_redownload(ctx)
