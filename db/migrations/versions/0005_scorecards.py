"""Credit scorecards: financial statements and assessments (immutable once submitted).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

#: Columns of a submitted assessment that may still change: sync bookkeeping only.
_BOOKKEEPING = ("server_version", "updated_at", "updated_by")
_FINAL_COLUMNS = (
    "customer_id",
    "application_id",
    "model_id",
    "model_version",
    "inputs",
    "outputs",
    "score",
    "grade",
    "status",
    "submitted_at",
    "supersedes_id",
    "deleted_at",
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
    money = [
        "revenue",
        "net_profit",
        "total_assets",
        "total_liabilities",
        "current_assets",
        "current_liabilities",
        "operating_cash_flow",
        "inventory",
        "receivables",
    ]
    op.create_table(
        "financial_statements",
        *_syncable(),
        sa.Column("customer_id", sa.String(36), nullable=False),
        sa.Column("period_end", sa.Date(), nullable=False),
        *(sa.Column(name, sa.BigInteger(), nullable=True) for name in money),
        sa.Column("audited", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name="fk_financial_statements_customer_id_customers"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_financial_statements"),
    )
    op.create_index("ix_financial_statements_customer_id", "financial_statements", ["customer_id"])
    op.create_table(
        "assessments",
        *_syncable(),
        sa.Column("customer_id", sa.String(36), nullable=False),
        sa.Column("application_id", sa.String(36), nullable=True),
        sa.Column("model_id", sa.String(64), nullable=False),
        sa.Column("model_version", sa.String(32), nullable=False),
        sa.Column("inputs", sa.JSON(), nullable=False),
        sa.Column("outputs", sa.JSON(), nullable=False),
        sa.Column("score", sa.Numeric(12, 4), nullable=True),
        sa.Column("grade", sa.String(16), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("supersedes_id", sa.String(36), nullable=True),
        sa.ForeignKeyConstraint(
            ["customer_id"], ["customers.id"], name="fk_assessments_customer_id_customers"
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name="fk_assessments_application_id_applications",
        ),
        sa.ForeignKeyConstraint(
            ["supersedes_id"], ["assessments.id"], name="fk_assessments_supersedes_id_assessments"
        ),
        sa.PrimaryKeyConstraint("id", name="pk_assessments"),
    )
    op.create_index("ix_assessments_customer_id", "assessments", ["customer_id"])
    op.create_index("ix_assessments_application_id", "assessments", ["application_id"])
    op.create_index("ix_assessments_supersedes_id", "assessments", ["supersedes_id"])
    changed = " OR ".join(f"new.{c} IS NOT old.{c}" for c in _FINAL_COLUMNS)
    op.execute(
        "CREATE TRIGGER assessments_final_update BEFORE UPDATE ON assessments"
        f" WHEN old.status = 'submitted' AND ({changed})"
        " BEGIN SELECT RAISE(ABORT, 'a submitted assessment cannot change'); END"
    )
    op.execute(
        "CREATE TRIGGER assessments_final_delete BEFORE DELETE ON assessments"
        " WHEN old.status = 'submitted'"
        " BEGIN SELECT RAISE(ABORT, 'a submitted assessment cannot be deleted'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS assessments_final_delete")
    op.execute("DROP TRIGGER IF EXISTS assessments_final_update")
    op.drop_table("assessments")
    op.drop_table("financial_statements")
