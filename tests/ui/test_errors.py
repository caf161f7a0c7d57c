"""An uncaught exception is logged and shown with the log path, never a silent exit."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.logging_setup import configure_logging
from ui.errors import CrashReporter


def test_uncaught_exception_is_logged_and_shown(
    qtbot: QtBot, tmp_path: Path, translations: object
) -> None:
    log_file = tmp_path / "logs" / "rmdesk.log"
    handler = configure_logging(log_file)
    reporter = CrashReporter(log_file)
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        reporter.handle(*sys.exc_info())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: bool(reporter.dialogs))
    box = reporter.dialogs[0]
    assert str(log_file) in box.text()
    assert "已保存的工作不会丢失" in box.text()
    assert "RuntimeError: boom in a slot" in box.detailedText()
    box.close()
    handler.flush()
    assert "boom in a slot" in log_file.read_text(encoding="utf-8")
    logging.getLogger().removeHandler(handler)
    handler.close()


def test_failure_while_starting_shows_a_dialog_and_exits_non_zero(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    import ui.gui

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)

    def broken_window(*_args: object) -> None:
        raise RuntimeError("window could not be built")

    monkeypatch.setattr(ui.gui, "MainWindow", broken_window)
    shown: list[str] = []

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, read_and_close)
            return
        shown.append(dialog.objectName() + "|" + dialog.detailedText())  # type: ignore[attr-defined]
        dialog.close()

    QTimer.singleShot(0, read_and_close)
    root = tmp_path / "p"
    assert ui.gui.run_gui(root, "en", 0.0) == 1
    assert shown == ["crashDialog|RuntimeError: window could not be built"]
    assert "window could not be built" in (root / "logs" / "rmdesk.log").read_text("utf-8")
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "baseFilename", "").startswith(str(tmp_path)):
            logging.getLogger().removeHandler(handler)
            handler.close()
