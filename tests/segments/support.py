"""Prospect files for the segment tests: valid USCCs, mixed sizes and eligibility."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from app.customer_profile import CustomerProfile
from app.customers import derived_fields
from app.demo import demo_customers
from app.identifiers import complete_uscc
from db.database import Database
from db.models import Customer

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


def bulk_prospects(database: Database, actor: str, segment: str, count: int) -> None:
    """``count`` demo prospects of ``segment`` in one bulk insert (outbox included).

    Every fifth is not registered in the PRC (not eligible) and every seventh has
    no total assets (eligibility unknown); the rest are the demo's, nearly all eligible.
    """
    rows = []
    for serial, values in enumerate(demo_customers(count, seed=4711)):
        values["segment"] = segment
        values["name"] = f"{serial:05d}{values['name']}"  # the list's order is the serial's
        if serial % 5 == 1:
            values["registered_in_prc"] = False
        elif serial % 7 == 2:
            values["total_assets"] = None
        profile = {k: v for k, v in values.items() if k not in ("size", "eligible")}
        values.update(derived_fields(CustomerProfile(**profile)))
        rows.append(values)
    with database.unit_of_work(actor) as uow:
        uow.bulk_create(Customer, rows)
