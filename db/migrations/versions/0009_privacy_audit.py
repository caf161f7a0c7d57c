"""Privacy: revealed-field audit events (synced, append-only).

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29
"""

from __future__ import annotations

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Placeholder until the tables land."""


def downgrade() -> None:
    """Placeholder until the tables land."""
