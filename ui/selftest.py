"""``rmdesk --self-test``: prove that this build can run on this machine."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from app.profile import check_database_file, open_profile
from db.database import Database
from db.migrate import HEAD_REVISION, backup_file, current_revision, upgrade

Check = tuple[str, Callable[[], str]]


def _migrations_on_copy(root: Path) -> str:
    from app.security import at_rest, keys

    source = root / "rmdesk.sqlite3"
    # The copy is encrypted like the profile (an old plaintext profile: plaintext).
    key = None if at_rest.is_plaintext_sqlite(source) else keys.load_key(root)
    check_database_file(source, key)
    with tempfile.TemporaryDirectory(prefix="rmdesk-selftest-") as tmp:
        copy = Path(tmp) / "copy.sqlite3"
        if source.exists() and source.stat().st_size > 0:
            copy = backup_file(source, Path(tmp), "selftest", key)
        before = current_revision(copy, key)
        database = Database(copy, key)
        try:
            upgrade(database.engine)
        finally:
            database.close()
        after = current_revision(copy, key)
        if after != HEAD_REVISION:
            raise RuntimeError(f"copy is at {after}, expected {HEAD_REVISION}")
        return f"temporary copy upgraded {before or 'empty'} -> {after}"


def run_self_test(root: Path) -> int:
    """Run every check, print one line per check; 0 when all pass."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from app.settings import Settings
    from ui.fonts import register_cjk_font
    from ui.gui import create_application
    from ui.i18n import Translations
    from ui.main_window import MainWindow
    from ui.pages.titles import PAGE_KEYS

    app = create_application(sys.argv[:1])
    state: dict[str, object] = {}

    def profile() -> str:
        opened = open_profile(root, verify=True)  # every page's HMAC checked
        state["profile"] = opened
        revision = current_revision(opened.paths.database, opened.database.key)
        return f"{opened.paths.database} (revision {revision}, encrypted)"

    def translations() -> str:
        found = []
        t = Translations()
        for language, expected in (("zh_CN", "客户经理工作台"), ("en", "RM Desk")):
            if not t.apply(language):
                raise RuntimeError(f"{language} translation file missing")
            title = QCoreApplication.translate("MainWindow", "RM Desk")
            if title != expected:
                raise RuntimeError(f"{language}: got {title!r}, expected {expected!r}")
            found.append(language)
        state["translations"] = t
        return ", ".join(found)

    def font() -> str:
        family = register_cjk_font(app)
        if not family:
            raise RuntimeError("bundled CJK font did not load")
        return family

    def window() -> str:
        opened = state["profile"]
        win = MainWindow(opened.paths, Settings(), state["translations"])  # type: ignore[arg-type,attr-defined]
        win.attach(opened)  # type: ignore[arg-type]
        win.show()
        for key in PAGE_KEYS:  # pages are built on first visit: build every one here
            win.page(key)
        app.processEvents()
        size = f"{win.width()}x{win.height()}"
        win.close()
        pages = len(PAGE_KEYS)
        return f"main window and {pages} pages created ({size}, platform {app.platformName()})"

    checks: list[Check] = [
        ("migrations", lambda: _migrations_on_copy(root)),
        ("profile", profile),
        ("translations", translations),
        ("font", font),
        ("window", window),
    ]
    failed = 0
    for name, check in checks:
        try:
            detail = check()
        except Exception as exc:
            failed += 1
            print(f"[FAIL] {name}: {type(exc).__name__}: {exc}", flush=True)
            if name in ("profile", "translations"):
                break
        else:
            print(f"[ok]   {name}: {detail}", flush=True)
    opened = state.get("profile")
    if opened is not None:
        opened.close()  # type: ignore[attr-defined]
    print("self-test passed" if failed == 0 else f"self-test FAILED ({failed})", flush=True)
    return 0 if failed == 0 else 1
