"""The sync protocol end to end: push, pull, exactly-once, merges and conflicts, scope moves."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from app.sync_wire import MIN_CLIENT_SCHEMA, PROTOCOL_VERSION
from server.core.db import run_in_transaction
from server.core.security import utcnow
from server.models import AuditEvent, Record
from server.sync.server_changes import purge
from tests.server.conftest import World, mutation, new_id, valid_uscc


def _record_count(world: World, entity_id: str) -> int:
    state = world.app.state.rmdesk
    return run_in_transaction(
        state.sessions,
        lambda s: s.execute(select(func.count()).where(Record.id == entity_id)).scalar_one(),
    )


def test_push_then_pull_round_trip(world: World) -> None:
    rm = world.api("rm_a")
    customer, contact, application = new_id(), new_id(), new_id()
    results = rm.push(
        mutation("customers", customer, name="宁波海川贸易有限公司", uscc=valid_uscc()),
        mutation(
            "customer_contacts", contact, customer_id=customer, name="王芳", phone="13800138000"
        ),
        mutation(
            "applications",
            application,
            customer_id=customer,
            product_code="short_term_credit",
            amount="500000.00",
            term_months=12,
            collateral_type="none",
        ),
        mutation("customers", customer, "update", city="宁波", annual_revenue="1200000.5"),
    )
    assert [r["status"] for r in results] == ["applied"] * 3 + ["applied"], results
    versions = [r["version"] for r in results]
    assert versions == sorted(versions) and len(set(versions)) == 4

    changes, revocations, cursor = rm.pull_all()
    by_id = {c["id"]: c for c in changes}
    assert set(by_id) == {customer, contact, application} and revocations == []
    assert by_id[customer]["data"]["city"] == "宁波"
    assert by_id[customer]["data"]["annual_revenue"] == "1200000.50"  # canonical money
    assert by_id[customer]["data"]["assigned_rm"] == rm.username  # server-owned
    assert by_id[customer]["version"] == versions[3]
    assert by_id[contact]["customer_id"] == customer
    assert rm.pull(cursor)["changes"] == []


def test_a_retried_batch_is_applied_exactly_once(world: World) -> None:
    rm = world.api("rm_a")
    customer = new_id()
    batch = [
        mutation("customers", customer, name="温州鼎盛鞋业有限公司", uscc=valid_uscc()),
        mutation("customers", customer, "update", city="温州"),
    ]
    first = rm.push(*batch)
    again = rm.push(*batch)
    assert first == again
    changes, _, _ = rm.pull_all()
    assert [c["version"] for c in changes if c["id"] == customer] == [first[1]["version"]]
    state = world.app.state.rmdesk
    events = run_in_transaction(
        state.sessions,
        lambda s: s.execute(
            select(func.count()).where(
                AuditEvent.entity_id == customer, AuditEvent.action.like("sync.%")
            )
        ).scalar_one(),
    )
    assert events == 2


def test_a_reused_mutation_id_with_other_content_is_rejected(world: World) -> None:
    rm = world.api("rm_a")
    customer = rm.create_customer()
    first = mutation("customers", customer, "update", city="杭州")
    rm.push(first)
    altered = {**first, "changes": {"city": "上海"}}
    [result] = rm.push(altered)
    assert result["status"] == "rejected"
    assert result["problems"][0]["code"] == "mutation.reused"


def test_different_fields_merge_and_the_same_field_conflicts(world: World) -> None:
    laptop = world.api("rm_a", device="laptop")
    tablet = world.api("rm_a", device="tablet")
    customer = laptop.create_customer(city="杭州")
    base = laptop.pull_all()[0][0]["version"]

    [a] = laptop.push(mutation("customers", customer, "update", base, city="绍兴"))
    assert a["status"] == "applied"
    [merged] = tablet.push(mutation("customers", customer, "update", base, district="越城区"))
    assert merged["status"] == "applied"
    [conflict] = tablet.push(mutation("customers", customer, "update", base, city="嘉兴"))
    assert conflict["status"] == "conflict"
    assert conflict["fields"] == ["city"]
    assert conflict["record"]["data"]["city"] == "绍兴"
    assert conflict["record"]["data"]["district"] == "越城区"
    # The same value on both sides is no conflict; a resolution on the new base applies.
    [same] = tablet.push(mutation("customers", customer, "update", base, city="绍兴"))
    assert same["status"] == "applied"
    latest = conflict["record"]["version"]
    [resolved] = tablet.push(mutation("customers", customer, "update", latest, city="嘉兴"))
    assert resolved["status"] == "applied"


def test_queued_changes_of_one_device_never_conflict_with_each_other(world: World) -> None:
    rm = world.api("rm_a")
    customer = new_id()
    results = rm.push(
        mutation("customers", customer, name="台州永盛塑业有限公司", uscc=valid_uscc()),
        mutation("customers", customer, "update", None, city="台州"),
        mutation("customers", customer, "update", None, city="临海"),
    )
    assert [r["status"] for r in results] == ["applied"] * 3
    [later] = rm.push(mutation("customers", customer, "update", None, city="温岭"))
    assert later["status"] == "applied"


def test_a_rejected_create_rejects_dependents_only(world: World) -> None:
    rm = world.api("rm_a")
    bad, good = new_id(), new_id()
    results = rm.push(
        mutation("customers", bad, name="坏数据有限公司", uscc="91330100MA27XL0X4A"),
        mutation("customer_contacts", new_id(), customer_id=bad, name="李四", phone="13800138000"),
        mutation("customers", bad, "update", city="杭州"),
        mutation("customers", good, name="好数据有限公司", uscc=valid_uscc()),
    )
    assert [r["status"] for r in results] == ["rejected", "rejected", "rejected", "applied"]
    problem = results[0]["problems"][0]
    assert (problem["field"], problem["code"]) == ("uscc", "uscc.checksum")
    assert "expected" in problem["params"] and problem["message"]
    assert {r["problems"][0]["code"] for r in results[1:3]} == {"dependency.rejected"}
    assert _record_count(world, bad) == 0


def test_server_owned_fields_are_server_wins(world: World) -> None:
    rm = world.api("rm_a")
    customer = new_id()
    [created] = rm.push(
        mutation("customers", customer, name="丽水青瓷有限公司", uscc=valid_uscc(), assigned_rm="x")
    )
    assert created["server_values"] == {"assigned_rm": rm.username}
    [update] = rm.push(mutation("customers", customer, "update", assigned_rm="someone"))
    assert update["status"] == "applied"
    assert update["server_values"] == {"assigned_rm": rm.username}
    [loan] = rm.push(
        mutation(
            "loans",
            new_id(),
            customer_id=customer,
            product_code="x",
            amount="1.00",
            disbursed_on="2025-01-01",
        )
    )
    assert loan["status"] == "rejected" and loan["problems"][0]["code"] == "entity.read_only"


def test_application_decision_flows_back_to_the_rm(world: World) -> None:
    rm, credit = world.api("rm_a"), world.api("credit")
    customer = rm.create_customer()
    application = new_id()
    rm.push(
        mutation(
            "applications",
            application,
            customer_id=customer,
            product_code="short_term_credit",
            amount="300000.00",
            term_months=12,
        ),
        mutation("applications", application, "update", status="ready"),
        mutation("applications", application, "update", status="submitted"),
    )
    queue = credit.client.get("/credit/applications", headers=credit.headers).json()
    [listed] = [a for a in queue["applications"] if a["id"] == application]
    assert listed["submitted_at"] and listed["rm"] == rm.username

    # The RM cannot edit a submitted application nor move its status.
    [edit] = rm.push(mutation("applications", application, "update", amount="400000.00"))
    assert edit["status"] == "rejected" and edit["problems"][0]["code"] == "application.locked"
    [status] = rm.push(mutation("applications", application, "update", status="approved"))
    assert status["status"] == "applied" and status["server_values"] == {"status": "submitted"}

    decision = {"outcome": "approved", "terms": {"amount": "300000.00", "term_months": 12}}
    response = credit.client.post(
        f"/credit/applications/{application}/decision", json=decision, headers=credit.headers
    )
    assert response.status_code == 200, response.text
    again = credit.client.post(
        f"/credit/applications/{application}/decision", json=decision, headers=credit.headers
    )
    assert again.status_code == 409
    [pulled] = [c for c in rm.pull_all()[0] if c["id"] == application]
    assert pulled["data"]["status"] == "approved"
    assert pulled["data"]["decided_by"] == credit.username
    assert pulled["data"]["decided_at"] >= pulled["data"]["submitted_at"]
    denied = rm.client.post(
        f"/credit/applications/{application}/decision", json=decision, headers=rm.headers
    )
    assert denied.status_code == 403


def test_application_rules_are_the_clients(world: World) -> None:
    rm = world.api("rm_a")
    customer = rm.create_customer()
    [result] = rm.push(
        mutation(
            "applications",
            new_id(),
            customer_id=customer,
            product_code="short_term_credit",
            amount="1.00",
            term_months=12,
        )
    )
    assert result["status"] == "rejected"
    assert result["problems"][0]["code"] == "amount.range"


def test_submitted_assessments_are_final(world: World) -> None:
    rm = world.api("rm_a")
    customer = rm.create_customer()
    assessment = new_id()
    [created] = rm.push(
        mutation(
            "assessments",
            assessment,
            customer_id=customer,
            model_id="sme",
            model_version="1",
            status="submitted",
            score="71.5000",
        )
    )
    assert created["status"] == "applied", created
    [change] = rm.push(mutation("assessments", assessment, "update", grade="A"))
    assert change["status"] == "rejected" and change["problems"][0]["code"] == "record.final"


def test_checklist_transitions_use_the_client_state_machine(world: World) -> None:
    rm = world.api("rm_a")
    customer = rm.create_customer()
    application, item = new_id(), new_id()
    results = rm.push(
        mutation(
            "applications",
            application,
            customer_id=customer,
            product_code="short_term_credit",
            amount="300000.00",
            term_months=12,
        ),
        mutation("checklist_items", item, application_id=application, item_code="business_licence"),
        mutation("checklist_items", item, "update", state="waived"),
        mutation("checklist_items", item, "update", state="received"),
    )
    assert [r["status"] for r in results] == ["applied", "applied", "rejected", "applied"]
    assert results[2]["problems"][0]["code"] == "state.transition"


def test_deletes_sync_as_tombstones(world: World) -> None:
    rm = world.api("rm_a")
    customer = rm.create_customer()
    _, _, cursor = rm.pull_all()
    [deleted] = rm.push(
        mutation("customers", customer, "delete", deleted_at="2025-03-01T08:00:00+08:00")
    )
    assert deleted["status"] == "applied"
    [tombstone] = rm.pull(cursor)["changes"]
    assert tombstone["deleted"] is True
    assert tombstone["data"]["deleted_at"] == "2025-03-01T00:00:00+00:00"
    [update] = rm.push(mutation("customers", customer, "update", city="杭州"))
    assert update["problems"][0]["code"] == "record.deleted"
    # deleted again (another laptop): applied at the same version, the first time kept
    [again] = rm.push(
        mutation("customers", customer, "delete", deleted_at="2025-03-02T08:00:00+08:00")
    )
    assert again["status"] == "applied" and again["version"] == tombstone["version"]
    assert again["server_values"] == {"deleted_at": "2025-03-01T00:00:00+00:00"}
    [same] = rm.push(mutation("customers", customer, "delete", deleted_at="2025-03-01T00:00Z"))
    assert same["status"] == "applied" and same["server_values"] == {}


def test_pull_pages_in_sequence_order(world: World) -> None:
    rm = world.api("rm_a")
    customer = new_id()
    rm.push(
        mutation("customers", customer, name="湖州丝绸有限公司", uscc=valid_uscc()),
        *[
            mutation(
                "customer_contacts",
                new_id(),
                customer_id=customer,
                name=f"联系人{i}",
                phone="13800138000",
            )
            for i in range(7)
        ],
    )
    cursor, seen = 0, []
    while True:
        page = rm.pull(cursor, limit=3)
        assert len(page["changes"]) <= 3
        seen += [c["version"] for c in page["changes"]]
        cursor = page["cursor"]
        if not page["has_more"]:
            break
    assert len(seen) == 8 and seen == sorted(seen)


def test_reassignment_revokes_the_old_scope_and_grants_the_new(world: World) -> None:
    rm_a, rm_b, manager = world.api("rm_a"), world.api("rm_b"), world.api("manager")
    customer = rm_a.create_customer()
    contact = new_id()
    rm_a.push(
        mutation(
            "customer_contacts", contact, customer_id=customer, name="赵六", phone="0571-88886666"
        )
    )
    _, _, cursor_a = rm_a.pull_all()
    _, _, cursor_b = rm_b.pull_all()

    response = manager.client.post(
        f"/customers/{customer}/assign", json={"rm": rm_b.username}, headers=manager.headers
    )
    assert response.status_code == 200, response.text
    assert response.json()["count"] == 2

    changes_a, revoked, _ = rm_a.pull_all(cursor_a)
    assert changes_a == []
    assert {(r["entity"], r["id"]) for r in revoked} == {
        ("customers", customer),
        ("customer_contacts", contact),
    }
    changes_b, _, _ = rm_b.pull_all(cursor_b)
    assert {c["id"] for c in changes_b} == {customer, contact}
    [moved] = [c for c in changes_b if c["id"] == customer]
    assert moved["data"]["assigned_rm"] == rm_b.username
    [write] = rm_a.push(mutation("customers", customer, "update", city="杭州"))
    assert write["problems"][0]["code"] == "not_found"
    [write] = rm_b.push(mutation("customers", customer, "update", moved["version"], city="杭州"))
    assert write["status"] == "applied"


def test_manager_reads_the_branch_but_cannot_push(world: World) -> None:
    rm, manager, other = world.api("rm_a"), world.api("manager"), world.api("rm_other")
    customer = rm.create_customer()
    assert customer in {c["id"] for c in manager.pull_all()[0]}
    assert customer not in {c["id"] for c in other.pull_all()[0]}
    response = manager.push_raw([mutation("customers", customer, "update", city="杭州")])
    assert response.status_code == 403


def test_stale_cursor_gets_410_after_tombstones_are_purged(world: World) -> None:
    rm = world.api("rm_a")
    customer = rm.create_customer()
    _, _, stale = rm.pull_all()
    rm.push(mutation("customers", customer, "delete"))
    state = world.app.state.rmdesk
    run_in_transaction(
        state.sessions, lambda s: purge(s, timedelta(0), utcnow() + timedelta(seconds=1))
    )
    response = rm.client.post(
        "/sync/pull",
        json={"protocol": PROTOCOL_VERSION, "schema_version": MIN_CLIENT_SCHEMA, "cursor": stale},
        headers=rm.headers,
    )
    assert response.status_code == 410
    assert response.json()["code"] == "cursor.expired"
    assert rm.pull(0)["cursor"] > stale  # a full re-download works


def test_incompatible_clients_are_told_to_update(world: World) -> None:
    rm = world.api("rm_a")
    old = rm.push_raw([mutation("customers", new_id(), name="x")], protocol=0)
    assert old.status_code == 426 and old.json()["code"] == "client.outdated"
    assert "update" in old.json()["message"]
    old_schema = rm.push_raw([mutation("customers", new_id(), name="x")], schema_version="0001")
    assert old_schema.status_code == 426
    newer = rm.push_raw([mutation("customers", new_id(), name="x")], protocol=PROTOCOL_VERSION + 1)
    assert newer.status_code == 409 and newer.json()["code"] == "server.outdated"


def test_a_resent_conflict_gets_the_record_now_and_every_field_changed_since(
    world: World,
) -> None:
    laptop = world.api("rm_a", device="laptop")
    tablet = world.api("rm_a", device="tablet")
    customer = laptop.create_customer(city="杭州")
    base = laptop.pull_all()[0][0]["version"]
    [city] = tablet.push(mutation("customers", customer, "update", base, city="绍兴"))
    mine = mutation("customers", customer, "update", base, city="嘉兴", address="南湖路1号")
    [conflict] = laptop.push(mine)
    assert conflict["status"] == "conflict" and conflict["fields"] == ["city"]

    # Meanwhile the tablet changes the address too: the laptop, whose answer was lost,
    # must hear of it, or it would send its address again on the new version.
    [theirs] = tablet.push(
        mutation("customers", customer, "update", city["version"], address="解放路9号")
    )
    assert theirs["status"] == "applied"
    [again] = laptop.push(mine)
    assert again["status"] == "conflict"
    assert again["fields"] == ["address", "city"]
    assert again["record"]["version"] == theirs["version"]
    assert again["record"]["data"]["address"] == "解放路9号"
    assert again["record"]["data"]["city"] == "绍兴"

    # Resent after a new change of the same batch: the record as that change left it.
    first = mutation("customers", customer, "update", None, district="南湖区")
    applied, replayed = laptop.push(first, mine)
    assert applied["status"] == "applied"
    assert replayed["record"]["version"] == applied["version"]
    assert replayed["record"]["data"]["district"] == "南湖区"
    assert _record_count(world, customer) == 1


def test_a_resent_batch_on_a_customer_moved_away_tells_nothing_of_it(world: World) -> None:
    laptop = world.api("rm_a", device="laptop")
    tablet = world.api("rm_a", device="tablet")
    customer = new_id()
    create = mutation(
        "customers", customer, name="湖州丝绸有限公司", uscc=valid_uscc(), assigned_rm="x"
    )
    [created] = laptop.push(create)
    assert created["server_values"] == {"assigned_rm": laptop.username}
    tablet.push(mutation("customers", customer, "update", created["version"], city="湖州"))
    clash = mutation("customers", customer, "update", created["version"], city="德清")
    [conflict] = laptop.push(clash)
    assert conflict["status"] == "conflict"
    manager = world.api("manager")
    response = manager.client.post(
        f"/customers/{customer}/assign",
        json={"rm": world.names["rm_b"]},
        headers=manager.headers,
    )
    assert response.status_code == 200, response.text

    replayed_create, replayed_clash = laptop.push(create, clash)
    assert replayed_create["status"] == "applied"  # still applied once, at that version
    assert replayed_create["version"] == created["version"]
    assert replayed_create["server_values"] == {}  # the record is no longer the RM's
    assert replayed_clash["status"] == "rejected" and replayed_clash["record"] is None
    assert replayed_clash["problems"][0]["code"] == "not_found"
