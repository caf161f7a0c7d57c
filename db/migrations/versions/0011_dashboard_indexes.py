"""Indexes for the dashboard's portfolio and month figures (industry, last change).

Without them the portfolio by industry and the month figures read every page of
the customers table, which on an encrypted profile means decrypting all of it.

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-29
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_customers_industry_code", "customers", ["industry_code"])
    op.create_index("ix_customers_updated_at", "customers", ["updated_at"])


def downgrade() -> None:
    op.drop_index("ix_customers_updated_at", table_name="customers")
    op.drop_index("ix_customers_industry_code", table_name="customers")
