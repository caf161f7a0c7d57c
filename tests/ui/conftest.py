"""UI fixtures: the bundled font, a language, and a main window on a real profile."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.profile import Profile
from app.settings import Settings, load_settings
from ui.fonts import register_cjk_font
from ui.i18n import Translations
from ui.main_window import MainWindow


@pytest.fixture(scope="session", autouse=True)
def cjk_font(qapp: QApplication) -> str | None:
    return register_cjk_font(qapp)


@pytest.fixture
def translations(qapp: QApplication) -> Iterator[Translations]:
    """Chinese first, as RMs see it; restored to English afterwards."""
    t = Translations()
    assert t.apply("zh_CN"), "compile the translations first (make translations)"
    yield t
    t.apply("en")


WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, translations: Translations) -> WindowFactory:
    def make(profile: Profile, settings: Settings | None = None) -> MainWindow:
        window = MainWindow(
            profile.paths, settings or load_settings(profile.paths.settings), translations
        )
        window.attach(profile)
        qtbot.addWidget(window)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    return make
