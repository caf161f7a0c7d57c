"""Sync with the central server: sign-in, the engine, conflicts, refused changes, reports.

Qt-free; the Sync page runs :meth:`SyncEngine.run` in a worker thread. See
``app/sync/README_SECTION.md`` for the design.
"""

from __future__ import annotations

from app.sync.conflicts import (
    ConflictService,
    ConflictView,
    ProblemView,
    RejectedService,
    RejectedView,
)
from app.sync.context import SyncConfig
from app.sync.credentials import Account, TokenStore, load_account
from app.sync.engine import (
    SyncEngine,
    SyncStatus,
    open_engine,
    sign_in,
    sign_out,
    sync_status,
)
from app.sync.errors import SyncCancelled, SyncError
from app.sync.reference import add_refresh_listener, reference_file, set_reference_root
from app.sync.report import (
    ConflictNotice,
    DecisionNotice,
    RecordLink,
    RejectedNotice,
    SyncProgress,
    SyncReport,
    last_report,
)

__all__ = [
    "Account",
    "ConflictNotice",
    "ConflictService",
    "ConflictView",
    "DecisionNotice",
    "ProblemView",
    "RecordLink",
    "RejectedNotice",
    "RejectedService",
    "RejectedView",
    "SyncCancelled",
    "SyncConfig",
    "SyncEngine",
    "SyncError",
    "SyncProgress",
    "SyncReport",
    "SyncStatus",
    "TokenStore",
    "add_refresh_listener",
    "last_report",
    "load_account",
    "open_engine",
    "reference_file",
    "set_reference_root",
    "sign_in",
    "sign_out",
    "sync_status",
]
