"""Devices: registered laptops, lost marks and the offline-lock policy.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import server.models

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "devices",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("branch_code", sa.String(length=64), nullable=False),
        sa.Column("registered_at", server.models.UtcDateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", server.models.UtcDateTime(timezone=True), nullable=False),
        sa.Column("lost_at", server.models.UtcDateTime(timezone=True), nullable=True),
        sa.Column("lost_by", sa.String(length=64), nullable=False),
        sa.Column("wipe_sent_at", server.models.UtcDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_devices_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_devices")),
    )
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_devices_branch_code"), ["branch_code"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("devices", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_devices_branch_code"))
    op.drop_table("devices")
