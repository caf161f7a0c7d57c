"""Accounts: sign-in, token expiry and revocation, refresh rotation, lockout, roles."""

from __future__ import annotations

import json
import secrets
from datetime import timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import text

from server.core.db import run_in_transaction
from server.core.security import AccessClaims, create_access_token, decode_access_token, utcnow
from server.crud.auth import login_failed_detail
from server.main import create_app
from tests.server.conftest import PASSWORD, World, make_settings


def test_wrong_passwords_fail_without_saying_which(world: World) -> None:
    client = world.client
    for username in (world.names["rm_a"], "nobody-here"):
        response = client.post("/auth/login", json={"username": username, "password": "wrong"})
        assert response.status_code == 401
        assert response.json() == {"code": "auth.failed", "message": "Wrong username or password"}


def test_repeated_failures_lock_the_account_across_processes(world: World) -> None:
    username = world.names["rm_a"]
    settings = world.app.state.rmdesk.settings
    other_app = create_app(settings)  # a second process's app on the same database
    other_process = TestClient(other_app)
    for attempt in range(settings.login_max_failures):
        client = world.client if attempt % 2 else other_process
        client.post("/auth/login", json={"username": username, "password": "wrong"})
    other_app.state.rmdesk.engine.dispose()
    locked = world.client.post("/auth/login", json={"username": username, "password": PASSWORD})
    assert locked.status_code == 429
    assert locked.json()["code"] == "auth.locked"
    assert int(locked.headers["Retry-After"]) > 0
    admin = world.api("admin")
    assert (
        world.client.post(f"/admin/users/{username}/unlock", headers=admin.headers).status_code
        == 204
    )
    world.api("rm_a")  # signs in again


def test_an_expired_or_forged_token_is_refused(world: World) -> None:
    rm = world.api("rm_a")
    settings = world.app.state.rmdesk.settings
    claims = decode_access_token(settings, rm.token)
    expired = create_access_token(
        settings, AccessClaims(claims.user_id, claims.session_id), utcnow() - timedelta(hours=1)
    )
    response = world.client.get("/auth/me", headers={"Authorization": f"Bearer {expired}"})
    assert response.status_code == 401 and response.headers["WWW-Authenticate"] == "Bearer"
    forger = make_settings(settings.database_url, secret_key="x" * 40)
    forged = create_access_token(forger, claims, utcnow())
    response = world.client.get("/auth/me", headers={"Authorization": f"Bearer {forged}"})
    assert response.status_code == 401
    assert world.client.get("/auth/me").status_code == 401
    assert world.client.get("/auth/me", headers=rm.headers).json()["username"] == rm.username


def test_logout_and_admin_revocation_end_tokens(world: World) -> None:
    rm = world.api("rm_a")
    assert world.client.post("/auth/logout", headers=rm.headers).status_code == 204
    assert world.client.get("/auth/me", headers=rm.headers).status_code == 401
    refreshed = world.client.post("/auth/refresh", json={"refresh_token": rm.refresh_token})
    assert refreshed.status_code == 401

    laptop, tablet = world.api("rm_b", "laptop"), world.api("rm_b", "tablet")
    admin = world.api("admin")
    response = world.client.post(f"/admin/users/{laptop.username}/revoke", headers=admin.headers)
    assert response.json() == {"count": 2}
    for api in (laptop, tablet):
        assert world.client.get("/auth/me", headers=api.headers).status_code == 401


def test_refresh_tokens_rotate_and_a_reused_one_ends_the_session(world: World) -> None:
    rm = world.api("rm_a")
    first = world.client.post("/auth/refresh", json={"refresh_token": rm.refresh_token})
    assert first.status_code == 200
    pair = first.json()
    assert pair["refresh_token"] != rm.refresh_token
    reused = world.client.post("/auth/refresh", json={"refresh_token": rm.refresh_token})
    assert reused.status_code == 401
    # reuse means theft: the whole session, including the new tokens, is revoked
    after = world.client.post("/auth/refresh", json={"refresh_token": pair["refresh_token"]})
    assert after.status_code == 401
    headers = {"Authorization": f"Bearer {pair['access_token']}"}
    assert world.client.get("/auth/me", headers=headers).status_code == 401


def test_roles_are_checked_on_the_server(world: World) -> None:
    rm, credit, manager = world.api("rm_a"), world.api("credit"), world.api("manager")
    assert world.client.get("/credit/applications", headers=rm.headers).status_code == 403
    assert world.client.get("/credit/applications", headers=credit.headers).status_code == 200
    assert credit.push_raw([]).status_code in (403, 422)
    body = {"username": "newuser1", "password": "x" * 12, "role": "rm", "branch": world.branch}
    assert world.client.post("/admin/users", json=body, headers=manager.headers).status_code == 403
    admin = world.api("admin")
    body["username"] = f"new{world.branch}"
    created = world.client.post("/admin/users", json=body, headers=admin.headers)
    assert created.status_code == 201
    again = world.client.post("/admin/users", json=body, headers=admin.headers)
    assert again.status_code == 409


def _failed_sign_ins(world: World) -> list[dict[str, Any]]:
    """The details of every ``auth.login_failed`` event, oldest first."""
    rows = run_in_transaction(
        world.app.state.rmdesk.sessions,
        lambda s: (
            s.execute(
                text(
                    "SELECT detail FROM audit_events WHERE action = 'auth.login_failed' ORDER BY id"
                )
            )
            .scalars()
            .all()
        ),
    )
    return [d if isinstance(d, dict) else json.loads(d) for d in rows]


def _raw_text(world: World, query: str) -> list[str]:
    rows = run_in_transaction(
        world.app.state.rmdesk.sessions, lambda s: s.execute(text(query)).all()
    )
    return ["|".join(str(c) for c in row) for row in rows]


def test_a_password_typed_as_the_username_is_not_kept(world: World) -> None:
    """People type their password into the username box: the append-only audit log
    (and the throttle) keep only an account's name, else a keyed marker and a length."""
    typed = f"Tr0ub4dor.{secrets.token_hex(6)}"  # a valid username, naming no account
    for _ in range(2):
        response = world.client.post("/auth/login", json={"username": typed, "password": "x"})
        assert response.status_code == 401
    known = world.names["rm_b"]
    response = world.client.post("/auth/login", json={"username": known, "password": "x"})
    assert response.status_code == 401

    everything = _raw_text(
        world,
        "SELECT CAST(at AS TEXT), username, device_id, action, entity, entity_id, "
        "CAST(detail AS TEXT) FROM audit_events",
    )
    everything += _raw_text(world, "SELECT username FROM login_throttle")
    assert not [row for row in everything if typed in row or typed.lower() in row.lower()]

    settings = world.app.state.rmdesk.settings
    marker = login_failed_detail(settings, typed, known=False)
    assert marker == {
        "username": None,
        "unknown_user": marker["unknown_user"],
        "length": len(typed),
    }
    assert len(marker["unknown_user"]) == 8 and marker["unknown_user"] not in typed
    assert marker != login_failed_detail(settings, typed + "x", known=False)
    assert _failed_sign_ins(world)[-3:] == [marker, marker, {"username": known}]
    # the marker is keyed by the server's secret: not a plain hash anyone can recompute
    other = make_settings(settings.database_url, secret_key="y" * 40)
    assert login_failed_detail(other, typed, known=False) != marker


def test_an_unknown_username_is_still_locked_out(world: World) -> None:
    settings = world.app.state.rmdesk.settings
    typed, other = f"nobody{secrets.token_hex(4)}", f"nobody{secrets.token_hex(4)}"
    for _ in range(settings.login_max_failures):
        response = world.client.post("/auth/login", json={"username": typed, "password": "x"})
        assert response.status_code == 401
    locked = world.client.post("/auth/login", json={"username": typed, "password": "x"})
    assert locked.status_code == 429 and int(locked.headers["Retry-After"]) > 0
    # counted apart from other names, known or not: the same answers as before
    response = world.client.post("/auth/login", json={"username": other, "password": "x"})
    assert response.status_code == 401
    world.api("rm_a")  # signs in
