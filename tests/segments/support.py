"""Prospect files for the segment tests: valid USCCs, mixed sizes and eligibility."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.identifiers import complete_uscc

HEADERS = ["企业名称", "统一社会信用代码", "行业代码", "从业人员", "营业收入（万元）",
           "资产总额（万元）", "申请授信敞口（万元）", "城市"]  # fmt: skip


def uscc(serial: int) -> str:
    """A valid unified social credit code, unique per ``serial``."""
    return complete_uscc(f"91330100{serial:09d}")


def prospect_rows(start: int = 0) -> list[list[Any]]:
    """Five prospects: micro, small, medium eligible; one too big (assets); one unknown."""
    return [
        [f"甲五金{start}", uscc(start + 1), "C33", 8, 200, 150, 100, "永康"],  # micro
        [f"乙五金{start}", uscc(start + 2), "C33", 45, 2350, 1800, 300, "永康"],  # small
        [f"丙五金{start}", uscc(start + 3), "C33", 400, 30000, 15000, 2000, "永康"],  # medium
        [f"丁五金{start}", uscc(start + 4), "C33", 900, 38000, 30000, 3000, "永康"],  # assets ≥ 2亿
        [f"戊五金{start}", uscc(start + 5), "C33", 30, 900, "", "", "永康"],  # no assets: unknown
    ]


def write_csv(path: Path, rows: Sequence[Sequence[Any]], headers: Sequence[str] = HEADERS) -> Path:
    """A UTF-8 (with BOM) CSV, as Excel saves it."""
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], headers: Sequence[str] = HEADERS) -> Path:
    """An .xlsx workbook of ``rows``."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path
