"""Automatic sync: the day-end time, once a day, never twice, and what "online" means."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time
from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtCore import QObject, Signal
from pytestqt.qtbot import QtBot

from app.sync import Account, SyncReport, SyncStatus
from ui.sync.auto import AutoSync, auto_sync_enabled, day_end_time

ACCOUNT = Account("https://rmdesk.branch.example", "rm01")


class FakeController(QObject):
    """What AutoSync needs of the controller; counts the runs asked for."""

    status_changed = Signal(object)
    finished = Signal(object)

    def __init__(self, status: SyncStatus) -> None:
        super().__init__()
        self.status = status
        self.running = False
        self.http_transport = None
        self.runs = 0

    def sync_now(self) -> bool:
        self.runs += 1
        return True


def status(last_success: str | None = None, unsynced: int = 0) -> SyncStatus:
    return SyncStatus(ACCOUNT, True, unsynced, 0, 0, 0, None, last_success)


class Clock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def __call__(self) -> datetime:
        return self.moment


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2025, 6, 30, 17, 59))


@pytest.fixture
def auto(qtbot: QtBot, clock: Clock) -> Iterator[tuple[AutoSync, FakeController]]:
    controller = FakeController(status())
    settings = SimpleNamespace(auto_sync=True, day_end_sync="18:00")
    made = AutoSync(controller, settings, health_interval_ms=3_600_000, now=clock)
    made._active = True  # as after start(), without timers or network checks
    yield made, controller
    made.stop()


def test_settings_are_read_with_defaults() -> None:
    assert day_end_time(SimpleNamespace()) == time(18, 0)
    assert day_end_time(SimpleNamespace(day_end_sync="17:30")) == time(17, 30)
    assert day_end_time(SimpleNamespace(day_end_sync="half past five")) == time(18, 0)
    assert day_end_time(SimpleNamespace(day_end_sync="25:00")) == time(18, 0)
    assert auto_sync_enabled(None) and auto_sync_enabled(SimpleNamespace())
    assert not auto_sync_enabled(SimpleNamespace(auto_sync=False))


def test_day_end_sync_runs_once_a_day(auto: tuple[AutoSync, FakeController], clock: Clock) -> None:
    watcher, controller = auto
    watcher.check_clock()
    assert controller.runs == 0  # 17:59
    clock.moment = datetime(2025, 6, 30, 18, 0)
    watcher.check_clock()
    watcher.check_clock()
    assert controller.runs == 1
    clock.moment = datetime(2025, 7, 1, 9, 0)
    watcher.check_clock()
    assert controller.runs == 1
    clock.moment = datetime(2025, 7, 1, 18, 30)
    watcher.check_clock()
    assert controller.runs == 2


def test_no_day_end_sync_after_a_sync_past_day_end_or_when_turned_off(
    auto: tuple[AutoSync, FakeController], clock: Clock
) -> None:
    watcher, controller = auto
    synced = datetime(2025, 6, 30, 18, 5).astimezone().astimezone(UTC).isoformat()
    controller.status = status(last_success=synced)
    clock.moment = datetime(2025, 6, 30, 18, 10)
    watcher.check_clock()
    assert controller.runs == 0
    watcher.settings = SimpleNamespace(auto_sync=False, day_end_sync="18:00")
    clock.moment = datetime(2025, 7, 1, 18, 10)
    watcher.check_clock()
    assert controller.runs == 0


def test_reachable_again_syncs_and_run_errors_say_offline(
    auto: tuple[AutoSync, FakeController],
) -> None:
    watcher, controller = auto
    said: list[bool] = []
    watcher.online_changed.connect(said.append)
    watcher._checked(True)  # first answer, nothing waiting: no run
    assert controller.runs == 0 and said == [True]
    report = SyncReport(started_at="x", error={"code": "offline", "template": "", "params": {}})
    controller.finished.emit(report)
    assert said == [True, False] and watcher.server_online is False
    watcher._checked(True)  # the server is back: sync
    assert controller.runs == 1 and said == [True, False, True]
    watcher._checked(True)
    assert controller.runs == 1


def test_waiting_changes_sync_at_the_first_answer(auto: tuple[AutoSync, FakeController]) -> None:
    watcher, controller = auto
    controller.status = status(unsynced=3)
    watcher._checked(True)
    assert controller.runs == 1


def test_nothing_while_signed_out(auto: tuple[AutoSync, FakeController], clock: Any) -> None:
    watcher, controller = auto
    controller.status = SyncStatus(ACCOUNT, False, 5, 0, 0, 0, None, None)
    clock.moment = datetime(2025, 6, 30, 19, 0)
    watcher.check_clock()
    watcher._checked(True)
    assert controller.runs == 0


def test_settings_rows_write_the_settings(qtbot: QtBot) -> None:
    from PySide6.QtCore import QTime

    from ui.sync.settings_rows import SyncSettingsRows

    settings = SimpleNamespace()
    rows = SyncSettingsRows(settings)
    saved: list[bool] = []
    rows.changed.connect(lambda: saved.append(True))
    assert rows.auto_sync.isChecked() and rows.day_end.time() == QTime(18, 0)
    rows.day_end.setTime(QTime(17, 30))
    assert settings.day_end_sync == "17:30"
    rows.auto_sync.setChecked(False)
    assert settings.auto_sync is False and not rows.day_end.isEnabled()
    assert len(saved) == 2
