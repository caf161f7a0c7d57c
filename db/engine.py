"""Engine factory for the local SQLite cache."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from db.search import register_functions

BUSY_TIMEOUT_MS = 10_000


def _apply_pragmas(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # FULL: a committed change survives a crash, a kill and a power cut.
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()
    register_functions(dbapi_connection)  # the search-index triggers call them


def create_sqlite_engine(path: Path) -> Engine:
    """An engine on the SQLite file at ``path``: WAL, foreign keys on, busy timeout."""
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000},
    )
    event.listen(engine, "connect", _apply_pragmas)
    return engine
