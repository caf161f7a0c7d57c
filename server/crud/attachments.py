"""Attachment blobs: content-addressed by SHA-256, uploaded in resumable chunks.

Bytes are kept in the database (``blob_chunks``), so every server process sees
every upload and no shared disk is needed behind a load balancer. An upload
becomes a blob only when its size and SHA-256 match; otherwise it is dropped.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, exists, insert, select
from sqlalchemy.orm import Session, sessionmaker

from app.sync_wire import AttachmentStatus
from server.core.principal import Principal
from server.models import (
    Blob,
    BlobChunk,
    CustomerAssignment,
    Record,
    Upload,
    UploadChunk,
)
from server.sync.pull import BRANCH_ROLES


class OffsetMismatch(Exception):
    """The chunk does not start where the upload stands (resume from the status)."""


@dataclass
class HashMismatch(Exception):
    """The bytes received do not have the announced SHA-256 or size: nothing was kept."""

    detail: str


def missing(session: Session, hashes: list[str]) -> list[str]:
    """The hashes the server has no blob for, in the order asked, without repeats."""
    wanted = list(dict.fromkeys(hashes))
    have = set(session.execute(select(Blob.sha256).where(Blob.sha256.in_(wanted))).scalars())
    return [h for h in wanted if h not in have]


def status(session: Session, principal: Principal, sha256: str) -> AttachmentStatus:
    """How far the caller's upload of ``sha256`` got (complete if the blob exists)."""
    blob = session.get(Blob, sha256)
    if blob is not None:
        return AttachmentStatus(sha256=sha256, size=blob.size, received=blob.size, complete=True)
    upload = _upload(session, principal, sha256)
    if upload is None:
        return AttachmentStatus(sha256=sha256, size=None, received=0, complete=False)
    return AttachmentStatus(
        sha256=sha256, size=upload.total_size, received=upload.received, complete=False
    )


def _upload(session: Session, principal: Principal, sha256: str) -> Upload | None:
    return session.execute(
        select(Upload)
        .where(Upload.sha256 == sha256, Upload.user_id == principal.user_id)
        .with_for_update()
    ).scalar_one_or_none()


def _drop(session: Session, upload: Upload) -> None:
    session.execute(delete(UploadChunk).where(UploadChunk.upload_id == upload.id))
    session.delete(upload)
    session.flush()


def put_chunk(
    session: Session,
    principal: Principal,
    sha256: str,
    start: int,
    total: int,
    data: bytes,
    now: datetime,
) -> AttachmentStatus:
    """Add ``data`` at ``start`` of a ``total``-byte upload; verify and keep it when complete.

    Raises :class:`OffsetMismatch` if ``start`` is not the size received so far,
    :class:`HashMismatch` (after dropping the upload) if the finished bytes are wrong.
    """
    blob = session.get(Blob, sha256)
    if blob is not None:
        return AttachmentStatus(sha256=sha256, size=blob.size, received=blob.size, complete=True)
    upload = _upload(session, principal, sha256)
    if upload is not None and upload.total_size != total:
        _drop(session, upload)
        upload = None
    if upload is None:
        if start != 0:
            raise OffsetMismatch
        upload = Upload(
            sha256=sha256,
            user_id=principal.user_id,
            total_size=total,
            received=0,
            created_at=now,
            updated_at=now,
        )
        session.add(upload)
        session.flush()
    if start != upload.received:
        raise OffsetMismatch
    if start + len(data) > total:
        _drop(session, upload)
        raise HashMismatch("more bytes than the announced size")
    session.execute(insert(UploadChunk).values(upload_id=upload.id, offset=start, data=data))
    upload.received += len(data)
    upload.updated_at = now
    if upload.received < total:
        session.flush()
        return AttachmentStatus(sha256=sha256, size=total, received=upload.received, complete=False)
    return _finish(session, upload, now)


def _finish(session: Session, upload: Upload, now: datetime) -> AttachmentStatus:
    digest = hashlib.sha256()
    size = 0
    chunks = session.execute(
        select(UploadChunk.offset, UploadChunk.data)
        .where(UploadChunk.upload_id == upload.id)
        .order_by(UploadChunk.offset)
    ).all()
    for _offset, data in chunks:
        digest.update(data)
        size += len(data)
    sha256 = upload.sha256
    if digest.hexdigest() != sha256 or size != upload.total_size:
        _drop(session, upload)
        raise HashMismatch("the bytes received do not match the SHA-256 and size announced")
    session.add(Blob(sha256=sha256, size=size, created_at=now))
    session.flush()
    session.execute(
        insert(BlobChunk),
        [{"sha256": sha256, "idx": i, "data": data} for i, (_o, data) in enumerate(chunks)],
    )
    _drop(session, upload)
    return AttachmentStatus(sha256=sha256, size=size, received=size, complete=True)


def readable(session: Session, principal: Principal, sha256: str) -> Blob | None:
    """The blob, if an attachment record in the caller's scope refers to it."""
    refers = (
        select(Record.id)
        .join(CustomerAssignment, CustomerAssignment.customer_id == Record.customer_id)
        .where(
            Record.entity == "attachments",
            Record.deleted.is_(False),
            Record.data["sha256"].as_string() == sha256,
        )
    )
    if principal.role in BRANCH_ROLES:
        refers = refers.where(CustomerAssignment.branch_code == principal.branch)
    elif principal.role != "admin":
        refers = refers.where(CustomerAssignment.rm_user_id == principal.user_id)
    if not session.execute(select(exists(refers))).scalar():
        return None
    return session.get(Blob, sha256)


def stream(sessions: sessionmaker[Session], sha256: str) -> Iterator[bytes]:
    """The blob's bytes, one chunk at a time (each read in its own short transaction)."""
    index = 0
    while True:
        with sessions() as session:
            data = session.execute(
                select(BlobChunk.data).where(BlobChunk.sha256 == sha256, BlobChunk.idx == index)
            ).scalar_one_or_none()
        if data is None:
            return
        yield data
        index += 1
