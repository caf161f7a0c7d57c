"""Build RM Desk as a one-folder program and prove that the frozen build works.

    python packaging/build.py            # translations, PyInstaller, frozen checks
    python packaging/build.py --clean    # the same from an empty PyInstaller cache
    python packaging/build.py --check-only   # only the frozen checks of dist/

Steps:
1. compile resources/translations/*.ts to .qm (pyside6-lrelease);
2. run PyInstaller with packaging/rmdesk.spec (dist/RMDesk/, macOS also dist/RMDesk.app);
3. check the bundle: data files, migrations, Qt plugins in; server, unused Qt out;
4. run the frozen program, offscreen, in temporary profiles:
   ``--self-test``; ``customers classify``; ``demo --customers 50`` and
   ``customers list --limit 1``; and opening a profile left by the first
   schema revision (upgrade in place, backup made).

Exits non-zero when any step fails. Run it with the project's venv Python
(``pip install -e .[packaging]`` first).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "rmdesk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
NAME = "RMDesk"
TIMEOUT = 300  # seconds for one frozen command


class BuildError(RuntimeError):
    """A step failed; the message says which."""


def log(message: str) -> None:
    print(f"[build] {message}", flush=True)


def _tool(name: str) -> str:
    """A console script of this venv (next to the interpreter), else from PATH."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / name, scripts / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise BuildError(f"{name} not found: install the project, pip install -e .[packaging]")
    return found


def compile_translations() -> None:
    """resources/translations/*.ts -> .qm (what ``make translations`` does)."""
    lrelease = _tool("pyside6-lrelease")
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    if not sources:
        raise BuildError("no .ts files in resources/translations")
    for ts in sources:
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.exists() or qm.stat().st_size == 0:
            raise BuildError(f"pyside6-lrelease did not write {qm}")
    log(f"translations compiled: {', '.join(ts.with_suffix('.qm').name for ts in sources)}")


def run_pyinstaller(clean: bool) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError as exc:
        raise BuildError("PyInstaller is not installed: pip install -e .[packaging]") from exc
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
    ]
    if clean:
        command.append("--clean")
    subprocess.run([*command, str(SPEC)], check=True, cwd=ROOT)


def folder_size(path: Path) -> int:
    """Bytes of the files under ``path`` (symlinks not counted twice)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def executables() -> tuple[Path, Path]:
    """(the program users start, a console executable for the headless commands)."""
    if sys.platform == "win32":
        folder = DIST / NAME
        return folder / f"{NAME}.exe", folder / "rmdesk-cli.exe"
    if sys.platform == "darwin":
        program = DIST / f"{NAME}.app" / "Contents" / "MacOS" / NAME
        return program, program
    program = DIST / NAME / NAME
    return program, program


def internal_dir() -> Path:
    """The bundle's ``sys._MEIPASS``: where data files and libraries are."""
    if sys.platform == "darwin":
        return DIST / f"{NAME}.app" / "Contents" / "Frameworks"
    return DIST / NAME / "_internal"


def source_files(relative: str, suffixes: tuple[str, ...] | None = None) -> list[Path]:
    """Files under ROOT/relative that the spec must bundle (paths relative to ROOT)."""
    return [
        path.relative_to(ROOT)
        for path in sorted((ROOT / relative).rglob("*"))
        if path.is_file()
        and "__pycache__" not in path.parts
        and (suffixes is None or path.suffix in suffixes)
    ]


def frozen_modules(executable: Path) -> set[str]:
    """Names of the Python modules in the executable's PYZ archive."""
    from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader

    with tempfile.TemporaryDirectory() as tmp:
        pyz = Path(tmp) / "PYZ.pyz"
        pyz.write_bytes(CArchiveReader(str(executable)).extract("PYZ.pyz"))
        return set(ZlibArchiveReader(str(pyz)).toc)


def check_contents() -> None:
    """Data files, migrations and Qt plugins are in; the server and unused Qt are out."""
    internal = internal_dir()
    expect(internal.is_dir(), f"{internal} missing")
    wanted = [
        *source_files("resources/data"),
        *source_files("resources/fonts"),
        *source_files("resources/translations", (".qm", ".ts")),
        *source_files("db/migrations", (".py", ".mako")),
    ]
    missing = [str(path) for path in wanted if not (internal / path).is_file()]
    expect(not missing, f"not bundled: {missing}")
    qt = internal / "PySide6" / "Qt"
    plugins = {p.relative_to(qt / "plugins").as_posix() for p in (qt / "plugins").rglob("*")}
    platform = {"win32": "qwindows", "darwin": "qcocoa"}.get(sys.platform, "qxcb")
    for plugin in ("qoffscreen", platform):
        expect(
            any(p.startswith("platforms/") and plugin in p for p in plugins),
            f"platform plugin {plugin} not bundled",
        )
    expect(any(p.startswith("imageformats/") and "qpdf" in p for p in plugins), "no qpdf plugin")
    if (qt / "lib").is_dir() and any((qt / "lib").glob("*PrintSupport*")):
        expect(any(p.startswith("printsupport/") for p in plugins), "no printer backend plugin")
    names = [p.name.lower() for p in internal.rglob("*")]
    for unwanted in ("webengine", "qt6quick", "qt6qml", "qtquick", "qtqml"):
        found = [n for n in names if unwanted in n]
        expect(not found, f"unused Qt bundled: {found[:5]}")
    expect(any("pdf" in n and "qt" in n for n in names), "QtPdf library not bundled")
    try:
        modules = frozen_modules(executables()[0])
    except Exception as exc:  # the archive format is PyInstaller's own business
        log(f"WARNING: could not list the frozen modules ({exc!r}); module checks skipped")
        log(f"bundle contents ok: {len(wanted)} data files")
        return
    for needed in (
        "db.search",
        "db.models",
        "alembic.runtime.migration",
        "alembic.operations.ops",
        "alembic.ddl.sqlite",
        "sqlalchemy.dialects.sqlite.pysqlite",
        "logging.config",
    ):
        expect(needed in modules, f"module {needed} not frozen")
    for top in ("server", "tests", "fastapi", "uvicorn", "psycopg", "starlette", "PyInstaller"):
        found = sorted(m for m in modules if m == top or m.startswith(f"{top}."))
        expect(not found, f"not for the desktop, yet frozen: {found[:5]}")
    log(f"bundle contents ok: {len(wanted)} data files, {len(modules)} modules")


def frozen_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("RMDESK_DATA_DIR", None)
    env.pop("PYTHONPATH", None)  # the frozen program must not see the source tree
    env.pop("PYTHONHOME", None)
    # No OS keyring on a build machine: the profile keys go to a file outside the profiles.
    env.setdefault(
        "RMDESK_KEYRING_FILE", str(Path(tempfile.gettempdir()) / "rmdesk-frozen-keys.json")
    )
    return env


def run_frozen(
    executable: Path, args: Sequence[str], cwd: Path
) -> subprocess.CompletedProcess[str]:
    """Run the frozen program outside the repository; raise with its output on failure."""
    started = time.perf_counter()
    result = subprocess.run(
        [str(executable), *args],
        cwd=cwd,
        env=frozen_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=TIMEOUT,
    )
    elapsed = time.perf_counter() - started
    shown = " ".join(args)
    if result.returncode != 0:
        raise BuildError(
            f"frozen `{executable.name} {shown}` exited {result.returncode}\n"
            f"--- stdout\n{result.stdout}\n--- stderr\n{result.stderr}"
        )
    log(f"ok ({elapsed:.1f}s): {executable.name} {shown}")
    return result


def run_json(executable: Path, args: Sequence[str], cwd: Path) -> Any:
    out = run_frozen(executable, args, cwd).stdout
    try:
        return json.loads(out)
    except json.JSONDecodeError as exc:
        raise BuildError(f"`{' '.join(args)}` did not print JSON:\n{out}") from exc


def expect(condition: bool, message: str) -> None:
    if not condition:
        raise BuildError(message)


def make_first_revision_profile(root: Path) -> None:
    """A profile as the first release left it, written with the source tree's migrations."""
    sys.path.insert(0, str(ROOT))
    from db.database import Database
    from db.migrate import upgrade

    root.mkdir(parents=True)
    database = Database(root / "rmdesk.sqlite3")
    upgrade(database.engine, "0001")
    database.close()
    conn = sqlite3.connect(root / "rmdesk.sqlite3")
    conn.execute(
        "INSERT INTO customers (id, updated_at, updated_by, name, uscc, industry_code,"
        " employees, annual_revenue, total_assets, city, status) VALUES ('c-old',"
        " '2026-01-05 09:00:00', 'rm01', '宁波旧版客户机械有限公司', NULL, '34', 100,"
        " 5000000000, 3000000000, '宁波', 'active')"
    )
    conn.commit()
    conn.close()


def check_frozen() -> None:
    program, console = executables()
    for path in {program, console}:
        expect(path.exists(), f"{path} was not built")
    with tempfile.TemporaryDirectory(prefix="rmdesk-frozen-") as tmp:
        work = Path(tmp)
        profile = work / "profile"

        out = run_frozen(program, ["--self-test", "--data-dir", str(profile)], work).stdout
        if out.strip():  # a windowed .exe may have no stdout to print to
            print(out.rstrip())
            expect("self-test passed" in out, "self-test did not report success")

        size = run_json(
            console,
            [
                "--data-dir",
                str(profile),
                "customers",
                "classify",
                "--industry",
                "C34",
                "--employees",
                "100",
                "--revenue",
                "5000",
                "--assets",
                "3000",
            ],
            work,
        )
        expect(size.get("size") == "small", f"classify: expected small, got {size}")

        demo = run_json(console, ["--data-dir", str(profile), "demo", "--customers", "50"], work)
        expect(demo.get("added") == 50, f"demo: expected 50 added, got {demo}")
        listed = run_json(
            console, ["--data-dir", str(profile), "customers", "list", "--limit", "1"], work
        )
        expect(
            listed.get("total") == 50 and len(listed.get("customers", [])) == 1,
            f"customers list: unexpected {listed}",
        )

        old = work / "old-profile"
        make_first_revision_profile(old)
        found = run_json(
            console,
            ["--data-dir", str(old), "customers", "list", "--search", "旧版客户"],
            work,
        )
        names = [c.get("name") for c in found.get("customers", [])]
        expect(names == ["宁波旧版客户机械有限公司"], f"old profile: search found {names}")
        expect(found["customers"][0].get("size") == "small", f"old profile: {found}")
        backups = list((old / "backups").glob("*.sqlite3"))
        expect(len(backups) == 1, f"old profile: expected one backup, found {backups}")
        header = (old / "rmdesk.sqlite3").read_bytes()[:16]
        expect(header != b"SQLite format 3\x00", "old profile: database still unencrypted")
        log("old (revision 0001) profile upgraded by the frozen build, backup kept")


def step(title: str, action: Callable[[], None]) -> float:
    log(f"{title} ...")
    started = time.perf_counter()
    action()
    elapsed = time.perf_counter() - started
    log(f"{title}: {elapsed:.1f}s")
    return elapsed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache first")
    parser.add_argument(
        "--check-only", action="store_true", help="only run the checks of the existing dist/"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        if not args.check_only:
            step("translations", compile_translations)
            build_time = step("pyinstaller", lambda: run_pyinstaller(args.clean))
        step("bundle contents", check_contents)
        step("frozen checks", check_frozen)
    except (BuildError, subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        log(f"FAILED: {exc}")
        return 1
    bundle = DIST / (f"{NAME}.app" if sys.platform == "darwin" else NAME)
    log(f"bundle {bundle}: {folder_size(bundle) / 2**20:.1f} MiB")
    if not args.check_only:
        log(f"PyInstaller {build_time:.0f}s, total {time.perf_counter() - started:.0f}s")
    log("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
