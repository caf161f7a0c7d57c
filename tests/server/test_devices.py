"""Devices on the server: registered at sign-in, marked lost by a manager, then refused."""

from __future__ import annotations

import secrets

from app.sync_wire import DEVICE_LOST_CODE
from tests.server.conftest import PASSWORD, World


def _device() -> str:
    return f"rmdesk-{secrets.token_hex(6)}"


def test_devices_register_at_sign_in_and_learn_the_offline_policy(world: World) -> None:
    device = _device()
    rm = world.api("rm_a", device)
    answer = world.client.get("/devices/me", headers=rm.headers)
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"device_id": device, "lost": False, "offline_lock_days": 14}

    manager = world.api("manager", _device())
    listed = world.client.get("/admin/devices", headers=manager.headers)
    assert listed.status_code == 200
    mine = [d for d in listed.json()["devices"] if d["device_id"] == device]
    assert len(mine) == 1 and mine[0]["username"] == world.names["rm_a"]
    assert mine[0]["branch"] == world.branch and mine[0]["lost_at"] is None
    # a manager sees only their branch's laptops
    other = world.api("rm_other", _device())
    assert other.device not in {d["device_id"] for d in listed.json()["devices"]}


def test_only_managers_of_the_branch_mark_a_device_lost(world: World) -> None:
    device = _device()
    world.api("rm_a", device)
    rm_b = world.api("rm_b", _device())
    refused = world.client.post(f"/admin/devices/{device}/lost", headers=rm_b.headers)
    assert refused.status_code == 403
    outsider = world.api("rm_other", _device())
    manager = world.api("manager", _device())
    foreign = world.client.post(f"/admin/devices/{outsider.device}/lost", headers=manager.headers)
    assert foreign.status_code == 404
    missing = world.client.post("/admin/devices/no-such-device/lost", headers=manager.headers)
    assert missing.status_code == 404


def test_a_lost_device_is_refused_everywhere_and_other_devices_are_not(world: World) -> None:
    device = _device()
    rm = world.api("rm_a", device)
    other_laptop = world.api("rm_a", _device())
    manager = world.api("manager", _device())
    marked = world.client.post(f"/admin/devices/{device}/lost", headers=manager.headers)
    assert marked.status_code == 200, marked.text
    assert marked.json()["lost_by"] == world.names["manager"]
    assert marked.json()["lost_at"] is not None

    # its sign-in ended at once
    assert world.client.get("/devices/me", headers=rm.headers).status_code == 401
    assert world.client.get("/auth/me", headers=rm.headers).status_code == 401
    # refreshing, or signing in again (even with a wrong password), says it is lost
    refreshed = world.client.post("/auth/refresh", json={"refresh_token": rm.refresh_token})
    assert refreshed.status_code == 403 and refreshed.json()["code"] == DEVICE_LOST_CODE
    for password in (PASSWORD, "wrong password"):
        again = world.client.post(
            "/auth/login",
            json={"username": world.names["rm_a"], "password": password, "device_id": device},
        )
        assert again.status_code == 403 and again.json()["code"] == DEVICE_LOST_CODE
    # the RM's other laptop works
    assert world.client.get("/devices/me", headers=other_laptop.headers).status_code == 200

    listed = world.client.get("/admin/devices", headers=manager.headers).json()["devices"]
    [lost] = [d for d in listed if d["device_id"] == device]
    assert lost["wipe_sent_at"] is not None
