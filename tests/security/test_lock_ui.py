# ruff: noqa: F811
"""The app lock as an RM meets it: PIN at start-up, Ctrl+L, idle lock, lockout, offline lock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.profile import Profile
from app.security import lock as lock_module
from app.security.lock import PIN_TEMPLATES, AppLock
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

GOOD_PIN = "482915"


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cheaper scrypt cost for new hashes (the cost is stored with each hash)."""
    original = lock_module.slow_hash
    monkeypatch.setattr(
        lock_module, "slow_hash", lambda secret, **kw: original(secret, n=2**10, **kw)
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


def _type_pin(qtbot: QtBot, window: MainWindow, pin: str) -> None:
    field = window.lock.screen.pin
    assert field.isVisible() and field.hasFocus()
    qtbot.keyClicks(field, pin)
    qtbot.keyClick(field, Qt.Key.Key_Return)


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
    assert dialog.isVisible()
    assert dialog.error.text() == _tr("AppLock", PIN_TEMPLATES["trivial"])
    assert dialog.new.text() == "123456"
    dialog.new.clear()
    dialog.confirm.clear()
    qtbot.keyClicks(dialog.new, GOOD_PIN)
    qtbot.keyClicks(dialog.confirm, GOOD_PIN)
    dialog.submit()
    assert not dialog.isVisible() and AppLock(profile.paths.root).has_pin
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
