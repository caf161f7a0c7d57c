"""The credit factory's decision on an application (server-owned, arrives with sync).

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

COLUMNS = (
    sa.Column("submitted_at", sa.DateTime(), nullable=True),
    sa.Column("decided_at", sa.DateTime(), nullable=True),
    sa.Column("decided_by", sa.String(64), nullable=True),
    sa.Column("decision_terms", sa.JSON(), nullable=True),
    sa.Column("decision_reason", sa.Text(), nullable=True),
    sa.Column("requested_documents", sa.JSON(), nullable=True),
)


def upgrade() -> None:
    for column in COLUMNS:
        op.add_column("applications", column)


def downgrade() -> None:
    with op.batch_alter_table("applications") as batch:
        for column in COLUMNS:
            batch.drop_column(column.name)
