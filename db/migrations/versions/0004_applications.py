"""Loan applications, their document checklists, documents on file and attachments.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
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


def _parent(table: str, column: str, parent: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{parent}.id"], name=f"fk_{table}_{column}_{parent}")


def upgrade() -> None:
    op.create_table(
        "applications",
        *_syncable(),
        sa.Column("customer_id", sa.String(36), nullable=False),
        sa.Column("product_code", sa.String(32), nullable=False),
        sa.Column("catalogue_version", sa.String(16), nullable=False),
        sa.Column("amount", sa.BigInteger(), nullable=True),
        sa.Column("term_months", sa.Integer(), nullable=True),
        sa.Column("purpose", sa.String(200), nullable=False),
        sa.Column("collateral_type", sa.String(16), nullable=False),
        sa.Column("collateral_description", sa.String(200), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        _parent("applications", "customer_id", "customers"),
        sa.PrimaryKeyConstraint("id", name="pk_applications"),
    )
    op.create_index("ix_applications_customer_id", "applications", ["customer_id"])
    op.create_table(
        "documents",
        *_syncable(),
        sa.Column("customer_id", sa.String(36), nullable=False),
        sa.Column("doc_type", sa.String(48), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=True),
        sa.Column("expires_on", sa.Date(), nullable=True),
        _parent("documents", "customer_id", "customers"),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
    )
    op.create_index("ix_documents_customer_id", "documents", ["customer_id"])
    op.create_table(
        "checklist_items",
        *_syncable(),
        sa.Column("application_id", sa.String(36), nullable=False),
        sa.Column("item_code", sa.String(48), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("required", sa.Boolean(), nullable=False),
        sa.Column("applicable", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("waive_reason", sa.String(200), nullable=False),
        sa.Column("document_id", sa.String(36), nullable=True),
        _parent("checklist_items", "application_id", "applications"),
        _parent("checklist_items", "document_id", "documents"),
        sa.PrimaryKeyConstraint("id", name="pk_checklist_items"),
    )
    op.create_index("ix_checklist_items_application_id", "checklist_items", ["application_id"])
    op.create_index("ix_checklist_items_document_id", "checklist_items", ["document_id"])
    op.create_table(
        "attachments",
        *_syncable(),
        sa.Column("document_id", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("media_type", sa.String(64), nullable=False),
        sa.Column("original_name", sa.String(255), nullable=False),
        _parent("attachments", "document_id", "documents"),
        sa.PrimaryKeyConstraint("id", name="pk_attachments"),
    )
    op.create_index("ix_attachments_document_id", "attachments", ["document_id"])
    op.create_index("ix_attachments_sha256", "attachments", ["sha256"])


def downgrade() -> None:
    for table in ("attachments", "checklist_items", "documents", "applications"):
        op.drop_table(table)
