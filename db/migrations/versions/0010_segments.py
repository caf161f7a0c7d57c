"""Segments: segment definitions, prospect targets, shared terms and quarterly plans.

Both tables sync, so each gets its ``sync_base`` trigger (see 0008).

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

TABLES = ("segments", "segment_plans")
APPLYING = "NOT EXISTS (SELECT 1 FROM sync_state WHERE key = 'sync.applying')"


def base_trigger_sql(connection: sa.Connection, table: str) -> str:
    """The ``sync_base`` trigger of ``table`` (a frozen copy of 0008's, columns read live)."""
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


def _syncable() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("server_version", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "segments",
        *_syncable(),
        sa.Column("name", sa.String(64), nullable=False),
        sa.Column("segment_type", sa.String(24), nullable=False),
        sa.Column("region", sa.String(100), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("core_enterprise_name", sa.String(200), nullable=False),
        sa.Column("core_enterprise_uscc", sa.String(18), nullable=True),
        sa.Column("core_customer_id", sa.String(36), nullable=True),
        sa.Column("risk_controls", sa.JSON(), nullable=False),
        sa.Column("default_product_code", sa.String(32), nullable=True),
        sa.Column("default_amount", sa.BigInteger(), nullable=True),
        sa.Column("default_term_months", sa.Integer(), nullable=True),
        sa.Column("owner", sa.String(64), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_segments"),
    )
    op.create_index("ix_segments_owner", "segments", ["owner"])
    op.create_table(
        "segment_plans",
        *_syncable(),
        sa.Column("segment_id", sa.String(36), nullable=False),
        sa.Column("quarter", sa.String(6), nullable=False),
        sa.Column("owner", sa.String(64), nullable=True),
        sa.Column("target_visits", sa.Integer(), nullable=False),
        sa.Column("target_applications", sa.Integer(), nullable=False),
        sa.Column("target_approved_amount", sa.BigInteger(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["segment_id"], ["segments.id"], name="fk_segment_plans_segment_id_segments"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_segment_plans"),
    )
    op.create_index("ix_segment_plans_segment_id", "segment_plans", ["segment_id"])
    op.create_index("ix_segment_plans_owner", "segment_plans", ["owner"])
    connection = op.get_bind()
    for table in TABLES:
        op.execute(base_trigger_sql(connection, table))


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DROP TRIGGER IF EXISTS sync_base_{table}")
    op.drop_index("ix_segment_plans_owner", table_name="segment_plans")
    op.drop_index("ix_segment_plans_segment_id", table_name="segment_plans")
    op.drop_table("segment_plans")
    op.drop_index("ix_segments_owner", table_name="segments")
    op.drop_table("segments")
