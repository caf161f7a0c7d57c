"""Publish what changed, and who caused it, after each committed unit of work."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ChangeEvent:
    """Tables written by one committed transaction and the origin that wrote them."""

    tables: frozenset[str]
    origin: str


Listener = Callable[[ChangeEvent], None]


class ChangeBus:
    """A tiny thread-safe publish/subscribe hub; each view decides whether to refresh."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._lock = threading.Lock()

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Register ``listener``; returns a function that unsubscribes it."""
        with self._lock:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._lock:
                if listener in self._listeners:
                    self._listeners.remove(listener)

        return unsubscribe

    def publish(self, event: ChangeEvent) -> None:
        """Call every listener; one failing listener does not stop the others."""
        with self._lock:
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(event)
            except Exception:
                log.exception("change listener failed for %s", event)
