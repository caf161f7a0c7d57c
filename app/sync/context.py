"""What every phase of a run shares: the database, the server, settings, report, progress."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from app.attachment_store import AttachmentStore
from app.sync.errors import SyncCancelled
from app.sync.report import SyncProgress, SyncReport
from app.sync.transport import ServerClient
from app.sync_wire import MAX_BATCH, MAX_PULL_LIMIT, PROTOCOL_VERSION
from db.changes import ChangeEvent
from db.database import Database
from db.migrate import HEAD_REVISION

log = logging.getLogger(__name__)

ProgressCallback = Callable[[SyncProgress], None]
#: The origin named in change events published by sync (views refresh on it).
SYNC_ORIGIN = "sync"


@dataclass
class SyncConfig:
    """Tunables of a run (the defaults suit a laptop on a branch network)."""

    batch_size: int = MAX_BATCH
    #: A push batch is cut before its JSON exceeds this (the server takes 4 MiB).
    batch_bytes: int = 2_000_000
    pull_limit: int = MAX_PULL_LIMIT
    #: Pulled pages already waiting are written together up to this many records.
    apply_rows: int = 5_000
    chunk_size: int = 1024 * 1024
    #: Blobs up to this size are downloaded during sync; larger ones on demand.
    eager_download_bytes: int = 2 * 1024 * 1024
    refresh_reference: bool = True
    protocol: int = PROTOCOL_VERSION
    schema_version: str = HEAD_REVISION


def utcnow() -> datetime:
    """The current time, UTC."""
    return datetime.now(UTC)


class RunContext:
    """State of one run, handed to each phase."""

    def __init__(
        self,
        database: Database,
        client: ServerClient,
        store: AttachmentStore,
        config: SyncConfig,
        report: SyncReport,
        actor: str,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> None:
        self.database = database
        self.client = client
        self.store = store
        self.config = config
        self.report = report
        self.actor = actor
        self._progress = progress
        self._cancel = cancel

    def check_cancel(self) -> None:
        """Raise :class:`SyncCancelled` if the caller asked to stop."""
        if self._cancel is not None and self._cancel.is_set():
            raise SyncCancelled

    def emit(self, progress: SyncProgress) -> None:
        """Tell the caller where the run stands (a failing callback is logged, not fatal)."""
        if self._progress is None:
            return
        try:
            self._progress(progress)
        except Exception:
            log.exception("sync progress callback failed")

    def publish(self, tables: Iterable[str]) -> None:
        """Tell open views that sync changed ``tables``."""
        touched = frozenset(tables)
        if touched:
            self.database.bus.publish(ChangeEvent(touched, SYNC_ORIGIN))
