"""The unit of work writes every change and its outbox entry in one transaction."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from app.profile import Profile
from db.changes import ChangeEvent
from db.models import Customer, OutboxEntry
from db.unit_of_work import HardDeleteError


def outbox(profile: Profile) -> list[OutboxEntry]:
    with profile.database.reading() as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def test_create_writes_row_and_outbox_entry(profile: Profile) -> None:
    with profile.database.unit_of_work("rm01") as uow:
        customer = uow.add(Customer(name="杭州恒达机械有限公司", annual_revenue=Decimal("123.45")))
    entries = outbox(profile)
    assert len(entries) == 1
    entry = entries[0]
    assert (entry.entity, entry.entity_id, entry.op) == ("customers", customer.id, "create")
    assert entry.changes["name"] == "杭州恒达机械有限公司"
    assert entry.changes["annual_revenue"] == "123.45"
    assert entry.base_version is None and entry.created_by == "rm01"
    assert len(customer.id) == 36 and customer.updated_by == "rm01"


def test_the_outbox_holds_the_column_defaults_the_row_stores(profile: Profile) -> None:
    with profile.database.unit_of_work("rm01") as uow:
        customer = uow.add(Customer(name="杭州恒达机械有限公司"))
        bulk_id = uow.bulk_create(Customer, [{"name": "宁波海川贸易有限公司"}])[0]
    by_id = {e.entity_id: e.changes for e in outbox(profile)}
    with profile.database.reading() as session:
        for record_id in (customer.id, bulk_id):
            row = session.get(Customer, record_id)
            assert row is not None
            changes = by_id[record_id]
            assert changes["status"] == row.status == "draft"
            assert changes["credit_type"] == row.credit_type == "new"
            assert changes["programmes"] == row.programmes == []
            assert changes["registered_in_prc"] is row.registered_in_prc is True


def test_update_records_only_changed_fields_and_base_version(profile: Profile) -> None:
    with profile.database.unit_of_work("rm01") as uow:
        customer = uow.add(Customer(name="A公司", employees=10))
    with profile.database.unit_of_work("rm01") as uow:
        row = uow.get(Customer, customer.id)
        assert row is not None
        row.server_version = 7  # as if the server had acknowledged it
    with profile.database.unit_of_work("rm02") as uow:
        row = uow.get(Customer, customer.id)
        assert row is not None
        uow.update(row, {"employees": 12, "name": "A公司"})
    last = outbox(profile)[-1]
    assert last.op == "update"
    assert last.changes == {"employees": 12}
    assert last.base_version == 7
    assert last.created_by == "rm02"


def test_unchanged_update_writes_nothing(profile: Profile) -> None:
    with profile.database.unit_of_work("rm01") as uow:
        customer = uow.add(Customer(name="A公司", employees=10))
    with profile.database.unit_of_work("rm01") as uow:
        row = uow.get(Customer, customer.id)
        assert row is not None
        uow.update(row, {"employees": 10})
    assert [e.op for e in outbox(profile)] == ["create"]


def test_soft_delete_syncs_as_delete_and_hides_record(profile: Profile) -> None:
    with profile.database.unit_of_work("rm01") as uow:
        customer = uow.add(Customer(name="A公司"))
    with profile.database.unit_of_work("rm01") as uow:
        row = uow.get(Customer, customer.id)
        assert row is not None
        uow.soft_delete(row)
    with profile.database.unit_of_work("rm01") as uow:
        assert uow.get(Customer, customer.id) is None
    assert [e.op for e in outbox(profile)] == ["create", "delete"]


def test_hard_delete_is_refused_and_rolls_back(profile: Profile) -> None:
    with profile.database.unit_of_work("rm01") as uow:
        customer = uow.add(Customer(name="A公司"))
    with pytest.raises(HardDeleteError), profile.database.unit_of_work("rm01") as uow:
        row = uow.get(Customer, customer.id)
        uow.session.delete(row)
        uow.session.flush()
    with profile.database.reading() as session:
        assert session.get(Customer, customer.id) is not None


def test_failure_rolls_back_row_and_outbox_together(profile: Profile) -> None:
    with pytest.raises(RuntimeError), profile.database.unit_of_work("rm01") as uow:
        uow.add(Customer(name="A公司"))
        uow.session.flush()
        raise RuntimeError("crash in the middle")
    assert outbox(profile) == []
    with profile.database.reading() as session:
        assert session.scalars(select(Customer)).all() == []


def test_bulk_create_writes_one_entry_per_row(profile: Profile) -> None:
    rows = [{"name": f"公司{i}", "annual_revenue": Decimal(i)} for i in range(50)]
    with profile.database.unit_of_work("demo") as uow:
        ids = uow.bulk_create(Customer, rows)
    entries = outbox(profile)
    assert [e.entity_id for e in entries] == ids
    assert entries[3].changes["annual_revenue"] == "3"


def test_commit_publishes_what_changed_and_who(profile: Profile) -> None:
    events: list[ChangeEvent] = []
    profile.database.bus.subscribe(events.append)
    with profile.database.unit_of_work("rm01") as uow:
        uow.add(Customer(name="A公司"))
    with pytest.raises(ValueError), profile.database.unit_of_work("rm01") as uow:
        uow.add(Customer(name="B公司"))
        raise ValueError
    assert events == [ChangeEvent(frozenset({"customers"}), "rm01")]


def test_bookkeeping_fields_cannot_be_set_through_update(profile: Profile) -> None:
    with profile.database.unit_of_work("rm01") as uow:
        customer = uow.add(Customer(name="A公司"))
        with pytest.raises(ValueError):
            uow.update(customer, {"server_version": 3})


def test_a_submitted_assessment_is_immutable_in_the_data_layer(profile: Profile) -> None:
    from sqlalchemy.exc import IntegrityError

    from db.models import Assessment
    from db.unit_of_work import ImmutableRecordError

    with profile.database.unit_of_work("rm01") as uow:
        customer = uow.add(Customer(name="A公司"))
        uow.session.flush()
        assessment = uow.add(
            Assessment(customer_id=customer.id, model_id="sme", model_version="1", inputs={})
        )
    with profile.database.unit_of_work("rm01") as uow:  # a draft may change, then is submitted
        row = uow.get(Assessment, assessment.id)
        assert row is not None
        uow.update(row, {"inputs": {"years": 3}, "status": "submitted"})
    with pytest.raises(ImmutableRecordError), profile.database.unit_of_work("rm01") as uow:
        row = uow.get(Assessment, assessment.id)
        assert row is not None
        uow.update(row, {"grade": "A"})
    with pytest.raises(ImmutableRecordError), profile.database.unit_of_work("rm01") as uow:
        row = uow.get(Assessment, assessment.id)
        assert row is not None
        uow.soft_delete(row)
    with profile.database.engine.begin() as conn:  # sync may still record the server version
        conn.exec_driver_sql("UPDATE assessments SET server_version = 7")
    with pytest.raises(IntegrityError), profile.database.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE assessments SET grade = 'A'")  # the trigger refuses SQL too
    with profile.database.reading() as session:
        stored = session.get(Assessment, assessment.id)
        assert stored is not None
        assert (stored.inputs, stored.grade, stored.server_version) == ({"years": 3}, None, 7)
