"""Server test fixtures: the same tests on real PostgreSQL and on SQLite.

PostgreSQL: a database ``rmdesk_test_<random>`` is created from ``test`` for the
session, migrated, and dropped at the end (so parallel or repeated runs never
collide). SQLite: a file in a temp folder. Each test gets its own branch and
accounts (unique names), so tests share the database without seeing each other.
"""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from app.identifiers import complete_uscc
from app.sync_wire import MIN_CLIENT_SCHEMA, PROTOCOL_VERSION
from server.core.config import Settings
from server.core.db import make_engine, make_sessions, run_in_transaction
from server.core.security import Passwords
from server.crud import reference, users
from server.main import create_app
from server.migrate import upgrade

PG_ADMIN_URL = os.environ.get(
    "RMDESK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
PASSWORD = "correct horse battery staple"
TEST_SECRET = secrets.token_urlsafe(48)


def _now() -> datetime:
    return datetime.now(UTC)


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for the session, dropped afterwards."""
    name = f"rmdesk_test_{secrets.token_hex(6)}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def make_settings(url: str, **overrides: Any) -> Settings:
    """Test settings: fast password hashing, a real secret."""
    values: dict[str, Any] = {
        "environment": "production",
        "database_url": url,
        "secret_key": TEST_SECRET,
        "argon2_time_cost": 1,
        "argon2_memory_kib": 1024,
        "db_pool_size": 4,
    }
    values.update(overrides)
    return Settings(**values)


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def database_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The database URL of each backend, migrated and with reference data published."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('server') / 'server.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_url")
    engine = make_engine(make_settings(url))
    upgrade(engine)
    run_in_transaction(make_sessions(engine), lambda s: reference.publish(s, _now()))
    engine.dispose()
    yield url


@pytest.fixture(scope="session")
def settings(database_url: str) -> Settings:
    """Settings for the backend under test."""
    return make_settings(database_url)


@pytest.fixture(scope="session")
def app(settings: Settings) -> Iterator[FastAPI]:
    """One application per backend."""
    application = create_app(settings)
    yield application
    application.state.rmdesk.engine.dispose()


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    """An HTTP client for the app (no server process)."""
    with TestClient(app) as test_client:
        yield test_client


def valid_uscc() -> str:
    """A random valid unified social credit code."""
    body = (
        "9133"
        + "0100"
        + "".join(secrets.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9))
    )
    return complete_uscc(body)


def new_id() -> str:
    """A client-born UUID."""
    return str(uuid.uuid4())


def mutation(
    entity: str, entity_id: str, op: str = "create", base: int | None = None, **changes: Any
) -> dict[str, Any]:
    """One outbox entry as the client sends it."""
    return {
        "mutation_id": new_id(),
        "entity": entity,
        "entity_id": entity_id,
        "op": op,
        "changes": changes,
        "base_version": base,
    }


@dataclass
class Api:
    """A signed-in user's view of the server, for tests."""

    client: TestClient
    username: str
    device: str = "laptop-1"
    token: str = ""
    refresh_token: str = ""
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}", "X-RMDesk-Device": self.device}

    def login(self) -> Api:
        response = self.client.post(
            "/auth/login",
            json={"username": self.username, "password": PASSWORD, "device_id": self.device},
        )
        assert response.status_code == 200, response.text
        self.token = response.json()["access_token"]
        self.refresh_token = response.json()["refresh_token"]
        return self

    def push(self, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
        response = self.push_raw(list(mutations))
        assert response.status_code == 200, response.text
        results: list[dict[str, Any]] = response.json()["results"]
        return results

    def push_raw(self, mutations: list[dict[str, Any]], **extra: Any) -> Any:
        body = {"protocol": PROTOCOL_VERSION, "schema_version": MIN_CLIENT_SCHEMA}
        body.update(extra)
        return self.client.post(
            "/sync/push", json={**body, "mutations": mutations}, headers=self.headers
        )

    def pull(self, cursor: int = 0, limit: int = 500) -> dict[str, Any]:
        response = self.client.post(
            "/sync/pull",
            json={
                "protocol": PROTOCOL_VERSION,
                "schema_version": MIN_CLIENT_SCHEMA,
                "cursor": cursor,
                "limit": limit,
            },
            headers=self.headers,
        )
        assert response.status_code == 200, response.text
        page: dict[str, Any] = response.json()
        return page

    def pull_all(
        self, cursor: int = 0, limit: int = 500
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], int]:
        changes: list[dict[str, Any]] = []
        revocations: list[dict[str, Any]] = []
        while True:
            page = self.pull(cursor, limit)
            changes += page["changes"]
            revocations += page["revocations"]
            cursor = page["cursor"]
            if not page["has_more"]:
                return changes, revocations, cursor

    def create_customer(self, **fields: Any) -> str:
        customer_id = new_id()
        values = {"name": "杭州恒达机械有限公司", "uscc": valid_uscc(), **fields}
        [result] = self.push(mutation("customers", customer_id, **values))
        assert result["status"] == "applied", result
        return customer_id


@dataclass
class World:
    """One test's branch and accounts: two RMs, a manager, a credit officer, an admin,
    and an RM of another branch."""

    client: TestClient
    branch: str
    names: dict[str, str]
    app: FastAPI

    def api(self, who: str, device: str = "laptop-1") -> Api:
        return Api(self.client, self.names[who], device).login()


@pytest.fixture
def world(client: TestClient, app: FastAPI) -> World:
    """Fresh accounts for this test (unique names) in a fresh branch."""
    state = app.state.rmdesk
    tag = secrets.token_hex(4)
    branch = f"br{tag}"
    names = {
        "rm_a": f"rma{tag}",
        "rm_b": f"rmb{tag}",
        "manager": f"mgr{tag}",
        "credit": f"cro{tag}",
        "admin": f"adm{tag}",
        "rm_other": f"rmo{tag}",
    }
    roles = {
        "rm_a": "rm",
        "rm_b": "rm",
        "manager": "branch_manager",
        "credit": "credit_officer",
        "admin": "admin",
        "rm_other": "rm",
    }
    passwords: Passwords = state.passwords

    def work(session: Any) -> None:
        for key, username in names.items():
            home = f"ot{tag}" if key == "rm_other" else branch
            users.create_user(session, passwords, username, PASSWORD, roles[key], home, _now())

    run_in_transaction(state.sessions, work)
    return World(client, branch, names, app)


@pytest.fixture(scope="session")
def repo_root() -> Path:
    """The repository's root folder."""
    return Path(__file__).resolve().parents[2]
