"""Privacy reveals sync to the server's audit log, and the server keeps them unchanged."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.privacy import RevealContext, RevealService
from app.sync_wire import MIN_CLIENT_SCHEMA, PROTOCOL_VERSION
from server.core.db import run_in_transaction
from server.models import AuditEvent
from tests.sync.conftest import LaptopFactory
from tests.sync.support import Api, ServerHandle, World, add_customer, new_id

ID_NUMBER = "11010519491231002X"


def audit(server: ServerHandle, action: str, entity_id: str) -> list[AuditEvent]:
    def work(session: Session) -> list[AuditEvent]:
        query = select(AuditEvent).where(
            AuditEvent.action == action, AuditEvent.entity_id == entity_id
        )
        rows = list(session.scalars(query.order_by(AuditEvent.id)))
        session.expunge_all()
        return rows

    return run_in_transaction(server.sessions, work)


def push(api: Api, *mutations: dict[str, Any]) -> list[dict[str, Any]]:
    body = {
        "protocol": PROTOCOL_VERSION,
        "schema_version": MIN_CLIENT_SCHEMA,
        "mutations": [{"mutation_id": new_id(), **m} for m in mutations],
    }
    response = api.http.post("/sync/push", json=body)
    assert response.status_code == 200, response.text
    results: list[dict[str, Any]] = response.json()["results"]
    return results


def test_a_reveal_made_offline_reaches_the_servers_audit_log(
    server: ServerHandle, world: World, laptops: LaptopFactory
) -> None:
    laptop = laptops(world)
    customer = add_customer(laptop, legal_rep_id_number=ID_NUMBER)
    laptop.sync_ok()
    # offline: recorded locally with its outbox entry, sent with the next sync
    reveal = RevealService(laptop.db, laptop.user).record(
        customer, "legal_rep_id_number", RevealContext.PROFILE
    )
    assert laptop.db.unsynced_count() == 1
    report = laptop.sync_ok()
    assert report.pushed == 1 and laptop.db.unsynced_count() == 0

    [event] = audit(server, "privacy.reveal", customer)
    assert event.username == laptop.user
    assert event.detail == {
        "reveal_id": reveal.id,
        "field": "legal_rep_id_number",
        "record_id": None,
        "context": "profile",
        "revealed_by": laptop.user,
        "revealed_at": event.detail["revealed_at"],
    }
    assert event.detail["revealed_at"].startswith(reveal.revealed_at.date().isoformat())
    assert [e.action for e in audit(server, "sync.create", reveal.id)] == ["sync.create"]
    # the RM's other laptop receives the reveal with the rest of the customer
    other = laptops(world)
    other.sync_ok()
    assert [r.id for r in RevealService(other.db, other.user).list(customer)] == [reveal.id]
    assert ID_NUMBER not in str(event.detail)  # the audit says what was shown, not the value


def test_the_server_refuses_to_change_or_delete_a_reveal(
    server: ServerHandle, world: World, laptops: LaptopFactory
) -> None:
    laptop = laptops(world)
    customer = add_customer(laptop)
    reveal = RevealService(laptop.db, laptop.user).record(customer, "legal_rep_mobile", "profile")
    laptop.sync_ok()
    api = Api(world.url, world.names["rm"])
    try:
        results = push(
            api,
            {
                "entity": "privacy_reveals",
                "entity_id": reveal.id,
                "op": "update",
                "changes": {"field": "phone", "revealed_by": "someone_else"},
                "base_version": 1,
            },
            {
                "entity": "privacy_reveals",
                "entity_id": reveal.id,
                "op": "delete",
                "changes": {"deleted_at": "2026-11-29T00:00:00+00:00"},
                "base_version": 1,
            },
        )
        stored = api.pull_all()[("privacy_reveals", reveal.id)]
    finally:
        api.close()
    assert [r["status"] for r in results] == ["rejected", "rejected"]
    assert {r["problems"][0]["code"] for r in results} == {"record.append_only"}
    assert stored["field"] == "legal_rep_mobile" and stored["revealed_by"] == laptop.user
    assert stored["deleted_at"] is None
    assert [e.action for e in audit(server, "sync.rejected", reveal.id)] == ["sync.rejected"] * 2
