"""A fresh server database at an older migration, on SQLite or PostgreSQL (upgrade tests)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url

from server.core.db import make_engine
from server.migrate import current_revision, upgrade
from tests.server.conftest import PG_ADMIN_URL, make_settings


@contextmanager
def database_at(backend: str, revision: str, folder: Path) -> Iterator[Engine]:
    """An engine on a new database migrated to ``revision``; dropped afterwards."""
    admin = None
    if backend == "sqlite":
        url = f"sqlite:///{folder / 'old-server.sqlite3'}"
    else:
        name = f"rmdesk_old_{secrets.token_hex(6)}"
        admin = create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
    engine = make_engine(make_settings(url))
    try:
        upgrade(engine, revision)
        assert current_revision(engine) == revision
        yield engine
    finally:
        engine.dispose()
        if admin is not None:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
