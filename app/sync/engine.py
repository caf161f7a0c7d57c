"""The sync engine: push, pull, upload, download, reference data; one report per run.

No Qt here: the Sync page runs :meth:`SyncEngine.run` in a worker thread, with a
progress callback and a cancel event, and reads the report (also kept in the
profile, :func:`app.sync.report.last_report`). Each step writes in short
transactions; a run that stops anywhere (network, server, cancel, a killed
process) leaves a state the next run continues from.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

import httpx
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from app.attachment_store import AttachmentStore
from app.paths import ProfilePaths
from app.reference_data import set_reference_root
from app.security import device as lost_device  # (module: app.security imports app.sync)
from app.security.server_unlock import remember_server_password
from app.sync import state
from app.sync.blobs import download_all, fetch_blob, forget_unwanted, upload_all
from app.sync.context import ProgressCallback, RunContext, SyncConfig, utcnow
from app.sync.credentials import (
    Account,
    TokenStore,
    load_account,
    normalise_server,
    save_account,
    save_role,
)
from app.sync.errors import SyncCancelled, SyncError
from app.sync.pull import pull_all
from app.sync.push import push_all
from app.sync.reference import refresh_reference
from app.sync.report import SyncProgress, SyncReport, last_report, now_text, save_report
from app.sync.transport import ServerClient
from app.sync_wire import UserPublic
from db.database import Database
from db.models import OutboxEntry, SyncBlob, SyncConflict, SyncRejected

log = logging.getLogger(__name__)

_run_locks: dict[Path, threading.Lock] = {}
_locks_guard = threading.Lock()


def _run_lock(path: Path) -> threading.Lock:
    with _locks_guard:
        return _run_locks.setdefault(path.resolve(), threading.Lock())


class SyncEngine:
    """Syncs one profile with its server as its signed-in account."""

    def __init__(
        self,
        database: Database,
        paths: ProfilePaths,
        client: ServerClient,
        *,
        actor: str = "sync",
        config: SyncConfig | None = None,
    ) -> None:
        self.database = database
        self.paths = paths
        self.client = client
        self.actor = actor
        self.config = config or SyncConfig()
        self.store = AttachmentStore(paths.attachments)

    def close(self) -> None:
        """Close the connection to the server."""
        self.client.close()

    def __enter__(self) -> SyncEngine:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def run(
        self,
        progress: ProgressCallback | None = None,
        cancel: threading.Event | None = None,
    ) -> SyncReport:
        """One sync; never raises for sync failures (see ``report.error``)."""
        report = SyncReport(
            started_at=now_text(utcnow()),
            server=self.client.account.server,
            user=self.client.account.username,
        )
        ctx = RunContext(
            self.database,
            self.client,
            self.store,
            self.config,
            report,
            self.actor,
            progress,
            cancel,
        )
        lock = _run_lock(self.database.path)
        if not lock.acquire(blocking=False):
            report.error = SyncError("busy").to_json()
            report.finished_at = now_text(utcnow())
            return report
        try:
            set_reference_root(self.paths.root)  # what pulls and refreshes derive from
            self._steps(ctx)
        except SyncCancelled as exc:
            report.cancelled = True
            report.error = exc.to_json()
        except SyncError as exc:
            log.info("sync stopped: %s", exc.code)
            report.error = exc.to_json()
        except (SQLAlchemyError, OSError) as exc:
            log.exception("sync failed on this laptop")
            report.error = SyncError("local", detail=type(exc).__name__).to_json()
        finally:
            lock.release()
            report.finished_at = now_text(utcnow())
            try:
                save_report(self.database, report)
            except (SQLAlchemyError, OSError):
                log.exception("could not keep the sync report")
            ctx.emit(SyncProgress("done", 1, 1))
        return report

    def _steps(self, ctx: RunContext) -> None:
        lost_device.check_device(self.database, self.paths, self.client)  # lost: erase
        push_all(ctx)
        pull_all(ctx)
        forget_unwanted(self.database)
        ctx.emit(SyncProgress("upload", 0, None))
        upload_all(ctx)
        download_all(ctx)
        if self.config.refresh_reference:
            refresh_reference(ctx, self.paths.root)

    def fetch_attachment(self, sha256: str, progress: ProgressCallback | None = None) -> Path:
        """The blob of ``sha256``, downloaded now if it is not here (SyncError if it fails)."""
        if self.store.has(sha256):
            return self.store.path_of(sha256)
        with self.database.reading() as session:
            size = session.scalar(select(SyncBlob.size).where(SyncBlob.sha256 == sha256))
        if size is None:
            from db.models import Attachment

            with self.database.reading() as session:
                size = session.scalar(
                    select(Attachment.size).where(Attachment.sha256 == sha256).limit(1)
                )
        if size is None:
            raise KeyError(sha256)
        done = 0

        def got(count: int) -> None:
            nonlocal done
            done += count
            if progress is not None:
                progress(SyncProgress("download", 0, 1, done, int(size)))

        path = fetch_blob(self.client, self.store, sha256, int(size), got)
        with state.sync_transaction(self.database) as session:
            row = session.get(SyncBlob, sha256)
            if row is not None:
                row.state, row.last_error, row.updated_at = "synced", "", utcnow()
        return path


# --- accounts ---------------------------------------------------------------------------


def sign_in(
    database: Database,
    server: str,
    username: str,
    password: str,
    *,
    ca_bundle: str | None = None,
    tokens: TokenStore | None = None,
    http_transport: httpx.BaseTransport | None = None,
) -> UserPublic:
    """Sign in and remember the account (refresh token in the keyring). SyncError if not."""
    tokens = tokens or TokenStore()
    account = Account(normalise_server(server), username, ca_bundle or None)
    previous = load_account(database)
    with ServerClient(
        account, state.device_id(database), tokens, http_transport=http_transport
    ) as client:
        try:
            user = client.login(password)
        except lost_device.DeviceLost:
            lost_device.erase_if_lost(database, account, tokens)
            raise
    remember_server_password(database.path.parent, username, password)
    if previous is not None and previous.keyring_name != account.keyring_name:
        tokens.delete(previous)
    save_account(database, account)
    save_role(database, user.role, user.branch)
    return user


def sign_out(
    database: Database,
    *,
    tokens: TokenStore | None = None,
    http_transport: httpx.BaseTransport | None = None,
) -> tuple[Account | None, bool]:
    """End the sign-in here and on the server; returns the account and whether it was revoked."""
    account = load_account(database)
    if account is None:
        return None, False
    with ServerClient(
        account, state.device_id(database), tokens, http_transport=http_transport
    ) as client:
        revoked = client.logout()
    return account, revoked


def open_engine(
    database: Database,
    paths: ProfilePaths,
    *,
    server: str | None = None,
    ca_bundle: str | None = None,
    tokens: TokenStore | None = None,
    http_transport: httpx.BaseTransport | None = None,
    config: SyncConfig | None = None,
    actor: str = "sync",
) -> SyncEngine:
    """An engine for the profile's signed-in account (SyncError if there is none).

    ``server`` must be the account's server if given; ``ca_bundle`` overrides the
    stored CA bundle for this engine.
    """
    tokens = tokens or TokenStore()
    account = load_account(database)
    if account is None:
        raise SyncError("not_signed_in")
    if server is not None and normalise_server(server) != account.server:
        raise SyncError("account_mismatch", current=account.server, requested=server)
    if ca_bundle:
        account = Account(account.server, account.username, ca_bundle)
    if not tokens.get(account):
        raise SyncError("not_signed_in")
    client = ServerClient(account, state.device_id(database), tokens, http_transport=http_transport)
    return SyncEngine(database, paths, client, actor=actor, config=config)


@dataclass(frozen=True)
class SyncStatus:
    """What the Sync page shows before a run."""

    account: Account | None
    signed_in: bool
    unsynced: int
    conflicts: int
    rejected: int
    downloads_wanted: int
    last_report: SyncReport | None
    last_success: str | None


def sync_status(database: Database, tokens: TokenStore | None = None) -> SyncStatus:
    """The account, counts of pending work and the last report (no network)."""
    account = load_account(database)
    signed_in = False
    if account is not None:
        try:
            signed_in = bool((tokens or TokenStore()).get(account))
        except SyncError:
            signed_in = False
    with database.reading() as session:
        unsynced = session.scalar(select(func.count()).select_from(OutboxEntry)) or 0
        conflicts = session.scalar(select(func.count()).select_from(SyncConflict)) or 0
        rejected = (
            session.scalar(
                select(func.count())
                .select_from(SyncRejected)
                .where(SyncRejected.merged_into.is_(None))
            )
            or 0
        )
        wanted = (
            session.scalar(
                select(func.count()).select_from(SyncBlob).where(SyncBlob.state == "download")
            )
            or 0
        )
        success = state.get(session, state.LAST_SUCCESS)
    return SyncStatus(
        account=account,
        signed_in=signed_in,
        unsynced=int(unsynced),
        conflicts=int(conflicts),
        rejected=int(rejected),
        downloads_wanted=int(wanted),
        last_report=last_report(database),
        last_success=success,
    )
