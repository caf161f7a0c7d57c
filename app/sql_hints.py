"""Small SQL spellings that steer SQLite's planner (it has no ANALYZE statistics here)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.operators import custom_op


def unindexed(column: Any) -> ColumnElement[Any]:
    """``+column``: keeps SQLite off the indexes that start with this column for one term.

    Without statistics SQLite takes ``deleted_at IS NULL`` for a selective
    equality and walks every live row through a ``(deleted_at, …)`` index
    (hundreds of ms at 100,000 customers) instead of scanning or joining by key.
    """
    return UnaryExpression(column.expression, operator=custom_op("+"), type_=column.type)
