"""Loan applications as an RM handles them: create, collect documents, reuse, mark ready."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PIL import Image
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

from app.applications import ApplicationInput, ApplicationService
from app.attachment_store import AttachmentStore
from app.checklist import EffectiveState
from app.customer_profile import CustomerProfile
from app.customers import CustomerService
from app.profile import Profile
from tests.ui.conftest import WindowFactory
from ui.applications.actions import ApplicationActions
from ui.applications.dialog import ApplicationDialog
from ui.applications.editor import ApplicationEditor
from ui.applications.texts import state_label, status_label
from ui.i18n import Translations
from ui.onboarding.profile_view import CustomerProfileView
from ui.tasks import wait_for_background_work
from ui.thumbnails import ThumbnailCache

TODAY = date(2025, 6, 30)
NAME = "杭州示例机械有限公司"


# --- fixtures ----------------------------------------------------------------------------


@pytest.fixture
def customers(profile: Profile) -> CustomerService:
    return CustomerService(profile.database, "rm01")


@pytest.fixture
def customer_id(customers: CustomerService) -> str:
    saved = customers.save(
        CustomerProfile(name=NAME, registration_date=date(2010, 5, 18), credit_type="new")
    )
    assert saved.id is not None
    return saved.id


@pytest.fixture
def store(profile: Profile) -> AttachmentStore:
    return AttachmentStore(profile.paths.attachments)


@pytest.fixture
def service(profile: Profile, store: AttachmentStore) -> ApplicationService:
    return ApplicationService(profile.database, "rm01", store)


def settle() -> None:
    """Let every background task and the callbacks it posts finish."""
    for _ in range(3):
        wait_for_background_work()
        QApplication.processEvents()


@pytest.fixture
def actions(
    qtbot: QtBot,
    translations: Translations,
    profile: Profile,
    customers: CustomerService,
    service: ApplicationService,
    store: AttachmentStore,
) -> Iterator[ApplicationActions]:
    parent = QWidget()
    parent.resize(1024, 700)
    made = ApplicationActions(
        service, customers, store, ThumbnailCache(profile.paths.thumbnails), parent, TODAY
    )
    yield made
    settle()
    shiboken6.delete(parent)  # its windows and their pending answers go with it
    settle()  # no read or write may outlive the profile's database


@pytest.fixture
def files(tmp_path: Path) -> dict[str, Path]:
    """A scan (PNG), a PDF, a photo (JPEG) and a damaged PDF, as an RM has them."""
    folder = tmp_path / "scans"
    folder.mkdir()
    scan = folder / "营业执照.png"
    Image.new("RGB", (620, 440), (210, 225, 240)).save(scan)
    photo = folder / "身份证.jpg"
    Image.new("RGB", (400, 260), (240, 230, 200)).save(photo, "JPEG")
    pdf = folder / "章程.pdf"
    sheet = canvas.Canvas(str(pdf))
    sheet.drawString(72, 720, "Articles of association")
    sheet.showPage()
    sheet.save()
    bad = folder / "damaged.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 200)
    return {"scan": scan, "photo": photo, "pdf": pdf, "bad": bad}


# --- acting like a person --------------------------------------------------------------


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def double_click(qtbot: QtBot, viewport: QWidget, pos: QPoint) -> None:
    """Two clicks in quick succession, as the mouse sends them (press first, then double)."""
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=pos)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    """Click into ``widget`` (its window active again: offscreen, a closed box may keep it)."""
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def type_into(qtbot: QtBot, line: QLineEdit, text: str, *, chinese: bool = False) -> None:
    """Click into ``line``, replace its text, and leave with Tab."""
    focus(qtbot, line)
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    if chinese:
        line.insert(text)  # what an input method commits
    else:
        qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Tab)


def click_item(
    qtbot: QtBot,
    dialog: ApplicationDialog,
    code: str,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Click the row of checklist item ``code``."""
    tree = dialog.checklist.tree
    index = dialog.checklist.model.index_of(dialog.item(code).id)
    assert index.isValid(), f"{code} is not shown"
    tree.scrollTo(index)
    qtbot.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, modifier, tree.visualRect(index).center()
    )


def wait_loaded(qtbot: QtBot, dialog: ApplicationDialog) -> None:
    """Wait until no change is pending and the application on screen is current."""
    qtbot.waitUntil(lambda: dialog.view is not None and dialog.pending == 0)
    with qtbot.waitSignal(dialog.loaded):
        dialog.reload()


def effective(dialog: ApplicationDialog, code: str) -> EffectiveState:
    return dialog.item(code).effective


def wait_state(qtbot: QtBot, dialog: ApplicationDialog, code: str, state: EffectiveState) -> None:
    qtbot.waitUntil(
        lambda: dialog.view is not None and dialog.pending == 0 and effective(dialog, code) == state
    )


def _drag_event(kind: type[Any], pos: QPoint, *args: Any) -> Any:
    """A drag enter/move event: PySide 6.11 wants a QPoint here, later versions a QPointF."""
    try:
        return kind(pos, *args)
    except TypeError:
        return kind(QPointF(pos), *args)


def drag_files(target: QWidget, pos: QPoint, paths: list[Path]) -> bool:
    """Drag ``paths`` from a file manager over ``target`` at ``pos`` and drop them there."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    copy, left, none = (
        Qt.DropAction.CopyAction,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    at = QPointF(pos)
    enter = _drag_event(QDragEnterEvent, pos, copy, mime, left, none)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    move = _drag_event(QDragMoveEvent, pos, copy, mime, left, none)
    QApplication.sendEvent(target, move)
    if not move.isAccepted():
        return False
    drop = QDropEvent(at, copy, mime, left, none)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def drop_on(widget: QWidget, pos: QPoint, paths: list[Path]) -> bool:
    """Drop ``paths`` at ``pos`` of ``widget``: Qt hands the drag to the innermost widget there
    that accepts drops."""
    target: QWidget | None = widget.childAt(pos) or widget
    while target is not None and not target.acceptDrops():
        target = target.parentWidget()
    assert target is not None, "nothing there takes drops"
    return drag_files(target, target.mapFrom(widget, pos), paths)


def create_through_editor(
    qtbot: QtBot,
    editor: ApplicationEditor,
    product: str,
    amount: str,
    term: str,
    collateral: str = "none",
) -> None:
    editor.product.setCurrentIndex(editor.product.findData(product))
    type_into(qtbot, editor.amount, amount)
    type_into(qtbot, editor.term, term)
    type_into(qtbot, editor.purpose, "购买原材料", chinese=True)
    editor.collateral.setCurrentIndex(editor.collateral.findData(collateral))
    if collateral != "none":
        type_into(qtbot, editor.collateral_description, "文三路100号厂房", chinese=True)
    click(qtbot, editor.save_button)


def open_new(
    qtbot: QtBot,
    actions: ApplicationActions,
    customer_id: str,
    product: str = "short_term_credit",
    amount: str = "300",
    term: str = "12",
    collateral: str = "none",
) -> ApplicationDialog:
    """Create an application for the customer through the editor; its checklist opens."""
    before = actions.last_dialog
    editor = actions.new_application(customer_id, NAME)
    qtbot.waitUntil(editor.isVisible)
    create_through_editor(qtbot, editor, product, amount, term, collateral)
    qtbot.waitUntil(lambda: actions.last_dialog is not before)
    dialog = actions.last_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.view is not None)
    return dialog


# --- creating ----------------------------------------------------------------------------


def test_create_an_application_choosing_the_customer_and_see_its_checklist(
    qtbot: QtBot, actions: ApplicationActions, customer_id: str, service: ApplicationService
) -> None:
    editor = actions.new_application()
    assert editor.picker is not None
    editor.picker.search.insert("示例机械")  # what an input method commits
    qtbot.waitUntil(lambda: editor.picker.results.count() == 1)
    results = editor.picker.results
    qtbot.mouseClick(
        results.viewport(),
        Qt.MouseButton.LeftButton,
        pos=results.visualItemRect(results.item(0)).center(),
    )
    assert editor.customer_id == customer_id

    editor.product.setCurrentIndex(editor.product.findData("working_capital"))
    assert editor.product.currentText() == "短期流动资金贷款"  # the name in the UI language
    type_into(qtbot, editor.amount, "20")  # below the product's minimum of 50 万元
    message = editor.messages["amount"]
    assert message.isVisible() and "50" in message.text() and "3,000" in message.text()
    type_into(qtbot, editor.amount, "abc")
    assert editor.amount.text() == "abc"  # kept as typed, with a message
    assert message.isVisible()
    click(qtbot, editor.save_button)
    assert editor.isVisible() and actions.last_dialog is None  # nothing saved

    create_through_editor(qtbot, editor, "working_capital", "1,200", "12", "property")
    qtbot.waitUntil(lambda: actions.last_dialog is not None)
    dialog = actions.last_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.view is not None)
    assert dialog.heading.text() == NAME
    assert dialog.view.amount == Decimal("12000000")
    codes = dialog.checklist.model.shown_ids()
    shown = {dialog.checklist.model.item_view(i).code for i in codes}
    assert {"business_licence", "collateral_title", "collateral_appraisal"} <= shown
    assert "deposit_proof" not in shown  # only asked for a deposit pledge
    assert dialog.progress.value() == 0
    assert "营业执照" in dialog.blocking.text()

    [summary] = service.list(customer_id, TODAY)
    assert summary.product_code == "working_capital" and summary.status == "draft"


def test_changing_the_collateral_re_evaluates_the_checklist(
    qtbot: QtBot, actions: ApplicationActions, customer_id: str
) -> None:
    dialog = open_new(qtbot, actions, customer_id, "working_capital", "500", "12", "property")
    click(qtbot, dialog.edit_button)
    change = actions.last_editor
    assert change is not None and change.application_id == dialog.application_id
    qtbot.waitUntil(lambda: change.amount.text() == "500.00")
    change.collateral.setCurrentIndex(change.collateral.findData("deposit"))
    click(qtbot, change.save_button)
    qtbot.waitUntil(
        lambda: (
            dialog.view is not None
            and dialog.view.collateral_type == "deposit"
            and dialog.item("deposit_proof").applicable
        )
    )
    assert not dialog.item("collateral_title").applicable


# --- attaching -----------------------------------------------------------------------------


def test_attach_a_file_through_the_file_dialog(
    qtbot: QtBot,
    actions: ApplicationActions,
    customer_id: str,
    files: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    store: AttachmentStore,
) -> None:
    dialog = open_new(qtbot, actions, customer_id)
    asked: list[str] = []

    def choose(*args: object, **kwargs: object) -> tuple[list[str], str]:
        asked.append(str(args[1]))
        return [str(files["scan"])], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", choose)
    click_item(qtbot, dialog, "business_licence")
    assert dialog.panel.item is not None and dialog.panel.item.code == "business_licence"
    click(qtbot, dialog.panel.attach_button)
    wait_state(qtbot, dialog, "business_licence", EffectiveState.RECEIVED)
    assert asked
    document = dialog.item("business_licence").document
    assert document is not None
    [attachment] = document.attachments
    assert attachment.original_name == "营业执照.png" and attachment.media_type == "image/png"
    assert store.has(attachment.sha256)
    qtbot.waitUntil(lambda: dialog.panel.files.count() == 1 and dialog.panel.files.pending == 0)
    assert dialog.item("business_licence").blocking is False
    row = dialog.checklist.model.index_of(dialog.item("business_licence").id)
    assert row.siblingAtColumn(1).data() == state_label(EffectiveState.RECEIVED)

    # double-click the thumbnail: a larger preview
    files_list = dialog.panel.files
    rect = files_list.visualItemRect(files_list.item(0))
    double_click(qtbot, files_list.viewport(), rect.center())
    qtbot.waitUntil(lambda: dialog.preview_dialog is not None)
    preview = dialog.preview_dialog
    assert preview is not None
    qtbot.waitUntil(lambda: preview.image is not None)
    assert (preview.image.width(), preview.image.height()) == (620, 440)  # never blown up
    preview.close()

    click(qtbot, dialog.panel.verify_button)
    wait_state(qtbot, dialog, "business_licence", EffectiveState.VERIFIED)

    # the wrong file: take it off again (the item stays as recorded)
    qtbot.mouseClick(files_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.panel.remove_button.isEnabled()
    click(qtbot, dialog.panel.remove_button)
    qtbot.waitUntil(lambda: dialog.panel.files.count() == 0)
    assert dialog.item("business_licence").document.attachments == ()  # type: ignore[union-attr]


def test_drag_and_drop_files_onto_an_item_row_and_onto_the_details(
    qtbot: QtBot, actions: ApplicationActions, customer_id: str, files: dict[str, Path]
) -> None:
    dialog = open_new(qtbot, actions, customer_id)
    tree = dialog.checklist.tree
    item = dialog.item("articles_of_association")
    index = dialog.checklist.model.index_of(item.id)
    tree.scrollTo(index)
    assert drop_on(tree.viewport(), tree.visualRect(index).center(), [files["pdf"]])
    wait_state(qtbot, dialog, "articles_of_association", EffectiveState.RECEIVED)
    document = dialog.item("articles_of_association").document
    assert document is not None and [a.media_type for a in document.attachments] == [
        "application/pdf"
    ]

    # a drop on a group's header is refused
    group = dialog.checklist.model.index(0, 0)
    assert dialog.checklist.model.item_id(group) is None
    assert not drop_on(tree.viewport(), tree.visualRect(group).center(), [files["pdf"]])

    click_item(qtbot, dialog, "legal_rep_id")
    panel = dialog.panel
    hint = panel.drop_hint
    at = hint.mapTo(panel, hint.rect().center())
    assert drop_on(panel, at, [files["photo"], files["scan"]])
    wait_state(qtbot, dialog, "legal_rep_id", EffectiveState.RECEIVED)
    document = dialog.item("legal_rep_id").document
    assert document is not None and len(document.attachments) == 2
    qtbot.waitUntil(lambda: panel.files.count() == 2)


def test_a_damaged_file_is_refused_with_a_message_and_nothing_is_stored(
    qtbot: QtBot,
    actions: ApplicationActions,
    customer_id: str,
    files: dict[str, Path],
    profile: Profile,
) -> None:
    dialog = open_new(qtbot, actions, customer_id)
    blobs_before = sorted(p for p in profile.paths.attachments.rglob("*") if p.is_file())
    click_item(qtbot, dialog, "board_resolution")
    dialog.attach_files(dialog.item("board_resolution").id, [files["bad"]])
    qtbot.waitUntil(lambda: dialog.message_box is not None and dialog.message_box.isVisible())
    box = dialog.message_box
    assert "damaged.pdf" in box.text() and "Traceback" not in box.text()
    box.close()
    wait_loaded(qtbot, dialog)
    assert effective(dialog, "board_resolution") == EffectiveState.MISSING
    assert dialog.item("board_resolution").document is None
    assert sorted(p for p in profile.paths.attachments.rglob("*") if p.is_file()) == blobs_before


# --- states --------------------------------------------------------------------------------


def test_bulk_mark_received_and_the_missing_filter(
    qtbot: QtBot, actions: ApplicationActions, customer_id: str
) -> None:
    dialog = open_new(qtbot, actions, customer_id)
    model = dialog.checklist.model
    everything = model.shown_ids()
    click(qtbot, dialog.checklist.missing_only)
    assert model.shown_ids() == [i.id for i in dialog.view.items if i.blocking]

    picked = ("business_licence", "articles_of_association", "board_resolution")
    click_item(qtbot, dialog, picked[0])
    for code in picked[1:]:
        click_item(qtbot, dialog, code, Qt.KeyboardModifier.ControlModifier)
    assert {model.item_view(i).code for i in dialog.checklist.selected_ids()} == set(picked)
    click(qtbot, dialog.checklist.mark_received_button)
    for code in picked:
        wait_state(qtbot, dialog, code, EffectiveState.RECEIVED)
    shown = {model.item_view(i).code for i in model.shown_ids()}
    assert shown.isdisjoint(picked)  # no longer missing: filtered out
    click(qtbot, dialog.checklist.missing_only)
    assert model.shown_ids() == everything


def test_waiving_needs_a_reason(
    qtbot: QtBot, actions: ApplicationActions, customer_id: str
) -> None:
    dialog = open_new(qtbot, actions, customer_id)
    click_item(qtbot, dialog, "board_resolution")
    click(qtbot, dialog.panel.waive_button)
    waive = dialog.waive_dialog
    assert waive is not None
    qtbot.waitUntil(waive.isVisible)
    click(qtbot, waive.ok_button)
    assert waive.isVisible() and waive.message.isVisible()  # no reason: still asking
    assert effective(dialog, "board_resolution") == EffectiveState.MISSING
    waive.reason.insert("一人有限公司，无需决议")
    click(qtbot, waive.ok_button)
    wait_state(qtbot, dialog, "board_resolution", EffectiveState.WAIVED)
    assert dialog.item("board_resolution").waive_reason == "一人有限公司，无需决议"
    assert "一人有限公司" in dialog.panel.details.text()
    assert dialog.panel.reset_button.isEnabled()
    click(qtbot, dialog.panel.reset_button)
    wait_state(qtbot, dialog, "board_resolution", EffectiveState.MISSING)


def test_mark_ready_is_refused_while_documents_are_missing_then_accepted(
    qtbot: QtBot, actions: ApplicationActions, customer_id: str, service: ApplicationService
) -> None:
    dialog = open_new(qtbot, actions, customer_id)
    click(qtbot, dialog.ready_button)
    qtbot.waitUntil(lambda: dialog.message_box is not None and dialog.message_box.isVisible())
    assert "营业执照" in dialog.message_box.informativeText()
    dialog.message_box.close()

    dialog.checklist.select_items([i.id for i in dialog.view.items if i.blocking])
    click(qtbot, dialog.checklist.mark_received_button)
    qtbot.waitUntil(
        lambda: dialog.pending == 0 and dialog.item("credit_authorisation").document is not None
    )
    wait_loaded(qtbot, dialog)
    dated = [i.code for i in dialog.view.items if i.blocking]
    # statements need their date before they count
    assert set(dated) == {"financial_statements", "tax_returns", "bank_statements"}
    assert all(effective(dialog, code) == EffectiveState.EXPIRED for code in dated)

    dialog.message_box = None
    click(qtbot, dialog.ready_button)
    qtbot.waitUntil(lambda: dialog.message_box is not None and dialog.message_box.isVisible())
    listed = dialog.message_box.informativeText()
    assert "纳税申报表" in listed and "营业执照" not in listed
    dialog.message_box.close()

    for code in dated:
        click_item(qtbot, dialog, code)
        qtbot.waitUntil(
            lambda c=code: dialog.panel.item is not None and dialog.panel.item.code == c
        )
        editor = dialog.panel.issued
        focus(qtbot, editor)
        qtbot.keyClicks(editor, "2025-06-01")
        qtbot.keyClick(editor, Qt.Key.Key_Tab)
        assert editor.date_value() == date(2025, 6, 1)
        click(qtbot, dialog.panel.dates_button)
        wait_state(qtbot, dialog, code, EffectiveState.RECEIVED)
    assert dialog.progress.value() == 100

    dialog.message_box = None
    click(qtbot, dialog.ready_button)
    qtbot.waitUntil(lambda: dialog.view is not None and dialog.view.status == "ready")
    assert dialog.message_box is None
    assert dialog.status.text() == status_label("ready")
    assert not dialog.ready_button.isEnabled()
    assert service.load(dialog.application_id, TODAY).status == "ready"


# --- documents on file ---------------------------------------------------------------------


def test_a_second_application_offers_the_documents_on_file(
    qtbot: QtBot,
    actions: ApplicationActions,
    customer_id: str,
    files: dict[str, Path],
    service: ApplicationService,
) -> None:
    first = open_new(qtbot, actions, customer_id)
    first.attach_files(first.item("business_licence").id, [files["scan"]])
    first.attach_files(first.item("legal_rep_id").id, [files["photo"]])
    wait_state(qtbot, first, "legal_rep_id", EffectiveState.RECEIVED)
    on_file = first.item("business_licence").document
    assert on_file is not None
    first.close()

    second = open_new(qtbot, actions, customer_id, "bill_discounting", "200", "6")
    licence = second.item("business_licence")
    assert effective(second, "business_licence") == EffectiveState.MISSING
    assert [d.id for d in licence.reusable] == [on_file.id]
    assert second.checklist.reuse_all_button.isVisible()
    click_item(qtbot, second, "business_licence")
    assert second.panel.reuse_button.isVisible()
    click(qtbot, second.panel.reuse_button)
    wait_state(qtbot, second, "business_licence", EffectiveState.RECEIVED)
    document = second.item("business_licence").document
    assert document is not None and document.attachments[0].original_name == "营业执照.png"

    click(qtbot, second.checklist.reuse_all_button)
    wait_state(qtbot, second, "legal_rep_id", EffectiveState.RECEIVED)
    assert not second.checklist.reuse_all_button.isVisible()
    summaries = {s.product_code: s for s in service.list(customer_id, TODAY)}
    assert summaries["bill_discounting"].missing_codes == (
        "credit_authorisation",
        "commercial_bill",
        "trade_contracts_invoices",
    )


# --- where applications are listed -----------------------------------------------------------


def test_today_and_the_applications_page_list_applications_needing_documents(
    qtbot: QtBot,
    profile: Profile,
    make_window: WindowFactory,
    customer_id: str,
    service: ApplicationService,
) -> None:
    application_id = service.save(
        ApplicationInput(customer_id, "short_term_credit", Decimal("3000000"), 12)
    )
    window = make_window(profile)
    try:
        card = window.today.applications
        qtbot.waitUntil(lambda: card.list.topLevelItemCount() == 1)
        row = card.list.topLevelItem(0)
        assert row.text(0) == NAME and row.text(1) == "短期信用贷款"
        assert row.text(2).startswith("营业执照、公司章程、法定代表人身份证")
        rect = card.list.visualItemRect(row)
        double_click(qtbot, card.list.viewport(), rect.center())
        actions = window.application_actions
        assert actions is not None
        qtbot.waitUntil(lambda: actions.last_dialog is not None)
        dialog = actions.last_dialog
        assert dialog.application_id == application_id
        qtbot.waitUntil(lambda: dialog.view is not None)

        # a change anywhere reaches the lists
        dialog.mark_received([i.id for i in dialog.view.items if i.blocking][:1])
        window.show_page("applications")
        page = window.applications_page
        qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() == 1)
        qtbot.waitUntil(lambda: page.model.summary(0).blocking == 7)
        assert page.model.index(0, 1).data() == "草稿"  # the stage
        assert page.model.index(0, 4).data() == "短期信用贷款"
        assert page.model.index(0, 5).data() == "300.00"
        page.stage_filter.setCurrentIndex(page.stage_filter.findData("documents_complete"))
        qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 0)
        page.stage_filter.setCurrentIndex(page.stage_filter.findData("draft"))
        page.search.insert("示例")
        qtbot.waitUntil(lambda: not page.model.loading and page.model.rowCount() == 1)
        click(qtbot, page.new_button)
        assert actions.last_editor is not None and actions.last_editor.picker is not None
        actions.last_editor.reject()
    finally:
        settle()


def test_a_customer_profile_starts_and_lists_its_applications(
    qtbot: QtBot,
    actions: ApplicationActions,
    customers: CustomerService,
    customer_id: str,
) -> None:
    view = CustomerProfileView(customers, customer_id, TODAY, applications=actions)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.profile is not None)
    assert view.new_application_button.isVisible()
    assert view.applications_list.topLevelItemCount() == 0
    click(qtbot, view.new_application_button)
    editor = actions.last_editor
    assert editor is not None and editor.picker is None
    assert editor.customer_label.text() == NAME
    create_through_editor(qtbot, editor, "short_term_credit", "100", "6")
    qtbot.waitUntil(lambda: view.applications_list.topLevelItemCount() == 1)
    row = view.applications_list.topLevelItem(0)
    assert row.text(0) == "短期信用贷款" and row.text(1) == "100.00"
    qtbot.waitUntil(lambda: actions.last_dialog is not None)
    first = actions.last_dialog
    first.close()
    rect = view.applications_list.visualItemRect(row)
    double_click(qtbot, view.applications_list.viewport(), rect.center())
    qtbot.waitUntil(lambda: actions.last_dialog is not first)


def test_the_windows_fit_a_small_laptop_screen(
    qtbot: QtBot, actions: ApplicationActions, customer_id: str
) -> None:
    dialog = open_new(qtbot, actions, customer_id, "working_capital", "500", "12", "property")
    for widget in (dialog, actions.new_application()):
        hint = widget.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 700, (widget, hint)
    assert dialog.width() <= 1024 and dialog.height() <= 700
    QApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    assert dialog.heading.text() == NAME
