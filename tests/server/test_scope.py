"""Scope isolation: another RM can neither read nor write an RM's customer, by any route."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any

from app.sync_wire import MIN_CLIENT_SCHEMA, PROTOCOL_VERSION
from tests.server.conftest import Api, World, mutation, new_id

SECRET_NAME = "机密客户甲有限公司"
OWNER_DEVICE = "laptop-1"  # the owner's device (see tests/server/conftest.py)
VERSIONS = {"protocol": PROTOCOL_VERSION, "schema_version": MIN_CLIENT_SCHEMA}


def _setup(world: World) -> dict[str, Any]:
    owner = world.api("rm_a")
    customer = owner.create_customer(name=SECRET_NAME)
    document, application = new_id(), new_id()
    data = b"%PDF-1.4 secret scan"
    sha = hashlib.sha256(data).hexdigest()
    owner.client.put(
        f"/attachments/{sha}",
        content=data,
        headers={**owner.headers, "Content-Range": f"bytes 0-{len(data) - 1}/{len(data)}"},
    )
    owner.push(
        mutation("documents", document, customer_id=customer, doc_type="business_licence"),
        mutation(
            "attachments",
            new_id(),
            document_id=document,
            sha256=sha,
            size=len(data),
            media_type="application/pdf",
        ),
        mutation(
            "applications",
            application,
            customer_id=customer,
            product_code="short_term_credit",
            amount="300000.00",
            term_months=12,
            status="submitted",
        ),
    )
    return {
        "customer": customer,
        "document": document,
        "application": application,
        "sha": sha,
        "owner": owner,
    }


def _requests(ids: dict[str, Any]) -> dict[tuple[str, str], Callable[[Api], Any]]:
    c, sha, app_id = ids["customer"], ids["sha"], ids["application"]

    def push(api: Api) -> Any:
        return api.push_raw(
            [
                mutation("customers", c, "update", 10**9, name="stolen"),
                mutation("customers", c, "delete"),
                mutation(
                    "customer_contacts", new_id(), customer_id=c, name="x", phone="13800138000"
                ),
                mutation(
                    "attachments",
                    new_id(),
                    document_id=ids["document"],
                    sha256=sha,
                    size=20,
                    media_type="application/pdf",
                ),
                mutation("customers", c, name="hijack", uscc=None),
            ]
        )

    return {
        ("GET", "/health"): lambda a: a.client.get("/health"),
        ("POST", "/auth/login"): lambda a: a.client.post(
            "/auth/login", json={"username": ids["owner"].username, "password": "guess"}
        ),
        ("POST", "/auth/refresh"): lambda a: a.client.post(
            "/auth/refresh", json={"refresh_token": "A" * 43}
        ),
        ("POST", "/auth/logout"): lambda a: a.client.post("/auth/logout", headers={}),
        ("GET", "/auth/me"): lambda a: a.client.get("/auth/me", headers=a.headers),
        ("POST", "/sync/push"): push,
        ("POST", "/sync/pull"): lambda a: a.client.post(
            "/sync/pull", json={**VERSIONS, "cursor": 0}, headers=a.headers
        ),
        ("POST", "/attachments/missing"): lambda a: a.client.post(
            "/attachments/missing", json={"hashes": [sha]}, headers=a.headers
        ),
        ("GET", "/attachments/{sha256}/status"): lambda a: a.client.get(
            f"/attachments/{sha}/status", headers=a.headers
        ),
        ("PUT", "/attachments/{sha256}"): lambda a: a.client.put(
            f"/attachments/{sha}",
            content=b"x",
            headers={**a.headers, "Content-Range": "bytes 0-0/1"},
        ),
        ("GET", "/attachments/{sha256}"): lambda a: a.client.get(
            f"/attachments/{sha}", headers=a.headers
        ),
        ("GET", "/reference"): lambda a: a.client.get("/reference", headers=a.headers),
        ("GET", "/reference/{name}/{version}"): lambda a: a.client.get(
            "/reference/products/2025.1", headers=a.headers
        ),
        ("GET", "/credit/applications"): lambda a: a.client.get(
            "/credit/applications", headers=a.headers
        ),
        ("POST", "/credit/applications/{application_id}/decision"): lambda a: a.client.post(
            f"/credit/applications/{app_id}/decision",
            json={"outcome": "declined", "reason": "x"},
            headers=a.headers,
        ),
        ("POST", "/admin/users"): lambda a: a.client.post(
            "/admin/users",
            json={"username": "evil1", "password": "x" * 12, "role": "admin", "branch": "x"},
            headers=a.headers,
        ),
        ("POST", "/admin/users/{username}/revoke"): lambda a: a.client.post(
            f"/admin/users/{ids['owner'].username}/revoke", headers=a.headers
        ),
        ("POST", "/admin/users/{username}/unlock"): lambda a: a.client.post(
            f"/admin/users/{ids['owner'].username}/unlock", headers=a.headers
        ),
        ("POST", "/customers/{customer_id}/assign"): lambda a: a.client.post(
            f"/customers/{c}/assign", json={"rm": a.username}, headers=a.headers
        ),
        ("GET", "/devices/me"): lambda a: a.client.get("/devices/me", headers=a.headers),
        ("GET", "/admin/devices"): lambda a: a.client.get("/admin/devices", headers=a.headers),
        ("POST", "/admin/devices/{device}/lost"): lambda a: a.client.post(
            f"/admin/devices/{OWNER_DEVICE}/lost", headers=a.headers
        ),
    }


def test_every_route_keeps_other_rms_out(world: World) -> None:
    ids = _setup(world)
    requests = _requests(ids)
    routes = {
        (method.upper(), path)
        for path, operations in world.app.openapi()["paths"].items()
        for method in operations
    }
    assert routes == set(requests), "a new route needs a scope check here"
    owner = ids["owner"]
    before, _, _ = owner.pull_all()
    for intruder in (world.api("rm_b"), world.api("rm_other")):
        for (method, path), send in requests.items():
            response = send(intruder)
            assert SECRET_NAME not in response.text, (method, path)
            assert ids["customer"] not in response.text or path == "/sync/push", (method, path)
            if path == "/sync/push":
                results = response.json()["results"]
                assert all(r["status"] == "rejected" for r in results), results
                assert all(r["record"] is None for r in results)
            elif path == "/attachments/{sha256}":
                assert response.status_code in (200, 201, 404)
                assert response.content != b"%PDF-1.4 secret scan"
            elif path in ("/credit/applications", "/admin/devices"):
                assert response.status_code == 403
            elif path == "/admin/devices/{device}/lost":
                assert response.status_code in (403, 404), response.text
    after, _, _ = owner.pull_all()
    assert before == after  # nothing the intruders sent changed the owner's data
    # the owner still has the customer, and an RM of the same branch cannot take it
    assert any(c["id"] == ids["customer"] for c in after)


def test_other_branches_see_nothing_of_this_branch(world: World) -> None:
    ids = _setup(world)
    other = world.api("rm_other")
    changes, _, _ = other.pull_all()
    assert all(c["customer_id"] != ids["customer"] for c in changes)
