"""Visits, risk alerts, follow-ups, loans (for post-loan inspections) and local drafts.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _syncable() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("server_version", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def _fk(table: str, column: str, parent: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{parent}.id"], name=f"fk_{table}_{column}_{parent}")


def upgrade() -> None:
    op.create_table(
        "visits",
        *_syncable(),
        sa.Column("customer_id", sa.String(36), nullable=False),
        sa.Column("visit_type", sa.String(24), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("planned_start", sa.DateTime(), nullable=True),
        sa.Column("planned_end", sa.DateTime(), nullable=True),
        sa.Column("actual_start", sa.DateTime(), nullable=True),
        sa.Column("actual_end", sa.DateTime(), nullable=True),
        sa.Column("location", sa.String(200), nullable=False),
        sa.Column("attendees_bank", sa.JSON(), nullable=False),
        sa.Column("attendees_customer", sa.JSON(), nullable=False),
        sa.Column("purpose", sa.String(200), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("checks", sa.JSON(), nullable=False),
        _fk("visits", "customer_id", "customers"),
        sa.PrimaryKeyConstraint("id", name="pk_visits"),
    )
    op.create_index("ix_visits_customer_id", "visits", ["customer_id"])
    op.create_index("ix_visits_live_planned", "visits", ["deleted_at", "planned_start"])
    op.create_table(
        "risk_alerts",
        *_syncable(),
        sa.Column("customer_id", sa.String(36), nullable=False),
        sa.Column("visit_id", sa.String(36), nullable=True),
        sa.Column("signal_code", sa.String(48), nullable=False),
        sa.Column("severity", sa.String(16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("raised_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution_note", sa.Text(), nullable=False),
        _fk("risk_alerts", "customer_id", "customers"),
        _fk("risk_alerts", "visit_id", "visits"),
        sa.PrimaryKeyConstraint("id", name="pk_risk_alerts"),
    )
    op.create_index("ix_risk_alerts_customer_id", "risk_alerts", ["customer_id"])
    op.create_index("ix_risk_alerts_visit_id", "risk_alerts", ["visit_id"])
    op.create_table(
        "follow_ups",
        *_syncable(),
        sa.Column("customer_id", sa.String(36), nullable=False),
        sa.Column("visit_id", sa.String(36), nullable=True),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        _fk("follow_ups", "customer_id", "customers"),
        _fk("follow_ups", "visit_id", "visits"),
        sa.PrimaryKeyConstraint("id", name="pk_follow_ups"),
    )
    op.create_index("ix_follow_ups_customer_id", "follow_ups", ["customer_id"])
    op.create_index("ix_follow_ups_visit_id", "follow_ups", ["visit_id"])
    op.create_table(
        "loans",
        *_syncable(),
        sa.Column("customer_id", sa.String(36), nullable=False),
        sa.Column("application_id", sa.String(36), nullable=True),
        sa.Column("product_code", sa.String(32), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=False),
        sa.Column("disbursed_on", sa.Date(), nullable=False),
        sa.Column("matures_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        _fk("loans", "customer_id", "customers"),
        _fk("loans", "application_id", "applications"),
        sa.PrimaryKeyConstraint("id", name="pk_loans"),
    )
    op.create_index("ix_loans_customer_id", "loans", ["customer_id"])
    op.create_index("ix_loans_application_id", "loans", ["application_id"])
    op.create_table(
        "local_drafts",
        sa.Column("key", sa.String(128), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_local_drafts"),
    )
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("visit_id", sa.String(36), nullable=True))
        batch.create_foreign_key("fk_documents_visit_id_visits", "visits", ["visit_id"], ["id"])
        batch.create_index("ix_documents_visit_id", ["visit_id"])


def downgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.drop_index("ix_documents_visit_id")
        batch.drop_constraint("fk_documents_visit_id_visits", type_="foreignkey")
        batch.drop_column("visit_id")
    for table in ("local_drafts", "loans", "follow_ups", "risk_alerts", "visits"):
        op.drop_table(table)
