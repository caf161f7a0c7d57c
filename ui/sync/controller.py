"""The Sync page's worker side: status, runs on the network pool, cancel, sign-out, fixes.

Runs go to :func:`ui.tasks.network_pool` (never the GUI thread, never the
database pool, so the rest of the app keeps working). Progress arrives from the
worker thread through a queued signal, at most about ten times a second.
Resolving conflicts and refused changes are database writes: the database pool.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from app.sync import (
    ConflictService,
    RejectedService,
    SyncError,
    SyncProgress,
    SyncReport,
    TokenStore,
    open_engine,
    sign_out,
    sync_status,
)
from ui.tasks import network_pool, run_in_background

if TYPE_CHECKING:
    import httpx

    from app.profile import Profile
    from app.sync import SyncEngine, SyncStatus
    from app.sync.conflicts import Choice
    from db.changes import ChangeEvent

log = logging.getLogger(__name__)

#: Seconds between two progress updates of the same phase.
PROGRESS_INTERVAL = 0.1
#: Tables whose changes the Sync page does not care about (autosaved drafts).
QUIET_TABLES = frozenset({"local_drafts"})
#: Errors after which the engine (and its access token) is dropped.
SIGNED_OUT_CODES = frozenset({"auth_required", "not_signed_in"})


def failed_report(error: dict[str, Any]) -> SyncReport:
    """The report of a run that could not start (kept on screen only)."""
    moment = datetime.now(UTC).isoformat()
    return SyncReport(started_at=moment, finished_at=moment, error=error)


class _Relay(QObject):
    """Carries events from worker threads to the GUI thread."""

    progress = Signal(object)
    changed = Signal(object)


class SyncController(QObject):
    """Sync of one open profile, as the Sync page drives it."""

    #: The account, pending counts and last report were read (``SyncStatus``).
    status_changed = Signal(object)
    #: A run started.
    started = Signal()
    #: Where the run stands (``SyncProgress``).
    progressed = Signal(object)
    #: A run ended (``SyncReport``; ``error`` set when it failed or could not start).
    finished = Signal(object)
    #: Conflicts and refused changes were read: (list[ConflictView], list[RejectedView]).
    problems_loaded = Signal(object, object)
    #: Customer names were looked up (``names`` has them).
    names_changed = Signal()
    #: Something to tell the RM (already translated).
    notice = Signal(str)

    def __init__(
        self,
        profile: Profile,
        *,
        tokens: TokenStore | None = None,
        http_transport: httpx.BaseTransport | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.profile = profile
        self.tokens = tokens or TokenStore()
        self.http_transport = http_transport
        self.conflicts = ConflictService(profile.database, profile.actor)
        self.rejected = RejectedService(profile.database, profile.actor)
        self.status: SyncStatus | None = None
        self.running = False
        #: Customer id → name, for naming records.
        self.names: dict[str, str] = {}
        self._engine: SyncEngine | None = None
        self._cancel: threading.Event | None = None
        self._closed = False
        self._relay = _Relay(self)
        self._relay.progress.connect(self.progressed)
        self._relay.changed.connect(self._changed)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.reload)
        self._unsubscribe: Callable[[], None] | None = profile.database.bus.subscribe(
            self._from_any_thread
        )

    # --- reading ------------------------------------------------------------------------

    @property
    def signed_in(self) -> bool:
        """Whether the profile has an account with a stored sign-in."""
        return self.status is not None and self.status.signed_in

    def reload(self) -> None:
        """Read the status, the conflicts and the refused changes again."""
        self.refresh_status()
        self.load_problems()

    def refresh_status(self) -> None:
        """Read the account, the pending counts and the last report (network pool: keyring)."""
        database, tokens = self.profile.database, self.tokens
        run_in_background(
            lambda: sync_status(database, tokens),
            self._status_read,
            self._failed_quietly,
            pool=network_pool(),
            receiver=self,
        )

    def _status_read(self, status: SyncStatus) -> None:
        if self._closed:
            return
        self.status = status
        self.status_changed.emit(status)
        if status.last_report is not None:
            report = status.last_report
            self.look_up_names(
                [
                    *(c.customer_id for c in report.conflicts),
                    *(r.customer_id for r in report.rejected),
                    *(d.customer_id for d in report.decisions),
                ]
            )

    def load_problems(self) -> None:
        """Read the conflicts and refused changes (database pool)."""
        conflicts, rejected = self.conflicts, self.rejected
        run_in_background(
            lambda: (conflicts.list(), rejected.list()),
            self._problems_read,
            self._failed_quietly,
            receiver=self,
        )

    def _problems_read(self, found: tuple[list[Any], list[Any]]) -> None:
        if self._closed:
            return
        conflicts, rejected = found
        self.problems_loaded.emit(conflicts, rejected)
        self.look_up_names(
            [*(c.customer_id for c in conflicts), *(r.customer_id for r in rejected)]
        )

    def look_up_names(self, customer_ids: Iterable[str | None]) -> None:
        """Find the names of customers not named yet (database pool)."""
        from app.customers import CustomerService

        wanted = sorted({c for c in customer_ids if c and c not in self.names})[:500]
        if not wanted:
            return
        service = CustomerService(self.profile.database, self.profile.actor)

        def work() -> dict[str, str]:
            found = {}
            for customer_id in wanted:
                try:
                    found[customer_id] = service.load(customer_id).name
                except KeyError:
                    found[customer_id] = ""
            return found

        run_in_background(work, self._names_found, self._failed_quietly, receiver=self)

    def _names_found(self, found: dict[str, str]) -> None:
        self.names.update(found)
        self.names_changed.emit()

    def name_of(self, customer_id: str | None) -> str | None:
        """The customer's name, if known here."""
        return self.names.get(customer_id or "") or None

    @staticmethod
    def _failed_quietly(exc: BaseException) -> None:
        log.warning("sync page could not read: %s", type(exc).__name__)

    # --- runs ---------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a run in the background; False if one runs already (or nobody signed in)."""
        if self.running or self._closed:
            return False
        self.running = True
        cancel = threading.Event()
        self._cancel = cancel
        self.started.emit()
        progress = self._progress_callback()
        engine = self._engine
        profile, tokens, transport = self.profile, self.tokens, self.http_transport

        def work() -> tuple[SyncEngine | None, SyncReport]:
            nonlocal engine
            if engine is None:
                try:
                    engine = open_engine(
                        profile.database,
                        profile.paths,
                        tokens=tokens,
                        http_transport=transport,
                        actor=profile.actor,
                    )
                except SyncError as exc:  # not signed in, keyring: said, not a crash
                    return None, failed_report(exc.to_json())
            return engine, engine.run(progress, cancel)

        run_in_background(work, self._ran, self._could_not_run, pool=network_pool(), receiver=self)
        return True

    def _progress_callback(self) -> Callable[[SyncProgress], None]:
        relay = self._relay
        last: list[Any] = [0.0, None]

        def progress(update: SyncProgress) -> None:  # in the worker thread
            now = time.monotonic()
            finished = update.total is not None and update.done >= update.total
            if update.phase != last[1] or finished or now - last[0] >= PROGRESS_INTERVAL:
                last[0], last[1] = now, update.phase
                with contextlib.suppress(RuntimeError):  # the page is gone; the run goes on
                    relay.progress.emit(update)

        return progress

    @property
    def cancelling(self) -> bool:
        """Whether the running sync was asked to stop."""
        return self._cancel is not None and self._cancel.is_set()

    def cancel(self) -> None:
        """Ask the running sync to stop at the next safe point."""
        if self._cancel is not None:
            self._cancel.set()

    def _ran(self, result: tuple[SyncEngine | None, SyncReport]) -> None:
        engine, report = result
        self.running = False
        self._cancel = None
        code = (report.error or {}).get("code")
        if engine is not None and (self._closed or code in SIGNED_OUT_CODES):
            engine.close()
            engine = None
        self._engine = engine
        if self._closed:
            return
        self.finished.emit(report)
        self.look_up_names(
            [
                *(c.customer_id for c in report.conflicts),
                *(r.customer_id for r in report.rejected),
                *(d.customer_id for d in report.decisions),
            ]
        )
        self.reload()

    def _could_not_run(self, exc: BaseException) -> None:
        self.running = False
        self._cancel = None
        if self._closed:
            return
        error = {"code": "unexpected", "message": type(exc).__name__}
        self.finished.emit(failed_report(error))
        self.refresh_status()

    # --- account ------------------------------------------------------------------------

    def account_changed(self) -> None:
        """A sign-in happened: forget the old connection, read the status again."""
        self._drop_engine()
        self.names.clear()
        self.reload()

    def sign_out(self) -> None:
        """Sign out here and on the server (network pool); not while a run goes on."""
        if self.running:
            return
        self._drop_engine()
        database, tokens, transport = self.profile.database, self.tokens, self.http_transport

        def work() -> SyncError | None:
            try:
                sign_out(database, tokens=tokens, http_transport=transport)
            except SyncError as exc:  # the keyring refused: said, not a crash
                return exc
            return None

        run_in_background(
            work, self._signed_out, self._signed_out, pool=network_pool(), receiver=self
        )

    def _signed_out(self, problem: BaseException | None) -> None:
        from ui.sync.texts import error_text

        if isinstance(problem, SyncError):
            self.notice.emit(error_text(problem.to_json()))
        self.refresh_status()

    def _drop_engine(self) -> None:
        if self._engine is not None and not self.running:
            self._engine.close()
            self._engine = None

    # --- fixes --------------------------------------------------------------------------

    def resolve(self, conflict_ids: list[int], choice: Choice, value: Any = None) -> None:
        """Resolve conflicts (database pool); the choice syncs with the next run."""
        service = self.conflicts

        def work() -> None:
            for conflict_id in conflict_ids:
                try:
                    service.resolve(conflict_id, choice, value)
                except KeyError:
                    continue  # resolved meanwhile

        self._write(work)

    def discard(self, rejected_id: int) -> None:
        """Give a refused change up (the record goes back to its synced values)."""
        service = self.rejected
        self._write(lambda: self._ignore_missing(service.discard, rejected_id))

    def retry(self, rejected_id: int) -> None:
        """Send a refused change again with the next run, as the record now is."""
        service = self.rejected
        self._write(lambda: self._ignore_missing(service.retry, rejected_id))

    @staticmethod
    def _ignore_missing(action: Callable[[int], None], item: int) -> None:
        with contextlib.suppress(KeyError):
            action(item)

    def _write(self, work: Callable[[], None]) -> None:
        def failed(exc: BaseException) -> None:
            self.notice.emit(
                self.tr("This could not be saved: {error}").format(error=type(exc).__name__)
            )
            self.reload()

        run_in_background(work, lambda _r: self.reload(), failed, receiver=self)

    # --- changes and shutdown -----------------------------------------------------------

    def _from_any_thread(self, event: ChangeEvent) -> None:
        if event.tables <= QUIET_TABLES:
            return
        with contextlib.suppress(RuntimeError):
            self._relay.changed.emit(event)

    def _changed(self, _event: ChangeEvent) -> None:
        if not self._closed and not self.running:
            self._debounce.start()

    def shutdown(self) -> None:
        """Stop: cancel a run, stop listening, close the connection when the run is over."""
        self._closed = True
        self.cancel()
        self._debounce.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._drop_engine()
