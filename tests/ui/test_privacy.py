"""Privacy on screen: ID numbers and phones masked, each reveal recorded once."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.customer_profile import Contact, CustomerProfile
from app.customers import CustomerService
from app.privacy import RevealService
from app.profile import Profile
from db.models import Customer, OutboxEntry, PrivacyReveal
from tests.sync.conftest import (  # noqa: F401  (fixtures)
    LaptopFactory,
    file_keyring,
    laptops,
    sqlite_server,
    template_profile,
)
from tests.sync.support import Laptop, World, add_customer, edit
from tests.ui.conftest import WindowFactory
from tests.ui.test_sync import (  # noqa: F401  (fixtures)
    PageFactory,
    cells,
    laptop,
    make_page,
    sign_in,
    sync,
    world,
)
from ui.i18n import Translations
from ui.onboarding import CustomerProfileDialog, OnboardingWizard
from ui.tasks import wait_for_background_work

ID_NUMBER = "11010519491231002X"
MOBILE = "13857101234"
NAME = "杭州恒达机械有限公司"
USCC = "91110000600037341L"


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def reveals(profile: Profile) -> list[tuple[str, str | None, str]]:
    """(field, record id, context) of every reveal, and one outbox entry each."""
    with profile.database.reading() as session:
        rows = session.scalars(select(PrivacyReveal).order_by(PrivacyReveal.field)).all()
        entries = session.scalars(
            select(OutboxEntry.entity_id).where(OutboxEntry.entity == "privacy_reveals")
        ).all()
    assert sorted(entries) == sorted(r.id for r in rows)  # each in the outbox with the record
    return [(r.field, r.record_id, r.context) for r in rows]


def saved_customer(profile: Profile) -> CustomerProfile:
    return CustomerService(profile.database, "rm01").save(
        CustomerProfile(
            name=NAME,
            uscc=USCC,
            legal_rep_name="张三",
            legal_rep_id_number=ID_NUMBER,
            legal_rep_mobile=MOBILE,
            contacts=[Contact("财务", "李四", "0571-88886666"), Contact("出纳", "王五", "")],
        )
    )


def test_the_profile_masks_and_a_reveal_is_recorded_once(
    qtbot: QtBot, profile: Profile, make_window: WindowFactory
) -> None:
    customer = saved_customer(profile)
    assert customer.id is not None
    window = make_window(profile)
    dialog = window.customer_actions.open_customer(customer.id)
    assert isinstance(dialog, CustomerProfileDialog)
    summary = dialog.view.summary
    qtbot.waitUntil(lambda: dialog.view.profile is not None)
    values = summary.values
    assert values["legal_rep_id_number"].text() == "1101**********002X"
    assert values["legal_rep_mobile"].text() == "138****1234"
    assert values["contacts"].text() == "财务  李四  0571-****6666\n出纳  王五"
    assert values["uscc"].text() == USCC  # public: not masked
    assert reveals(profile) == []

    masked = summary.masked["legal_rep_id_number"]
    with qtbot.waitSignal(masked.revealed):
        click(qtbot, summary.reveal_button)
    assert values["legal_rep_id_number"].text() == ID_NUMBER
    assert values["legal_rep_mobile"].text() == "138****1234"  # only what was asked for
    assert reveals(profile) == [("legal_rep_id_number", None, "profile")]

    click(qtbot, summary.reveal_button)  # Hide
    assert values["legal_rep_id_number"].text() == "1101**********002X"
    contacts = summary.masked["contacts"]
    with qtbot.waitSignal(contacts.revealed):
        click(qtbot, contacts.button)
    assert "0571-88886666" in values["contacts"].text()
    [stored] = [
        c for c in CustomerService(profile.database, "rm01").load(customer.id).contacts if c.phone
    ]
    assert reveals(profile) == [
        ("legal_rep_id_number", None, "profile"),
        ("phone", stored.id, "profile"),
    ]
    dialog.hide()  # leaving the window masks again
    assert "0571-****6666" in values["contacts"].text()
    assert profile.database.unsynced_count() >= 2
    wait_for_background_work()


def test_without_a_reveal_service_nothing_stored_shows_in_full(
    qtbot: QtBot, translations: Translations, profile: Profile
) -> None:
    customer = saved_customer(profile)
    assert customer.id is not None
    dialog = CustomerProfileDialog(CustomerService(profile.database, "rm01"), customer.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.view.profile is not None)
    summary = dialog.view.summary
    assert not summary.reveal_button.isVisible()
    summary.reveal_button.click()
    wait_for_background_work()
    QApplication.processEvents()
    assert summary.values["legal_rep_id_number"].text() == "1101**********002X"
    assert reveals(profile) == []


def test_editing_a_stored_customer_records_the_reveal_once(
    qtbot: QtBot, translations: Translations, profile: Profile
) -> None:
    customer = saved_customer(profile)
    service = CustomerService(profile.database, "rm01")
    wizard = OnboardingWizard(service, customer)
    wizard.attach_reveals(RevealService(profile.database, "rm01"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.go_to_page("people")
    people = wizard.people
    assert people.id_number.line_edit.text() == "1101**********002X"
    assert people.mobile.line_edit.text() == "138****1234"
    table = people.contacts.table
    delegate = table.itemDelegateForColumn(2)
    assert delegate.displayText(table.item(0, 2).text(), table.locale()) == "0571-****6666"
    click(qtbot, people.id_number.reveal_button)
    assert people.id_number.line_edit.text() == ID_NUMBER  # the RM is editing: shown at once
    click(qtbot, people.id_number.reveal_button)
    click(qtbot, people.id_number.reveal_button)  # shown again: recorded once per wizard
    table.editItem(table.item(0, 2))
    wait_for_background_work()
    [contact] = [c for c in service.load(str(customer.id)).contacts if c.phone]
    assert reveals(profile) == [
        ("legal_rep_id_number", None, "edit"),
        ("phone", contact.id, "edit"),
    ]
    wizard.close()
    wait_for_background_work()


def test_typing_a_new_customers_number_records_nothing(
    qtbot: QtBot, translations: Translations, profile: Profile
) -> None:
    wizard = OnboardingWizard(CustomerService(profile.database, "rm01"))
    wizard.attach_reveals(RevealService(profile.database, "rm01"))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.go_to_page("people")
    edit_field = wizard.people.mobile
    edit_field.line_edit.setFocus()
    qtbot.keyClicks(edit_field.line_edit, MOBILE)
    click(qtbot, edit_field.reveal_button)
    assert edit_field.line_edit.text() == MOBILE
    wait_for_background_work()
    assert reveals(profile) == []


def test_a_conflicting_phone_is_masked_and_shown_on_request(
    qtbot: QtBot,
    world: World,  # noqa: F811
    laptop: Laptop,  # noqa: F811
    laptops: LaptopFactory,  # noqa: F811
    make_page: PageFactory,  # noqa: F811
) -> None:
    page = make_page()
    sign_in(qtbot, page, world)
    customer = add_customer(laptop, legal_rep_mobile="13800138000")
    assert sync(qtbot, page).ok
    other = laptops(world)
    other.sync_ok()
    edit(other, Customer, customer, legal_rep_mobile="13911112222")
    other.sync_ok()
    edit(laptop, Customer, customer, legal_rep_mobile="13733334444")
    assert sync(qtbot, page).conflicts
    view = page.conflicts_view
    qtbot.waitUntil(lambda: len(view.model.rows) == 1)
    [row] = cells(view.model)
    assert row[2:] == ("137****4444", "139****2222", "138****8000")
    view.select_ids({view.conflicts[0].id})
    assert view.reveal_button.isEnabled()
    click(qtbot, view.reveal_button)
    qtbot.waitUntil(lambda: cells(view.model)[0][2] == "13733334444")
    assert cells(view.model)[0][2:] == ("13733334444", "13911112222", "13800138000")
    assert reveals(laptop.profile) == [("legal_rep_mobile", None, "conflicts")]
    assert not view.reveal_button.isEnabled()  # already shown
    view.conceal()
    assert cells(view.model)[0][2] == "137****4444"
