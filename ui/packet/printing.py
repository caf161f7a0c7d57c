"""Print a PDF page by page off the GUI thread: QPdfDocument renders, QPainter draws.

Each page is rendered at up to :data:`MAX_DPI` and painted full-page onto the
QPrinter (the packet has its own margins). Progress comes back through a signal;
a cancel request stops before the next page and aborts the job.

The PDF is read from memory (a QBuffer): RM Desk writes no copy of the packet to
disk to print it. What the print system does with the job is its own: Qt's CUPS
backend (Linux) spools it through a 0600 file in ``$TMPDIR`` that it removes once
handed to CUPS; the Windows and macOS spoolers keep it in their own folders.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRectF,
    QSize,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from ui.tasks import register_pool

#: Pages are rendered at most at this resolution (a full A4 page at 300 dpi is ~35 MB).
MAX_DPI = 300

_pool: QThreadPool | None = None


def print_pool() -> QThreadPool:
    """One thread for printing, apart from the database pool."""
    global _pool
    if _pool is None:
        _pool = register_pool(QThreadPool())
        _pool.setMaxThreadCount(1)
    return _pool


class PrintError(RuntimeError):
    """The printer could not be started or the PDF could not be read."""


class PrintProgress(QObject):
    """Reports pages printed (``advanced(done, total)``); lives in the GUI thread."""

    advanced = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cancel = threading.Event()


def print_pdf(pdf: bytes, printer: QPrinter, progress: PrintProgress | None = None) -> int:
    """Print ``pdf`` on ``printer``; returns the pages printed (fewer if cancelled).

    Runs in a worker thread: QPainter may paint on a QPrinter outside the GUI thread.
    The PDF is read from memory; no file is written for it.
    """
    buffer = QBuffer()  # no parent: lives in this thread and outlives the document
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        return _print_document(buffer, printer, progress)
    finally:
        buffer.close()


def _print_document(buffer: QBuffer, printer: QPrinter, progress: PrintProgress | None) -> int:
    document = QPdfDocument()  # no parent: lives and dies in this thread
    try:
        document.load(buffer)  # a QBuffer loads at once (no event loop needed)
        if document.status() != QPdfDocument.Status.Ready:
            raise PrintError(f"cannot read the PDF: {document.error()}")
        pages = document.pageCount()
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError("the printer could not be started")
        printed = 0
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            for page in range(pages):
                if progress is not None and progress.cancel.is_set():
                    printer.abort()
                    break
                if page and not printer.newPage():
                    raise PrintError("the printer refused a new page")
                points = document.pagePointSize(page)
                image = document.render(
                    page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                area = QRectF(painter.viewport())
                scale = min(area.width() / image.width(), area.height() / image.height())
                width, height = image.width() * scale, image.height() * scale
                target = QRectF(
                    area.x() + (area.width() - width) / 2,
                    area.y() + (area.height() - height) / 2,
                    width,
                    height,
                )
                painter.drawImage(target, image)
                printed += 1
                if progress is not None:
                    progress.advanced.emit(printed, pages)
        finally:
            painter.end()
        return printed
    finally:
        document.close()
