"""Autosaved typing (drafts) in the local-only ``local_drafts`` table, never synced.

The UI saves the form it is editing every few seconds under a key of its
choice (e.g. ``"visit:<id>:notes"``); each save is one small committed
transaction (SQLite WAL, ``synchronous=FULL``), so a crash or a kill loses at
most the typing since the last save. Drafts write no outbox entry: they are
not records, only a safety net, and are discarded once the real save is done.
"""

from __future__ import annotations

import builtins
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects.sqlite import insert

from db.database import Database
from db.models import LocalDraft, utcnow

MAX_KEY = 128
MAX_KIND = 32
#: Largest payload, as JSON, in characters.
MAX_PAYLOAD = 1_000_000


@dataclass(frozen=True)
class Draft:
    """A saved draft: its key, kind, payload and when it was saved (UTC)."""

    key: str
    kind: str
    payload: dict[str, Any]
    updated_at: datetime


def _check(key: str, kind: str, payload: dict[str, Any]) -> None:
    if not key or len(key) > MAX_KEY:
        raise ValueError(f"draft key must be 1 to {MAX_KEY} characters")
    if not kind or len(kind) > MAX_KIND:
        raise ValueError(f"draft kind must be 1 to {MAX_KIND} characters")
    if not isinstance(payload, dict):
        raise TypeError("a draft payload is a dict")
    try:
        size = len(json.dumps(payload, ensure_ascii=False))
    except (TypeError, ValueError) as exc:
        raise TypeError(f"a draft payload must be plain JSON: {exc}") from exc
    if size > MAX_PAYLOAD:
        raise ValueError(f"draft payload is {size} characters; the limit is {MAX_PAYLOAD}")


class DraftStore:
    """Drafts of one profile, by key. Writes go through the unit of work (no outbox)."""

    def __init__(self, database: Database, actor: str = "local") -> None:
        self._db = database
        self._actor = actor

    def save(self, key: str, kind: str, payload: dict[str, Any]) -> None:
        """Keep ``payload`` under ``key`` (replacing what was there), committed on return."""
        _check(key, kind, payload)
        statement = insert(LocalDraft).values(
            key=key, kind=kind, payload=payload, updated_at=utcnow()
        )
        statement = statement.on_conflict_do_update(
            index_elements=[LocalDraft.key],
            set_={
                "kind": statement.excluded.kind,
                "payload": statement.excluded.payload,
                "updated_at": statement.excluded.updated_at,
            },
        )
        with self._db.unit_of_work(self._actor) as uow:
            uow.session.execute(statement)

    def load(self, key: str) -> Draft | None:
        """The draft saved under ``key``, if any."""
        with self._db.reading() as session:
            row = session.get(LocalDraft, key)
            return None if row is None else _draft(row)

    def discard(self, key: str) -> bool:
        """Forget the draft under ``key`` (after the real save); True if there was one."""
        with self._db.unit_of_work(self._actor) as uow:
            result = uow.session.execute(delete(LocalDraft).where(LocalDraft.key == key))
            return bool(getattr(result, "rowcount", 0))

    def list(self, kind: str | None = None) -> builtins.list[Draft]:
        """Drafts (of ``kind``), newest first: what to offer to restore after a crash."""
        query = select(LocalDraft).order_by(LocalDraft.updated_at.desc(), LocalDraft.key)
        if kind is not None:
            query = query.where(LocalDraft.kind == kind)
        with self._db.reading() as session:
            return [_draft(row) for row in session.scalars(query)]

    def prune(self, before: datetime) -> int:
        """Forget drafts last saved before ``before``; how many."""
        with self._db.unit_of_work(self._actor) as uow:
            result = uow.session.execute(delete(LocalDraft).where(LocalDraft.updated_at < before))
            return int(getattr(result, "rowcount", 0) or 0)


def _draft(row: LocalDraft) -> Draft:
    return Draft(row.key, row.kind, dict(row.payload), row.updated_at)
