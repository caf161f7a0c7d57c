# ruff: noqa: F811
"""The app lock as an RM meets it: PIN at start-up, Ctrl+L, idle lock, lockout, offline lock."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.profile import Profile
from app.security import secret_hash
from app.security.lock import AppLock
from app.security.pin import PIN_TEMPLATES
from app.sync import state
from tests.ui.conftest import (  # noqa: F401 - the UI fixtures
    WindowFactory,
    cjk_font,
    make_window,
    translations,
)
from ui.lock.pin_dialog import PinAction
from ui.lock.screen import LockMode
from ui.main_window import MainWindow
from ui.pages.sync import SyncPage
from ui.tasks import wait_for_background_work

GOOD_PIN = "482915"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cheaper scrypt cost for new hashes (the cost is stored with each hash)."""
    original = secret_hash.slow_hash
    monkeypatch.setattr(
        secret_hash, "slow_hash", lambda secret, **kw: original(secret, n=2**10, **kw)
    )


def _tr(context: str, text: str) -> str:
    """``text`` in the UI language (Chinese once the translations are merged)."""
    return QCoreApplication.translate(context, text)


class Ticks:
    """A fake monotonic clock for the idle timer."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _type_pin(qtbot: QtBot, window: MainWindow, pin: str, *, wait: bool = True) -> None:
    """Type ``pin`` and Enter; with ``wait``, until the background check has answered."""
    field = window.lock.screen.pin
    assert field.isVisible() and field.hasFocus()
    qtbot.keyClicks(field, pin)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    if wait:
        qtbot.waitUntil(lambda: not window.lock.checking)


class Gate:
    """Holds every hash check (``verify_hash``) on its worker thread until the test opens
    the gate; a check on the GUI thread fails at once instead of hanging the test."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.entered = threading.Event()
        self.opened = threading.Event()
        self.checks = 0
        real = secret_hash.verify_hash

        def held(secret: str, stored: dict[str, Any]) -> bool:
            if threading.current_thread() is threading.main_thread():
                raise AssertionError("a PIN was hashed on the GUI thread")
            self.checks += 1
            self.entered.set()
            self.opened.wait(30)
            return real(secret, stored)

        monkeypatch.setattr(secret_hash, "verify_hash", held)

    def hold(self) -> None:
        """Close the gate again for the next checks (counted from 0)."""
        self.checks = 0
        self.entered.clear()
        self.opened.clear()


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[Gate]:
    held = Gate(monkeypatch)
    yield held
    held.opened.set()  # never leave a worker waiting
    wait_for_background_work()


def _event_loop_runs(qtbot: QtBot) -> None:
    """The GUI thread is free: a 10 ms timer ticks three times."""
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    try:
        qtbot.waitUntil(lambda: len(ticks) >= 3, timeout=2000)
    finally:
        timer.stop()


def test_pin_locks_at_start_up_hides_every_window_and_unlocks_by_keyboard(
    qtbot: QtBot, profile: Profile, make_window: WindowFactory
) -> None:
    AppLock(profile.paths.root).set_pin(GOOD_PIN)
    window = make_window(profile)
    screen = window.lock.screen
    assert window.lock.locked and screen.isVisible() and screen.mode is LockMode.PIN
    assert not window.centralWidget().isVisible()
    _type_pin(qtbot, window, "482916")
    assert window.lock.locked and screen.error.text() == _tr("LockController", "Wrong PIN.")
    _type_pin(qtbot, window, GOOD_PIN)
    assert not window.lock.locked and not screen.isVisible()
    assert window.centralWidget().isVisible()

    # a wizard with typed text is hidden by Ctrl+L and comes back with its text
    wizard = window.customer_actions.new_customer()
    qtbot.waitUntil(wizard.isVisible)
    wizard.identity.name_edit.insert("杭州未保存机械有限公司")  # as an input method commits
    qtbot.keyClick(wizard, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.lock.locked and not wizard.isVisible()
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [window]
    window.activateWindow()
    _type_pin(qtbot, window, GOOD_PIN)
    assert wizard.isVisible()
    assert wizard.identity.name_edit.text() == "杭州未保存机械有限公司"
    wizard.close()


def test_idle_time_locks_and_wrong_pins_make_the_rm_wait(
    qtbot: QtBot, profile: Profile, make_window: WindowFactory
) -> None:
    clock = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    lock = AppLock(profile.paths.root)
    lock.set_pin(GOOD_PIN)
    lock.set_idle_minutes(5)
    window = make_window(profile)
    _type_pin(qtbot, window, GOOD_PIN)
    ticks = Ticks()
    controller = window.lock
    controller.clock = ticks
    controller.wall_clock = lambda: clock
    controller.app_lock.clock = lambda: clock
    qtbot.mouseMove(window.nav)  # input: the idle time starts now
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    ticks.now += 4 * 60 + 59
    controller.check_idle()
    assert not controller.locked
    ticks.now += 1
    controller.check_idle()
    assert controller.locked and window.lock.screen.pin.hasFocus()

    for _ in range(5):
        _type_pin(qtbot, window, "739164")
    screen = controller.screen
    assert not screen.pin.isEnabled()  # the delay runs: nothing can be typed
    assert "30" in screen.error.text()
    clock += timedelta(seconds=31)
    controller._tick_wait()
    assert screen.pin.isEnabled()
    for _ in range(5):
        clock += timedelta(hours=1)
        controller._tick_wait()
        _type_pin(qtbot, window, "739164")
    assert screen.mode is LockMode.PASSWORD and screen.password.isVisible()
    assert screen.error.text() == _tr(
        "LockController", "Too many wrong PINs: unlock with your server password."
    )


def test_settings_rows_refuse_a_trivial_pin_and_keep_what_was_typed(
    qtbot: QtBot, profile: Profile, make_window: WindowFactory
) -> None:
    window = make_window(profile)
    window.show_page("settings")
    rows = window.settings_page.lock_rows
    assert rows.idle.value() == 10
    rows.idle.setValue(30)
    assert AppLock(profile.paths.root).idle_minutes == 30
    qtbot.mouseClick(rows.set_button, Qt.MouseButton.LeftButton)
    dialog = rows.dialog
    assert dialog is not None and dialog.action is PinAction.SET
    qtbot.keyClicks(dialog.new, "123456")
    qtbot.keyClicks(dialog.confirm, "123456")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.isVisible()
    assert dialog.error.text() == _tr("AppLock", PIN_TEMPLATES["trivial"])
    assert dialog.new.text() == "123456"
    dialog.new.clear()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.new, GOOD_PIN)
    qtbot.keyClicks(dialog.confirm, GOOD_PIN)
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert AppLock(profile.paths.root).has_pin
    assert rows.remove_button.isVisible()


def test_offline_lock_only_offers_to_sign_in_and_sync(
    qtbot: QtBot, profile: Profile, make_window: WindowFactory, tmp_path: Path
) -> None:
    long_ago = datetime.now(UTC) - timedelta(days=15)
    state.write(
        profile.database,
        account__server="http://127.0.0.1:9",
        account__user="rm01",
        sync__last_success=long_ago.isoformat(),
    )
    window = make_window(profile)
    screen = window.lock.screen
    assert window.lock.offline_locked and screen.mode is LockMode.OFFLINE
    assert screen.sync_button.isVisible() and screen.sign_in_button.isVisible()
    assert not screen.pin.isVisible() and not screen.password.isVisible()
    assert "14" in screen.message.text()
    assert not window.centralWidget().isVisible()
    # a successful sync (recorded by the engine) lifts the lock
    state.write(profile.database, sync__last_success=datetime.now(UTC).isoformat())
    window.lock._sync_finished(object())
    assert not window.lock.locked and window.centralWidget().isVisible()


def test_a_device_lost_report_covers_the_window_says_why_and_closes_it(
    qtbot: QtBot, profile: Profile, make_window: WindowFactory
) -> None:
    from types import SimpleNamespace

    from app.security.device import LOST_TEMPLATE

    window = make_window(profile)
    window.lock._sync_finished(SimpleNamespace(error={"code": "device_lost"}))
    assert window.lock.locked and not window.centralWidget().isVisible()
    text = _tr("Sync", LOST_TEMPLATE)
    assert window.lock.screen.message.text() == text
    box = window.lock.erased_box
    assert box.isVisible() and box.text() == text
    box.done(0)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_pin_is_checked_in_the_background_while_the_screen_says_so(
    qtbot: QtBot, profile: Profile, make_window: WindowFactory, gate: Gate
) -> None:
    AppLock(profile.paths.root).set_pin(GOOD_PIN)
    window = make_window(profile)
    controller, screen = window.lock, window.lock.screen

    _type_pin(qtbot, window, "482916", wait=False)
    assert gate.entered.wait(10)  # the worker holds the check …
    _event_loop_runs(qtbot)  # … and the GUI thread keeps going meanwhile
    assert controller.checking and screen.busy
    assert screen.unlock_button.text() == _tr("LockScreen", "Checking…")
    assert not screen.pin.isEnabled() and not screen.unlock_button.isEnabled()
    assert not screen.switch_button.isEnabled()  # no second check by the other road
    assert controller.locked and screen.error.text() == ""
    gate.opened.set()
    qtbot.waitUntil(lambda: not controller.checking)
    assert controller.locked and screen.error.text() == _tr("LockController", "Wrong PIN.")
    assert AppLock(profile.paths.root).load().failures == 1
    assert screen.pin.isEnabled() and screen.pin.hasFocus() and screen.pin.text() == ""
    assert screen.unlock_button.text() == _tr("LockScreen", "Unlock")

    gate.hold()
    _type_pin(qtbot, window, GOOD_PIN, wait=False)
    assert gate.entered.wait(10)
    _event_loop_runs(qtbot)
    assert controller.locked and screen.isVisible() and not window.centralWidget().isVisible()
    gate.opened.set()
    qtbot.waitUntil(lambda: not controller.locked)
    assert not screen.isVisible() and window.centralWidget().isVisible()
    assert AppLock(profile.paths.root).load().failures == 0


def test_a_second_enter_while_the_pin_is_checked_counts_one_attempt(
    qtbot: QtBot, profile: Profile, make_window: WindowFactory, gate: Gate
) -> None:
    AppLock(profile.paths.root).set_pin(GOOD_PIN)
    window = make_window(profile)
    controller, screen = window.lock, window.lock.screen

    _type_pin(qtbot, window, "739164", wait=False)
    assert gate.entered.wait(10)
    # impatient: Enter again, typing again, a click on Unlock …
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    qtbot.keyClicks(screen.pin, "739164")
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    # … and even a PIN that reaches the controller is not a second check
    controller.try_pin("739164")
    gate.opened.set()
    qtbot.waitUntil(lambda: not controller.checking)
    wait_for_background_work()  # a second check, had one started, would have run by now
    QApplication.processEvents()
    assert gate.checks == 1
    assert AppLock(profile.paths.root).load().failures == 1
    assert screen.error.text() == _tr("LockController", "Wrong PIN.")
    assert screen.pin.isEnabled() and screen.pin.text() == ""


def test_the_pin_dialog_checks_the_current_pin_in_the_background(
    qtbot: QtBot, profile: Profile, make_window: WindowFactory, gate: Gate
) -> None:
    AppLock(profile.paths.root).set_pin(GOOD_PIN)
    window = make_window(profile)
    _type_pin(qtbot, window, GOOD_PIN, wait=False)
    gate.opened.set()
    qtbot.waitUntil(lambda: not window.lock.locked)
    gate.hold()
    window.show_page("settings")
    rows = window.settings_page.lock_rows
    qtbot.mouseClick(rows.set_button, Qt.MouseButton.LeftButton)
    dialog = rows.dialog
    assert dialog is not None and dialog.action is PinAction.CHANGE
    qtbot.waitUntil(dialog.current.hasFocus)
    qtbot.keyClicks(dialog.current, "739164")  # the current PIN, Tab, the new one twice
    for text in ("593017", "593017"):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(QApplication.focusWidget(), text)
    assert dialog.confirm.hasFocus()
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert gate.entered.wait(10)
    _event_loop_runs(qtbot)
    assert dialog.busy and dialog.checking.isVisible()
    assert dialog.checking.text() == _tr("PinDialog", "Checking…")
    assert not dialog.current.isEnabled() and not dialog.buttons.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # it would be stored anyway: no cancel now
    qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)
    assert dialog.isVisible()
    gate.opened.set()
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.isVisible() and not dialog.checking.isVisible()
    assert dialog.error.text() == _tr("AppLock", "The current PIN is wrong")
    assert dialog.current.text() == "739164" and dialog.new.text() == "593017"
    assert gate.checks == 1 and AppLock(profile.paths.root).load().failures == 1
    assert dialog.confirm.hasFocus()  # back where the RM was typing


class LoginServer(httpx.BaseTransport):
    """The sync's HTTP transport in this test: records sign-ins; the server refuses the
    password (changed on the server) or cannot be reached."""

    def __init__(self) -> None:
        self.logins: list[httpx.Request] = []
        self.reachable = True

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path == "/auth/login":
            self.logins.append(request)
        if not self.reachable:
            raise httpx.ConnectError("connection refused", request=request)
        if request.url.path == "/auth/login":
            return httpx.Response(401, json={"detail": "bad credentials"})
        return httpx.Response(404, json={"detail": "not here"})


def test_the_server_password_signs_in_through_the_syncs_own_transport(
    qtbot: QtBot, profile: Profile, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = LoginServer()
    original = SyncPage.attach

    def attach(page: SyncPage, attached: Profile, **kwargs: Any) -> None:
        original(page, attached, **{**kwargs, "http_transport": server, "watch": False})

    monkeypatch.setattr(SyncPage, "attach", attach)  # as the main window attaches it
    state.write(profile.database, account__server="http://127.0.0.1:9", account__user="rm01")
    AppLock(profile.paths.root).remember_server_password("rm01", "Branch-pass-2026")
    window = make_window(profile)
    controller, screen = window.lock, window.lock.screen
    sync = window.sync_page.controller
    assert sync is not None
    assert controller.http_transport is server and controller.tokens is sync.tokens
    qtbot.keyClick(window.nav, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.locked and screen.mode is LockMode.PASSWORD

    # the server says no (the password changed there): the laptop's old hash does not unlock
    qtbot.keyClicks(screen.password, "Branch-pass-2026")
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    assert screen.busy
    qtbot.waitUntil(lambda: not controller.checking, timeout=10_000)
    assert [r.url.host for r in server.logins] == ["127.0.0.1"]
    assert controller.locked and screen.error.text() == _tr("LockController", "Wrong password.")
    assert screen.password.text() == "Branch-pass-2026"  # kept, to correct or retry

    # the server cannot be reached: checked against the hash kept here
    server.reachable = False
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not controller.locked, timeout=10_000)
    assert len(server.logins) == 2 and window.centralWidget().isVisible()


def test_attaching_the_profile_again_follows_each_sync_once(
    qtbot: QtBot, profile: Profile, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(profile)
    lock = window.lock
    lock.attach(profile, tokens=lock.tokens, http_transport=lock.http_transport)
    checks: list[int] = []
    monkeypatch.setattr(lock, "check_offline", lambda: checks.append(1))
    window.sync_page.sync_finished.emit(SimpleNamespace(error=None))
    assert checks == [1]
