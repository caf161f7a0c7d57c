"""The main window: navigation, pages, menus, shortcuts and the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QWidget,
)

from app import __version__
from app.paths import ProfilePaths
from app.settings import Settings, save_settings
from ui.customer_actions import CustomerActions
from ui.i18n import Translations
from ui.lock.controller import LockController
from ui.pages.applications import ApplicationsPage
from ui.pages.base import Page
from ui.pages.customers import CustomersPage
from ui.pages.dashboard import DashboardPage
from ui.pages.settings import SettingsPage
from ui.pages.sync import SyncPage
from ui.pages.today import TodayPage
from ui.pages.visits import VisitsPage
from ui.segments.page import SegmentsPage
from ui.status_bar import RmStatusBar

if TYPE_CHECKING:
    from app.profile import Profile
    from db.changes import ChangeEvent
    from ui.applications.actions import ApplicationActions
    from ui.visits.actions import VisitActions

PAGE_KEYS = (
    "today",
    "customers",
    "visits",
    "applications",
    "dashboard",
    "sync",
    "settings",
    "segments",
)
CUSTOMER_TABLES = frozenset({"customers", "customer_contacts", "bank_relationships"})
APPLICATION_TABLES = frozenset({"applications", "checklist_items", "documents", "attachments"})
VISIT_TABLES = frozenset(
    {"visits", "risk_alerts", "follow_ups", "loans", "documents", "attachments"}
)
SEGMENT_TABLES = frozenset({"segments", "segment_plans"})
#: Tables whose changes nobody shows (autosaved drafts): no reload for them.
QUIET_TABLES = frozenset({"local_drafts"})


class _ChangeRelay(QObject):
    """Carries data-core change events (from any thread) to the GUI thread."""

    changed = Signal(object)


class MainWindow(QMainWindow):
    """RM Desk's main window for one profile."""

    attached = Signal()

    def __init__(self, paths: ProfilePaths, settings: Settings, translations: Translations) -> None:
        """The window for the profile at ``paths``; call :meth:`attach` once it is open.

        The window paints before the data core has loaded: Today's figures come
        from a plain read of the file, the rest arrives with :meth:`attach`.
        """
        super().__init__()
        self.setObjectName("mainWindow")
        self.paths = paths
        self.profile: Profile | None = None
        self.settings = settings
        self.translations = translations
        self._unsubscribe: Callable[[], None] | None = None

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(150)
        self.stack = QStackedWidget()
        self.today = TodayPage(paths.database)
        self.customers_page = CustomersPage()
        self.applications_page = ApplicationsPage()
        self.application_actions: ApplicationActions | None = None
        self.visits_page = VisitsPage()
        self.visit_actions: VisitActions | None = None
        self.dashboard_page = DashboardPage()
        self.sync_page = SyncPage()
        self.settings_page = SettingsPage(settings, paths)
        self.segments_page = SegmentsPage()
        self.pages: dict[str, Page] = {
            "today": self.today,
            "customers": self.customers_page,
            "visits": self.visits_page,
            "applications": self.applications_page,
            "dashboard": self.dashboard_page,
            "sync": self.sync_page,
            "settings": self.settings_page,
            "segments": self.segments_page,
        }
        for key in PAGE_KEYS:
            page: QWidget = self.pages[key]
            if key == "sync":  # a tall, wide page: scroll rather than widen the window
                scroll = QScrollArea()
                scroll.setWidget(page)
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QScrollArea.Shape.NoFrame)
                page = scroll
            self.stack.addWidget(page)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.status = RmStatusBar(paths.database)
        self.setStatusBar(self.status)
        self._build_actions()
        self.settings_page.language_changed.connect(self._change_language)

        self._relay = _ChangeRelay()
        self._relay.changed.connect(self._on_change)

        self.retranslate()
        self._restore_geometry()
        self.show_page(settings.last_page if settings.last_page in PAGE_KEYS else "today")
        self.today.refresh()
        self.status.refresh_unsynced()
        # The app lock: Ctrl+L, idle time, start-up with a PIN, the offline lock.
        self.lock = LockController(self, paths.root)
        self.file_menu.insertAction(self.quit_action, self.lock.action)

    def attach(self, profile: Profile) -> None:
        """Connect the pages to the opened profile's services."""
        from app.applications import ApplicationService
        from app.assessments import AssessmentService
        from app.attachment_store import AttachmentStore
        from app.customers import CustomerService
        from app.packet import letterhead_for
        from app.privacy import RevealService
        from ui.applications.actions import ApplicationActions
        from ui.packet import open_packet_preview
        from ui.scoring.actions import ScorecardActions
        from ui.thumbnails import ThumbnailCache
        from ui.visits.actions import VisitActions

        self.profile = profile
        self.customers = CustomerService(profile.database, profile.actor)
        self.customers_page.attach(self.customers)
        self.customer_actions = CustomerActions(self.customers, self)
        self.customer_actions.reveals = RevealService(profile.database, profile.actor)
        self.customers_page.new_requested.connect(self.customer_actions.new_customer)
        self.customers_page.import_requested.connect(self.customer_actions.import_customers)
        self.customers_page.open_requested.connect(self.customer_actions.open_customer)
        store = self._store = AttachmentStore(profile.paths.attachments)
        thumbnails = ThumbnailCache(profile.paths.thumbnails)
        self.application_actions = ApplicationActions(
            ApplicationService(profile.database, profile.actor, store),
            self.customers,
            store,
            thumbnails,
            self,
        )
        self.customer_actions.applications = self.application_actions
        self.applications_page.attach(self.application_actions)
        self.today.attach_applications(self.application_actions)
        self.visit_actions = VisitActions.for_profile(
            profile, self.customers, store, thumbnails, self
        )
        self.customer_actions.visits = self.visit_actions
        self.scorecard_actions = ScorecardActions(
            AssessmentService(profile.database, profile.actor), self.customers, self
        )
        self.customer_actions.open_scorecard = self.scorecard_actions.open_for_customer
        self.application_actions.open_scorecard = self.scorecard_actions.open_for_customer
        letterhead = letterhead_for(profile.paths.root)
        self.application_actions.open_packet = lambda parent, application_id: open_packet_preview(
            parent,
            application_id,
            profile.database,
            profile.actor,
            store,
            letterhead=letterhead,
        )
        self.visit_actions.customer_requested.connect(self.customer_actions.open_customer)
        self.visits_page.attach(self.visit_actions)
        self.today.attach_visits(self.visit_actions)
        self.customers_page.log_visit_requested.connect(self.visit_actions.log_visit)
        self.dashboard_page.attach(profile.database, profile.actor)
        self.segments_page.attach(profile.database, profile.actor, store)
        self._unsubscribe = profile.database.bus.subscribe(self._relay.changed.emit)
        self.sync_page.online_changed.connect(self.status.set_online)
        self.sync_page.open_record.connect(self._open_record)
        self.sync_page.attach(profile, settings=self.settings)
        sync = self.sync_page.controller  # the server-password unlock signs in as sync does
        self.lock.attach(
            profile,
            tokens=sync.tokens if sync is not None else None,
            http_transport=sync.http_transport if sync is not None else None,
        )
        self.attached.emit()

    def _open_record(self, entity: str, record_id: str) -> None:
        """Open the window of a record named by sync (a conflict, a refused change)."""
        if entity == "customers":
            self.customer_actions.open_customer(record_id)
        elif entity == "applications" and self.application_actions is not None:
            self.application_actions.open_application(record_id)
        elif entity == "visits" and self.visit_actions is not None:
            self.visit_actions.open_visit(record_id)
        else:
            customer_id = self.sync_page.customer_of(entity, record_id)
            if customer_id:
                self.customer_actions.open_customer(customer_id)

    def _open_packet(self, parent: QWidget, application_id: str) -> None:
        """The printable packet of an application (reportlab loads only when asked)."""
        from app.packet import letterhead_for
        from ui.packet import open_packet_preview

        profile = self.profile
        if profile is None:
            return
        open_packet_preview(
            parent,
            application_id,
            profile.database,
            profile.actor,
            self._store,
            letterhead=letterhead_for(profile.paths.root),
        )

    # navigation ---------------------------------------------------------

    def show_page(self, key: str) -> None:
        """Switch to the page named ``key``."""
        self.nav.setCurrentRow(PAGE_KEYS.index(key))

    @property
    def current_page(self) -> str:
        """Key of the page on screen."""
        return PAGE_KEYS[self.stack.currentIndex()]

    def _build_actions(self) -> None:
        self.page_actions: list[QAction] = []
        for number, key in enumerate(PAGE_KEYS, start=1):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _c=False, k=key: self.show_page(k))
            self.addAction(action)
            self.page_actions.append(action)
        self.file_menu = self.menuBar().addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("")
        for action in self.page_actions:
            self.view_menu.addAction(action)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    # language -----------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text of the window in the current language."""
        self.setWindowTitle(self.tr("RM Desk"))
        for row, key in enumerate(PAGE_KEYS):
            title = self.pages[key].title()
            self.nav.item(row).setText(title)
            self.page_actions[row].setText(title)
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About RM Desk"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _change_language(self, setting: str) -> None:
        self.translations.apply(setting)
        self._save_settings()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About RM Desk"),
            self.tr(
                "RM Desk {version}\nWorkbench for SME relationship managers.\nProfile: {path}"
            ).format(version=__version__, path=self.paths.root),
        )

    # data changes -------------------------------------------------------

    def _on_change(self, event: ChangeEvent) -> None:
        if event.tables <= QUIET_TABLES:
            return  # an autosaved draft: nothing shown changed
        self.status.refresh_unsynced()
        self.dashboard_page.mark_stale()
        if event.tables & (SEGMENT_TABLES | CUSTOMER_TABLES | APPLICATION_TABLES | VISIT_TABLES):
            self.segments_page.mark_stale()
        if event.tables & CUSTOMER_TABLES:
            self.today.refresh()
            self.customers_page.mark_stale()
        if (
            event.tables & (CUSTOMER_TABLES | APPLICATION_TABLES)
            and self.application_actions is not None
        ):
            self.application_actions.notify_changed()
        if "risk_alerts" in event.tables:
            self.customers_page.mark_stale()  # the Alerts column
        if event.tables & (CUSTOMER_TABLES | VISIT_TABLES) and self.visit_actions is not None:
            self.visit_actions.notify_changed()

    # geometry and settings ----------------------------------------------

    def _restore_geometry(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode()))
        else:
            self.resize(1100, 700)
        if self.settings.window_state:
            self.restoreState(QByteArray.fromBase64(self.settings.window_state.encode()))

    def _save_settings(self) -> None:
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self.settings.window_state = bytes(self.saveState().toBase64().data()).decode()
        self.settings.last_page = self.current_page
        save_settings(self.paths.settings, self.settings)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lock.shutdown()
        self.sync_page.shutdown()  # cancel a running sync; stop its timers
        self._save_settings()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        super().closeEvent(event)
