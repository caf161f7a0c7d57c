"""Attachment blobs: upload what the server lacks (chunked, resumable), download what is wanted.

Uploads ask ``/attachments/missing`` for the hashes of synced attachment records
not yet known to be on the server, then send each missing blob in chunks,
resuming from the offset the server reports. Downloads take the blobs pulled
records refer to (``sync_blobs`` state ``download``): small ones during sync,
larger ones when the RM opens them (:func:`fetch_blob`). A downloaded blob is
verified (SHA-256 and size) before it appears in the store under its name.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session

from app.attachment_store import AttachmentStore
from app.sync.context import RunContext, utcnow
from app.sync.errors import SyncError
from app.sync.report import SyncProgress
from app.sync.state import sync_transaction
from app.sync.transport import ServerClient
from app.sync_wire import MAX_HASHES
from db.database import Database
from db.models import Attachment, SyncBlob

log = logging.getLogger(__name__)

#: Sync states of a blob.
UPLOAD, DOWNLOAD, SYNCED = "upload", "download", "synced"


def _mark(
    database: Database, hashes: dict[str, int], state_name: str, error: str | None = None
) -> None:
    if not hashes:
        return
    now = utcnow()
    with sync_transaction(database) as session:
        for sha, size in hashes.items():
            row = session.get(SyncBlob, sha)
            if row is None:
                row = SyncBlob(sha256=sha, size=size, state=state_name, updated_at=now)
                session.add(row)
            if error is None:
                row.state, row.size, row.last_error = state_name, size, ""
            else:
                row.attempts = (row.attempts or 0) + 1
                row.last_error = error[:500]
            row.updated_at = now


def upload_candidates(session: Session, store: AttachmentStore) -> dict[str, int]:
    """Blobs of synced attachment records here, not yet known to be on the server."""
    known = exists().where(SyncBlob.sha256 == Attachment.sha256, SyncBlob.state == SYNCED)
    rows = session.execute(
        select(Attachment.sha256, Attachment.size)
        .where(
            Attachment.deleted_at.is_(None),
            Attachment.server_version.is_not(None),
            ~known,
        )
        .distinct()
    )
    return {sha: int(size) for sha, size in rows if store.has(sha)}


def _upload_one(ctx: RunContext, sha: str, size: int, sent: Callable[[int], None]) -> None:
    client, chunk = ctx.client, ctx.config.chunk_size
    status = client.upload_status(sha)
    if status.complete:
        return
    offset = status.received if status.size == size else 0
    with ctx.store.open(sha) as handle:
        for _attempt in range(size // max(chunk, 1) + 10):
            if offset >= size:
                break
            ctx.check_cancel()
            handle.seek(offset)
            data = handle.read(chunk)
            if not data:
                raise SyncError("local", detail=f"attachment {sha[:12]} is shorter than recorded")
            status = client.put_chunk(sha, offset, size, data)
            if status.complete:
                sent(size - offset)
                return
            if status.received > offset:
                sent(status.received - offset)
            offset = status.received
        else:
            raise SyncError("protocol", status=409, message="upload does not advance")
    if not client.upload_status(sha).complete:
        raise SyncError("protocol", status=200, message="upload not complete")


def upload_all(ctx: RunContext) -> None:
    """Upload every blob the server lacks."""
    with ctx.database.reading() as session:
        candidates = upload_candidates(session, ctx.store)
    if not candidates:
        return
    hashes = sorted(candidates)
    missing: list[str] = []
    for start in range(0, len(hashes), MAX_HASHES):
        chunk = hashes[start : start + MAX_HASHES]
        lacking = ctx.client.missing(chunk)
        missing.extend(lacking)
        _mark(ctx.database, {h: candidates[h] for h in chunk if h not in set(lacking)}, SYNCED)
    missing.sort(key=lambda h: (candidates[h], h))  # small first: more files done early
    total = sum(candidates[h] for h in missing)
    done_bytes = 0

    def sent(count: int) -> None:
        nonlocal done_bytes
        done_bytes += count
        ctx.report.uploaded_bytes += count
        ctx.emit(SyncProgress("upload", ctx.report.uploaded_files, len(missing), done_bytes, total))

    ctx.emit(SyncProgress("upload", 0, len(missing), 0, total))
    for sha in missing:
        try:
            _upload_one(ctx, sha, candidates[sha], sent)
        except SyncError as exc:
            if exc.code != "protocol":
                raise
            log.warning("upload of %s refused: %s", sha[:12], exc.text())
            _mark(ctx.database, {sha: candidates[sha]}, UPLOAD, exc.text())
            continue
        _mark(ctx.database, {sha: candidates[sha]}, SYNCED)
        ctx.report.uploaded_files += 1


def fetch_blob(
    client: ServerClient,
    store: AttachmentStore,
    sha: str,
    size: int,
    progress: Callable[[int], None] | None = None,
) -> Path:
    """Download one blob into the store (verified); returns its path."""
    if store.has(sha):
        return store.path_of(sha)
    # In memory (blobs are at most tens of MB): the plaintext never touches the disk.
    buffer = io.BytesIO()
    client.download(sha, buffer, progress)
    try:
        return store.put_verified(buffer.getvalue(), sha, size)
    except ValueError as exc:
        raise SyncError("protocol", status=200, message=str(exc)) from None


def download_all(ctx: RunContext) -> None:
    """Download the wanted blobs up to the eager size; count the larger ones as deferred."""
    with ctx.database.reading() as session:
        wanted = list(
            session.execute(
                select(SyncBlob.sha256, SyncBlob.size)
                .where(SyncBlob.state == DOWNLOAD)
                .order_by(SyncBlob.size, SyncBlob.sha256)
            )
        )
    eager = [(sha, int(size)) for sha, size in wanted if size <= ctx.config.eager_download_bytes]
    ctx.report.downloads_deferred = len(wanted) - len(eager)
    if not eager:
        return
    total = sum(size for _sha, size in eager)
    done_bytes = 0

    def got(count: int) -> None:
        nonlocal done_bytes
        done_bytes += count
        ctx.report.downloaded_bytes += count
        ctx.emit(
            SyncProgress("download", ctx.report.downloaded_files, len(eager), done_bytes, total)
        )

    ctx.emit(SyncProgress("download", 0, len(eager), 0, total))
    for sha, size in eager:
        ctx.check_cancel()
        try:
            fetch_blob(ctx.client, ctx.store, sha, size, got)
        except SyncError as exc:
            if exc.code != "protocol":
                raise
            log.info("download of %s not possible now: %s", sha[:12], exc.text())
            _mark(ctx.database, {sha: size}, DOWNLOAD, exc.text())
            continue
        _mark(ctx.database, {sha: size}, SYNCED)
        ctx.report.downloaded_files += 1


def forget_unwanted(database: Database) -> None:
    """Drop download wishes no live attachment here refers to any more."""
    with sync_transaction(database) as session:
        live = select(Attachment.sha256).where(Attachment.deleted_at.is_(None))
        session.execute(
            delete(SyncBlob).where(SyncBlob.state == DOWNLOAD, SyncBlob.sha256.not_in(live))
        )
