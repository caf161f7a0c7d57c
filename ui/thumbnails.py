"""Small pictures of attachments: images scaled down, PDFs by their first page.

:func:`thumbnail` renders a stored blob into a :class:`QImage` no larger than
``size`` x ``size`` (aspect kept; EXIF orientation honoured). It uses QImage,
never QPixmap, so it runs on worker threads. Blobs are decrypted in memory
(:func:`app.attachment_store.read_blob_file`): no plaintext copy is written.
:class:`ThumbnailCache` keeps the renders as PNGs (``folder/ab/<sha256>-<size>.png``),
encrypted with the profile's file key, so each is drawn once;
:class:`ThumbnailLabel` shows one, loading it in the background. What Qt cannot
draw (HEIC without a plugin, a damaged file) gets :func:`placeholder`: a page
with the type's short name on it.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QImageReader,
    QImageWriter,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QLabel, QWidget

from app.attachment_store import (
    HEIC,
    HEIF,
    JPEG,
    PDF,
    PNG,
    TIFF,
    media_type_label,
    read_blob_file,
)
from app.security.at_rest import file_cipher_for
from app.security.crypto import is_encrypted
from ui.tasks import register_pool, run_in_background

log = logging.getLogger(__name__)

DEFAULT_SIZE = 160
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
# Qt's name of the image plugin for each picture type (HEIC needs a plugin Qt rarely has).
_QT_FORMATS = {JPEG: b"jpeg", PNG: b"png", TIFF: b"tiff", HEIC: b"heic", HEIF: b"heif"}

_pool: QThreadPool | None = None


def thumbnail_pool() -> QThreadPool:
    """A small pool for rendering, apart from the database and network pools."""
    global _pool
    if _pool is None:
        _pool = register_pool(QThreadPool())
        _pool.setMaxThreadCount(2)
    return _pool


def thumbnail(store_path: Path, media_type: str, size: int = DEFAULT_SIZE) -> QImage:
    """The blob drawn within ``size`` x ``size``, or the placeholder if it cannot be drawn."""
    image = render(store_path, media_type, size)
    return image if image is not None else placeholder(media_type, size)


def render(store_path: Path, media_type: str, size: int = DEFAULT_SIZE) -> QImage | None:
    """The blob drawn within ``size`` x ``size``, or None if Qt cannot draw it."""
    try:
        if media_type == PDF:
            return _render_pdf(read_blob_file(store_path), size)
        if media_type in _QT_FORMATS:
            return _render_image(read_blob_file(store_path), _QT_FORMATS[media_type], size)
    except Exception:  # a thumbnail is never worth a crash
        log.exception("cannot draw %s (%s)", store_path, media_type)
    return None


def _fit(width: float, height: float, size: int, *, enlarge: bool) -> QSize:
    """``width`` x ``height`` scaled into a ``size`` square, aspect kept."""
    scale = min(size / width, size / height)
    if not enlarge:
        scale = min(scale, 1.0)
    return QSize(max(1, round(width * scale)), max(1, round(height * scale)))


def _render_image(data: bytes, qt_format: bytes, size: int) -> QImage | None:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer, qt_format)
    reader.setAutoTransform(True)  # EXIF orientation: a phone photo taken upright stays upright
    raw = reader.size()  # before the EXIF rotation, as setScaledSize wants it
    if raw.isValid() and not raw.isEmpty():
        # JPEG decodes straight at the smaller size (DCT scaling): fast for big scans
        reader.setScaledSize(_fit(raw.width(), raw.height(), size, enlarge=False))
    image = reader.read()
    if image.isNull():
        log.info("Qt cannot read a %s: %s", qt_format.decode(), reader.errorString())
        return None
    if image.width() > size or image.height() > size:
        image = image.scaled(
            size,
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    return image


def _render_pdf(data: bytes, size: int) -> QImage | None:
    from PySide6.QtPdf import QPdfDocument

    buffer = QBuffer()  # outlives the document (closed below)
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()  # no parent: lives and dies in this (worker) thread
    try:
        document.load(buffer)
        error = document.error()
        if error != QPdfDocument.Error.None_ or document.pageCount() < 1:
            log.info("Qt cannot open a PDF: %s", error)
            return None
        page = document.pagePointSize(0)
        if page.isEmpty():
            return None
        target = _fit(page.width(), page.height(), size, enlarge=True)
        drawn = document.render(0, target)
        if drawn.isNull():
            return None
        # pdfium leaves the paper transparent; thumbnails show it white
        image = QImage(target, QImage.Format.Format_RGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        painter.drawImage(0, 0, drawn)
        painter.end()
        return image
    finally:
        document.close()


def placeholder(media_type: str = "", size: int = DEFAULT_SIZE) -> QImage:
    """A generic page with the type's short name ("HEIC"), ``size`` x ``size``, transparent."""
    return QImage(_placeholder(media_type, size))  # a copy: callers may change theirs


@lru_cache(maxsize=32)
def _placeholder(media_type: str, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    width, height = size * 0.62, size * 0.8
    left, top = (size - width) / 2, (size - height) / 2
    fold = width * 0.28
    outline = QPainterPath()
    outline.moveTo(left, top)
    outline.lineTo(left + width - fold, top)
    outline.lineTo(left + width, top + fold)
    outline.lineTo(left + width, top + height)
    outline.lineTo(left, top + height)
    outline.closeSubpath()
    pen = QPen(QColor("#8a94a6"), max(1.0, size / 80))
    painter.setPen(pen)
    painter.setBrush(QColor("#f4f6f9"))
    painter.drawPath(outline)
    corner = QPainterPath()
    corner.moveTo(left + width - fold, top)
    corner.lineTo(left + width - fold, top + fold)
    corner.lineTo(left + width, top + fold)
    painter.setBrush(QColor("#dde2ea"))
    painter.drawPath(corner)
    for i in range(3):  # lines of "text"
        y = top + fold * 1.6 + i * height * 0.1
        painter.drawLine(QPointF(left + width * 0.18, y), QPointF(left + width * 0.82, y))
    label = media_type_label(media_type) if media_type else ""
    if label:
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, round(size * 0.11)))
        painter.setFont(font)
        painter.setPen(QColor("#5b6475"))
        box = QRectF(left, top + height * 0.6, width, height * 0.3)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
    painter.end()
    return image


class ThumbnailCache:
    """Rendered thumbnails kept as PNG files in ``folder``; safe to use from any thread.

    In a profile the files are encrypted with its file key (they show customers' documents).
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._cipher = file_cipher_for(folder)

    def path_for(self, sha256: str, size: int) -> Path:
        """Where the thumbnail of ``sha256`` at ``size`` is kept."""
        if not _SHA256_RE.fullmatch(sha256):
            raise ValueError(f"not a SHA-256 hex digest: {sha256!r}")
        return self.folder / sha256[:2] / f"{sha256}-{size}.png"

    def get(
        self, sha256: str, media_type: str, blob_path: Path, size: int = DEFAULT_SIZE
    ) -> QImage:
        """The cached thumbnail, else rendered from ``blob_path`` and kept; placeholders aren't."""
        cached = self.path_for(sha256, size)
        if cached.is_file():
            kept = self._load(cached)
            if not kept.isNull():
                return kept
            log.info("thumbnail %s unreadable, drawing it again", cached.name)
        image = render(blob_path, media_type, size)
        if image is None:  # not kept: a later Qt (or plugin) may draw it
            return placeholder(media_type, size)
        self._keep(cached, image)
        return image

    def _load(self, cached: Path) -> QImage:
        try:
            data = cached.read_bytes()
            if is_encrypted(data):
                if self._cipher is None:
                    return QImage()
                data = self._cipher.decrypt(data, cached.name)
            elif self._cipher is not None:
                return QImage()  # a plaintext leftover: drawn again, kept encrypted
        except OSError:
            return QImage()
        image = QImage()
        image.loadFromData(data, "PNG")
        return image

    def _keep(self, cached: Path, image: QImage) -> None:
        """Write ``image`` to ``cached`` whole or not at all (temp file, then rename)."""
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QImageWriter(buffer, b"png")
        if not writer.write(image):
            log.warning("cannot encode thumbnail %s: %s", cached, writer.errorString())
            return
        png = bytes(buffer.data().data())
        if self._cipher is not None:
            png = self._cipher.encrypt(png, cached.name)
        temp: Path | None = None
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            fd, temp_name = tempfile.mkstemp(dir=cached.parent, suffix=".part")
            temp = Path(temp_name)
            with os.fdopen(fd, "wb") as out:
                out.write(png)
            os.replace(temp, cached)
        except OSError as exc:  # a full disk costs a redraw next time, nothing more
            log.warning("cannot cache thumbnail %s: %s", cached, exc)
        finally:
            if temp is not None:
                temp.unlink(missing_ok=True)


class ThumbnailLabel(QLabel):
    """Shows one attachment's thumbnail, drawn in the background; the placeholder meanwhile."""

    #: The thumbnail (or, if it could not be drawn, the placeholder) is shown.
    ready = Signal()

    def __init__(
        self, cache: ThumbnailCache, size: int = DEFAULT_SIZE, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._cache = cache
        self._size = size
        self._request = 0
        self.setFixedSize(size, size)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._show(placeholder("", size), 1.0)

    def show_attachment(self, sha256: str, media_type: str, blob_path: Path) -> None:
        """Show the placeholder now and the thumbnail once it is drawn (sharp on HiDPI)."""
        self._request += 1
        request = self._request
        ratio = self.devicePixelRatioF()
        pixels = max(1, round(self._size * ratio))
        self._show(placeholder(media_type, pixels), ratio)
        cache = self._cache

        def done(image: QImage) -> None:
            if request == self._request:  # not superseded by a later attachment
                self._show(image, ratio)
                self.ready.emit()

        def failed(exc: BaseException) -> None:
            log.warning("thumbnail of %s failed: %s", sha256, exc)
            if request == self._request:
                self.ready.emit()  # the placeholder stays

        run_in_background(
            lambda: cache.get(sha256, media_type, blob_path, pixels),
            done,
            failed,
            pool=thumbnail_pool(),
            receiver=self,
        )

    def _show(self, image: QImage, ratio: float) -> None:
        image.setDevicePixelRatio(ratio)
        self.setPixmap(QPixmap.fromImage(image))
