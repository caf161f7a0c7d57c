"""Devices: registered laptops, lost marks and the offline-lock policy.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Placeholder until the tables land."""


def downgrade() -> None:
    """Placeholder until the tables land."""
