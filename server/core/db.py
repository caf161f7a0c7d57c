"""Engines and sessions: PostgreSQL (psycopg 3) in production, SQLite embedded.

SQLite gets WAL, a busy timeout and ``BEGIN IMMEDIATE`` transactions, so two
writers queue instead of failing half-way. Nothing here keeps state that matters
between requests: every process works from the database alone.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from server.core.config import Settings

T = TypeVar("T")


def _sqlite_setup(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: object) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def make_engine(settings: Settings) -> Engine:
    """An engine for ``settings.database_url`` (the SQLite folder is created if needed)."""
    url = make_url(settings.database_url)
    if url.drivername == "postgresql":
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    options = settings.engine_options()
    if url.get_backend_name() == "postgresql":
        # psycopg prepares a statement after a few runs, and PostgreSQL may then keep one
        # generic plan for it, made while the tables were small (a sequential scan, say),
        # however much they grow. Plan each run with its values and the tables' size.
        options["connect_args"] = {"options": "-c plan_cache_mode=force_custom_plan"}
    engine = create_engine(url, **options)
    if url.get_backend_name() == "sqlite":
        _sqlite_setup(engine)
    return engine


def make_sessions(engine: Engine) -> sessionmaker[Session]:
    """The session factory used by the request dependencies."""
    return sessionmaker(engine, expire_on_commit=False)


def _retryable(exc: DBAPIError) -> bool:
    if isinstance(exc, IntegrityError) or exc.connection_invalidated:
        return True
    code = getattr(exc.orig, "sqlstate", None)
    return code in ("40001", "40P01") or "locked" in str(exc.orig)


def run_in_transaction(
    sessions: sessionmaker[Session],
    work: Callable[[Session], T],
    *,
    retries: int = 4,
    isolation: str | None = None,
) -> T:
    """Run ``work`` in one transaction and commit; retry on races (unique keys, deadlocks)
    and on a connection that turned out dead (the pool does not ping before use).

    A retried batch is harmless: each attempt starts from what is committed, and
    mutation ids already recorded are answered from their stored results.
    """
    for attempt in range(retries):
        with sessions() as session:
            try:
                with session.begin():
                    if isolation and session.get_bind().dialect.name == "postgresql":
                        session.connection(execution_options={"isolation_level": isolation})
                    return work(session)
            except DBAPIError as exc:
                if attempt == retries - 1 or not _retryable(exc):
                    raise
        time.sleep(random.uniform(0.005, 0.02) * 2**attempt)
    raise AssertionError("unreachable")
