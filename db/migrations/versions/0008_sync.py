"""Sync bookkeeping: rejected changes, conflicts, merge bases, blob states, re-download marks.

Also triggers that save a synced record as it was before its first local edit
(``sync_base``, the base of the three-way merge), and lets sync remove a
submitted assessment that left the RM's scope (revocation). Both look for the
``sync.applying`` row that the sync engine writes inside its own transactions
(never visible to other connections).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

#: Every synced table (the wire entities).
SYNCED_TABLES = (
    "customers",
    "customer_contacts",
    "bank_relationships",
    "applications",
    "checklist_items",
    "documents",
    "attachments",
    "financial_statements",
    "assessments",
    "loans",
    "visits",
    "risk_alerts",
    "follow_ups",
)
APPLYING = "NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'sync.applying')"


def base_trigger_sql(connection: sa.Connection, table: str) -> str:
    """The trigger saving ``table``'s row before its first local edit (columns read live).

    A later migration that adds columns to a synced table should drop and
    re-create the trigger with this function.
    """
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
        "sync_rejected",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("mutation_id", sa.String(36), nullable=False),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("op", sa.String(8), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("base_version", sa.BigInteger(), nullable=True),
        sa.Column("problems", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.String(64), nullable=False),
        sa.Column("rejected_at", sa.DateTime(), nullable=False),
        sa.Column("merged_into", sa.String(36), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sync_rejected"),
    )
    op.create_index("ix_sync_rejected_entity_id", "sync_rejected", ["entity_id"])
    op.create_index("ix_sync_rejected_merged_into", "sync_rejected", ["merged_into"])
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("mine", sa.JSON(), nullable=True),
        sa.Column("theirs", sa.JSON(), nullable=True),
        sa.Column("base", sa.JSON(), nullable=True),
        sa.Column("base_known", sa.Boolean(), nullable=False),
        sa.Column("server_version", sa.BigInteger(), nullable=False),
        sa.Column("theirs_by", sa.String(64), nullable=False),
        sa.Column("theirs_at", sa.DateTime(), nullable=True),
        sa.Column("mutation_id", sa.String(36), nullable=False),
        sa.Column("detected_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_sync_conflicts"),
    )
    op.create_index(
        "ix_sync_conflicts_record",
        "sync_conflicts",
        ["entity", "entity_id", "field"],
        unique=True,
    )
    op.create_table(
        "sync_base",
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.Column("server_version", sa.BigInteger(), nullable=True),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("latest", sa.JSON(), nullable=True),
        sa.Column("latest_version", sa.BigInteger(), nullable=True),
        sa.PrimaryKeyConstraint("entity", "entity_id", name="pk_sync_base"),
    )
    op.create_table(
        "sync_blobs",
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("state", sa.String(12), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", name="pk_sync_blobs"),
    )
    op.create_index("ix_sync_blobs_state", "sync_blobs", ["state"])
    op.create_table(
        "sync_seen",
        sa.Column("entity", sa.String(64), nullable=False),
        sa.Column("entity_id", sa.String(36), nullable=False),
        sa.PrimaryKeyConstraint("entity", "entity_id", name="pk_sync_seen"),
    )
    connection = op.get_bind()
    for table in SYNCED_TABLES:
        op.execute(base_trigger_sql(connection, table))
    op.execute("DROP TRIGGER IF EXISTS assessments_final_delete")
    op.execute(
        "CREATE TRIGGER assessments_final_delete BEFORE DELETE ON assessments"
        f" WHEN old.status = 'submitted' AND {APPLYING}"
        " BEGIN SELECT RAISE(ABORT, 'a submitted assessment cannot be deleted'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS assessments_final_delete")
    op.execute(
        "CREATE TRIGGER assessments_final_delete BEFORE DELETE ON assessments"
        " WHEN old.status = 'submitted'"
        " BEGIN SELECT RAISE(ABORT, 'a submitted assessment cannot be deleted'); END"
    )
    for table in SYNCED_TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS sync_base_{table}")
    op.drop_table("sync_seen")
    op.drop_index("ix_sync_blobs_state", table_name="sync_blobs")
    op.drop_table("sync_blobs")
    op.drop_table("sync_base")
    op.drop_index("ix_sync_conflicts_record", table_name="sync_conflicts")
    op.drop_table("sync_conflicts")
    op.drop_index("ix_sync_rejected_merged_into", table_name="sync_rejected")
    op.drop_index("ix_sync_rejected_entity_id", table_name="sync_rejected")
    op.drop_table("sync_rejected")
