"""A profile started afresh after its key was lost downloads everything and deletes nothing."""

from __future__ import annotations

from app.profile import start_fresh
from app.security import keys
from tests.sync.conftest import (  # noqa: F401  (fixtures: a real server and laptops)
    LaptopFactory,
    file_keyring,
    laptops,
    postgresql_server,
    server,
    sqlite_server,
    sync_pg_url,
    template_profile,
    world,
)
from tests.sync.support import Laptop, World, add_customer, server_dataset


def test_fresh_profile_after_a_lost_key_pulls_everything_and_pushes_nothing(
    world: World,  # noqa: F811
    laptops: LaptopFactory,  # noqa: F811
) -> None:
    laptop = laptops(world)
    ids = {add_customer(laptop), add_customer(laptop)}
    laptop.sync_ok()
    on_server = server_dataset(world.url, laptop.user)
    assert {("customers", i) for i in ids} <= set(on_server)
    root = laptop.root
    laptop.close()

    # The keyring lost this profile's entry (an id it has no entry for; the template's
    # key, shared by the other laptops' copies, stays).
    (root / keys.ID_FILE).write_text("0" * 32 + "\n", encoding="ascii")
    keys.drop_cached(root)
    fresh, aside = start_fresh(root, actor=laptop.user)
    fresh.close()
    assert (aside / "rmdesk.sqlite3").exists()

    again = Laptop(root, world.url, laptop.user).sign_in()
    try:
        report = again.sync_ok()
        assert report.pushed == 0  # an empty profile sends nothing, deletions least of all
        assert again.dataset() == on_server  # everything came back
        assert server_dataset(world.url, laptop.user) == on_server  # nothing lost upstream
    finally:
        again.close()
