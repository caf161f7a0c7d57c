"""Pages whose features arrive in later releases."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from ui.pages.base import Page

TITLES = {
    "visits": QT_TRANSLATE_NOOP("Navigation", "Visits"),
    "applications": QT_TRANSLATE_NOOP("Navigation", "Applications"),
    "sync": QT_TRANSLATE_NOOP("Navigation", "Sync"),
}


class PlaceholderPage(Page):
    """Says that the page is coming soon."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.setObjectName(f"page_{key}")
        self._key = key
        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")
        self._body = QLabel()
        self._body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._body, 1)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("Navigation", TITLES[self._key])

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self._body.setText(self.tr("Coming soon."))
