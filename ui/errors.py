"""Uncaught exceptions: logged, then shown in a dialog with the log path. Never silent."""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger(__name__)


class _Reporter(QObject):
    """Carries reports from any thread to the GUI thread."""

    report = Signal(str)


class CrashReporter:
    """Installs ``sys.excepthook`` and ``threading.excepthook``."""

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self.dialogs: list[QMessageBox] = []
        self._reporter = _Reporter()
        self._reporter.report.connect(self._show)

    def install(self) -> None:
        """Route uncaught exceptions of every thread here."""
        sys.excepthook = self.handle
        threading.excepthook = lambda a: self.handle(a.exc_type, a.exc_value, a.exc_traceback)

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Log the exception and show the dialog (in the GUI thread)."""
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        log.critical("uncaught exception", exc_info=(exc_type, exc, tb))  # type: ignore[arg-type]
        sys.__excepthook__(exc_type, exc, tb)  # type: ignore[arg-type]
        with contextlib.suppress(RuntimeError):  # shutting down: logged is enough
            self._reporter.report.emit(f"{exc_type.__name__}: {exc}")

    def show_fatal(self, exc: BaseException) -> None:
        """Log ``exc`` and show the dialog modally: for failures before the event loop runs."""
        log.critical("start-up failed", exc_info=exc)
        self._dialog(f"{type(exc).__name__}: {exc}").exec()

    def _show(self, summary: str) -> None:
        if QApplication.instance() is None:
            return
        box = self._dialog(summary)
        box.finished.connect(lambda _r: self.dialogs.remove(box) if box in self.dialogs else None)
        self.dialogs.append(box)
        box.open()

    def _dialog(self, summary: str) -> QMessageBox:
        box = QMessageBox(QApplication.activeWindow())
        box.setObjectName("crashDialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("CrashReporter", "Unexpected error"))
        box.setText(
            QCoreApplication.translate(
                "CrashReporter",
                "Something went wrong. Your saved work is safe.\n"
                "Please send the log file to support:\n{path}",
            ).format(path=self.log_file)
        )
        box.setDetailedText(summary)
        return box
