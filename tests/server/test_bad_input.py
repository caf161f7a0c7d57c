"""Bad input gets a clear 4xx and stores nothing: sizes, JSON, unknown fields, types, USCC."""

from __future__ import annotations

from typing import Any

import pytest

from app.sync_wire import MAX_BATCH, MIN_CLIENT_SCHEMA, PROTOCOL_VERSION
from tests.server.conftest import Api, World, mutation, new_id, valid_uscc

VERSIONS = {"protocol": PROTOCOL_VERSION, "schema_version": MIN_CLIENT_SCHEMA}


def _stored(api: Api) -> list[dict[str, Any]]:
    changes, _, _ = api.pull_all()
    return changes


def _post(api: Api, body: Any, raw: bytes | None = None) -> Any:
    if raw is not None:
        return api.client.post(
            "/sync/push",
            content=raw,
            headers={**api.headers, "Content-Type": "application/json"},
        )
    return api.client.post("/sync/push", json=body, headers=api.headers)


@pytest.mark.parametrize(
    ("case", "expected"),
    [
        ("oversized", 413),
        ("malformed", 422),
        ("unknown_top", 422),
        ("unknown_mutation_field", 422),
        ("wrong_type", 422),
        ("bad_uuid", 422),
        ("unknown_entity", 422),
        ("too_many", 422),
        ("nul", 422),
        ("deep", 422),
        ("nan", 422),
        ("huge_int", 422),
    ],
)
def test_malformed_requests_are_refused(world: World, case: str, expected: int) -> None:
    rm = world.api("rm_a")
    good = mutation("customers", new_id(), name="合法有限公司", uscc=valid_uscc())
    body: Any = {**VERSIONS, "mutations": [good]}
    raw = None
    if case == "oversized":
        limit = world.app.state.rmdesk.settings.max_body_bytes
        body["mutations"][0]["changes"]["address"] = "x" * (limit + 1)
    elif case == "malformed":
        raw = b'{"protocol": 1, "mutations": [}'
    elif case == "unknown_top":
        body["extra"] = 1
    elif case == "unknown_mutation_field":
        body["mutations"][0]["sneaky"] = True
    elif case == "wrong_type":
        body["mutations"][0]["base_version"] = "seven"
    elif case == "bad_uuid":
        body["mutations"][0]["entity_id"] = "not-a-uuid"
    elif case == "unknown_entity":
        body["mutations"][0]["entity"] = "users"
    elif case == "too_many":
        body["mutations"] = [good] * (MAX_BATCH + 1)
    elif case == "nul":
        body["mutations"][0]["changes"]["name"] = "a\x00b"
    elif case == "deep":
        nested: Any = "x"
        for _ in range(20):
            nested = [nested]
        body["mutations"][0]["changes"]["programmes"] = nested
    elif case == "nan":
        raw = (
            b'{"protocol": 1, "schema_version": "0007", "mutations": [{"mutation_id": "'
            + new_id().encode()
            + b'", "entity": "visits", "entity_id": "'
            + new_id().encode()
            + b'", "op": "create", "changes": {"checks": {"x": NaN}}}]}'
        )
    elif case == "huge_int":
        body["mutations"][0]["changes"]["employees"] = 10**30
    response = _post(rm, body, raw)
    assert response.status_code == expected, response.text
    error = response.json()
    assert error["code"] and error["message"]
    assert _stored(rm) == []


def test_invalid_values_are_rejected_per_mutation_with_a_field_and_code(world: World) -> None:
    rm = world.api("rm_a")
    customer = rm.create_customer()
    cases = {
        "uscc": ("91330100MA27XL0X4A", "uscc.checksum"),
        "legal_rep_id_number": ("110101199001011235", "id.checksum"),
        "legal_rep_mobile": ("1234", "mobile.length"),
        "annual_revenue": ("12.345", "amount.precision"),
        "total_assets": ("-5", "amount.negative"),
        "registration_date": ("2999-01-01", "date.future"),
        "employees": ("many", "type.invalid"),
        "name": ("名" * 201, "length.too_long"),
        "ownership_type": ("pirate", "choice.unknown"),
        "no_such_field": ("x", "field.unknown"),
    }
    results = rm.push(
        *[mutation("customers", customer, "update", **{f: v}) for f, (v, _c) in cases.items()]
    )
    for (name, (_value, code)), result in zip(cases.items(), results, strict=True):
        assert result["status"] == "rejected", (name, result)
        [problem] = result["problems"]
        assert (problem["field"], problem["code"]) == (name, code)
        assert problem["message"]
    [stored] = [c for c in _stored(rm) if c["id"] == customer]
    assert stored["data"]["uscc"] != "91330100MA27XL0X4A" and stored["data"]["employees"] is None


def test_completion_needs_every_required_field(world: World) -> None:
    rm = world.api("rm_a")
    customer = rm.create_customer()
    [result] = rm.push(mutation("customers", customer, "update", status="complete"))
    assert result["status"] == "rejected"
    assert {p["code"] for p in result["problems"]} == {"required"}


def test_unknown_routes_and_methods_answer_in_json(world: World) -> None:
    rm = world.api("rm_a")
    assert rm.client.get("/nope", headers=rm.headers).json()["code"] == "not_found"
    response = rm.client.delete("/sync/push", headers=rm.headers)
    assert response.status_code == 405
