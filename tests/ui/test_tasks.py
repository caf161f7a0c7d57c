"""Background work runs off the GUI thread and reports back on it."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from ui.tasks import run_in_background


def test_result_arrives_on_the_gui_thread(qtbot: QtBot) -> None:
    seen: dict[str, object] = {}

    def work() -> int:
        seen["worker"] = threading.current_thread()
        return 42

    def done(result: int) -> None:
        seen["result"] = result
        seen["callback"] = threading.current_thread()

    run_in_background(work, done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["callback"] is threading.main_thread()


def test_errors_reach_on_error_on_the_gui_thread(qtbot: QtBot) -> None:
    seen: list[tuple[BaseException, threading.Thread]] = []

    def work() -> None:
        raise ValueError("disk full")

    run_in_background(work, on_error=lambda e: seen.append((e, threading.current_thread())))
    qtbot.waitUntil(lambda: bool(seen))
    error, thread = seen[0]
    assert isinstance(error, ValueError) and str(error) == "disk full"
    assert thread is threading.main_thread()
