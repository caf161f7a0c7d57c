"""``rmdesk customers import | list | classify``, run as a real process on a real profile."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import openpyxl

from tests.app.test_cli import rmdesk

GOOD_1 = "913301001432658748"
GOOD_2 = "913302007012345639"
GOOD_3 = "91330200330288174W"
HEADERS = [
    "企业名称",
    "统一社会信用代码",
    "行业代码",
    "从业人员",
    "营业收入(万元)",
    "资产总额(万元)",
]


def write_xlsx(path: Path, rows: list[list[Any]]) -> Path:
    workbook = openpyxl.Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)
    return path


def write_csv(path: Path, rows: list[list[Any]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


def mixed(tmp_path: Path) -> Path:
    return write_xlsx(
        tmp_path / "segment.xlsx",
        [
            HEADERS,
            ["杭州恒达五金制品有限公司", GOOD_1, "C33", 45, 2350.5, 1800],
            ["宁波鑫源纺织有限公司", GOOD_2, "C17", 120, 5600, 4200.75],
            ["", GOOD_3, "C33", 10, 100, 100],
            ["重复公司", GOOD_1, "C33", 10, 100, 100],
        ],
    )


def run(data_dir: Path, *args: str) -> tuple[int, Any]:
    result = rmdesk("--data-dir", str(data_dir), *args)
    assert result.stdout, result.stderr
    return result.returncode, json.loads(result.stdout)


def test_all_or_nothing_import_rejects_the_file_and_exits_1(tmp_path: Path) -> None:
    root = tmp_path / "p"
    code, out = run(root, "customers", "import", str(mixed(tmp_path)))
    assert code == 1
    assert out["imported"] == 0
    assert out["mode"] == "all_or_nothing"
    rejected = {(r["row"], r["field"], r["code"]) for r in out["rejected"]}
    assert rejected == {
        (4, "name", "import.missing"),
        (2, "uscc", "import.duplicate_file"),
        (5, "uscc", "import.duplicate_file"),
    }
    row5 = next(r for r in out["rejected"] if r["row"] == 5)
    assert row5["reason"] == "Same USCC as row 2"
    assert row5["duplicate_of"] == {"row": 2}
    code, listed = run(root, "customers", "list")
    assert code == 0 and listed["total"] == 0


def test_valid_only_imports_the_good_rows_with_the_segment_and_reports_the_rest(
    tmp_path: Path,
) -> None:
    root = tmp_path / "p"
    report = tmp_path / "problems.csv"
    code, out = run(
        root,
        "customers",
        "import",
        str(mixed(tmp_path)),
        "--valid-only",
        "--segment",
        "五金产业集群",
        "--report",
        str(report),
    )
    assert code == 0
    assert out["imported"] == 1
    assert out["rows"] == 4
    assert sorted({r["row"] for r in out["rejected"]}) == [2, 4, 5]
    assert all({"row", "field", "reason"} <= set(r) for r in out["rejected"])
    lines = report.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Row,Column,Field,Problem,Code"
    assert len(lines) == 1 + len(out["rejected"])

    code, listed = run(root, "customers", "list")
    assert code == 0
    assert listed["total"] == 1
    [customer] = listed["customers"]
    assert customer["name"] == "宁波鑫源纺织有限公司"
    assert customer["uscc"] == GOOD_2
    assert customer["status"] == "draft"
    assert customer["size"] == "small"
    assert customer["segment"] == "五金产业集群"
    assert customer["annual_revenue"] == "56000000.00"
    assert set(customer) >= {"id", "name", "uscc", "status", "size"}


def test_a_second_import_of_the_same_list_finds_the_customers_already_there(
    tmp_path: Path,
) -> None:
    root = tmp_path / "p"
    path = write_csv(
        tmp_path / "list.csv",
        [
            ["name", "uscc", "industry", "employees", "revenue_wan", "total_assets_wan"],
            ["A Ltd", GOOD_1, "C33", "45", "2350.5", "1800"],
            ["B Ltd", GOOD_2, "F51", "12", "6000", "900"],
        ],
    )
    code, out = run(root, "customers", "import", str(path))
    assert (code, out["imported"], out["rejected"]) == (0, 2, [])
    code, again = run(root, "customers", "import", str(path))
    assert code == 1
    assert again["imported"] == 0
    assert [r["code"] for r in again["rejected"]] == ["import.duplicate_profile"] * 2
    assert again["rejected"][0]["reason"] == "Already in the profile as A Ltd"
    assert set(again["rejected"][0]["duplicate_of"]) == {"id", "name"}


def test_map_reads_another_layout(tmp_path: Path) -> None:
    root = tmp_path / "p"
    path = write_csv(tmp_path / "other.csv", [["客户", "代码", "备注"], ["甲公司", GOOD_1, "推荐"]])
    code, out = run(root, "customers", "import", str(path))
    assert code == 1 and "error" in out
    code, out = run(
        root, "customers", "import", str(path), "--map", "客户=name", "--map", "代码=uscc"
    )
    assert code == 0, out
    assert out["imported"] == 1
    assert out["ignored_columns"] == ["备注"]
    code, bad = run(root, "customers", "import", str(path), "--map", "客户=nonsense")
    assert code == 2 and "error" in bad


def test_list_searches_and_limits(tmp_path: Path) -> None:
    root = tmp_path / "p"
    assert rmdesk("--data-dir", str(root), "demo", "--customers", "30").returncode == 0
    code, out = run(root, "customers", "list", "--limit", "5")
    assert code == 0
    assert out["total"] == 30
    assert len(out["customers"]) == 5
    name = out["customers"][0]["name"]
    code, found = run(root, "customers", "list", "--search", name)
    assert code == 0
    assert name in [c["name"] for c in found["customers"]]
    assert found["total"] >= 1
    code, bad = run(root, "customers", "list", "--limit", "-1")
    assert code == 2 and "error" in bad
    code, bad = run(root, "customers", "list", "--limit", "many")
    assert code == 2 and "error" in bad


def test_classify_prints_size_and_rule(tmp_path: Path) -> None:
    code, out = run(
        tmp_path / "p",
        "customers",
        "classify",
        "--industry",
        "C33",
        "--employees",
        "45",
        "--revenue",
        "2350.5",
        "--assets",
        "1800",
    )
    assert code == 0
    assert out["size"] == "small"
    assert out["row"] == "industry"
    assert out["rule"] == "Industry (工业): employees ≥ 20 and revenue ≥ 300 万元 → small"
    assert not (tmp_path / "p").exists()  # classifying needs no profile


def test_classify_refuses_bad_arguments_with_json_and_exit_2(tmp_path: Path) -> None:
    base = ("customers", "classify")
    for args in (
        ("--industry", "C33", "--employees", "many"),
        ("--industry", "C33", "--employees", "4.5"),
        ("--industry", "C33", "--revenue", "-3"),
        ("--industry", "Z99", "--employees", "3"),
        ("--employees", "3"),
    ):
        code, out = run(tmp_path / "p", *base, *args)
        assert code == 2, args
        assert "error" in out, args


def test_classify_without_the_metrics_it_needs_exits_1(tmp_path: Path) -> None:
    code, out = run(tmp_path / "p", "customers", "classify", "--industry", "C33")
    assert code == 1
    assert out["size"] is None
    assert out["missing"] == ["employees", "revenue"]
    assert "needed to classify" in out["rule"]


def test_import_of_a_missing_or_unsupported_file_is_a_usage_error(tmp_path: Path) -> None:
    code, out = run(tmp_path / "p", "customers", "import", str(tmp_path / "none.xlsx"))
    assert code == 2 and out["code"] == "file.not_found"
    old = tmp_path / "list.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    code, out = run(tmp_path / "p", "customers", "import", str(old))
    assert code == 2 and out["code"] == "file.type"
