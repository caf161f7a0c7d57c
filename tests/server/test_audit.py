"""The audit log and published reference data cannot be changed, even with SQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from server.core.db import run_in_transaction
from tests.server.conftest import World, mutation


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE audit_events SET action = 'forged'",
        "DELETE FROM audit_events",
        "UPDATE reference_data SET version = 'x'",
    ],
)
def test_append_only_tables_refuse_changes(world: World, statement: str) -> None:
    world.api("rm_a").create_customer()
    state = world.app.state.rmdesk
    with pytest.raises(DBAPIError, match="append-only"):
        run_in_transaction(state.sessions, lambda s: s.execute(text(statement)), retries=1)


def test_every_change_is_audited_with_user_and_device(world: World) -> None:
    rm = world.api("rm_a", device="laptop-7")
    customer = rm.create_customer()
    rm.push(mutation("customers", customer, "update", city="杭州"))
    state = world.app.state.rmdesk
    rows = run_in_transaction(
        state.sessions,
        lambda s: s.execute(
            text(
                "SELECT action, username, device_id, detail FROM audit_events "
                "WHERE entity_id = :id ORDER BY id"
            ),
            {"id": customer},
        ).all(),
    )
    assert [tuple(r[:3]) for r in rows] == [
        ("sync.create", rm.username, "laptop-7"),
        ("sync.update", rm.username, "laptop-7"),
    ]
    # which fields changed; a value only when it is not personal data (the name is)
    created, updated = (r[3] if isinstance(r[3], dict) else json.loads(r[3]) for r in rows)
    assert created == {"fields": ["name", "uscc"], "changes": {}}
    assert updated == {"fields": ["city"], "changes": {"city": "杭州"}}
