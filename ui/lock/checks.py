"""Where the app lock's slow checks run: scrypt (~0.3 s) never on the GUI thread.

One thread of its own, so a PIN check neither waits behind database work nor holds
it up, and the checks of ``lock.json`` run one after the other. The app waits for
it at exit (:func:`ui.tasks.wait_for_background_work`), so a counted wrong PIN is
written before the process ends.
"""

from __future__ import annotations

from PySide6.QtCore import QThreadPool

from ui.tasks import register_pool

_pool: QThreadPool | None = None


def lock_pool() -> QThreadPool:
    """The single-thread pool for PIN and password hashes."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        register_pool(_pool)
    return _pool
