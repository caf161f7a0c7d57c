"""Sync test support: real server processes, laptops (client profiles), faults, data sets."""

from __future__ import annotations

import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import select, update
from sqlalchemy.orm import Session, sessionmaker

from app.identifiers import complete_uscc
from app.profile import Profile, open_profile
from app.sync import SyncConfig, SyncEngine, SyncReport, open_engine, sign_in
from app.sync.records import BOOKKEEPING, plans
from app.sync_wire import MIN_CLIENT_SCHEMA, PROTOCOL_VERSION
from db.wire import to_wire
from server.core.config import Settings
from server.core.db import run_in_transaction
from server.core.security import Passwords
from server.crud import users
from server.models import SyncCounter

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "correct horse battery staple"
SECRET = secrets.token_urlsafe(48)


def now() -> datetime:
    return datetime.now(UTC)


def new_id() -> str:
    return str(uuid.uuid4())


def valid_uscc() -> str:
    body = "91330100" + "".join(secrets.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    return complete_uscc(body)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def server_env(url: str) -> dict[str, str]:
    return {
        **os.environ,
        "RMDESK_ENVIRONMENT": "production",
        "RMDESK_SECRET_KEY": SECRET,
        "RMDESK_DATABASE_URL": url,
        "RMDESK_ARGON2_TIME_COST": "1",
        "RMDESK_ARGON2_MEMORY_KIB": "1024",
        "RMDESK_LOG_LEVEL": "WARNING",
        "RMDESK_DB_POOL_SIZE": "4",
    }


def settings_for(url: str) -> Settings:
    return Settings(
        environment="production",
        database_url=url,
        secret_key=SECRET,
        argon2_time_cost=1,
        argon2_memory_kib=1024,
        db_pool_size=4,
    )


def start_server(url: str, log_path: Path) -> tuple[subprocess.Popen[bytes], str]:
    """``rmdesk-server run`` on a free loopback port (the database is migrated already)."""
    port = free_port()
    log = log_path.open("wb")
    process = subprocess.Popen(
        [sys.executable, "-m", "server", "run", "--port", str(port), "--no-migrate"],
        env=server_env(url),
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if httpx.get(f"{base}/health", timeout=1).status_code == 200:
                return process, base
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"server did not start: {log_path.read_text()[-2000:]}")
        time.sleep(0.05)


@dataclass
class World:
    """One test's accounts on a server: two RMs, a manager and a credit officer."""

    url: str
    branch: str
    names: dict[str, str]


@dataclass
class ServerHandle:
    """A running server process and in-process access to its database."""

    backend: str
    url: str
    database_url: str
    settings: Settings
    sessions: sessionmaker[Session]
    passwords: Passwords

    def world(self) -> World:
        tag = secrets.token_hex(4)
        branch = f"br{tag}"
        roles = {
            "rm": "rm",
            "rm_b": "rm",
            "manager": "branch_manager",
            "credit": "credit_officer",
        }
        names = {key: f"{key.replace('_', '')}{tag}" for key in roles}

        def work(session: Session) -> None:
            for key, username in names.items():
                users.create_user(
                    session, self.passwords, username, PASSWORD, roles[key], branch, now()
                )

        run_in_transaction(self.sessions, work)
        return World(self.url, branch, names)

    def expire_cursors(self) -> None:
        """As if tombstones were purged: every cursor below the top now gets 410."""

        def work(session: Session) -> None:
            top = session.scalar(select(SyncCounter.value).where(SyncCounter.id == 1))
            session.execute(
                update(SyncCounter).where(SyncCounter.id == 1).values(purged_through=top)
            )

        run_in_transaction(self.sessions, work)

    def restore_cursors(self) -> None:
        run_in_transaction(
            self.sessions,
            lambda s: s.execute(
                update(SyncCounter).where(SyncCounter.id == 1).values(purged_through=0)
            ),
        )


class Api:
    """Direct HTTP as one user (branch-side changes, checks of the server's state)."""

    def __init__(self, url: str, username: str) -> None:
        self.http = httpx.Client(base_url=url, timeout=30)
        token = self.http.post(
            "/auth/login", json={"username": username, "password": PASSWORD}
        ).json()["access_token"]
        self.http.headers["Authorization"] = f"Bearer {token}"

    def pull_all(self) -> dict[tuple[str, str], dict[str, Any]]:
        records: dict[tuple[str, str], dict[str, Any]] = {}
        cursor = 0
        while True:
            page = self.http.post(
                "/sync/pull",
                json={
                    "protocol": PROTOCOL_VERSION,
                    "schema_version": MIN_CLIENT_SCHEMA,
                    "cursor": cursor,
                    "limit": 1000,
                },
            ).json()
            for change in page["changes"]:
                records[(change["entity"], change["id"])] = change["data"]
            for revoked in page["revocations"]:
                records.pop((revoked["entity"], revoked["id"]), None)
            cursor = page["cursor"]
            if not page["has_more"]:
                return records

    def decide(self, application_id: str, **body: Any) -> httpx.Response:
        return self.http.post(f"/credit/applications/{application_id}/decision", json=body)

    def assign(self, customer_id: str, rm: str) -> httpx.Response:
        return self.http.post(f"/customers/{customer_id}/assign", json={"rm": rm})

    def close(self) -> None:
        self.http.close()


# --- faults -------------------------------------------------------------------------------


@dataclass
class Fault:
    """Break the ``nth`` request whose path starts with ``path``.

    ``when``: ``before`` (connection dropped, nothing sent), ``after`` (the server
    handled it, the answer is lost), ``status`` (the server answers ``status``),
    ``hook`` (the server handled it, then ``hook()`` runs, e.g. SIGKILL).
    """

    path: str
    when: str = "before"
    nth: int = 1
    status: int = 500
    hook: Callable[[], None] | None = None
    seen: int = 0
    fired: bool = False


class FaultyTransport(httpx.BaseTransport):
    """A real HTTP transport that breaks selected requests."""

    def __init__(self, *faults: Fault) -> None:
        self.inner = httpx.HTTPTransport()
        self.faults = list(faults)
        self.log: list[str] = []

    def add(self, *faults: Fault) -> None:
        self.faults.extend(faults)

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.log.append(f"{request.method} {path}")
        for fault in self.faults:
            if fault.fired or not path.startswith(fault.path):
                continue
            fault.seen += 1
            if fault.seen != fault.nth:
                continue
            fault.fired = True
            if fault.when == "before":
                raise httpx.ConnectError("connection dropped (test)", request=request)
            if fault.when == "status":
                return httpx.Response(fault.status, json={"code": "x", "message": "boom"})
            response = self.inner.handle_request(request)
            response.read()
            response.close()
            if fault.hook is not None:
                fault.hook()
            raise httpx.ReadError("answer lost (test)", request=request)
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


# --- laptops ------------------------------------------------------------------------------


@dataclass
class Laptop:
    """One client profile signed in as ``user``."""

    root: Path
    url: str
    user: str
    transport: FaultyTransport = field(default_factory=FaultyTransport)
    profile: Profile = field(init=False)
    engine: SyncEngine | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.profile = open_profile(self.root, actor=self.user)

    @property
    def db(self) -> Any:
        return self.profile.database

    def sign_in(self) -> Laptop:
        sign_in(self.db, self.url, self.user, PASSWORD, http_transport=self.transport)
        return self

    def sync(self, **config: Any) -> SyncReport:
        """One run (the engine, and its access token, are kept as the app keeps them)."""
        if self.engine is None:
            self.engine = open_engine(
                self.db, self.profile.paths, http_transport=self.transport, actor=self.user
            )
        self.engine.config = SyncConfig(**config)
        return self.engine.run()

    def sync_ok(self, **config: Any) -> SyncReport:
        report = self.sync(**config)
        assert report.ok, report.error
        return report

    def dataset(self) -> dict[tuple[str, str], dict[str, Any]]:
        return client_dataset(self.profile)

    def close(self) -> None:
        if self.engine is not None:
            self.engine.close()
            self.engine = None
        self.profile.close()


def make_template(root: Path) -> Path:
    """An empty, migrated profile to copy (migrating each laptop would be slow)."""
    open_profile(root).close()
    return root


def copy_profile(template: Path, root: Path) -> Path:
    shutil.copytree(template, root)
    return root


# --- data sets ----------------------------------------------------------------------------


def _canon(value: Any) -> Any:
    if isinstance(value, Decimal):
        normal = value.normalize()
        return format(normal, "f")
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return to_wire(value)


def canonical(entity: str, python: dict[str, Any]) -> dict[str, Any]:
    entity_plan = plans()[entity]
    skip = BOOKKEEPING | entity_plan.local
    return {k: _canon(v) for k, v in python.items() if k in entity_plan.columns and k not in skip}


def client_dataset(profile: Profile) -> dict[tuple[str, str], dict[str, Any]]:
    """Every synced record of the profile, canonical (bookkeeping and local fields out)."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    with profile.database.reading() as session:
        for entity, entity_plan in plans().items():
            for row in session.scalars(select(entity_plan.model)):
                values = {name: getattr(row, name) for name in entity_plan.columns}
                found[(entity, row.id)] = canonical(entity, values)
    return found


def server_dataset(url: str, username: str) -> dict[tuple[str, str], dict[str, Any]]:
    """Every record in ``username``'s scope on the server, canonical."""
    api = Api(url, username)
    try:
        records = api.pull_all()
    finally:
        api.close()
    return {key: canonical(key[0], plans()[key[0]].python(data)) for key, data in records.items()}


# --- local edits (through the unit of work, as the app's services do) ----------------------


def add_customer(laptop: Laptop, **fields: Any) -> str:
    from db.models import Customer

    values = {
        "id": new_id(),
        "name": f"杭州测试{secrets.token_hex(2)}机械有限公司",
        "uscc": valid_uscc(),
        **fields,
    }
    with laptop.db.unit_of_work(laptop.user) as uow:
        return str(uow.add(Customer(**values)).id)


def add_record(laptop: Laptop, model: Any, **fields: Any) -> str:
    fields.setdefault("id", new_id())
    with laptop.db.unit_of_work(laptop.user) as uow:
        return str(uow.add(model(**fields)).id)


def edit(laptop: Laptop, model: Any, record_id: str, **values: Any) -> None:
    with laptop.db.unit_of_work(laptop.user) as uow:
        row = uow.session.get(model, record_id)
        assert row is not None, record_id
        uow.update(row, values)


def delete_record(laptop: Laptop, model: Any, record_id: str) -> None:
    with laptop.db.unit_of_work(laptop.user) as uow:
        row = uow.session.get(model, record_id)
        assert row is not None
        uow.soft_delete(row)


def value(laptop: Laptop, model: Any, record_id: str, field_name: str) -> Any:
    with laptop.db.reading() as session:
        row = session.get(model, record_id)
        return None if row is None else getattr(row, field_name)
