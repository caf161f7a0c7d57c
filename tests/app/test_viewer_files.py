"""Viewer copies: 0600 files with random names in one 0700 folder per run, removed at
exit; a crashed run's copies are swept at the next start, a live run's are kept."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

import platformdirs
import pytest

import app.viewer_files as viewer_module
from app.viewer_files import (
    ViewerFiles,
    ViewerFilesError,
    default_base,
    remove_viewer_files,
    sweep_viewer_files,
    viewer_suffix,
    write_for_viewer,
)

ROOT = Path(__file__).resolve().parents[2]
SECRET = "营业执照 杭州某某贸易有限公司".encode() + b" %PDF-1.4 plaintext scan"

#: A separate process that writes one copy, prints its path, then either dies at once
#: (no clean-up: a crash) or waits for a line on stdin and cleans up like the app.
CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from app.viewer_files import ViewerFiles

    files = ViewerFiles(Path(sys.argv[1]))
    print(files.write(b"customer scan", ".pdf"), flush=True)
    if sys.argv[2] == "crash":
        os._exit(3)
    sys.stdin.readline()
    files.cleanup()
    """
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def child(base: Path, how: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(base), how],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


@pytest.fixture
def base(tmp_path: Path) -> Path:
    return tmp_path / "viewer"


def test_a_copy_is_private_and_named_at_random(base: Path) -> None:
    files = ViewerFiles(base)
    suffix = viewer_suffix("营业执照 杭州某某贸易有限公司.PDF", "application/pdf")
    assert suffix == ".pdf"
    first = files.write(SECRET, suffix)
    second = files.write(SECRET, suffix)
    assert first.read_bytes() == SECRET
    assert first.parent == second.parent == files.folder and first != second
    assert first.parent.parent == base
    assert (mode(first), mode(second)) == (0o600, 0o600)
    assert mode(first.parent) == 0o700 and mode(base) == 0o700
    # only the type shows: 32 random hex digits and the suffix
    assert first.suffix == ".pdf" and len(first.stem) == 32 and int(first.stem, 16) >= 0
    assert "营业执照" not in str(first)


def test_cleanup_removes_this_runs_copies(base: Path) -> None:
    files = ViewerFiles(base)
    copy = files.write(SECRET, ".png")
    folder = copy.parent
    assert sorted(p.name for p in base.iterdir()) == [folder.name, folder.name + ".lock"]
    files.cleanup()
    assert not copy.exists() and not folder.exists()
    assert list(base.iterdir()) == []  # the lock file went too
    assert files.folder is None
    files.cleanup()  # twice is harmless
    again = files.write(b"x", ".pdf")  # a new run folder if needed after all
    assert again.parent != folder and again.exists()


def test_a_crashed_runs_copies_are_swept_at_the_next_start(base: Path) -> None:
    crashed = child(base, "crash")
    out, _ = crashed.communicate(timeout=60)
    assert crashed.returncode == 3
    leftover = Path(out.strip())
    assert leftover.read_bytes() == b"customer scan"  # the crash left it behind

    files = ViewerFiles(base)
    mine = files.write(SECRET, ".pdf")
    assert files.sweep() == 1
    assert not leftover.exists() and not leftover.parent.exists()
    assert mine.exists()  # this run's own copy stays
    assert sorted(p.name for p in base.iterdir()) == sorted(
        [mine.parent.name, mine.parent.name + ".lock"]
    )
    assert files.sweep() == 0


def test_a_running_apps_copies_are_not_swept(base: Path) -> None:
    running = child(base, "wait")
    assert running.stdout is not None and running.stdin is not None
    theirs = Path(running.stdout.readline().strip())
    try:
        assert ViewerFiles(base).sweep() == 0
        assert theirs.read_bytes() == b"customer scan"
    finally:
        running.stdin.write("exit\n")
        running.stdin.flush()
        running.wait(timeout=60)
    assert running.returncode == 0
    assert not theirs.exists() and list(base.iterdir()) == []  # its own clean-up at exit


def test_a_run_folder_without_its_lock_is_swept(base: Path) -> None:
    orphan = base / "run-0123456789abcdef"
    orphan.mkdir(parents=True)
    (orphan / "scan.pdf").write_bytes(SECRET)
    other = base / "notes.txt"  # not ours to judge: left alone
    other.write_text("x")
    assert ViewerFiles(base).sweep() == 1
    assert not orphan.exists() and other.exists()


def test_loose_permissions_are_tightened_and_links_refused(tmp_path: Path) -> None:
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    loose.chmod(0o777)
    ViewerFiles(loose).write(b"x", ".pdf")
    assert mode(loose) == 0o700

    target = tmp_path / "elsewhere"
    target.mkdir()
    link = tmp_path / "link"
    link.symlink_to(target, target_is_directory=True)
    with pytest.raises(ViewerFilesError):
        ViewerFiles(link).write(b"x", ".pdf")
    assert list(target.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.getuid() != 0, reason="needs root to chown")
def test_a_folder_of_another_user_is_refused(tmp_path: Path) -> None:
    theirs = tmp_path / "theirs"
    theirs.mkdir(mode=0o700)
    os.chown(theirs, 65534, 65534)
    with pytest.raises(ViewerFilesError, match="another user"):
        ViewerFiles(theirs).write(b"x", ".pdf")


def test_the_suffix_keeps_only_the_type() -> None:
    assert viewer_suffix("某某公司 营业执照.JPG") == ".jpg"
    assert viewer_suffix("报表.pdf", "application/pdf") == ".pdf"
    assert viewer_suffix("扫描件.某某", "application/pdf") == ".pdf"  # not ASCII: from the type
    assert viewer_suffix("scan", "image/png") == ".png"
    assert viewer_suffix("scan.pdf; rm -rf", None) == ""
    assert viewer_suffix("no suffix") == ""
    with pytest.raises(ValueError):
        ViewerFiles(Path("unused")).write(b"x", "/../x.pdf")


# -- where: the per-user runtime folder, else the cache folder, never a shared one ------


@pytest.fixture
def platform(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    runtime_root, cache_root = tmp_path / "run-user", tmp_path / "home" / ".cache"
    monkeypatch.setattr(
        platformdirs, "user_runtime_dir", lambda app, appauthor=None: str(runtime_root / app)
    )
    monkeypatch.setattr(
        platformdirs, "user_cache_dir", lambda app, appauthor=None: str(cache_root / app)
    )
    return runtime_root, cache_root


def test_the_runtime_folder_comes_first(platform: tuple[Path, Path]) -> None:
    runtime_root, cache_root = platform
    runtime_root.mkdir(mode=0o700)
    base = default_base()
    assert base == runtime_root / "RMDesk" / "viewer"
    assert mode(base) == mode(base.parent) == 0o700
    assert not cache_root.exists()


def test_a_missing_runtime_folder_falls_back_to_the_cache(platform: tuple[Path, Path]) -> None:
    runtime_root, cache_root = platform
    base = default_base()
    assert base == cache_root / "RMDesk" / "viewer" and mode(base) == 0o700
    assert not runtime_root.exists()  # never made up (it is the system's to create)


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_a_runtime_folder_in_a_shared_place_is_not_used(platform: tuple[Path, Path]) -> None:
    runtime_root, cache_root = platform
    runtime_root.mkdir(mode=0o700)
    runtime_root.chmod(0o1777)  # like /tmp (platformdirs' /tmp/runtime-<uid> fallback)
    assert default_base() == cache_root / "RMDesk" / "viewer"
    assert not (runtime_root / "RMDesk").exists()
    cache_root.chmod(0o1777)
    with pytest.raises(ViewerFilesError):
        default_base()


# -- the app's own instance (what ui/gui.py calls at start and exit) ---------------------


def test_the_apps_copies_go_at_exit_and_leftovers_at_start(
    base: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    crashed = child(base, "crash")
    leftover = Path(crashed.communicate(timeout=60)[0].strip())
    monkeypatch.setattr(viewer_module, "_default", ViewerFiles(base))
    assert sweep_viewer_files() == 1 and not leftover.exists()
    copy = write_for_viewer(SECRET, "资产负债表.pdf", "application/pdf")
    assert copy.parent.parent == base and copy.suffix == ".pdf"
    remove_viewer_files()
    assert not copy.exists() and list(base.iterdir()) == []
