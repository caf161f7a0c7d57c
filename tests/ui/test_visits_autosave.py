"""A visit log autosaves as a draft while open, offers it back, and forgets it once saved."""
# ruff: noqa: F811  (fixtures shared with test_visits are imported, then requested by name)

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from app.drafts import DraftStore
from app.profile import Profile
from app.visits.service import VisitInput, VisitService
from app.visits.times import local_today
from tests.ui.test_visits import (  # noqa: F401  (fixtures)
    NOTES,
    at,
    click,
    customer_id,
    drag_files,
    type_notes,
    visits,
    window,
)
from ui.main_window import MainWindow
from ui.visits.actions import VisitActions
from ui.visits.visit_tabs import TAB_FILES, TAB_SIGNALS

TYPED = "现场看了水电表，用电量与产量相符。"


@pytest.fixture(autouse=True)
def quick_autosave(monkeypatch: pytest.MonkeyPatch) -> None:
    """Save 50 ms after typing (the app waits 2 s), every 200 ms while typing goes on."""
    monkeypatch.setattr("ui.visits.autosave.DEBOUNCE_MS", 50)
    monkeypatch.setattr("ui.visits.autosave.PERIOD_MS", 200)


def actions_of(window: MainWindow) -> VisitActions:
    assert window.visit_actions is not None
    return window.visit_actions


def test_typing_is_autosaved_and_thrown_away_on_close(
    qtbot: QtBot, profile: Profile, window: MainWindow, customer_id: str
) -> None:
    dialog = actions_of(window).log_visit(customer_id)
    qtbot.waitUntil(lambda: dialog.ready)
    drafts = DraftStore(profile.database)
    assert drafts.list("visit") == []  # opening is not worth a draft
    with qtbot.waitSignal(dialog.autosaver.saved, check_params_cb=lambda p: TYPED in p["notes"]):
        type_notes(dialog, TYPED)
    (draft,) = drafts.list("visit")
    assert draft.key == dialog.autosaver.key and draft.key.startswith("visit:new:")
    assert draft.payload["customer_id"] == customer_id and TYPED in draft.payload["notes"]

    dialog.reject()  # Esc or the window's close button: asks first
    box = dialog.message_box
    assert isinstance(box, QMessageBox) and box.isVisible() and dialog.isVisible()
    throw = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.DestructiveRole)
    click(qtbot, throw)
    qtbot.waitUntil(lambda: not drafts.list("visit"))


def test_a_draft_left_behind_is_offered_and_restored(
    qtbot: QtBot, profile: Profile, window: MainWindow, customer_id: str
) -> None:
    drafts = DraftStore(profile.database)
    first = actions_of(window).log_visit(customer_id)
    qtbot.waitUntil(lambda: first.ready)
    with qtbot.waitSignal(first.autosaver.saved, check_params_cb=lambda p: TYPED in p["notes"]):
        type_notes(first, TYPED)
    first.autosaver.stop()  # as if the program died here
    first.hide()
    first.deleteLater()

    again = actions_of(window).log_visit(customer_id)
    qtbot.waitUntil(lambda: again.ready)
    assert again.banner.isVisible() and TYPED not in again.notes.toPlainText()
    click(qtbot, again.restore_button)
    assert TYPED in again.notes.toPlainText() and not again.banner.isVisible()
    (draft,) = drafts.list("visit")
    assert again.autosaver.key == draft.key  # the same draft, not a second one
    with qtbot.waitSignal(again.saved):
        click(qtbot, again.save_button)
    qtbot.waitUntil(lambda: not drafts.list("visit"))


def test_checks_and_signals_of_a_saved_plan_wait_as_a_draft_of_the_visit(
    qtbot: QtBot, profile: Profile, window: MainWindow, customer_id: str, visits: VisitService
) -> None:
    dialog = actions_of(window).log_visit(customer_id)
    qtbot.waitUntil(lambda: dialog.ready)
    dialog.tabs.setCurrentIndex(TAB_SIGNALS)
    box = dialog.signals.boxes["key_staff_leaving"]
    click(qtbot, box, QPoint(8, box.height() // 2))
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)  # a plan: signals count once the visit is done
    (visit,) = visits.list(customer_id)
    assert visit.status == "planned"
    reopened = actions_of(window).open_visit(visit.id)
    qtbot.waitUntil(lambda: reopened.ready)
    assert reopened.banner.isVisible()
    click(qtbot, reopened.restore_button)
    assert reopened.signals.boxes["key_staff_leaving"].isChecked()
    with qtbot.waitSignal(reopened.saved):
        click(qtbot, reopened.complete_button)
    assert visits.load(visit.id).signals == ("key_staff_leaving",)
    qtbot.waitUntil(lambda: DraftStore(profile.database).list("visit") == [])


def test_photos_of_a_saved_plan_are_stored_once_even_when_its_draft_is_restored(
    qtbot: QtBot,
    profile: Profile,
    window: MainWindow,
    customer_id: str,
    visits: VisitService,
    tmp_path: Path,
) -> None:
    photo = tmp_path / "仓库.jpg"
    Image.new("RGB", (320, 240), (90, 140, 60)).save(photo, "JPEG")
    dialog = actions_of(window).log_visit(customer_id)
    qtbot.waitUntil(lambda: dialog.ready)
    dialog.tabs.setCurrentIndex(TAB_FILES)
    assert drag_files(dialog.files, dialog.files.rect().center(), [photo])
    qtbot.waitUntil(lambda: dialog.files.files.count() == 1)
    dialog.tabs.setCurrentIndex(TAB_SIGNALS)
    box = dialog.signals.boxes["key_staff_leaving"]
    click(qtbot, box, QPoint(8, box.height() // 2))
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, dialog.save_button)  # the photo is stored, the signal waits as a draft
    (visit,) = visits.list(customer_id)
    assert len(visits.load(visit.id).photos) == 1

    reopened = actions_of(window).open_visit(visit.id)
    qtbot.waitUntil(lambda: reopened.ready)
    click(qtbot, reopened.restore_button)
    assert reopened.signals.boxes["key_staff_leaving"].isChecked()
    with qtbot.waitSignal(reopened.saved):
        click(qtbot, reopened.complete_button)
    assert [p.original_name for p in visits.load(visit.id).photos] == ["仓库.jpg"]


def test_a_draft_of_a_planned_visit_comes_back_when_it_is_opened(
    qtbot: QtBot, profile: Profile, window: MainWindow, customer_id: str, visits: VisitService
) -> None:
    visit_id = visits.plan(VisitInput(customer_id, "renewal", at(local_today(), 9)))
    dialog = actions_of(window).open_visit(visit_id)
    qtbot.waitUntil(lambda: dialog.ready)
    assert not dialog.banner.isVisible()
    with qtbot.waitSignal(dialog.autosaver.saved, check_params_cb=lambda p: NOTES in p["notes"]):
        type_notes(dialog, NOTES)
    assert DraftStore(profile.database).load(f"visit:{visit_id}") is not None
    dialog.autosaver.stop()  # gone without a word, as after a crash
    dialog.hide()
    dialog.deleteLater()

    again = actions_of(window).open_visit(visit_id)
    qtbot.waitUntil(lambda: again.ready)
    assert again.banner.isVisible()
    click(qtbot, again.drop_draft_button)
    qtbot.waitUntil(lambda: DraftStore(profile.database).load(f"visit:{visit_id}") is None)
    assert NOTES not in again.notes.toPlainText()
    start = again._time(again.planned_start)
    assert start == at(local_today(), 9) and again._time(again.planned_end) - start == timedelta(
        minutes=120
    )
    again.close()  # nothing typed: closes without asking
    assert not again.isVisible()


def test_a_visit_that_failed_to_load_closes_without_asking_unless_typed_in(
    qtbot: QtBot, profile: Profile, window: MainWindow, customer_id: str, visits: VisitService
) -> None:
    visit_id = visits.plan(VisitInput(customer_id, "renewal", at(local_today(), 9)))
    visits.delete(visit_id)  # gone meanwhile (as after a sync), still listed somewhere
    dialog = actions_of(window).open_visit(visit_id)
    qtbot.waitUntil(lambda: dialog.ready)
    assert dialog.heading.text() == "此拜访已不存在。"  # This visit no longer exists.
    assert not dialog.save_button.isEnabled()
    click(qtbot, dialog.close_button)  # nothing typed: closes without asking
    assert dialog.message_box is None and not dialog.isVisible()

    again = actions_of(window).open_visit(visit_id)
    qtbot.waitUntil(lambda: again.ready)
    type_notes(again, TYPED)
    click(qtbot, again.close_button)  # typed after the failure: asks first
    box = again.message_box
    assert isinstance(box, QMessageBox) and box.isVisible() and again.isVisible()
    keep = next(b for b in box.buttons() if box.buttonRole(b) == box.ButtonRole.RejectRole)
    click(qtbot, keep)
    assert again.isVisible() and TYPED in again.notes.toPlainText()
    again.message_box = None
    click(qtbot, again.close_button)
    throw = again.message_box
    assert isinstance(throw, QMessageBox)
    destructive = throw.ButtonRole.DestructiveRole
    click(qtbot, next(b for b in throw.buttons() if throw.buttonRole(b) == destructive))
    assert not again.isVisible()


def test_a_draft_survives_a_visit_that_could_not_be_read_this_time(
    qtbot: QtBot,
    profile: Profile,
    window: MainWindow,
    customer_id: str,
    visits: VisitService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    visit_id = visits.plan(VisitInput(customer_id, "renewal", at(local_today(), 9)))
    drafts = DraftStore(profile.database)
    drafts.save(f"visit:{visit_id}", "visit", {"visit_id": visit_id, "notes": TYPED})  # a crash
    actions = actions_of(window)
    real = actions.load_context

    def unreadable(customer: str | None, visit: str | None) -> Callable[[], object]:
        def read() -> object:
            raise OSError("disk busy")

        return read

    monkeypatch.setattr(actions, "load_context", unreadable)
    dialog = actions.open_visit(visit_id)
    qtbot.waitUntil(lambda: dialog.ready)
    assert not dialog.save_button.isEnabled()
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    assert drafts.load(f"visit:{visit_id}") is not None  # kept for the next opening

    monkeypatch.setattr(actions, "load_context", real)
    again = actions.open_visit(visit_id)
    qtbot.waitUntil(lambda: again.ready)
    assert again.banner.isVisible()
    click(qtbot, again.restore_button)
    assert TYPED in again.notes.toPlainText()
