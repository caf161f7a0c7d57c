"""The packet preview: the built PDF in a QPdfView, language and attachment choices,
"Save as PDF…" and "Print…".

Facts are read once on the database pool; each choice rebuilds the PDF on the
packet pool from them; saving and printing (page by page, with a progress
dialog) run in the background too, so the window never waits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QThreadPool, Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.packet import PacketFacts, PacketOptions, PacketResult, build_packet, short_id
from app.packet.labels import Lang
from ui.packet.printing import PrintProgress, print_pdf, print_pool
from ui.packet.texts import text
from ui.tasks import register_pool, run_in_background

log = logging.getLogger(__name__)

_pool: QThreadPool | None = None


def packet_pool() -> QThreadPool:
    """One thread for laying out packets and writing them, apart from the database pool."""
    global _pool
    if _pool is None:
        _pool = register_pool(QThreadPool())
        _pool.setMaxThreadCount(1)
    return _pool


class PacketPreviewDialog(QDialog):
    """Preview, save and print the packet of one application.

    ``load_facts`` reads the facts (run on the database pool); ``options`` are the
    starting choices (language, attachments, letterhead).
    """

    #: A packet is built and shown.
    built = Signal()
    #: The packet was written to this path.
    saved = Signal(str)
    #: Printing finished: pages printed.
    printed = Signal(int)
    #: Building, saving or printing failed: the message shown.
    failed = Signal(str)

    def __init__(
        self,
        application_id: str,
        load_facts: Callable[[], PacketFacts],
        options: PacketOptions | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("packetPreview")
        self.application_id = application_id
        self.options = options or PacketOptions()
        self.facts: PacketFacts | None = None
        #: The packet on screen (None while building).
        self.packet: PacketResult | None = None
        self.document: QPdfDocument | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._buffer: QBuffer | None = None
        self._generation = 0
        self._load_facts = load_facts

        self.language = QComboBox()
        self.language.setObjectName("packetLanguage")
        self.language.addItem("", "zh_CN")
        self.language.addItem("", "en")
        self.language.setCurrentIndex(0 if self.options.lang == "zh_CN" else 1)
        self.language_label = QLabel()
        self.attachments = QCheckBox()
        self.attachments.setObjectName("packetWithAttachments")
        self.attachments.setChecked(self.options.with_attachments)
        self.status = QLabel()
        self.status.setObjectName("packetStatus")
        self.view = QPdfView(self)
        self.view.setObjectName("packetView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.save_button = QPushButton()
        self.save_button.setObjectName("savePacket")
        self.save_button.setAutoDefault(False)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printPacket")
        self.print_button.setAutoDefault(False)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.accept)

        top = QHBoxLayout()
        top.addWidget(self.language_label)
        top.addWidget(self.language)
        top.addSpacing(12)
        top.addWidget(self.attachments)
        top.addStretch(1)
        top.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.print_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.language.currentIndexChanged.connect(self._choices_changed)
        self.attachments.toggled.connect(self._choices_changed)
        self.save_button.clicked.connect(self.choose_file)
        self.print_button.clicked.connect(self.choose_printer)
        self._set_busy(True)
        self.retranslate()
        self.status.setText(text("loading"))
        self.resize(900, 1000)
        self._load()

    # texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the UI's current language."""
        self.setWindowTitle(text("title", number=short_id(self.application_id)))
        self.language_label.setText(text("language"))
        self.language.setItemText(0, text("lang_zh"))
        self.language.setItemText(1, text("lang_en"))
        self.attachments.setText(text("with_attachments"))
        self.save_button.setText(text("save"))
        self.print_button.setText(text("print"))
        self.close_button.setText(text("close"))
        if self.packet is not None:
            self._show_status(self.packet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # building ---------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.print_button.setEnabled(not busy)

    def _load(self) -> None:
        run_in_background(self._load_facts, self._loaded, self._failed, receiver=self)

    def _loaded(self, facts: PacketFacts) -> None:
        self.facts = facts
        self.rebuild()

    def _choices_changed(self) -> None:
        lang: Lang = "zh_CN" if self.language.currentData() == "zh_CN" else "en"
        self.options = replace(
            self.options, lang=lang, with_attachments=self.attachments.isChecked()
        )
        self.rebuild()

    def rebuild(self) -> None:
        """Build the packet again with the current choices (in the background)."""
        if self.facts is None:
            return
        self._generation += 1
        generation = self._generation
        facts, options = self.facts, self.options
        self._set_busy(True)
        self.status.setText(text("building"))
        run_in_background(
            lambda: build_packet(facts, options),
            lambda result: self._built(generation, result),
            self._failed,
            pool=packet_pool(),
            receiver=self,
        )

    def _built(self, generation: int, result: PacketResult) -> None:
        if generation != self._generation:
            return  # the choices changed again meanwhile
        old = self.document
        self.packet = result
        data = QByteArray(result.pdf)
        buffer = QBuffer(self)
        buffer.setData(data)
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        document = QPdfDocument(self)
        document.statusChanged.connect(lambda status: self._document_status(document, status))
        self.document = document
        old_buffer, self._buffer = self._buffer, buffer
        document.load(buffer)
        self.view.setDocument(document)
        if old is not None:
            old.deleteLater()
        if old_buffer is not None:
            old_buffer.deleteLater()
        self._show_status(result)
        self._set_busy(False)
        if document.status() == QPdfDocument.Status.Ready:
            self.built.emit()

    def _document_status(self, document: QPdfDocument, status: QPdfDocument.Status) -> None:
        if document is self.document and status == QPdfDocument.Status.Ready:
            self.built.emit()

    def _show_status(self, result: PacketResult) -> None:
        status = text("ready", pages=result.pages, digest=result.sha256[:12])
        if result.warnings:
            status += text("warnings", count=len(result.warnings))
        self.status.setText(status)
        self.status.setToolTip("\n".join(result.warnings) or result.sha256)

    def _failed(self, exc: BaseException) -> None:
        message = text("failed", error=exc)
        self.status.setText(message)
        self._set_busy(self.packet is None)
        self.failed.emit(message)

    # saving -------------------------------------------------------------------------------

    def default_file_name(self) -> str:
        """The file name offered when saving."""
        return text("file_name", number=short_id(self.application_id))

    def choose_file(self) -> None:
        """Ask where to save the packet, then save it there."""
        path, _filter = QFileDialog.getSaveFileName(
            self, text("save_title"), self.default_file_name(), text("pdf_filter")
        )
        if path:
            if not path.lower().endswith(".pdf"):
                path += ".pdf"
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        """Write the packet on screen to ``path`` (in the background); ``saved`` when done."""
        result = self.packet
        if result is None:
            return

        def done(written: Path) -> None:
            self.status.setText(text("saved", path=written))
            self.saved.emit(str(written))

        def refused(exc: BaseException) -> None:
            message = text("save_failed", error=exc)
            self.status.setText(message)
            self.failed.emit(message)

        run_in_background(
            lambda: result.write(path), done, refused, pool=packet_pool(), receiver=self
        )

    # printing -----------------------------------------------------------------------------

    def choose_printer(self) -> None:
        """Ask for a printer (the system's print dialog), then print on it."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.default_file_name())
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Print the packet on ``printer`` page by page in the background, with progress."""
        result = self.packet
        if result is None:
            return
        progress = PrintProgress(self)
        box = QProgressDialog(text("printing"), text("cancel"), 0, result.pages, self)
        box.setObjectName("printProgress")
        box.setMinimumDuration(0)
        box.setValue(0)
        box.canceled.connect(progress.cancel.set)
        progress.advanced.connect(self._advanced)
        self.progress_dialog = box
        self.print_button.setEnabled(False)
        pdf = result.pdf

        def done(pages: int) -> None:
            self._print_finished()
            cancelled = progress.cancel.is_set()
            self.status.setText(
                text("print_cancelled") if cancelled else text("printed", pages=pages)
            )
            self.printed.emit(pages)

        def refused(exc: BaseException) -> None:
            self._print_finished()
            message = text("print_failed", error=exc)
            self.status.setText(message)
            self.failed.emit(message)

        run_in_background(
            lambda: print_pdf(pdf, printer, progress),
            done,
            refused,
            pool=print_pool(),
            receiver=self,
        )

    def _advanced(self, done: int, total: int) -> None:
        box = self.progress_dialog
        if box is not None and shiboken6.isValid(box):
            box.setLabelText(text("printing_page", page=done, pages=total))
            box.setValue(done)

    def _print_finished(self) -> None:
        box = self.progress_dialog
        if box is not None and shiboken6.isValid(box):
            box.close()
            box.deleteLater()
        self.progress_dialog = None
        self.print_button.setEnabled(self.packet is not None)
