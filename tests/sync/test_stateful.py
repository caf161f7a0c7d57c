"""Random offline edits, syncs and faults on three laptops of one RM always converge.

A hypothesis state machine (bounded: a few examples of a dozen steps) creates
and edits customers on three laptops while they sync now and then, some syncs
broken by a fault. At the end every laptop syncs (conflicts resolved) and all
data sets must be equal to each other and to the server's, every record made
anywhere must be on the server exactly once, and a field only one laptop ever
changed must hold that laptop's last value. After every good sync, each record
with nothing pending on that laptop (outbox, conflict, refusal) must be on the
server exactly as the laptop holds it: every acknowledged change is there.
Runs on the SQLite and the PostgreSQL server (half the examples on PostgreSQL).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, precondition, rule
from sqlalchemy import select

from app.sync import ConflictService, RejectedService
from db.models import Customer, CustomerContact, OutboxEntry, SyncConflict, SyncRejected
from tests.sync.support import (
    Fault,
    FaultyTransport,
    Laptop,
    ServerHandle,
    add_customer,
    add_record,
    copy_profile,
    delete_record,
    edit,
    server_dataset,
)

FIELDS = {
    "city": st.sampled_from(["杭州", "宁波", "温州", "嘉兴", "湖州"]),
    "employees": st.integers(min_value=1, max_value=500),
    "address": st.sampled_from(["文一路1号", "中山路2号", "解放路3号", "人民路4号"]),
    "annual_revenue": st.sampled_from(["1000000.00", "2500000.50", "88000000.00"]),
}
FAULTS = [
    None,
    Fault("/sync/push", "before"),
    Fault("/sync/push", "after"),
    Fault("/sync/pull", "after"),
    Fault("/sync/pull", "status", status=500),
]


def _machine(server: ServerHandle, template: Path) -> type[RuleBasedStateMachine]:
    class Laptops(RuleBasedStateMachine):
        """Three laptops of one RM, editing offline and syncing."""

        @initialize()
        def setup(self) -> None:
            self.world = server.world()
            self.folder = Path(tempfile.mkdtemp(prefix="rmdesk-stateful-"))
            self.laptops: list[Laptop] = []
            for n in range(3):
                root = copy_profile(template, self.folder / f"laptop{n}")
                laptop = Laptop(root, server.url, self.world.names["rm"], FaultyTransport())
                self.laptops.append(laptop.sign_in())
            self.known: list[set[str]] = [set(), set(), set()]
            self.created: set[str] = set()
            self.contacts: set[str] = set()
            self.writers: dict[tuple[str, str], set[int]] = {}
            self.last: dict[tuple[str, str, int], Any] = {}
            self.deleted: set[str] = set()

        @rule(n=st.integers(0, 2), city=FIELDS["city"])
        def create(self, n: int, city: str) -> None:
            laptop = self.laptops[n]
            customer = add_customer(laptop, city=city)
            contact = add_record(
                laptop, CustomerContact, customer_id=customer, name="王芳", phone="13800138000"
            )
            self.known[n].add(customer)
            self.created.add(customer)
            self.contacts.add(contact)
            self.writers.setdefault((customer, "city"), set()).add(n)
            self.last[(customer, "city", n)] = city

        @precondition(lambda self: any(self.known))
        @rule(data=st.data(), n=st.integers(0, 2), field=st.sampled_from(sorted(FIELDS)))
        def modify(self, data: st.DataObject, n: int, field: str) -> None:
            if not self.known[n]:
                return
            customer = data.draw(st.sampled_from(sorted(self.known[n])))
            value = data.draw(FIELDS[field])
            stored: Any = Decimal(value) if field == "annual_revenue" else value
            edit(self.laptops[n], Customer, customer, **{field: stored})
            self.writers.setdefault((customer, field), set()).add(n)
            self.last[(customer, field, n)] = value

        @precondition(lambda self: any(self.known))
        @rule(data=st.data(), n=st.integers(0, 2))
        def remove(self, data: st.DataObject, n: int) -> None:
            if not self.known[n]:
                return
            customer = data.draw(st.sampled_from(sorted(self.known[n])))
            delete_record(self.laptops[n], Customer, customer)
            self.deleted.add(customer)

        @rule(n=st.integers(0, 2), fault=st.sampled_from(range(len(FAULTS))))
        def sync(self, n: int, fault: int) -> None:
            laptop = self.laptops[n]
            template_fault = FAULTS[fault]
            broken = None if template_fault is None else Fault(**_fields(template_fault))
            laptop.transport.faults = [] if broken is None else [broken]
            report = laptop.sync(pull_limit=3, batch_size=4)
            laptop.transport.faults = []
            assert report.ok == (broken is None or not broken.fired), report.error
            if report.ok:
                with laptop.db.reading() as session:
                    self.known[n] = set(session.scalars(_customer_ids()))
                self._acknowledged_on_server(laptop)

        def _acknowledged_on_server(self, laptop: Laptop) -> None:
            """After a good sync, every record with nothing pending here is the server's."""
            with laptop.db.reading() as session:
                pending = {
                    (entity, entity_id)
                    for model in (OutboxEntry, SyncConflict, SyncRejected)
                    for entity, entity_id in session.execute(select(model.entity, model.entity_id))
                }
            server_data = server_dataset(server.url, self.world.names["rm"])
            mine = {k: v for k, v in laptop.dataset().items() if k not in pending}
            theirs = {k: v for k, v in server_data.items() if k not in pending}
            assert mine == theirs, _diff(self.laptops.index(laptop), mine, theirs)

        def teardown(self) -> None:
            try:
                if self.laptops:
                    self._converge()
            finally:
                for laptop in self.laptops:
                    laptop.close()
                shutil.rmtree(self.folder, ignore_errors=True)

        def _converge(self) -> None:
            for _round in range(3):
                for laptop in self.laptops:
                    assert laptop.sync().ok
                    service = ConflictService(laptop.db, laptop.user)
                    for conflict in service.list():
                        service.resolve(conflict.id, "theirs")
                    refused = RejectedService(laptop.db, laptop.user)
                    for change in refused.list():  # edits of records deleted elsewhere
                        assert change.problems[0].code == "record.deleted", change
                        refused.discard(change.id)
            for laptop in self.laptops:
                report = laptop.sync()
                assert report.ok and report.conflicts == [] and report.rejected == []
            server_data = server_dataset(server.url, self.world.names["rm"])
            for n, laptop in enumerate(self.laptops):
                assert laptop.db.unsynced_count() == 0
                assert laptop.dataset() == server_data, _diff(n, laptop.dataset(), server_data)
            customers = {i for e, i in server_data if e == "customers"}
            contacts = {i for e, i in server_data if e == "customer_contacts"}
            assert customers == self.created and contacts == self.contacts
            deleted = {
                i for (e, i), d in server_data.items() if e == "customers" and d["deleted_at"]
            }
            assert deleted == self.deleted
            for (customer, field), writers in self.writers.items():
                if len(writers) == 1 and customer not in self.deleted:
                    [n] = writers
                    stored = server_data[("customers", customer)][field]
                    expected = self.last[(customer, field, n)]
                    if field in ("annual_revenue", "employees"):
                        stored, expected = Decimal(str(stored)), Decimal(str(expected))
                    assert stored == expected, (field, stored, expected)

    return Laptops


def _diff(n: int, mine: dict[Any, Any], theirs: dict[Any, Any]) -> str:
    lines = [f"laptop {n}"]
    for key in sorted(set(mine) | set(theirs)):
        a, b = mine.get(key), theirs.get(key)
        if a != b:
            if a is None or b is None:
                lines.append(f"{key}: only {'here' if b is None else 'on the server'}")
            else:
                lines += [f"{key}.{f}: {a.get(f)!r} != {b.get(f)!r}" for f in a if a[f] != b.get(f)]
    return "\n".join(lines)


def _fields(fault: Fault) -> dict[str, Any]:
    return {"path": fault.path, "when": fault.when, "nth": fault.nth, "status": fault.status}


def _customer_ids() -> Any:
    return select(Customer.id)


@pytest.mark.filterwarnings("ignore::hypothesis.errors.NonInteractiveExampleWarning")
def test_random_offline_work_converges(server: ServerHandle, template_profile: Path) -> None:
    machine = _machine(server, template_profile)
    examples = int(os.environ.get("RMDESK_SYNC_EXAMPLES", "8"))
    machine.TestCase.settings = settings(
        max_examples=examples if server.backend == "sqlite" else max(1, examples // 2),
        stateful_step_count=20,
        deadline=None,
        derandomize=False,
        suppress_health_check=list(HealthCheck),
        database=None,
        print_blob=True,
    )
    machine.TestCase().runTest()
