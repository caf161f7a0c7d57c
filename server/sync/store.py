"""The change sequence and the record store's shared helpers.

Numbers come from the single-row ``sync_counter``: ``UPDATE … RETURNING`` locks
the row until the transaction ends, so transactions that write changes take
their numbers in commit order and a pull can never miss a change committed
later with a lower number. Writers take the numbers last, just before writing,
to hold the lock briefly.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.sync_wire import RecordState
from server.models import Record, SyncCounter

#: Origin of changes the server makes itself (decisions, reassignments).
SERVER_ORIGIN = "server"


def allocate(session: Session, count: int) -> int:
    """Reserve ``count`` consecutive change numbers; returns the first."""
    top = session.execute(
        update(SyncCounter)
        .where(SyncCounter.id == 1)
        .values(value=SyncCounter.value + count)
        .returning(SyncCounter.value)
    ).scalar_one()
    return int(top) - count + 1


def counter(session: Session) -> tuple[int, int]:
    """The last committed change number and the purge watermark."""
    row = session.execute(
        select(SyncCounter.value, SyncCounter.purged_through).where(SyncCounter.id == 1)
    ).one()
    return int(row[0]), int(row[1])


def record_state(row: Record | Any) -> RecordState:
    """The wire form of a stored record."""
    return RecordState.model_validate(
        {
            "entity": row.entity,
            "id": row.id,
            "customer_id": row.customer_id,
            "version": row.version,
            "deleted": row.deleted,
            "data": row.data,
            "updated_at": row.updated_at,
            "updated_by": row.updated_by,
        }
    )
