"""The files of a checklist item's document, as thumbnails drawn in the background."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import QListView, QListWidget, QListWidgetItem, QWidget

from app.attachment_store import media_type_label
from ui.tasks import run_in_background
from ui.thumbnails import ThumbnailCache, placeholder, thumbnail_pool

if TYPE_CHECKING:
    from app.applications import AttachmentView

BlobPath = Callable[["AttachmentView"], Path]
THUMB_SIZE = 88
ATTACHMENT_ROLE = Qt.ItemDataRole.UserRole


class AttachmentList(QListWidget):
    """The files of a document as thumbnails, drawn in the background."""

    #: An attachment was double-clicked (or activated with Enter).
    preview_requested = Signal(object)

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thumbnails = thumbnails
        self._request = 0
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setIconSize(QSize(THUMB_SIZE, THUMB_SIZE))
        self.setGridSize(QSize(THUMB_SIZE + 40, THUMB_SIZE + 36))
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setWordWrap(True)
        self.setFixedHeight(THUMB_SIZE + 48)
        self.setAcceptDrops(False)  # the panel takes the drop
        self.itemActivated.connect(self._activated)
        #: Thumbnails still being drawn.
        self.pending = 0

    def show_files(self, attachments: tuple[AttachmentView, ...], blob_path: BlobPath) -> None:
        """Show ``attachments`` (``blob_path(attachment)`` is where each file is kept)."""
        self._request += 1
        request = self._request
        self.clear()
        self.pending = len(attachments)
        ratio = self.devicePixelRatioF()
        pixels = max(1, round(THUMB_SIZE * ratio))
        for attachment in attachments:
            item = QListWidgetItem(
                QIcon(QPixmap.fromImage(placeholder(attachment.media_type, pixels))),
                attachment.original_name,
            )
            item.setData(ATTACHMENT_ROLE, attachment)
            item.setToolTip(
                f"{attachment.original_name} · {media_type_label(attachment.media_type)}"
            )
            self.addItem(item)
            self._draw(item, attachment, blob_path(attachment), pixels, ratio, request)

    def _draw(
        self,
        item: QListWidgetItem,
        attachment: AttachmentView,
        blob: Path,
        pixels: int,
        ratio: float,
        request: int,
    ) -> None:
        cache = self._thumbnails

        def done(image: QImage) -> None:
            if request != self._request:
                return
            image.setDevicePixelRatio(ratio)
            item.setIcon(QIcon(QPixmap.fromImage(image)))
            self.pending -= 1

        def failed(_exc: BaseException) -> None:
            if request == self._request:
                self.pending -= 1

        run_in_background(
            lambda: cache.get(attachment.sha256, attachment.media_type, blob, pixels),
            done,
            failed,
            pool=thumbnail_pool(),
            receiver=self,
        )

    def attachment(self, row: int) -> AttachmentView | None:
        """The attachment shown on ``row``."""
        item = self.item(row)
        return None if item is None else item.data(ATTACHMENT_ROLE)

    def current_attachment(self) -> AttachmentView | None:
        """The attachment selected."""
        item = self.currentItem()
        return None if item is None else item.data(ATTACHMENT_ROLE)

    def _activated(self, item: QListWidgetItem) -> None:
        self.preview_requested.emit(item.data(ATTACHMENT_ROLE))
