"""Pull: the changes in the caller's scope after a cursor, and revocations, in seq order.

Scope goes by a record's scope key (``Record.customer_id``) and its assignment: a
customer's records are in its key; segments and their plans, which belong to no
customer, are keyed by the segment (owner RM and branch, see ``server.sync.entities``).
An RM reads the keys assigned to them, a branch manager or credit officer the branch's.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, Select, Table, bindparam, select
from sqlalchemy.orm import Session

from app.sync_wire import PullPage, RecordState
from app.sync_wire import Revocation as WireRevocation
from server.core.principal import Principal
from server.models import CustomerAssignment, Record, Revocation
from server.sync.store import counter

BRANCH_ROLES = frozenset({"branch_manager", "credit_officer"})


class CursorExpired(Exception):
    """Tombstones after the cursor were purged: the client must re-download its scope."""


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


# Pulls are the hottest path: every statement is built once (building and caching a
# statement per request costs more CPU than running it); each request only binds values.
_RECORDS: Table = Record.__table__  # type: ignore[assignment]
_ASSIGNMENTS: Table = CustomerAssignment.__table__  # type: ignore[assignment]
_REVOCATIONS: Table = Revocation.__table__  # type: ignore[assignment]
_COLUMNS = ("entity", "id", "customer_id", "version", "deleted", "data", "updated_at", "updated_by")


def _page(query: Select[Any], seq: ColumnElement[int]) -> Select[Any]:
    return query.where(seq > bindparam("cursor")).order_by(seq).limit(bindparam("limit"))


_ALL_CHANGES = select(_RECORDS.c.seq, *(_RECORDS.c[c] for c in _COLUMNS))
_SCOPED_CHANGES = _ALL_CHANGES.join(
    _ASSIGNMENTS, _ASSIGNMENTS.c.customer_id == _RECORDS.c.customer_id
)
#: The records in scope after the cursor, by the caller's kind of scope.
_CHANGES = {
    "all": _page(_ALL_CHANGES, _RECORDS.c.seq),
    "branch": _page(
        _SCOPED_CHANGES.where(_ASSIGNMENTS.c.branch_code == bindparam("scope")), _RECORDS.c.seq
    ),
    "user": _page(
        _SCOPED_CHANGES.where(_ASSIGNMENTS.c.rm_user_id == bindparam("scope")), _RECORDS.c.seq
    ),
}
_REVOKED = select(
    _REVOCATIONS.c.seq, _REVOCATIONS.c.entity, _REVOCATIONS.c.record_id, _REVOCATIONS.c.customer_id
)
#: Revocations for the caller after the cursor (an admin's scope never shrinks).
_REVOKED_FOR = {
    "branch": _page(
        _REVOKED.where(_REVOCATIONS.c.branch_code == bindparam("scope")), _REVOCATIONS.c.seq
    ),
    "user": _page(_REVOKED.where(_REVOCATIONS.c.user_id == bindparam("scope")), _REVOCATIONS.c.seq),
}


def _scope(principal: Principal) -> tuple[str, str | int]:
    if principal.role == "admin":
        return "all", 0
    if principal.role in BRANCH_ROLES:
        return "branch", principal.branch
    return "user", principal.user_id


def pull(session: Session, principal: Principal, cursor: int, limit: int) -> PullPage:
    """One page after ``cursor``; run in one snapshot (REPEATABLE READ on PostgreSQL).

    The snapshot keeps the page consistent with the counter read first; the
    transaction is a few indexed reads, so it never holds up writers for long.
    """
    top, purged = counter(session)
    if (0 < cursor < purged) or cursor > top:
        raise CursorExpired
    connection = session.connection()
    kind, scope = _scope(principal)
    values = {"cursor": cursor, "limit": limit + 1, "scope": scope}
    items: list[tuple[int, RecordState | WireRevocation]] = [
        # Stored records were validated when pushed: no need to check them again.
        (row.seq, RecordState.model_construct(**{c: row._mapping[c] for c in _COLUMNS}))
        for row in connection.execute(_CHANGES[kind], values)
    ]
    if kind in _REVOKED_FOR:
        items += [
            (
                v.seq,
                WireRevocation.model_validate(
                    {"entity": v.entity, "id": v.record_id, "customer_id": v.customer_id}
                ),
            )
            for v in connection.execute(_REVOKED_FOR[kind], values)
        ]
        items.sort(key=lambda i: i[0])
    has_more = len(items) > limit
    items = items[:limit]
    next_cursor = items[-1][0] if has_more else max(top, cursor)
    return PullPage.model_construct(
        changes=[i for _, i in items if isinstance(i, RecordState)],
        revocations=[i for _, i in items if isinstance(i, WireRevocation)],
        cursor=next_cursor,
        has_more=has_more,
    )
