"""Run work off the GUI thread; results come back to the GUI thread.

``run_in_background(fn, on_done, on_error)`` puts ``fn`` on a thread pool and
calls ``on_done(result)`` or ``on_error(exc)`` in the GUI thread (Picard's
``run_task``). Database work shares one single-thread pool, so there is one
SQLite writer at a time; network work gets its own pool (Anki's taskman).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

_db_pool: QThreadPool | None = None
_net_pool: QThreadPool | None = None


def db_pool() -> QThreadPool:
    """The single-thread pool for database work."""
    global _db_pool
    if _db_pool is None:
        _db_pool = QThreadPool()
        _db_pool.setMaxThreadCount(1)
    return _db_pool


def network_pool() -> QThreadPool:
    """A pool for network work, apart from the database."""
    global _net_pool
    if _net_pool is None:
        _net_pool = QThreadPool()
        _net_pool.setMaxThreadCount(4)
    return _net_pool


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            try:
                result = self._fn()
            except Exception as exc:
                log.exception("background task failed")
                self._relay.failed.emit(exc)
            else:
                self._relay.done.emit(result)
        except RuntimeError:  # the application quit while the task ran
            log.info("background task finished after its receiver was gone")


_live: set[_Relay] = set()


def _default_error(exc: BaseException) -> None:
    raise exc


_other_pools: list[QThreadPool] = []


def register_pool(pool: QThreadPool) -> QThreadPool:
    """Have :func:`wait_for_background_work` wait for ``pool`` too (e.g. thumbnails)."""
    _other_pools.append(pool)
    return pool


def wait_for_background_work() -> None:
    """Block until every queued task has finished (at exit: no write is cut short)."""
    for pool in (_db_pool, _net_pool, *_other_pools):
        if pool is not None:
            pool.waitForDone()


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    pool: QThreadPool | None = None,
    receiver: QObject | None = None,
) -> None:
    """Run ``fn()`` on ``pool`` (default: the database pool); report back on the GUI thread.

    Without ``on_error`` a failure goes to the global exception hook (a dialog).
    With ``receiver``, the callbacks are dropped if ``receiver`` is destroyed first
    (a dialog closed while its data was loading).
    """
    relay = _Relay()  # lives in the GUI thread, so its slots run there
    _live.add(relay)

    def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
        _live.discard(relay)
        relay.deleteLater()
        if receiver is not None and not shiboken6.isValid(receiver):
            return  # the receiver is gone: nobody is waiting for this answer
        if callback is not None:
            callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda exc: finish(on_error or _default_error, exc))
    (pool or db_pool()).start(_Task(fn, relay))
