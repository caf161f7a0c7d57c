"""The reference index names the newest version of each set, with its size and hash."""

from __future__ import annotations

import hashlib
import json
import secrets
from datetime import timedelta

from server.core.db import run_in_transaction
from server.core.security import utcnow
from server.crud import reference
from server.models import ReferenceData
from tests.server.conftest import World


def _publish(world: World, name: str, version: str, minutes: int) -> bytes:
    content = json.dumps({"version": version, "rows": [version] * 10}).encode()
    row = ReferenceData(
        name=name,
        version=version,
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
        published_at=utcnow() + timedelta(minutes=minutes),
    )
    run_in_transaction(world.app.state.rmdesk.sessions, lambda s: s.add(row))
    return content


def test_the_index_lists_only_the_newest_version_of_each_set(world: World) -> None:
    name = f"test_{secrets.token_hex(4)}"
    _publish(world, name, "2025.1", 0)
    newest = _publish(world, name, "2025.10", 2)
    _publish(world, name, "2025.2", 1)  # published later, but before 2025.10's time
    rm = world.api("rm_a")
    entries = rm.client.get("/reference", headers=rm.headers).json()["entries"]
    names = [e["name"] for e in entries]
    assert len(names) == len(set(names)) and "products" in names
    [entry] = [e for e in entries if e["name"] == name]
    assert entry["version"] == "2025.10"
    assert entry["size"] == len(newest)
    assert entry["sha256"] == hashlib.sha256(newest).hexdigest()
    fetched = rm.client.get(f"/reference/{name}/2025.10", headers=rm.headers)
    assert fetched.content == newest
    # the same answer straight from the query, on this backend
    direct = run_in_transaction(world.app.state.rmdesk.sessions, reference.index)
    assert {e.name: e.version for e in direct}[name] == "2025.10"
