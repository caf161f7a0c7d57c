"""Changes the server makes itself: reassigning a customer, credit decisions, purging.

Each takes its change numbers from the shared sequence, so clients pull them like
any other change; fields the server writes carry the ``server`` origin.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.sync_wire import ApplicationForDecision, DecisionRequest, RecordState
from server.core.principal import Principal
from server.models import (
    AuditEvent,
    CustomerAssignment,
    Record,
    Revocation,
    SyncCounter,
    Upload,
    UploadChunk,
    User,
)
from server.sync.entities import SPECS
from server.sync.privacy import audit_changes
from server.sync.store import SERVER_ORIGIN, allocate, change_seq, new_versions, record_state


class NotAllowed(Exception):
    """The caller may not do this (the route answers 403/404)."""


class WrongState(Exception):
    """The record is not in a state that allows this (the route answers 409)."""


def audit(session: Session, principal: Principal | None, action: str, **values: Any) -> None:
    """Append one audit event."""
    session.execute(
        insert(AuditEvent).values(
            at=values.pop("at"),
            user_id=principal.user_id if principal else None,
            username=principal.username if principal else "",
            device_id=principal.device_id if principal else "",
            action=action,
            detail=values.pop("detail", {}),
            **values,
        )
    )


# --- reassignment -----------------------------------------------------------------------


def reassign(
    session: Session, principal: Principal, customer_id: str, rm: User, now: datetime
) -> int:
    """Move a customer and all its records to ``rm``; returns the number of records moved.

    The old RM (and the old branch, if it changes) get a revocation per record; the
    records are re-sent under new sequence numbers so the new scope pulls them.
    """
    assignment = session.execute(
        select(CustomerAssignment)
        .where(CustomerAssignment.customer_id == customer_id)
        .with_for_update()
    ).scalar_one_or_none()
    if assignment is None:
        raise NotAllowed
    if principal.role != "admin" and (
        assignment.branch_code != principal.branch or rm.branch_code != principal.branch
    ):
        raise NotAllowed
    if rm.role != "rm" or not rm.active:
        raise WrongState("the new owner must be an active RM")
    if assignment.rm_user_id == rm.id:
        return 0
    rows = list(
        session.execute(
            select(Record)
            .where(Record.customer_id == customer_id)
            .order_by(Record.seq)
            .with_for_update()
        ).scalars()
    )
    old_user, old_branch = assignment.rm_user_id, assignment.branch_code
    revoke_branch = old_branch != rm.branch_code
    count = len(rows) * (3 if revoke_branch else 2)
    [version] = new_versions(session, 1) if rows else [0]  # the customer's new version
    seq = allocate(session, count) if count else 0
    revocations = []
    for principal_key in [{"user_id": old_user}] + (
        [{"branch_code": old_branch}] if revoke_branch else []
    ):
        for row in rows:
            revocations.append(
                {
                    "seq": seq,
                    "entity": row.entity,
                    "record_id": row.id,
                    "customer_id": customer_id,
                    "created_at": now,
                    **principal_key,
                }
            )
            seq += 1
    if revocations:
        session.execute(insert(Revocation), revocations)
    for row in rows:
        row.seq = seq
        owner = SPECS[row.entity].owner_field if row.entity in SPECS else None
        if owner is not None:
            row.data = {**row.data, owner: rm.username}
            row.field_versions = {**row.field_versions, owner: [version, SERVER_ORIGIN]}
            row.version = version
            row.updated_at = now
            row.updated_by = principal.username
        seq += 1
    assignment.rm_user_id = rm.id
    assignment.branch_code = rm.branch_code
    assignment.assigned_at = now
    audit(
        session,
        principal,
        "customer.reassign",
        at=now,
        entity="customers",
        entity_id=customer_id,
        detail={"from_user_id": old_user, "to": rm.username, "records": len(rows)},
    )
    session.flush()
    return len(rows)


# --- credit factory ---------------------------------------------------------------------


def _status(record: Record) -> str:
    return str(record.data.get("status", ""))


def application_queue(
    session: Session, principal: Principal, statuses: list[str]
) -> list[ApplicationForDecision]:
    """Applications of the officer's branch with one of ``statuses``, oldest submission first."""
    query = (
        select(Record, CustomerAssignment, User.username)
        .join(CustomerAssignment, CustomerAssignment.customer_id == Record.customer_id)
        .join(User, User.id == CustomerAssignment.rm_user_id)
        .where(
            Record.entity == "applications",
            Record.deleted.is_(False),
            Record.data["status"].as_string().in_(statuses),
        )
    )
    if principal.role != "admin":
        query = query.where(CustomerAssignment.branch_code == principal.branch)
    rows = session.execute(query).all()
    names: dict[str, str | None] = dict(
        session.execute(
            select(Record.id, Record.data["name"].as_string()).where(
                Record.entity == "customers", Record.id.in_({r[0].customer_id for r in rows})
            )
        ).all()
    )
    result = [
        ApplicationForDecision(
            id=record.id,
            customer_id=record.customer_id,
            customer_name=names.get(record.customer_id) or "",
            rm=username,
            product_code=str(record.data.get("product_code", "")),
            amount=record.data.get("amount"),
            term_months=record.data.get("term_months"),
            status=_status(record),  # type: ignore[arg-type]
            submitted_at=record.data.get("submitted_at"),
            decided_at=record.data.get("decided_at"),
            version=record.version,
        )
        for record, _assignment, username in rows
    ]
    return sorted(result, key=lambda a: a.submitted_at.timestamp() if a.submitted_at else 0.0)


def decide(
    session: Session,
    principal: Principal,
    application_id: str,
    decision: DecisionRequest,
    now: datetime,
) -> RecordState:
    """Record a credit officer's decision on a submitted application (server-owned fields)."""
    record = session.execute(
        select(Record)
        .where(Record.entity == "applications", Record.id == application_id)
        .with_for_update()
    ).scalar_one_or_none()
    if record is None or record.deleted:
        raise NotAllowed
    branch = session.execute(
        select(CustomerAssignment.branch_code).where(
            CustomerAssignment.customer_id == record.customer_id
        )
    ).scalar_one()
    if principal.role != "admin" and branch != principal.branch:
        raise NotAllowed
    if _status(record) != "submitted":
        raise WrongState(f"the application is {_status(record)}, not submitted")
    if decision.outcome == "approved" and decision.terms is None:
        raise WrongState("an approval needs its terms")
    if decision.outcome == "declined" and not decision.reason.strip():
        raise WrongState("a decline needs its reason")
    if decision.outcome == "more_documents" and not decision.documents:
        raise WrongState("say which documents are needed")
    changes = {
        "status": decision.outcome,
        "decided_at": now.isoformat(),
        "decided_by": principal.username,
        "decision_terms": None if decision.terms is None else decision.terms.model_dump(),
        "decision_reason": decision.reason,
        "requested_documents": list(decision.documents),
    }
    [version] = new_versions(session, 1)
    record.data = {**record.data, **changes}
    record.field_versions = {
        **record.field_versions,
        **{name: [version, SERVER_ORIGIN] for name in changes},
    }
    record.version = version
    record.updated_at = now
    record.updated_by = principal.username
    audit(
        session,
        principal,
        "credit.decision",
        at=now,
        entity="applications",
        entity_id=application_id,
        version=version,
        detail=audit_changes("applications", changes),
    )
    record.seq = change_seq(session, version)  # last: it locks the counter until commit
    session.flush()
    return record_state(record)


# --- retention --------------------------------------------------------------------------


def purge(session: Session, retention: timedelta, now: datetime) -> dict[str, int]:
    """Drop tombstones and revocations older than ``retention`` and stale uploads.

    Raises the purge watermark: a client whose cursor is below it gets 410.
    """
    cutoff = now - retention
    old_records = Record.deleted.is_(True) & (Record.updated_at < cutoff)
    old_revocations = Revocation.created_at < cutoff
    top = max(
        session.execute(select(func.max(Record.seq)).where(old_records)).scalar() or 0,
        session.execute(select(func.max(Revocation.seq)).where(old_revocations)).scalar() or 0,
    )
    records = session.execute(delete(Record).where(old_records)).rowcount  # type: ignore[attr-defined]
    revocations = session.execute(delete(Revocation).where(old_revocations)).rowcount  # type: ignore[attr-defined]
    if top:
        session.execute(
            update(SyncCounter)
            .where(SyncCounter.id == 1, SyncCounter.purged_through < top)
            .values(purged_through=top)
        )
    stale = select(Upload.id).where(Upload.updated_at < now - timedelta(days=7))
    session.execute(delete(UploadChunk).where(UploadChunk.upload_id.in_(stale)))
    uploads = session.execute(delete(Upload).where(Upload.updated_at < now - timedelta(days=7)))
    return {
        "records": int(records),
        "revocations": int(revocations),
        "uploads": int(uploads.rowcount),  # type: ignore[attr-defined]
    }
