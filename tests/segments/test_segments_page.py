"""The Segments page, driven like an RM: create a segment, import prospects, batch-create."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.attachment_store import AttachmentStore
from app.profile import Profile
from db.models import Application, Customer
from tests.segments.support import prospect_rows, write_csv, write_xlsx
from ui.segments import page as page_module
from ui.segments.dialogs import PlanDialog, SegmentDialog
from ui.segments.page import PlanCard, SegmentsPage

TODAY = date(2026, 11, 20)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


@pytest.fixture
def page(qtbot: QtBot, profile: Profile) -> Iterator[SegmentsPage]:
    shown = SegmentsPage(today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.attach(profile.database, profile.actor, AttachmentStore(profile.paths.attachments))
    shown.resize(800, 600)
    with qtbot.waitSignal(shown.loaded, timeout=20_000):
        shown.show()
    yield shown
    shown.close()


def ok(dialog: QWidget) -> QPushButton:
    button = dialog.buttons.button(dialog.buttons.StandardButton.Ok)  # type: ignore[attr-defined]
    assert isinstance(button, QPushButton)
    return button


def create_segment(qtbot: QtBot, page: SegmentsPage) -> None:
    click(qtbot, page.new_button)
    dialog = page.dialog
    assert isinstance(dialog, SegmentDialog)
    assert not dialog.core_name_edit.isEnabled()  # only a supply chain has a core enterprise
    # Bad input first: a message at the form, and nothing typed is lost.
    dialog.region_edit.insert("金华永康")  # typed through the IME
    qtbot.keyClicks(dialog.amount_edit, "fifty")
    click(qtbot, ok(dialog))
    assert dialog.isVisible()
    assert "万元" in dialog.message.text()
    dialog.amount_edit.clear()
    qtbot.keyClicks(dialog.amount_edit, "50")
    click(qtbot, ok(dialog))
    assert dialog.isVisible() and dialog.message.text()  # the name is missing
    assert dialog.region_edit.text() == "金华永康"
    dialog.name_edit.insert("永康五金产业集群")
    dialog.type_combo.setCurrentIndex(dialog.type_combo.findData("industrial_cluster"))
    dialog.product_combo.setCurrentIndex(dialog.product_combo.findData("short_term_credit"))
    assert "10" in dialog.checklist_label.toPlainText()
    dialog.term_spin.setValue(12)
    dialog.controls_edit.insertPlainText("核心企业担保")
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        click(qtbot, ok(dialog))
    assert not dialog.isVisible()


def test_create_import_select_and_create_applications(
    qtbot: QtBot, page: SegmentsPage, profile: Profile, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    assert not page.import_button.isEnabled()
    assert page.status.isVisibleTo(page) and "New segment" in page.status.text()
    create_segment(qtbot, page)
    assert not page.status.isVisibleTo(page)
    assert page.segment_list.count() == 1
    assert page.current is not None and page.current.name == "永康五金产业集群"
    assert "500,000" not in page.info.text() and "50.00" in page.info.text()

    # Import the prospect list with the batch import dialog.
    click(qtbot, page.import_button)
    dialog = page.import_dialog
    assert dialog is not None
    assert dialog.segment_edit.text() == "永康五金产业集群" and dialog.segment_edit.isReadOnly()
    dialog.load_file(write_xlsx(tmp_path / "prospects.xlsx", prospect_rows()))
    qtbot.waitUntil(lambda: dialog.table is not None)
    click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        click(qtbot, dialog.import_button)
    dialog.close()
    assert page.model.rowCount() == 5
    text = page.classification.text()
    assert "5" in text and page.summary is not None
    assert (page.summary.eligible, page.summary.not_eligible, page.summary.unknown) == (3, 1, 1)

    # Select the eligible and create their applications in one step.
    assert not page.create_button.isEnabled()
    click(qtbot, page.eligible_button)
    assert page.model.selected_count == 3
    assert page.prospect_panel.selection_label.text().startswith("3 ")
    # Also tick the ineligible one by hand: it is skipped, with the reason.
    rows = [page.model.row_at(i) for i in range(page.model.rowCount())]
    row = next(i for i, r in enumerate(rows) if r.eligible is False)
    page.model.setData(
        page.model.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    asked: list[str] = []

    def confirm(_parent: QWidget, _title: str, text: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(page_module, "ask_confirmation", confirm)
    with qtbot.waitSignal(page.batch_done, timeout=30_000) as done:
        click(qtbot, page.create_button)
    assert "4" in asked[0]
    result = done.args[0]
    assert (len(result.created), len(result.skipped)) == (3, 1)
    assert page.result_box is not None
    assert "丁五金0" in page.result_box.detailedText()
    qtbot.waitUntil(
        lambda: all(
            r.open_application
            for r in map(page.model.row_at, range(page.model.rowCount()))
            if r.eligible
        )
    )
    assert page.model.selected_count == 0
    with profile.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(Application)) == 3
        assert set(session.scalars(select(Customer.segment))) == {"永康五金产业集群"}

    # A plan for the quarter, with targets against actuals.
    click(qtbot, page.new_plan_button)
    plan_dialog = page.dialog
    assert isinstance(plan_dialog, PlanDialog)
    assert plan_dialog.quarter_edit.text() == "2026Q4"
    plan_dialog.visits_spin.setValue(10)
    plan_dialog.applications_spin.setValue(4)
    plan_dialog.amount_edit.clear()
    qtbot.keyClicks(plan_dialog.amount_edit, "200")
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        click(qtbot, ok(plan_dialog))
    cards = page.plan_cards.findChildren(PlanCard)
    assert len(cards) == 1
    assert cards[0].bars[0].format() == "0 / 10"
    assert cards[0].bars[2].format() == "0.00 / 200.00"
    assert page.overview_table.rowCount() == 1
    assert "2" in page.coverage.text()  # one plan: the bank asks for two a quarter


def test_a_second_plan_for_the_quarter_is_refused_at_the_form(
    qtbot: QtBot, page: SegmentsPage, tmp_path: Path
) -> None:
    create_segment(qtbot, page)
    for attempt in range(2):
        click(qtbot, page.new_plan_button)
        dialog = page.dialog
        assert isinstance(dialog, PlanDialog)
        if attempt == 0:
            with qtbot.waitSignal(page.loaded, timeout=20_000):
                click(qtbot, ok(dialog))
        else:
            click(qtbot, ok(dialog))
            assert dialog.isVisible()
            assert "2026Q4" in dialog.message.text()
            dialog.reject()


def test_a_csv_import_and_grab_in_both_languages(
    qtbot: QtBot, page: SegmentsPage, tmp_path: Path, qapp: QApplication
) -> None:
    create_segment(qtbot, page)
    service = page.service
    assert service is not None and page.current is not None
    service.import_file(page.current.id, write_csv(tmp_path / "p.csv", prospect_rows()))
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.refresh()
    assert page.model.rowCount() == 5
    page.grab().save(str(tmp_path / "segments-en.png"))
    assert QCoreApplication.translate("Segment", "Supply chain")


def test_a_branch_manager_reads_an_rms_segments_and_plans_but_changes_nothing(
    qtbot: QtBot, profile: Profile, tmp_path: Path
) -> None:
    from decimal import Decimal

    from app.segment_plan_service import PlanService
    from app.segment_plans import PlanInput
    from app.segment_service import SegmentService
    from app.segments import SegmentInput
    from app.sync.credentials import save_role

    rm = SegmentService(profile.database, "rm01")
    segment_id = rm.save(SegmentInput(name="义乌小商品市场", segment_type="commodity_market"))
    rm.import_file(segment_id, write_csv(tmp_path / "p.csv", prospect_rows()))
    PlanService(profile.database, "rm01").save(
        PlanInput(segment_id, "2026Q4", 10, 4, Decimal("1000000"))
    )
    save_role(profile.database, "branch_manager", "hz01")
    shown = SegmentsPage(today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.attach(profile.database, "mgr01")
    with qtbot.waitSignal(shown.loaded, timeout=20_000):
        shown.show()
    assert shown.read_only and shown.model.rowCount() == 5
    for button in (
        shown.new_button,
        shown.edit_button,
        shown.import_button,
        shown.eligible_button,
        shown.new_plan_button,
        shown.edit_plan_button,
    ):
        assert not button.isEnabled(), button.objectName()  # fmt: skip
    assert not shown.model.flags(shown.model.index(0, 0)) & Qt.ItemFlag.ItemIsUserCheckable
    assert "rm01" in shown.info.text()
    assert [p.owner for p in shown.overview] == ["rm01"]
    assert shown.overview_table.rowCount() == 1
