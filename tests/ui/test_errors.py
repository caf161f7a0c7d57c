"""An uncaught exception is logged and shown with the log path, never a silent exit."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

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
