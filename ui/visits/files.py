"""Photos and other files of a visit: thumbnails, a file dialog, and drag and drop."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.applications.attachments import AttachmentList, BlobPath
from ui.applications.checklist import dropped_files
from ui.onboarding.widgets import FieldMessage

if TYPE_CHECKING:
    from app.applications import AttachmentView
    from ui.thumbnails import ThumbnailCache

FILE_PATTERNS = "*.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif *.pdf"


class VisitFilesPanel(QFrame):
    """The visit's photos and files; asks its dialog to add (chosen or dropped) or remove."""

    #: Files were chosen or dropped (a list of paths).
    files_added = Signal(list)
    remove_requested = Signal(object)
    preview_requested = Signal(object)

    def __init__(self, thumbnails: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("visitFiles")
        self.setAcceptDrops(True)
        self.files = AttachmentList(thumbnails)
        self.files.setObjectName("visitAttachments")
        self.files.setMinimumHeight(140)
        self.files.setMaximumHeight(16777215)
        self.files.preview_requested.connect(self.preview_requested)
        self.files.currentItemChanged.connect(lambda *_a: self._update_buttons())
        self.add_button = QPushButton()
        self.add_button.setObjectName("addFiles")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.choose)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeFile")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self._remove)
        self.hint = QLabel()
        self.hint.setObjectName("dropHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #4a5560;")
        self.message = FieldMessage()
        self.message.setObjectName("message_files")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        layout.addWidget(self.files, 1)
        layout.addWidget(self.message)
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.add_button.setText(self.tr("Add photos or files…"))
        self.remove_button.setText(self.tr("Remove"))
        self.hint.setText(
            self.tr("Drop photos (JPEG, PNG, HEIC) or PDFs here. Double-click one to see it large.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_files(self, attachments: tuple[AttachmentView, ...], blob_path: BlobPath) -> None:
        """Show ``attachments`` as thumbnails."""
        self.files.show_files(attachments, blob_path)
        self._update_buttons()

    def choose(self) -> None:
        """Ask for files with the file dialog."""
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add photos or files"),
            "",
            self.tr("Photos and PDFs ({patterns});;All files (*)").format(patterns=FILE_PATTERNS),
        )
        if paths:
            self.files_added.emit([Path(p) for p in paths])

    def _remove(self) -> None:
        attachment = self.files.current_attachment()
        if attachment is not None:
            self.remove_requested.emit(attachment)

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.isEnabled() and self.files.currentItem() is not None)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if dropped_files(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if dropped_files(event.mimeData()):
            event.setDropAction(Qt.DropAction.CopyAction)
            event.accept()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = dropped_files(event.mimeData())
        if not paths:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.files_added.emit(paths)
