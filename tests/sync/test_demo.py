"""The README's demo profile syncs to a fresh server with nothing refused."""

from __future__ import annotations

import secrets
from collections import Counter

from app.demo import fill_demo
from tests.sync.conftest import LaptopFactory
from tests.sync.support import World, server_dataset


def test_a_demo_profile_syncs_with_nothing_refused(world: World, laptops: LaptopFactory) -> None:
    a = laptops(world)
    assert fill_demo(a.db, 50, a.user, seed=secrets.randbelow(10**9)) == 50
    report = a.sync_ok()
    assert report.rejected == [] and report.conflicts == []
    assert report.applied == 50
    server = server_dataset(world.url, world.names["rm"])
    assert Counter(entity for entity, _id in server) == {"customers": 50}
    assert a.dataset() == server
    assert a.db.unsynced_count() == 0
    statuses = Counter(data["status"] for data in server.values())
    assert statuses["complete"] + statuses["active"] > 0  # complete ones are accepted too
