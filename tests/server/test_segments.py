"""Segments and plans: owner-scoped records (no customer), on PostgreSQL and SQLite.

An RM pushes and pulls their own segments and plans; another RM sees none of
them; the branch manager pulls every RM's of the branch but cannot change them;
another branch sees nothing. Reassigning a segment moves it with its plans.
"""

from __future__ import annotations

from typing import Any

from tests.server.conftest import Api, World, mutation, new_id


def _segment(api: Api, name: str, **extra: Any) -> str:
    segment_id = new_id()
    values = {
        "name": name,
        "segment_type": "industrial_cluster",
        "risk_controls": ["核心企业担保"],
        "default_product_code": "short_term_credit",
        "default_amount": "500000.00",
        "default_term_months": 12,
        **extra,
    }
    [result] = api.push(mutation("segments", segment_id, **values))
    assert result["status"] == "applied", result
    return segment_id


def _plan(api: Api, segment_id: str, quarter: str = "2026Q4", **extra: Any) -> str:
    plan_id = new_id()
    values = {
        "segment_id": segment_id,
        "quarter": quarter,
        "target_visits": 20,
        "target_applications": 8,
        "target_approved_amount": "5000000.00",
        **extra,
    }
    [result] = api.push(mutation("segment_plans", plan_id, **values))
    assert result["status"] == "applied", result
    return plan_id


def _ids(api: Api, entity: str) -> set[str]:
    changes, _revocations, _cursor = api.pull_all()
    return {c["id"] for c in changes if c["entity"] == entity}


def test_rm_a_cannot_read_rm_bs_plans_and_the_manager_reads_both(world: World) -> None:
    rm_a, rm_b, manager = world.api("rm_a"), world.api("rm_b"), world.api("manager")
    seg_a = _segment(rm_a, "永康五金产业集群")
    seg_b = _segment(rm_b, "义乌小商品市场", segment_type="commodity_market")
    plan_a = _plan(rm_a, seg_a)
    plan_b = _plan(rm_b, seg_b)

    assert _ids(rm_a, "segment_plans") == {plan_a}
    assert _ids(rm_a, "segments") == {seg_a}
    assert _ids(rm_b, "segment_plans") == {plan_b}
    assert _ids(manager, "segment_plans") == {plan_a, plan_b}
    assert _ids(manager, "segments") == {seg_a, seg_b}
    assert _ids(world.api("rm_other"), "segment_plans") == set()

    changes, _revocations, _cursor = manager.pull_all()
    owners = {c["id"]: c["data"]["owner"] for c in changes if c["entity"] == "segment_plans"}
    assert owners == {plan_a: world.names["rm_a"], plan_b: world.names["rm_b"]}


def test_the_owner_is_set_by_the_server(world: World) -> None:
    rm_a = world.api("rm_a")
    segment_id = new_id()
    [result] = rm_a.push(
        mutation("segments", segment_id, name="仿冒", segment_type="sub_industry", owner="someone")
    )
    assert result["status"] == "applied"
    assert result["server_values"] == {"owner": world.names["rm_a"]}


def test_no_one_else_changes_or_hangs_plans_on_an_rms_segment(world: World) -> None:
    rm_a, rm_b, manager = world.api("rm_a"), world.api("rm_b"), world.api("manager")
    seg_a = _segment(rm_a, "永康五金产业集群")
    plan_a = _plan(rm_a, seg_a)
    [changed] = rm_b.push(mutation("segment_plans", plan_a, "update", 1, target_visits=99))
    assert changed["status"] == "rejected"
    assert changed["problems"][0]["code"] == "not_found"
    [hung] = rm_b.push(mutation("segment_plans", new_id(), segment_id=seg_a, quarter="2027Q1"))
    assert hung["status"] == "rejected"
    assert hung["problems"][0]["code"] == "parent.missing"
    # The branch manager reads the branch's plans; pushing is for RMs only.
    refused = manager.push_raw([mutation("segment_plans", plan_a, "update", 1, target_visits=9)])
    assert refused.status_code == 403
    changes, _revocations, _cursor = manager.pull_all()
    [plan] = [c for c in changes if c["id"] == plan_a]
    assert plan["data"]["target_visits"] == 20


def test_the_owner_updates_and_deletes_a_plan(world: World) -> None:
    rm_a, manager = world.api("rm_a"), world.api("manager")
    seg_a = _segment(rm_a, "永康五金产业集群")
    plan_a = _plan(rm_a, seg_a)
    changes, _r, _c = rm_a.pull_all()
    version = next(c["version"] for c in changes if c["id"] == plan_a)
    [updated] = rm_a.push(
        mutation("segment_plans", plan_a, "update", version, target_visits=25, status="active")
    )
    assert updated["status"] == "applied", updated
    [deleted] = rm_a.push(
        mutation("segment_plans", plan_a, "delete", updated["version"],
                 deleted_at="2026-11-29T02:00:00+00:00")
    )  # fmt: skip
    assert deleted["status"] == "applied"
    changes, _r, _c = manager.pull_all()
    [plan] = [c for c in changes if c["id"] == plan_a]
    assert plan["deleted"] and plan["data"]["target_visits"] == 25


def test_bad_segments_and_plans_are_rejected_with_reasons(world: World) -> None:
    rm_a = world.api("rm_a")
    [bad_segment] = rm_a.push(
        mutation("segments", new_id(), name="", segment_type="planet", default_term_months=0)
    )
    assert bad_segment["status"] == "rejected"
    assert {p["code"] for p in bad_segment["problems"]} >= {"name.required", "type.unknown"}
    seg_a = _segment(rm_a, "永康五金产业集群")
    [bad_plan] = rm_a.push(
        mutation("segment_plans", new_id(), segment_id=seg_a, quarter="Q4", target_visits=-3)
    )
    assert bad_plan["status"] == "rejected"
    assert {p["code"] for p in bad_plan["problems"]} == {"quarter.format", "target.range"}


def test_a_reassigned_segment_moves_with_its_plans(world: World) -> None:
    rm_a, rm_b, manager = world.api("rm_a"), world.api("rm_b"), world.api("manager")
    seg_a = _segment(rm_a, "永康五金产业集群")
    plan_a = _plan(rm_a, seg_a)
    _changes, _revocations, cursor = rm_a.pull_all()
    response = world.client.post(
        f"/customers/{seg_a}/assign", json={"rm": world.names["rm_b"]}, headers=manager.headers
    )
    assert response.status_code == 200, response.text
    _changes, revocations, _cursor = rm_a.pull_all(cursor)
    assert {r["id"] for r in revocations} == {seg_a, plan_a}
    changes, _r, _c = rm_b.pull_all()
    moved = {c["id"]: c["data"]["owner"] for c in changes if c["entity"].startswith("segment")}
    assert moved == {seg_a: world.names["rm_b"], plan_a: world.names["rm_b"]}
