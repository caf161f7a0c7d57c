"""Batch import: reading .xlsx/.csv, mapping headers, checking rows, importing, reporting."""

from __future__ import annotations

import csv
import zipfile
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy.exc import DBAPIError

from app.customer_list import CustomerQuery
from app.customer_profile import CustomerProfile
from app.customers import CustomerService
from app.importing import (
    TEMPLATE_PATH,
    ImportFileError,
    apply_import,
    cell_text,
    field_for_header,
    guess_mapping,
    plan_import,
    read_table,
    template_table,
    wan_to_yuan,
    write_error_report,
    write_template_xlsx,
)
from app.profile import Profile

TODAY = date(2026, 3, 1)
GOOD_1 = "913301001432658748"
GOOD_2 = "913302007012345639"
GOOD_3 = "91330200330288174W"
GOOD_4 = "91330200258064132B"
BAD_CHECKSUM = "913301001432658740"

CHINESE = [
    "企业名称",
    "统一社会信用代码",
    "行业代码",
    "从业人员",
    "营业收入（万元）",
    "资产总额（万元）",
    "城市",
]
ENGLISH = ["Name", "USCC", "Industry", "Employees", "Revenue_Wan", "Total Assets (万元)", "City"]


def write_xlsx(
    path: Path, rows: Sequence[Sequence[Any]], raw_values: dict[str, str] | None = None
) -> Path:
    """An .xlsx of ``rows``; ``raw_values`` rewrites stored numbers as Excel writes them."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    if raw_values:
        with zipfile.ZipFile(path) as source:
            parts = {name: source.read(name) for name in source.namelist()}
        xml = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
        for shown, stored in raw_values.items():
            assert f"<v>{shown}</v>" in xml, shown
            xml = xml.replace(f"<v>{shown}</v>", f"<v>{stored}</v>")
        parts["xl/worksheets/sheet1.xml"] = xml.encode("utf-8")
        with zipfile.ZipFile(path, "w") as target:
            for name, data in parts.items():
                target.writestr(name, data)
    return path


def write_csv(
    path: Path, rows: Sequence[Sequence[Any]], encoding: str = "utf-8-sig", delimiter: str = ","
) -> Path:
    with path.open("w", encoding=encoding, newline="") as out:
        csv.writer(out, delimiter=delimiter).writerows(rows)
    return path


def no_customers(_codes: list[str]) -> dict[str, Any]:
    return {}


def service_of(profile: Profile) -> CustomerService:
    return CustomerService(profile.database, profile.actor)


def codes(plan_rows: Any) -> dict[int, list[tuple[str, str]]]:
    return {r.row: [(p.field, p.code) for p in r.problems] for r in plan_rows}


# --- headers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("企业名称", "name"),
        ("*企业名称", "name"),
        (" Name ", "name"),
        ("NAME", "name"),
        ("统一社会信用代码", "uscc"),
        ("uscc", "uscc"),
        ("行业代码", "industry_code"),
        ("industry", "industry_code"),
        ("从业人员", "employees"),
        ("从业人员(人)", "employees"),
        ("营业收入(万元)", "annual_revenue"),
        ("营业收入（万元）", "annual_revenue"),
        ("营业收入 [万元]", "annual_revenue"),
        ("revenue_wan", "annual_revenue"),
        ("Revenue (wan)", "annual_revenue"),
        ("资产总额(万元)", "total_assets"),
        ("total_assets_wan", "total_assets"),
        ("城市", "city"),
        ("法定代表人", "legal_rep_name"),
        ("细分市场", "segment"),
        ("申请授信敞口(万元)", "requested_exposure"),
        ("requested_exposure_wan", "requested_exposure"),
        ("授信类型", "credit_type"),
        ("credit_type", "credit_type"),
        ("备注", None),
        ("", None),
    ],
)
def test_headers_in_english_or_chinese_map_to_fields(header: str, field: str | None) -> None:
    assert field_for_header(header) == field


def test_guess_mapping_gives_each_field_to_its_first_column() -> None:
    mapping = guess_mapping(["企业名称", "备注", "名称", "USCC", "营业收入"])
    assert mapping == {0: "name", 3: "uscc", 4: "annual_revenue"}


# --- reading --------------------------------------------------------------------------


def test_xlsx_skips_a_title_row_and_blank_rows_and_keeps_spreadsheet_row_numbers(
    tmp_path: Path,
) -> None:
    path = write_xlsx(
        tmp_path / "list.xlsx",
        [
            ["五金产业集群 2026 年第一季度客户名单"],
            CHINESE,
            ["甲公司", GOOD_1, "C33", 45, 2350.5, 1800, "杭州"],
            [],
            ["乙公司", GOOD_2, "C17", 120, 5600, 4200.75, "宁波"],
            [None, None, None],
        ],
    )
    table = read_table(path)
    assert table.header_row == 2
    assert table.headers == CHINESE
    assert [r.number for r in table.rows] == [3, 5]
    assert table.rows[0].cells == ("甲公司", GOOD_1, "C33", 45, 2350.5, 1800, "杭州")


def test_csv_in_gb18030_with_semicolons(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "list.csv",
        [CHINESE, ["甲公司", GOOD_1, "C33", "45", "2,350.5", "1800", "杭州"]],
        encoding="gb18030",
        delimiter=";",
    )
    table = read_table(path)
    assert table.headers == CHINESE
    assert table.rows[0].cells[4] == "2,350.5"


def test_csv_in_utf8_with_bom_has_a_clean_first_header(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "list.csv", [ENGLISH, ["A Ltd", GOOD_1, "", "", "", "", ""]])
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    assert read_table(path).headers[0] == "Name"


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("list.xls", b"\xd0\xcf\x11\xe0", "file.type"),
        ("list.xlsx", b"not a zip", "file.unreadable"),
        ("list.csv", b"", "file.empty"),
        ("list.csv", b"\xff\xfe\x00\xd8\x00\xdc" * 3, "file.encoding"),
    ],
)
def test_unreadable_files_say_why(tmp_path: Path, name: str, content: bytes, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(ImportFileError) as caught:
        read_table(path)
    assert caught.value.code == code
    assert caught.value.text()


def test_a_missing_file_says_so(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError) as caught:
        read_table(tmp_path / "nowhere.csv")
    assert caught.value.code == "file.not_found"


# --- numbers --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (1234.5, "1234.5"),
        (0.1 + 0.2, "0.3"),
        (1234.5599999999999, "1234.56"),
        (45.0, "45"),
        (1e-7, "0.0000001"),
        (Decimal("12.50"), "12.50"),
        (datetime(2015, 6, 30), "2015-06-30"),
        (None, ""),
        ("  text ", "text"),
    ],
)
def test_cells_show_as_excel_shows_them(value: Any, text: str) -> None:
    assert cell_text(value) == text


def test_wan_to_yuan_is_exact_and_kept_to_the_fen() -> None:
    assert wan_to_yuan(Decimal("1234.5")) == Decimal("12345000.00")
    assert str(wan_to_yuan(Decimal("0.0001"))) == "1.00"
    assert str(wan_to_yuan(Decimal("0.0000001"))) == "0.0010000"  # too precise: left for validation


def test_excel_float_artefacts_become_the_numbers_the_rm_typed(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "floats.xlsx",
        [ENGLISH, ["A Ltd", GOOD_1, "C33", 45.0, 1234.56, 0.3, "杭州"]],
        raw_values={"1234.56": "1234.5599999999999", "0.3": "0.30000000000000004"},
    )
    table = read_table(path)
    assert table.rows[0].cells[4] == 1234.5599999999999  # what Excel really stored
    plan = plan_import(table, guess_mapping(table.headers), no_customers, TODAY)
    [row] = plan.rows
    assert row.problems == []
    assert row.profile.annual_revenue == Decimal("12345600.00")
    assert str(row.profile.annual_revenue) == "12345600.00"
    assert str(row.profile.total_assets) == "3000.00"
    assert row.profile.employees == 45
    assert isinstance(row.profile.employees, int)


def test_text_numbers_with_separators_units_and_full_width_digits(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "text.csv",
        [CHINESE, ["甲公司", GOOD_1, "c33 金属制品业", "１２０人", "1,234.5万", "¥800", "杭州"]],
    )
    table = read_table(path)
    [row] = plan_import(table, guess_mapping(table.headers), no_customers, TODAY).rows
    assert row.problems == []
    assert row.profile.industry_code == "33"
    assert row.profile.employees == 120
    assert row.profile.annual_revenue == Decimal("12345000")
    assert row.profile.total_assets == Decimal("8000000")


# --- checking rows --------------------------------------------------------------------


def mixed_rows() -> list[list[Any]]:
    return [
        ["甲公司", GOOD_1, "C33", 45, 2350.5, 1800, "杭州"],  # 2: fine
        ["", GOOD_2, "C17", 120, 5600, 4200, "宁波"],  # 3: no name
        ["丙公司", BAD_CHECKSUM, "C33", 10, 100, 100, "杭州"],  # 4: checksum
        ["丁公司", GOOD_3, "Z99", "many", "abc", -5, "温州"],  # 5: several problems
        ["戊公司", GOOD_4, "F51", 12, 6000, 900, "苏州"],  # 6: fine, but repeated in 7
        ["戊公司（重复）", GOOD_4, "F51", 12, 6000, 900, "苏州"],  # 7: same USCC as 6
    ]


@pytest.fixture(params=["xlsx-chinese", "csv-english"])
def mixed_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    if request.param == "xlsx-chinese":
        return write_xlsx(tmp_path / "mixed.xlsx", [CHINESE, *mixed_rows()])
    rows = [[cell_text(v) for v in row] for row in mixed_rows()]
    return write_csv(tmp_path / "mixed.csv", [ENGLISH, *rows])


def test_every_bad_row_is_rejected_with_row_field_and_reason(mixed_file: Path) -> None:
    table = read_table(mixed_file)
    plan = plan_import(table, guess_mapping(table.headers), no_customers, TODAY)
    assert codes(plan.rows) == {
        2: [],
        3: [("name", "import.missing")],
        4: [("uscc", "uscc.checksum")],
        5: [
            ("industry_code", "import.industry_unknown"),
            ("employees", "import.not_whole_number"),
            ("annual_revenue", "import.not_amount"),
            ("total_assets", "amount.negative"),
        ],
        6: [("uscc", "import.duplicate_file")],
        7: [("uscc", "import.duplicate_file")],
    }
    assert plan.rejected_rows == [3, 4, 5, 6, 7]
    by_row = {(p.row, p.field): p for p in plan.rejected}
    assert by_row[7, "uscc"].text() == "Same USCC as row 6"
    assert by_row[6, "uscc"].text() == "Same USCC as row 7"
    assert by_row[7, "uscc"].as_json()["duplicate_of"] == {"row": 6}
    assert by_row[5, "employees"].text() == "“many” is not a whole number"
    assert by_row[4, "uscc"].context == "Validation"
    assert by_row[4, "uscc"].column in (CHINESE[1], ENGLISH[1])
    assert [r.profile.name for r in plan.valid] == ["甲公司"]
    assert plan.valid[0].profile.status == "draft"


def test_a_uscc_already_in_the_profile_is_rejected_naming_the_customer(profile: Profile) -> None:
    service = service_of(profile)
    existing = service.save(CustomerProfile(name="杭州恒达五金制品有限公司", uscc=GOOD_1))
    table = template_table()
    plan = plan_import(table, guess_mapping(table.headers), service.existing_usccs, TODAY)
    [problem] = plan.rejected
    assert (problem.row, problem.field, problem.code) == (2, "uscc", "import.duplicate_profile")
    assert problem.text() == "Already in the profile as 杭州恒达五金制品有限公司"
    assert problem.duplicate_of == existing.id
    assert problem.as_json()["duplicate_of"] == {"id": existing.id, "name": existing.name}


def test_a_mapping_without_name_or_uscc_cannot_be_planned() -> None:
    table = template_table()
    with pytest.raises(ImportFileError) as caught:
        plan_import(table, {0: "name", 2: "industry_code"}, no_customers, TODAY)
    assert caught.value.code == "mapping.missing"
    assert "Unified social credit code" in caught.value.text()
    with pytest.raises(ImportFileError) as twice:
        plan_import(table, {0: "name", 1: "uscc", 6: "city", 7: "city"}, no_customers, TODAY)
    assert twice.value.code == "mapping.twice"


def test_a_custom_mapping_reads_another_layout(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "other.csv",
        [["客户", "代码", "人数", "收入", "备注"], ["甲公司", GOOD_1, "30", "500", "老客户推荐"]],
    )
    table = read_table(path)
    assert guess_mapping(table.headers) == {}
    mapping = {0: "name", 1: "uscc", 2: "employees", 3: "annual_revenue"}
    [row] = plan_import(table, mapping, no_customers, TODAY).rows
    assert row.problems == []
    assert (row.profile.name, row.profile.employees) == ("甲公司", 30)
    assert row.profile.annual_revenue == Decimal("5000000")


def test_segment_fills_empty_cells_and_programme_tags_every_row() -> None:
    table = template_table()
    mapping = {i: f for i, f in guess_mapping(table.headers).items() if f != "segment"}
    plan = plan_import(
        table, mapping, no_customers, TODAY, segment="经济开发区", programme="2026Q1"
    )
    assert [r.profile.segment for r in plan.rows] == ["经济开发区", "经济开发区"]
    assert all(r.profile.programmes == ["2026Q1"] for r in plan.rows)
    kept = plan_import(table, guess_mapping(table.headers), no_customers, TODAY, segment="X")
    assert [r.profile.segment for r in kept.rows] == ["五金产业集群", "纺织服装供应链"]


# --- importing ------------------------------------------------------------------------


def test_all_or_nothing_imports_nothing_when_a_row_is_bad(
    profile: Profile, mixed_file: Path
) -> None:
    service = service_of(profile)
    table = read_table(mixed_file)
    plan = plan_import(table, guess_mapping(table.headers), service.existing_usccs, TODAY)
    result = apply_import(service, plan, valid_only=False)
    assert result.imported == 0
    assert result.rejected == plan.rejected
    assert service.count() == 0


def test_valid_only_imports_the_good_rows_as_drafts(profile: Profile, mixed_file: Path) -> None:
    service = service_of(profile)
    table = read_table(mixed_file)
    plan = plan_import(
        table, guess_mapping(table.headers), service.existing_usccs, TODAY, segment="五金集群"
    )
    result = apply_import(service, plan, valid_only=True)
    assert result.imported == 1
    assert {p.row for p in result.rejected} == {3, 4, 5, 6, 7}
    assert service.count() == 1
    ref = service.find_by_uscc(GOOD_1)
    assert ref is not None
    saved = service.load(ref.id)
    assert (saved.name, saved.status, saved.segment, saved.city) == (
        "甲公司",
        "draft",
        "五金集群",
        "杭州",
    )
    assert saved.annual_revenue == Decimal("23505000.00")
    assert saved.total_assets == Decimal("18000000.00")
    assert saved.employees == 45
    assert service.find_by_uscc(GOOD_4) is None  # duplicates are never merged


def test_a_clean_file_is_imported_in_one_transaction(
    profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = service_of(profile)

    def one_by_one(*_args: Any, **_kwargs: Any) -> None:
        raise AssertionError("imports must not save row by row")

    monkeypatch.setattr(service, "save", one_by_one)
    table = template_table()
    plan = plan_import(table, guess_mapping(table.headers), service.existing_usccs, TODAY)
    result = apply_import(service, plan, valid_only=False)
    assert result.imported == 2 and result.rejected == []
    assert len(result.customer_ids) == 2
    assert service.count() == 2
    sizes = {r.name: r.size for r in service.page(CustomerQuery(), 0, 10)}
    assert sizes == {"杭州恒达五金制品有限公司": "small", "宁波鑫源纺织有限公司": "small"}


def test_a_failed_save_leaves_nothing_behind(profile: Profile) -> None:
    service = service_of(profile)
    table = template_table()
    plan = plan_import(table, guess_mapping(table.headers), service.existing_usccs, TODAY)
    assert len(plan.valid) >= 2
    with profile.database.engine.begin() as conn:  # the disk "fills up" at the second row
        conn.exec_driver_sql(
            "CREATE TRIGGER fail_second BEFORE INSERT ON customers"
            " WHEN (SELECT count(*) FROM customers) >= 1"
            " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    with pytest.raises(DBAPIError):
        apply_import(service, plan, valid_only=False)
    assert service.count() == 0
    assert profile.database.unsynced_count() == 0


def test_a_customer_added_after_the_check_is_still_caught(profile: Profile) -> None:
    service = service_of(profile)
    table = template_table()
    plan = plan_import(table, guess_mapping(table.headers), service.existing_usccs, TODAY)
    assert plan.rejected == []
    service.save(CustomerProfile(name="同时录入的客户", uscc=GOOD_2))
    result = apply_import(service, plan, valid_only=False)
    assert result.imported == 0
    assert [(p.row, p.code) for p in result.rejected] == [(3, "import.duplicate_profile")]
    partial = apply_import(service, plan, valid_only=True)
    assert partial.imported == 1
    assert service.count() == 2


# --- the error report and the template ------------------------------------------------


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_error_report_round_trip(tmp_path: Path, mixed_file: Path, suffix: str) -> None:
    table = read_table(mixed_file)
    plan = plan_import(table, guess_mapping(table.headers), no_customers, TODAY)
    path = write_error_report(tmp_path / f"problems{suffix}", plan.rejected)
    report = read_table(path)
    assert report.headers == ["Row", "Column", "Field", "Problem", "Code"]
    rows = [[cell_text(c) for c in r.cells] for r in report.rows]
    assert len(rows) == len(plan.rejected)
    assert rows[0][0] == "3"
    assert rows[0][2:] == [
        "Enterprise name",
        "This must be filled in to import the row",
        "import.missing",
    ]
    assert [
        "7",
        table.headers[1],
        "Unified social credit code",
        "Same USCC as row 6",
        "import.duplicate_file",
    ] in rows
    if suffix == ".csv":
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_error_report_in_chinese_through_a_translator(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "dup.csv", [["企业名称", "统一社会信用代码"], ["甲", GOOD_1], ["乙", GOOD_1]]
    )
    t = read_table(path)
    rejected = plan_import(t, guess_mapping(t.headers), no_customers, TODAY).rejected
    words = {"Row": "行号", "Same USCC as row {row}": "与第 {row} 行统一社会信用代码相同"}
    report = write_error_report(
        tmp_path / "报告.csv", rejected, lambda _context, text: words.get(text, text)
    )
    back = read_table(report)
    assert back.headers[0] == "行号"
    assert cell_text(back.rows[0].cells[3]) == "与第 3 行统一社会信用代码相同"


def test_the_template_documents_the_columns_and_imports_cleanly(tmp_path: Path) -> None:
    table = read_table(TEMPLATE_PATH)
    assert TEMPLATE_PATH.read_bytes().startswith(b"\xef\xbb\xbf")
    assert sorted(guess_mapping(table.headers).values()) == sorted(
        [
            "name",
            "uscc",
            "industry_code",
            "employees",
            "annual_revenue",
            "total_assets",
            "city",
            "legal_rep_name",
            "segment",
            "requested_exposure",
            "credit_type",
        ]
    )
    assert len(table.rows) == 2
    plan = plan_import(table, guess_mapping(table.headers), no_customers, TODAY)
    assert plan.rejected == []
    assert [r.profile.credit_type for r in plan.rows] == ["new", "renewal"]

    xlsx = write_template_xlsx(tmp_path / "template.xlsx")
    again = read_table(xlsx)
    assert again.headers == table.headers
    assert [[cell_text(c) for c in r.cells] for r in again.rows] == [
        [cell_text(c) for c in r.cells] for r in table.rows
    ]
    workbook = openpyxl.load_workbook(xlsx)
    sheet = workbook.worksheets[0]
    assert sheet["B2"].value == GOOD_1 and sheet["B2"].number_format == "@"
    assert sheet["D2"].value == 45  # a number, not text
    assert workbook.sheetnames[1] == "填写说明"
