"""The main window: navigation, pages, menus, shortcuts and the status bar.

Today, and the page the RM left open last time, are built with the window; every
other page is built on its first visit (or when its attribute, such as
``customers_page``, is first read), so start-up loads none of their modules.
Until then the page stack holds an empty stand-in. A page built after
:meth:`MainWindow.attach` is attached at once and reads its data when shown, so
it never misses a change made before it existed. The Sync page is built by
:meth:`MainWindow.attach` at the latest: automatic sync starts with the profile.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

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
from ui.pages.base import Page
from ui.pages.titles import PAGE_KEYS, page_title
from ui.pages.today import TodayPage
from ui.status_bar import RmStatusBar

if TYPE_CHECKING:
    from app.packet import Letterhead
    from app.profile import Profile
    from db.changes import ChangeEvent
    from ui.applications.actions import ApplicationActions
    from ui.packet.dialog import PacketPreviewDialog
    from ui.pages.applications import ApplicationsPage
    from ui.pages.customers import CustomersPage
    from ui.pages.dashboard import DashboardPage
    from ui.pages.settings import SettingsPage
    from ui.pages.sync import SyncPage
    from ui.pages.visits import VisitsPage
    from ui.segments.page import SegmentsPage
    from ui.visits.actions import VisitActions

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
        self.application_actions: ApplicationActions | None = None
        self.visit_actions: VisitActions | None = None
        self._letterhead: Letterhead | None = None
        #: The pages built so far; the others are stand-ins in the stack until first shown.
        self._pages: dict[str, Page] = {"today": self.today}
        self._builders: dict[str, Callable[[], Page]] = {
            "customers": self._new_customers_page,
            "visits": self._new_visits_page,
            "applications": self._new_applications_page,
            "dashboard": self._new_dashboard_page,
            "sync": self._new_sync_page,
            "settings": self._new_settings_page,
            "segments": self._new_segments_page,
        }
        #: True once :meth:`attach` set up the services a page is attached to.
        self._attached = False
        for key in PAGE_KEYS:
            if key == "today":
                self.stack.addWidget(self.today)
            else:
                standin = QWidget()
                standin.setObjectName(f"unbuilt_{key}")
                self.stack.addWidget(standin)
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.status = RmStatusBar(paths.database)
        self.setStatusBar(self.status)
        self._build_actions()

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
        from app.privacy import RevealService
        from ui.applications.actions import ApplicationActions
        from ui.scoring.actions import ScorecardActions
        from ui.thumbnails import ThumbnailCache
        from ui.visits.actions import VisitActions

        self.profile = profile
        self.customers = CustomerService(profile.database, profile.actor)
        self.customer_actions = CustomerActions(self.customers, self)
        self.customer_actions.reveals = RevealService(profile.database, profile.actor)
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
        self.application_actions.open_packet = self._open_packet
        self.visit_actions.customer_requested.connect(self.customer_actions.open_customer)
        self.today.attach_visits(self.visit_actions)
        self._attached = True
        for key, page in list(self._pages.items()):
            if key not in ("today", "sync"):
                self._attach_page(key, page)
        self._unsubscribe = profile.database.bus.subscribe(self._relay.changed.emit)
        # Automatic sync and the lock's server password need the Sync page from now on.
        built = self.is_built("sync")
        sync_page = cast("SyncPage", self.page("sync"))  # attached if built just now
        if built:
            self._attach_page("sync", sync_page)
        sync = sync_page.controller  # the server-password unlock signs in as sync does
        self.lock.attach(
            profile,
            tokens=sync.tokens if sync is not None else None,
            http_transport=sync.http_transport if sync is not None else None,
        )
        self.attached.emit()

    def _attach_page(self, key: str, page: Page) -> None:
        """Connect the built page ``key`` to the opened profile's services."""
        profile = self.profile
        actions, visits = self.application_actions, self.visit_actions
        assert profile is not None and actions is not None and visits is not None
        if key == "customers":
            customers_page = cast("CustomersPage", page)
            customers_page.attach(self.customers)
            customers_page.new_requested.connect(self.customer_actions.new_customer)
            customers_page.import_requested.connect(self.customer_actions.import_customers)
            customers_page.open_requested.connect(self.customer_actions.open_customer)
            customers_page.log_visit_requested.connect(visits.log_visit)
        elif key == "applications":
            cast("ApplicationsPage", page).attach(actions)
        elif key == "visits":
            cast("VisitsPage", page).attach(visits)
        elif key == "dashboard":
            cast("DashboardPage", page).attach(profile.database, profile.actor)
        elif key == "segments":
            cast("SegmentsPage", page).attach(profile.database, profile.actor, self._store)
        elif key == "sync":
            sync_page = cast("SyncPage", page)
            sync_page.online_changed.connect(self.status.set_online)
            sync_page.open_record.connect(self._open_record)
            sync_page.attach(profile, settings=self.settings)

    def _open_record(self, entity: str, record_id: str) -> None:
        """Open the window of a record named by sync (a conflict, a refused change)."""
        if entity == "customers":
            self.customer_actions.open_customer(record_id)
        elif entity == "applications" and self.application_actions is not None:
            self.application_actions.open_application(record_id)
        elif entity == "visits" and self.visit_actions is not None:
            self.visit_actions.open_visit(record_id)
        else:
            sync_page = self.sync_page
            customer_id = None if sync_page is None else sync_page.customer_of(entity, record_id)
            if customer_id:
                self.customer_actions.open_customer(customer_id)

    def _open_packet(self, parent: QWidget, application_id: str) -> PacketPreviewDialog | None:
        """The printable packet of an application (reportlab loads only when asked).

        The profile's letterhead is read at the first packet and kept for the session.
        """
        from app.packet import letterhead_for
        from ui.packet import open_packet_preview

        profile = self.profile
        if profile is None:
            return None
        if self._letterhead is None:
            self._letterhead = letterhead_for(profile.paths.root)
        return open_packet_preview(
            parent,
            application_id,
            profile.database,
            profile.actor,
            self._store,
            letterhead=self._letterhead,
        )

    # navigation ---------------------------------------------------------

    def show_page(self, key: str) -> None:
        """Switch to the page named ``key`` (building it on its first visit)."""
        self.nav.setCurrentRow(PAGE_KEYS.index(key))

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.page(PAGE_KEYS[row])
        self.stack.setCurrentIndex(row)

    @property
    def current_page(self) -> str:
        """Key of the page on screen."""
        return PAGE_KEYS[self.stack.currentIndex()]

    def is_built(self, key: str) -> bool:
        """Whether the page ``key`` was built (visited, or read through its attribute)."""
        return key in self._pages

    def page(self, key: str) -> Page:
        """The page ``key``, built now (in place of its stand-in) if it was not yet."""
        built = self._pages.get(key)
        if built is not None:
            return built
        page = self._builders[key]()
        self._pages[key] = page
        widget: QWidget = page
        if key == "sync":  # a tall, wide page: scroll rather than widen the window
            scroll = QScrollArea()
            scroll.setWidget(page)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            widget = scroll
        index = PAGE_KEYS.index(key)
        standin = self.stack.widget(index)
        if standin is not None:  # never the current one: a page is built before it shows
            self.stack.removeWidget(standin)
            standin.deleteLater()
        self.stack.insertWidget(index, widget)
        if self._attached:
            self._attach_page(key, page)
        return page

    @property
    def customers_page(self) -> CustomersPage:
        """The Customers page (built now if it was not yet)."""
        return cast("CustomersPage", self.page("customers"))

    @property
    def visits_page(self) -> VisitsPage:
        """The Visits page (built now if it was not yet)."""
        return cast("VisitsPage", self.page("visits"))

    @property
    def applications_page(self) -> ApplicationsPage:
        """The Applications page (built now if it was not yet)."""
        return cast("ApplicationsPage", self.page("applications"))

    @property
    def dashboard_page(self) -> DashboardPage:
        """The Dashboard page (built now if it was not yet)."""
        return cast("DashboardPage", self.page("dashboard"))

    @property
    def sync_page(self) -> SyncPage | None:
        """The Sync page once built (by :meth:`attach` at the latest), else None.

        Unlike the other pages it is not built by reading it: the lock asks for it at
        start-up (is sync signed in?), and before :meth:`attach` the answer is no anyway.
        """
        return cast("SyncPage | None", self._pages.get("sync"))

    @property
    def settings_page(self) -> SettingsPage:
        """The Settings page (built now if it was not yet)."""
        return cast("SettingsPage", self.page("settings"))

    @property
    def segments_page(self) -> SegmentsPage:
        """The Segments page (built now if it was not yet)."""
        return cast("SegmentsPage", self.page("segments"))

    # The page modules are imported by these builders, on a page's first visit, to keep
    # them (and app.segments, the sync views, httpx…) off the start-up path.

    def _new_customers_page(self) -> Page:
        from ui.pages.customers import CustomersPage

        return CustomersPage()

    def _new_visits_page(self) -> Page:
        from ui.pages.visits import VisitsPage

        return VisitsPage()

    def _new_applications_page(self) -> Page:
        from ui.pages.applications import ApplicationsPage

        return ApplicationsPage()

    def _new_dashboard_page(self) -> Page:
        from ui.pages.dashboard import DashboardPage

        return DashboardPage()

    def _new_sync_page(self) -> Page:
        from ui.pages.sync import SyncPage

        return SyncPage()

    def _new_settings_page(self) -> Page:
        from ui.pages.settings import SettingsPage

        page = SettingsPage(self.settings, self.paths)
        page.language_changed.connect(self._change_language)
        return page

    def _new_segments_page(self) -> Page:
        from ui.segments.page import SegmentsPage

        return SegmentsPage()

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
            title = page_title(key)
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
        self._mark_stale("dashboard")
        if event.tables & (SEGMENT_TABLES | CUSTOMER_TABLES | APPLICATION_TABLES | VISIT_TABLES):
            self._mark_stale("segments")
        if event.tables & CUSTOMER_TABLES:
            self.today.refresh()
            self._mark_stale("customers")
        if (
            event.tables & (CUSTOMER_TABLES | APPLICATION_TABLES)
            and self.application_actions is not None
        ):
            self.application_actions.notify_changed()
        if "risk_alerts" in event.tables:
            self._mark_stale("customers")  # the Alerts column
        if event.tables & (CUSTOMER_TABLES | VISIT_TABLES) and self.visit_actions is not None:
            self.visit_actions.notify_changed()

    def _mark_stale(self, key: str) -> None:
        """Have the page ``key`` reload, if built (a page built later reads fresh data)."""
        page = self._pages.get(key)
        if page is not None:
            page.mark_stale()

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
        if self.sync_page is not None:
            self.sync_page.shutdown()  # cancel a running sync; stop its timers
        self._save_settings()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        super().closeEvent(event)
