"""Automatic sync: when the server becomes reachable, and once a day at day end.

While signed in and idle, a cheap health check of the server runs on the network
pool every minute; "online" then means the server answers. Signed out, it means
what the OS says. Settings (read live, with defaults until ``app.settings`` has
them): ``auto_sync`` (bool, default True) and ``day_end_sync`` ("HH:MM", default
"18:00").
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from ui.sync.reachability import os_network, os_online, server_reachable
from ui.tasks import network_pool, run_in_background

if TYPE_CHECKING:
    from app.sync import SyncReport, SyncStatus
    from ui.sync.controller import SyncController

DEFAULT_DAY_END = time(18, 0)
HEALTH_INTERVAL_MS = 60_000
CLOCK_INTERVAL_MS = 30_000
#: Errors meaning the server was not reached.
UNREACHED_CODES = frozenset({"offline", "network", "tls"})
#: Errors that say nothing about the server.
LOCAL_CODES = frozenset({"not_signed_in", "keyring", "local", "busy", "cancelled", "unexpected"})


def day_end_time(settings: Any) -> time:
    """The day-end sync time of ``settings`` ("HH:MM"; 18:00 if absent or unreadable)."""
    text = str(getattr(settings, "day_end_sync", "") or "")
    try:
        hours, minutes = (int(part) for part in text.split(":"))
        return time(hours, minutes)
    except ValueError:
        return DEFAULT_DAY_END


def auto_sync_enabled(settings: Any) -> bool:
    """Whether ``settings`` allow automatic sync (yes unless ``auto_sync`` is False)."""
    return bool(getattr(settings, "auto_sync", True))


class AutoSync(QObject):
    """Watches reachability and the clock; starts runs through the controller."""

    #: Online = the server answers (signed in) or the OS has a network (signed out).
    online_changed = Signal(bool)

    def __init__(
        self,
        controller: SyncController,
        settings: Any = None,
        *,
        health_interval_ms: int = HEALTH_INTERVAL_MS,
        clock_interval_ms: int = CLOCK_INTERVAL_MS,
        now: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.settings = settings
        self._now = now
        #: What was last said (None: nothing yet).
        self.online: bool | None = None
        #: Whether the server answered last time (None: not known since sign-in).
        self.server_online: bool | None = None
        self._checking = False
        self._active = False
        self._watching_os = False
        self._day_end_done: date | None = None
        self._health = QTimer(self)
        self._health.setInterval(health_interval_ms)
        self._health.timeout.connect(self.check_now)
        self._clock = QTimer(self)
        self._clock.setInterval(clock_interval_ms)
        self._clock.timeout.connect(self.check_clock)
        controller.status_changed.connect(self._status_changed)
        controller.finished.connect(self._after_run)

    def start(self) -> None:
        """Start the timers (and follow the OS's reachability where Qt can)."""
        self._active = True
        network = os_network()
        if network is not None and not self._watching_os:
            network.reachabilityChanged.connect(self._os_changed)
            self._watching_os = True
        self._health.start()
        self._clock.start()
        self.check_now()

    def stop(self) -> None:
        """Stop the timers."""
        self._active = False
        network = os_network()
        if network is not None and self._watching_os:
            self._watching_os = False
            with contextlib.suppress(RuntimeError, TypeError):
                network.reachabilityChanged.disconnect(self._os_changed)
        self._health.stop()
        self._clock.stop()

    def _status(self) -> SyncStatus | None:
        return self.controller.status

    def _signed_in(self) -> bool:
        status = self._status()
        return status is not None and status.signed_in and status.account is not None

    def _set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self.online_changed.emit(online)

    def _os_changed(self, *_args: object) -> None:
        if self._signed_in():
            self.check_now()
        else:
            self._set_online(os_online())

    # --- reachability -------------------------------------------------------------------

    def check_now(self) -> None:
        """Check the server now (in the background); signed out, ask the OS."""
        status = self._status()
        if status is None or not self._active:
            return
        if not self._signed_in() or status.account is None:
            self._set_online(os_online())
            return
        if self._checking or self.controller.running:
            return
        self._checking = True
        account = status.account
        transport = self.controller.http_transport
        run_in_background(
            lambda: server_reachable(account.server, account.ca_bundle, http_transport=transport),
            self._checked,
            self._check_failed,
            pool=network_pool(),
            receiver=self,
        )

    def _check_failed(self, _exc: BaseException) -> None:
        self._checking = False

    def _checked(self, reachable: bool) -> None:
        self._checking = False
        if not self._signed_in():
            return
        before = self.server_online
        self.server_online = reachable
        self._set_online(reachable)
        if not reachable or before is True or not auto_sync_enabled(self.settings):
            return
        status = self._status()
        pending = status is not None and (status.unsynced > 0 or status.downloads_wanted > 0)
        if before is False or pending:
            self.controller.sync_now()

    def _status_changed(self, status: SyncStatus) -> None:
        if not self._active:
            return
        if not self._signed_in():
            self.server_online = None
            self._set_online(os_online())
        elif self.server_online is None:
            self.check_now()

    def _after_run(self, report: SyncReport) -> None:
        code = (report.error or {}).get("code")
        if code in UNREACHED_CODES:
            self.server_online = False
            self._set_online(False)
        elif code not in LOCAL_CODES:
            self.server_online = True
            self._set_online(True)

    # --- day end ------------------------------------------------------------------------

    def check_clock(self) -> None:
        """Sync once a day when the day-end time has passed (unless a sync did already)."""
        if not self._active or not auto_sync_enabled(self.settings) or not self._signed_in():
            return
        if self.controller.running:
            return
        now = self._now()
        due = day_end_time(self.settings)
        if now.time() < due or self._day_end_done == now.date():
            return
        self._day_end_done = now.date()
        status = self._status()
        last = self._local(status.last_success if status is not None else None)
        if last is not None and last.date() == now.date() and last.time() >= due:
            return  # the RM synced after day end already
        self.controller.sync_now()

    @staticmethod
    def _local(iso: str | None) -> datetime | None:
        if not iso:
            return None
        try:
            moment = datetime.fromisoformat(iso)
        except ValueError:
            return None
        return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment
