"""PostgreSQL under concurrency: change numbers follow commit order, dead connections heal.

SQLite runs one writer (and, with ``BEGIN IMMEDIATE``, one transaction) at a time, so
these questions only arise on PostgreSQL.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, text

from app.sync_wire import MIN_CLIENT_SCHEMA, PROTOCOL_VERSION, PushRequest
from server.core.config import Settings
from server.core.security import utcnow
from server.crud.auth import authenticate
from server.main import create_app
from server.sync.push import push
from tests.server.conftest import Api, World, mutation, new_id, valid_uscc


@pytest.fixture
def pg_settings(settings: Settings) -> Settings:
    """The settings of the PostgreSQL run (SQLite runs skip)."""
    if not settings.database_url.startswith("postgresql"):
        pytest.skip("PostgreSQL only")
    return settings


def _waiting_on_a_lock(settings: Settings, timeout: float = 10) -> bool:
    admin = create_engine(settings.database_url, isolation_level="AUTOCOMMIT")
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with admin.connect() as conn:
                waiting = conn.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                        " AND wait_event_type = 'Lock'"
                    )
                ).scalar_one()
            if waiting:
                return True
            time.sleep(0.05)
        return False
    finally:
        admin.dispose()


def test_change_numbers_follow_commit_order(world: World, pg_settings: Settings) -> None:
    rm_a, rm_b, manager = world.api("rm_a"), world.api("rm_b"), world.api("manager")
    _, _, cursor = manager.pull_all()
    state = world.app.state.rmdesk
    first, second = new_id(), new_id()

    # Push 1 has written its records (and taken its change numbers) but not committed.
    open_push = state.sessions()
    open_push.begin()
    principal = authenticate(open_push, state.settings, rm_a.token, rm_a.device, utcnow())
    request = PushRequest.model_validate(
        {
            "protocol": PROTOCOL_VERSION,
            "schema_version": MIN_CLIENT_SCHEMA,
            "mutations": [mutation("customers", first, name="先提交有限公司", uscc=valid_uscc())],
        }
    )
    [applied] = push(open_push, principal, request, utcnow()).results
    assert applied.status == "applied"

    # Push 2 (another RM, another process) must wait for push 1's commit.
    results: list[Any] = []
    other = Api(TestClient(world.app), rm_b.username, rm_b.device, rm_b.token)
    later = threading.Thread(
        target=lambda: results.append(
            other.push(mutation("customers", second, name="后提交有限公司", uscc=valid_uscc()))
        )
    )
    later.start()
    try:
        assert _waiting_on_a_lock(pg_settings), "push 2 did not wait for push 1"
        assert later.is_alive()
        assert manager.pull(cursor)["changes"] == []  # neither is committed yet
    finally:
        open_push.commit()
        open_push.close()
    later.join(30)
    assert not later.is_alive() and results[0][0]["status"] == "applied"

    # Pulled in commit order: push 1's change before push 2's, and none skipped.
    changes, _, _ = manager.pull_all(cursor)
    assert [c["id"] for c in changes] == [first, second]


def test_a_dead_pooled_connection_is_replaced(world: World, pg_settings: Settings) -> None:
    app = create_app(pg_settings)  # its own pool, so only it loses connections
    try:
        rm = Api(TestClient(app), world.names["rm_a"]).login()
        customer = rm.create_customer()
        engine = app.state.rmdesk.engine
        pooled = [engine.connect() for _ in range(pg_settings.db_pool_size)]
        pids = [c.exec_driver_sql("SELECT pg_backend_pid()").scalar_one() for c in pooled]
        for conn in pooled:
            conn.close()  # back to the pool, where they die
        admin = create_engine(pg_settings.database_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            for pid in pids:
                conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        admin.dispose()

        # No pre-ping: the dead connection fails, is replaced, and the request is retried.
        assert customer in {c["id"] for c in rm.pull_all()[0]}
        [result] = rm.push(mutation("customers", customer, "update", city="宁波"))
        assert result["status"] == "applied"
    finally:
        app.state.rmdesk.engine.dispose()
