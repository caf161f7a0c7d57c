"""Scans and documents kept on disk by content (SHA-256), checked before they are kept.

:class:`AttachmentStore` keeps a file as ``folder/ab/cd/<sha256>`` (the first
two and next two hex digits fan the blobs out). Adding the same bytes twice
stores them once. :meth:`AttachmentStore.add` reads the file once into memory
(at most ``max_bytes`` + 1 bytes, even when the file grows while it is read),
hashes and checks it there, and writes only the sealed blob: never a plaintext
copy. A blob appears under its final name only complete and on disk (written to
a ``.incoming-*.part`` temp file in the store, fsynced, renamed, folder
fsynced), so a crash leaves at most such a temp file (sealed like the blob),
never a half blob; and a file that is refused leaves nothing at all.

In a profile (whose key :func:`app.profile.open_profile` has loaded) every blob
is encrypted with AES-256-GCM under the profile's file key, bound to its hash
(:mod:`app.security.crypto`); the hash is still that of the plaintext, so sync
and de-duplication work as before. Read blobs with :meth:`AttachmentStore.read`
or :func:`read_blob_file`, never straight from disk; a blob changed on disk
raises :class:`~app.security.crypto.TamperedFileError`.

The type comes from the content (magic bytes), never from the file's extension:
PDF, JPEG, PNG, TIFF and HEIC/HEIF. Before it is kept, a PDF must open with
pypdf and have a page (a PDF that needs a password to open is refused; one that
only restricts printing or editing is accepted), and a picture must decode with
Pillow. HEIC is accepted on its magic bytes unless ``pillow-heif`` is installed.

Problems raise :class:`AttachmentError`, whose English ``template`` (context
``"Attachment"``) the UI translates and fills with ``params``. The work is disk
and CPU heavy, and holds up to about three times ``max_bytes`` in memory for a
moment: call :meth:`AttachmentStore.add` off the GUI thread.
"""

from __future__ import annotations

import hashlib
import importlib
import io
import logging
import math
import os
import re
import tempfile
import time
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.security.at_rest import file_cipher_for, fsync_dir, shred
from app.security.crypto import OVERHEAD, FileCipher, TamperedFileError, is_encrypted
from app.text import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

PDF = "application/pdf"
JPEG = "image/jpeg"
PNG = "image/png"
TIFF = "image/tiff"
HEIC = "image/heic"
HEIF = "image/heif"

#: Short names of the stored types, the same in every language (for lists and messages).
MEDIA_TYPE_LABELS: Mapping[str, str] = {
    PDF: "PDF",
    JPEG: "JPEG",
    PNG: "PNG",
    TIFF: "TIFF",
    HEIC: "HEIC",
    HEIF: "HEIF",
}
#: Every type the store keeps.
MEDIA_TYPES: frozenset[str] = frozenset(MEDIA_TYPE_LABELS)
#: The picture types (everything but PDF).
IMAGE_TYPES: frozenset[str] = MEDIA_TYPES - {PDF}

DEFAULT_MAX_BYTES = 25 * 1024 * 1024
_MB = 1024 * 1024
_CHUNK = 1024 * 1024
_HEAD = 32  # bytes kept from the start of the file for type detection
_TEMP_PREFIX = ".incoming-"
_TEMP_SUFFIX = ".part"
_SHA256_RE = re.compile(r"[0-9a-f]{64}")

_HEIC_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx"})
_HEIF_BRANDS = frozenset({b"mif1", b"msf1"})
# Pillow's format name for each picture type it decodes.
_PILLOW_FORMATS = {JPEG: "JPEG", PNG: "PNG", TIFF: "TIFF", HEIC: "HEIF", HEIF: "HEIF"}

#: The English template of each problem code (context "Attachment").
ATTACHMENT_TEMPLATES: dict[str, str] = {
    "unreadable": QT_TRANSLATE_NOOP(
        "Attachment",
        "{name} cannot be read: it may have been moved or deleted, "
        "or you may not have permission to open it",
    ),
    "empty": QT_TRANSLATE_NOOP("Attachment", "{name} is empty"),
    "too_large": QT_TRANSLATE_NOOP("Attachment", "{name} is {size} MB; the limit is {limit} MB"),
    "unsupported": QT_TRANSLATE_NOOP(
        "Attachment", "{name} is not a PDF or a picture (JPEG, PNG, TIFF, HEIC)"
    ),
    "corrupt": QT_TRANSLATE_NOOP("Attachment", "{name} is damaged and cannot be opened"),
    "password": QT_TRANSLATE_NOOP(
        "Attachment",
        "{name} is protected by a password; save a copy without the password and add that",
    ),
    "wrong_type": QT_TRANSLATE_NOOP(
        "Attachment", "Wrong type for this item: {type}; accepted: {accepted}"
    ),
    "unwritable": QT_TRANSLATE_NOOP(
        "Attachment", "{name} could not be saved: check that the disk has free space"
    ),
}


class AttachmentError(ValueError):
    """A file the store will not keep; ``text()`` says why (``code`` is stable)."""

    context = "Attachment"

    def __init__(self, code: str, **params: str) -> None:
        self.code = code
        self.template = ATTACHMENT_TEMPLATES[code]
        self.params = params
        super().__init__(self.text())

    def text(self) -> str:
        """The English message, placeholders filled in."""
        return self.template.format(**self.params)


@dataclass(frozen=True)
class StoredFile:
    """A file as the store keeps it: its hash (the blob's name), size, type and given name."""

    sha256: str
    size: int
    media_type: str
    original_name: str


def media_type_label(media_type: str) -> str:
    """The short name of ``media_type`` ("PDF", "JPEG", ...), or the type itself if unknown."""
    return MEDIA_TYPE_LABELS.get(media_type, media_type)


def detect_media_type(head: bytes) -> str | None:
    """The media type the first bytes of a file announce, or None if not one the store keeps."""
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return TIFF
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _HEIC_BRANDS:
            return HEIC
        if brand in _HEIF_BRANDS:
            return HEIF
    return None


def _megabytes(size: int, *, round_up: bool) -> str:
    """``size`` in MB with at most one decimal; a size just over a limit rounds up past it."""
    tenths = size * 10 / _MB
    value = (math.ceil(tenths) if round_up else math.floor(tenths)) / 10
    if value == 0:
        return f"{size / _MB:.2g}"
    return f"{value:.1f}".removesuffix(".0")


def read_blob_file(path: Path) -> bytes:
    """The plaintext of the blob file at ``path`` (decrypted with its profile's key).

    Raises OSError (:class:`TamperedFileError` when an encrypted blob is not authentic
    or its profile's key is not loaded).
    """
    data = path.read_bytes()
    if not is_encrypted(data):
        return data  # an older profile's blob, not yet encrypted
    cipher = file_cipher_for(path)
    if cipher is None:
        raise TamperedFileError(f"{path.name}: encrypted, and its profile's key is not loaded")
    return cipher.decrypt(data, path.name)


class AttachmentStore:
    """Content-addressed blobs in ``folder``, each at most ``max_bytes`` long.

    ``cipher``: how blobs are sealed; by default that of the open profile holding
    ``folder`` (none outside a profile: blobs are then kept as they are).
    """

    def __init__(
        self, folder: Path, max_bytes: int = DEFAULT_MAX_BYTES, cipher: FileCipher | None = None
    ) -> None:
        self.folder = folder
        self.max_bytes = max_bytes
        self.cipher = cipher if cipher is not None else file_cipher_for(folder)

    # -- reading -----------------------------------------------------------

    def path_of(self, sha256: str) -> Path:
        """Where the blob of ``sha256`` (64 lower-case hex digits) lives, present or not."""
        if not _SHA256_RE.fullmatch(sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.folder / sha256[:2] / sha256[2:4] / sha256

    def has(self, sha256: str) -> bool:
        """Whether the blob of ``sha256`` is in the store."""
        return self.path_of(sha256).is_file()

    def read(self, sha256: str) -> bytes:
        """The content of the blob of ``sha256``, decrypted (FileNotFoundError if absent).

        Raises :class:`TamperedFileError` when the stored blob was altered.
        """
        path = self.path_of(sha256)
        data = path.read_bytes()
        if not is_encrypted(data):
            return data
        cipher = self.cipher or file_cipher_for(path)
        if cipher is None:
            raise TamperedFileError(f"{sha256}: encrypted, and its profile's key is not loaded")
        return cipher.decrypt(data, sha256)

    def open(self, sha256: str) -> BinaryIO:
        """The blob's content as a readable, seekable stream (see :meth:`read`)."""
        return io.BytesIO(self.read(sha256))

    def verify(self, sha256: str) -> bool:
        """Whether the blob is present, authentic, and its content still hashes to ``sha256``."""
        try:
            data = self.read(sha256)
        except OSError:
            return False
        return hashlib.sha256(data).hexdigest() == sha256

    def put_verified(self, data: bytes, sha256: str, size: int) -> Path:
        """Keep downloaded ``data`` as the blob of ``sha256`` (ValueError if it does not match)."""
        digest = hashlib.sha256(data).hexdigest()
        if digest != sha256 or len(data) != size:
            raise ValueError(f"blob {sha256[:12]}: got {digest[:12]} ({len(data)} bytes)")
        final = self.path_of(sha256)
        self._write_blob(final, self._seal(data, sha256))
        return final

    def missing(self, hashes: Iterable[str]) -> set[str]:
        """The hashes among ``hashes`` whose blob is not in the store."""
        return {sha for sha in hashes if not self.has(sha)}

    # -- adding ------------------------------------------------------------

    def add(self, source: Path, accepted: Collection[str] | None = None) -> StoredFile:
        """Check ``source`` and keep a copy of it; the same content is kept once.

        ``accepted``: the media types this item takes (None: any the store keeps).
        Raises :class:`AttachmentError`; then nothing of ``source`` is in the store.
        The content is read once into memory; only the sealed blob reaches the disk.
        """
        name = source.name
        data = self._read_in(source, name)
        sha256 = hashlib.sha256(data).hexdigest()
        media_type = detect_media_type(data[:_HEAD])
        if media_type is None:
            raise AttachmentError("unsupported", name=name)
        if accepted is not None and media_type not in accepted:
            raise AttachmentError(
                "wrong_type",
                name=name,
                type=media_type_label(media_type),
                accepted=", ".join(_labels(accepted)),
            )
        _check_content(data, media_type, name)
        self._install(data, sha256, name)
        return StoredFile(sha256, len(data), media_type, name)

    def discard_leftovers(self, older_than: float = 3600.0) -> int:
        """Delete temp files that crashed adds left behind (see :func:`discard_leftovers`)."""
        return discard_leftovers(self.folder, older_than)

    def _check_size(self, name: str, size: int) -> None:
        if size == 0:
            raise AttachmentError("empty", name=name)
        if size > self.max_bytes:
            raise AttachmentError(
                "too_large",
                name=name,
                size=_megabytes(size, round_up=True),
                limit=_megabytes(self.max_bytes, round_up=False),
            )

    def _read_in(self, source: Path, name: str) -> bytes:
        """The content of ``source``; no more than ``max_bytes`` + 1 bytes of it are read.

        The size the file announces is checked before anything is read; a file
        that grows past the limit while it is read is refused as soon as it does.
        """
        try:
            handle = source.open("rb")
        except OSError as exc:
            raise AttachmentError("unreadable", name=name) from exc
        with handle:
            try:
                announced = os.fstat(handle.fileno()).st_size
            except OSError as exc:
                raise AttachmentError("unreadable", name=name) from exc
            self._check_size(name, announced)
            chunks: list[bytes] = []
            size = 0
            want = announced + 1  # one read for a file that stayed as it was measured
            while True:
                try:
                    chunk = handle.read(min(want, self.max_bytes + 1 - size))
                except OSError as exc:
                    raise AttachmentError("unreadable", name=name) from exc
                if not chunk:
                    break
                chunks.append(chunk)
                size += len(chunk)
                if size > self.max_bytes:  # the file grew after it was measured
                    chunks.clear()
                    self._check_size(name, max(size, _current_size(handle)))
                want = _CHUNK
        self._check_size(name, size)
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)

    def _seal(self, data: bytes, sha256: str) -> bytes:
        """``data`` as it is kept on disk: encrypted when the store has a cipher."""
        return data if self.cipher is None else self.cipher.encrypt(data, sha256)

    def _install(self, data: bytes, sha256: str, name: str) -> None:
        """Keep ``data`` as the blob of ``sha256``, unless an intact blob is there already."""
        final = self.path_of(sha256)
        try:
            if final.is_file() and final.stat().st_size in (len(data), len(data) + OVERHEAD):
                return  # the same content, kept once
            self._write_blob(final, self._seal(data, sha256))
        except OSError as exc:
            raise AttachmentError("unwritable", name=name) from exc

    def _write_blob(self, final: Path, sealed: bytes) -> None:
        """Write ``sealed`` to a synced temp file in the store, then rename it to ``final``."""
        created = [d for d in (final.parent.parent, final.parent) if not d.is_dir()]
        final.parent.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(dir=self.folder, prefix=_TEMP_PREFIX, suffix=_TEMP_SUFFIX)
        temp = Path(temp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(sealed)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, final)
            fsync_dir(final.parent)
            for made in reversed(created):  # a new folder's entry lives in its parent
                fsync_dir(made.parent)
        finally:
            temp.unlink(missing_ok=True)  # gone already if it became the blob


def _current_size(handle: BinaryIO) -> int:
    """The size of the open file now (0 if it cannot be told)."""
    try:
        return os.fstat(handle.fileno()).st_size
    except OSError:
        return 0


def _labels(media_types: Collection[str]) -> list[str]:
    """Labels of ``media_types`` in the store's order, unknown ones after them."""
    known = [label for media, label in MEDIA_TYPE_LABELS.items() if media in media_types]
    return known + sorted(m for m in media_types if m not in MEDIA_TYPE_LABELS)


def _check_content(data: bytes, media_type: str, name: str) -> None:
    """Raise ``corrupt`` (or ``password``) unless ``data`` opens as ``media_type``."""
    if media_type == PDF:
        _check_pdf(data, name)
    elif media_type in (HEIC, HEIF):
        try:
            heif = importlib.import_module("pillow_heif")
        except ImportError:
            return  # nothing here decodes HEIC: its magic bytes have to do
        heif.register_heif_opener()
        _check_image(data, media_type, name)
    else:
        _check_image(data, media_type, name)


def _check_pdf(data: bytes, name: str) -> None:
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    try:
        with io.BytesIO(data) as handle:  # shares ``data``: no copy
            reader = PdfReader(handle, strict=False)
            if reader.is_encrypted:
                try:
                    if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                        raise AttachmentError("password", name=name)
                except DependencyError:
                    # AES without the `cryptography` package: pypdf cannot tell.
                    log.warning("cannot check an encrypted PDF: no AES support")
                    return
            pages = len(reader.pages)
            if pages:
                _ = reader.pages[0].mediabox
    except AttachmentError:
        raise
    except Exception as exc:  # pypdf raises many kinds on a malformed file
        log.info("PDF rejected: %s", type(exc).__name__)  # no file name: it may name the customer
        raise AttachmentError("corrupt", name=name) from exc
    if pages < 1:
        raise AttachmentError("corrupt", name=name)


def _check_image(data: bytes, media_type: str, name: str) -> None:
    from PIL import Image, ImageSequence

    formats = [_PILLOW_FORMATS[media_type]]
    try:
        with Image.open(io.BytesIO(data), formats=formats) as image:
            image.verify()  # structure and checksums (PNG CRCs)
        with Image.open(io.BytesIO(data), formats=formats) as image:
            for frame in ImageSequence.Iterator(image):  # every page of a TIFF
                frame.load()  # decodes the pixels: a truncated JPEG fails here
    except Exception as exc:  # Pillow raises OSError, SyntaxError, ValueError, ...
        log.info("picture rejected: %s", type(exc).__name__)
        raise AttachmentError("corrupt", name=name) from exc


def discard_leftovers(folder: Path, older_than: float = 3600.0) -> int:
    """Delete temp files that crashed adds left in ``folder`` (older than ``older_than`` s).

    They are sealed like the blobs now; older versions left plaintext copies,
    so they are still overwritten before they are deleted. Run when a profile opens.
    """
    removed = 0
    cutoff = time.time() - older_than
    try:
        leftovers = list(folder.glob(f"{_TEMP_PREFIX}*{_TEMP_SUFFIX}"))
    except OSError:
        return 0
    for path in leftovers:
        try:
            if path.stat().st_mtime < cutoff:
                shred(path)
                removed += 1
        except OSError as exc:
            log.warning("cannot remove leftover %s: %s", path, exc)
    return removed
