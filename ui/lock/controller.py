"""Locks the main window: idle time, Ctrl+L, start-up with a PIN, and the offline lock.

While locked, the window's central widget and status bar are hidden under a
:class:`LockScreen`, and every other visible top-level window (customer profiles,
checklists, scorecards, packet previews…) is hidden — not closed, so what was
typed in them is still there — and shown again after unlocking.

Idle means no key press, click, mouse move or wheel anywhere in the app: an event
filter on the application notes the time of the last input, and a timer compares
it with the idle minutes (``lock.json``). The clock is injectable for tests.

Every unlock check (a PIN or a password: scrypt, ~0.3 s; a sign-in) runs off the GUI
thread; the lock screen shows "Checking…" meanwhile and takes no second attempt
until the answer is back.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from app.security.lock import AppLock, Attempt, Outcome
from app.security.offline_lock import OFFLINE_TEMPLATE, offline_status
from ui.lock.screen import LockMode, LockScreen

if TYPE_CHECKING:
    import httpx

    from app.profile import Profile
    from app.sync.credentials import TokenStore

log = logging.getLogger(__name__)

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)
#: How often the idle time, the offline lock and an erased profile are checked (ms).
CHECK_INTERVAL_MS = 15_000
#: The offline lock is re-read from the database every this many checks.
OFFLINE_EVERY = 4


class LockController(QObject):
    """The lock of one main window (see the module docstring)."""

    locked_changed = Signal(bool)

    def __init__(
        self,
        window: QMainWindow,
        root: object,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] | None = None,
    ) -> None:
        from pathlib import Path

        super().__init__(window)
        self.window = window
        self.root = Path(str(root))
        self.clock = clock
        self.wall_clock = wall_clock or (lambda: datetime.now(UTC))
        self.app_lock = AppLock(self.root, self._wall)
        self.profile: Profile | None = None
        #: The sync's token store and HTTP transport (the server-password check signs in
        #: with the same ones); given by :meth:`attach`.
        self.tokens: TokenStore | None = None
        self.http_transport: httpx.BaseTransport | None = None
        #: The Sync page whose syncs the lock follows (its signals connected once).
        self._followed: QObject | None = None
        #: True while an unlock check runs in the background (no second one meanwhile).
        self.checking = False
        self.app_locked = False
        self.offline_locked = False
        self.erased = False
        self._hidden: list[QWidget] = []
        self._last_input = clock()
        self._checks = 0
        self._wait_timer = QTimer(self)
        self._wait_timer.setInterval(1000)
        self._wait_timer.timeout.connect(self._tick_wait)

        self.screen = LockScreen(window)
        self.screen.hide()
        self.screen.pin_entered.connect(self.try_pin)
        self.screen.password_entered.connect(self.try_password)
        self.screen.mode_requested.connect(lambda mode: self._show_mode(LockMode(mode)))
        self.screen.sign_in_requested.connect(self._sign_in)
        self.screen.sync_requested.connect(self._sync)
        window.installEventFilter(self)

        self.action = QAction(window)
        self.action.setObjectName("lockNowAction")
        self.action.setShortcut(QKeySequence("Ctrl+L"))
        self.action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.action.triggered.connect(self.lock_now)
        window.addAction(self.action)
        self.retranslate()

        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        if self.app_lock.has_pin:
            self.lock("startup")

    def _wall(self) -> datetime:
        return self.wall_clock()

    # wiring -------------------------------------------------------------------------

    def attach(
        self,
        profile: Profile,
        *,
        tokens: TokenStore | None = None,
        http_transport: httpx.BaseTransport | None = None,
    ) -> None:
        """The profile is open: check the offline lock now, and follow syncs.

        ``tokens`` and ``http_transport`` are the sync's own (the Sync page's
        :class:`ui.sync.controller.SyncController`): unlocking with the server
        password signs in through them.
        """
        self.profile = profile
        self.tokens, self.http_transport = tokens, http_transport
        sync_page = getattr(self.window, "sync_page", None)
        if sync_page is not None and sync_page is not self._followed:  # connected once
            self._followed = sync_page
            sync_page.sync_finished.connect(self._sync_finished)
            sync_page.progress_message.connect(self._sync_progress)
        self.check_offline()

    def shutdown(self) -> None:
        """Stop the timers and the event filter (the window is closing)."""
        self.timer.stop()
        self._wait_timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.action.setText(self.tr("&Lock now"))
        self.screen.retranslate()
        self._update_message()

    @property
    def locked(self) -> bool:
        """True while the window is covered."""
        return self.app_locked or self.offline_locked

    # events -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in INPUT_EVENTS:
            self._last_input = self.clock()
        elif watched is self.window and kind == QEvent.Type.Resize:
            self._fit()
        elif watched is self.window and kind == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _fit(self) -> None:
        self.screen.setGeometry(self.window.rect())

    def check(self) -> None:
        """The periodic check: an erased profile, the offline lock, the idle time."""
        if self.erased:
            return
        from app.security.device import was_erased  # (app.sync loads with the data core)

        if was_erased(self.root) is not None:
            self._profile_erased()
            return
        self._checks += 1
        if self._checks % OFFLINE_EVERY == 0:
            self.check_offline()
        self.check_idle()

    def check_idle(self) -> None:
        """Lock if nobody touched the app for the idle minutes (and something can unlock)."""
        if self.app_locked:
            return
        idle = self.clock() - self._last_input
        if idle >= self.app_lock.idle_minutes * 60 and self._can_unlock():
            self.lock("idle")

    def check_offline(self) -> None:
        """Lock (or unlock) for the days without a successful sync."""
        if self.profile is None:
            return
        try:
            status = offline_status(self.profile.database, self.root, self._wall())
        except Exception:  # an unreadable database is reported elsewhere, never here
            log.exception("could not read the offline-lock state")
            return
        self._offline_days = status.days
        if status.locked and not self.offline_locked:
            log.info("offline lock: no successful sync for %d days", status.days)
            self.offline_locked = True
            self._cover()
        elif not status.locked and self.offline_locked:
            self.offline_locked = False
            if self.app_locked:
                self._show_mode(self._unlock_mode())
            else:
                self._uncover()

    def _signed_in(self) -> bool:
        sync_page = getattr(self.window, "sync_page", None)
        controller = getattr(sync_page, "controller", None)
        return bool(controller is not None and controller.signed_in)

    def _can_unlock(self) -> bool:
        return self.app_lock.can_lock(self._signed_in())

    # locking ------------------------------------------------------------------------

    def lock_now(self) -> None:
        """Ctrl+L: lock at once (asks to set a PIN first when nothing could unlock)."""
        if self.locked:
            return
        if not self._can_unlock():
            QMessageBox.information(
                self.window,
                self.tr("Lock now"),
                self.tr(
                    "Set a PIN in Settings (or sign in to the sync server) first: "
                    "otherwise nothing could unlock RM Desk."
                ),
            )
            show_page = getattr(self.window, "show_page", None)
            if show_page is not None:
                show_page("settings")
            return
        self.lock("manual")

    def lock(self, reason: str = "manual") -> None:
        """Cover the window and hide every other window of the app."""
        if self.app_locked:
            return
        log.info("app locked (%s)", reason)
        self.app_locked = True
        self._cover()

    def _unlock_mode(self) -> LockMode:
        state = self.app_lock.load()
        if state.pin is not None and not self.app_lock.pin_disabled(state):
            return LockMode.PIN
        return LockMode.PASSWORD

    def _show_mode(self, mode: LockMode) -> None:
        can_password = self._signed_in() or self.app_lock.has_server_password
        self.screen.set_mode(mode, can_use_password=can_password)
        self._update_message()
        if mode is LockMode.PIN:
            wait = self.app_lock.wait_seconds()
            if wait:
                self._start_wait()

    def _update_message(self) -> None:
        mode = self.screen.mode
        if mode is LockMode.OFFLINE:
            days = getattr(self, "_offline_days", 14)
            text = QCoreApplication.translate("AppLock", OFFLINE_TEMPLATE).format(days=days)
        elif mode is LockMode.PIN:
            text = self.tr("Type your PIN and press Enter.")
        else:
            text = self.tr("Type the password you sign in to the sync server with.")
        self.screen.set_message(text)

    def _cover(self) -> None:
        window = self.window
        for widget in QApplication.topLevelWidgets():
            if (
                widget is window
                or not widget.isVisible()
                or widget.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
                or widget in self._hidden
            ):
                continue
            widget.hide()  # not close(): what was typed in it stays
            self._hidden.append(widget)
        central = window.centralWidget()
        if central is not None:
            central.hide()
        status = window.statusBar()
        status.hide()
        self._fit()
        self.screen.show()
        self.screen.raise_()
        self._show_mode(LockMode.OFFLINE if self.offline_locked else self._unlock_mode())
        self.locked_changed.emit(True)

    def _uncover(self) -> None:
        self._wait_timer.stop()
        self.screen.hide()
        self.screen.set_error("")
        central = self.window.centralWidget()
        if central is not None:
            central.show()
        self.window.statusBar().show()
        hidden, self._hidden = self._hidden, []
        for widget in hidden:
            if shiboken6.isValid(widget):
                widget.show()
        self._last_input = self.clock()
        self.locked_changed.emit(False)

    def _unlocked(self) -> None:
        log.info("app unlocked")
        self.app_locked = False
        if self.offline_locked:
            self._show_mode(LockMode.OFFLINE)
        else:
            self._uncover()

    # unlocking ----------------------------------------------------------------------

    def try_pin(self, pin: str) -> None:
        """Check a typed PIN (the screen's Enter) in the background; the screen is busy
        until the answer comes back, and a second PIN meanwhile is ignored."""
        app_lock = self.app_lock
        self._check(lambda: app_lock.unlock_with_pin(pin), LockMode.PIN)

    def _check(self, work: Callable[[], Attempt], mode: LockMode) -> None:
        """Run a local check (scrypt) on the lock's pool and answer it on the GUI thread."""
        from ui.lock.checks import lock_pool
        from ui.tasks import run_in_background

        if self.checking or self.erased:
            return
        self.checking = True
        self.screen.set_busy(True)

        def done(attempt: Attempt) -> None:
            self._checked()
            if self.erased:
                return
            if not attempt.ok and self.screen.mode is not mode:
                return  # the screen moved on meanwhile (the offline lock): nothing to say
            self._answer(attempt)

        def failed(exc: BaseException) -> None:
            self._checked()
            log.error("an unlock check failed: %s", type(exc).__name__)
            self.screen.set_error(
                self.tr("The PIN could not be checked: try again.")
                if mode is LockMode.PIN
                else self.tr("The password could not be checked: try again.")
            )

        run_in_background(work, done, failed, pool=lock_pool(), receiver=self)

    def _checked(self) -> None:
        self.checking = False
        self.screen.set_busy(False)

    def _answer(self, attempt: Attempt) -> None:
        outcome = attempt.outcome
        if outcome is Outcome.UNLOCKED:
            self._unlocked()
            return
        if outcome is Outcome.PIN_DISABLED or outcome is Outcome.NO_PIN:
            self._show_mode(LockMode.PASSWORD)
            self.screen.set_error(
                self.tr("Too many wrong PINs: unlock with your server password.")
                if outcome is Outcome.PIN_DISABLED
                else ""
            )
            return
        if outcome is Outcome.WAIT:
            self._start_wait()
            return
        if outcome is Outcome.WRONG:
            if self.screen.mode is LockMode.PASSWORD:
                self.screen.set_error(self.tr("Wrong password."))
                return
            if attempt.wait_seconds:
                self._start_wait()
            else:
                self.screen.set_error(self.tr("Wrong PIN."))
            return
        if outcome is Outcome.OFFLINE_WRONG:
            self.screen.set_error(
                self.tr(
                    "Wrong password (checked on this laptop: the sync server cannot be reached)."
                )
            )
            return
        self.screen.set_error(
            self.tr("This profile has never signed in to the sync server: use your PIN.")
        )

    def _start_wait(self) -> None:
        self.screen.set_busy(False, waiting=True)
        self._tick_wait()
        self._wait_timer.start()

    def _tick_wait(self) -> None:
        wait = self.app_lock.wait_seconds()
        if wait <= 0 or self.screen.mode is not LockMode.PIN:
            self._wait_timer.stop()
            self.screen.set_error("")
            self.screen.set_busy(self.checking)
            return
        self.screen.set_error(
            self.tr("Too many wrong PINs: try again in {seconds} s.").format(seconds=wait)
        )

    def try_password(self, password: str) -> None:
        """Check the server password: online by signing in again, else the local hash."""
        from app.security.device import DeviceLost
        from app.security.server_unlock import unlock_with_server_password
        from ui.tasks import network_pool, run_in_background

        profile = self.profile
        root = self.root
        if profile is None:  # the data core is still loading: only the local hash
            app_lock = self.app_lock
            self._check(
                lambda: app_lock.unlock_with_server_password_offline(password), LockMode.PASSWORD
            )
            return
        if self.checking or self.erased:
            return
        tokens, transport = self.tokens, self.http_transport
        database = profile.database
        self.checking = True
        self.screen.set_busy(True)

        def work() -> object:
            try:
                return unlock_with_server_password(
                    database, root, password, tokens=tokens, http_transport=transport
                )
            except DeviceLost as exc:
                return exc

        def done(result: object) -> None:
            self._checked()
            if isinstance(result, DeviceLost):
                self._profile_erased()
            elif isinstance(result, Attempt):
                if result.outcome is Outcome.WAIT:
                    self.screen.set_error(
                        self.tr("Too many failed sign-ins: try again in {seconds} s.").format(
                            seconds=result.wait_seconds
                        )
                    )
                else:
                    self._answer(result)
                    if result.ok:
                        self.screen.password.clear()

        def failed(exc: BaseException) -> None:
            self._checked()
            log.error("unlock with the server password failed: %s", type(exc).__name__)
            self.screen.set_error(self.tr("The password could not be checked: try again."))

        run_in_background(work, done, failed, pool=network_pool(), receiver=self)

    # the offline lock's only actions -------------------------------------------------

    def _sign_in(self) -> None:
        sync_page = getattr(self.window, "sync_page", None)
        if sync_page is not None:
            sync_page.open_sign_in()

    def _sync(self) -> None:
        sync_page = getattr(self.window, "sync_page", None)
        if sync_page is None:
            return
        if not self._signed_in():
            self._sign_in()
            return
        if sync_page.sync_now():
            self.screen.set_error("")
            self.screen.set_message(self.tr("Syncing…"))

    def _sync_progress(self, text: str) -> None:
        if self.offline_locked:
            self.screen.set_message(text)

    def _sync_finished(self, report: object) -> None:
        error = getattr(report, "error", None)
        if isinstance(error, dict) and error.get("code") == "device_lost":
            self._profile_erased()
            return
        self.check_offline()
        if self.offline_locked:
            self._update_message()
            if isinstance(error, dict):
                from ui.sync.texts import error_text

                self.screen.set_error(error_text(error))

    # a lost device ------------------------------------------------------------------

    def _profile_erased(self) -> None:
        """The profile was erased (device reported lost): say so, then close the app."""
        from app.security.device import LOST_TEMPLATE

        if self.erased:
            return
        self.erased = True
        self.app_locked = True
        self._cover()
        self.screen.set_mode(LockMode.OFFLINE)
        self.screen.sign_in_button.hide()
        self.screen.sync_button.hide()
        text = QCoreApplication.translate("Sync", LOST_TEMPLATE)
        self.screen.set_message(text)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("RM Desk"), text)
        box.setObjectName("profileErasedBox")
        box.finished.connect(lambda _r: self.window.close())
        self.erased_box = box
        box.open()
