"""The Sync page as an RM uses it, against a real server process on loopback."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.sync import SyncReport
from app.sync.credentials import KEYRING_SERVICE
from db.models import Customer
from tests.sync.conftest import (  # noqa: F401  (fixtures)
    LaptopFactory,
    file_keyring,
    laptops,
    sqlite_server,
    template_profile,
)
from tests.sync.keyring_backend import FileKeyring
from tests.sync.support import (
    PASSWORD,
    Laptop,
    ServerHandle,
    World,
    add_customer,
    copy_profile,
    edit,
    value,
)
from tests.ui.conftest import WindowFactory
from ui.pages.sync import SyncPage
from ui.sync.sign_in import SignInDialog
from ui.tasks import wait_for_background_work

QUIET_SETTINGS = SimpleNamespace(auto_sync=False, day_end_sync="18:00")


# --- fixtures ----------------------------------------------------------------------------


@pytest.fixture
def world(sqlite_server: ServerHandle) -> World:  # noqa: F811
    """Fresh accounts on the SQLite server (the UI does not depend on the backend)."""
    return sqlite_server.world()


@pytest.fixture
def laptop(world: World, template_profile: Path, tmp_path: Path) -> Iterator[Laptop]:  # noqa: F811
    """The RM's laptop the page works on: a profile, not signed in yet."""
    made = Laptop(
        copy_profile(template_profile, tmp_path / "ui-laptop"), world.url, world.names["rm"]
    )
    yield made
    settle()
    made.close()


def settle() -> None:
    """Let every background task and the callbacks it posts finish."""
    for _ in range(3):
        wait_for_background_work()
        QApplication.processEvents()


PageFactory = Callable[..., SyncPage]


@pytest.fixture
def make_page(qtbot: QtBot, translations: Any, laptop: Laptop) -> Iterator[PageFactory]:
    made: list[SyncPage] = []

    def make(**attach: Any) -> SyncPage:
        page = SyncPage()
        qtbot.addWidget(page)
        page.resize(874, 650)
        attach.setdefault("settings", QUIET_SETTINGS)
        attach.setdefault("watch", False)
        page.attach(laptop.profile, **attach)
        page.show()
        assert page.controller is not None
        qtbot.waitUntil(lambda: page.controller.status is not None)  # type: ignore[union-attr]
        made.append(page)
        return page

    yield make
    for page in made:
        page.shutdown()
    settle()


# --- acting like a person --------------------------------------------------------------


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def type_text(qtbot: QtBot, line: Any, text: str) -> None:
    """Click into ``line``, clear it and type ``text`` key by key."""
    line.setFocus()
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)


def open_dialog(qtbot: QtBot, page: SyncPage) -> SignInDialog:
    click(qtbot, page.sign_in_button)
    dialog = page.sign_in_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def fill_in(qtbot: QtBot, dialog: SignInDialog, url: str, user: str, password: str) -> None:
    type_text(qtbot, dialog.server, url)
    type_text(qtbot, dialog.user, user)
    type_text(qtbot, dialog.password, password)


def sign_in(qtbot: QtBot, page: SyncPage, world: World) -> None:
    """Sign in through the dialog as the RM does."""
    qtbot.waitUntil(page.sign_in_button.isVisible)
    dialog = open_dialog(qtbot, page)
    fill_in(qtbot, dialog, world.url, world.names["rm"], PASSWORD)
    click(qtbot, dialog.sign_in_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    qtbot.waitUntil(page.sync_button.isEnabled)


def sync(qtbot: QtBot, page: SyncPage) -> SyncReport:
    """Click Sync now and wait for the report."""
    qtbot.waitUntil(page.sync_button.isEnabled)
    with qtbot.waitSignal(page.sync_finished, timeout=30_000) as finished:
        click(qtbot, page.sync_button)
    report: SyncReport = finished.args[0]
    settle()
    return report


def cells(model: Any) -> list[tuple[str, ...]]:
    return [row.cells for row in model.rows]


def double_click(qtbot: QtBot, view: Any, index: QModelIndex) -> None:
    rect = view.visualRect(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


# --- tests -------------------------------------------------------------------------------


def test_sign_in_sync_and_read_the_report(
    qtbot: QtBot,
    world: World,
    laptop: Laptop,
    laptops: LaptopFactory,  # noqa: F811
    make_page: PageFactory,
    file_keyring: FileKeyring,  # noqa: F811
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    page = make_page()
    assert not page.sync_button.isEnabled()
    assert page.account_label.text() == page.tr(
        "Not signed in. Sign in to sync with the branch server."
    )
    add_customer(laptop, name="杭州恒达机械有限公司")
    add_customer(laptop, name="宁波海通物流有限公司")
    other = laptops(world)
    add_customer(other, name="温州瑞安电器有限公司")
    other.sync_ok()

    sign_in(qtbot, page, world)
    user = world.names["rm"]
    assert user in page.account_label.text() and world.url in page.account_label.text()
    assert page.sign_out_button.isVisible() and not page.sign_in_button.isVisible()

    messages: list[str] = []
    page.progress_message.connect(messages.append)
    started: list[bool] = []
    page.sync_started.connect(lambda: started.append(page.progress.isVisible()))
    report = sync(qtbot, page)
    assert report.ok, report.error
    assert started == [True]  # the progress bar showed while it ran
    assert any(m for m in messages), messages  # phases with counts were shown
    assert (report.pushed, report.applied) == (2, 2) and report.pulled >= 1
    assert page.report_view.values[0].text().startswith("2")
    assert page.report_view.values[1].text() == str(report.pulled)
    assert not page.progress.isVisible() and page.sync_button.isEnabled()
    assert "0" in page.pending_label.text()

    # the token is in the keyring only: never on screen, never in the log
    token = file_keyring.get_password(KEYRING_SERVICE, f"{world.url}|{user}")
    assert token
    texts = [w.text() for kind in (QLabel, QLineEdit, QPushButton) for w in page.findChildren(kind)]
    assert texts and not [t for t in texts if token in t]
    assert token not in caplog.text and PASSWORD not in caplog.text

    click(qtbot, page.sign_out_button)
    qtbot.waitUntil(page.sign_in_button.isVisible, timeout=10_000)
    assert not page.sync_button.isEnabled()
    assert file_keyring.get_password(KEYRING_SERVICE, f"{world.url}|{user}") is None


def test_a_wrong_password_is_said_and_what_was_typed_stays(
    qtbot: QtBot, world: World, make_page: PageFactory
) -> None:
    page = make_page()
    dialog = open_dialog(qtbot, page)
    user = world.names["rm"]
    fill_in(qtbot, dialog, world.url, user, "not the password")
    click(qtbot, dialog.sign_in_button)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and not dialog.busy, timeout=15_000)
    assert dialog.message.text() == QCoreApplication.translate("Sync", "Wrong username or password")
    assert dialog.message.text() == "用户名或密码错误"
    assert dialog.isVisible()
    assert (dialog.server.text(), dialog.user.text(), dialog.password.text()) == (
        world.url,
        user,
        "not the password",
    )
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    # correcting the password is enough
    type_text(qtbot, dialog.password, PASSWORD)
    click(qtbot, dialog.sign_in_button)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=15_000)
    qtbot.waitUntil(page.sync_button.isEnabled)


def test_a_locked_account_says_when_to_try_again(
    qtbot: QtBot, world: World, make_page: PageFactory
) -> None:
    page = make_page()
    dialog = open_dialog(qtbot, page)
    fill_in(qtbot, dialog, world.url, world.names["rm"], "guess")
    for _attempt in range(6):
        click(qtbot, dialog.sign_in_button)
        qtbot.waitUntil(lambda: dialog.message.isVisible() and not dialog.busy, timeout=15_000)
        if dialog._unlock.isActive():
            break
    assert dialog._unlock.isActive()
    text = dialog.message.text()
    assert dialog._retry_at is not None
    assert text == dialog.tr("Too many failed sign-ins: try again at {time}").format(
        time=dialog._retry_at.strftime("%H:%M:%S")
    )
    assert not dialog.sign_in_button.isEnabled()
    assert dialog.password.text() == "guess"


def test_an_unreachable_server_is_said_in_the_dialog(
    qtbot: QtBot, world: World, make_page: PageFactory
) -> None:
    from tests.sync.support import free_port

    page = make_page()
    dialog = open_dialog(qtbot, page)
    dead = f"http://127.0.0.1:{free_port()}"
    fill_in(qtbot, dialog, dead, world.names["rm"], PASSWORD)
    click(qtbot, dialog.sign_in_button)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and not dialog.busy, timeout=15_000)
    assert dead in dialog.message.text()
    assert dialog.message.text().startswith("无法连接同步服务器")


def test_a_conflict_is_resolved_in_the_conflicts_view(
    qtbot: QtBot,
    world: World,
    laptop: Laptop,
    laptops: LaptopFactory,  # noqa: F811
    make_page: PageFactory,
) -> None:
    page = make_page()
    sign_in(qtbot, page, world)
    customer = add_customer(laptop, name="杭州恒达机械有限公司", city="杭州", district="西湖区")
    assert sync(qtbot, page).ok
    other = laptops(world)
    other.sync_ok()
    edit(other, Customer, customer, city="宁波", district="鄞州区")
    other.sync_ok()
    edit(laptop, Customer, customer, city="温州", district="鹿城区")

    report = sync(qtbot, page)
    assert report.ok, report.error
    assert [(c.entity, c.id, sorted(c.fields)) for c in report.conflicts] == [
        ("customers", customer, ["city", "district"])
    ]
    # the report names the record and opens it on a double-click
    links = page.report_view
    qtbot.waitUntil(lambda: any("杭州恒达机械有限公司" in row[1] for row in cells(links.model)))
    [row] = [i for i, r in enumerate(cells(links.model)) if r[0] == links.tr("Conflict")]
    with qtbot.waitSignal(page.open_record) as opened:
        double_click(qtbot, links.list, links.model.index(row, 1))
    assert opened.args == ["customers", customer]

    page.tabs.tabBar().setCurrentIndex(1)
    view = page.conflicts_view
    assert page.tabs.tabText(1).endswith(("(2)", "（2）"))
    qtbot.waitUntil(lambda: len(view.model.rows) == 2)
    rows = {r[1]: r for r in cells(view.model)}
    assert set(rows) == {"城市", "区县"} or set(rows) == {
        QCoreApplication.translate("CustomerField", "City"),
        QCoreApplication.translate("CustomerField", "District"),
    }
    city = QCoreApplication.translate("CustomerField", "City")
    assert rows[city][2:] == ("温州", "宁波", "杭州")
    assert "杭州恒达机械有限公司" in rows[city][0]

    def select(field_label: str) -> None:
        number = next(i for i, r in enumerate(cells(view.model)) if r[1] == field_label)
        rect = view.table.visualRect(view.model.index(number, 1))
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert [c.field for c in view.selected()] == [
            next(c.field for c in view.conflicts if c.id == view.model.row(number).payload.id)
        ]

    select(city)
    click(qtbot, view.keep_mine)
    qtbot.waitUntil(lambda: len(view.model.rows) == 1)
    district = QCoreApplication.translate("CustomerField", "District")
    select(district)
    click(qtbot, view.take_theirs)
    qtbot.waitUntil(lambda: len(view.model.rows) == 0)
    assert page.tabs.tabText(1).endswith(("(0)", "（0）"))
    assert value(laptop, Customer, customer, "city") == "温州"
    assert value(laptop, Customer, customer, "district") == "鄞州区"

    assert sync(qtbot, page).ok
    other.sync_ok()
    assert value(other, Customer, customer, "city") == "温州"
    assert value(other, Customer, customer, "district") == "鄞州区"


def test_edit_a_conflicting_value(
    qtbot: QtBot,
    world: World,
    laptop: Laptop,
    laptops: LaptopFactory,  # noqa: F811
    make_page: PageFactory,
) -> None:
    page = make_page()
    sign_in(qtbot, page, world)
    customer = add_customer(laptop, employees=10)
    assert sync(qtbot, page).ok
    other = laptops(world)
    other.sync_ok()
    edit(other, Customer, customer, employees=20)
    other.sync_ok()
    edit(laptop, Customer, customer, employees=30)
    assert sync(qtbot, page).conflicts
    view = page.conflicts_view
    qtbot.waitUntil(lambda: len(view.model.rows) == 1)
    view.select_ids({view.conflicts[0].id})
    click(qtbot, view.edit_button)
    dialog = view.edit_dialog
    assert dialog is not None and dialog.kind == "count"
    qtbot.waitUntil(dialog.isVisible)
    type_text(qtbot, dialog.editor, "twenty-five")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and dialog.message.isVisible()  # said at the field, text kept
    assert dialog.editor.text() == "twenty-five"
    type_text(qtbot, dialog.editor, "25")
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: len(view.model.rows) == 0)
    assert value(laptop, Customer, customer, "employees") == 25
    assert sync(qtbot, page).ok
    other.sync_ok()
    assert value(other, Customer, customer, "employees") == 25


def test_a_refused_change_shows_the_reason_and_can_be_discarded(
    qtbot: QtBot, world: World, laptop: Laptop, make_page: PageFactory
) -> None:
    page = make_page()
    sign_in(qtbot, page, world)
    customer = add_customer(laptop, name="台州精工阀门有限公司")
    assert sync(qtbot, page).ok
    edit(laptop, Customer, customer, legal_rep_mobile="12345")
    report = sync(qtbot, page)
    assert [r.id for r in report.rejected] == [customer]
    view = page.rejected_view
    qtbot.waitUntil(lambda: len(view.model.rows) == 1)
    [(_record, field, reason)] = cells(view.model)
    assert field == QCoreApplication.translate("CustomerField", "Legal representative's mobile")
    problem = report.rejected[0].problems[0]
    assert reason == QCoreApplication.translate("Validation", problem["template"]).format(
        **problem["params"]
    )
    qtbot.waitUntil(lambda: "台州精工阀门有限公司" in cells(view.model)[0][0])
    with qtbot.waitSignal(page.open_record) as opened:
        click(qtbot, view.open_button)
    assert opened.args == ["customers", customer]
    click(qtbot, view.discard_button)
    box = view.confirm_box
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    discard = next(b for b in box.buttons() if b.text() == view.tr("Discard"))
    click(qtbot, discard)
    qtbot.waitUntil(lambda: len(view.model.rows) == 0)
    assert value(laptop, Customer, customer, "legal_rep_mobile") is None
    assert page.tabs.tabText(2).endswith(("(0)", "（0）"))


class GatedTransport(httpx.BaseTransport):
    """Real HTTP, except that pushes wait until the test opens the gate."""

    def __init__(self) -> None:
        self.inner = httpx.HTTPTransport()
        self.gate = threading.Event()
        self.waiting = threading.Event()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.startswith("/sync/push"):
            self.waiting.set()
            self.gate.wait(120)  # the test opens it; a slow machine may need long
        return self.inner.handle_request(request)

    def close(self) -> None:
        # The sign-in's client closes the transport it was lent: the gate must stay shut
        # (the test opens it; its ``finally`` does, whatever happens).
        self.inner.close()


def test_the_app_stays_usable_while_sync_runs_and_cancel_stops_it(
    qtbot: QtBot,
    world: World,
    laptop: Laptop,
    make_page: PageFactory,
    make_window: WindowFactory,
) -> None:
    gated = GatedTransport()
    page = make_page(http_transport=gated)
    sign_in(qtbot, page, world)
    add_customer(laptop, name="嘉兴华丰纺织有限公司")
    window = make_window(laptop.profile)
    try:
        click(qtbot, page.sync_button)
        qtbot.waitUntil(gated.waiting.is_set, timeout=10_000)
        assert page.running and page.progress.isVisible()
        assert not page.sync_button.isEnabled() and page.cancel_button.isEnabled()
        # meanwhile the RM works elsewhere: navigation, lists (database pool) answer
        window.activateWindow()
        nav = window.nav
        rect = nav.visualItemRect(nav.item(1))
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert window.current_page == "customers"
        qtbot.waitUntil(lambda: window.customers_page.model.rowCount() == 1, timeout=10_000)
        assert page.running  # still waiting for the server
        # a click on another tab of the Sync page works too
        page.tabs.tabBar().setCurrentIndex(2)
        assert page.tabs.currentWidget() is page.rejected_view

        with qtbot.waitSignal(page.sync_finished, timeout=30_000) as finished:
            click(qtbot, page.cancel_button)
            assert page.progress_label.text() == page.tr("Stopping…")
            gated.gate.set()
        report: SyncReport = finished.args[0]
        assert report.cancelled and report.error is not None
        assert page.progress_label.text() == QCoreApplication.translate(
            "Sync", report.error["template"]
        )
        assert page.sync_button.isEnabled() and not page.cancel_button.isEnabled()
    finally:
        gated.gate.set()
        settle()
        window.close()
    assert sync(qtbot, page).ok  # the next run continues


def test_sync_starts_by_itself_when_the_server_is_reachable(
    qtbot: QtBot, world: World, laptop: Laptop, make_page: PageFactory
) -> None:
    add_customer(laptop)
    page = make_page(settings=SimpleNamespace(auto_sync=True, day_end_sync="18:00"), watch=True)
    with qtbot.waitSignal(page.sync_finished, timeout=30_000) as finished:
        sign_in(qtbot, page, world)
    assert finished.args[0].ok and finished.args[0].pushed == 1
    qtbot.waitUntil(lambda: page.is_online)  # the server answered its health check
    settle()
