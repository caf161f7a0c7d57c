"""The dashboard page: loads in the background, draws its charts, exports them to .xlsx."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import ClassVar

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

from app.customer_profile import CustomerProfile
from app.customers import CustomerService
from app.profile import Profile
from tests.app.test_rm_dashboard import TODAY, Book, book  # noqa: F401  (the fixture)
from ui.pages.dashboard import DashboardPage

SHEETS = [
    "Pipeline",
    "By enterprise size",
    "By industry",
    "By segment",
    "Activity",
    "Month 2026-11",
]


@pytest.fixture
def page(qtbot: QtBot, profile: Profile, book: Book) -> DashboardPage:  # noqa: F811
    shown = DashboardPage(today=lambda: TODAY)
    qtbot.addWidget(shown)
    shown.attach(profile.database, "rm01")
    shown.resize(1000, 700)
    with qtbot.waitSignal(shown.loaded, timeout=20_000):
        shown.show()
    return shown


def test_the_page_loads_in_the_background_and_draws_the_charts(page: DashboardPage) -> None:
    view = page.view
    funnel = [(b.label, b.value, b.text) for b in view.funnel_chart.bars]
    assert funnel[0] == ("Draft", 4_000_000.0, "2 · 400.00")
    assert funnel[-1] == ("Disbursed", 8_000_000.0, "1 · 800.00")
    assert len(funnel) == 8
    assert [b.label for b in view.size_chart.bars] == ["Small", "Micro", "Size not known"]
    assert [b.label for b in view.segment_chart.bars] == [
        "五金产业集群",
        "专业市场商户",
        "No segment",
    ]
    assert view.industry_chart.bars[0].label == "C Manufacturing"
    for chart in (view.funnel_chart, view.size_chart, view.segment_chart, view.industry_chart):
        assert chart.isVisible() and chart.height() >= chart.sizeHint().height()
        assert not chart.grab().toImage().isNull()
    assert view.tiles["overdue"].value.text() == "2"
    assert view.tiles["inspections"].value.text() == "2"
    assert view.month_tiles["approval"].value.text() == "66.7%"
    assert view.month_tiles["median"].value.text() == "3.5"
    assert page.export_button.isEnabled()
    assert page.status.text().startswith("Updated")


def test_export_writes_one_sheet_per_chart_with_the_numbers(
    page: DashboardPage, tmp_path: Path
) -> None:
    written = page.export_to(tmp_path / "dashboard.xlsx")
    assert written is not None and written.exists()
    workbook = load_workbook(written)
    assert workbook.sheetnames == SHEETS
    pipeline = list(workbook["Pipeline"].iter_rows(values_only=True))
    assert pipeline[0] == ("Stage", "Applications", "Amount (10k CNY)")
    assert pipeline[1] == ("Draft", 2, 400)
    assert pipeline[4] == ("Under review", 2, 1000)
    assert len(pipeline) == 9
    size = list(workbook["By enterprise size"].iter_rows(values_only=True))
    assert size[0] == ("Size", "Customers", "Active loans", "Loan amount (10k CNY)")
    assert size[1:] == [("Small", 2, 1, 800), ("Micro", 2, 1, 100), ("Size not known", 1, 0, 0)]
    industry = {r[0]: r[1:] for r in workbook["By industry"].iter_rows(min_row=2, values_only=True)}
    assert industry["F Wholesale and retail trade"] == (1, 1, 100)
    month = dict(workbook["Month 2026-11"].iter_rows(min_row=2, values_only=True))
    assert month["Customers onboarded"] == 3
    assert month["Approval rate (%)"] == pytest.approx(66.7)
    assert month["Median business days to decision"] == pytest.approx(3.5)
    activity = dict(workbook["Activity"].iter_rows(min_row=2, values_only=True))
    assert activity["Open alerts"] == 2 and activity["Open alerts: High"] == 1


def test_data_changes_reload_the_figures(
    qtbot: QtBot, page: DashboardPage, profile: Profile
) -> None:
    assert page.figures is not None and page.figures.customers == 5
    CustomerService(profile.database, "rm01").save(CustomerProfile(name="温州新增机械有限公司"))
    with qtbot.waitSignal(page.loaded, timeout=20_000):
        page.mark_stale()
        page.mark_stale()  # changes in quick succession: one reload
    assert page.figures.customers == 6
    assert page.view.size_chart.centre_text.startswith("6")


class _Chinese(QTranslator):
    """Just enough Chinese for the export's headers."""

    WORDS: ClassVar[dict[str, str]] = {
        "Pipeline": "业务管道",
        "Stage": "阶段",
        "Applications": "申请笔数",
    }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.WORDS.get(source) if context == "DashboardTables" else None


def test_the_workbook_speaks_the_ui_language(
    qtbot: QtBot, page: DashboardPage, tmp_path: Path
) -> None:
    chinese = _Chinese()
    QCoreApplication.installTranslator(chinese)
    try:
        page.view.retranslate()
        written = page.export_to(tmp_path / "看板.xlsx")
    finally:
        QCoreApplication.removeTranslator(chinese)
        page.view.retranslate()
    assert written is not None
    workbook = load_workbook(written)
    assert workbook.sheetnames[0] == "业务管道"
    assert next(workbook["业务管道"].iter_rows(values_only=True))[:2] == ("阶段", "申请笔数")


def test_a_page_without_a_profile_shows_nothing_yet(qtbot: QtBot) -> None:
    empty = DashboardPage()
    qtbot.addWidget(empty)
    empty.show()
    assert empty.figures is None and not empty.export_button.isEnabled()
    assert empty.view.funnel_chart.bars == []
    assert isinstance(Decimal(0), Decimal)
