"""Onboarding as an RM does it: type, go back and forth, save drafts, resume, complete."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QTableWidget, QWidget
from pytestqt.qtbot import QtBot

from app.customer_list import CustomerQuery
from app.customer_profile import BankRelationship, Contact, CustomerProfile
from app.customers import CustomerService
from app.privacy import RevealService
from app.profile import Profile
from app.validation import problems_for_completion, validate_fields
from ui.customer_model import eligible_label, size_label, status_label
from ui.i18n import Translations
from ui.onboarding import CustomerProfileDialog, CustomerProfileView, OnboardingWizard
from ui.onboarding.texts import money_text, problem_line, problem_text
from ui.onboarding.widgets import MaskedIdEdit, WanAmountEdit, parse_wan
from ui.tasks import wait_for_background_work

TODAY = date(2025, 6, 30)
NAME = "杭州示例机械有限公司"
USCC = "91110000600037341L"
ID_NUMBER = "11010519491231002X"

WizardFactory = Callable[..., OnboardingWizard]


@pytest.fixture
def service(profile: Profile) -> CustomerService:
    return CustomerService(profile.database, "rm01")


@pytest.fixture
def make_wizard(
    qtbot: QtBot, translations: Translations, service: CustomerService
) -> Iterator[WizardFactory]:
    def make(start: CustomerProfile | None = None) -> OnboardingWizard:
        wizard = OnboardingWizard(service, start, today=TODAY)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
        return wizard

    yield make
    wait_for_background_work()  # no save may outlive the profile's database


def complete_profile() -> CustomerProfile:
    return CustomerProfile(
        name=NAME,
        uscc=USCC,
        registration_date=date(2010, 5, 18),
        province="浙江省",
        city="杭州市",
        district="西湖区",
        address="文三路 100 号",
        registered_capital=Decimal("5000000"),
        ownership_type="private",
        industry_code="34",
        employees=85,
        annual_revenue=Decimal("32000000"),
        total_assets=Decimal("41000000"),
        total_liabilities=Decimal("12000000"),
        legal_rep_name="张三",
        legal_rep_id_number=ID_NUMBER,
        legal_rep_mobile="13800138000",
        requested_exposure=Decimal("3000000"),
        credit_type="new",
        contacts=[Contact("财务", "李四", "0571-88886666")],
        bank_relationships=[BankRelationship("工商银行", "流贷", Decimal("1000000"))],
    )


# --- typing like a person ----------------------------------------------------------------


def type_text(qtbot: QtBot, widget: QWidget, text: str, *, chinese: bool = False) -> None:
    """Click into ``widget``, replace its text, and leave it with Tab."""
    line = widget.line_edit if isinstance(widget, MaskedIdEdit) else widget
    assert isinstance(line, QLineEdit)
    focus(qtbot, line)
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    if chinese:
        line.insert(text)  # what an input method commits
    else:
        qtbot.keyClicks(line, text)
    # an open completion popup has the keyboard, as it would for a person
    qtbot.keyClick(QApplication.activePopupWidget() or line, Qt.Key.Key_Tab)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    """Click into ``widget`` (its window active again: offscreen, a closed popup may keep it)."""
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def edit_cell(
    qtbot: QtBot, table: QTableWidget, row: int, column: int, text: str, *, chinese: bool = False
) -> None:
    """Start editing a cell, type, and commit with Return."""
    focus(qtbot, table)
    table.setCurrentCell(row, column)
    table.editItem(table.item(row, column))
    qtbot.waitUntil(lambda: isinstance(QApplication.focusWidget(), QLineEdit))
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    if chinese:
        editor.insert(text)
    else:
        qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, column).text() != "")


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def prompt_button(box: QMessageBox, text: str) -> QWidget:
    return next(b for b in box.buttons() if b.text() == text)


def fill_identity(qtbot: QtBot, wizard: OnboardingWizard) -> None:
    page = wizard.identity
    type_text(qtbot, page.name_edit, NAME, chinese=True)
    type_text(qtbot, page.uscc_edit, USCC)
    page.date_edit.setFocus()
    qtbot.keyClicks(page.date_edit, "2010-5-18")
    type_text(qtbot, page.editors["province"], "浙江省", chinese=True)
    type_text(qtbot, page.editors["city"], "杭州市", chinese=True)
    type_text(qtbot, page.capital_edit, "500")
    page.ownership.setCurrentIndex(page.ownership.findData("private"))


def fill_business(qtbot: QtBot, wizard: OnboardingWizard) -> None:
    page = wizard.business
    type_text(qtbot, page.industry, "C34")
    type_text(qtbot, page.employees, "85")
    type_text(qtbot, page.revenue, "3,200")
    type_text(qtbot, page.assets, "4100")
    type_text(qtbot, page.liabilities, "1200")


def fill_people(qtbot: QtBot, wizard: OnboardingWizard) -> None:
    page = wizard.people
    type_text(qtbot, page.rep_name, "张三", chinese=True)
    type_text(qtbot, page.id_number, ID_NUMBER)
    type_text(qtbot, page.mobile, "138 0013 8000")
    click(qtbot, page.contacts.add_button)
    edit_cell(qtbot, page.contacts.table, 0, 0, "财务", chinese=True)
    edit_cell(qtbot, page.contacts.table, 0, 1, "李四", chinese=True)
    edit_cell(qtbot, page.contacts.table, 0, 2, "0571-88886666")


def fill_credit(qtbot: QtBot, wizard: OnboardingWizard) -> None:
    page = wizard.credit
    type_text(qtbot, page.exposure, "300")
    click(qtbot, page.radios["renewal"])
    click(qtbot, page.banks.add_button)
    edit_cell(qtbot, page.banks.table, 0, 0, "工商银行", chinese=True)
    edit_cell(qtbot, page.banks.table, 0, 2, "100")
    type_text(qtbot, page.programmes, "五金集群，2025批量", chinese=True)


# --- widgets -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "yuan"),
    [
        ("1,234.5", Decimal("12345000")),
        ("1234.50", Decimal("12345000")),
        ("１２３４．５", Decimal("12345000")),
        ("0.0001", Decimal("1")),
        ("0.000001", Decimal("0.01")),
        (" 12 万元", Decimal("120000")),
        ("", None),
    ],
)
def test_wan_amounts_parse_to_exact_yuan(typed: str, yuan: Decimal | None) -> None:
    value = parse_wan(typed)
    assert value == yuan
    assert value is None or isinstance(value, Decimal)


def test_wan_amount_edit_formats_after_editing_and_keeps_bad_text(
    qtbot: QtBot, translations: Translations
) -> None:
    form = QWidget()
    edit = WanAmountEdit(form)
    QLineEdit(form).move(0, 40)  # somewhere to Tab to
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    type_text(qtbot, edit, "1234.5")
    assert edit.text() == "1,234.50"
    assert edit.value() == Decimal("12345000") and not edit.is_invalid()
    type_text(qtbot, edit, "12a4")
    assert edit.text() == "12a4"  # kept as typed
    assert edit.value() is None and edit.is_invalid()
    edit.set_value(Decimal("12345.67"))
    assert edit.text() == "1.234567"  # never rounded away
    assert edit.value() == Decimal("12345.67")


def test_masked_id_number_shows_on_reveal_and_while_editing(
    qtbot: QtBot, make_wizard: WizardFactory
) -> None:
    wizard = make_wizard()
    wizard.go_to_page("people")
    edit = wizard.people.id_number
    type_text(qtbot, edit, ID_NUMBER)
    assert edit.line_edit.text() == "1101**********002X"
    assert edit.text() == ID_NUMBER
    click(qtbot, edit.reveal_button)
    assert edit.line_edit.text() == ID_NUMBER
    click(qtbot, edit.reveal_button)
    assert edit.line_edit.text() == "1101**********002X"
    edit.line_edit.setFocus()
    qtbot.waitUntil(lambda: edit.line_edit.text() == ID_NUMBER)  # editing shows the number
    wizard.people.mobile.setFocus()
    qtbot.waitUntil(lambda: edit.line_edit.text() == "1101**********002X")


def test_industry_picker_by_code_or_by_choosing_from_the_list(
    qtbot: QtBot, make_wizard: WizardFactory
) -> None:
    wizard = make_wizard()
    wizard.go_to_page("business")
    picker = wizard.business.industry
    type_text(qtbot, picker, "c34")
    assert picker.text() == "C34 通用设备制造业"
    assert picker.code() == "34"
    picker.setFocus()
    picker.selectAll()
    qtbot.keyClick(picker, Qt.Key.Key_Delete)
    picker.insert("软件")
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert "I65 软件和信息技术服务业" in picker.choices()
    row = picker.choices().index("I65 软件和信息技术服务业")
    popup.setCurrentIndex(picker.completer().completionModel().index(row, 0))
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.code() == "65")
    assert picker.text() == "I65 软件和信息技术服务业"


# --- the wizard ------------------------------------------------------------------------------


def test_field_messages_next_warns_once_and_back_keeps_what_was_typed(
    qtbot: QtBot, make_wizard: WizardFactory
) -> None:
    wizard = make_wizard()
    page = wizard.identity
    type_text(qtbot, page.name_edit, NAME, chinese=True)
    type_text(qtbot, page.uscc_edit, "91110000600037341M")
    message = page.messages["uscc"]
    [expected] = validate_fields(CustomerProfile(uscc="91110000600037341M"), TODAY)
    qtbot.waitUntil(message.isVisible)
    assert message.text() == problem_text(expected)
    assert "L" in message.text()  # the right check character

    click(qtbot, wizard.next_button)  # a wrong value: warned, still here
    assert wizard.current_page == "identity"
    assert wizard.banner.isVisible()
    click(qtbot, wizard.next_button)  # go on anyway: drafts may hold wrong data
    assert wizard.current_page == "business"
    click(qtbot, wizard.back_button)
    assert wizard.current_page == "identity"
    assert page.name_edit.text() == NAME
    assert page.uscc_edit.text() == "91110000600037341M"

    type_text(qtbot, page.uscc_edit, USCC)  # fixed: the message goes
    qtbot.waitUntil(lambda: not message.isVisible())
    click(qtbot, wizard.next_button)
    assert wizard.current_page == "business"


def test_size_and_eligibility_follow_the_figures_as_typed(
    qtbot: QtBot, make_wizard: WizardFactory
) -> None:
    wizard = make_wizard()
    wizard.go_to_page("business")
    panel = wizard.business.panel
    fill_business(qtbot, wizard)
    qtbot.waitUntil(lambda: panel.size_value.text() == size_label("small"))
    assert "20" in panel.size_rule.text() and "300" in panel.size_rule.text()
    assert panel.eligibility is not None and panel.eligibility.eligible is None  # no exposure yet
    type_text(qtbot, wizard.business.employees, "350")  # 300 or more people, same revenue
    qtbot.waitUntil(lambda: panel.size_value.text() == size_label("medium"))

    wizard.go_to_page("credit")
    type_text(qtbot, wizard.credit.exposure, "300")
    qtbot.waitUntil(lambda: panel.eligibility_value.text() == eligible_label(True))
    type_text(qtbot, wizard.credit.exposure, "6,000")  # new credit: below 5,000 万元
    qtbot.waitUntil(lambda: panel.eligibility_value.text() == eligible_label(False))
    assert any("5,000" in reason for reason in panel.reason_texts())
    click(qtbot, wizard.credit.radios["renewal"])  # renewal: below 10,000 万元
    qtbot.waitUntil(lambda: panel.eligibility_value.text() == eligible_label(True))
    assert wizard.credit.panel.eligibility_value.text() == eligible_label(True)


def test_save_draft_keeps_the_wizard_open_updates_the_same_customer_and_resumes(
    qtbot: QtBot, make_wizard: WizardFactory, service: CustomerService
) -> None:
    wizard = make_wizard()
    type_text(qtbot, wizard.identity.name_edit, NAME, chinese=True)
    type_text(qtbot, wizard.identity.uscc_edit, USCC)
    wizard.go_to_page("business")
    fill_business(qtbot, wizard)
    with qtbot.waitSignal(wizard.saved) as saved:
        click(qtbot, wizard.save_button)
    customer_id = saved.args[0]
    assert wizard.isVisible()
    qtbot.waitUntil(lambda: wizard.status_label.text() != "")
    assert wizard.customer_id == customer_id and not wizard.is_dirty()
    stored = service.load(customer_id)
    assert (stored.name, stored.uscc, stored.industry_code) == (NAME, USCC, "34")
    assert stored.annual_revenue == Decimal("32000000")
    assert stored.total_assets == Decimal("41000000") and stored.employees == 85
    assert stored.status == "draft"

    wizard.go_to_page("people")
    type_text(qtbot, wizard.people.mobile, "13800138000")
    assert wizard.is_dirty()
    with qtbot.waitSignal(wizard.saved) as again:
        click(qtbot, wizard.save_button)
    assert again.args == [customer_id]
    assert service.count(CustomerQuery()) == 1
    wizard.close()  # nothing unsaved: no question
    assert not wizard.isVisible() and wizard.unsaved_prompt is None

    resumed = make_wizard(service.load(customer_id))
    assert resumed.identity.name_edit.text() == NAME
    assert resumed.identity.uscc_edit.text() == USCC
    assert resumed.business.industry.text() == "C34 通用设备制造业"
    assert resumed.business.revenue.text() == "3,200.00"
    assert resumed.people.mobile.text() == "13800138000"
    assert resumed.current_page == "identity"  # registration date etc. still missing
    assert resumed.identity.messages["registration_date"].isVisible()
    assert not resumed.is_dirty()


def test_resume_opens_at_the_first_page_with_problems(
    qtbot: QtBot, make_wizard: WizardFactory, service: CustomerService
) -> None:
    draft = complete_profile()
    draft.legal_rep_mobile = ""
    saved = service.save(draft)
    wizard = make_wizard(service.load(saved.id or ""))
    assert wizard.current_page == "people"
    assert wizard.people.messages["legal_rep_mobile"].isVisible()
    assert wizard.people.contacts.table.item(0, 1).text() == "李四"
    assert wizard.credit.banks.table.item(0, 2).text() == "100.00"


def test_complete_every_page_and_mark_complete(
    qtbot: QtBot, make_wizard: WizardFactory, service: CustomerService
) -> None:
    wizard = make_wizard()
    fill_identity(qtbot, wizard)
    click(qtbot, wizard.next_button)
    assert wizard.current_page == "business"
    fill_business(qtbot, wizard)
    click(qtbot, wizard.next_button)
    fill_people(qtbot, wizard)
    click(qtbot, wizard.next_button)
    fill_credit(qtbot, wizard)
    click(qtbot, wizard.next_button)
    assert wizard.current_page == "review"
    review = wizard.review
    qtbot.waitUntil(lambda: not review.problems.isVisible())
    assert review.summary.values["legal_rep_id_number"].text() == "1101**********002X"
    assert review.summary.values["annual_revenue"].text() == money_text(Decimal("32000000"))

    with qtbot.waitSignal(wizard.saved) as saved:
        click(qtbot, wizard.complete_button)
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert wizard.result() == OnboardingWizard.DialogCode.Accepted
    stored = service.load(saved.args[0])
    assert stored.status == "complete"
    assert stored.registration_date == date(2010, 5, 18)
    assert stored.registered_capital == Decimal("5000000")
    assert stored.legal_rep_id_number == ID_NUMBER
    assert stored.credit_type == "renewal"
    assert stored.programmes == ["五金集群", "2025批量"]
    assert [(c.role, c.name, c.phone) for c in stored.contacts] == [
        ("财务", "李四", "0571-88886666")
    ]
    assert [(b.bank, b.balance) for b in stored.bank_relationships] == [
        ("工商银行", Decimal("1000000"))
    ]


def test_mark_complete_with_gaps_offers_to_go_to_the_first_problem(
    qtbot: QtBot, make_wizard: WizardFactory, service: CustomerService
) -> None:
    wizard = make_wizard()
    type_text(qtbot, wizard.identity.name_edit, NAME, chinese=True)
    wizard.go_to_page("review")
    assert wizard.review.problems.count() > 0
    click(qtbot, wizard.complete_button)
    box = wizard.problem_prompt
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    click(qtbot, box.defaultButton())
    qtbot.waitUntil(lambda: wizard.current_page == "identity")
    assert wizard.identity.messages["uscc"].isVisible()  # missing, now said at the field
    assert service.count(CustomerQuery()) == 0  # nothing saved


def test_closing_with_unsaved_changes_asks_first(
    qtbot: QtBot, make_wizard: WizardFactory, service: CustomerService
) -> None:
    wizard = make_wizard()
    type_text(qtbot, wizard.identity.name_edit, NAME, chinese=True)
    wizard.close()
    box = wizard.unsaved_prompt
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert wizard.isVisible()
    click(qtbot, prompt_button(box, wizard.tr("Cancel")))
    assert wizard.isVisible() and wizard.identity.name_edit.text() == NAME

    wizard.close()
    box = wizard.unsaved_prompt
    qtbot.waitUntil(box.isVisible)
    with qtbot.waitSignal(wizard.saved):
        click(qtbot, box.defaultButton())  # Save draft
    qtbot.waitUntil(lambda: not wizard.isVisible())
    assert [r.name for r in service.page(CustomerQuery(), 0, 10)] == [NAME]

    other = make_wizard()
    type_text(qtbot, other.identity.name_edit, "另一家公司", chinese=True)
    other.reject()  # Esc
    qtbot.waitUntil(other.unsaved_prompt.isVisible)
    click(qtbot, prompt_button(other.unsaved_prompt, other.tr("Discard")))
    assert not other.isVisible()
    assert service.count(CustomerQuery()) == 1


def test_duplicate_credit_code_warns_and_opens_the_existing_customer(
    qtbot: QtBot, make_wizard: WizardFactory, service: CustomerService
) -> None:
    existing = service.save(CustomerProfile(name="已有客户有限公司", uscc="91350100M000100Y43"))
    wizard = make_wizard()
    type_text(qtbot, wizard.identity.uscc_edit, "91350100M000100Y43")
    warning = wizard.identity.duplicate
    qtbot.waitUntil(warning.isVisible)
    assert "已有客户有限公司" in wizard.identity.duplicate_label.text()
    type_text(qtbot, wizard.identity.uscc_edit, USCC)
    qtbot.waitUntil(lambda: not warning.isVisible())
    type_text(qtbot, wizard.identity.uscc_edit, "91350100M000100Y43")
    qtbot.waitUntil(warning.isVisible)
    with qtbot.waitSignal(wizard.open_existing) as opened:
        click(qtbot, wizard.identity.open_existing_button)
    assert opened.args == [existing.id]
    assert not wizard.isVisible()


def test_a_saved_customer_is_not_its_own_duplicate(
    qtbot: QtBot, make_wizard: WizardFactory, service: CustomerService
) -> None:
    saved = service.save(CustomerProfile(name=NAME, uscc=USCC))
    wizard = make_wizard(service.load(saved.id or ""))
    with qtbot.waitSignal(wizard.duplicate_checked) as checked:
        type_text(qtbot, wizard.identity.uscc_edit, USCC.lower())  # the same code, retyped
    assert checked.args == [None]
    assert not wizard.identity.duplicate.isVisible()


def test_unreadable_numbers_are_kept_and_reported_at_the_field(
    qtbot: QtBot, make_wizard: WizardFactory, service: CustomerService
) -> None:
    wizard = make_wizard()
    wizard.go_to_page("business")
    type_text(qtbot, wizard.business.employees, "八十五", chinese=True)
    type_text(qtbot, wizard.business.revenue, "3,2OO")
    qtbot.waitUntil(wizard.business.messages["annual_revenue"].isVisible)
    assert wizard.business.employees.text() == "八十五"
    assert wizard.business.revenue.text() == "3,2OO"
    assert wizard.business.messages["employees"].isVisible()
    wizard.go_to_page("credit")
    click(qtbot, wizard.credit.banks.add_button)
    edit_cell(qtbot, wizard.credit.banks.table, 0, 0, "农业银行", chinese=True)
    edit_cell(qtbot, wizard.credit.banks.table, 0, 2, "1OO")
    fields = [p.field for p in wizard.problems()]
    assert fields == ["employees", "annual_revenue", "bank_relationships.0.balance"]
    qtbot.waitUntil(wizard.credit.banks.message.isVisible)
    assert wizard.credit.banks.table.item(0, 2).text() == "1OO"

    with qtbot.waitSignal(wizard.saved) as saved:
        click(qtbot, wizard.save_button)  # a draft is saved; what cannot be read stays on screen
    stored = service.load(saved.args[0])
    assert stored.employees is None and stored.annual_revenue is None
    assert [(b.bank, b.balance) for b in stored.bank_relationships] == [("农业银行", None)]
    assert wizard.business.revenue.text() == "3,2OO"


# --- the profile view ------------------------------------------------------------------------


def open_view(
    qtbot: QtBot, service: CustomerService, customer_id: str
) -> tuple[CustomerProfileDialog, CustomerProfileView]:
    dialog = CustomerProfileDialog(service, customer_id, TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.view.profile is not None)
    return dialog, dialog.view


def test_profile_view_shows_the_customer_and_moves_its_status_on(
    qtbot: QtBot, translations: Translations, service: CustomerService, profile: Profile
) -> None:
    saved = service.save(complete_profile())
    assert saved.id is not None
    dialog, view = open_view(qtbot, service, saved.id)
    view.attach_reveals(RevealService(profile.database, "rm01"))
    assert dialog.windowTitle().endswith(NAME)
    values = view.summary.values
    assert view.heading.text() == NAME
    assert values["annual_revenue"].text() == money_text(Decimal("32000000"))
    assert values["legal_rep_id_number"].text() == "1101**********002X"
    click(qtbot, view.summary.reveal_button)
    qtbot.waitUntil(lambda: values["legal_rep_id_number"].text() == ID_NUMBER)  # once recorded
    assert view.summary.assessment.size_value.text() == size_label("small")
    assert view.summary.assessment.eligibility_value.text() == eligible_label(True)
    assert view.status.text() == status_label("draft")
    assert view.complete_button.isVisible() and not view.activate_button.isVisible()

    with qtbot.waitSignal(view.changed):
        click(qtbot, view.complete_button)
    assert service.load(saved.id).status == "complete"
    qtbot.waitUntil(lambda: view.status.text() == status_label("complete"))
    assert view.activate_button.isVisible() and not view.complete_button.isVisible()
    with qtbot.waitSignal(view.changed):
        click(qtbot, view.activate_button)
    qtbot.waitUntil(lambda: view.status.text() == status_label("active"))
    assert service.load(saved.id).status == "active"
    wait_for_background_work()


def test_profile_view_explains_why_a_draft_cannot_be_completed_and_edits_it(
    qtbot: QtBot, translations: Translations, service: CustomerService
) -> None:
    saved = service.save(CustomerProfile(name=NAME))
    assert saved.id is not None
    _dialog, view = open_view(qtbot, service, saved.id)
    click(qtbot, view.complete_button)
    qtbot.waitUntil(lambda: view.problem_prompt is not None and view.problem_prompt.isVisible())
    assert view.problem_prompt is not None
    first = problems_for_completion(service.load(saved.id), TODAY)[0]
    assert view.problem_prompt.informativeText().startswith(problem_line(first))
    assert service.load(saved.id).status == "draft"

    click(qtbot, view.problem_prompt.defaultButton())  # Edit
    qtbot.waitUntil(lambda: view.wizard is not None and view.wizard.isVisible())
    wizard = view.wizard
    assert wizard is not None
    assert wizard.current_page == "identity"
    type_text(qtbot, wizard.identity.name_edit, "改名后的公司", chinese=True)
    with qtbot.waitSignal(view.changed):
        click(qtbot, wizard.save_button)
    qtbot.waitUntil(lambda: view.heading.text() == "改名后的公司")
    wizard.close()
    wait_for_background_work()
