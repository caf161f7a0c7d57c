"""The attachment store keeps checked files by content, once, and nothing it refuses."""

from __future__ import annotations

import hashlib
import io
import os
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image
from pypdf import PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.attachment_store import (
    HEIC,
    JPEG,
    PDF,
    PNG,
    TIFF,
    AttachmentError,
    AttachmentStore,
    StoredFile,
    detect_media_type,
    media_type_label,
)
from app.security.crypto import FileCipher, is_encrypted


def picture_bytes(fmt: str, size: tuple[int, int] = (320, 200)) -> bytes:
    image = Image.new("RGB", size, "white")
    for x in range(0, size[0], 8):  # some detail, so the encoders have work to do
        for y in range(size[1]):
            image.putpixel((x, y), (x % 256, y % 256, 90))
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()


def pdf_bytes(text: str = "营业执照 business licence") -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    page.setFont("Helvetica", 24)
    page.drawString(72, 700, text.encode("ascii", "ignore").decode())
    page.rect(72, 400, 300, 200, fill=1)
    page.showPage()
    page.save()
    return out.getvalue()


def encrypted_pdf(user_password: str) -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(pdf_bytes()))
    writer.encrypt(user_password=user_password, owner_password="owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def heic_like() -> bytes:
    return b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(200)


SAMPLES: dict[str, Callable[[], bytes]] = {
    PDF: pdf_bytes,
    JPEG: lambda: picture_bytes("JPEG"),
    PNG: lambda: picture_bytes("PNG"),
    TIFF: lambda: picture_bytes("TIFF"),
}
SUFFIX = {PDF: ".pdf", JPEG: ".jpg", PNG: ".png", TIFF: ".tif"}


@pytest.fixture
def store(tmp_path: Path) -> AttachmentStore:
    return AttachmentStore(tmp_path / "attachments")


@pytest.fixture
def incoming(tmp_path: Path) -> Path:
    folder = tmp_path / "incoming"
    folder.mkdir()
    return folder


def write(folder: Path, name: str, content: bytes) -> Path:
    path = folder / name
    path.write_bytes(content)
    return path


def files_in(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()) if folder.exists() else []


@pytest.mark.parametrize("media_type", sorted(SAMPLES))
def test_a_file_is_stored_under_its_hash(
    store: AttachmentStore, incoming: Path, media_type: str
) -> None:
    content = SAMPLES[media_type]()
    source = write(incoming, "scan" + SUFFIX[media_type], content)

    stored = store.add(source)

    sha = hashlib.sha256(content).hexdigest()
    assert stored == StoredFile(sha, len(content), media_type, source.name)
    assert store.path_of(sha) == store.folder / sha[:2] / sha[2:4] / sha
    assert store.path_of(sha).read_bytes() == content
    assert store.has(sha)
    with store.open(sha) as blob:
        assert blob.read() == content
    assert store.verify(sha)
    assert files_in(store.folder) == [store.path_of(sha)]  # no temp file left over


def test_the_same_file_twice_is_stored_once(store: AttachmentStore, incoming: Path) -> None:
    source = write(incoming, "licence.jpg", picture_bytes("JPEG"))
    first = store.add(source)
    second = store.add(source)
    renamed = store.add(write(incoming, "copy of licence.jpg", source.read_bytes()))

    assert first == second
    assert renamed.sha256 == first.sha256
    assert renamed.original_name == "copy of licence.jpg"
    assert files_in(store.folder) == [store.path_of(first.sha256)]


def test_the_type_comes_from_the_content_not_the_name(
    store: AttachmentStore, incoming: Path
) -> None:
    stored = store.add(write(incoming, "statement.pdf", picture_bytes("PNG")))
    assert stored.media_type == PNG

    with pytest.raises(AttachmentError) as caught:
        store.add(write(incoming, "notes.jpg", "这不是图片 not a picture\n".encode()))
    assert caught.value.code == "unsupported"
    assert caught.value.text() == "notes.jpg is not a PDF or a picture (JPEG, PNG, TIFF, HEIC)"


def test_heic_is_accepted_on_its_magic_bytes(store: AttachmentStore, incoming: Path) -> None:
    if _has_pillow_heif():  # it would decode (and so refuse) this fake
        pytest.skip("pillow-heif installed: HEIC content is decoded")
    stored = store.add(write(incoming, "IMG_0001.HEIC", heic_like()))
    assert stored.media_type == HEIC
    assert media_type_label(stored.media_type) == "HEIC"


def _has_pillow_heif() -> bool:
    try:
        import pillow_heif  # noqa: F401
    except ImportError:
        return False
    return True


def test_detect_media_type() -> None:
    assert detect_media_type(b"%PDF-1.7\n") == PDF
    assert detect_media_type(b"\xff\xd8\xff\xe0") == JPEG
    assert detect_media_type(b"\x89PNG\r\n\x1a\n") == PNG
    assert detect_media_type(b"II*\x00") == TIFF
    assert detect_media_type(b"MM\x00*") == TIFF
    assert detect_media_type(b"\x00\x00\x00\x18ftypmif1") == "image/heif"
    assert detect_media_type(b"\x00\x00\x00\x18ftypisom") is None  # an MP4 video
    assert detect_media_type(b"PK\x03\x04") is None  # a .docx / .xlsx
    assert detect_media_type(b"") is None


def test_too_large(tmp_path: Path, incoming: Path) -> None:
    store = AttachmentStore(tmp_path / "attachments", max_bytes=1024 * 1024)
    source = write(incoming, "big.png", b"\x89PNG\r\n\x1a\n" + bytes(1024 * 1024))

    with pytest.raises(AttachmentError) as caught:
        store.add(source)

    assert caught.value.code == "too_large"
    assert caught.value.params == {"name": "big.png", "size": "1.1", "limit": "1"}
    assert caught.value.text() == "big.png is 1.1 MB; the limit is 1 MB"
    assert files_in(store.folder) == []


def test_a_file_at_the_limit_is_kept(tmp_path: Path, incoming: Path) -> None:
    content = picture_bytes("PNG")
    store = AttachmentStore(tmp_path / "attachments", max_bytes=len(content))
    assert store.add(write(incoming, "exact.png", content)).size == len(content)


def test_empty_and_unreadable(store: AttachmentStore, incoming: Path) -> None:
    with pytest.raises(AttachmentError) as caught:
        store.add(write(incoming, "empty.pdf", b""))
    assert (caught.value.code, caught.value.text()) == ("empty", "empty.pdf is empty")

    with pytest.raises(AttachmentError) as caught:
        store.add(incoming / "gone.pdf")
    assert caught.value.code == "unreadable"
    assert caught.value.params == {"name": "gone.pdf"}

    with pytest.raises(AttachmentError) as caught:
        store.add(incoming)  # a folder
    assert caught.value.code == "unreadable"
    assert files_in(store.folder) == []


def truncated_jpeg() -> bytes:
    content = picture_bytes("JPEG")
    return content[: len(content) // 2]


CORRUPT: dict[str, Callable[[], bytes]] = {
    "truncated.jpg": truncated_jpeg,
    "truncated.png": lambda: picture_bytes("PNG")[:300],
    "truncated.tif": lambda: picture_bytes("TIFF")[:1000],
    "header-only.jpg": lambda: b"\xff\xd8\xff\xe0" + os.urandom(2000),
    "garbage.pdf": lambda: b"%PDF-1.4\n" + os.urandom(5000),
    "garbage-with-eof.pdf": lambda: b"%PDF-1.4\n" + os.urandom(5000) + b"\n%%EOF\n",
    "truncated.pdf": lambda: pdf_bytes()[:-200],
}


@pytest.mark.parametrize("name", sorted(CORRUPT))
def test_a_damaged_file_is_refused_and_leaves_nothing(
    store: AttachmentStore, incoming: Path, name: str
) -> None:
    kept = store.add(write(incoming, "good.png", picture_bytes("PNG")))

    with pytest.raises(AttachmentError) as caught:
        store.add(write(incoming, name, CORRUPT[name]()))

    assert caught.value.code == "corrupt"
    assert caught.value.text() == f"{name} is damaged and cannot be opened"
    assert files_in(store.folder) == [store.path_of(kept.sha256)]


def test_a_pdf_that_needs_a_password_is_refused(store: AttachmentStore, incoming: Path) -> None:
    with pytest.raises(AttachmentError) as caught:
        store.add(write(incoming, "locked.pdf", encrypted_pdf("secret")))
    assert caught.value.code == "password"
    assert "password" in caught.value.text()
    assert files_in(store.folder) == []


def test_a_pdf_with_only_an_owner_password_is_kept(store: AttachmentStore, incoming: Path) -> None:
    """Bank statements often forbid editing but open without a password."""
    assert store.add(write(incoming, "statement.pdf", encrypted_pdf(""))).media_type == PDF


def test_a_type_the_item_does_not_take_is_refused(store: AttachmentStore, incoming: Path) -> None:
    source = write(incoming, "photo.png", picture_bytes("PNG"))

    with pytest.raises(AttachmentError) as caught:
        store.add(source, accepted={PDF, TIFF})

    assert caught.value.code == "wrong_type"
    assert caught.value.text() == "Wrong type for this item: PNG; accepted: PDF, TIFF"
    assert files_in(store.folder) == []
    assert store.add(source, accepted=[PNG, JPEG]).media_type == PNG


def test_a_failed_rename_leaves_nothing(
    store: AttachmentStore, incoming: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(AttachmentError) as caught:
        store.add(write(incoming, "scan.jpg", picture_bytes("JPEG")))
    assert caught.value.code == "unwritable"
    assert files_in(store.folder) == []


def test_verify_detects_a_tampered_blob(store: AttachmentStore, incoming: Path) -> None:
    stored = store.add(write(incoming, "contract.pdf", pdf_bytes()))
    blob = store.path_of(stored.sha256)
    content = bytearray(blob.read_bytes())
    content[100] ^= 0xFF
    blob.write_bytes(bytes(content))

    assert not store.verify(stored.sha256)
    assert not store.verify("0" * 64)  # absent


def test_a_damaged_blob_of_the_wrong_size_is_replaced(
    store: AttachmentStore, incoming: Path
) -> None:
    source = write(incoming, "scan.png", picture_bytes("PNG"))
    stored = store.add(source)
    store.path_of(stored.sha256).write_bytes(b"half")

    store.add(source)

    assert store.verify(stored.sha256)


def test_missing(store: AttachmentStore, incoming: Path) -> None:
    kept = store.add(write(incoming, "a.png", picture_bytes("PNG"))).sha256
    absent = hashlib.sha256(b"never added").hexdigest()

    assert store.missing([kept, absent]) == {absent}
    assert store.missing([]) == set()
    assert not store.has(absent)


@pytest.mark.parametrize("bad", ["", "../../etc/passwd", "ABC", "A" * 64, "g" * 64, "0" * 63])
def test_path_of_takes_only_a_sha256(store: AttachmentStore, bad: str) -> None:
    with pytest.raises(ValueError):
        store.path_of(bad)


def test_leftovers_of_a_crash_are_not_blobs_and_can_be_discarded(
    store: AttachmentStore, incoming: Path
) -> None:
    store.folder.mkdir(parents=True)
    old = write(store.folder, ".incoming-crashed.part", b"%PDF-1.4 half")
    new = write(store.folder, ".incoming-running.part", b"%PDF-1.4 half")
    an_hour_ago = time.time() - 7200
    os.utime(old, (an_hour_ago, an_hour_ago))

    assert store.discard_leftovers() == 1
    assert not old.exists()
    assert new.exists()  # may be an add in progress


def test_messages_are_marked_for_translation() -> None:
    error = AttachmentError("too_large", name="扫描件.pdf", size="30", limit="25")
    assert error.context == "Attachment"
    assert error.template == "{name} is {size} MB; the limit is {limit} MB"
    assert str(error) == error.text() == "扫描件.pdf is 30 MB; the limit is 25 MB"


def test_a_file_announced_too_large_is_refused_before_it_is_read(
    tmp_path: Path, incoming: Path
) -> None:
    limit = 256 * 1024
    store = AttachmentStore(tmp_path / "attachments", max_bytes=limit)
    source = write(incoming, "huge.pdf", b"%PDF-1.4\n" + bytes(8 * 1024 * 1024))

    tracemalloc.start()
    try:
        with pytest.raises(AttachmentError) as caught:
            store.add(source)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert caught.value.code == "too_large"
    assert caught.value.params["size"] == "8.1"
    assert peak < limit  # not even the limit's worth of it was read
    assert files_in(store.folder) == []


def test_a_file_that_grows_past_the_limit_while_read_is_refused_without_reading_it_all(
    tmp_path: Path, incoming: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    limit = 256 * 1024
    store = AttachmentStore(tmp_path / "attachments", max_bytes=limit)
    source = write(incoming, "growing.png", b"\x89PNG\r\n\x1a\n" + bytes(8 * 1024 * 1024))
    real_fstat = os.fstat
    measured: list[int] = []

    def measured_before_it_grew(fd: int) -> object:
        """The first look at the file sees it small: it grows after (a scanner still writing)."""
        measured.append(fd)
        if len(measured) == 1:
            return SimpleNamespace(st_size=1000)
        return real_fstat(fd)

    monkeypatch.setattr(os, "fstat", measured_before_it_grew)
    tracemalloc.start()
    try:
        with pytest.raises(AttachmentError) as caught:
            store.add(source)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()

    assert measured  # the announced size was checked (and passed) first
    assert caught.value.code == "too_large"
    assert caught.value.params == {"name": "growing.png", "size": "8.1", "limit": "0.2"}
    assert peak < 2 * limit  # read no further than the limit, not the 8 MB
    assert files_in(store.folder) == []


def test_a_sealed_store_writes_only_ciphertext(
    tmp_path: Path, incoming: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every file on disk at each fsync of an add is sealed; the blob reads back as the scan."""
    store = AttachmentStore(tmp_path / "attachments", cipher=FileCipher(os.urandom(32)))
    content = pdf_bytes("SECRET-SCAN-CONTENT")
    on_disk: list[bytes] = []
    real_fsync = os.fsync

    def fsync_and_look(fd: int) -> None:
        real_fsync(fd)
        on_disk.extend(path.read_bytes() for path in files_in(store.folder))

    monkeypatch.setattr(os, "fsync", fsync_and_look)
    stored = store.add(write(incoming, "contract.pdf", content))

    assert on_disk  # the temp file, caught before its rename
    assert all(is_encrypted(data) and b"SECRET-SCAN" not in data for data in on_disk)
    assert store.read(stored.sha256) == content
    assert files_in(store.folder) == [store.path_of(stored.sha256)]


def test_opening_a_profile_discards_old_leftovers_of_interrupted_adds(tmp_path: Path) -> None:
    from app.profile import open_profile

    root = tmp_path / "profile"
    open_profile(root).close()
    attachments = root / "attachments"
    attachments.mkdir(exist_ok=True)
    old = attachments / ".incoming-crashed.part"
    old.write_bytes(b"sealed or not, a leftover")
    recent = attachments / ".incoming-running.part"
    recent.write_bytes(b"an add still running")
    two_hours_ago = time.time() - 7200
    os.utime(old, (two_hours_ago, two_hours_ago))
    open_profile(root).close()
    assert not old.exists()
    assert recent.exists()  # younger than an hour: perhaps another window's add
