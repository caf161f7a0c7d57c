"""Pull: the changes in the caller's scope after a cursor, and revocations, in seq order."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from app.sync_wire import PullPage
from app.sync_wire import Revocation as WireRevocation
from server.core.principal import Principal
from server.models import CustomerAssignment, Record, Revocation
from server.sync.store import counter, record_state

BRANCH_ROLES = frozenset({"branch_manager", "credit_officer"})


class CursorExpired(Exception):
    """Tombstones after the cursor were purged: the client must re-download its scope."""


def scoped_records(principal: Principal) -> Select[Record]:
    """Records the caller may read."""
    query = select(Record)
    if principal.role == "admin":
        return query
    query = query.join(CustomerAssignment, CustomerAssignment.customer_id == Record.customer_id)
    if principal.role in BRANCH_ROLES:
        return query.where(CustomerAssignment.branch_code == principal.branch)
    return query.where(CustomerAssignment.rm_user_id == principal.user_id)


def can_read_customer(session: Session, principal: Principal, customer_id: str) -> bool:
    """True if the customer is in the caller's scope."""
    if principal.role == "admin":
        return True
    query = select(CustomerAssignment.customer_id).where(
        CustomerAssignment.customer_id == customer_id
    )
    if principal.role in BRANCH_ROLES:
        query = query.where(CustomerAssignment.branch_code == principal.branch)
    else:
        query = query.where(CustomerAssignment.rm_user_id == principal.user_id)
    return session.execute(query).first() is not None


def _revocations(principal: Principal) -> Select[Revocation] | None:
    if principal.role == "admin":
        return None
    if principal.role in BRANCH_ROLES:
        return select(Revocation).where(Revocation.branch_code == principal.branch)
    return select(Revocation).where(Revocation.user_id == principal.user_id)


def pull(session: Session, principal: Principal, cursor: int, limit: int) -> PullPage:
    """One page after ``cursor``; run in one snapshot (REPEATABLE READ on PostgreSQL)."""
    top, purged = counter(session)
    if (0 < cursor < purged) or cursor > top:
        raise CursorExpired
    records = list(
        session.execute(
            scoped_records(principal)
            .where(Record.seq > cursor)
            .order_by(Record.seq)
            .limit(limit + 1)
        ).scalars()
    )
    revocation_query = _revocations(principal)
    revocations: list[Revocation] = []
    if revocation_query is not None:
        revocations = list(
            session.execute(
                revocation_query.where(Revocation.seq > cursor)
                .order_by(Revocation.seq)
                .limit(limit + 1)
            ).scalars()
        )
    items: list[tuple[int, Any]] = sorted(
        [(r.seq, r) for r in records] + [(v.seq, v) for v in revocations], key=lambda i: i[0]
    )
    has_more = len(items) > limit
    items = items[:limit]
    next_cursor = items[-1][0] if has_more else max(top, cursor)
    return PullPage(
        changes=[record_state(i) for _, i in items if isinstance(i, Record)],
        revocations=[
            WireRevocation.model_validate(
                {"entity": i.entity, "id": i.record_id, "customer_id": i.customer_id}
            )
            for _, i in items
            if isinstance(i, Revocation)
        ],
        cursor=next_cursor,
        has_more=has_more,
    )
