"""Base class of the main window's pages: texts set in ``retranslate``."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget


class Page(QWidget):
    """A page of the main window; re-sets its texts when the language changes."""

    def retranslate(self) -> None:
        """Set every user-visible text (called at start and on a language change)."""

    def title(self) -> str:
        """The page's name in the navigation."""
        raise NotImplementedError

    def mark_stale(self) -> None:
        """Data it shows changed: reload now if on screen, else when next shown."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
