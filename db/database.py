"""One profile's database: engine, sessions, change bus and units of work."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from db.changes import ChangeBus
from db.engine import create_sqlite_engine
from db.models import OutboxEntry
from db.unit_of_work import TrackedSession, UnitOfWork


class Database:
    """The local SQLite cache of one profile. Writes go through :meth:`unit_of_work`.

    ``key``: the profile's 256-bit SQLCipher key (the real profile always has one,
    see :func:`app.profile.open_profile`); None opens a plain SQLite file (tests).
    """

    def __init__(self, path: Path, key: bytes | None = None) -> None:
        self.path = path
        self.key = key
        self.engine = create_sqlite_engine(path, key)
        self.bus = ChangeBus()
        self._sessions = sessionmaker(
            self.engine, class_=TrackedSession, expire_on_commit=False, autobegin=False
        )

    def unit_of_work(self, actor: str) -> UnitOfWork:
        """A new transaction of changes made by ``actor``."""
        return UnitOfWork(self._sessions, self.bus, actor)

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries; closing it discards anything it would have written."""
        session = Session(self.engine)
        try:
            yield session
        finally:
            session.close()

    def unsynced_count(self) -> int:
        """Number of local changes waiting in the outbox."""
        with self.reading() as session:
            return int(session.scalar(select(func.count()).select_from(OutboxEntry)) or 0)

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()
