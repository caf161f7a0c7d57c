"""The rmdesk command line, run as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app import __version__


def rmdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "ui", *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=120,
    )


def test_version() -> None:
    result = rmdesk("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"rmdesk {__version__}"


def test_demo_fills_the_profile_named_by_data_dir(tmp_path: Path) -> None:
    result = rmdesk("--data-dir", str(tmp_path / "p"), "demo", "--customers", "25")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"added": 25, "total": 25}
    again = rmdesk("--data-dir", str(tmp_path / "p"), "demo", "--customers", "25", "--if-empty")
    assert json.loads(again.stdout) == {"added": 0, "total": 25}


def test_data_dir_from_environment(tmp_path: Path) -> None:
    result = rmdesk("demo", "--customers", "3", env={"RMDESK_DATA_DIR": str(tmp_path / "env")})
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "env" / "rmdesk.sqlite3").exists()


def test_corrupt_profile_gives_json_error_and_nonzero_exit(tmp_path: Path) -> None:
    root = tmp_path / "bad"
    root.mkdir()
    (root / "rmdesk.sqlite3").write_bytes(b"garbage" * 50)
    result = rmdesk("--data-dir", str(root), "demo", "--customers", "1")
    assert result.returncode == 1
    assert json.loads(result.stdout)["problem"] == "corrupt"
    assert (root / "rmdesk.sqlite3").read_bytes() == b"garbage" * 50


def test_negative_count_is_refused(tmp_path: Path) -> None:
    result = rmdesk("--data-dir", str(tmp_path / "p"), "demo", "--customers", "-5")
    assert result.returncode == 2
    assert "error" in json.loads(result.stdout)


def test_self_test_checks_everything_and_exits_zero(tmp_path: Path) -> None:
    root = tmp_path / "p"
    assert rmdesk("--data-dir", str(root), "demo", "--customers", "10").returncode == 0
    result = rmdesk("--data-dir", str(root), "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    for check in ("migrations", "profile", "translations", "font", "window"):
        assert f"[ok]   {check}" in result.stdout
    assert "self-test passed" in result.stdout


def test_self_test_fails_on_a_corrupt_profile(tmp_path: Path) -> None:
    root = tmp_path / "bad"
    root.mkdir()
    (root / "rmdesk.sqlite3").write_bytes(b"garbage" * 50)
    result = rmdesk("--data-dir", str(root), "--self-test")
    assert result.returncode == 1
    assert "[FAIL] migrations" in result.stdout


def test_window_paints_real_figures_from_an_existing_profile(tmp_path: Path) -> None:
    root = tmp_path / "p"
    assert rmdesk("--data-dir", str(root), "demo", "--customers", "40").returncode == 0
    result = rmdesk("--data-dir", str(root), env={"RMDESK_STARTUP_PROBE": "1"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("RMDESK_READY ")
    log = (root / "logs" / "rmdesk.log").read_text(encoding="utf-8")
    assert "starting on profile" in log
