"""Applied mutation ids: what a resent batch needs, without personal data, for a while.

A push records every mutation id it answers (``applied_mutations``), so that a
batch sent again after a lost answer gets the same answers and nothing is applied
twice. What a resend needs is the outcome, not the record's data, so a row keeps
(:func:`stored_result`)::

    {"status": "applied", "version": 4711, "server_fields": ["assigned_rm"]}
    {"status": "conflict", "fields": ["city", "name"]}
    {"status": "rejected", "problems": [{"field": …, "code": …, "template": …,
                                         "params": {"maximum": "200", "value": "…"},
                                         "message": …}]}

* ``applied``: the record's new version and the names of the server-owned fields
  whose value the server kept instead of the client's. A resend gets their values
  as the record holds them now (:mod:`server.sync.push`).
* ``conflict``: the fields changed on both sides. Nothing was applied, so a
  resend gets the record as it is now, and the conflicting fields include those
  changed by others since the mutation's base version (the client sends the rest
  of its change again on the version it receives, so it must hear of every one).
  A record no longer in the caller's scope is answered ``not_found``.
* ``rejected``: the problems, with parameters kept only when they are limits,
  counts, statuses or entity names (:data:`SAFE_PARAMS`); any other (a value the
  client sent, the birth date in an ID number, …) reads :data:`REDACTED`, and
  the English message is filled in again.

Rows are purged after ``RMDESK_MUTATION_RETENTION_DAYS`` (:func:`purge_mutations`,
run by ``rmdesk-server purge``): by then no client resends the batch.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, bindparam, delete, select
from sqlalchemy.orm import Session, sessionmaker

from server.core.db import run_in_transaction
from server.models import AppliedMutation

#: What a problem parameter that may hold personal data reads once stored.
REDACTED = "…"
#: Problem parameters that never hold personal data: limits, counts, states, entities.
SAFE_PARAMS = frozenset(
    {
        "current",
        "earliest",
        "entity",
        "length",
        "max",
        "maximum",
        "min",
        "minimum",
        "parent",
        "state",
        "status",
        "target",
    }
)
#: Parameters safe only for one problem code (``expected`` of ``uscc.checksum`` is
#: a check character of the code typed; of ``type.invalid`` the expected type).
SAFE_PARAMS_BY_CODE: Mapping[str, frozenset[str]] = {"type.invalid": frozenset({"expected"})}
#: Rows deleted per statement (and transaction) by :func:`purge_mutations`.
PURGE_BATCH = 5000

_TABLE: Table = AppliedMutation.__table__  # type: ignore[assignment]


def stored_problem(found: Mapping[str, Any]) -> dict[str, Any]:
    """A wire problem with the parameters that may hold personal data redacted."""
    code = str(found.get("code", ""))
    safe = SAFE_PARAMS | SAFE_PARAMS_BY_CODE.get(code, frozenset())
    params = {
        str(k): (str(v) if k in safe else REDACTED) for k, v in (found.get("params") or {}).items()
    }
    template = str(found.get("template") or "")
    message = str(found.get("message") or code)
    if template and params != (found.get("params") or {}):
        try:
            message = template.format(**params)
        except (KeyError, IndexError, ValueError):
            message = code
    elif not template and params:
        message = code  # no template to fill in again: the message may quote a value
    return {
        "field": str(found.get("field", "")),
        "code": code,
        "message": message,
        "template": template,
        "params": params,
    }


def stored_result(result: Mapping[str, Any]) -> dict[str, Any]:
    """What ``applied_mutations`` keeps of a result (see the module doc).

    ``result`` is a wire :class:`~app.sync_wire.MutationResult` as JSON (rows written
    before migration 0006 hold it whole) or already the stored form: the same comes
    out for both.
    """
    stored: dict[str, Any] = {"status": result["status"]}
    if result.get("version") is not None:
        stored["version"] = int(result["version"])
    fields = result.get("server_fields")
    if fields is None:
        fields = list(result.get("server_values") or {})
    if fields:
        stored["server_fields"] = sorted(str(f) for f in fields)
    if result.get("fields"):
        stored["fields"] = sorted(str(f) for f in result["fields"])
    if result.get("problems"):
        stored["problems"] = [stored_problem(p) for p in result["problems"]]
    return stored


# --- retention --------------------------------------------------------------------------

_OLDEST = (
    select(_TABLE.c.mutation_id)
    .where(_TABLE.c.applied_at < bindparam("cutoff"))
    .limit(bindparam("batch"))
)
_DELETE = delete(_TABLE).where(_TABLE.c.mutation_id.in_(bindparam("ids", expanding=True)))


def purge_batch(session: Session, cutoff: datetime, batch: int = PURGE_BATCH) -> int:
    """Delete up to ``batch`` mutation ids applied before ``cutoff``; how many went."""
    ids = list(session.execute(_OLDEST, {"cutoff": cutoff, "batch": batch}).scalars())
    if ids:
        session.execute(_DELETE, {"ids": ids})
    return len(ids)


def purge_mutations(
    sessions: sessionmaker[Session],
    retention: timedelta,
    now: datetime,
    batch: int = PURGE_BATCH,
) -> int:
    """Delete mutation ids applied more than ``retention`` before ``now``, ``batch`` rows
    per transaction (short locks, however many there are); how many went."""
    cutoff = now - retention
    total = 0
    while True:
        count = run_in_transaction(sessions, lambda s: purge_batch(s, cutoff, batch))
        total += count
        if count < batch:
            return total
