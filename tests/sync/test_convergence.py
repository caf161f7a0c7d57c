"""Laptops of the same RM and the branch converge through a real server process."""

from __future__ import annotations

from decimal import Decimal

from app.sync import ConflictService, sync_status
from db.models import Application, Customer, CustomerContact
from tests.sync.conftest import LaptopFactory
from tests.sync.support import (
    Api,
    World,
    add_customer,
    add_record,
    delete_record,
    edit,
    server_dataset,
    value,
)


def test_two_laptops_and_the_branch_converge(world: World, laptops: LaptopFactory) -> None:
    a, b = laptops(world), laptops(world)
    customer = add_customer(a, city="杭州")
    add_record(a, CustomerContact, customer_id=customer, name="王芳", phone="13800138000")
    application = add_record(
        a,
        Application,
        customer_id=customer,
        product_code="short_term_credit",
        amount=Decimal("1000000"),
        term_months=6,
    )
    report = a.sync_ok()
    assert report.rejected == [], report.rejected
    assert (report.pushed, report.applied, report.conflicts, report.rejected) == (3, 3, [], [])
    assert a.db.unsynced_count() == 0
    b.sync_ok()
    assert b.dataset() == a.dataset()

    # different fields on the two laptops merge
    edit(a, Customer, customer, city="宁波")
    edit(b, Customer, customer, employees=42)
    a.sync_ok()
    report = b.sync_ok()
    assert report.conflicts == []
    assert value(b, Customer, customer, "city") == "宁波"
    # the branch decides on the submitted application
    edit(b, Application, application, status="submitted")
    b.sync_ok()
    credit = Api(world.url, world.names["credit"])
    decided = credit.decide(
        application,
        outcome="approved",
        terms={"amount": "800000.00", "term_months": 6, "annual_rate": "4.35"},
    )
    assert decided.status_code == 200, decided.text
    credit.close()
    report = a.sync_ok()
    assert [d.application_id for d in report.decisions] == [application]
    assert report.decisions[0].status == "approved"
    assert value(a, Application, application, "status") == "approved"
    assert value(a, Customer, customer, "employees") == 42
    assert value(a, Application, application, "decision_terms")["amount"] == "800000.00"
    b.sync_ok()
    assert a.dataset() == b.dataset() == server_dataset(world.url, world.names["rm"])
    assert sync_status(a.db).unsynced == 0


def test_the_same_field_on_two_laptops_is_a_conflict_the_rm_resolves(
    world: World, laptops: LaptopFactory
) -> None:
    a, b = laptops(world), laptops(world)
    customer = add_customer(a, city="杭州", address="文一路1号")
    a.sync_ok()
    b.sync_ok()
    edit(a, Customer, customer, city="宁波", address="中山路2号")
    edit(b, Customer, customer, city="温州", employees=7)
    a.sync_ok()
    report = b.sync_ok()
    assert [(c.entity, c.id, c.fields) for c in report.conflicts] == [
        ("customers", customer, ["city"])
    ]
    # nothing overwritten: b keeps its value, the server keeps a's
    assert value(b, Customer, customer, "city") == "温州"
    assert server_dataset(world.url, world.names["rm"])[("customers", customer)]["city"] == "宁波"
    # the field that did not conflict went through
    assert value(b, Customer, customer, "address") == "中山路2号"
    assert server_dataset(world.url, world.names["rm"])[("customers", customer)]["employees"] == 7
    service = ConflictService(b.db, b.user)
    [conflict] = service.list()
    assert (conflict.field, conflict.mine, conflict.theirs) == ("city", "温州", "宁波")
    assert conflict.base_known and conflict.base == "杭州"
    b.sync_ok()  # unresolved: stays a conflict, nothing is sent
    assert len(service.list()) == 1
    service.resolve(conflict.id, "mine")
    b.sync_ok()
    a.sync_ok()
    assert value(a, Customer, customer, "city") == "温州"
    assert service.list() == []
    assert a.dataset() == b.dataset() == server_dataset(world.url, world.names["rm"])


def test_take_theirs_and_edit(world: World, laptops: LaptopFactory) -> None:
    a, b = laptops(world), laptops(world)
    customer = add_customer(a, city="杭州", district="西湖区")
    a.sync_ok()
    b.sync_ok()
    edit(a, Customer, customer, city="宁波", district="鄞州区")
    edit(b, Customer, customer, city="温州", district="鹿城区")
    a.sync_ok()
    b.sync_ok()
    service = ConflictService(b.db, b.user)
    conflicts = {c.field: c for c in service.list()}
    assert set(conflicts) == {"city", "district"}
    service.resolve(conflicts["city"].id, "theirs")
    service.resolve(conflicts["district"].id, "edit", "海曙区")
    assert value(b, Customer, customer, "city") == "宁波"
    b.sync_ok()
    a.sync_ok()
    assert value(a, Customer, customer, "district") == "海曙区"
    assert a.dataset() == b.dataset() == server_dataset(world.url, world.names["rm"])


def test_a_record_deleted_on_both_laptops_keeps_the_first_deletion(
    world: World, laptops: LaptopFactory
) -> None:
    a, b = laptops(world), laptops(world)
    seen, unseen = add_customer(a), add_customer(a)
    a.sync_ok()
    b.sync_ok()
    delete_record(a, Customer, seen)
    delete_record(a, Customer, unseen)
    a.sync_ok()
    delete_record(b, Customer, unseen)  # before b has heard of a's deletion
    b.sync_ok()
    delete_record(b, Customer, seen)  # b has it deleted already: deleted again
    b.sync_ok()
    server = server_dataset(world.url, world.names["rm"])
    assert a.dataset() == b.dataset() == server
    assert (
        server[("customers", seen)]["deleted_at"] == a.dataset()[("customers", seen)]["deleted_at"]
    )
