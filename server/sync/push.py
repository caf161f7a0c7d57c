"""Push: apply an ordered batch of mutations, each exactly once, in one transaction.

Phase 1 reads (and on PostgreSQL locks) the records the batch touches and works
out every mutation's result in memory, in order; applied changes get
placeholder versions -1, -2, … Phase 2 takes that many new versions (see
:mod:`server.sync.store`) and writes the records, the customer assignments, the
mutation ids with their outcomes and the audit events (which fields changed; values
only where they are not personal data, see :mod:`server.sync.privacy`) in one go
(:mod:`server.sync.bulk`). A retried batch finds its mutation ids and gets the
same outcomes (:meth:`Batch.replay`): ``applied_mutations`` keeps no record data
(:mod:`server.crud.applied_mutations`), so the values an answer carries come
from the records as they are now.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, select, tuple_
from sqlalchemy.orm import Session

from app.sync_wire import Mutation, MutationResult, PushRequest, PushResult, RecordState
from app.validation import Problem
from db.unit_of_work import BOOKKEEPING
from server.core.principal import Principal
from server.crud.applied_mutations import stored_result
from server.sync.bulk import APPLIED, ASSIGNMENTS, RECORDS, Rows, write
from server.sync.entities import DECISION_FIELDS, SPECS, EntitySpec
from server.sync.privacy import REVEALS, audit_changes, reveal_event
from server.sync.problems import problem, to_wire
from server.sync.store import SERVER_ORIGIN, new_versions
from server.sync.validate import (
    APPLICATION_INPUT_FIELDS,
    CLIENT_APPLICATION_STATUSES,
    LOCKED_APPLICATION_STATUSES,
    canonical,
    record_problems,
)

Key = tuple[str, str]


@dataclass
class Working:
    """A record as the batch sees it; ``version`` < 0 is a placeholder (see module doc)."""

    entity: str
    id: str
    customer_id: str
    data: dict[str, Any]
    field_versions: dict[str, list[Any]]
    version: int
    deleted: bool
    created_at: datetime
    updated_at: datetime
    updated_by: str
    stored: bool
    dirty: bool = False

    def snapshot(self) -> dict[str, Any]:
        """The record's current state (wire form, version maybe a placeholder)."""
        return {
            "entity": self.entity,
            "id": self.id,
            "customer_id": self.customer_id,
            "version": self.version,
            "deleted": self.deleted,
            "data": dict(self.data),
            "updated_at": self.updated_at,
            "updated_by": self.updated_by,
        }


@dataclass
class Outcome:
    """One mutation's result, before placeholder versions are resolved."""

    mutation: Mutation
    status: str
    version: int | None = None
    server_values: dict[str, Any] = field(default_factory=dict)
    record: dict[str, Any] | None = None
    fields: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    changes: dict[str, Any] = field(default_factory=dict)
    store: bool = True  # recorded in applied_mutations

    def result(self, resolve: Any) -> MutationResult:
        """The wire result with real version numbers."""
        record = None
        if self.record is not None:
            record = RecordState(**{**self.record, "version": resolve(self.record["version"])})
        return MutationResult(
            mutation_id=self.mutation.mutation_id,
            status=self.status,  # type: ignore[arg-type]
            version=None if self.version is None else resolve(self.version),
            server_values=self.server_values,
            record=record,
            fields=self.fields,
            problems=[to_wire(p) for p in self.problems],
        )


def payload_hash(mutation: Mutation) -> str:
    """A fingerprint of a mutation, to refuse a reused id with different content."""
    text = json.dumps(mutation.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()


class Batch:
    """The in-memory state of one push (phase 1)."""

    def __init__(self, principal: Principal, now: datetime) -> None:
        self.principal = principal
        self.now = now
        self.records: dict[Key, Working] = {}
        self.owned: set[str] = set()
        self.failed: set[Key] = set()
        self.new_customers: list[str] = []
        self.applied = 0
        #: The real versions of the placeholders -1, -2, … (taken once phase 1 is done).
        self.versions: list[int] = []

    def next_version(self) -> int:
        """A placeholder version for the next applied change."""
        self.applied += 1
        return -self.applied

    def resolve(self, version: int) -> int:
        """The real number of a (maybe placeholder) version."""
        return self.versions[-version - 1] if version < 0 else version

    # --- outcomes -------------------------------------------------------------------

    def reject(self, m: Mutation, problems: list[Problem], failed: bool = False) -> Outcome:
        if failed or m.op == "create":
            self.failed.add((m.entity, m.entity_id.lower()))
        return Outcome(m, "rejected", problems=problems)

    # --- a resent mutation ----------------------------------------------------------

    def replay(self, m: Mutation, stored: dict[str, Any]) -> MutationResult | Outcome:
        """The answer to a mutation already answered, from its stored outcome.

        The values come from the record as it is now (at this point of the batch):
        the server-owned fields an applied mutation was told about, or for a conflict
        the whole record, with the fields changed by others since the mutation's
        base version. A record that left the caller's scope tells nothing: a
        conflict on it is answered ``not_found`` (a conflict applied nothing).
        """
        outcome = stored_result(stored)
        status = outcome["status"]
        record = self.records.get((m.entity, m.entity_id.lower()))
        if record is not None and record.customer_id not in self.owned:
            record = None
        if status == "conflict":
            if record is None:
                return MutationResult(
                    mutation_id=m.mutation_id,
                    status="rejected",
                    problems=[to_wire(problem("id", "not_found"))],
                )
            spec = SPECS[m.entity]
            fields = set(outcome.get("fields", []))
            if not spec.never_conflicts(record.data):
                clean, _server, _problems = self._clean(spec, m, record.data)
                changed = {n: v for n, v in clean.items() if record.data.get(n) != v}
                fields.update(self._conflicts(record, changed, m.base_version or 0))
            reply = Outcome(m, "conflict", record=record.snapshot(), fields=sorted(fields))
            reply.store = False
            return reply
        names = outcome.get("server_fields", [])
        return MutationResult.model_validate(
            {
                "mutation_id": m.mutation_id,
                "status": status,
                "version": outcome.get("version"),
                "server_values": {} if record is None else {n: record.data.get(n) for n in names},
                "problems": outcome.get("problems", []),
            }
        )

    # --- the mutation ---------------------------------------------------------------

    def apply(self, m: Mutation) -> Outcome:
        spec = SPECS[m.entity]
        key = (m.entity, m.entity_id.lower())
        if spec.read_only:
            return self.reject(m, [problem("entity", "entity.read_only")])
        if spec.append_only and m.op != "create":
            return self.reject(m, [problem("id", "record.append_only")])
        if key in self.failed:
            return self.reject(m, [problem("id", "dependency.rejected")], failed=True)
        if m.op == "create":
            return self._create(spec, key, m)
        record = self.records.get(key)
        if record is None or record.customer_id not in self.owned:
            return self.reject(m, [problem("id", "not_found")])
        if record.deleted:
            if m.op == "delete":
                return self._deleted_again(spec, record, m)
            return self.reject(m, [problem("id", "record.deleted")])
        if spec.final_when and record.data.get(spec.final_when[0]) == spec.final_when[1]:
            return self.reject(m, [problem("id", "record.final", state=spec.final_when[1])])
        if m.op == "delete":
            return self._delete(record, m)
        return self._update(spec, record, m)

    def _clean(
        self, spec: EntitySpec, m: Mutation, before: dict[str, Any] | None
    ) -> tuple[dict[str, Any], dict[str, Any], list[Problem]]:
        clean: dict[str, Any] = {}
        server_values: dict[str, Any] = {}
        problems: list[Problem] = []
        for name, value in m.changes.items():
            if name in BOOKKEEPING or name in spec.local:
                continue
            spec_field = spec.fields.get(name)
            if spec_field is None:
                problems.append(problem(name, "field.unknown"))
            elif name in spec.server_owned:
                if before is not None and before.get(name) != value:
                    server_values[name] = before.get(name)
            else:
                checked, found = canonical(spec_field, value)
                if found is not None:
                    problems.append(found)
                else:
                    clean[name] = checked
        return clean, server_values, problems

    def _references(
        self, spec: EntitySpec, data: dict[str, Any], names: set[str], customer_id: str
    ) -> tuple[list[Problem], bool]:
        problems: list[Problem] = []
        for name, target in spec.references().items():
            value = data.get(name)
            if value is None or name not in names:
                continue
            if (target, value) in self.failed:
                return [problem(name, "dependency.rejected")], True
            ref = self.records.get((target, value))
            if ref is None or ref.deleted or ref.customer_id != customer_id:
                problems.append(problem(name, "reference.invalid", entity=target))
        return problems, False

    def _application_status(
        self, before: dict[str, Any] | None, clean: dict[str, Any], server_values: dict[str, Any]
    ) -> dict[str, Any]:
        """Status moves the client may make; the rest is the credit factory's (server wins)."""
        current = "draft" if before is None else before.get("status", "draft")
        target = clean.get("status")
        if target is not None and (
            target not in CLIENT_APPLICATION_STATUSES or current in LOCKED_APPLICATION_STATUSES
        ):
            if before is None:
                clean["status"] = "draft"
            else:
                del clean["status"]
            server_values["status"] = current
            target = None
        extra: dict[str, Any] = {}
        if target == "submitted" and current != "submitted":
            extra = {name: None for name in DECISION_FIELDS}
            extra["submitted_at"] = self.now.isoformat()
            server_values.update(extra)
        return extra

    def _create(self, spec: EntitySpec, key: Key, m: Mutation) -> Outcome:
        if key in self.records:
            return Outcome(m, "rejected", problems=[problem("id", "record.exists")])
        clean, server_values, problems = self._clean(spec, m, None)
        if problems:
            return self.reject(m, problems)
        if spec.parent is None:
            customer_id = key[1]
        else:
            parent_id = clean.get(spec.parent)
            target = spec.fields[spec.parent].ref or ""
            parent = self.records.get((target, parent_id or ""))
            if (target, parent_id) in self.failed:
                return self.reject(m, [problem(spec.parent, "dependency.rejected")])
            if parent is None or parent.deleted or parent.customer_id not in self.owned:
                return self.reject(m, [problem(spec.parent, "parent.missing", parent=target)])
            customer_id = parent.customer_id
        data: dict[str, Any] = {}
        for name, spec_field in spec.fields.items():
            if name in spec.local:
                continue
            if name in clean:
                data[name] = clean[name]
            elif spec_field.default is not None and spec_field.kind != "server":
                data[name] = spec_field.default()
            else:
                data[name] = None
            if spec_field.required and data[name] is None:
                problems.append(problem(name, "field.required"))
        owner = spec.owner_field
        if owner is not None:
            data[owner] = self.principal.username
            if m.changes.get(owner) not in (None, "", self.principal.username):
                server_values[owner] = self.principal.username
        extra: dict[str, Any] = {}
        if spec.name == "applications":
            extra = self._application_status(None, data, server_values)
            data.update(extra)
        if problems:
            return self.reject(m, problems)
        ref_problems, _dependent = self._references(spec, data, set(data), customer_id)
        problems = ref_problems + record_problems(spec, None, data, set(data))
        if problems:
            return self.reject(m, problems, failed=True)
        version = self.next_version()
        origin = self.principal.origin
        self.records[key] = Working(
            entity=m.entity,
            id=key[1],
            customer_id=customer_id,
            data=data,
            field_versions={
                name: [version, SERVER_ORIGIN if name in extra else origin] for name in data
            },
            version=version,
            deleted=data.get("deleted_at") is not None,
            created_at=self.now,
            updated_at=self.now,
            updated_by=self.principal.username,
            stored=False,
            dirty=True,
        )
        if spec.parent is None:
            self.owned.add(customer_id)
            self.new_customers.append(customer_id)
        return Outcome(m, "applied", version=version, server_values=server_values, changes=clean)

    def _conflicts(self, record: Working, changed: dict[str, Any], base: int) -> list[str]:
        origin = self.principal.origin
        found = []
        for name in changed:
            entry = record.field_versions.get(name)
            if entry is None or entry[1] == origin:
                continue
            version = int(entry[0])
            if version < 0 or version > base:
                found.append(name)
        return sorted(found)

    def _update(self, spec: EntitySpec, record: Working, m: Mutation) -> Outcome:
        clean, server_values, problems = self._clean(spec, m, record.data)
        if problems:
            return self.reject(m, problems)
        if (
            spec.parent
            and spec.parent in clean
            and clean[spec.parent] != record.data.get(spec.parent)
        ):
            return self.reject(m, [problem(spec.parent, "field.immutable")])
        if "deleted_at" in clean and clean["deleted_at"] is None:
            del clean["deleted_at"]
        extra: dict[str, Any] = {}
        if spec.name == "applications":
            status = record.data.get("status")
            edits = {
                n for n in APPLICATION_INPUT_FIELDS if n in clean and clean[n] != record.data.get(n)
            }
            if status in LOCKED_APPLICATION_STATUSES and edits:
                return self.reject(
                    m, [problem(sorted(edits)[0], "application.locked", status=str(status))]
                )
            extra = self._application_status(record.data, clean, server_values)
        changed = {n: v for n, v in clean.items() if record.data.get(n) != v}
        if not spec.never_conflicts(record.data):
            conflicts = self._conflicts(record, changed, m.base_version or 0)
            if conflicts:
                return Outcome(m, "conflict", record=record.snapshot(), fields=conflicts)
        after = {**record.data, **changed, **extra}
        ref_problems, dependent = self._references(spec, after, set(changed), record.customer_id)
        problems = ref_problems + record_problems(spec, record.data, after, set(changed))
        if problems:
            return self.reject(m, problems, failed=dependent)
        if not changed and not extra:
            return Outcome(m, "applied", version=record.version, server_values=server_values)
        version = self.next_version()
        origin = self.principal.origin
        for name in changed:
            record.field_versions[name] = [version, origin]
        for name in extra:
            record.field_versions[name] = [version, SERVER_ORIGIN]
        record.data = after
        record.deleted = after.get("deleted_at") is not None
        self._touch(record, version)
        return Outcome(m, "applied", version=version, server_values=server_values, changes=changed)

    def _delete(self, record: Working, m: Mutation) -> Outcome:
        spec = SPECS[m.entity]
        value = m.changes.get("deleted_at")
        checked, found = canonical(spec.fields["deleted_at"], value)
        if found is not None:
            return self.reject(m, [found])
        version = self.next_version()
        record.data["deleted_at"] = checked or self.now.isoformat()
        record.field_versions["deleted_at"] = [version, self.principal.origin]
        record.deleted = True
        self._touch(record, version)
        return Outcome(
            m, "applied", version=version, changes={"deleted_at": record.data["deleted_at"]}
        )

    def _deleted_again(self, spec: EntitySpec, record: Working, m: Mutation) -> Outcome:
        """Deleting a deleted record: applied, the first deletion kept and sent back."""
        stored = record.data.get("deleted_at")
        sent, _found = canonical(spec.fields["deleted_at"], m.changes.get("deleted_at"))
        values = {} if stored is None or stored == sent else {"deleted_at": stored}
        return Outcome(m, "applied", version=record.version, server_values=values)

    def _touch(self, record: Working, version: int) -> None:
        record.version = version
        record.updated_at = self.now
        record.updated_by = self.principal.username
        record.dirty = True


# --- phase 1: load ----------------------------------------------------------------------


def _keys(mutations: list[Mutation]) -> set[Key]:
    keys: set[Key] = set()
    for m in mutations:
        spec = SPECS[m.entity]
        keys.add((m.entity, m.entity_id.lower()))
        for name, target in [*spec.references().items(), (spec.parent, None)]:
            if name is None:
                continue
            target = target or spec.fields[name].ref
            value = m.changes.get(name)
            if isinstance(value, str) and target:
                keys.add((target, value.lower()))
    return keys


# Built once: building a statement per request costs more CPU than running it.
_PRIOR = select(
    APPLIED.c.mutation_id, APPLIED.c.user_id, APPLIED.c.payload_hash, APPLIED.c.result
).where(APPLIED.c.mutation_id.in_(bindparam("ids", expanding=True)))
_RECORDS_FOR_UPDATE = (
    select(RECORDS)
    .where(tuple_(RECORDS.c.entity, RECORDS.c.id).in_(bindparam("keys", expanding=True)))
    .order_by(RECORDS.c.entity, RECORDS.c.id)
    .with_for_update()
)
_OWNED = (
    select(ASSIGNMENTS.c.customer_id)
    .where(
        ASSIGNMENTS.c.customer_id.in_(bindparam("customers", expanding=True)),
        ASSIGNMENTS.c.rm_user_id == bindparam("user_id"),
    )
    .with_for_update(read=True)
)


def _load(session: Session, batch: Batch, keys: set[Key]) -> None:
    connection = session.connection()
    ordered = sorted(keys)
    for start in range(0, len(ordered), 400):
        rows = connection.execute(_RECORDS_FOR_UPDATE, {"keys": ordered[start : start + 400]})
        for row in rows:
            batch.records[(row.entity, row.id)] = Working(
                entity=row.entity,
                id=row.id,
                customer_id=row.customer_id,
                data=dict(row.data),
                field_versions=dict(row.field_versions),
                version=row.version,
                deleted=row.deleted,
                created_at=row.created_at,
                updated_at=row.updated_at,
                updated_by=row.updated_by,
                stored=True,
            )
    customers = sorted({r.customer_id for r in batch.records.values()})
    if customers:
        owned = connection.execute(
            _OWNED, {"customers": customers, "user_id": batch.principal.user_id}
        ).scalars()
        batch.owned.update(owned)


# --- phase 2: write ---------------------------------------------------------------------


def _rows(batch: Batch, outcomes: list[Outcome], results: list[MutationResult]) -> Rows:
    """Every row the batch writes; ``results`` are the outcomes' wire results."""
    rows = Rows()
    resolve = batch.resolve
    for record in batch.records.values():
        if not record.dirty:
            continue
        version = resolve(record.version)
        for entry in record.field_versions.values():
            if entry[0] < 0:  # a placeholder: this batch's own [version, origin] list
                entry[0] = resolve(entry[0])
        values = {
            "entity": record.entity,
            "id": record.id,
            "customer_id": record.customer_id,
            "data": record.data,
            "field_versions": record.field_versions,
            "version": version,
            "deleted": record.deleted,
            "updated_at": record.updated_at,
            "updated_by": record.updated_by,
        }
        if record.stored:
            rows.changed_records.append(values)
        else:
            rows.new_records.append({**values, "created_at": record.created_at})
    p = batch.principal
    rows.assignments = [
        {
            "customer_id": c,
            "rm_user_id": p.user_id,
            "branch_code": p.branch,
            "assigned_at": batch.now,
        }
        for c in batch.new_customers
    ]
    for o, result in zip(outcomes, results, strict=True):
        if not o.store:
            continue
        m = o.mutation
        mutation_id = m.mutation_id.lower()
        rows.applied.append(
            {
                "mutation_id": mutation_id,
                "user_id": p.user_id,
                "payload_hash": payload_hash(m),
                "result": stored_result(result.model_dump(mode="json", exclude={"record"})),
                "applied_at": batch.now,
            }
        )
        if o.status == "conflict":
            continue
        applied = o.status == "applied"
        rows.events.append(
            {
                "at": batch.now,
                "user_id": p.user_id,
                "username": p.username,
                "device_id": p.device_id,
                "action": f"sync.{m.op}" if applied else "sync.rejected",
                "entity": m.entity,
                "entity_id": m.entity_id.lower(),
                "mutation_id": mutation_id,
                "version": result.version,
                "detail": (
                    audit_changes(m.entity, o.changes)  # no personal data: see privacy
                    if applied
                    else {"problems": [f"{x.field}: {x.code}" for x in o.problems]}
                ),
            }
        )
        if applied and m.op == "create" and m.entity == REVEALS:  # privacy audit, see module
            record = batch.records[(m.entity, m.entity_id.lower())]
            rows.events.append(reveal_event(rows.events[-1], record.customer_id, record.data))
    return rows


def push(session: Session, principal: Principal, request: PushRequest, now: datetime) -> PushResult:
    """Apply ``request`` in the session's transaction (the caller commits)."""
    mutations = request.mutations
    ids = sorted({m.mutation_id.lower() for m in mutations})
    prior = {row.mutation_id: row for row in session.connection().execute(_PRIOR, {"ids": ids})}
    batch = Batch(principal, now)
    _load(session, batch, _keys(mutations))
    outcomes: list[Outcome] = []
    replies: list[MutationResult | Outcome] = []
    seen: dict[str, MutationResult | Outcome] = {}
    for m in mutations:
        mid = m.mutation_id.lower()
        if mid in seen:
            replies.append(seen[mid])
            continue
        old = prior.get(mid)
        reply: MutationResult | Outcome
        if old is not None:
            if old.user_id != principal.user_id or old.payload_hash != payload_hash(m):
                reply = Outcome(m, "rejected", problems=[problem("id", "mutation.reused")])
                reply.store = False
            else:
                reply = batch.replay(m, old.result)
        else:
            reply = batch.apply(m)
            outcomes.append(reply)
        seen[mid] = reply
        replies.append(reply)
    batch.versions = new_versions(session, batch.applied)
    results = [o.result(batch.resolve) for o in outcomes]
    write(session.connection(), _rows(batch, outcomes, results))  # last: see bulk.write
    wire = {id(o): r for o, r in zip(outcomes, results, strict=True)}

    def answer(reply: MutationResult | Outcome) -> MutationResult:
        if isinstance(reply, MutationResult):
            return reply
        return wire[id(reply)] if id(reply) in wire else reply.result(batch.resolve)

    return PushResult(results=[answer(r) for r in replies])
