"""A larger look at one attachment: a picture scaled to the window, a PDF's first page.

Drawing happens in the background (the thumbnail pool), from memory. "Open in
viewer" must give the system's viewer a file: a decrypted copy under a random name
(only the type's suffix kept) in this run's private folder of viewer copies
(:mod:`app.viewer_files`), removed when RM Desk exits or, after a crash, at the
next start.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.attachment_store import media_type_label, read_blob_file
from app.viewer_files import write_for_viewer
from ui.tasks import run_in_background
from ui.thumbnails import thumbnail, thumbnail_pool

if TYPE_CHECKING:
    from app.applications import AttachmentView

log = logging.getLogger(__name__)

PREVIEW_SIZE = 1000


def copy_for_viewer(blob: Path, name: str, media_type: str | None = None) -> Path:
    """A decrypted copy of ``blob`` for an external viewer (see :mod:`app.viewer_files`).

    The copy is 0600 in this run's 0700 folder, named at random with the suffix of
    ``name`` (or ``media_type``), which viewers go by; it is removed at exit.
    """
    return write_for_viewer(read_blob_file(blob), name, media_type)


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
        #: The message shown last (the file could not be opened in a viewer).
        self.message_box: QMessageBox | None = None
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
        """Hand a private copy of the file to the system's viewer (copied in the background)."""
        blob, name = self._blob, self.attachment.original_name
        media_type = self.attachment.media_type

        def done(copy: Path) -> None:
            if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
                copy.unlink(missing_ok=True)  # no program took it: no copy left behind
                self._cannot_open()

        def failed(exc: BaseException) -> None:
            log.warning("cannot open in a viewer: %s", type(exc).__name__)
            self._cannot_open()

        run_in_background(
            lambda: copy_for_viewer(blob, name, media_type), done, failed, receiver=self
        )

    def _cannot_open(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("viewerMessage")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Open in viewer"))
        box.setText(self.tr("The file could not be opened in a viewer."))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.message_box = box
        box.open()
