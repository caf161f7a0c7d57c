"""Faults at every step end with the same data as an undisturbed sync: nothing lost or doubled."""

from __future__ import annotations

import dataclasses
import signal
import subprocess
import sys
from collections import Counter

import pytest
from sqlalchemy import delete

from app.sync import ConflictService
from db.models import Customer, CustomerContact
from server.core.db import run_in_transaction
from server.models import Revocation
from tests.sync.conftest import LaptopFactory
from tests.sync.support import (
    ROOT,
    Api,
    Fault,
    Laptop,
    ServerHandle,
    World,
    add_customer,
    add_record,
    edit,
    server_dataset,
    value,
)


def _work(laptop: Laptop, customers: int = 3) -> list[str]:
    made = []
    for n in range(customers):
        customer = add_customer(laptop, city="杭州", employees=n + 1)
        add_record(
            laptop, CustomerContact, customer_id=customer, name=f"联系人{n}", phone="13800138000"
        )
        edit(laptop, Customer, customer, address=f"文三路{n}号")
        made.append(customer)
    return made


def _assert_converged(world: World, *laptops: Laptop, customers: int | None = None) -> None:
    for laptop in laptops:
        assert laptop.sync_ok().conflicts == []
    server = server_dataset(world.url, world.names["rm"])
    for laptop in laptops:
        assert laptop.dataset() == server
        assert laptop.db.unsynced_count() == 0
    if customers is not None:
        kinds = Counter(entity for entity, _id in server)
        assert kinds["customers"] == customers and kinds["customer_contacts"] == customers


@pytest.mark.parametrize(
    ("fault", "code"),
    [
        (Fault("/sync/push", "before"), "offline"),
        (Fault("/sync/push", "after"), "network"),
        (Fault("/sync/push", "status", status=500), "server_error"),
        (Fault("/sync/pull", "before"), "offline"),
        (Fault("/sync/pull", "after", nth=2), "network"),
        (Fault("/sync/pull", "status", status=503), "server_error"),
        (Fault("/auth/refresh", "before"), "offline"),
    ],
    ids=[
        "push-dropped",
        "push-answer-lost",
        "push-500",
        "pull-dropped",
        "pull-lost",
        "pull-503",
        "refresh",
    ],
)
def test_a_fault_then_a_retry_ends_as_an_undisturbed_sync(
    world: World, laptops: LaptopFactory, fault: Fault, code: str
) -> None:
    a, b = laptops(world), laptops(world)
    _work(b, 2)
    b.sync_ok()
    made = _work(a)
    fault = dataclasses.replace(fault)  # fresh counters for each backend
    a.transport.add(fault)
    report = a.sync(pull_limit=2)
    assert not report.ok and report.error is not None and report.error["code"] == code
    assert fault.fired
    report = a.sync_ok(pull_limit=2)
    assert report.rejected == [], report.rejected
    if fault.path == "/sync/push" and fault.when == "after":
        assert report.applied == 9  # answered from the server's record of applied ids
    assert {value(a, Customer, c, "address") for c in made} == {
        "文三路0号",
        "文三路1号",
        "文三路2号",
    }
    _assert_converged(world, a, b, customers=5)


def test_the_answer_to_a_later_batch_is_lost(world: World, laptops: LaptopFactory) -> None:
    a = laptops(world)
    _work(a, 4)  # 12 mutations in batches of 5
    a.transport.add(Fault("/sync/push", "after", nth=2))
    assert a.sync(batch_size=5).error is not None
    assert a.db.unsynced_count() == 7
    a.sync_ok(batch_size=5)
    _assert_converged(world, a, customers=4)


@pytest.mark.parametrize("point", ["push", "pull", "upload"])
def test_a_killed_client_continues_where_it_stopped(
    world: World, laptops: LaptopFactory, point: str
) -> None:
    a, b = laptops(world), laptops(world)
    _work(b, 3)
    b.sync_ok()
    made = _work(a, 2)
    if point == "upload":
        from tests.sync.test_attachments import add_attachment

        add_attachment(a, made[0], size=300_000)
    a.close()
    killed = subprocess.run(
        [sys.executable, "-m", "tests.sync.kill_client", str(a.root), a.user, point],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stdout + killed.stderr
    reopened = Laptop(a.root, a.url, a.user, a.transport)
    try:
        report = reopened.sync_ok()
        if point == "upload":
            assert report.uploaded_files == 1
            assert report.uploaded_bytes == 300_000 - 64 * 1024  # resumed after chunk 1
        _assert_converged(world, reopened, b, customers=5)
    finally:
        reopened.close()


def test_a_stale_cursor_redownloads_the_scope_and_keeps_unsynced_changes(
    server: ServerHandle, world: World, laptops: LaptopFactory
) -> None:
    a, b = laptops(world), laptops(world)
    kept, moved = add_customer(a, city="杭州"), add_customer(a, city="杭州")
    add_record(a, CustomerContact, customer_id=moved, name="李强", phone="13800138001")
    a.sync_ok()
    b.sync_ok()
    edit(a, Customer, kept, city="宁波")
    edit(b, Customer, kept, city="温州")
    a.sync_ok()
    assert len(b.sync_ok().conflicts) == 1  # b's city stays local, unsynced
    manager = Api(world.url, world.names["manager"])
    assert manager.assign(moved, world.names["rm_b"]).status_code == 200
    manager.close()
    assert a.sync_ok().revoked == 2
    # as if the revocations had been purged with old tombstones: b's cursor is stale
    run_in_transaction(server.sessions, lambda s: s.execute(delete(Revocation)))
    server.expire_cursors()
    try:
        report = b.sync_ok()
    finally:
        server.restore_cursors()
    assert report.redownloaded
    assert value(b, Customer, moved, "id") is None  # left the scope: gone here
    assert value(b, Customer, kept, "city") == "温州"  # unsynced change kept
    [conflict] = ConflictService(b.db, b.user).list()
    ConflictService(b.db, b.user).resolve(conflict.id, "theirs")
    _assert_converged(world, a, b)


def test_a_reassigned_customer_is_revoked_with_its_records(
    world: World, laptops: LaptopFactory
) -> None:
    a = laptops(world)
    other = laptops(world, "rm_b")
    customer = add_customer(a)
    contact = add_record(a, CustomerContact, customer_id=customer, name="赵敏", phone="13800138002")
    a.sync_ok()
    manager = Api(world.url, world.names["manager"])
    assert manager.assign(customer, world.names["rm_b"]).status_code == 200
    manager.close()
    report = a.sync_ok()
    assert report.revoked == 2
    assert value(a, Customer, customer, "id") is None
    assert value(a, CustomerContact, contact, "id") is None
    other.sync_ok()
    assert value(other, CustomerContact, contact, "name") == "赵敏"
    assert other.dataset() == server_dataset(world.url, world.names["rm_b"])


def test_a_lost_conflict_answer_is_answered_again_from_the_records_now(
    world: World, laptops: LaptopFactory
) -> None:
    a, b = laptops(world), laptops(world)
    customer = add_customer(a, city="杭州", address="文一路1号")
    a.sync_ok()
    b.sync_ok()
    edit(a, Customer, customer, city="宁波")
    a.sync_ok()
    edit(b, Customer, customer, city="温州", address="中山路2号")
    lost = Fault("/sync/push", "after")
    b.transport.add(lost)
    assert b.sync().error is not None and lost.fired  # the server said conflict: not heard
    edit(a, Customer, customer, address="解放路3号")
    a.sync_ok()
    # The server keeps no record data for the resend: it answers with the record as it
    # is now, and names the address too, which a changed since (b would overwrite it).
    report = b.sync_ok()
    assert [(c.entity, c.id, c.fields) for c in report.conflicts] == [
        ("customers", customer, ["address", "city"])
    ]
    assert server_dataset(world.url, world.names["rm"])[("customers", customer)]["address"] == (
        "解放路3号"
    )
    service = ConflictService(b.db, b.user)
    conflicts = {c.field: c for c in service.list()}
    assert {f: (c.mine, c.theirs) for f, c in conflicts.items()} == {
        "address": ("中山路2号", "解放路3号"),
        "city": ("温州", "宁波"),
    }
    service.resolve(conflicts["city"].id, "mine")
    service.resolve(conflicts["address"].id, "theirs")
    b.sync_ok()
    _assert_converged(world, a, b)
    assert value(a, Customer, customer, "city") == "温州"
    assert value(a, Customer, customer, "address") == "解放路3号"
