"""A larger look at one attachment: a picture scaled to the window, a PDF's first page.

Drawing happens in the background (the thumbnail pool); "Open in viewer" copies
the file under its own name to a temporary folder and hands it to the system.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.attachment_store import media_type_label, read_blob_file
from ui.tasks import run_in_background
from ui.thumbnails import thumbnail, thumbnail_pool

if TYPE_CHECKING:
    from app.applications import AttachmentView

log = logging.getLogger(__name__)

PREVIEW_SIZE = 1000


def copy_for_viewer(blob: Path, name: str) -> Path:
    """A decrypted copy of ``blob`` named ``name`` in a fresh temporary folder.

    Viewers go by the name; the copy is outside the profile, in the system's temp folder.
    """
    folder = Path(tempfile.mkdtemp(prefix="rmdesk-preview-"))
    target = folder / (Path(name).name or "document")
    target.write_bytes(read_blob_file(blob))
    return target


class PreviewDialog(QDialog):
    """Shows ``attachment`` (stored at ``blob``) large; ``shown`` once it is drawn."""

    shown = Signal()

    def __init__(
        self, attachment: AttachmentView, blob: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("previewDialog")
        self.attachment = attachment
        self._blob = blob
        self.image: QImage | None = None
        self.picture = QLabel()
        self.picture.setObjectName("previewPicture")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.picture)
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openInViewer")
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_in_viewer)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.caption, 1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.resize(760, 640)
        self._draw()

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.setWindowTitle(self.tr("Preview: {name}").format(name=self.attachment.original_name))
        self.caption.setText(
            f"{self.attachment.original_name} · {media_type_label(self.attachment.media_type)}"
        )
        self.open_button.setText(self.tr("Open in viewer"))
        self.close_button.setText(self.tr("Close"))
        if self.image is None:
            self.picture.setText(self.tr("Drawing…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _draw(self) -> None:
        blob, media_type = self._blob, self.attachment.media_type

        def done(image: QImage) -> None:
            if shiboken6.isValid(self):
                self.image = image
                self._fit()
                self.shown.emit()

        run_in_background(
            lambda: thumbnail(blob, media_type, PREVIEW_SIZE),
            done,
            lambda exc: log.warning("preview of %s failed: %s", blob, exc),
            pool=thumbnail_pool(),
            receiver=self,
        )

    def _fit(self) -> None:
        if self.image is None:
            return
        room = self.scroll.viewport().size()
        pixmap = QPixmap.fromImage(self.image)
        if pixmap.width() > room.width() or pixmap.height() > room.height():
            pixmap = pixmap.scaled(
                room,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        self.picture.setPixmap(pixmap)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def open_in_viewer(self) -> None:
        """Hand a named copy of the file to the system's viewer (copied in the background)."""
        blob, name = self._blob, self.attachment.original_name

        def done(copy: Path) -> None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy)))

        run_in_background(
            lambda: copy_for_viewer(blob, name),
            done,
            lambda exc: log.warning("cannot open in a viewer: %s", type(exc).__name__),
            receiver=self,
        )
