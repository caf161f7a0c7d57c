"""The real `rmdesk-server` command: migrate, create-user, run on a free port, sync over HTTP."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from app.sync_wire import MIN_CLIENT_SCHEMA, PROTOCOL_VERSION
from tests.server.conftest import PASSWORD, TEST_SECRET, mutation, new_id, valid_uscc

COMMAND = [sys.executable, "-m", "server"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def server_env(tmp_path: Path) -> dict[str, str]:
    return {
        **os.environ,
        "RMDESK_ENVIRONMENT": "production",
        "RMDESK_SECRET_KEY": TEST_SECRET,
        "RMDESK_DATABASE_URL": f"sqlite:///{tmp_path / 'server.sqlite3'}",
        "RMDESK_ARGON2_TIME_COST": "1",
        "RMDESK_ARGON2_MEMORY_KIB": "1024",
        "RMDESK_LOG_LEVEL": "WARNING",
    }


@pytest.fixture
def running_server(server_env: dict[str, str], repo_root: Path) -> Iterator[str]:
    subprocess.run(
        [*COMMAND, "migrate"], env=server_env, check=True, cwd=repo_root, capture_output=True
    )
    created = subprocess.run(
        [*COMMAND, "create-user", "rm01", "--role", "rm", "--branch", "hz01", "--password-stdin"],
        input=PASSWORD + "\n",
        env=server_env,
        cwd=repo_root,
        capture_output=True,
        text=True,
    )
    assert created.returncode == 0, created.stderr
    port = _free_port()
    process = subprocess.Popen(
        [*COMMAND, "run", "--host", "127.0.0.1", "--port", str(port), "--no-migrate"],
        env=server_env,
        cwd=repo_root,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            assert time.monotonic() < deadline, "server did not start"
            time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_a_client_syncs_with_the_real_server_process(running_server: str) -> None:
    with httpx.Client(base_url=running_server, timeout=10) as http:
        login = http.post("/auth/login", json={"username": "rm01", "password": PASSWORD})
        assert login.status_code == 200, login.text
        headers = {
            "Authorization": f"Bearer {login.json()['access_token']}",
            "X-RMDesk-Device": "laptop-1",
        }
        customer = new_id()
        body = {
            "protocol": PROTOCOL_VERSION,
            "schema_version": MIN_CLIENT_SCHEMA,
            "mutations": [
                mutation("customers", customer, name="嘉兴织造有限公司", uscc=valid_uscc())
            ],
        }
        pushed = http.post("/sync/push", json=body, headers=headers).json()
        assert pushed["results"][0]["status"] == "applied"
        pulled = http.post(
            "/sync/pull",
            json={"protocol": PROTOCOL_VERSION, "schema_version": MIN_CLIENT_SCHEMA, "cursor": 0},
            headers=headers,
        ).json()
        assert [c["id"] for c in pulled["changes"]] == [customer]
        assert http.get("/reference", headers=headers).json()["entries"]


def test_the_server_refuses_a_placeholder_secret_in_production(
    server_env: dict[str, str], repo_root: Path
) -> None:
    for secret in ("changethis", "short-secret"):
        env = {**server_env, "RMDESK_SECRET_KEY": secret}
        result = subprocess.run(
            [*COMMAND, "migrate"], env=env, cwd=repo_root, capture_output=True, text=True
        )
        assert result.returncode == 2
        assert "RMDESK_SECRET_KEY" in result.stderr
