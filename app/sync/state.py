"""Sync bookkeeping kept in the profile's ``sync_state`` table (never secrets)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from db.database import Database
from db.models import SyncState

CURSOR = "pull.cursor"
REDOWNLOAD = "pull.redownload"
SERVER = "account.server"
USER = "account.user"
CA_BUNDLE = "account.ca_bundle"
#: The signed-in user's role and branch as the server said at sign-in (no secrets).
ROLE = "account.role"
BRANCH = "account.branch"
DEVICE = "device.id"
LAST_REPORT = "sync.last_report"
LAST_SUCCESS = "sync.last_success"
#: SQLite page cache (KiB, negative) while a pulled batch is written (at least), and
#: the default size when the connection's own cannot be read.
BULK_CACHE, DEFAULT_CACHE = -65536, -2000
#: Written first in every sync transaction (see db/migrations 0008): the triggers
#: that keep merge bases and guard final records recognise the sync's own writes.
APPLYING = "sync.applying"


def get(session: Session, key: str) -> str | None:
    """The value stored under ``key``."""
    return session.scalar(select(SyncState.value).where(SyncState.key == key))


def put(session: Session, key: str, value: str | None) -> None:
    """Store ``value`` under ``key`` (None removes it)."""
    session.execute(delete(SyncState).where(SyncState.key == key))
    if value is not None:
        session.execute(insert(SyncState).values(key=key, value=value))


def read(database: Database, key: str) -> str | None:
    """The value under ``key``, read in its own short session."""
    with database.reading() as session:
        return get(session, key)


def write(database: Database, **values: str | None) -> None:
    """Store several values (keys with ``.`` spelled ``__``) in one transaction."""
    with sync_transaction(database) as session:
        for key, value in values.items():
            put(session, key.replace("__", "."), value)


def _larger(a: int, b: int) -> int:
    """The larger of two ``cache_size`` values (negative: KiB, positive: 4 KiB pages)."""
    return a if abs(a) * (4 if a > 0 else 1) >= abs(b) * (4 if b > 0 else 1) else b


@contextmanager
def sync_transaction(database: Database, *, replayable: bool = False) -> Iterator[Session]:
    """A short write transaction of the sync engine, committed on success.

    Its first statement writes (so SQLite takes the write lock at once and what
    is read next cannot change underneath), and marks the transaction as the
    sync's own: no outbox entries, no merge-base capture. Foreign keys are not
    enforced while it runs, because the server's pages may bring a child before
    its parent; the server guarantees the references.

    ``replayable``: the transaction only records what the server holds (a pulled
    page with its cursor, the results of a push). Losing it in a power cut is
    harmless (the next sync pulls the page again, or resends the batch and gets
    the same results), so its commit skips the fsync (``synchronous=NORMAL``,
    still atomic and consistent in WAL mode). Local decisions are never
    replayable.
    """
    with database.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        cache = DEFAULT_CACHE
        if replayable:
            # Restored afterwards as it was (an encrypted profile keeps a larger cache,
            # so that pages are not decrypted again by the next transaction).
            cache = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or cache)
            connection.exec_driver_sql("PRAGMA synchronous=NORMAL")
            connection.exec_driver_sql(f"PRAGMA cache_size={_larger(cache, BULK_CACHE)}")
        connection.commit()
        try:
            with Session(bind=connection, expire_on_commit=False) as session:
                session.info["applying_remote"] = True
                with session.begin():
                    put(session, APPLYING, "1")
                    yield session
                    put(session, APPLYING, None)
        finally:
            connection.rollback()
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            if replayable:
                connection.exec_driver_sql("PRAGMA synchronous=FULL")
                connection.exec_driver_sql(f"PRAGMA cache_size={cache}")
            connection.commit()


def device_id(database: Database) -> str:
    """This profile's device name for the server's audit log and merge (made once)."""
    found = read(database, DEVICE)
    if found:
        return found
    made = f"rmdesk-{secrets.token_hex(6)}"
    with sync_transaction(database) as session:
        existing = get(session, DEVICE)
        if existing:
            return existing
        put(session, DEVICE, made)
    return made
