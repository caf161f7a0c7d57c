"""The main window as an RM uses it: navigate, see data, switch language, come back."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.customer_profile import CustomerProfile
from app.customers import CustomerService
from app.profile import Profile, open_profile
from app.settings import load_settings
from tests.conftest import DEMO_CUSTOMERS
from tests.ui.conftest import WindowFactory
from ui.tasks import wait_for_background_work


def test_navigation_by_click_and_shortcut(
    qtbot: QtBot, demo_profile: Profile, make_window: WindowFactory
) -> None:
    window = make_window(demo_profile)
    assert window.current_page == "today"
    nav = window.nav
    rect = nav.visualItemRect(nav.item(1))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page == "customers"
    assert window.stack.currentWidget() is window.customers_page
    qtbot.keyClick(window.nav, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page == "settings"
    qtbot.keyClick(window.nav, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page == "dashboard"
    qtbot.keyClick(window.nav, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page == "visits"


def test_today_and_status_bar_show_real_figures(
    qtbot: QtBot, demo_profile: Profile, make_window: WindowFactory
) -> None:
    window = make_window(demo_profile)
    total = window.today.cards["customers"].value
    qtbot.waitUntil(lambda: total.text() == f"{DEMO_CUSTOMERS:,}")
    qtbot.waitUntil(lambda: window.status.unsynced == DEMO_CUSTOMERS)
    assert window.status.unsynced_label.text() == f"未同步更改：{DEMO_CUSTOMERS}"
    assert window.windowTitle() == "客户经理工作台"


def test_a_saved_change_updates_the_unsynced_count_and_lists(
    qtbot: QtBot, profile: Profile, make_window: WindowFactory
) -> None:
    window = make_window(profile)
    qtbot.waitUntil(lambda: window.today.cards["customers"].value.text() == "0")
    window.show_page("customers")
    CustomerService(profile.database, "rm01").save(
        CustomerProfile(name="苏州恒泰五金制品有限公司", annual_revenue=Decimal("12345000"))
    )
    qtbot.waitUntil(lambda: window.status.unsynced == 1)
    qtbot.waitUntil(lambda: window.customers_page.model.rowCount() == 1)
    model = window.customers_page.model
    assert model.index(0, 0).data() == "苏州恒泰五金制品有限公司"
    assert model.index(0, 5).data() == "1,234.50"  # shown in 万元


def test_search_as_you_type_filters_the_list(
    qtbot: QtBot, demo_profile: Profile, make_window: WindowFactory
) -> None:
    window = make_window(demo_profile)
    window.show_page("customers")
    page = window.customers_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)  # loaded in the background
    first_name = page.model.index(0, 0).data()
    first_uscc = page.model.index(0, 1).data()
    qtbot.keyClicks(page.search, first_uscc)
    qtbot.waitUntil(lambda: page.model.total == 1)
    assert page.model.index(0, 0).data() == first_name
    page.search.clear()
    page.search.insert(first_name[2:4])  # what an input method commits
    qtbot.waitUntil(lambda: 1 <= page.model.total < DEMO_CUSTOMERS)
    assert all(
        first_name[2:4] in page.model.index(r, 0).data() for r in range(page.model.rowCount())
    )
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.total == DEMO_CUSTOMERS)


def test_list_loads_lazily_in_pages(
    qtbot: QtBot, demo_profile: Profile, make_window: WindowFactory
) -> None:
    window = make_window(demo_profile)
    model = window.customers_page.model
    assert model.rowCount() == 0  # nothing is loaded before the page is shown
    window.show_page("customers")
    qtbot.waitUntil(lambda: model.rowCount() > 0)  # loaded in the background
    assert model.rowCount() == 200 < model.total == DEMO_CUSTOMERS
    window.customers_page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 200)


def test_language_switch_in_settings_applies_at_once_and_is_kept(
    qtbot: QtBot, profile: Profile, make_window: WindowFactory
) -> None:
    window = make_window(profile)
    assert window.nav.item(1).text() == "客户"
    window.show_page("settings")
    combo = window.settings_page.language
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: window.nav.item(1).text() == "Customers")
    assert window.windowTitle() == "RM Desk"
    assert window.status.online_label.text() in ("● Online", "○ Offline")
    assert load_settings(profile.paths.settings).language == "en"
    combo.setCurrentIndex(combo.findData("zh_CN"))
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "今日")


def test_geometry_and_page_are_remembered(
    qtbot: QtBot, profile: Profile, make_window: WindowFactory
) -> None:
    window = make_window(profile)
    window.resize(790, 560)  # fits the offscreen screen (800x600)
    window.show_page("customers")
    window.close()
    reopened = open_profile(profile.paths.root)
    try:
        again = make_window(reopened)
        assert abs(again.width() - 790) <= 2 and abs(again.height() - 560) <= 2
        assert again.current_page == "customers"
        again.close()
    finally:
        reopened.close()


def test_customer_list_buttons_open_the_wizard_a_profile_and_the_import(
    qtbot: QtBot, demo_profile: Profile, make_window: WindowFactory
) -> None:
    window = make_window(demo_profile)
    window.show_page("customers")
    page = window.customers_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    wizard = window.customer_actions.last_wizard
    assert wizard is not None and wizard.isVisible()
    wizard.close()

    first = page.model.index(0, 0)
    rect = page.table.visualRect(first)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = window.customer_actions.open_customer(page.model.customer_id(0))
    assert dialog.isVisible() and len(window.customer_actions._profiles) == 1  # the same window

    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    importer = window.customer_actions.last_import
    assert importer is not None and importer.isVisible()
    importer.close()


def test_filters_narrow_the_list(
    qtbot: QtBot, demo_profile: Profile, make_window: WindowFactory
) -> None:
    window = make_window(demo_profile)
    window.show_page("customers")
    page = window.customers_page
    qtbot.waitUntil(lambda: page.model.total == DEMO_CUSTOMERS)
    page.status_filter.setCurrentIndex(page.status_filter.findData("draft"))
    qtbot.waitUntil(lambda: 0 < page.model.total < DEMO_CUSTOMERS)
    statuses = {page.model.index(r, 8).data() for r in range(page.model.rowCount())}
    assert statuses == {"草稿"}
    drafts = page.model.total
    page.eligible_filter.setCurrentIndex(page.eligible_filter.findData(False))
    qtbot.waitUntil(lambda: page.model.total < drafts)
    assert {page.model.index(r, 7).data() for r in range(page.model.rowCount())} <= {"不符合"}
    page.status_filter.setCurrentIndex(0)  # 全部
    page.eligible_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.model.total == DEMO_CUSTOMERS)


def test_an_application_window_opens_its_scorecard_and_packet(
    qtbot: QtBot, profile: Profile, make_window: WindowFactory
) -> None:
    from app.applications import ApplicationInput

    customer = CustomerService(profile.database, "rm01").save(
        CustomerProfile(name="杭州恒达机械有限公司")
    )
    window = make_window(profile)
    actions = window.application_actions
    assert actions is not None and customer.id is not None
    app_id = actions.service.save(
        ApplicationInput(customer.id, "short_term_credit", Decimal("1000000"), 12, "周转", "none")
    )
    dialog = actions.open_application(app_id)
    qtbot.waitUntil(lambda: dialog.view is not None)
    assert dialog.scorecard_button.isVisible() and dialog.packet_button.isVisible()
    qtbot.mouseClick(dialog.scorecard_button, Qt.MouseButton.LeftButton)
    scorecard = window.scorecard_actions.last_dialog
    assert scorecard is not None and scorecard.isVisible()
    scorecard.close()
    profile_dialog = window.customer_actions.open_customer(customer.id)
    assert profile_dialog.view.scorecard_button.isVisible()
    profile_dialog.close()
    dialog.close()
    wait_for_background_work()
