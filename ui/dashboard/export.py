"""Write the dashboard's tables to an .xlsx workbook, one sheet per chart."""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from ui.dashboard.tables import Table

#: Characters Excel refuses in a sheet name, and its length limit.
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_LIMIT = 31


def sheet_name(title: str, taken: set[str]) -> str:
    """``title`` made a valid, unique sheet name."""
    base = _BAD_SHEET_CHARS.sub(" ", title).strip()[:SHEET_NAME_LIMIT] or "Sheet"
    name, n = base, 2
    while name.casefold() in taken:
        suffix = f" ({n})"
        name = base[: SHEET_NAME_LIMIT - len(suffix)] + suffix
        n += 1
    taken.add(name.casefold())
    return name


def write_workbook(path: Path, tables: Sequence[Table]) -> Path:
    """Write ``tables`` to ``path`` (one sheet each, headers in bold); returns ``path``."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    for table in tables:
        sheet = workbook.create_sheet(sheet_name(table.title, taken))
        sheet.append(list(table.headers))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            sheet.append(list(row))
        for column, header in enumerate(table.headers, start=1):
            width = max([len(header), *(len(str(r[column - 1] or "")) for r in table.rows)])
            letter = sheet.cell(row=1, column=column).column_letter
            sheet.column_dimensions[letter].width = min(max(width * 1.6, 10), 48)
            if column - 1 in table.money:
                for cells in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
                    cells[0].number_format = "#,##0.00"
        sheet.freeze_panes = "A2"
    workbook.save(path)
    return path
