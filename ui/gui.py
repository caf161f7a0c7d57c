"""Start the desktop application."""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from app import __version__
from app.logging_setup import configure_logging
from app.paths import ProfilePaths
from app.profile import Profile, is_ready, open_profile
from app.settings import load_settings
from app.viewer_files import remove_viewer_files, sweep_viewer_files
from ui.errors import CrashReporter
from ui.fonts import register_cjk_font
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.profile_dialog import open_profile_interactively
from ui.style import STYLE_SHEET
from ui.tasks import run_in_background, wait_for_background_work

log = logging.getLogger(__name__)

#: With this variable set, print the seconds from process start to the first
#: paint that shows data, then quit (benchmarks/startup.py).
STARTUP_PROBE_ENV = "RMDESK_STARTUP_PROBE"


def create_application(argv: list[str]) -> QApplication:
    """The QApplication with RM Desk's names (or the existing one in tests)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv)
    app.setApplicationName("RM Desk")
    app.setOrganizationName("RMDesk")
    app.setApplicationVersion(__version__)
    app.setStyleSheet(STYLE_SHEET)
    return app


class _PaintProbe(QObject):
    """Prints the start-up time at the first paint after the Today page shows data."""

    def __init__(self, window: MainWindow, started: float) -> None:
        super().__init__(window)
        self._started = started
        self._armed = False
        window.today.data_shown.connect(self._arm)
        window.today.installEventFilter(self)

    def _arm(self) -> None:
        self._armed = True
        self.parent().today.update()  # type: ignore[attr-defined]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._armed and event.type() == QEvent.Type.Paint:
            self._armed = False
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"RMDESK_READY {time.perf_counter() - self._started:.4f}", flush=True)
        QApplication.instance().quit()  # type: ignore[union-attr]


def run_gui(root: Path, language: str | None, started: float) -> int:
    """Open the profile in ``root`` and run the main window until it closes.

    A failure while starting is logged and shown in a dialog, never a silent exit.
    """
    app = create_application(sys.argv[:1])
    paths = ProfilePaths(root)
    with contextlib.suppress(OSError):  # the profile dialog explains an unwritable folder
        configure_logging(paths.log_file)
    reporter = CrashReporter(paths.log_file)
    reporter.install()
    sweep_viewer_files()  # plaintext viewer copies a crashed run left behind
    try:
        return _start(app, root, paths, reporter, language, started)
    except Exception as exc:
        reporter.show_fatal(exc)
        return 1
    finally:
        remove_viewer_files()  # this run's copies (after the background work ended)


def _start(
    app: QApplication,
    root: Path,
    paths: ProfilePaths,
    reporter: CrashReporter,
    language: str | None,
    started: float,
) -> int:
    settings = load_settings(paths.settings)
    translations = Translations()
    translations.apply(language or settings.language)
    register_cjk_font(app)
    opened: list[Profile] = []
    if is_ready(root):
        # Fast path: paint first, load the data core in the background.
        window = MainWindow(ProfilePaths(root), settings, translations)
        run_in_background(lambda: _load_data_core(root), lambda p: _attach(window, p, opened))
    else:
        # Migration, repair or a new profile: settle it before the window.
        profile = open_profile_interactively(root)
        if profile is None:
            return 1
        if profile.paths.root != root:
            configure_logging(profile.paths.log_file)
            reporter.log_file = profile.paths.log_file
            settings = load_settings(profile.paths.settings)
        window = MainWindow(profile.paths, settings, translations)
        _attach(window, profile, opened)
    log.info("RM Desk %s starting on profile %s", __version__, window.paths.root)
    if os.environ.get(STARTUP_PROBE_ENV):
        _PaintProbe(window, started)
    window.show()
    try:
        return app.exec()
    finally:
        wait_for_background_work()
        for profile in opened:
            profile.close()


#: Modules the window's attach step needs (the sync engine and page, the Today page's
#: services): imported on the loading thread with the data core, so that the GUI thread
#: does not stop to import them once the profile is open (450 -> 200 ms).
ATTACH_IMPORTS = (
    "app.sync",
    "ui.pages.sync",
    "ui.visits.actions",
    "app.assessments",
    "ui.applications.texts",
    "ui.onboarding",
)


def _load_data_core(root: Path) -> Profile:
    """Open the profile and import what attaching it needs (on a worker thread)."""
    profile = open_profile(root)
    for name in ATTACH_IMPORTS:
        importlib.import_module(name)
    return profile


def _attach(window: MainWindow, profile: Profile, opened: list[Profile]) -> None:
    opened.append(profile)
    window.attach(profile)
