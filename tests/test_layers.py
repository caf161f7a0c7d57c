"""app/ and db/ never import Qt: the layers stay ui -> app -> db."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "qtpy")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", ["app", "db"])
def test_no_qt_and_no_ui_imports(package: str) -> None:
    offenders = []
    for path in (ROOT / package).rglob("*.py"):
        for name in imported_modules(path):
            top = name.split(".")[0]
            if top in QT_MODULES or top == "ui" or (package == "db" and top == "app"):
                offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def test_the_window_module_loads_without_the_data_core() -> None:
    """The main window paints before SQLAlchemy, Alembic or openpyxl are imported."""
    code = (
        "import sys, ui.main_window; "
        "print(sorted(m for m in ('sqlalchemy', 'alembic', 'openpyxl') if m in sys.modules))"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT, env=env
    )
    assert out.stdout.strip() == "[]"
