"""What a sync run reports as it goes (:class:`SyncProgress`) and when done (:class:`SyncReport`).

The last report is kept in the profile (``sync_state``) for the Sync page.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Literal

from app.sync import state
from db.database import Database

Phase = Literal["push", "pull", "upload", "download", "reference", "done"]
#: Every phase, in the order a run goes through them.
PHASES: tuple[Phase, ...] = ("push", "pull", "upload", "download", "reference", "done")


@dataclass(frozen=True)
class SyncProgress:
    """Where a running sync stands: ``done`` of ``total`` items (None: not known yet)."""

    phase: Phase
    done: int = 0
    total: int | None = None
    bytes_done: int = 0
    bytes_total: int | None = None


@dataclass
class RecordLink:
    """A record the RM can open: entity, id and its customer (None if not known here)."""

    entity: str
    id: str
    customer_id: str | None = None


@dataclass
class ConflictNotice(RecordLink):
    """A record with fields changed both here and on the server (see the Conflicts page)."""

    fields: list[str] = field(default_factory=list)


@dataclass
class RejectedNotice(RecordLink):
    """A change the server refused; ``problems`` are {field, code, message, template, params}."""

    op: str = "update"
    problems: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class DecisionNotice:
    """A credit decision that arrived with this sync (for a notification)."""

    application_id: str
    customer_id: str
    status: str
    decided_at: str | None
    decided_by: str | None


@dataclass
class SyncReport:
    """The outcome of one run; ``error`` is None when it completed."""

    started_at: str
    finished_at: str | None = None
    server: str = ""
    user: str = ""
    pushed: int = 0
    applied: int = 0
    pulled: int = 0
    revoked: int = 0
    redownloaded: bool = False
    conflicts: list[ConflictNotice] = field(default_factory=list)
    rejected: list[RejectedNotice] = field(default_factory=list)
    uploaded_files: int = 0
    uploaded_bytes: int = 0
    downloaded_files: int = 0
    downloaded_bytes: int = 0
    downloads_deferred: int = 0
    reference_refreshed: list[str] = field(default_factory=list)
    reference_errors: list[str] = field(default_factory=list)
    decisions: list[DecisionNotice] = field(default_factory=list)
    cancelled: bool = False
    error: dict[str, Any] | None = None

    @property
    def ok(self) -> bool:
        """True when the run completed."""
        return self.error is None

    def to_json(self) -> dict[str, Any]:
        """The report as JSON-ready data (with ``ok``)."""
        return {"ok": self.ok, **asdict(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SyncReport:
        """A report from :meth:`to_json` data (unknown keys are ignored)."""
        values = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        values["conflicts"] = [ConflictNotice(**c) for c in values.get("conflicts", [])]
        values["rejected"] = [RejectedNotice(**r) for r in values.get("rejected", [])]
        values["decisions"] = [DecisionNotice(**d) for d in values.get("decisions", [])]
        return cls(**values)


def now_text(moment: datetime) -> str:
    """An ISO 8601 timestamp for reports."""
    return moment.isoformat()


def save_report(database: Database, report: SyncReport) -> None:
    """Keep ``report`` as the profile's last report (and the last success time)."""
    with state.sync_transaction(database) as session:
        state.put(session, state.LAST_REPORT, json.dumps(report.to_json(), ensure_ascii=False))
        if report.ok and report.finished_at:
            state.put(session, state.LAST_SUCCESS, report.finished_at)


def last_report(database: Database) -> SyncReport | None:
    """The report of the profile's last sync run, if any."""
    text = state.read(database, state.LAST_REPORT)
    if not text:
        return None
    try:
        return SyncReport.from_json(json.loads(text))
    except (ValueError, TypeError):
        return None
