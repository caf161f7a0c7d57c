"""Sync server under a day-end rush: 200 RMs push a day's work and pull, all at once.

Starts real server processes (``rmdesk-server run --workers 2``) on loopback
against a throw-away PostgreSQL database, signs 200 RMs in, then times every RM
pushing ~50 mutations (two batches) and pulling its scope, concurrently. Prints
throughput, latency percentiles and where the CPU went; never fails on time.

The load generator shares the machine with the server, so it is kept lean: each
RM has one HTTP/1.1 keep-alive connection of its own (like a desktop), request
bodies are serialised before the clock starts, and the timed requests go through
a minimal asyncio HTTP client (httpx costs ~1.5 ms of CPU per request here,
CPU the server under test would not get). A request's latency is the time from
sending it to having read the whole answer.

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
import json
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
from sqlalchemy.pool import NullPool

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


async def _login(http: httpx.AsyncClient, name: str) -> bytes:
    response = await http.post("/auth/login", json={"username": name, "password": PASSWORD})
    response.raise_for_status()
    token = response.json()["access_token"]
    return f"Authorization: Bearer {token}\r\nX-RMDesk-Device: {name}\r\n".encode()


def _body(value: dict[str, Any]) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


class Desk:
    """One RM's keep-alive HTTP/1.1 connection: POST JSON, read the answer (minimal client)."""

    def __init__(self, host: str, port: int, headers: bytes) -> None:
        self.host, self.port = host, port
        self.headers = b"Host: %s:%d\r\nContent-Type: application/json\r\n%s" % (
            host.encode(),
            port,
            headers,
        )
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def open(self) -> None:
        self.reader, self.writer = await asyncio.open_connection(self.host, self.port)

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            await self.writer.wait_closed()

    async def post(self, path: str, body: bytes) -> bytes:
        assert self.reader is not None and self.writer is not None
        self.writer.write(
            b"POST %s HTTP/1.1\r\n%sContent-Length: %d\r\n\r\n%s"
            % (path.encode(), self.headers, len(body), body)
        )
        head = (await self.reader.readuntil(b"\r\n\r\n")).decode("latin-1").lower()
        status = int(head[9:12])
        if "transfer-encoding: chunked" in head:
            answer = b""
            while size := int((await self.reader.readuntil(b"\r\n"))[:-2], 16):
                answer += (await self.reader.readexactly(size + 2))[:-2]
            await self.reader.readuntil(b"\r\n")
        else:
            length = head.split("content-length:", 1)[1].split("\r\n", 1)[0]
            answer = await self.reader.readexactly(int(length))
        if status != 200:
            raise RuntimeError(f"POST {path}: HTTP {status}: {answer[:300]!r}")
        return answer


async def _timed(desk: Desk, path: str, body: bytes, times: list[float]) -> dict[str, Any]:
    """POST a pre-serialised body; the latency is from sending to the whole answer."""
    started = time.perf_counter()
    answer = await desk.post(path, body)
    times.append(time.perf_counter() - started)
    result: dict[str, Any] = json.loads(answer)
    return result


async def _rm_day(
    desk: Desk, batches: list[bytes], latencies: dict[str, list[float]]
) -> tuple[int, float]:
    applied = 0
    cursor = 0
    for batch in batches:
        pushed = await _timed(desk, "/sync/push", batch, latencies["push"])
        applied += sum(r["status"] == "applied" for r in pushed["results"])
        while True:
            pull = _body({**VERSIONS, "cursor": cursor})
            page = await _timed(desk, "/sync/pull", pull, latencies["pull"])
            cursor = page["cursor"]
            if not page["has_more"]:
                break
    return applied, time.perf_counter()


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _machine_cpu_seconds() -> float:
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:8]
    return sum(int(f) for f in fields) / os.sysconf("SC_CLK_TCK")


class CpuMeter:
    """CPU used by the server, its database's PostgreSQL backends, this process and the
    rest of the machine (Linux /proc; figures on a shared machine need this context)."""

    def __init__(self, server: int, database_url: str) -> None:
        self.engine = create_engine(database_url, poolclass=NullPool)
        self.server = server
        self.seen: dict[int, tuple[str, float]] = {}
        self.enabled = Path("/proc/stat").exists()

    def _pids(self) -> dict[int, str]:
        workers = [
            int(pid)
            for task in Path(f"/proc/{self.server}/task").glob("*")
            for pid in (task / "children").read_text().split()
        ]
        with self.engine.connect() as conn:
            backends = conn.execute(
                text(
                    "SELECT pid FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            ).scalars()
            pids = {int(p): "postgres" for p in backends}
        pids.update({p: "server" for p in [self.server, *workers]})
        pids[os.getpid()] = "load generator"
        return pids

    def start(self) -> None:
        if self.enabled:
            self.machine = _machine_cpu_seconds()
            self.seen = {p: (kind, _cpu_seconds(p)) for p, kind in self._pids().items()}

    def sample(self) -> None:
        """Note backends that connected since (their CPU counts from zero)."""
        if self.enabled:
            for pid, kind in self._pids().items():
                self.seen.setdefault(pid, (kind, 0.0))

    def report(self, requests: int) -> str:
        if not self.enabled:
            return "CPU use: not available on this system"
        used: dict[str, float] = {"server": 0.0, "postgres": 0.0, "load generator": 0.0}
        for pid, (kind, before) in self.seen.items():
            used[kind] += max(0.0, _cpu_seconds(pid) - before)
        machine = _machine_cpu_seconds() - self.machine
        other = max(0.0, machine - sum(used.values()))
        self.engine.dispose()
        return (
            f"CPU during the run: server {used['server']:.1f} s "
            f"({used['server'] / requests * 1000:.1f} ms/request), PostgreSQL "
            f"{used['postgres']:.1f} s, load generator {used['load generator']:.1f} s, "
            f"other processes on the machine {other:.1f} s (of {machine:.1f} s busy)"
        )


async def _run(base_url: str, names: list[str], meter: CpuMeter) -> None:
    host, port = base_url.removeprefix("http://").rsplit(":", 1)
    async with httpx.AsyncClient(base_url=base_url, timeout=120) as http:
        sign_in = time.perf_counter()
        headers: list[bytes] = []
        for start in range(0, len(names), 20):
            headers += await asyncio.gather(*[_login(http, n) for n in names[start : start + 20]])
    desks = [Desk(host, int(port), h) for h in headers]
    await asyncio.gather(*[d.open() for d in desks])
    work = [day_of_work() for _ in names]
    bodies = [[_body({**VERSIONS, "mutations": w[i : i + 25]}) for i in (0, 25)] for w in work]
    print(f"signed in {len(names)} RMs in {time.perf_counter() - sign_in:.1f} s (not timed)")
    latencies: dict[str, list[float]] = {"push": [], "pull": []}
    try:
        meter.start()
        started = time.perf_counter()
        day = asyncio.gather(
            *[_rm_day(d, b, latencies) for d, b in zip(desks, bodies, strict=True)]
        )
        await asyncio.sleep(0.5)
        await asyncio.to_thread(meter.sample)  # off the event loop: it must not stall the RMs
        results = await day
        wall = time.perf_counter() - started
    finally:
        await asyncio.gather(*[d.close() for d in desks])
    requests = sum(map(len, latencies.values()))
    applied = sum(r[0] for r in results)
    finished = sorted(r[1] - started for r in results)
    sent = sum(len(w) for w in work)
    print(f"RMs: {len(names)}, mutations sent: {sent}, applied: {applied}")
    print(f"all synced in {wall:.2f} s (last RM done at {finished[-1]:.2f} s; target < 30 s)")
    print(f"throughput: {applied / wall:.0f} mutations/s, {requests / wall:.0f} requests/s")
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
    print(meter.report(requests))


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
        asyncio.run(_run(base_url, names, CpuMeter(process.pid, url)))
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
