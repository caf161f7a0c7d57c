"""The Sync page: who is signed in where, Sync now / Cancel, progress, the last report,
conflicts and refused changes, and automatic sync.

Sync runs on the network pool (:mod:`ui.sync.controller`); the rest of the app
stays usable meanwhile. The data core (``app.sync``) loads on :meth:`SyncPage.attach`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
)

from ui.pages.base import Page
from ui.sync.banner import DecisionBanner
from ui.sync.conflicts_view import ConflictsView
from ui.sync.rejected_view import RejectedList
from ui.sync.report_view import ReportView
from ui.sync.texts import error_text, number, progress_permille, progress_text, time_text

if TYPE_CHECKING:
    import httpx

    from app.profile import Profile
    from app.sync import ConflictView, RejectedView, SyncProgress, SyncReport, SyncStatus
    from app.sync.credentials import TokenStore
    from ui.sync.auto import AutoSync
    from ui.sync.controller import SyncController
    from ui.sync.sign_in import SignInDialog

WARNING = "color: #b3261e;"
QUIET = "color: #5f6b76;"
ACCOUNT_STYLE = """
QFrame#syncAccount { background: white; border: 1px solid #dde2e6; border-radius: 6px; }
QFrame#syncAccount QLabel { background: transparent; }
"""


class SyncPage(Page):
    """Sync with the branch server, and what the last sync brought."""

    #: Open a record from the report, the conflicts or the refused changes: (entity, id).
    open_record = Signal(str, str)
    #: The server is reachable (signed in) or the OS has a network (signed out).
    online_changed = Signal(bool)
    #: A run started.
    sync_started = Signal()
    #: A run ended (``SyncReport``).
    sync_finished = Signal(object)
    #: What the running sync does, for a status bar ("" when idle).
    progress_message = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("page_sync")
        self.controller: SyncController | None = None
        self.auto: AutoSync | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self._tokens: TokenStore | None = None
        self._transport: httpx.BaseTransport | None = None
        self._conflict_count = 0
        self._rejected_count = 0
        self._notice = ""
        self._outcome: SyncReport | None = None
        self._progress: SyncProgress | None = None
        #: (entity, id) → customer id of the records shown, for :meth:`customer_of`.
        self._customers: dict[tuple[str, str], str] = {}

        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")
        #: New credit decisions; the main window may move it above every page.
        self.banner = DecisionBanner()
        self.banner.open_record.connect(self.open_record)

        self.account_label = QLabel()
        self.account_label.setObjectName("accountLabel")
        self.account_label.setStyleSheet("font-weight: bold;")
        self.account_label.setWordWrap(True)
        self.account_label.setTextFormat(Qt.TextFormat.PlainText)
        self.pending_label = QLabel()
        self.pending_label.setObjectName("pendingLabel")
        self.pending_label.setStyleSheet(QUIET)
        self.sign_in_button = self._button("signIn", self.open_sign_in)
        self.sign_out_button = self._button("signOut", self.sign_out)
        account = QFrame()
        account.setObjectName("syncAccount")
        account.setStyleSheet(ACCOUNT_STYLE)
        texts = QVBoxLayout()
        texts.addWidget(self.account_label)
        texts.addWidget(self.pending_label)
        account_row = QHBoxLayout(account)
        account_row.addLayout(texts, 1)
        account_row.addWidget(self.sign_in_button)
        account_row.addWidget(self.sign_out_button)

        self.sync_button = self._button("syncNow", self.sync_now)
        self.sync_button.setProperty("primary", True)
        self.cancel_button = self._button("cancelSync", self.cancel)
        self.progress = QProgressBar()
        self.progress.setObjectName("syncProgress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.progress.hide()
        self.progress_label = QLabel()
        self.progress_label.setObjectName("progressLabel")
        self.progress_label.setWordWrap(True)
        self.progress_label.setTextFormat(Qt.TextFormat.PlainText)
        run_row = QHBoxLayout()
        run_row.addWidget(self.sync_button)
        run_row.addWidget(self.cancel_button)
        progress_box = QVBoxLayout()
        progress_box.setSpacing(2)
        progress_box.addWidget(self.progress)
        progress_box.addWidget(self.progress_label)
        run_row.addLayout(progress_box, 1)

        self.report_view = ReportView()
        self.report_view.open_record.connect(self.open_record)
        self.conflicts_view = ConflictsView()
        self.conflicts_view.open_record.connect(self.open_record)
        self.conflicts_view.resolve_requested.connect(self._resolve)
        self.rejected_view = RejectedList()
        self.rejected_view.open_record.connect(self.open_record)
        self.rejected_view.discard_requested.connect(self._discard)
        self.rejected_view.retry_requested.connect(self._retry)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("syncTabs")
        self.tabs.addTab(self.report_view, "")
        self.tabs.addTab(self.conflicts_view, "")
        self.tabs.addTab(self.rejected_view, "")

        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self.banner)
        layout.addWidget(account)
        layout.addLayout(run_row)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self._update_state()

    def _button(self, name: str, slot: Any) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def title(self) -> str:
        return QCoreApplication.translate("Navigation", "Sync")

    # --- wiring -------------------------------------------------------------------------

    def attach(
        self,
        profile: Profile,
        *,
        settings: Any = None,
        tokens: TokenStore | None = None,
        http_transport: httpx.BaseTransport | None = None,
        watch: bool = True,
    ) -> None:
        """Connect to the opened profile; with ``watch``, sync automatically.

        ``settings`` supplies ``auto_sync`` and ``day_end_sync`` (read live);
        ``tokens`` and ``http_transport`` are for tests.
        """
        from app.privacy import RevealService
        from ui.sync.auto import AutoSync
        from ui.sync.controller import SyncController

        self._tokens, self._transport = tokens, http_transport
        self.conflicts_view.attach_reveals(RevealService(profile.database, profile.actor))
        controller = SyncController(
            profile, tokens=tokens, http_transport=http_transport, parent=self
        )
        self.controller = controller
        controller.status_changed.connect(self._status_changed)
        controller.started.connect(self._started)
        controller.progressed.connect(self._progressed)
        controller.finished.connect(self._finished)
        controller.problems_loaded.connect(self._problems_loaded)
        controller.names_changed.connect(self._names_changed)
        controller.notice.connect(self._show_notice)
        self.auto = AutoSync(controller, settings, parent=self)
        self.auto.online_changed.connect(self.online_changed)
        controller.reload()
        if watch:
            self.auto.start()
        self._update_state()

    def shutdown(self) -> None:
        """Before the profile closes: stop timers, cancel a run, stop listening."""
        if self.auto is not None:
            self.auto.stop()
        if self.controller is not None:
            self.controller.shutdown()

    @property
    def is_online(self) -> bool:
        """What :attr:`online_changed` said last (False before anything is known)."""
        return bool(self.auto is not None and self.auto.online)

    def customer_of(self, entity: str, record_id: str) -> str | None:
        """The customer of a record this page listed (to open a contact under its customer)."""
        if entity == "customers":
            return record_id
        return self._customers.get((entity, record_id))

    def _remember(self, links: list[tuple[str, str, str | None]]) -> None:
        self._customers.update({(e, i): c for e, i, c in links if c})

    @property
    def running(self) -> bool:
        """Whether a sync runs now."""
        return self.controller is not None and self.controller.running

    # --- actions ------------------------------------------------------------------------

    def sync_now(self) -> bool:
        """Start a sync (False if one runs already or the page is not attached)."""
        if self.controller is None or not self.controller.signed_in:
            return False
        return self.controller.sync_now()

    def cancel(self) -> None:
        """Ask the running sync to stop."""
        if self.controller is not None and self.controller.running:
            self.controller.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_label.setText(self.tr("Stopping…"))

    def open_sign_in(self) -> SignInDialog | None:
        """Show the sign-in dialog (pre-filled with the last account)."""
        from ui.sync.sign_in import SignInDialog

        controller = self.controller
        if controller is None or controller.running:
            return None
        status = controller.status
        previous = self.sign_in_dialog
        if previous is not None and not previous.busy:
            previous.deleteLater()
        dialog = SignInDialog(
            controller.profile,
            status.account if status is not None else None,
            tokens=self._tokens,
            http_transport=self._transport,
            parent=self,
        )
        dialog.signed_in.connect(controller.account_changed)
        dialog.finished.connect(lambda _r: controller.refresh_status())
        self.sign_in_dialog = dialog
        dialog.open()
        return dialog

    def sign_out(self) -> None:
        """Sign out here and on the server."""
        if self.controller is not None and not self.controller.running:
            self.sign_out_button.setEnabled(False)
            self.controller.sign_out()

    def _resolve(self, ids: list[int], choice: str, value: object) -> None:
        if self.controller is not None and not self.controller.running:
            self.controller.resolve(ids, choice, value)  # type: ignore[arg-type]

    def _discard(self, rejected_id: int) -> None:
        if self.controller is not None and not self.controller.running:
            self.controller.discard(rejected_id)

    def _retry(self, rejected_id: int) -> None:
        if self.controller is not None and not self.controller.running:
            self.controller.retry(rejected_id)

    # --- controller events --------------------------------------------------------------

    def _status_changed(self, status: SyncStatus) -> None:
        if not self.running:
            self._show_report(status.last_report)
        self._update_state()

    def _show_report(self, report: SyncReport | None) -> None:
        if report is not None:
            self._remember(
                [(c.entity, c.id, c.customer_id) for c in report.conflicts]
                + [(r.entity, r.id, r.customer_id) for r in report.rejected]
                + [("applications", d.application_id, d.customer_id) for d in report.decisions]
            )
        self.report_view.show_report(report, self._name_of)

    def _started(self) -> None:
        self._outcome = None
        self._notice = ""
        self._progress = None
        self.progress.setRange(0, 0)
        self.progress.show()
        self.sync_started.emit()
        self._update_state()

    def _progressed(self, progress: SyncProgress) -> None:
        self._progress = progress
        permille = progress_permille(progress)
        if permille is None:
            self.progress.setRange(0, 0)
        else:
            self.progress.setRange(0, 1000)
            self.progress.setValue(permille)
        text = progress_text(progress)
        self.progress_label.setText(text)
        self.progress_message.emit(text)

    def _finished(self, report: SyncReport) -> None:
        self._outcome = report
        self._progress = None
        self.progress.hide()
        self._show_report(report)
        if report.decisions:
            self.banner.show_decisions(report.decisions, self._name_of)
        self.progress_message.emit("")
        self.sync_finished.emit(report)
        self._update_state()

    def _problems_loaded(self, conflicts: list[ConflictView], rejected: list[RejectedView]) -> None:
        self._conflict_count = len(conflicts)
        self._rejected_count = len({r.id for r in rejected})
        self._remember(
            [(c.entity, c.entity_id, c.customer_id) for c in conflicts]
            + [(r.entity, r.entity_id, r.customer_id) for r in rejected]
        )
        self.conflicts_view.set_conflicts(conflicts, self._name_of)
        self.rejected_view.set_rejected(rejected, self._name_of)
        self._retitle_tabs()

    def _names_changed(self) -> None:
        self.report_view.names_changed()
        self.conflicts_view.names_changed()
        self.rejected_view.names_changed()
        self.banner.retranslate()

    def _show_notice(self, text: str) -> None:
        self._notice = text
        self._update_state()

    def _name_of(self, customer_id: str | None) -> str | None:
        return None if self.controller is None else self.controller.name_of(customer_id)

    # --- texts and state ----------------------------------------------------------------

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self.sign_in_button.setText(self.tr("Sign in…"))
        self.sign_out_button.setText(self.tr("Sign out"))
        self.sync_button.setText(self.tr("Sync now"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._retitle_tabs()
        self._update_state()

    def _retitle_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("Last sync"))
        self.tabs.setTabText(1, self.tr("Conflicts ({n})").format(n=number(self._conflict_count)))
        self.tabs.setTabText(
            2, self.tr("Refused changes ({n})").format(n=number(self._rejected_count))
        )

    def _update_state(self) -> None:
        controller = self.controller
        status = None if controller is None else controller.status
        running = self.running
        signed_in = status is not None and status.signed_in
        self.account_label.setText(self._account_text(status))
        self.pending_label.setText(self._pending_text(status))
        self.pending_label.setVisible(status is not None)
        self.sign_in_button.setVisible(status is not None and not signed_in)
        self.sign_in_button.setEnabled(not running)
        self.sign_out_button.setVisible(signed_in)
        self.sign_out_button.setEnabled(signed_in and not running)
        self.sync_button.setEnabled(signed_in and not running)
        self.cancel_button.setEnabled(running and not self._cancelling())
        self.conflicts_view.set_busy(running)
        self.rejected_view.set_busy(running)
        self._show_outcome(running)

    def _cancelling(self) -> bool:
        return self.controller is not None and self.controller.cancelling

    def _account_text(self, status: SyncStatus | None) -> str:
        if status is None:
            return self.tr("Loading…")
        account = status.account
        if account is None:
            return self.tr("Not signed in. Sign in to sync with the branch server.")
        if not status.signed_in:
            return self.tr("Signed out of {server} ({user}). Sign in again to sync.").format(
                server=account.server, user=account.username
            )
        return self.tr("Signed in as {user} to {server}").format(
            user=account.username, server=account.server
        )

    def _pending_text(self, status: SyncStatus | None) -> str:
        if status is None:
            return ""
        last = time_text(status.last_success)
        if last:
            return self.tr("Changes waiting to be sent: {n}. Last successful sync: {time}").format(
                n=number(status.unsynced), time=last
            )
        return self.tr("Changes waiting to be sent: {n}. Never synced.").format(
            n=number(status.unsynced)
        )

    def _show_outcome(self, running: bool) -> None:
        label = self.progress_label
        if running:
            if self._cancelling():
                label.setText(self.tr("Stopping…"))
            elif self._progress is not None:
                label.setText(progress_text(self._progress))
            else:
                label.setText(self.tr("Starting…"))
            label.setStyleSheet("")
            return
        report = self._outcome
        if self._notice:
            label.setText(self._notice)
            label.setStyleSheet(WARNING)
        elif report is not None and report.error is not None:
            label.setText(error_text(report.error))
            label.setStyleSheet(WARNING)
        elif report is not None:
            label.setText(
                self.tr("Sync completed at {time}").format(time=time_text(report.finished_at))
            )
            label.setStyleSheet(QUIET)
        else:
            label.setText("")
