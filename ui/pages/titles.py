"""The main window's page keys and their titles, without the pages' modules.

The navigation and the View menu name every page at start-up, while most pages
are built on first visit (:mod:`ui.main_window`): their titles live here, with
the same translation context and source text as each page's own ``title()``.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# In navigation order: Ctrl+1 … Ctrl+8 follow it.
PAGE_KEYS = (
    "today",
    "customers",
    "visits",
    "applications",
    "dashboard",
    "sync",
    "settings",
    "segments",
)

# (translation context, English source) of each page's title.
_TITLES: dict[str, tuple[str, object]] = {
    "today": ("Navigation", QT_TRANSLATE_NOOP("Navigation", "Today")),
    "customers": ("Navigation", QT_TRANSLATE_NOOP("Navigation", "Customers")),
    "visits": ("Navigation", QT_TRANSLATE_NOOP("Navigation", "Visits")),
    "applications": ("Navigation", QT_TRANSLATE_NOOP("Navigation", "Applications")),
    "dashboard": ("Navigation", QT_TRANSLATE_NOOP("Navigation", "Dashboard")),
    "sync": ("Navigation", QT_TRANSLATE_NOOP("Navigation", "Sync")),
    "settings": ("Navigation", QT_TRANSLATE_NOOP("Navigation", "Settings")),
    "segments": ("SegmentsPage", QT_TRANSLATE_NOOP("SegmentsPage", "Segments")),
}


def page_title(key: str) -> str:
    """The title of the page ``key`` in the current language (as its ``title()`` says)."""
    context, source = _TITLES[key]
    return QCoreApplication.translate(context, str(source))
