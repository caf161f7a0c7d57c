"""Sync fixtures: a real `rmdesk-server` process per backend (SQLite and PostgreSQL),
laptops (client profiles in temp folders) and a file keyring.

PostgreSQL: a throw-away database ``rmdesk_sync_<random>`` created from ``test``
and dropped at the end.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from server.core.db import make_engine, make_sessions, run_in_transaction
from server.core.security import Passwords
from server.crud import reference
from server.migrate import upgrade
from tests.sync.keyring_backend import ENV, FileKeyring
from tests.sync.support import (
    FaultyTransport,
    Laptop,
    ServerHandle,
    World,
    copy_profile,
    make_template,
    now,
    settings_for,
    start_server,
)

PG_ADMIN_URL = os.environ.get(
    "RMDESK_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)


@pytest.fixture(scope="session")
def sync_pg_url() -> Iterator[str]:
    """A fresh PostgreSQL database for the session, dropped afterwards."""
    name = f"rmdesk_sync_{secrets.token_hex(6)}"
    admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _launch(backend: str, url: str, folder: Path) -> Iterator[ServerHandle]:
    settings = settings_for(url)
    engine = make_engine(settings)
    upgrade(engine)
    sessions = make_sessions(engine)
    run_in_transaction(sessions, lambda s: reference.publish(s, now()))
    process, base = start_server(url, folder / f"server-{backend}.log")
    try:
        yield ServerHandle(backend, base, url, settings, sessions, Passwords(settings))
    finally:
        process.terminate()
        try:
            process.wait(10)
        except Exception:
            process.kill()
            process.wait()
        engine.dispose()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "sqlite_only: run against the SQLite server only (client-side behaviour)"
    )


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Drop the PostgreSQL variant of tests marked ``sqlite_only``."""
    keep, drop = [], []
    for item in items:
        callspec = getattr(item, "callspec", None)
        backend = callspec.params.get("server") if callspec is not None else None
        if item.get_closest_marker("sqlite_only") and backend == "postgresql":
            drop.append(item)
        else:
            keep.append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(scope="session")
def sqlite_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerHandle]:
    """A running server on SQLite."""
    folder = tmp_path_factory.mktemp("server-sqlite")
    yield from _launch("sqlite", f"sqlite:///{folder / 'server.sqlite3'}", folder)


@pytest.fixture(scope="session")
def postgresql_server(
    sync_pg_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerHandle]:
    """A running server on PostgreSQL."""
    yield from _launch("postgresql", sync_pg_url, tmp_path_factory.mktemp("server-postgresql"))


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def server(request: pytest.FixtureRequest) -> ServerHandle:
    """A running server on each backend."""
    handle: ServerHandle = request.getfixturevalue(f"{request.param}_server")
    return handle


@pytest.fixture(scope="session")
def template_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty migrated profile, copied for each laptop."""
    return make_template(tmp_path_factory.mktemp("template") / "profile")


@pytest.fixture(autouse=True)
def file_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FileKeyring]:
    """keyring's backend API over a temp file (no OS keyring daemon in tests)."""
    path = tmp_path / "keyring.json"
    monkeypatch.setenv(ENV, str(path))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.sync.keyring_backend.FileKeyring")
    previous = keyring.get_keyring()
    backend = FileKeyring(path)
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def world(server: ServerHandle) -> World:
    """Fresh accounts for this test on the backend under test."""
    return server.world()


LaptopFactory = Callable[..., Laptop]


@pytest.fixture
def laptops(tmp_path: Path, template_profile: Path) -> Iterator[LaptopFactory]:
    """Make signed-in laptops: ``laptops(world, "rm")``."""
    made: list[Laptop] = []

    def make(world: World, who: str = "rm", transport: FaultyTransport | None = None) -> Laptop:
        root = copy_profile(template_profile, tmp_path / f"laptop{len(made) + 1}")
        laptop = Laptop(root, world.url, world.names[who], transport or FaultyTransport())
        made.append(laptop)
        return laptop.sign_in()

    yield make
    for laptop in made:
        laptop.close()
