"""Writing a push's rows in bulk: one statement on PostgreSQL, ``executemany`` elsewhere.

A push writes up to five kinds of rows (new and changed records, new customer
assignments, applied mutation ids, audit events). On PostgreSQL they go in one
round trip as one statement: data-modifying CTEs, each reading its rows from a
single JSON parameter with ``jsonb_to_recordset``. That costs a fraction of the
CPU that binding every value of every row separately does (in psycopg and in the
server), and the column lists and types come from :mod:`server.models`.

The same statement takes the records' change numbers (``seq``): its first CTE
bumps ``sync_counter``, whose row then stays locked until the transaction
commits, so numbers follow commit order (see :mod:`server.sync.store`) while the
lock is held only for this statement and the commit. On SQLite, where writers
run one at a time, a record's ``seq`` is its version, taken from the counter.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection, Table, TextClause, bindparam, insert, text, update
from sqlalchemy.dialects import postgresql

from server.models import AppliedMutation, AuditEvent, CustomerAssignment, Record

RECORDS: Table = Record.__table__  # type: ignore[assignment]
ASSIGNMENTS: Table = CustomerAssignment.__table__  # type: ignore[assignment]
APPLIED: Table = AppliedMutation.__table__  # type: ignore[assignment]
EVENTS: Table = AuditEvent.__table__  # type: ignore[assignment]

#: The columns of the record store's key; a changed record is updated by them.
RECORD_KEY = ("entity", "id")
#: What a changed record updates (``created_at`` stays; ``seq`` is set by :func:`write`).
RECORD_CHANGES = (
    "customer_id",
    "data",
    "field_versions",
    "version",
    "deleted",
    "updated_at",
    "updated_by",
)


@dataclass
class Rows:
    """The rows of one push, as column → value dicts (records without ``seq``)."""

    new_records: list[dict[str, Any]] = field(default_factory=list)
    changed_records: list[dict[str, Any]] = field(default_factory=list)
    assignments: list[dict[str, Any]] = field(default_factory=list)
    applied: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)


def _json_value(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def _dumps(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"), default=_json_value)


def _recordset(table: Table, columns: tuple[str, ...], param: str, *extra: str) -> str:
    dialect = postgresql.dialect()  # type: ignore[no-untyped-call]
    types = [f"{c} {table.c[c].type.compile(dialect=dialect)}" for c in columns]
    return f"jsonb_to_recordset(CAST(:{param} AS jsonb)) AS r({', '.join(types + list(extra))})"


def _joinable(table: Table, columns: tuple[str, ...], param: str, *extra: str) -> str:
    """A recordset to join with: PostgreSQL guesses 100 rows for any set-returning
    function and would then rather scan the whole table; the LIMIT tells it the count."""
    names = ", ".join([*columns, *(e.split()[0] for e in extra)])
    return (
        f"(SELECT {names} FROM {_recordset(table, columns, param, *extra)} "
        f"LIMIT CAST(:{param}_count AS bigint)) AS r"
    )


def _insert(table: Table, columns: tuple[str, ...], param: str) -> str:
    names = ", ".join(columns)
    return (
        f"INSERT INTO {table.name} ({names}) "
        f"SELECT {names} FROM {_recordset(table, columns, param)}"
    )


def _columns(table: Table, *skip: str) -> tuple[str, ...]:
    return tuple(c.name for c in table.columns if c.name not in skip)


#: The change number of the record with ordinal ``r.ord`` (1, 2, …) in this statement.
_SEQ = "taken.base + r.ord"


@cache
def _postgresql_statement() -> TextClause:
    new = _columns(RECORDS, "seq")
    changed = RECORD_KEY + RECORD_CHANGES
    take_numbers = (
        "UPDATE sync_counter SET value = value + :count "
        "WHERE id = 1 AND CAST(:count AS bigint) > 0 RETURNING value - :count AS base"
    )
    insert_records = (
        f"INSERT INTO {RECORDS.name} ({', '.join(new)}, seq) "
        f"SELECT {', '.join(f'r.{c}' for c in new)}, {_SEQ} "
        f"FROM taken, {_recordset(RECORDS, new, 'new_records', 'ord bigint')}"
    )
    update_records = (
        f"UPDATE {RECORDS.name} SET "
        + ", ".join([f"{c} = r.{c}" for c in RECORD_CHANGES] + [f"seq = {_SEQ}"])
        + f" FROM taken, {_joinable(RECORDS, changed, 'changed_records', 'ord bigint')} WHERE "
        + " AND ".join(f"{RECORDS.name}.{c} = r.{c}" for c in RECORD_KEY)
    )
    return text(
        f"WITH taken AS ({take_numbers}), "
        f"new_records AS ({insert_records}), "
        f"changed_records AS ({update_records}), "
        f"assignments AS ({_insert(ASSIGNMENTS, _columns(ASSIGNMENTS), 'assignments')}), "
        f"applied AS ({_insert(APPLIED, _columns(APPLIED), 'applied')}) "
        + _insert(EVENTS, _columns(EVENTS, "id"), "events")
    )


def write(connection: Connection, rows: Rows) -> None:
    """Write ``rows`` in the connection's transaction; records get their change numbers
    in the order of their versions. On PostgreSQL, call this last before committing."""
    records = sorted(rows.new_records + rows.changed_records, key=lambda r: int(r["version"]))
    if connection.dialect.name == "postgresql":
        order = {id(r): n for n, r in enumerate(records, 1)}
        connection.execute(
            _postgresql_statement(),
            {
                "count": len(records),
                "new_records": _dumps([{**r, "ord": order[id(r)]} for r in rows.new_records]),
                "changed_records": _dumps(
                    [{**r, "ord": order[id(r)]} for r in rows.changed_records]
                ),
                "changed_records_count": len(rows.changed_records),
                "assignments": _dumps(rows.assignments),
                "applied": _dumps(rows.applied),
                "events": _dumps(rows.events),
            },
        )
        return
    for record in records:
        record["seq"] = record["version"]  # SQLite: versions come from the change counter
    if rows.new_records:
        connection.execute(insert(RECORDS), rows.new_records)
    if rows.changed_records:
        connection.execute(
            update(RECORDS)
            .where(*(RECORDS.c[c] == bindparam(f"k_{c}") for c in RECORD_KEY))
            .values({c: bindparam(f"v_{c}") for c in (*RECORD_CHANGES, "seq")}),
            [
                {f"{'k' if c in RECORD_KEY else 'v'}_{c}": v for c, v in r.items()}
                for r in rows.changed_records
            ],
        )
    for table, values in (
        (ASSIGNMENTS, rows.assignments),
        (APPLIED, rows.applied),
        (EVENTS, rows.events),
    ):
        if values:
            connection.execute(insert(table), values)
