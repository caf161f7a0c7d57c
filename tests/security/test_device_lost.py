# ruff: noqa: F811
"""Lost devices end to end: a real `rmdesk-server` process on loopback, real profiles.

A manager (or IT, with ``rmdesk-server mark-lost``) marks the laptop lost; its next
sync or sign-in erases the profile's customer data and keyring entries.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from app.cli import build_parser, run_command
from app.security import keys
from app.security.device import ERASED_FILE, OFFLINE_LOCK_DAYS, DeviceLost, was_erased
from app.sync import sign_in, state
from app.viewer_files import write_for_viewer
from tests.sync.conftest import (  # noqa: F401 - the real server fixtures
    file_keyring,
    postgresql_server,
    server,
    sqlite_server,
    sync_pg_url,
    world,
)
from tests.sync.keyring_backend import FileKeyring
from tests.sync.support import (
    PASSWORD,
    ROOT,
    Laptop,
    ServerHandle,
    World,
    add_customer,
    server_env,
    valid_uscc,
)


def _server_cli(handle: ServerHandle, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "server", *args],
        env=server_env(handle.database_url),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _all_bytes(root: Path) -> bytes:
    return b"".join(p.read_bytes() for p in root.rglob("*") if p.is_file())


def _key_file() -> str:
    """The database keys' file keyring of the tests (RMDESK_KEYRING_FILE), as text."""
    path = os.environ.get(keys.ENV_FILE)
    try:
        return Path(path).read_text(encoding="utf-8") if path else ""
    except OSError:
        return ""


def _keyring_entries(backend: FileKeyring) -> dict[str, str]:
    try:
        data: dict[str, str] = json.loads(backend.path.read_text(encoding="utf-8"))
    except OSError:
        return {}
    return data


def _laptop(world: World, root: Path) -> Laptop:
    """A fresh profile (its own database key) signed in as the world's RM."""
    return Laptop(root, world.url, world.names["rm"]).sign_in()


def test_mark_lost_then_the_next_sync_erases_the_profile(
    server: ServerHandle,
    world: World,
    file_keyring: FileKeyring,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    laptop = _laptop(world, tmp_path / "laptop")
    name, uscc = "杭州遗失测试精密机械有限公司", valid_uscc()
    add_customer(laptop, name=name, uscc=uscc)
    laptop.sync_ok()
    root = laptop.profile.paths.root
    device = state.device_id(laptop.db)
    assert state.read(laptop.db, OFFLINE_LOCK_DAYS) == "14"  # the policy came with the sync
    assert _keyring_entries(file_keyring)  # the refresh token
    key_id = keys.key_id(root)
    assert key_id is not None and keys.read_lock_entry(key_id)  # the sign-in's password hash

    listed = _server_cli(server, "devices", "--branch", world.branch)
    assert listed.returncode == 0, listed.stderr
    assert [d["device_id"] for d in json.loads(listed.stdout)["devices"]] == [device]

    marked = _server_cli(server, "mark-lost", device, "--by", "it-desk")
    assert marked.returncode == 0, marked.stderr
    assert json.loads(marked.stdout)["lost_by"] == "it-desk"
    assert _server_cli(server, "mark-lost", "no-such-device").returncode == 1

    viewer_copy = write_for_viewer(f"{name} {uscc}".encode(), "营业执照.pdf")  # "Open in viewer"
    report = laptop.sync()
    assert report.error is not None and report.error["code"] == "device_lost"
    assert not viewer_copy.exists()
    assert "reported lost" in report.error["message"]

    names = {p.name for p in root.iterdir()}
    assert not any(n.startswith("rmdesk.sqlite3") for n in names), names
    assert not {"attachments", "thumbnails", "backups", "lock.json", "key-id"} & names
    everything = _all_bytes(root)
    assert name.encode() not in everything and uscc.encode() not in everything
    assert was_erased(root) is not None and (root / ERASED_FILE).exists()
    assert _keyring_entries(file_keyring) == {}
    assert key_id not in _key_file()  # the database key is gone too
    assert keys.read_lock_entry(key_id) is None  # and the app lock's entry (PIN, count)

    listed = json.loads(_server_cli(server, "devices", "--branch", world.branch).stdout)
    assert listed["devices"][0]["wipe_sent_at"] is not None

    # headless commands on the erased folder find nothing and never resurrect the data
    laptop.close()
    code = run_command(build_parser().parse_args(["--data-dir", str(root), "customers", "list"]))
    assert code == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0


def test_a_lost_device_signing_in_is_refused_and_erased(
    server: ServerHandle,
    world: World,
    file_keyring: FileKeyring,
    tmp_path: Path,
) -> None:
    laptop = _laptop(world, tmp_path / "laptop")
    add_customer(laptop)
    device = state.device_id(laptop.db)
    manager = httpx.Client(base_url=world.url)
    token = manager.post(
        "/auth/login", json={"username": world.names["manager"], "password": PASSWORD}
    ).json()["access_token"]
    answer = manager.post(
        f"/admin/devices/{device}/lost", headers={"Authorization": f"Bearer {token}"}
    )
    assert answer.status_code == 200, answer.text
    manager.close()

    with pytest.raises(DeviceLost):
        sign_in(laptop.db, world.url, world.names["rm"], PASSWORD)
    root = laptop.profile.paths.root
    assert not (root / "rmdesk.sqlite3").exists()
    assert was_erased(root) is not None
    assert _keyring_entries(file_keyring) == {}

    # another laptop of the same RM is not affected
    other = _laptop(world, tmp_path / "other")
    try:
        other.sync_ok()
    finally:
        other.close()
    laptop.close()
