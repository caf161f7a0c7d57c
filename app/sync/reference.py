"""Reference data refreshed from the server, kept in the profile, preferred when newer.

The server publishes each set (``products``, ``checklists``, ``size_classification``,
``scorecard_sme_v1``, …) as immutable versions with a SHA-256. Sync downloads a
set when the server's current version is neither the bundled file nor the copy
already kept, checks its SHA-256 and size, checks that the app's own loader
accepts it, and writes it to ``<profile>/reference/<name>.json`` (atomically; the
manifest ``manifest.json`` last).

Loaders pick the file with :func:`app.reference_data.reference_file` (the kept
copy when its version is not older than the bundled one) once the profile
opened (:func:`app.reference_data.set_reference_root`); after a refresh their
caches are dropped and :func:`add_refresh_listener` callbacks are told.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.reference_data import (
    MANIFEST,
    SCORECARD_PREFIX,
    add_refresh_listener,
    bundled_path,
    folder,
    is_not_older,
    load_manifest,
    reference_file,
    refreshed,
    set_reference_root,
)
from app.sync.context import RunContext, utcnow
from app.sync.report import SyncProgress

log = logging.getLogger(__name__)

_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
#: Sets that customers' stored size and eligibility are derived from.
DERIVED_FROM = frozenset({"size_classification", "eligibility", "industries"})
#: Present while customers still need re-deriving after such a set changed.
RECLASSIFY_MARKER = ".reclassify"

__all__ = [
    "add_refresh_listener",
    "bundled_path",
    "folder",
    "is_not_older",
    "load_manifest",
    "reference_file",
    "refresh_reference",
    "set_reference_root",
    "validate",
]


def _validators(root: Path | None) -> dict[str, Callable[[Path], object]]:
    from app.catalogue import load_catalogue
    from app.classification import load_size_table
    from app.eligibility import load_eligibility_rules
    from app.industries import check_industries
    from app.inspections import load_inspection_rules
    from app.risk_signals import load_risk_signals
    from app.visits.templates import load_visit_templates

    return {
        "size_classification": load_size_table,
        "eligibility": load_eligibility_rules,
        "risk_signals": load_risk_signals,
        "inspection_rules": load_inspection_rules,
        "visit_templates": load_visit_templates,
        "industries": check_industries,
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
    stored: list[str] = []
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
                stored.append(f"{entry.name}/{entry.version}")
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
        stored.append(label)
        ctx.emit(SyncProgress("reference", done, len(entries)))
    names = [label.split("/")[0] for label in stored]
    marker = folder(profile_root) / RECLASSIFY_MARKER
    if DERIVED_FROM & set(names):  # kept until customers are re-derived (a kill in between)
        _write_atomic(marker, b"")
    if changed:
        _save_manifest(profile_root, manifest)
    ctx.report.reference_refreshed.extend(stored)
    if stored:
        refreshed(names)  # the loaders' caches are dropped here
    if marker.exists():
        from app.customers import CustomerService

        count = CustomerService(ctx.database, ctx.actor).reclassify_all()
        log.info("reference data %s: size or eligibility of %d customers changed", names, count)
        marker.unlink()
