"""Reference data sets, published as immutable versions and served to clients.

Publishing reads ``resources/data/*.json`` and ``resources/data/scorecards/*.json``
(the files the client ships); a set's version is its ``version`` field, else the
start of its SHA-256. A published (name, version) never changes: a file whose
content changed without a new version is refused with a warning.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.sync_wire import ReferenceEntry
from resources import DATA_DIR
from server.models import ReferenceData

log = logging.getLogger(__name__)

_NAME = re.compile(r"^[a-z][a-z0-9_]{0,63}$")


def bundled(data_dir: Path = DATA_DIR) -> dict[str, Path]:
    """The reference data files to publish, by set name."""
    found = {path.stem: path for path in sorted(data_dir.glob("*.json"))}
    found.update(
        {f"scorecard_{path.stem}": path for path in sorted(data_dir.glob("scorecards/*.json"))}
    )
    return {name: path for name, path in found.items() if _NAME.match(name)}


def _version(content: bytes, sha256: str) -> str:
    try:
        version = json.loads(content).get("version")
    except (ValueError, AttributeError):
        version = None
    text = str(version) if version is not None else ""
    return text if re.fullmatch(r"[A-Za-z0-9._-]{1,32}", text) else sha256[:12]


def publish(session: Session, now: datetime, data_dir: Path = DATA_DIR) -> list[str]:
    """Publish every bundled set not yet published; returns the new ``name/version``s."""
    published = []
    for name, path in bundled(data_dir).items():
        content = path.read_bytes()
        sha256 = hashlib.sha256(content).hexdigest()
        version = _version(content, sha256)
        existing = session.get(ReferenceData, (name, version))
        if existing is not None:
            if existing.sha256 != sha256:
                log.warning(
                    "%s: content changed but version %s is already published; "
                    "bump its version to publish it",
                    path.name,
                    version,
                )
            continue
        session.add(
            ReferenceData(
                name=name, version=version, sha256=sha256, content=content, published_at=now
            )
        )
        published.append(f"{name}/{version}")
    session.flush()
    return published


def index(session: Session) -> list[ReferenceEntry]:
    """The newest published version of each set (one row per set; no content is read)."""
    ranked = select(
        ReferenceData.name,
        ReferenceData.version,
        ReferenceData.sha256,
        ReferenceData.published_at,
        func.length(ReferenceData.content).label("size"),
        func.row_number()
        .over(
            partition_by=ReferenceData.name,
            order_by=(ReferenceData.published_at.desc(), ReferenceData.version.desc()),
        )
        .label("rank"),
    ).subquery()
    rows = session.execute(select(ranked).where(ranked.c.rank == 1).order_by(ranked.c.name))
    return [
        ReferenceEntry(
            name=row.name,
            version=row.version,
            sha256=row.sha256,
            size=int(row.size),
            published_at=row.published_at,
        )
        for row in rows
    ]


def content(session: Session, name: str, version: str) -> ReferenceData | None:
    """One published version, if it exists."""
    return session.get(ReferenceData, (name, version))
