"""Register the bundled CJK font so Chinese renders the same on every OS."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from resources import CJK_FONT_PATH

log = logging.getLogger(__name__)


def register_cjk_font(app: QApplication) -> str | None:
    """Add the bundled font and make it the application font; returns its family."""
    font_id = QFontDatabase.addApplicationFont(str(CJK_FONT_PATH))
    if font_id < 0:
        log.error("could not load font %s", CJK_FONT_PATH)
        return None
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(family)
    font.setPointSize(max(app.font().pointSize(), 10))
    app.setFont(font)
    return family
