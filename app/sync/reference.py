"""Reference data refreshed from the server, kept in the profile, preferred when newer.

The server publishes each set (``products``, ``checklists``, ``size_classification``,
``scorecard_sme_v1``, …) as immutable versions with a SHA-256. Sync downloads a
set when the server's current version is neither the bundled file nor the copy
already kept, checks its SHA-256 and size, checks that the app's own loader
accepts it, and writes it to ``<profile>/reference/<name>.json`` (atomically; the
manifest ``manifest.json`` last).

Loaders pick the file with :func:`reference_file` (the kept copy when its
version is not older than the bundled one) after the UI or CLI called
:func:`set_reference_root` for the open profile, and drop their caches when
:func:`add_refresh_listener` callbacks say a set was refreshed.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.sync.context import RunContext, utcnow
from app.sync.report import SyncProgress
from resources import DATA_DIR

log = logging.getLogger(__name__)

FOLDER = "reference"
MANIFEST = "manifest.json"
SCORECARD_PREFIX = "scorecard_"
_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")

_lock = threading.Lock()
_root: Path | None = None
_listeners: list[Callable[[list[str]], None]] = []


def set_reference_root(profile_root: Path | None) -> None:
    """The profile whose refreshed reference data :func:`reference_file` prefers."""
    global _root
    with _lock:
        _root = profile_root


def add_refresh_listener(listener: Callable[[list[str]], None]) -> Callable[[], None]:
    """Call ``listener(names)`` after sync refreshed sets; returns an unsubscribe function."""
    with _lock:
        _listeners.append(listener)

    def remove() -> None:
        with _lock:
            if listener in _listeners:
                _listeners.remove(listener)

    return remove


def _notify(names: list[str]) -> None:
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


def _file_version(path: Path) -> str | None:
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
    with _lock:
        root = profile_root or _root
    if root is None:
        return bundled
    entry = load_manifest(root).get(name)
    kept = folder(root) / f"{name}.json"
    if entry is None or not kept.is_file():
        return bundled
    if is_not_older(str(entry.get("version", "")), _file_version(bundled)):
        return kept
    return bundled


def _validators(root: Path | None) -> dict[str, Callable[[Path], object]]:
    from app.catalogue import load_catalogue
    from app.classification import load_size_table
    from app.eligibility import load_eligibility_rules
    from app.inspections import load_inspection_rules
    from app.risk_signals import load_risk_signals
    from app.visits.templates import load_visit_templates

    return {
        "size_classification": load_size_table,
        "eligibility": load_eligibility_rules,
        "risk_signals": load_risk_signals,
        "inspection_rules": load_inspection_rules,
        "visit_templates": load_visit_templates,
        "products": lambda p: load_catalogue(p, reference_file("checklists", profile_root=root)),
        "checklists": lambda p: load_catalogue(reference_file("products", profile_root=root), p),
    }


def validate(name: str, path: Path, profile_root: Path | None = None) -> None:
    """Raise (ValueError and friends) unless the app's loader accepts the set in ``path``."""
    json.loads(path.read_text(encoding="utf-8"))
    if name.startswith(SCORECARD_PREFIX):
        from app.scoring.loading import load_model

        load_model(path)
        return
    check = _validators(profile_root).get(name)
    if check is not None:
        check(path)


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=".incoming-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(name, path)
    finally:
        Path(name).unlink(missing_ok=True)


def _save_manifest(profile_root: Path, manifest: dict[str, dict[str, Any]]) -> None:
    text = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True)
    _write_atomic(folder(profile_root) / MANIFEST, text.encode("utf-8"))


def _sha256_of(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def refresh_reference(ctx: RunContext, profile_root: Path) -> None:
    """Fetch sets whose server version is new here; record what was refreshed."""
    index = ctx.client.reference_index()
    manifest = load_manifest(profile_root)
    changed = False
    refreshed: list[str] = []
    entries = [e for e in index.entries if _NAME.match(e.name)]
    ctx.emit(SyncProgress("reference", 0, len(entries)))
    for done, entry in enumerate(entries, 1):
        ctx.check_cancel()
        kept = folder(profile_root) / f"{entry.name}.json"
        current = manifest.get(entry.name)
        if current and current.get("sha256") == entry.sha256 and kept.is_file():
            continue
        if _sha256_of(bundled_path(entry.name)) == entry.sha256:
            if current is not None:  # the server went back to what the app ships
                manifest.pop(entry.name)
                changed = True
            continue
        content = ctx.client.reference_content(entry.name, entry.version)
        label = f"{entry.name}/{entry.version}"
        if hashlib.sha256(content).hexdigest() != entry.sha256 or len(content) != entry.size:
            ctx.report.reference_errors.append(f"{label}: SHA-256 or size mismatch")
            continue
        with tempfile.TemporaryDirectory(dir=profile_root) as scratch:
            candidate = Path(scratch) / f"{entry.name}.json"
            candidate.write_bytes(content)
            try:
                validate(entry.name, candidate, profile_root)
            except Exception as exc:  # loaders raise many kinds on bad data
                ctx.report.reference_errors.append(f"{label}: {str(exc)[:200]}")
                continue
        _write_atomic(kept, content)
        manifest[entry.name] = {
            "version": entry.version,
            "sha256": entry.sha256,
            "size": entry.size,
            "published_at": entry.published_at.isoformat(),
            "stored_at": utcnow().isoformat(),
        }
        changed = True
        refreshed.append(label)
        ctx.emit(SyncProgress("reference", done, len(entries)))
    if changed:
        _save_manifest(profile_root, manifest)
    ctx.report.reference_refreshed.extend(refreshed)
    if refreshed:
        _notify([label.split("/")[0] for label in refreshed])
