"""Load and switch the UI language (Qt translators from resources/translations)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from resources import TRANSLATIONS_DIR

log = logging.getLogger(__name__)

SUPPORTED = ("zh_CN", "en")


def resolve_language(setting: str, system_locale: QLocale | None = None) -> str:
    """The concrete language for a setting of ``system``, ``zh_CN`` or ``en``."""
    if setting in SUPPORTED:
        return setting
    locale = system_locale or QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


def qm_path(language: str) -> str:
    """Path of the compiled translation of ``language``."""
    return str(TRANSLATIONS_DIR / f"rmdesk_{language}.qm")


class Translations:
    """The installed translators; :meth:`apply` swaps them at run time."""

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def apply(self, setting: str) -> bool:
        """Switch to the language of ``setting``; returns False if its file is missing."""
        app = QCoreApplication.instance()
        assert app is not None, "create the QApplication first"
        language = resolve_language(setting)
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        ok = True
        own = QTranslator(app)
        if own.load(qm_path(language)):
            app.installTranslator(own)
            self._installed.append(own)
        else:
            log.warning("translation %s not found (run the build)", qm_path(language))
            ok = False
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qtbase = QTranslator(app)
        if language != "en" and qtbase.load(f"qtbase_{language}", qt_dir):
            app.installTranslator(qtbase)
            self._installed.append(qtbase)
        self.language = language
        QLocale.setDefault(
            QLocale(QLocale.Language.Chinese, QLocale.Country.China)
            if language == "zh_CN"
            else QLocale(QLocale.Language.English)
        )
        return ok
