"""Attachments: only missing blobs go up, in resumable chunks; wanted blobs come down."""

from __future__ import annotations

import hashlib
import os

from app.attachment_store import AttachmentStore
from db.models import Attachment, Document
from tests.sync.conftest import LaptopFactory
from tests.sync.support import Fault, Laptop, World, add_customer, add_record


def add_attachment(laptop: Laptop, customer: str, size: int) -> str:
    """A document with one attachment whose blob (random bytes) is in the store."""
    data = os.urandom(size)
    sha = hashlib.sha256(data).hexdigest()
    store = AttachmentStore(laptop.profile.paths.attachments)
    path = store.path_of(sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    document = add_record(laptop, Document, customer_id=customer, doc_type="business_licence")
    add_record(
        laptop,
        Attachment,
        document_id=document,
        sha256=sha,
        size=size,
        media_type="application/pdf",
        original_name="licence.pdf",
    )
    return sha


def test_blobs_upload_resumably_and_download_small_now_large_on_demand(
    world: World, laptops: LaptopFactory
) -> None:
    a, b = laptops(world), laptops(world)
    customer = add_customer(a)
    large = add_attachment(a, customer, size=3 * 1024 * 1024 + 5)
    small = add_attachment(a, customer, size=20_000)
    a.transport.add(Fault("/attachments/" + large, "before", nth=3))  # status, chunk 1, *chunk 2
    report = a.sync()
    assert report.error is not None and report.error["code"] == "offline"
    assert report.uploaded_bytes == 20_000 + 1024 * 1024  # the small one, a chunk of the large
    before = len(a.transport.log)
    report = a.sync_ok()
    puts = [line for line in a.transport.log[before:] if line.startswith("PUT")]
    assert len(puts) == 3  # the rest of the large one: resumed at 1 MiB
    assert report.uploaded_files == 1
    assert report.uploaded_bytes == 2 * 1024 * 1024 + 5
    assert a.sync_ok().uploaded_files == 0  # nothing missing any more

    report = b.sync_ok(eager_download_bytes=1024 * 1024)
    store = AttachmentStore(b.profile.paths.attachments)
    assert (report.downloaded_files, report.downloads_deferred) == (1, 1)
    assert store.verify(small) and not store.has(large)
    from app.sync import open_engine

    with open_engine(b.db, b.profile.paths, http_transport=b.transport) as engine:
        path = engine.fetch_attachment(large)
    assert path == store.path_of(large) and store.verify(large)
    assert b.sync_ok().downloads_deferred == 0
