"""Strip record data from remembered mutation results; index them by time for the purge.

``applied_mutations`` remembers every mutation id a push answered, so a batch sent
again is answered, not applied twice. Its ``result`` used to be the whole wire
answer: for a conflict the server's record with all its data (names, ID numbers,
phones, free text), for an applied mutation the values of server-owned fields, for
a refusal problems whose parameters may quote a value (the birth date of an ID
number, a value that is not one of the choices). Now it keeps only the outcome
(:func:`server.crud.applied_mutations.stored_result`): status, version, the names
of the server-owned and conflicting fields, problems with such parameters
redacted; a resend gets the values from the record store as it is then. This
revision rewrites the rows written before, the same way, and adds the index on
``applied_at`` that ``rmdesk-server purge`` uses to forget rows older than
``RMDESK_MUTATION_RETENTION_DAYS``.

``applied_mutations`` has no append-only guard. Rows are read and rewritten in
batches of :data:`BATCH` by mutation id, through SQLAlchemy Core (each dialect
handles its JSON), in the migration's one transaction; ids, users, payload hashes
and times are untouched, and a row already in the new form is left alone. When
any row was rewritten, one ``mutations.scrubbed`` audit event (username
``system``) records how many (none on a database without old rows).

**Downgrade** drops the index and turns the rows back into answers the code of
0005 can send: applied and refused ones without the values that are gone (the
client's next pull brings them); conflicts, which that code cannot answer without
the record, are forgotten (a conflict applied nothing, so a resend is judged
again).

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

import server.models
from server.crud.applied_mutations import stored_result

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

#: Rows read and rewritten at a time.
BATCH = 1000
#: The event this revision leaves behind.
SCRUBBED = "mutations.scrubbed"
INDEX = "ix_applied_mutations_applied_at"

_json = sa.JSON().with_variant(postgresql.JSONB(astext_type=sa.Text()), "postgresql")
_applied = sa.table(
    "applied_mutations",
    sa.column("mutation_id", sa.String(36)),
    sa.column("result", _json),
)
_audit = sa.table(
    "audit_events",
    sa.column("at", server.models.UtcDateTime(timezone=True)),
    sa.column("user_id", sa.Integer()),
    sa.column("username", sa.String(64)),
    sa.column("device_id", sa.String(64)),
    sa.column("action", sa.String(32)),
    sa.column("entity", sa.String(32)),
    sa.column("detail", _json),
)
_SELECT = (
    sa.select(_applied.c.mutation_id, _applied.c.result)
    .where(_applied.c.mutation_id > sa.bindparam("after"))
    .order_by(_applied.c.mutation_id)
    .limit(BATCH)
)
_UPDATE = (
    sa.update(_applied)
    .where(_applied.c.mutation_id == sa.bindparam("row_id"))
    .values(result=sa.bindparam("new_result", type_=_json))
)


def old_answer(mutation_id: str, stored: dict[str, Any]) -> dict[str, Any] | None:
    """The wire answer the code of 0005 sends for a stored outcome; None for a conflict."""
    if stored.get("status") == "conflict":
        return None
    return {
        "mutation_id": mutation_id,
        "status": stored["status"],
        "version": stored.get("version"),
        "server_values": {},
        "record": None,
        "fields": list(stored.get("fields", [])),
        "problems": list(stored.get("problems", [])),
    }


def _rows(conn: sa.Connection) -> Iterator[list[Any]]:
    """Every row, in batches (a batch is rewritten before the next is read)."""
    after = ""
    while rows := conn.execute(_SELECT, {"after": after}).all():
        after = rows[-1].mutation_id
        yield list(rows)


def upgrade() -> None:
    """Index ``applied_at``, rewrite old results, record the scrub."""
    op.create_index(INDEX, "applied_mutations", ["applied_at"], unique=False)
    conn = op.get_bind()
    count = 0
    for rows in _rows(conn):
        updates = []
        for row in rows:
            new = stored_result(row.result)
            if new != row.result:
                updates.append({"row_id": row.mutation_id, "new_result": new})
        if updates:
            conn.execute(_UPDATE, updates)
            count += len(updates)
    if not count:
        return
    conn.execute(
        sa.insert(_audit).values(
            at=datetime.now(UTC),
            user_id=None,
            username="system",
            device_id="",
            action=SCRUBBED,
            entity="applied_mutations",
            detail={"revision": revision, "rows": count},
        )
    )


def downgrade() -> None:
    """Drop the index; old answers where the code of 0005 can send them (module doc)."""
    conn = op.get_bind()
    for rows in _rows(conn):
        updates, conflicts = [], []
        for row in rows:
            if "mutation_id" in row.result:
                continue  # already a whole answer
            answer = old_answer(row.mutation_id, row.result)
            if answer is None:
                conflicts.append(row.mutation_id)
            else:
                updates.append({"row_id": row.mutation_id, "new_result": answer})
        if updates:
            conn.execute(_UPDATE, updates)
        if conflicts:
            conn.execute(sa.delete(_applied).where(_applied.c.mutation_id.in_(conflicts)))
    op.drop_index(INDEX, table_name="applied_mutations")
