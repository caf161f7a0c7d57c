"""Plaintext copies for external viewers, kept private and short-lived.

"Open in viewer" must hand another program a real file. Such copies go into one
folder per running app, ``run-<random>/`` (mode 0700), under
``<per-user runtime or cache dir>/RMDesk/viewer/`` (0700; never the shared temp
root), each under a random name (0600) that keeps only the file type's suffix, so
neither the customer's file name nor its content shows outside the folder.

Each run holds an exclusive lock on ``run-<random>.lock`` beside its folder while it
lives. :meth:`ViewerFiles.cleanup` removes the run's folder when the app exits;
:meth:`ViewerFiles.sweep` (at the next start) removes the folders whose lock nobody
holds any more: those of runs that crashed or were killed. A folder of another RM
Desk still running is left alone.

Where: ``$XDG_RUNTIME_DIR`` on Linux (in memory, per user), the per-user temporary
items folder on macOS and ``%LOCALAPPDATA%\\Temp`` on Windows (platformdirs'
``user_runtime_dir``); the per-user cache folder when that is missing or sits in a
folder other users may write to (platformdirs falls back to ``/tmp/runtime-<uid>``).
On Windows the mode bits mean little; the folders inherit the user profile's ACL.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import mimetypes
import os
import re
import secrets
import shutil
import stat
import sys
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path

from app.paths import APP_NAME

if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        """Lock ``fd`` for this process without waiting; False if another holds it."""
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        """Lock ``fd`` for this process without waiting; False if another holds it."""
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


log = logging.getLogger(__name__)

#: The folder (below the per-user runtime or cache folder of RM Desk) of all runs.
FOLDER_NAME = "viewer"
_RUN_PREFIX = "run-"
_LOCK_SUFFIX = ".lock"
_SUFFIX_RE = re.compile(r"\.[A-Za-z0-9]{1,10}")
_POSIX = os.name == "posix"


class ViewerFilesError(OSError):
    """No private folder could be found or made for viewer copies."""


def viewer_suffix(name: str, media_type: str | None = None) -> str:
    """The file-type suffix a viewer needs (``.pdf``), from ``name`` or else ``media_type``.

    Only a short alphanumeric suffix is kept (lower-cased); nothing else of the name.
    """
    suffix = Path(name).suffix
    if _SUFFIX_RE.fullmatch(suffix):
        return suffix.lower()
    guessed = mimetypes.guess_extension(media_type) if media_type else None
    return guessed if guessed and _SUFFIX_RE.fullmatch(guessed) else ""


def default_base() -> Path:
    """The folder of all runs' viewer copies on this machine (created, 0700).

    Raises :class:`ViewerFilesError` when neither the runtime nor the cache folder
    is private to this user.
    """
    import platformdirs

    def runtime() -> str:
        with warnings.catch_warnings():
            # platformdirs warns when XDG_RUNTIME_DIR is unset; the checks below decide.
            warnings.simplefilter("ignore")
            return platformdirs.user_runtime_dir(APP_NAME, appauthor=False)

    def cache() -> str:
        return platformdirs.user_cache_dir(APP_NAME, appauthor=False)

    problems: list[str] = []
    for where, may_create_root in ((runtime, False), (cache, True)):
        try:
            app_dir = Path(where())
            if not app_dir.parent.is_dir():
                if not may_create_root:
                    raise ViewerFilesError(f"{app_dir.parent} does not exist")
                app_dir.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            for folder in (app_dir.parent, app_dir.parent.parent):
                _check_not_shared(folder)
            _make_private_dir(app_dir)
            base = app_dir / FOLDER_NAME
            _make_private_dir(base)
            return base
        except OSError as exc:
            problems.append(f"{where.__name__}: {exc}")
    raise ViewerFilesError("no private folder for viewer copies (" + "; ".join(problems) + ")")


@dataclass
class _Run:
    folder: Path
    lock_path: Path
    lock_fd: int


class ViewerFiles:
    """The viewer copies of this running app, in ``base`` (default: :func:`default_base`).

    Thread-safe: copies may be written from worker threads.
    """

    def __init__(self, base: Path | None = None) -> None:
        self._base = base
        self._run: _Run | None = None
        self._mutex = threading.Lock()

    @property
    def base(self) -> Path:
        """The folder of all runs (made private on first use)."""
        if self._base is None:
            self._base = default_base()
        _make_private_dir(self._base)  # again: it may have been removed meanwhile
        return self._base

    @property
    def folder(self) -> Path | None:
        """This run's folder, once a copy was written (None before and after cleanup)."""
        run = self._run
        return None if run is None else run.folder

    def write(self, data: bytes, suffix: str = "") -> Path:
        """Write ``data`` to a new 0600 file with a random name ending in ``suffix``."""
        if suffix and not _SUFFIX_RE.fullmatch(suffix):
            raise ValueError(f"not a file-type suffix: {suffix!r}")
        with self._mutex:
            run = self._run
            if run is not None and not run.folder.is_dir():  # removed under us: start again
                os.close(run.lock_fd)
                run = None
            if run is None:
                run = self._run = self._start_run()
        path = run.folder / f"{secrets.token_hex(16)}{suffix}"
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(path, flags | getattr(os, "O_BINARY", 0), 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
        except BaseException:
            path.unlink(missing_ok=True)
            raise
        return path

    def cleanup(self) -> None:
        """Remove this run's folder and every copy in it (at exit; never raises).

        A copy a viewer still holds open on Windows stays; the next start's sweep
        removes it.
        """
        with self._mutex:
            run, self._run = self._run, None
        if run is None:
            return
        shutil.rmtree(run.folder, ignore_errors=True)
        if run.folder.exists():
            os.close(run.lock_fd)  # leave the lock file: the next sweep finishes
            return
        if _POSIX:
            with contextlib.suppress(OSError):
                run.lock_path.unlink()
            os.close(run.lock_fd)
        else:  # Windows cannot remove an open file
            os.close(run.lock_fd)
            with contextlib.suppress(OSError):
                run.lock_path.unlink()

    def sweep(self) -> int:
        """Remove the copies of runs that are no longer running; returns the runs removed."""
        base = self.base
        own = self._run.lock_path if self._run is not None else None
        removed = 0
        for lock_path in sorted(base.glob(f"{_RUN_PREFIX}*{_LOCK_SUFFIX}")):
            if lock_path != own and _remove_dead_run(lock_path):
                removed += 1
        for folder in sorted(base.glob(f"{_RUN_PREFIX}*")):
            # A folder without its lock file: its run was swept half-way or died
            # between the two (a live run makes its lock file first).
            if (
                folder.suffix == _LOCK_SUFFIX
                or folder.with_name(folder.name + _LOCK_SUFFIX).exists()
            ):
                continue
            _remove_tree(folder)
            if not folder.exists():
                removed += 1
        return removed

    def _start_run(self) -> _Run:
        base = self.base
        for _ in range(5):
            token = secrets.token_hex(8)
            lock_path = base / f"{_RUN_PREFIX}{token}{_LOCK_SUFFIX}"
            flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            try:
                fd = os.open(lock_path, flags, 0o600)
            except FileExistsError:
                continue
            if not _try_lock(fd) or not _still_linked(fd, lock_path):
                os.close(fd)  # a sweeper took it in between: start over
                continue
            folder = base / f"{_RUN_PREFIX}{token}"
            try:
                folder.mkdir(mode=0o700)
            except OSError:
                os.close(fd)
                with contextlib.suppress(OSError):
                    lock_path.unlink()
                raise
            return _Run(folder, lock_path, fd)
        raise ViewerFilesError(f"cannot start a folder for viewer copies in {base}")


_default: ViewerFiles | None = None
_default_mutex = threading.Lock()


def viewer_files() -> ViewerFiles:
    """This process's viewer copies (also removed by an ``atexit`` hook)."""
    global _default
    with _default_mutex:
        if _default is None:
            _default = ViewerFiles()
            atexit.register(_default.cleanup)
        return _default


def write_for_viewer(data: bytes, name: str, media_type: str | None = None) -> Path:
    """A private copy of ``data`` for a viewer; only the type of ``name`` shows in its name."""
    return viewer_files().write(data, viewer_suffix(name, media_type))


def sweep_viewer_files() -> int:
    """At start: remove copies that crashed runs left behind (logs, never raises)."""
    try:
        removed = viewer_files().sweep()
    except OSError as exc:
        log.warning("cannot sweep old viewer copies: %s", exc)
        return 0
    if removed:
        log.info("removed the viewer copies of %d earlier run(s)", removed)
    return removed


def remove_viewer_files() -> None:
    """At exit: remove this run's viewer copies (never raises)."""
    try:
        viewer_files().cleanup()
    except OSError as exc:
        log.warning("cannot remove the viewer copies: %s", exc)


# -- helpers -------------------------------------------------------------------------


def _check_not_shared(folder: Path) -> None:
    """Refuse ``folder`` if another user could replace what is in it (POSIX only)."""
    if not _POSIX:
        return
    info = folder.lstat()
    if stat.S_ISLNK(info.st_mode):
        info = folder.stat()
    if info.st_uid not in (os.getuid(), 0):
        raise ViewerFilesError(f"{folder} belongs to another user")
    if info.st_mode & stat.S_IWOTH:
        raise ViewerFilesError(f"{folder} is writable by every user")


def _make_private_dir(folder: Path) -> None:
    """Create ``folder`` (0700) or check an existing one is this user's own, not a link."""
    with contextlib.suppress(FileExistsError):
        folder.mkdir(mode=0o700, parents=True)
    info = folder.lstat()
    if not stat.S_ISDIR(info.st_mode):
        raise ViewerFilesError(f"{folder} is not a folder")
    if _POSIX:
        if info.st_uid != os.getuid():
            raise ViewerFilesError(f"{folder} belongs to another user")
        if stat.S_IMODE(info.st_mode) != 0o700:
            os.chmod(folder, 0o700)


def _remove_dead_run(lock_path: Path) -> bool:
    """Remove the run of ``lock_path`` if its lock is free; whether it was removed."""
    try:
        fd = os.open(lock_path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False  # gone meanwhile, or (Windows) held open by its live run
    try:
        if not _try_lock(fd) or not _still_linked(fd, lock_path):
            return False  # running (or already swept by someone else)
        folder = lock_path.with_name(lock_path.name.removesuffix(_LOCK_SUFFIX))
        _remove_tree(folder)
        if folder.exists():
            return False  # (Windows) a viewer still has a copy open: next time
        if _POSIX:
            lock_path.unlink(missing_ok=True)
    finally:
        os.close(fd)
    if not _POSIX:
        with contextlib.suppress(OSError):
            lock_path.unlink()
    return True


def _remove_tree(folder: Path) -> None:
    if folder.is_symlink():
        folder.unlink(missing_ok=True)
    else:
        shutil.rmtree(folder, ignore_errors=True)


def _still_linked(fd: int, path: Path) -> bool:
    """Whether ``path`` is still the file open as ``fd`` (a sweeper may have removed it)."""
    try:
        return os.path.samestat(os.fstat(fd), path.stat())
    except OSError:
        return False
