"""PostgreSQL: record versions come from their own sequence, not from the change counter.

Before, a push took its versions from the single-row ``sync_counter`` early and
held that row lock for the rest of its transaction, so every push queued behind
every other push. Versions (what clients see and send back as ``base_version``)
only have to grow per record, and a record is locked while it is written, so
they now come from the ``sync_versions`` sequence, which never waits. Change
numbers (``seq``, the pull order) still come from the counter, taken by the
statement that writes the records, just before the commit (see
``server/sync/store.py``).

SQLite has one writer at a time anyway and keeps taking both from the counter.

Revision ID: 0002
Revises: 0001

"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE SEQUENCE sync_versions AS bigint")
    # Every version so far is a counter number: carry on above them.
    op.execute(
        "SELECT setval('sync_versions', (SELECT value + 1 FROM sync_counter WHERE id = 1), false)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # Versions must keep growing once the counter hands them out again.
    op.execute(
        "UPDATE sync_counter SET value = greatest(value, "
        "(SELECT last_value FROM sync_versions)) WHERE id = 1"
    )
    op.execute("DROP SEQUENCE sync_versions")
