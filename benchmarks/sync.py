"""Sync on loopback: an RM's first sync of a 5,000-customer scope, then a day-end sync.

Starts a real ``rmdesk-server`` process on a throw-away database (SQLite by
default, ``--pg URL`` for PostgreSQL), seeds the RM's scope straight into the
server's record store (5,000 customers with contacts, an application and its
checklist, assessments and visits: about 100,000 rows), then times

- the first sync of an empty laptop profile (pull + apply), in rows per second,
  beside a raw ``executemany`` of the same rows into an empty profile database,
  measured in the same run (target: within 5x of the raw insert);
- a day-end sync of 200 local changes (push, then pull the echo; target < 2 s).

Prints figures; never fails on time.

    .venv/bin/python benchmarks/sync.py [--customers 5000] [--pg URL]
"""

# ruff: noqa: E402  (sys.path is fixed before the imports, see below)
from __future__ import annotations

import sys
from pathlib import Path

_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if p and Path(p).resolve() != Path(_HERE)]
sys.path.insert(0, str(Path(_HERE).parent))

import argparse
import cProfile
import os
import pstats
import secrets
import sqlite3
import tempfile
import time
import uuid
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import keyring
from keyring.backend import KeyringBackend
from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from app.demo import demo_customers
from app.profile import open_profile
from app.sync import SyncConfig, open_engine, sign_in
from app.sync.records import BOOKKEEPING, plans
from db.models import Customer, Visit
from db.wire import to_wire
from server.core.db import make_engine, make_sessions, run_in_transaction
from server.crud import reference, users
from server.migrate import upgrade
from server.models import CustomerAssignment, Record
from server.sync.store import allocate, new_versions
from tests.sync.support import settings_for, start_server

PASSWORD = "benchmark-password-123"
CHECKLIST = (
    "business_licence",
    "articles_of_association",
    "legal_rep_id",
    "board_resolution",
    "financial_statements",
    "tax_returns",
    "bank_statements",
    "credit_authorisation",
    "new_company_support",
    "renewal_statement",
    "collateral_title",
    "guarantor_documents",
)


class MemoryKeyring(KeyringBackend):
    """The benchmark keeps its token in memory (no OS keyring needed)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


def _id() -> str:
    return str(uuid.uuid4())


def _full(entity: str, values: dict[str, Any]) -> dict[str, Any]:
    """Wire data with every field the server keeps (defaults where not given)."""
    entity_plan = plans()[entity]
    data: dict[str, Any] = {}
    for name, column in entity_plan.columns.items():
        if name in BOOKKEEPING or name in entity_plan.local:
            continue
        data[name] = to_wire(values[name]) if name in values else to_wire(column.default())
    return data


def scope(customers: int) -> list[tuple[str, str, str, dict[str, Any]]]:
    """(entity, id, customer_id, data) of an RM's portfolio: ~20 rows per customer."""
    rows: list[tuple[str, str, str, dict[str, Any]]] = []
    start = datetime(2026, 3, 2, 1, 30, tzinfo=UTC)
    for n, values in enumerate(demo_customers(customers, seed=7)):
        customer = _id()
        values = {k: v for k, v in values.items() if k not in ("size", "eligible")}
        values["status"] = "draft"
        rows.append(("customers", customer, customer, _full("customers", values)))
        for k, (name, phone) in enumerate((("王芳", "13800138000"), ("李强", "0571-88886666"))):
            contact = {"customer_id": customer, "position": k, "name": name, "phone": phone}
            rows.append(("customer_contacts", _id(), customer, _full("customer_contacts", contact)))
        application = _id()
        app_values = {
            "customer_id": customer,
            "product_code": "short_term_credit",
            "amount": Decimal("1000000.00"),
            "term_months": 12,
            "purpose": "采购原材料",
        }
        rows.append(("applications", application, customer, _full("applications", app_values)))
        for position, code in enumerate(CHECKLIST):
            item = {"application_id": application, "item_code": code, "position": position}
            rows.append(("checklist_items", _id(), customer, _full("checklist_items", item)))
        for k in range(2):
            assessment = {
                "customer_id": customer,
                "application_id": application,
                "model_id": "sme_v1",
                "model_version": "1",
                "inputs": {"revenue_growth": "0.12", "current_ratio": "1.4"},
                "outputs": {"points": {"revenue_growth": 20}},
                "score": Decimal("71.5") + k,
                "grade": "B",
                "status": "submitted" if k == 0 else "draft",
                "submitted_at": start if k == 0 else None,
            }
            rows.append(("assessments", _id(), customer, _full("assessments", assessment)))
        for k in range(2):
            moment = start + timedelta(days=n % 200, hours=k)
            visit = {
                "customer_id": customer,
                "visit_type": "due_diligence",
                "status": "done" if k == 0 else "planned",
                "planned_start": moment,
                "planned_end": moment + timedelta(hours=1),
                "location": values.get("city") or "",
                "notes": "看水表电表、看纳税、看流水；库存与订单正常。",
            }
            rows.append(("visits", _id(), customer, _full("visits", visit)))
    return rows


def seed(
    database_url: str, username: str, rows: list[tuple[str, str, str, dict[str, Any]]]
) -> None:
    """Write the scope into the server's record store, as pushes would have."""
    engine = make_engine(settings_for(database_url))
    now = datetime.now(UTC)
    with Session(engine) as session, session.begin():
        user = users.by_username(session, username)
        assert user is not None
        versions = new_versions(session, len(rows))  # the server's own numbering
        first_seq = allocate(session, len(rows))
        customers = sorted({customer for _e, _i, customer, _d in rows})
        session.execute(
            insert(CustomerAssignment),
            [
                {
                    "customer_id": c,
                    "rm_user_id": user.id,
                    "branch_code": user.branch_code,
                    "assigned_at": now,
                }
                for c in customers
            ],
        )
        batch: list[dict[str, Any]] = []
        for offset, (entity, record_id, customer, data) in enumerate(rows):
            version = versions[offset]
            batch.append(
                {
                    "entity": entity,
                    "id": record_id,
                    "customer_id": customer,
                    "data": {**data, "assigned_rm": username} if entity == "customers" else data,
                    "field_versions": {name: [version, "seed"] for name in data},
                    "version": version,
                    "seq": first_seq + offset,
                    "deleted": False,
                    "created_at": now,
                    "updated_at": now,
                    "updated_by": username,
                }
            )
            if len(batch) == 5_000:
                session.execute(insert(Record), batch)
                batch = []
        if batch:
            session.execute(insert(Record), batch)
    engine.dispose()


def _connect(root: Path) -> sqlite3.Connection:
    """A raw connection to the profile in ``root`` (with its key when it is encrypted)."""
    from app.security import keys
    from db.cipher import connect

    conn = connect(root / "rmdesk.sqlite3", keys.load_key(root))
    conn.isolation_level = None
    return conn


def raw_insert(source_root: Path, target_root: Path) -> tuple[int, float]:
    """The same rows (read from the synced profile) into an empty profile: executemany.

    Through the same kind of connection as the app's (SQLCipher with the
    profile's key when profiles are encrypted), so both pay the same page costs.
    """
    open_profile(target_root).close()
    read = _connect(source_root)
    tables = {}
    for entity in plans():
        cursor = read.execute(f'SELECT * FROM "{entity}"')
        columns = [d[0] for d in cursor.description]
        tables[entity] = (columns, cursor.fetchall())
    read.close()
    conn = _connect(target_root)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=OFF")
    from db.search import register_functions

    register_functions(conn)
    count = 0
    started = time.perf_counter()
    conn.execute("BEGIN")
    for entity, (columns, rows) in tables.items():
        marks = ", ".join("?" for _ in columns)
        names = ", ".join(f'"{c}"' for c in columns)
        conn.executemany(f'INSERT INTO "{entity}" ({names}) VALUES ({marks})', rows)
        count += len(rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    conn.close()
    return count, elapsed


def day_of_changes(laptop_db: Any, actor: str, count: int = 200) -> None:
    """``count`` local changes: customer edits, visit notes and new visits."""
    from sqlalchemy import select

    with laptop_db.reading() as session:
        customers = list(session.scalars(select(Customer.id).limit(count)))
        visits = list(session.scalars(select(Visit.id).where(Visit.status == "planned").limit(50)))
    edits = count - len(visits) - 50
    with laptop_db.unit_of_work(actor) as uow:
        for n, customer_id in enumerate(customers[:edits]):
            row = uow.session.get(Customer, customer_id)
            assert row is not None
            uow.update(row, {"employees": 10 + n, "address": f"文三路{n}号"})
        for visit_id in visits:
            row = uow.session.get(Visit, visit_id)
            assert row is not None
            uow.update(row, {"notes": "复访：经营正常，按时付息。"})
        start = datetime.now(UTC) + timedelta(days=1)
        for customer_id in customers[:50]:
            uow.add(
                Visit(
                    id=_id(),
                    customer_id=customer_id,
                    visit_type="post_loan",
                    planned_start=start,
                    planned_end=start + timedelta(hours=1),
                )
            )


def _cpu_of(pid: int) -> float | None:
    """CPU seconds (user + system) process ``pid`` used so far (Linux only)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _database(pg: str | None, folder: Path) -> tuple[str, Any]:
    if pg is None:
        return f"sqlite:///{folder / 'server.sqlite3'}", None
    name = f"rmdesk_syncbench_{secrets.token_hex(4)}"
    admin = create_engine(pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    return make_url(pg).set(database=name).render_as_string(hide_password=False), (admin, name)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=5_000)
    parser.add_argument("--pg", metavar="URL", help="PostgreSQL admin URL (default: SQLite)")
    parser.add_argument(
        "--apply-rows",
        type=int,
        default=SyncConfig.apply_rows,
        help="pulled records written per transaction (default: %(default)s)",
    )
    parser.add_argument(
        "--profile", action="store_true", help="print where the client's first sync spent time"
    )
    args = parser.parse_args()
    keyring.set_keyring(MemoryKeyring())
    with tempfile.TemporaryDirectory(prefix="rmdesk-syncbench-") as tmp:
        folder = Path(tmp)
        url, pg = _database(args.pg, folder)
        process = None
        try:
            settings = settings_for(url)
            engine = make_engine(settings)
            upgrade(engine)
            from server.core.security import Passwords

            def accounts(session: Session) -> None:
                reference.publish(session, datetime.now(UTC))
                users.create_user(
                    session, Passwords(settings), "rm01", PASSWORD, "rm", "hz01", datetime.now(UTC)
                )

            run_in_transaction(make_sessions(engine), accounts)
            engine.dispose()
            started = time.perf_counter()
            rows = scope(args.customers)
            seed(url, "rm01", rows)
            print(
                f"seeded {len(rows):,} rows ({args.customers:,} customers) on "
                f"{'PostgreSQL' if pg else 'SQLite'} in {time.perf_counter() - started:.1f} s"
            )
            process, base = start_server(url, folder / "server.log")
            profile = open_profile(folder / "laptop", actor="rm01")
            sign_in(profile.database, base, "rm01", PASSWORD)
            with open_engine(profile.database, profile.paths, actor="rm01") as sync:
                sync.config = SyncConfig(refresh_reference=False, apply_rows=args.apply_rows)
                server_cpu = _cpu_of(process.pid)
                client_cpu = time.process_time()
                profiler = cProfile.Profile() if args.profile else None
                started = time.perf_counter()
                if profiler is not None:
                    profiler.enable()
                report = sync.run()
                if profiler is not None:
                    profiler.disable()
                first = time.perf_counter() - started
                client_cpu = time.process_time() - client_cpu
                server_after = _cpu_of(process.pid)
                assert report.ok, report.error
                raw_cpu = time.process_time()
                count, raw = raw_insert(profile.paths.root, folder / "raw")
                raw_cpu = time.process_time() - raw_cpu
                print(
                    f"first sync: {report.pulled:,} rows in {first:.2f} s = "
                    f"{report.pulled / first:,.0f} rows/s"
                )
                print(f"raw insert: {count:,} rows in {raw:.2f} s = {count / raw:,.0f} rows/s")
                print(f"first sync / raw insert: {first / raw:.1f}x (target: within 5x)")
                served = (
                    "?"
                    if server_cpu is None or server_after is None
                    else f"{server_after - server_cpu:.2f}"
                )
                print(
                    f"CPU seconds (load-independent): first sync client {client_cpu:.2f} + "
                    f"server {served}, raw insert {raw_cpu:.2f}"
                )
                if profiler is not None:
                    pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)

                day_of_changes(profile.database, "rm01")
                pending = profile.database.unsynced_count()
                started = time.perf_counter()
                report = sync.run()
                day_end = time.perf_counter() - started
                assert report.ok and not report.rejected, (report.error, report.rejected[:3])
                print(
                    f"day-end sync: {pending} changes pushed ({report.applied} applied), "
                    f"{report.pulled} pulled in {day_end:.2f} s (target: under 2 s)"
                )
            profile.close()
        finally:
            if process is not None:
                process.terminate()
                process.wait(10)
            if pg is not None:
                admin, name = pg
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                admin.dispose()
    return 0


if __name__ == "__main__":
    os.environ.setdefault("RMDESK_LOG_LEVEL", "WARNING")
    sys.exit(main())
