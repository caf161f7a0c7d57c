"""Refused changes are kept with the server's problems, block nothing, and go again when fixed."""

from __future__ import annotations

from app.sync import RejectedService, sync_status
from db.models import Customer, CustomerContact
from tests.sync.conftest import LaptopFactory
from tests.sync.support import (
    World,
    add_customer,
    add_record,
    edit,
    server_dataset,
    valid_uscc,
    value,
)


def test_a_refused_create_and_its_children_wait_for_the_fix(
    world: World, laptops: LaptopFactory
) -> None:
    a = laptops(world)
    good = add_customer(a)
    bad = add_customer(a, uscc="91330100ABCDEFGHIJ")  # wrong check digit
    contact = add_record(a, CustomerContact, customer_id=bad, name="钱多", phone="13800138000")
    later = add_customer(a)
    report = a.sync_ok()
    assert sorted((r.entity, r.id) for r in report.rejected) == sorted(
        [("customers", bad), ("customer_contacts", contact)]
    )
    [problem] = next(r for r in report.rejected if r.id == bad).problems
    assert problem["field"] == "uscc" and problem["template"]
    server = server_dataset(world.url, world.names["rm"])
    assert ("customers", good) in server and ("customers", later) in server
    service = RejectedService(a.db, a.user)
    assert {r.entity_id for r in service.list()} == {bad, contact}
    assert sync_status(a.db).rejected == 2
    assert value(a, Customer, bad, "uscc") == "91330100ABCDEFGHIJ"  # what was typed is kept

    edit(a, Customer, bad, uscc=valid_uscc())  # the RM fixes it: a later local change
    report = a.sync_ok()
    assert report.rejected == []
    assert service.list() == []
    server = server_dataset(world.url, world.names["rm"])
    assert ("customers", bad) in server and ("customer_contacts", contact) in server
    assert a.dataset() == server
    assert a.db.unsynced_count() == 0


def test_a_refused_update_is_sent_again_with_the_next_change(
    world: World, laptops: LaptopFactory
) -> None:
    a, b = laptops(world), laptops(world)
    customer = add_customer(a)
    a.sync_ok()
    edit(a, Customer, customer, legal_rep_mobile="12345", city="嘉兴")
    [refused] = a.sync_ok().rejected
    assert refused.id == customer and refused.customer_id == customer
    b.sync_ok()
    assert value(b, Customer, customer, "city") is None  # the whole change waits
    edit(a, Customer, customer, legal_rep_mobile="13900139000")
    assert a.sync_ok().rejected == []
    b.sync_ok()
    assert value(b, Customer, customer, "city") == "嘉兴"
    assert a.dataset() == b.dataset() == server_dataset(world.url, world.names["rm"])


def test_retry_and_discard(world: World, laptops: LaptopFactory) -> None:
    a = laptops(world)
    customer = add_customer(a, city="杭州")
    a.sync_ok()
    edit(a, Customer, customer, legal_rep_mobile="12345")
    a.sync_ok()
    service = RejectedService(a.db, a.user)
    [refused] = service.list()
    service.retry(refused.id)
    assert len(a.sync_ok().rejected) == 1  # still wrong: refused again, still listed once
    [refused] = service.list()
    service.discard(refused.id)
    assert service.list() == []
    assert value(a, Customer, customer, "legal_rep_mobile") is None  # back to the synced value
    a.sync_ok()
    assert a.dataset() == server_dataset(world.url, world.names["rm"])
