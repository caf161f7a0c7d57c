"""Segments: segment definitions, prospect targets, shared terms and quarterly plans.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29
"""

from __future__ import annotations

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Placeholder until the tables land."""


def downgrade() -> None:
    """Placeholder until the tables land."""
