"""Print a PDF page by page off the GUI thread: QPdfDocument renders, QPainter draws.

Each page is rendered at up to :data:`MAX_DPI` and painted full-page onto the
QPrinter (the packet has its own margins). Progress comes back through a signal;
a cancel request stops before the next page and aborts the job.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QRectF, QSize, QThreadPool, Signal
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
    """
    handle, name = tempfile.mkstemp(prefix="rmdesk-print-", suffix=".pdf")
    path = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(pdf)
        return _print_file(path, printer, progress)
    finally:
        path.unlink(missing_ok=True)


def _print_file(path: Path, printer: QPrinter, progress: PrintProgress | None) -> int:
    document = QPdfDocument()  # no parent: lives and dies in this thread
    try:
        if document.load(str(path)) != QPdfDocument.Error.None_:
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
