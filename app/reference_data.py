"""Which reference data file the loaders read: the profile's refreshed copy, else the bundled one.

Sync (:mod:`app.sync.reference`) keeps sets the server published in
``<profile>/reference/<name>.json`` with a ``manifest.json``. Every loader of
``resources/data`` asks :func:`reference_file` for its file and registers its
cache with :func:`register_cache`; :func:`set_reference_root` (when a profile
opens) and :func:`refreshed` (after a sync fetched sets) drop those caches, so
the next call reads the new data. Light on purpose (no HTTP, no Qt): the
loaders import it at start-up.
"""

from __future__ import annotations

import json
import logging
import re
import threading
from collections.abc import Callable
from functools import _lru_cache_wrapper
from pathlib import Path
from typing import Any, TypeVar

from resources import DATA_DIR

log = logging.getLogger(__name__)
T = TypeVar("T")

FOLDER = "reference"
MANIFEST = "manifest.json"
SCORECARD_PREFIX = "scorecard_"

_lock = threading.Lock()
_root: Path | None = None
_caches: list[Callable[[], None]] = []
_listeners: list[Callable[[list[str]], None]] = []


def register_cache(clear: Callable[[], None]) -> Callable[[], None]:
    """Have ``clear()`` called whenever the reference data may have changed; returns it."""
    with _lock:
        _caches.append(clear)
    return clear


def clear_caches() -> None:
    """Drop every loader's cached reference data (the next call reads the files again)."""
    with _lock:
        caches = list(_caches)
    for clear in caches:
        clear()


def set_reference_root(profile_root: Path | None) -> None:
    """The profile whose refreshed reference data :func:`reference_file` prefers."""
    global _root
    with _lock:
        changed = _root != profile_root
        _root = profile_root
    if changed:
        clear_caches()


def reference_root() -> Path | None:
    """The profile set by :func:`set_reference_root`, if any."""
    with _lock:
        return _root


def register_cache_of(function: _lru_cache_wrapper[T]) -> _lru_cache_wrapper[T]:
    """Decorator: ``function``'s ``functools.cache`` is dropped with the others."""
    register_cache(function.cache_clear)
    return function


def add_refresh_listener(listener: Callable[[list[str]], None]) -> Callable[[], None]:
    """Call ``listener(names)`` after sync refreshed sets; returns an unsubscribe function."""
    with _lock:
        _listeners.append(listener)

    def remove() -> None:
        with _lock:
            if listener in _listeners:
                _listeners.remove(listener)

    return remove


def refreshed(names: list[str]) -> None:
    """Sync stored new versions of ``names``: drop the caches, then tell the listeners."""
    clear_caches()
    with _lock:
        listeners = list(_listeners)
    for listener in listeners:
        try:
            listener(names)
        except Exception:
            log.exception("reference refresh listener failed")


def bundled_path(name: str) -> Path:
    """Where the app ships set ``name`` (``scorecard_x`` → ``scorecards/x.json``)."""
    if name.startswith(SCORECARD_PREFIX):
        return DATA_DIR / "scorecards" / f"{name.removeprefix(SCORECARD_PREFIX)}.json"
    return DATA_DIR / f"{name}.json"


def folder(profile_root: Path) -> Path:
    """The profile's folder of refreshed reference data."""
    return profile_root / FOLDER


def load_manifest(profile_root: Path) -> dict[str, dict[str, Any]]:
    """What is kept: ``{name: {version, sha256, size, published_at, stored_at}}``."""
    try:
        raw = json.loads((folder(profile_root) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def _version_key(version: str) -> tuple[int, ...] | None:
    parts = re.split(r"[._-]", version)
    if not all(p.isdigit() for p in parts):
        return None
    return tuple(int(p) for p in parts)


def file_version(path: Path) -> str | None:
    """The ``version`` field of a reference data file, if it has one."""
    try:
        version = json.loads(path.read_text(encoding="utf-8")).get("version")
    except (OSError, ValueError, AttributeError):
        return None
    return None if version is None else str(version)


def is_not_older(kept: str, bundled: str | None) -> bool:
    """Whether a kept version should win over the bundled one (unknown orders: kept wins)."""
    if bundled is None:
        return True
    a, b = _version_key(kept), _version_key(bundled)
    if a is None or b is None:
        return True
    return a >= b


def reference_file(
    name: str, bundled: Path | None = None, profile_root: Path | None = None
) -> Path:
    """The file to load for set ``name``: the kept copy if not older, else the bundled one."""
    bundled = bundled or bundled_path(name)
    root = profile_root or reference_root()
    if root is None:
        return bundled
    entry = load_manifest(root).get(name)
    kept = folder(root) / f"{name}.json"
    if entry is None or not kept.is_file():
        return bundled
    if is_not_older(str(entry.get("version", "")), file_version(bundled)):
        return kept
    return bundled


def kept_files(prefix: str, profile_root: Path | None = None) -> list[Path]:
    """The profile's kept files of the sets whose names start with ``prefix``, by name."""
    root = profile_root or reference_root()
    if root is None:
        return []
    names = sorted(n for n in load_manifest(root) if n.startswith(prefix))
    return [p for p in (folder(root) / f"{n}.json" for n in names) if p.is_file()]
