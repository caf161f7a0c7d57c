"""Portfolio figures for Today and the status bar, read straight from the SQLite file.

A raw read-only connection (SQLCipher, with the profile's key): cheap enough
to run at every change and quick to import, so the first window shows real
figures before the rest of the data core has loaded.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PortfolioFigures:
    """Counts the RM sees first."""

    customers: int
    active: int
    drafts: int
    unsynced: int


def portfolio_figures(database: Path) -> PortfolioFigures:
    """Live customers by status and the outbox length of the profile at ``database``."""
    from app.security.keys import load_key
    from db.cipher import connect

    if not database.exists():
        return PortfolioFigures(0, 0, 0, 0)
    conn = connect(database, load_key(database.parent), readonly=True)
    try:
        by_status = dict(
            conn.execute(
                "SELECT status, count(*) FROM customers WHERE deleted_at IS NULL GROUP BY status"
            ).fetchall()
        )
        (unsynced,) = conn.execute("SELECT count(*) FROM outbox").fetchone()
    finally:
        conn.close()
    return PortfolioFigures(
        customers=sum(by_status.values()),
        active=by_status.get("active", 0),
        drafts=by_status.get("draft", 0),
        unsynced=unsynced,
    )
