"""Scrub personal data from audit events written before the audit log kept none.

Change events (``sync.create``, ``sync.update``, ``sync.delete``,
``credit.decision``) used to keep every changed value: names, ID numbers, phones,
free text. Now they keep which fields changed and only the values that are not
personal data, masked or withheld otherwise (:func:`server.sync.privacy.audit_changes`).
Failed sign-ins used to keep the username as typed, which may be a password typed
in the wrong box; now they keep it only when an account has that name
(:mod:`server.crud.auth`). This revision rewrites the old events the same way:

* ``sync.*``: ``{"changes": {full values}}`` becomes
  ``audit_changes(entity, changes)``; ``credit.decision``: the flat dict of changes
  becomes ``audit_changes("applications", changes)``. Events that already have
  ``"fields"`` are new and stay as they are.
* ``auth.login_failed`` naming no account: ``{"username": None, "length": n}``
  (no keyed marker as new events have: a migration has no secret key).
* ``login_throttle`` rows of usernames no account has are deleted (the new code
  keys those by a keyed hash; at worst an unknown name's lockout starts again).

``audit_events`` is append-only: its UPDATE guard (``audit_events_append_only`` on
PostgreSQL, ``audit_events_no_update`` on SQLite, made by 0001) is dropped for the
rewrite and recreated exactly as 0001 made it, all in the migration's one
transaction (PostgreSQL and SQLite both run DDL transactionally, so no other
connection ever sees the table unguarded). Rows are read and written in batches
of :data:`BATCH` by id, through SQLAlchemy Core, so JSON is handled by each
dialect. Ids, times, users, devices, actions and entities are untouched. One
``audit.scrubbed`` event (username ``system``) records how many rows were
rewritten, per action.

The scrub uses the privacy rules of the code it ships with, so a database
upgraded later is scrubbed by the rules of that day.

**Downgrade** does nothing: the values removed are gone and cannot come back (the
rewritten rows keep their new form, which the code of 0004 never reads anyway).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import server.models
from server.sync.privacy import audit_changes

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: Rows read and rewritten at a time.
BATCH = 1000
#: Change events whose old details keep values.
CHANGE_ACTIONS = ("sync.create", "sync.update", "sync.delete", "credit.decision")
LOGIN_FAILED = "auth.login_failed"
#: The event this revision leaves behind.
SCRUBBED = "audit.scrubbed"

_json = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
_audit = sa.table(
    "audit_events",
    sa.column("id", sa.BigInteger()),
    sa.column("at", server.models.UtcDateTime(timezone=True)),
    sa.column("user_id", sa.Integer()),
    sa.column("username", sa.String(64)),
    sa.column("device_id", sa.String(64)),
    sa.column("action", sa.String(32)),
    sa.column("entity", sa.String(32)),
    sa.column("detail", _json),
)
_users = sa.table("users", sa.column("username", sa.String(64)))
_throttle = sa.table("login_throttle", sa.column("username", sa.String(64)))

#: The UPDATE guard of ``audit_events`` exactly as 0001 creates it.
_GUARD = {
    "postgresql": (
        "audit_events_append_only",
        "CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events "
        "FOR EACH ROW EXECUTE FUNCTION rmdesk_append_only()",
        "DROP TRIGGER audit_events_append_only ON audit_events",
    ),
    "sqlite": (
        "audit_events_no_update",
        "CREATE TRIGGER audit_events_no_update BEFORE UPDATE ON audit_events "
        "BEGIN SELECT RAISE(ABORT, 'audit_events is append-only: UPDATE refused'); END",
        "DROP TRIGGER audit_events_no_update",
    ),
}


def scrubbed_change(action: str, entity: str | None, detail: Any) -> dict[str, Any] | None:
    """The new detail of an old change event, or None when it needs no rewrite."""
    if not isinstance(detail, Mapping) or "fields" in detail:
        return None
    if action == "credit.decision":
        return audit_changes("applications", detail)
    changes = detail.get("changes")
    if not isinstance(changes, Mapping):
        return None
    return audit_changes(entity or "", changes)


def _typed_username(detail: Any) -> str | None:
    username = detail.get("username") if isinstance(detail, Mapping) else None
    return username if isinstance(username, str) else None


def scrubbed_login_failed(detail: Any, accounts: set[str]) -> dict[str, Any] | None:
    """The new detail of a failed sign-in naming none of ``accounts``, else None."""
    username = _typed_username(detail)
    if username is None or username in accounts:
        return None
    return {"username": None, "length": len(username)}


def _accounts(conn: sa.Connection, rows: Sequence[sa.Row[Any, Any, Any, Any]]) -> set[str]:
    """The usernames typed in the failed sign-ins of ``rows`` that name an account."""
    typed = {u for r in rows if r.action == LOGIN_FAILED and (u := _typed_username(r.detail))}
    if not typed:
        return set()
    query = sa.select(_users.c.username).where(_users.c.username.in_(typed))
    return set(conn.execute(query).scalars())


def _rewrite(conn: sa.Connection, actions: tuple[str, ...]) -> Counter[str]:
    """Rewrite the old details of ``actions`` in batches; the rows rewritten per action."""
    select = (
        sa.select(_audit.c.id, _audit.c.action, _audit.c.entity, _audit.c.detail)
        .where(_audit.c.action.in_(actions), _audit.c.id > sa.bindparam("after"))
        .order_by(_audit.c.id)
        .limit(BATCH)
    )
    update = (
        sa.update(_audit)
        .where(_audit.c.id == sa.bindparam("row_id"))
        .values(detail=sa.bindparam("new_detail", type_=_json))
    )
    counts: Counter[str] = Counter()
    after = 0
    while rows := conn.execute(select, {"after": after}).all():
        after = rows[-1].id
        accounts = _accounts(conn, rows)
        updates: list[dict[str, Any]] = []
        for row in rows:
            new = (
                scrubbed_login_failed(row.detail, accounts)
                if row.action == LOGIN_FAILED
                else scrubbed_change(row.action, row.entity, row.detail)
            )
            if new is not None:
                updates.append({"row_id": row.id, "new_detail": new})
                counts[row.action] += 1
        if updates:
            conn.execute(update, updates)
    return counts


def upgrade() -> None:
    """Drop the guard, rewrite old details, recreate the guard, record the scrub."""
    conn = op.get_bind()
    name, create, drop = _GUARD[conn.dialect.name]
    op.execute(drop)
    counts = _rewrite(conn, (*CHANGE_ACTIONS, LOGIN_FAILED))
    op.execute(create)
    conn.execute(
        sa.delete(_throttle).where(_throttle.c.username.not_in(sa.select(_users.c.username)))
    )
    conn.execute(
        sa.insert(_audit).values(
            at=datetime.now(UTC),
            user_id=None,
            username="system",
            device_id="",
            action=SCRUBBED,
            entity="audit_events",
            detail={
                "revision": revision,
                "rows": sum(counts.values()),
                "actions": dict(sorted(counts.items())),
                "guard": name,
            },
        )
    )


def downgrade() -> None:
    """Nothing: the values removed cannot come back (see the module docstring)."""
