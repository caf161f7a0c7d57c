"""The import dialog, driven as an RM would: choose a file, fix a column, check, import."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QRadioButton
from pytestqt.qtbot import QtBot

from app.customer_profile import CustomerProfile
from app.customers import CustomerService
from app.importing import cell_text, read_table
from app.profile import Profile
from ui.i18n import Translations
from ui.import_dialog import ImportDialog

TODAY = date(2026, 3, 1)
GOOD_1 = "913301001432658748"
GOOD_2 = "913302007012345639"
GOOD_3 = "91330200330288174W"
GOOD_4 = "91330200258064132B"
#: A layout of its own: "客户" is not a known header, so the RM maps it by hand.
HEADERS = [
    "客户",
    "统一社会信用代码",
    "行业代码",
    "从业人员",
    "营业收入(万元)",
    "资产总额(万元)",
    "备注",
]


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


@pytest.fixture
def service(profile: Profile) -> CustomerService:
    return CustomerService(profile.database, profile.actor)


@pytest.fixture
def dialog(
    qtbot: QtBot, translations: Translations, service: CustomerService
) -> Iterator[ImportDialog]:
    widget = ImportDialog(service, today=TODAY)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    qtbot.waitUntil(lambda: not widget.busy)


@pytest.fixture
def prospects(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "五金产业集群.xlsx",
        [
            HEADERS,
            ["杭州恒达五金制品有限公司", GOOD_1, "C33", 45, 2350.5, 1800, "推荐"],
            ["宁波鑫源纺织有限公司", GOOD_2, "C17", 120, 5600, 4200.75, ""],
            ["", GOOD_3, "Z99", 10, 100, 100, "无名称"],
            ["温州重复有限公司", GOOD_1, "C33", 10, 100, 100, "重复"],
            ["已有客户", GOOD_4, "F51", 12, 6000, 900, ""],
        ],
    )


def click(qtbot: QtBot, button: Any) -> None:
    """Click ``button`` where a person would: the middle, or a radio button's circle."""
    assert button.isEnabled(), button.objectName()
    middle = button.rect().center()
    if isinstance(button, QRadioButton):
        middle = QPoint(8, middle.y())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=middle)


def choose_file(
    qtbot: QtBot, dialog: ImportDialog, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Press "Choose file…" and pick ``path`` (the native dialog answered for the RM)."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    click(qtbot, dialog.choose_button)
    qtbot.waitUntil(lambda: dialog.table is not None)


def test_choose_map_check_and_import_the_valid_rows(
    qtbot: QtBot,
    dialog: ImportDialog,
    service: CustomerService,
    prospects: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    service.save(CustomerProfile(name="已有客户", uscc=GOOD_4))
    choose_file(qtbot, dialog, prospects, monkeypatch)
    assert dialog.file_edit.text() == str(prospects)
    assert dialog.preview.rowCount() == 1 + 5
    assert dialog.preview.item(1, 0).text() == "杭州恒达五金制品有限公司"
    assert [c.currentData() for c in dialog.combos] == [
        "",
        "uscc",
        "industry_code",
        "employees",
        "annual_revenue",
        "total_assets",
        "",
    ]
    assert not dialog.import_button.isEnabled()

    click(qtbot, dialog.check_button)  # no name column yet: the dialog says so
    assert dialog.plan is None
    assert QCoreApplication.translate("CustomerField", "Enterprise name") in dialog.summary.text()

    name_combo = dialog.combos[0]
    name_combo.setCurrentIndex(name_combo.findData("name"))
    dialog.segment_edit.setText("五金产业集群")
    click(qtbot, dialog.check_button)
    assert dialog.busy  # the check runs in the background
    qtbot.waitUntil(lambda: dialog.plan is not None)

    assert dialog.plan is not None
    assert dialog.plan.rejected_rows == [2, 4, 5, 6]
    table = dialog.problems
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert ["4", "客户", QCoreApplication.translate("CustomerField", "Enterprise name")] in [
        r[:3] for r in rows
    ]
    assert any(r[0] == "6" and "已有客户" in r[3] for r in rows)
    assert any(r[0] == "5" and "2" in r[3] for r in rows)  # same USCC as row 2
    assert not dialog.import_button.isEnabled()  # all or nothing, and rows have problems
    assert dialog.report_button.isEnabled()

    click(qtbot, dialog.valid_only)
    assert dialog.valid_only.isChecked()
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        click(qtbot, dialog.import_button)
    assert imported.args == [1]
    assert service.count() == 2
    ref = service.find_by_uscc(GOOD_2)
    assert ref is not None
    saved = service.load(ref.id)
    assert (saved.status, saved.segment, saved.employees) == ("draft", "五金产业集群", 120)
    assert not dialog.import_button.isEnabled()  # not twice

    report = tmp_path / "问题.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(report), ""))
    click(qtbot, dialog.report_button)
    qtbot.waitUntil(report.exists)
    qtbot.waitUntil(lambda: str(report) in dialog.summary.text())
    back = read_table(report)
    assert len(back.rows) == len(dialog.problems_to_report())
    assert {cell_text(r.cells[0]) for r in back.rows} == {"2", "4", "5", "6"}


def test_a_clean_file_is_imported_all_or_nothing(
    qtbot: QtBot, dialog: ImportDialog, service: CustomerService, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "clean.xlsx",
        [
            ["企业名称", "统一社会信用代码", "营业收入(万元)"],
            ["甲公司", GOOD_1, 1234.5],
            ["乙公司", GOOD_2, 88],
        ],
    )
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.table is not None)
    click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.all_or_nothing.isChecked()
    assert dialog.problems.rowCount() == 0
    assert not dialog.report_button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        click(qtbot, dialog.import_button)
    assert imported.args == [2]
    assert service.count() == 2


def test_changing_a_column_invalidates_the_check_and_moves_the_field(
    qtbot: QtBot, dialog: ImportDialog, prospects: Path
) -> None:
    dialog.load_file(prospects)
    qtbot.waitUntil(lambda: dialog.table is not None)
    dialog.set_mapping(0, "name")
    click(qtbot, dialog.check_button)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    dialog.set_mapping(6, "name")  # the remark column as the name, by mistake
    assert dialog.plan is None
    assert dialog.combos[0].currentData() == ""
    assert dialog.mapping()[6] == "name"
    assert not dialog.import_button.isEnabled()
    assert dialog.problems.rowCount() == 0


def test_a_file_that_cannot_be_read_is_explained(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path
) -> None:
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"this is not a workbook")
    dialog.load_file(broken)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert dialog.table is None
    template = QCoreApplication.translate("Import", "The file cannot be read: {detail}")
    assert dialog.summary.text().startswith(template.split("{")[0])
    assert not dialog.check_button.isEnabled()


def test_save_template_writes_an_xlsx_the_dialog_can_read_back(
    qtbot: QtBot, dialog: ImportDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "模板.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(target), ""))
    click(qtbot, dialog.template_button)
    qtbot.waitUntil(target.exists)
    qtbot.waitUntil(lambda: str(target) in dialog.summary.text())
    dialog.load_file(target)
    qtbot.waitUntil(lambda: dialog.table is not None)
    assert dialog.mapping()[0] == "name" and dialog.mapping()[1] == "uscc"
