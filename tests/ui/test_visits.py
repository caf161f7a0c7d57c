"""Visits as an RM logs them: from a customer in two clicks, signals raise alerts, resolve.

Each test drives the real main window on a real profile, with the mouse and
the keyboard where a person would; Chinese text goes in as an input method
commits it (``insert`` / ``insertPlainText``).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from app.alerts import AlertService
from app.attachment_store import AttachmentStore
from app.customer_profile import CustomerProfile
from app.customers import CustomerService
from app.follow_ups import FollowUpService
from app.profile import Profile
from app.visits.service import VisitInput, VisitService
from app.visits.times import RM_TIME_ZONE, local_today
from db.models import Loan
from tests.ui.conftest import WindowFactory
from ui.main_window import MainWindow
from ui.tasks import wait_for_background_work
from ui.visits.dialog import VisitDialog
from ui.visits.note_dialog import NoteDialog
from ui.visits.visit_tabs import TAB_FILES, TAB_FOLLOW_UPS, TAB_SIGNALS

NAME = "杭州示例机械有限公司"
NOTES = "实际控制人在场，车间开工正常。"


# --- fixtures and helpers ----------------------------------------------------------------


@pytest.fixture
def customer_id(profile: Profile) -> str:
    saved = CustomerService(profile.database, "rm01").save(CustomerProfile(name=NAME))
    assert saved.id is not None
    return saved.id


@pytest.fixture
def visits(profile: Profile) -> VisitService:
    return VisitService(profile.database, "rm01", AttachmentStore(profile.paths.attachments))


@pytest.fixture
def window(
    qtbot: QtBot, profile: Profile, make_window: WindowFactory, customer_id: str
) -> Iterator[MainWindow]:
    made = make_window(profile)
    made.resize(1024, 700)
    yield made
    settle()
    made.close()
    settle()  # no read or write may outlive the profile's database


def settle() -> None:
    """Let every background task and the callbacks it posts finish."""
    for _ in range(3):
        wait_for_background_work()
        QApplication.processEvents()


def click(qtbot: QtBot, widget: QWidget, pos: QPoint | None = None) -> None:
    if pos is None:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=RM_TIME_ZONE)


def opened_dialog(qtbot: QtBot, window: MainWindow) -> VisitDialog:
    assert window.visit_actions is not None
    dialog = window.visit_actions.last_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.ready)
    return dialog


def type_notes(dialog: VisitDialog, text: str) -> None:
    """Click at the end of the notes and type (as an input method commits)."""
    dialog.notes.setFocus()
    dialog.notes.moveCursor(QTextCursor.MoveOperation.End)
    dialog.notes.insertPlainText(text)


def select_customer_row(qtbot: QtBot, window: MainWindow) -> None:
    page = window.customers_page
    assert page.model is not None
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() == 1)
    rect = page.table.visualRect(page.model.index(0, 0))
    click(qtbot, page.table.viewport(), rect.center())


def add_loan(profile: Profile, customer_id: str, disbursed_on: date) -> str:
    with profile.database.unit_of_work("rm01") as uow:
        loan = uow.add(
            Loan(
                customer_id=customer_id,
                product_code="working_capital",
                amount=Decimal("2000000.00"),
                disbursed_on=disbursed_on,
            )
        )
        uow.session.flush()
        return loan.id


# --- quick entry, signals, alerts ---------------------------------------------------------


def test_log_a_visit_in_two_clicks_tick_a_signal_and_resolve_its_alert(
    qtbot: QtBot, profile: Profile, window: MainWindow, customer_id: str
) -> None:
    window.show_page("customers")
    page = window.customers_page
    assert not page.log_visit_button.isEnabled()  # nothing selected yet
    select_customer_row(qtbot, window)  # click 1
    click(qtbot, page.log_visit_button)  # click 2
    dialog = opened_dialog(qtbot, window)

    # pre-filled: the customer, a first contact (no loans), now, the type's outline
    assert dialog.customer_id == customer_id and dialog.customer_name == NAME
    assert dialog.visit_type.currentData() == "first_contact"
    now = datetime.now(RM_TIME_ZONE)
    assert abs(dialog._time(dialog.planned_start) - now) < timedelta(minutes=2)
    assert dialog.notes.toPlainText().startswith("经营情况：")
    assert set(dialog.checks.widgets) >= {"business_overview", "decision_maker_met"}

    type_notes(dialog, NOTES)
    click(qtbot, dialog.checks.widgets["decision_maker_met"].yes)  # type: ignore[union-attr]
    dialog.tabs.setCurrentIndex(TAB_SIGNALS)
    box = dialog.signals.boxes["litigation_enforcement"]
    click(qtbot, box, QPoint(8, box.height() // 2))  # on the tick box
    assert box.isChecked() and dialog.signals.notes["litigation_enforcement"].isEnabled()
    dialog.signals.notes["litigation_enforcement"].insert("被列为被执行人")
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.complete_button)

    (alert,) = AlertService(profile.database, "rm01").open_alerts(customer_id)
    assert alert.signal_code == "litigation_enforcement" and "被列为被执行人" in alert.note
    (visit,) = VisitService(
        profile.database, "rm01", AttachmentStore(profile.paths.attachments)
    ).list(customer_id)
    assert visit.status == "done"

    # the customer list: the Alerts column, highlighted, and the filter
    model = page.model
    assert model is not None
    alerts_column = model.columnCount() - 1
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.index(0, alerts_column).data() == "1")
    assert model.index(0, alerts_column).data(Qt.ItemDataRole.BackgroundRole) is not None
    click(qtbot, page.alerts_filter)
    qtbot.waitUntil(lambda: model.query.has_alerts is True and not model.loading)
    assert model.rowCount() == 1

    # the profile's header: the alert with its severity, and Resolve…
    profile_dialog = window.customer_actions.open_customer(customer_id)
    view = profile_dialog.view
    bar = view.alerts_bar
    assert bar is not None
    qtbot.waitUntil(lambda: bar.isVisible() and len(bar.alerts) == 1)
    qtbot.waitUntil(lambda: view.visits_list.topLevelItemCount() == 1)
    click(qtbot, bar.resolve_buttons[alert.id])
    assert window.visit_actions is not None
    resolve = window.visit_actions.last_resolve
    assert isinstance(resolve, NoteDialog) and resolve.isVisible()
    click(qtbot, resolve.ok_button)  # no note: refused
    qtbot.waitUntil(lambda: resolve.message.isVisible())
    assert resolve.message.text() == "请说明预警是如何解除的"
    assert AlertService(profile.database, "rm01").open_alerts(customer_id)
    resolve.note.insertPlainText("已与债权人达成和解，执行已撤销")
    click(qtbot, resolve.ok_button)
    qtbot.waitUntil(lambda: not bar.isVisible())
    assert AlertService(profile.database, "rm01").open_alerts(customer_id) == []
    (resolved,) = AlertService(profile.database, "rm01").history(customer_id)
    assert resolved.resolution_note == "已与债权人达成和解，执行已撤销"
    qtbot.waitUntil(lambda: model.rowCount() == 0)  # the filter keeps only open alerts
    profile_dialog.close()


def test_the_context_menu_logs_a_visit_and_a_borrower_gets_a_post_loan_visit(
    qtbot: QtBot, profile: Profile, window: MainWindow, customer_id: str
) -> None:
    add_loan(profile, customer_id, local_today() - timedelta(days=10))
    window.show_page("customers")
    page = window.customers_page
    assert page.model is not None
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() == 1)
    rect = page.table.visualRect(page.model.index(0, 0))
    page._context_menu(rect.center())  # what a right click shows
    menu = page.context_menu
    assert menu is not None
    log_action = menu.actions()[1]
    log_action.trigger()
    menu.close()
    dialog = opened_dialog(qtbot, window)
    assert dialog.visit_type.currentData() == "post_loan"
    assert dialog.notes.toPlainText().startswith("资金用途核查")
    assert "funds_use_checked" in dialog.checks.widgets


def test_log_visit_on_the_profile_and_an_overdue_follow_up_shows_on_today(
    qtbot: QtBot, profile: Profile, window: MainWindow, customer_id: str
) -> None:
    profile_dialog = window.customer_actions.open_customer(customer_id)
    view = profile_dialog.view
    qtbot.waitUntil(lambda: view.profile is not None)
    click(qtbot, view.log_visit_button)
    dialog = opened_dialog(qtbot, window)
    type_notes(dialog, NOTES)
    dialog.tabs.setCurrentIndex(TAB_FOLLOW_UPS)
    click(qtbot, dialog.follow_ups.add_button)
    row = dialog.follow_ups.rows[0]
    row.title.insert("补交2025年财务报表")
    overdue = local_today() - timedelta(days=2)
    row.due.setDate(QDate(overdue.year, overdue.month, overdue.day))
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.complete_button)
    profile_dialog.close()

    window.show_page("today")
    board = window.today.board
    qtbot.waitUntil(lambda: board.follow_ups.list.topLevelItemCount() == 1)
    item = board.follow_ups.list.topLevelItem(0)
    assert item.text(2) == "补交2025年财务报表" and item.text(1) == NAME
    assert item.foreground(0).color().name() == "#b3261e"  # overdue
    assert board.visits.list.topLevelItemCount() == 1  # the visit done today

    # the row opens the customer's profile; "Done" closes the follow-up
    rect = board.follow_ups.list.visualItemRect(item)
    click(qtbot, board.follow_ups.list.viewport(), rect.center())
    qtbot.mouseDClick(
        board.follow_ups.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert customer_id in window.customer_actions._profiles
    window.customer_actions._profiles[customer_id].close()
    board.follow_ups.list.setCurrentItem(item)
    click(qtbot, board.done_button)
    qtbot.waitUntil(lambda: board.follow_ups.list.topLevelItemCount() == 0)
    (done,) = FollowUpService(profile.database, "rm01").list(customer_id)
    assert done.status == "done"


def test_a_visit_is_not_saved_with_problems_and_nothing_typed_is_lost(
    qtbot: QtBot, window: MainWindow, customer_id: str
) -> None:
    assert window.visit_actions is not None
    dialog = window.visit_actions.log_visit(customer_id)
    qtbot.waitUntil(lambda: dialog.ready)
    type_notes(dialog, NOTES)
    dialog.location.insert("杭" * 201)  # the field stops at 200
    assert len(dialog.location.text()) == 200
    start = dialog._time(dialog.planned_start)
    dialog._set_time(dialog.actual_end, start - timedelta(hours=1))  # ends before it starts
    dialog.checks.widgets["financing_need_wan"].setText("五百")  # type: ignore[union-attr]
    click(qtbot, dialog.complete_button)
    assert dialog.isVisible()
    assert dialog.messages["actual_end"].text() == "结束时间必须晚于开始时间"
    assert dialog.checks.messages["financing_need_wan"].text()  # on its tab, "enter a number"
    assert dialog.tabs.currentIndex() == 0  # the first problem's tab is shown
    assert NOTES in dialog.notes.toPlainText()
    assert dialog.checks.widgets["financing_need_wan"].text() == "五百"  # type: ignore[union-attr]
    dialog._set_time(dialog.actual_end, start + timedelta(hours=1))
    dialog.checks.widgets["financing_need_wan"].setText("500")  # type: ignore[union-attr]
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.complete_button)


# --- the visits page ---------------------------------------------------------------------------


def drag(widget: QWidget, start: QPoint, end: QPoint) -> None:
    """Press at ``start``, move in steps, release at ``end``, as a hand on the mouse does."""
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(widget, start + (end - start) * step / 5)
    QTest.mouseRelease(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def test_drag_a_visit_in_the_week_view_to_another_day_and_time(
    qtbot: QtBot, window: MainWindow, visits: VisitService, customer_id: str
) -> None:
    today = local_today()
    visit_id = visits.plan(VisitInput(customer_id, "due_diligence", at(today, 10), purpose="尽调"))
    window.show_page("visits")
    page = window.visits_page
    calendar = page.calendar
    assert calendar is not None and calendar.mode == "week"
    qtbot.waitUntil(lambda: calendar.block_rect(visit_id) is not None)
    block = calendar.block_rect(visit_id)
    assert block is not None
    target = today + timedelta(days=1) if today.weekday() < 6 else today - timedelta(days=1)
    grip = block.topLeft() + QPoint(12, 6)  # where the hand takes the block
    drop = calendar.slot_point(target, 14) + QPoint(0, 6 - 2)  # the block's top at 14:00
    drag(calendar, grip, drop)
    qtbot.waitUntil(lambda: visits.load(visit_id).planned_start == at(target, 14))
    moved = visits.load(visit_id)
    assert moved.planned_end == at(target, 17)  # it keeps its three hours
    qtbot.waitUntil(lambda: calendar.day_at(calendar.block_rect(visit_id).center()) == target)


def test_the_month_view_drags_to_another_day_keeping_the_time(
    qtbot: QtBot, window: MainWindow, visits: VisitService, customer_id: str
) -> None:
    today = local_today()
    visit_id = visits.plan(VisitInput(customer_id, "first_contact", at(today, 15, 30)))
    window.show_page("visits")
    page = window.visits_page
    calendar = page.calendar
    assert calendar is not None
    click(qtbot, page.month_button)
    assert calendar.mode == "month"
    qtbot.waitUntil(lambda: calendar.block_rect(visit_id) is not None)
    target = today + timedelta(days=7) if today.day < 20 else today - timedelta(days=7)
    block = calendar.block_rect(visit_id)
    assert block is not None
    drag(calendar, block.center(), calendar.slot_point(target))
    qtbot.waitUntil(lambda: visits.load(visit_id).planned_start == at(target, 15, 30))

    # double-click opens the visit; next and previous page through months
    block = calendar.block_rect(visit_id)
    assert block is not None
    QTest.mouseDClick(
        calendar, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, block.center()
    )
    dialog = opened_dialog(qtbot, window)
    assert dialog.visit_id == visit_id and dialog.status == "planned"
    dialog.close()
    first = calendar.first_day()
    click(qtbot, page.next_button)
    assert calendar.first_day() > first
    click(qtbot, page.today_button)
    assert calendar.first_day() == first


def test_plan_an_inspection_due_from_the_list_and_export_the_visit_as_ics(
    qtbot: QtBot,
    profile: Profile,
    window: MainWindow,
    visits: VisitService,
    customer_id: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    add_loan(profile, customer_id, local_today() - timedelta(days=40))  # first inspection late
    window.show_page("visits")
    page = window.visits_page
    qtbot.waitUntil(lambda: page.due_list.topLevelItemCount() == 1)
    page.due_list.setCurrentItem(page.due_list.topLevelItem(0))
    click(qtbot, page.plan_button)
    dialog = opened_dialog(qtbot, window)
    assert dialog.customer_id == customer_id
    assert dialog.visit_type.currentData() == "post_loan"
    assert dialog.purpose.text()  # why it is due
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    (planned,) = visits.list(customer_id)
    assert planned.status == "planned" and planned.visit_type == "post_loan"

    # the inspection now names its planned visit; opening it shows that visit
    qtbot.waitUntil(
        lambda: (
            page.due_list.topLevelItemCount() >= 1
            and any(
                page.due_list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)[0] == "visit"
                for i in range(page.due_list.topLevelItemCount())
            )
        )
    )
    assert window.visit_actions is not None
    opened = window.visit_actions.open_visit(planned.id)
    qtbot.waitUntil(lambda: opened.ready)
    target = tmp_path / "拜访.ics"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    click(qtbot, opened.ics_button)
    qtbot.waitUntil(lambda: opened.ics_path is not None)
    data = target.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n")
    assert NAME.encode() in data and b"TZID=Asia/Shanghai" in data
    opened.close()


def test_cancel_a_planned_visit_with_a_reason(
    qtbot: QtBot, window: MainWindow, visits: VisitService, customer_id: str
) -> None:
    visit_id = visits.plan(VisitInput(customer_id, "renewal", at(local_today() + timedelta(1), 9)))
    assert window.visit_actions is not None
    dialog = window.visit_actions.open_visit(visit_id)
    qtbot.waitUntil(lambda: dialog.ready)
    assert dialog.cancel_visit_button.isVisible()
    click(qtbot, dialog.cancel_visit_button)
    ask = dialog.cancel_dialog
    assert ask is not None and ask.isVisible()
    click(qtbot, ask.ok_button)  # no reason: refused
    assert ask.message.isVisible() and ask.isVisible()
    ask.note.insertPlainText("老板出差")
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, ask.ok_button)
    cancelled = visits.load(visit_id)
    assert cancelled.status == "cancelled" and cancelled.cancel_reason == "老板出差"


# --- photos, a done visit, a new visit from the calendar, Today's rows ------------------------


def drag_files(target: QWidget, pos: QPoint, paths: list[Path]) -> bool:
    """Drag ``paths`` from a file manager over ``target`` at ``pos`` and drop them there."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    copy, left = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    none = Qt.KeyboardModifier.NoModifier
    try:  # PySide6 6.12 takes a QPointF, earlier versions a QPoint
        enter = QDragEnterEvent(QPointF(pos), copy, mime, left, none)
        at_pos: QPoint | QPointF = QPointF(pos)
    except TypeError:
        enter = QDragEnterEvent(pos, copy, mime, left, none)
        at_pos = pos
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    move = QDragMoveEvent(at_pos, copy, mime, left, none)
    QApplication.sendEvent(target, move)
    if not move.isAccepted():
        return False
    drop = QDropEvent(at_pos, copy, mime, left, none)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def test_photos_dropped_on_a_new_visit_are_kept_with_it(
    qtbot: QtBot, window: MainWindow, visits: VisitService, customer_id: str, tmp_path: Path
) -> None:
    from PIL import Image

    photo = tmp_path / "车间.jpg"
    Image.new("RGB", (640, 480), (120, 160, 200)).save(photo, "JPEG")
    bad = tmp_path / "notes.txt"
    bad.write_text("not a photo")
    assert window.visit_actions is not None
    dialog = window.visit_actions.log_visit(customer_id)
    qtbot.waitUntil(lambda: dialog.ready)
    dialog.tabs.setCurrentIndex(TAB_FILES)
    panel = dialog.files
    assert drag_files(panel, panel.rect().center(), [photo])
    qtbot.waitUntil(lambda: panel.files.count() == 1)
    qtbot.waitUntil(lambda: panel.files.pending == 0)  # the thumbnail is drawn
    assert drag_files(panel, panel.rect().center(), [bad])
    qtbot.waitUntil(lambda: panel.message.isVisible())  # refused, said at the files
    assert panel.files.count() == 1
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.complete_button)
    (visit,) = visits.list(customer_id)
    view = visits.load(visit.id)
    assert [p.original_name for p in view.photos] == ["车间.jpg"]

    # on the visit's own dialog the photo is there; another one is stored at once
    reopened = window.visit_actions.open_visit(visit.id)
    qtbot.waitUntil(lambda: reopened.ready and reopened.files.files.count() == 1)
    assert not reopened.complete_button.isVisible()  # done
    assert not reopened.signals.boxes["production_cut"].isEnabled()
    second = tmp_path / "仓库.png"
    Image.new("RGB", (300, 200), (200, 180, 120)).save(second)
    assert drag_files(reopened.files, reopened.files.rect().center(), [second])
    qtbot.waitUntil(lambda: reopened.files.files.count() == 2)
    assert len(visits.load(visit.id).photos) == 2
    reopened.close()


def saved_photo(tmp_path: Path, name: str, colour: tuple[int, int, int]) -> Path:
    from PIL import Image

    photo = tmp_path / name
    Image.new("RGB", (320, 240), colour).save(photo, "JPEG")
    return photo


def select_file(qtbot: QtBot, dialog: VisitDialog, row: int) -> None:
    """Click the photo on ``row`` of the Photos tab."""
    dialog.tabs.setCurrentIndex(TAB_FILES)
    shown = dialog.files.files
    click(qtbot, shown.viewport(), shown.visualItemRect(shown.item(row)).center())
    assert dialog.files.remove_button.isEnabled()


def test_removing_a_saved_photo_holds_the_buttons_until_it_is_done(
    qtbot: QtBot, window: MainWindow, visits: VisitService, customer_id: str, tmp_path: Path
) -> None:
    visit_id = visits.plan(VisitInput(customer_id, "renewal", at(local_today(), 14)))
    visits.add_photos(visit_id, [saved_photo(tmp_path, "门头.jpg", (30, 60, 90))])
    assert window.visit_actions is not None
    dialog = window.visit_actions.open_visit(visit_id)
    qtbot.waitUntil(lambda: dialog.ready and dialog.files.files.count() == 1)
    buttons = (dialog.save_button, dialog.complete_button, dialog.cancel_visit_button)
    assert all(b.isVisible() and b.isEnabled() for b in buttons)
    select_file(qtbot, dialog, 0)
    with qtbot.waitSignal(dialog.files_shown):
        click(qtbot, dialog.files.remove_button)
        # on its way, as while a dropped photo is stored: nothing else may be sent
        assert not any(b.isEnabled() for b in buttons)
    assert dialog.files.files.count() == 0 and visits.load(visit_id).photos == ()
    assert all(b.isEnabled() for b in buttons)  # done: usable again
    dialog.close()
    assert not dialog.isVisible()


def test_removing_a_photo_while_another_is_stored_leaves_the_buttons_usable(
    qtbot: QtBot, window: MainWindow, visits: VisitService, customer_id: str, tmp_path: Path
) -> None:
    from app.visits.service import VisitOutcome

    today = local_today()
    visit_id = visits.record(
        VisitInput(customer_id, "first_contact", None), VisitOutcome(at(today, 9), at(today, 10))
    ).visit_id
    visits.add_photos(visit_id, [saved_photo(tmp_path, "车间.jpg", (120, 160, 200))])
    assert window.visit_actions is not None
    dialog = window.visit_actions.open_visit(visit_id)
    qtbot.waitUntil(lambda: dialog.ready and dialog.files.files.count() == 1)
    assert dialog.status == "done" and dialog.save_button.isEnabled()
    shown: list[int] = []
    dialog.files_shown.connect(lambda: shown.append(dialog.files.files.count()))
    select_file(qtbot, dialog, 0)
    second = saved_photo(tmp_path, "仓库.jpg", (200, 180, 120))
    assert drag_files(dialog.files, dialog.files.rect().center(), [second])  # stored at once
    click(qtbot, dialog.files.remove_button)  # the first one goes while the second is stored
    assert not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: len(shown) == 2)  # both answered, the removal last
    assert shown == [2, 1]
    assert [p.original_name for p in visits.load(visit_id).photos] == ["仓库.jpg"]
    assert dialog.save_button.isEnabled() and dialog.ics_button.isEnabled()
    dialog.close()
    assert not dialog.isVisible()


def test_a_done_visit_takes_changed_notes_and_a_new_follow_up(
    qtbot: QtBot, profile: Profile, window: MainWindow, visits: VisitService, customer_id: str
) -> None:
    from app.visits.service import VisitOutcome

    today = local_today()
    visit_id = visits.record(
        VisitInput(customer_id, "first_contact", None, notes="初访"),
        VisitOutcome(at(today, 9), at(today, 10)),
    ).visit_id
    assert window.visit_actions is not None
    dialog = window.visit_actions.open_visit(visit_id)
    qtbot.waitUntil(lambda: dialog.ready)
    assert dialog.status == "done" and not dialog.visit_type.isEnabled()
    type_notes(dialog, "，已约下周尽调")
    dialog.tabs.setCurrentIndex(TAB_FOLLOW_UPS)
    click(qtbot, dialog.follow_ups.add_button)
    click(qtbot, dialog.save_button)  # a follow-up without a title is refused
    assert dialog.isVisible() and dialog.follow_ups.message.isVisible()
    dialog.follow_ups.rows[0].title.insert("准备尽调清单")
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    view = visits.load(visit_id)
    assert view.notes == "初访，已约下周尽调"
    assert [f.title for f in view.follow_ups] == ["准备尽调清单"]
    assert FollowUpService(profile.database, "rm01").list(customer_id)[0].visit_id == visit_id


def test_double_click_an_empty_slot_plans_a_visit_for_a_customer_to_choose(
    qtbot: QtBot, window: MainWindow, visits: VisitService, customer_id: str
) -> None:
    window.show_page("visits")
    page = window.visits_page
    calendar = page.calendar
    assert calendar is not None
    qtbot.waitUntil(lambda: not page._stale)
    day = calendar.days()[2]
    QTest.mouseDClick(
        calendar,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        calendar.slot_point(day, 15, 30),
    )
    dialog = opened_dialog(qtbot, window)
    assert dialog._time(dialog.planned_start) == at(day, 15, 30)
    click(qtbot, dialog.save_button)  # no customer yet
    assert dialog.messages["customer"].isVisible()
    picker = dialog.picker
    assert picker is not None
    qtbot.waitUntil(lambda: picker.results.count() == 1)  # type: ignore[attr-defined]
    picker.choose_row(0)  # type: ignore[attr-defined]
    assert dialog.customer_id == customer_id
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)
    (visit,) = visits.list(customer_id)
    assert visit.planned_start == at(day, 15, 30) and visit.status == "planned"
    qtbot.waitUntil(lambda: calendar.block_rect(visit.id) is not None)


def test_today_rows_open_what_they_name_and_the_alert_history(
    qtbot: QtBot, profile: Profile, window: MainWindow, visits: VisitService, customer_id: str
) -> None:
    from app.visits.service import VisitOutcome

    today = local_today()
    visits.record(
        VisitInput(customer_id, "first_contact", None),
        VisitOutcome(at(today, 9), signals={"owner_unreachable": "电话关机"}),
    )
    planned = visits.plan(VisitInput(customer_id, "renewal", at(today, 16)))
    window.show_page("today")
    board = window.today.board
    qtbot.waitUntil(lambda: board.alerts.list.topLevelItemCount() == 1)
    qtbot.waitUntil(lambda: board.visits.list.topLevelItemCount() == 2)
    alert_row = board.alerts.list.topLevelItem(0)
    assert alert_row.text(0) == "严重"  # critical, in the UI language
    board.alerts.list.setCurrentItem(alert_row)
    click(qtbot, board.open_alert_button)
    profile_dialog = window.customer_actions._profiles[customer_id]
    bar = profile_dialog.view.alerts_bar
    assert bar is not None
    qtbot.waitUntil(lambda: len(bar.alerts) == 1)
    click(qtbot, bar.history_button)
    assert window.visit_actions is not None
    history = window.visit_actions.last_history
    assert history is not None
    qtbot.waitUntil(lambda: history.list.topLevelItemCount() == 1)
    assert "电话关机" in history.list.topLevelItem(0).text(4)
    history.close()
    profile_dialog.close()

    row = next(
        board.visits.list.topLevelItem(i)
        for i in range(2)
        if board.visits.list.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole).id == planned
    )
    rect = board.visits.list.visualItemRect(row)
    click(qtbot, board.visits.list.viewport(), rect.center())
    qtbot.mouseDClick(board.visits.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = opened_dialog(qtbot, window)
    assert dialog.visit_id == planned
    dialog.close()
    assert 0 < window.today._midnight.remainingTime() <= 24 * 3600 * 1000 + 1000
