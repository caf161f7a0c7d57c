"""Sync server under a day-end rush: 200 RMs push a day's work and pull, all at once.

Starts real server processes (``rmdesk-server run --workers 2``) on loopback
against a throw-away PostgreSQL database, signs 200 RMs in, then times every RM
pushing ~50 mutations (two batches) and pulling its scope, concurrently
(asyncio + httpx). Prints throughput and latency percentiles; never fails on time.

    .venv/bin/python benchmarks/server.py [--rms 200] [--workers 2] [--pg URL]
"""

# ruff: noqa: E402  (sys.path is fixed before the imports, see below)
from __future__ import annotations

import sys
from pathlib import Path

# This file is called server.py: keep its folder off sys.path so `server` is the package.
_HERE = str(Path(__file__).resolve().parent)
sys.path[:] = [p for p in sys.path if p and Path(p).resolve() != Path(_HERE)]
sys.path.insert(0, str(Path(_HERE).parent))

import argparse
import asyncio
import os
import secrets
import socket
import statistics
import subprocess
import time
import uuid
from datetime import UTC, datetime
from typing import Any

import httpx
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.identifiers import complete_uscc
from app.sync_wire import MIN_CLIENT_SCHEMA, PROTOCOL_VERSION
from server.core.config import Settings
from server.core.db import make_engine, make_sessions, run_in_transaction
from server.core.security import Passwords
from server.crud import reference, users
from server.migrate import upgrade

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "benchmark-password-123"
VERSIONS = {"protocol": PROTOCOL_VERSION, "schema_version": MIN_CLIENT_SCHEMA}


def _id() -> str:
    return str(uuid.uuid4())


def _mutation(entity: str, entity_id: str, op: str = "create", **changes: Any) -> dict[str, Any]:
    return {
        "mutation_id": _id(),
        "entity": entity,
        "entity_id": entity_id,
        "op": op,
        "changes": changes,
        "base_version": None,
    }


def day_of_work(customers: int = 5) -> list[dict[str, Any]]:
    """About 50 mutations: new customers with contacts, applications, visits, edits."""
    work = []
    for n in range(customers):
        c = _id()
        uscc = complete_uscc("913301" + "".join(secrets.choice("0123456789") for _ in range(11)))
        work += [
            _mutation("customers", c, name=f"杭州测试企业{n}有限公司", uscc=uscc),
            _mutation("customer_contacts", _id(), customer_id=c, name="王芳", phone="13800138000"),
            _mutation(
                "customer_contacts", _id(), customer_id=c, name="李强", phone="0571-88886666"
            ),
            _mutation(
                "applications",
                _id(),
                customer_id=c,
                product_code="short_term_credit",
                amount="500000.00",
                term_months=12,
            ),
            _mutation("visits", _id(), customer_id=c, visit_type="due_diligence", notes="现场走访"),
            _mutation(
                "follow_ups", _id(), customer_id=c, title="补充财务报表", due_on="2026-12-31"
            ),
            _mutation("customers", c, "update", city="杭州"),
            _mutation("customers", c, "update", employees=42 + n),
            _mutation("customers", c, "update", annual_revenue="12000000.00"),
            _mutation("customers", c, "update", district="西湖区"),
        ]
    return work


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _prepare(url: str, rms: int) -> list[str]:
    settings = Settings(database_url=url, argon2_time_cost=1, argon2_memory_kib=1024)
    engine = make_engine(settings)
    upgrade(engine)
    passwords = Passwords(settings)
    names = [f"rm{i:03d}" for i in range(rms)]

    def work(session: Any) -> None:
        reference.publish(session, datetime.now(UTC))
        for i, name in enumerate(names):
            branch = f"br{i % 10:02d}"
            users.create_user(session, passwords, name, PASSWORD, "rm", branch, datetime.now(UTC))

    run_in_transaction(make_sessions(engine), work)
    engine.dispose()
    return names


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


async def _login(http: httpx.AsyncClient, name: str) -> dict[str, str]:
    response = await http.post("/auth/login", json={"username": name, "password": PASSWORD})
    response.raise_for_status()
    return {"Authorization": f"Bearer {response.json()['access_token']}", "X-RMDesk-Device": name}


async def _rm_day(
    http: httpx.AsyncClient, headers: dict[str, str], latencies: dict[str, list[float]]
) -> tuple[int, float]:
    work = day_of_work()
    applied = 0
    cursor = 0
    for batch in (work[:25], work[25:]):
        started = time.perf_counter()
        response = await http.post(
            "/sync/push", json={**VERSIONS, "mutations": batch}, headers=headers
        )
        latencies["push"].append(time.perf_counter() - started)
        response.raise_for_status()
        applied += sum(r["status"] == "applied" for r in response.json()["results"])
        while True:
            started = time.perf_counter()
            page = await http.post(
                "/sync/pull", json={**VERSIONS, "cursor": cursor}, headers=headers
            )
            latencies["pull"].append(time.perf_counter() - started)
            page.raise_for_status()
            cursor = page.json()["cursor"]
            if not page.json()["has_more"]:
                break
    return applied, time.perf_counter()


async def _run(base_url: str, names: list[str]) -> None:
    limits = httpx.Limits(max_connections=len(names), max_keepalive_connections=len(names))
    async with httpx.AsyncClient(base_url=base_url, timeout=120, limits=limits) as http:
        sign_in = time.perf_counter()
        headers = []
        for start in range(0, len(names), 20):
            headers += await asyncio.gather(*[_login(http, n) for n in names[start : start + 20]])
        print(f"signed in {len(names)} RMs in {time.perf_counter() - sign_in:.1f} s (not timed)")
        latencies: dict[str, list[float]] = {"push": [], "pull": []}
        started = time.perf_counter()
        results = await asyncio.gather(*[_rm_day(http, h, latencies) for h in headers])
        wall = time.perf_counter() - started
    applied = sum(r[0] for r in results)
    finished = sorted(r[1] - started for r in results)
    sent = len(names) * len(day_of_work())
    print(f"RMs: {len(names)}, mutations sent: {sent}, applied: {applied}")
    print(f"all synced in {wall:.2f} s (last RM done at {finished[-1]:.2f} s; target < 30 s)")
    print(f"throughput: {applied / wall:.0f} mutations/s")
    for kind, values in latencies.items():
        print(
            f"{kind}: n={len(values)} p50={_pct(values, 50) * 1000:.0f} ms "
            f"p99={_pct(values, 99) * 1000:.0f} ms max={max(values) * 1000:.0f} ms "
            f"mean={statistics.mean(values) * 1000:.0f} ms"
        )
    every = latencies["push"] + latencies["pull"]
    print(
        f"all requests: p50={_pct(every, 50) * 1000:.0f} ms p99={_pct(every, 99) * 1000:.0f} ms "
        "(target p99 < 2 s)"
    )


def main() -> int:
    """Run the benchmark once and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rms", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--pg",
        default=os.environ.get(
            "RMDESK_BENCH_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
        ),
    )
    args = parser.parse_args()
    name = f"rmdesk_bench_{secrets.token_hex(4)}"
    admin = create_engine(args.pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(args.pg).set(database=name).render_as_string(hide_password=False)
    process = None
    try:
        names = _prepare(url, args.rms)
        port = _free_port()
        env = {
            **os.environ,
            "RMDESK_ENVIRONMENT": "production",
            "RMDESK_SECRET_KEY": secrets.token_urlsafe(48),
            "RMDESK_DATABASE_URL": url,
            "RMDESK_DB_POOL_SIZE": "20",
            "RMDESK_LOG_LEVEL": "WARNING",
        }
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "server",
                "run",
                "--no-migrate",
                "--port",
                str(port),
                "--workers",
                str(args.workers),
            ],
            env=env,
            cwd=ROOT,
        )
        base_url = f"http://127.0.0.1:{port}"
        for _ in range(200):
            try:
                if httpx.get(f"{base_url}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        print(f"server: {args.workers} worker processes on PostgreSQL, {os.cpu_count()} cores")
        asyncio.run(_run(base_url, names))
    finally:
        if process is not None:
            process.terminate()
            process.wait(30)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
