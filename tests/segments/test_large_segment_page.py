"""A segment of 1,500 prospects on the Segments page: pages, "Select eligible", one batch."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select, text

from app.attachment_store import AttachmentStore
from app.profile import Profile
from app.segment_prospects import SegmentProspects
from app.segment_service import SegmentService
from app.segments import SegmentInput
from db.changes import ChangeEvent
from db.models import Application, OutboxEntry
from tests.segments.support import bulk_prospects
from tests.segments.test_segments_page import click
from ui.i18n import Translations
from ui.segments import page as page_module
from ui.segments.page import SegmentsPage
from ui.segments.prospects import PAGE_SIZE

TODAY = date(2026, 11, 20)
SEGMENT = "永康五金产业集群"
PROSPECTS = 1_500
#: Eligible prospects without an open application, counted straight from the file.
SELECTABLE_SQL = """
SELECT count(*) FROM customers c
WHERE c.deleted_at IS NULL AND c.segment = :segment AND c.eligible = 1
  AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.customer_id = c.id
                  AND a.deleted_at IS NULL
                  AND a.status IN ('draft', 'ready', 'submitted', 'more_documents'))
"""


@pytest.fixture
def page(qtbot: QtBot, profile: Profile) -> Iterator[SegmentsPage]:
    """The page on a segment of 1,500 prospects, three of them with an open application."""
    service = SegmentService(
        profile.database, profile.actor, AttachmentStore(profile.paths.attachments)
    )
    segment_id = service.save(
        SegmentInput(SEGMENT, "industrial_cluster", default_product_code="short_term_credit",
                     default_amount=Decimal("500000"), default_term_months=12)
    )  # fmt: skip
    bulk_prospects(profile.database, profile.actor, SEGMENT, PROSPECTS)
    early = SegmentProspects(profile.database).eligible_ids(segment_id)[:3]
    assert len(service.create_applications(segment_id, early).created) == 3
    shown = SegmentsPage(today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.attach(profile.database, profile.actor, AttachmentStore(profile.paths.attachments))
    shown.resize(1000, 700)
    with qtbot.waitSignal(shown.loaded, timeout=20_000):
        shown.show()
    yield shown
    shown.close()


def selectable(profile: Profile) -> int:
    with profile.database.reading() as session:
        return int(session.execute(text(SELECTABLE_SQL), {"segment": SEGMENT}).scalar_one())


def check_state(page: SegmentsPage, row: int) -> Qt.CheckState:
    value = page.model.data(page.model.index(row, 0), Qt.ItemDataRole.CheckStateRole)
    assert isinstance(value, Qt.CheckState)
    return value


def test_one_page_shows_scrolling_fetches_more_and_a_batch_covers_the_unloaded(
    qtbot: QtBot, page: SegmentsPage, profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = page.model
    assert model.total == PROSPECTS and model.rowCount() == PAGE_SIZE
    assert str(PROSPECTS) in page.classification.text()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE, timeout=10_000)

    # "Select eligible" ticks every eligible prospect without an open application,
    # the 1,100 not loaded yet too, and the label says how many.
    expected = selectable(profile)
    assert 900 < expected < PROSPECTS
    click(qtbot, page.eligible_button)
    assert model.selected_count == expected
    label = page.prospect_panel.selection_label.text()
    assert label == f"{expected} selected / {expected} eligible without an open application"
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 3 * PAGE_SIZE, timeout=10_000)
    new_rows = [model.row_at(i) for i in range(2 * PAGE_SIZE, 3 * PAGE_SIZE)]
    for offset, row in enumerate(new_rows):
        ticked = check_state(page, 2 * PAGE_SIZE + offset) == Qt.CheckState.Checked
        assert ticked == (row.eligible is True and row.open_application is None), row.name

    # Untick one by hand: one fewer, everywhere.
    ticked_rows = [
        i for i in range(model.rowCount()) if check_state(page, i) == Qt.CheckState.Checked
    ]
    page.table.setFocus()
    page.table.setCurrentIndex(model.index(ticked_rows[0], 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert check_state(page, ticked_rows[0]) == Qt.CheckState.Unchecked
    assert model.selected_count == expected - 1
    assert page.prospect_panel.selection_label.text().startswith(f"{expected - 1} selected")

    asked: list[str] = []

    def confirm(_parent: QWidget, _title: str, question: str) -> bool:
        asked.append(question)
        return True

    monkeypatch.setattr(page_module, "ask_confirmation", confirm)
    commits: list[ChangeEvent] = []
    unsubscribe = profile.database.bus.subscribe(commits.append)
    try:
        with qtbot.waitSignal(page.batch_done, timeout=120_000) as done:
            click(qtbot, page.create_button)
    finally:
        unsubscribe()
    assert f"Create {expected - 1} draft applications" in asked[0]
    result = done.args[0]
    assert (len(result.created), len(result.skipped)) == (expected - 1, 0)
    assert [c for c in commits if "applications" in c.tables] == commits and len(commits) == 1
    with profile.database.reading() as session:
        created = session.scalar(select(func.count()).select_from(Application))
        entries = session.scalar(
            select(func.count())
            .select_from(OutboxEntry)
            .where(OutboxEntry.entity == "applications")
        )
    assert created == entries == 3 + expected - 1
    assert selectable(profile) == 1  # the one unticked
    qtbot.waitUntil(lambda: page.summary is not None and page.summary.selectable == 1)
    assert model.selected_count == 0 and not page.create_button.isEnabled()


def test_grab_a_large_segment_in_chinese_and_english(
    qtbot: QtBot, page: SegmentsPage, profile: Profile, qapp: QApplication, tmp_path: Path
) -> None:
    translations = Translations()
    expected = selectable(profile)
    click(qtbot, page.eligible_button)
    try:
        for language, tab in (("zh_CN", "目标客户"), ("en", "Prospects")):
            assert translations.apply(language), "compile the translations (make translations)"
            QCoreApplication.processEvents()
            assert page.detail_tabs.tabText(0) == tab
            assert f"{expected}" in page.prospect_panel.selection_label.text()
            shot = tmp_path / f"segments-large-{language}.png"
            assert page.grab().save(str(shot))
    finally:
        translations.apply("en")


def test_another_segment_shows_its_own_prospects_and_drops_the_ticks(
    qtbot: QtBot, page: SegmentsPage, profile: Profile
) -> None:
    click(qtbot, page.eligible_button)
    assert page.model.selected_count > 900
    service = page.service
    assert service is not None
    service.save(SegmentInput("县域茶叶", "county_industry"))
    bulk_prospects(profile.database, profile.actor, "县域茶叶", 12)
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.refresh()
    assert page.model.selected_count > 900  # the same segment: the ticks stay
    row = next(i for i, s in enumerate(page.segment_list.segments) if s.name == "县域茶叶")
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.segment_list.setCurrentRow(row)
    assert page.current is not None and page.current.name == "县域茶叶"
    assert page.model.total == page.model.rowCount() == 12
    assert page.model.selected_count == 0 and not page.create_button.isEnabled()
    assert page.prospect_panel.selection_label.text().startswith("0 selected")


def test_a_segment_deleted_elsewhere_leaves_the_page_empty_not_broken(
    qtbot: QtBot, page: SegmentsPage
) -> None:
    service, current = page.service, page.current
    assert service is not None and current is not None
    service.delete(current.id)  # as a sync from another laptop would
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.mark_stale()
    assert page.current is None and page.segment_list.count() == 0
    assert page.model.rowCount() == 0 and page.model.selected_count == 0
    assert "No segments yet" in page.status.text()
    assert not page.eligible_button.isEnabled() and not page.import_button.isEnabled()
