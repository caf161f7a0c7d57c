"""Marking user-visible text in Qt-free code for translation.

``app/`` never imports Qt, yet its messages (validation problems, rule
explanations) must reach the RM in Chinese. Mark each English template with
:func:`QT_TRANSLATE_NOOP` (the name ``pyside6-lupdate`` looks for); the UI
translates the template with ``QCoreApplication.translate(context, template)``
and then fills in the ``{placeholders}``. Headless commands print the English.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; ``pyside6-lupdate`` extracts it under ``context``."""
    return text
