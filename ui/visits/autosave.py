"""Autosave of a form to the local draft store, off the GUI thread.

:class:`DraftAutosaver` saves the form's state :data:`DEBOUNCE_MS` after the
last change and at least every :data:`PERIOD_MS` while changes keep coming; each
save runs on the database pool (one writer, in order), so a discard queued
after a save always wins. A kill loses at most the typing of the last seconds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ui.tasks import run_in_background

if TYPE_CHECKING:
    from app.drafts import DraftStore

log = logging.getLogger(__name__)

#: Save this long after the last change.
DEBOUNCE_MS = 2000
#: And at least this often while the RM keeps typing.
PERIOD_MS = 5000


class DraftAutosaver(QObject):
    """Keeps ``snapshot()`` under ``key`` in ``store`` while the form changes."""

    #: A save finished; carries the payload written.
    saved = Signal(dict)

    def __init__(
        self,
        store: DraftStore,
        key: str,
        kind: str,
        snapshot: Callable[[], dict[str, Any]],
        parent: QObject | None = None,
        debounce_ms: int | None = None,
        period_ms: int | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self.key = key
        self._kind = kind
        self._snapshot = snapshot
        self._last: dict[str, Any] | None = None
        self._enabled = False
        self._finished = False
        self._in_flight = 0
        #: Saves that failed (the form stays as it is; the next change tries again).
        self.failures = 0
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS if debounce_ms is None else debounce_ms)
        self._debounce.timeout.connect(self.save_now)
        self._period = QTimer(self)
        self._period.setInterval(PERIOD_MS if period_ms is None else period_ms)
        self._period.timeout.connect(self.save_now)

    @property
    def pending(self) -> int:
        """Saves sent to the background and not yet answered."""
        return self._in_flight

    def start(self, baseline: dict[str, Any]) -> None:
        """Begin watching; ``baseline`` (what the form opened with) is not worth a draft."""
        self._last = baseline
        self._enabled = True
        self._period.start()

    def changed(self) -> None:
        """The form changed: save after a pause in typing."""
        if self._enabled and not self._finished:
            self._debounce.start()

    def save_now(self) -> None:
        """Save the form now if it differs from what was saved last."""
        if not self._enabled or self._finished:
            return
        self._debounce.stop()
        payload = self._snapshot()
        if payload == self._last:
            return
        self._last = payload
        store, key, kind = self._store, self.key, self._kind
        self._in_flight += 1

        def done(_result: object) -> None:
            self._in_flight -= 1
            self.saved.emit(payload)

        def failed(exc: BaseException) -> None:
            self._in_flight -= 1
            self.failures += 1
            self._last = None  # try again on the next tick
            log.warning("draft %s not saved: %s", key, exc)

        run_in_background(lambda: store.save(key, kind, payload), done, failed, receiver=self)

    def discard(self) -> None:
        """Stop and forget the draft (the real save is done, or the RM threw it away)."""
        self.stop()
        store, key = self._store, self.key
        run_in_background(
            lambda: store.discard(key),
            None,
            lambda exc: log.warning("draft %s not discarded: %s", key, exc),
        )

    def stop(self) -> None:
        """Save no more (the draft stays where it is)."""
        self._finished = True
        self._debounce.stop()
        self._period.stop()
