"""Segments: owner- and branch-scoped records (segments and plans).

No schema change is needed: a record's ``customer_id`` in ``records`` is its
scope key, and ``customer_assignments`` gives each key an owner RM and a
branch. A customer is its own key (its records inherit it); a segment is its
own key too (its plans inherit it through ``segment_id``), so pulls, pushes,
revocations and reassignment scope segments and plans exactly as customers:
the owner RM reads and writes them, the branch manager reads the branch's.
This revision marks the point from which the server accepts them.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to change (see the module docstring)."""


def downgrade() -> None:
    """Nothing to change (see the module docstring)."""
