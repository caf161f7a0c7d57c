"""Pages other than the first are built on first visit, and then show current data.

Start-up loads none of their modules (checked in a fresh process, where no other
test imported them); Ctrl+1 … Ctrl+8 build each page on its first visit, and a
page built late shows what changed before it existed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from app.applications import ApplicationInput
from app.attachment_store import AttachmentStore
from app.customer_profile import CustomerProfile
from app.customers import CustomerService
from app.dashboard import portfolio_figures
from app.profile import Profile
from app.security.lock import AppLock
from app.segment_service import SegmentService
from app.segments import SegmentInput
from app.settings import load_settings, save_settings
from app.visits.service import VisitInput, VisitService
from app.visits.times import RM_TIME_ZONE, local_today
from tests.ui.conftest import WindowFactory
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.pages.titles import PAGE_KEYS, page_title
from ui.tasks import wait_for_background_work

ROOT = Path(__file__).resolve().parents[2]
CUSTOMER = "嘉兴华丰纺织有限公司"
SEGMENT = "永康五金产业集群"
#: Modules start-up must not load: the other pages' and what they bring along.
HEAVY = (
    "app.segments",
    "app.sync",
    "app.packet",
    "httpx",
    "reportlab",
    "sqlalchemy",
    "ui.pages.customers",
    "ui.pages.visits",
    "ui.pages.applications",
    "ui.pages.dashboard",
    "ui.pages.sync",
    "ui.pages.settings",
    "ui.segments.page",
)

START_UP = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from app.paths import ProfilePaths
from app.settings import load_settings
from ui.i18n import Translations
from ui.main_window import MainWindow
from ui.pages.titles import PAGE_KEYS
from ui.tasks import wait_for_background_work

app = QApplication(sys.argv[:1])
paths = ProfilePaths(Path(sys.argv[1]))
window = MainWindow(paths, load_settings(paths.settings), Translations())
shown = []
loop = QEventLoop()
window.today.data_shown.connect(lambda: (shown.append(True), loop.quit()))
QTimer.singleShot(20_000, loop.quit)
window.show()
loop.exec()
print(json.dumps({
    "shown": bool(shown),
    "locked": window.lock.locked,
    "built": [key for key in PAGE_KEYS if window.is_built(key)],
    "loaded": [name for name in json.loads(sys.argv[2]) if name in sys.modules],
}), flush=True)
window.close()
wait_for_background_work()
"""


def start_up(root: Path) -> dict[str, object]:
    """What a fresh process built and imported by the time Today showed its figures."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", START_UP, str(root), json.dumps(HEAVY)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    line = [text for text in done.stdout.splitlines() if text.startswith("{")][-1]
    result: dict[str, object] = json.loads(line)
    return result


def press(qtbot: QtBot, window: MainWindow, number: int) -> None:
    """Ctrl+``number``, as the RM presses it."""
    window.activateWindow()
    qtbot.keyClick(
        window.nav, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
    )


@pytest.mark.parametrize("with_pin", [False, True], ids=["no PIN", "start-up PIN"])
def test_start_up_builds_only_today_and_loads_no_other_page(
    profile: Profile, with_pin: bool
) -> None:
    if with_pin:
        AppLock(profile.paths.root).set_pin("482915")
    found = start_up(profile.paths.root)
    assert found["shown"] is True  # Today painted its figures
    assert found["locked"] is with_pin  # the start-up PIN still locks at once
    assert found["built"] == ["today"]
    assert found["loaded"] == []


def test_the_last_page_is_built_at_start_and_attached_with_the_profile(
    qtbot: QtBot, profile: Profile, translations: Translations
) -> None:
    SegmentService(profile.database, "rm01").save(
        SegmentInput(name=SEGMENT, segment_type="industrial_cluster")
    )
    settings = load_settings(profile.paths.settings)
    settings.last_page = "segments"
    save_settings(profile.paths.settings, settings)
    window = MainWindow(profile.paths, load_settings(profile.paths.settings), translations)
    qtbot.addWidget(window)
    assert window.current_page == "segments"
    assert [key for key in PAGE_KEYS if window.is_built(key)] == ["today", "segments"]
    window.show()
    window.attach(profile)  # the data core arrives after the page was built
    page = window.segments_page
    qtbot.waitUntil(lambda: page.segment_list.count() == 1, timeout=10_000)
    assert SEGMENT in page.segment_list.item(0).text()
    window.close()
    wait_for_background_work()


def test_a_sync_page_visited_before_the_profile_opened_is_attached_once_it_opens(
    qtbot: QtBot, profile: Profile, translations: Translations
) -> None:
    window = MainWindow(profile.paths, load_settings(profile.paths.settings), translations)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert window.sync_page is None  # the lock asks for it without building it
    press(qtbot, window, 6)  # before the data core is there
    page = window.sync_page
    assert page is not None and page.controller is None and window.current_page == "sync"
    window.attach(profile)
    assert window.sync_page is page and page.controller is not None
    assert window.lock.tokens is page.controller.tokens  # the lock signs in as sync does
    qtbot.waitUntil(lambda: page.controller is not None and page.controller.status is not None)
    not_signed_in = "Not signed in. Sign in to sync with the branch server."
    assert page.account_label.text() == QCoreApplication.translate("SyncPage", not_signed_in)
    window.close()
    wait_for_background_work()


@pytest.fixture
def window(qtbot: QtBot, profile: Profile, make_window: WindowFactory) -> Iterator[MainWindow]:
    made = make_window(profile)
    made.resize(1000, 640)
    yield made
    made.close()
    for _ in range(3):  # nothing may outlive the profile's database
        wait_for_background_work()
        QApplication.processEvents()


def test_each_shortcut_builds_its_page_which_shows_data_changed_before_it_existed(
    qtbot: QtBot, profile: Profile, window: MainWindow
) -> None:
    # Only Today and Sync (automatic sync starts with the profile) exist after attach.
    assert [key for key in PAGE_KEYS if window.is_built(key)] == ["today", "sync"]
    customer = CustomerService(profile.database, "rm01").save(CustomerProfile(name=CUSTOMER))
    assert customer.id is not None
    store = AttachmentStore(profile.paths.attachments)
    start = datetime.combine(local_today(), datetime.min.time(), RM_TIME_ZONE).replace(hour=10)
    visit_id = VisitService(profile.database, "rm01", store).plan(
        VisitInput(customer.id, "due_diligence", start, purpose="尽调")
    )
    actions = window.application_actions
    assert actions is not None
    actions.service.save(
        ApplicationInput(customer.id, "short_term_credit", Decimal("1000000"), 12, "周转", "none")
    )
    SegmentService(profile.database, "rm01", store).save(
        SegmentInput(name=SEGMENT, segment_type="industrial_cluster")
    )
    # the window has taken every change in (the unsynced count follows them) ...
    unsynced = portfolio_figures(profile.paths.database).unsynced
    assert unsynced >= 4
    qtbot.waitUntil(lambda: window.status.unsynced == unsynced, timeout=10_000)
    qtbot.waitUntil(lambda: window.today.cards["customers"].value.text() == "1")
    # ... while the pages that show them do not exist yet
    assert [key for key in PAGE_KEYS if window.is_built(key)] == ["today", "sync"]

    for number, key in enumerate(PAGE_KEYS, start=1):
        press(qtbot, window, number)
        assert window.current_page == key and window.is_built(key)
        shown = window.stack.currentWidget()
        if isinstance(shown, QScrollArea):  # the Sync page scrolls
            shown = shown.widget()
        assert shown is window.page(key) and shown.isVisible()
        assert window.nav.item(number - 1).text() == window.page(key).title() == page_title(key)

    press(qtbot, window, 2)
    model = window.customers_page.model  # attached when built: the list is there at once
    assert model is not None
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=10_000)
    assert model.index(0, 0).data() == CUSTOMER

    press(qtbot, window, 3)
    calendar = window.visits_page.calendar
    assert calendar is not None
    qtbot.waitUntil(lambda: calendar.block_rect(visit_id) is not None, timeout=10_000)

    press(qtbot, window, 4)
    applications = window.applications_page
    qtbot.waitUntil(
        lambda: applications.model is not None and applications.model.rowCount() == 1,
        timeout=10_000,
    )
    assert applications.model is not None
    row = [applications.model.index(0, c).data() for c in range(applications.model.columnCount())]
    assert CUSTOMER in row

    press(qtbot, window, 5)
    dashboard = window.dashboard_page
    qtbot.waitUntil(lambda: dashboard.figures is not None, timeout=10_000)
    assert dashboard.figures is not None and dashboard.figures.customers == 1

    press(qtbot, window, 6)
    sync = window.sync_page
    assert sync is not None and sync.controller is not None
    qtbot.waitUntil(lambda: sync.controller is not None and sync.controller.status is not None)
    not_signed_in = "Not signed in. Sign in to sync with the branch server."
    assert sync.account_label.text() == QCoreApplication.translate("SyncPage", not_signed_in)

    press(qtbot, window, 7)
    settings = window.settings_page
    assert settings.language.currentData() == window.settings.language
    folders = {label.text() for label in settings.findChildren(QLabel)}
    assert str(profile.paths.root) in folders

    press(qtbot, window, 8)
    segments = window.segments_page
    qtbot.waitUntil(lambda: segments.segment_list.count() == 1, timeout=10_000)
    assert SEGMENT in segments.segment_list.item(0).text()


def test_a_page_read_through_its_attribute_is_built_but_not_shown(window: MainWindow) -> None:
    assert not window.is_built("customers")
    page = window.customers_page
    assert window.is_built("customers") and window.current_page == "today"
    assert page.model is not None  # attached at once
    assert not page.isVisible() and page.model.rowCount() == 0  # loads when shown
    assert window.stack.widget(PAGE_KEYS.index("customers")) is page
