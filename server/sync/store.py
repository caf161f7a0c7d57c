"""The change sequence, record versions and the record store's shared helpers.

Change numbers (``seq``, the pull order) come from the single-row ``sync_counter``:
updating it locks the row until the transaction ends, so transactions that write
changes take their numbers in commit order and a pull can never miss a change
committed later with a lower number. Writers take them last, in the statement
that writes the records (:mod:`server.sync.bulk`), so the lock covers only that
statement and the commit.

Versions (what clients see and send back as ``base_version``) only have to grow
per record. On PostgreSQL they come from the ``sync_versions`` sequence, which
never waits; a record is locked while it is written, so its versions still grow.
SQLite runs one writer at a time, so there a version is the change number itself.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session

from app.sync_wire import RecordState
from server.models import Record, SyncCounter

#: Origin of changes the server makes itself (decisions, reassignments).
SERVER_ORIGIN = "server"

_COUNTER = select(SyncCounter.value, SyncCounter.purged_through).where(SyncCounter.id == 1)
_NEW_VERSIONS = select(func.nextval("sync_versions")).select_from(
    func.generate_series(1, bindparam("count"))
)


def allocate(session: Session, count: int) -> int:
    """Reserve ``count`` consecutive change numbers; returns the first."""
    top = session.execute(
        update(SyncCounter)
        .where(SyncCounter.id == 1)
        .values(value=SyncCounter.value + count)
        .returning(SyncCounter.value)
    ).scalar_one()
    return int(top) - count + 1


def _postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def new_versions(session: Session, count: int) -> list[int]:
    """``count`` new version numbers, ascending; on PostgreSQL without taking any lock."""
    if count <= 0:
        return []
    if _postgresql(session):
        taken = session.connection().execute(_NEW_VERSIONS, {"count": count}).scalars()
        return sorted(int(v) for v in taken)
    first = allocate(session, count)
    return list(range(first, first + count))


def change_seq(session: Session, version: int) -> int:
    """The change number of one new record state of ``version``.

    PostgreSQL: the next counter number, taken now, and the counter stays locked until
    the commit, so take it last. SQLite: the version itself (it came from the counter).
    """
    return allocate(session, 1) if _postgresql(session) else version


def counter(session: Session) -> tuple[int, int]:
    """The last committed change number and the purge watermark."""
    row = session.connection().execute(_COUNTER).one()
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
