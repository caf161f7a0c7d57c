"""Privacy: revealed-field audit events (synced, append-only).

``privacy_reveals`` records each time someone showed a masked ID number or
phone in full. It syncs like every customer record (so it gets the
``sync_base`` trigger 0008 gives synced tables) and is append-only: triggers
refuse changing what was recorded and deleting a row, except while the sync
engine applies the server's state (the ``sync.applying`` row, see 0008).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

TABLE = "privacy_reveals"
APPLYING = "NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'sync.applying')"
#: What a reveal records: never changed once written.
RECORDED = ("customer_id", "field", "record_id", "context", "revealed_by", "revealed_at")


def _base_trigger_sql(connection: sa.Connection, table: str) -> str:
    """0008's ``sync_base`` trigger for ``table`` (copied: a migration must not change later)."""
    columns = connection.exec_driver_sql(f'PRAGMA table_info("{table}")').fetchall()
    parts = []
    for _cid, name, declared, *_rest in columns:
        value = f"json(old.{name})" if str(declared).upper() == "JSON" else f"old.{name}"
        parts.append(f"'{name}', {value}")
    return (
        f"CREATE TRIGGER sync_base_{table} BEFORE UPDATE ON {table}"
        f" WHEN old.server_version IS NOT NULL AND {APPLYING}"
        f" AND NOT EXISTS (SELECT 1 FROM sync_base WHERE entity = '{table}'"
        " AND entity_id = old.id)"
        " BEGIN INSERT INTO sync_base (entity, entity_id, server_version, data)"
        f" VALUES ('{table}', old.id, old.server_version, json_object({', '.join(parts)}));"
        " END"
    )


def upgrade() -> None:
    op.create_table(
        TABLE,
        sa.Column("customer_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("record_id", sa.String(36), nullable=True),
        sa.Column("context", sa.String(32), nullable=False),
        sa.Column("revealed_by", sa.String(64), nullable=False),
        sa.Column("revealed_at", sa.DateTime(), nullable=False),
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("server_version", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name="fk_privacy_reveals_customer_id_customers"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_privacy_reveals"),
    )
    op.create_index("ix_privacy_reveals_customer_id", TABLE, ["customer_id"])
    op.execute(_base_trigger_sql(op.get_bind(), TABLE))
    changed = " OR ".join(f"new.{c} IS NOT old.{c}" for c in (*RECORDED, "deleted_at"))
    op.execute(
        f"CREATE TRIGGER {TABLE}_append_only_update BEFORE UPDATE ON {TABLE}"
        f" WHEN ({changed}) AND {APPLYING}"
        " BEGIN SELECT RAISE(ABORT, 'a privacy reveal is an audit record and cannot change'); END"
    )
    op.execute(
        f"CREATE TRIGGER {TABLE}_append_only_delete BEFORE DELETE ON {TABLE}"
        f" WHEN {APPLYING}"
        " BEGIN SELECT RAISE(ABORT, 'a privacy reveal is an audit record and cannot be deleted');"
        " END"
    )


def downgrade() -> None:
    for trigger in ("append_only_delete", "append_only_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {TABLE}_{trigger}")
    op.execute(f"DROP TRIGGER IF EXISTS sync_base_{TABLE}")
    op.drop_index("ix_privacy_reveals_customer_id", table_name=TABLE)
    op.drop_table(TABLE)
