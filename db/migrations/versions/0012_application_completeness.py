"""Stored document completeness of applications, kept honest by triggers.

``application_completeness`` holds each application's required/satisfied
checklist counts (local, derived, never synced; see ``app/completeness.py``).
The triggers delete an application's row in the same transaction as any change
to its checklist items or their documents, whoever writes (the unit of work,
sync, a bulk import), so a stored row is never older than the data it counts.
The table starts empty: the first reader counts live and stores the counts.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_FORGET = "DELETE FROM application_completeness WHERE application_id"
_OF_DOCUMENT = "IN (SELECT application_id FROM checklist_items WHERE document_id = {})"

TRIGGERS = {
    "checklist_items_completeness_insert": (
        f"AFTER INSERT ON checklist_items BEGIN {_FORGET} = new.application_id; END"
    ),
    "checklist_items_completeness_update": (
        "AFTER UPDATE OF application_id, item_code, required, applicable, state, document_id,"
        f" deleted_at ON checklist_items BEGIN {_FORGET} = old.application_id;"
        f" {_FORGET} = new.application_id; END"
    ),
    "checklist_items_completeness_delete": (
        f"AFTER DELETE ON checklist_items BEGIN {_FORGET} = old.application_id; END"
    ),
    "documents_completeness_insert": (
        f"AFTER INSERT ON documents BEGIN {_FORGET} {_OF_DOCUMENT.format('new.id')}; END"
    ),
    "documents_completeness_update": (
        "AFTER UPDATE OF id, issued_on, expires_on, deleted_at ON documents BEGIN"
        f" {_FORGET} {_OF_DOCUMENT.format('old.id')};"
        f" {_FORGET} {_OF_DOCUMENT.format('new.id')}; END"
    ),
    "documents_completeness_delete": (
        f"AFTER DELETE ON documents BEGIN {_FORGET} {_OF_DOCUMENT.format('old.id')}; END"
    ),
    "applications_completeness_delete": (
        f"AFTER DELETE ON applications BEGIN {_FORGET} = old.id; END"
    ),
}


def upgrade() -> None:
    op.create_table(
        "application_completeness",
        sa.Column("application_id", sa.String(36), nullable=False),
        sa.Column("required", sa.Integer(), nullable=False),
        sa.Column("satisfied", sa.Integer(), nullable=False),
        sa.Column("computed_for", sa.Date(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("rules", sa.String(32), nullable=False),
        sa.PrimaryKeyConstraint("application_id", name=op.f("pk_application_completeness")),
    )
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("application_completeness")
