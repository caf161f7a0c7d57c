"""Engine details: stored form of pulled rows, progress and cancel, report, final records."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from app.profile import open_profile
from app.security.keys import load_key
from app.sync import SyncConfig, SyncProgress, last_report, open_engine, sync_status
from app.sync.records import plans
from db.cipher import connect
from db.models import Application, Assessment, Customer, Visit
from tests.sync.conftest import LaptopFactory
from tests.sync.support import Api, World, add_customer, add_record, copy_profile, value


def _raw(path: object, table: str, record_id: str) -> dict[str, object]:
    database = Path(str(path))  # encrypted: read with the profile's key
    conn = connect(database, load_key(database.parent), readonly=True)
    cursor = conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (record_id,))
    row = cursor.fetchone()
    names = [d[0] for d in cursor.description]
    conn.close()
    return dict(zip(names, row, strict=True))


def test_pulled_rows_are_stored_exactly_as_the_orm_stores_them(
    world: World, laptops: LaptopFactory, tmp_path: object, template_profile: object
) -> None:
    a, b = laptops(world), laptops(world)
    customer = add_customer(
        a,
        registration_date=date(2019, 5, 17),
        annual_revenue=Decimal("12345678.90"),
        employees=88,
        programmes=["专精特新"],
    )
    visit = add_record(
        a,
        Visit,
        customer_id=customer,
        visit_type="due_diligence",
        planned_start=datetime(2026, 3, 2, 1, 30, 15, 123456, tzinfo=UTC),
        planned_end=datetime(2026, 3, 2, 2, 30, tzinfo=UTC),
        checks={"water_meter": True, "note": "正常"},
    )
    assessment = add_record(
        a,
        Assessment,
        customer_id=customer,
        model_id="sme_v1",
        model_version="1",
        score=Decimal("71.5"),
        status="submitted",
        submitted_at=datetime(2026, 3, 3, tzinfo=UTC),
    )
    a.sync_ok()
    b.sync_ok()
    scratch = open_profile(copy_profile(template_profile, tmp_path / "scratch"))  # type: ignore[operator]
    try:
        for model, record_id in ((Customer, customer), (Visit, visit), (Assessment, assessment)):
            with b.db.reading() as session:
                pulled = session.get(model, record_id)
                values = {
                    name: getattr(pulled, name) for name in plans()[model.__tablename__].columns
                }
            with Session(scratch.database.engine) as session, session.begin():
                session.add(model(**values))
            table = model.__tablename__
            assert _raw(b.profile.paths.database, table, record_id) == _raw(
                scratch.paths.database, table, record_id
            )
    finally:
        scratch.close()


def test_progress_cancel_and_the_kept_report(world: World, laptops: LaptopFactory) -> None:
    a, b = laptops(world), laptops(world)
    for _ in range(12):
        add_customer(a)
    report = a.sync_ok(batch_size=5)
    assert report.applied == 12
    seen: list[SyncProgress] = []
    cancel = threading.Event()

    def progress(p: SyncProgress) -> None:
        seen.append(p)
        if p.phase == "pull" and p.done >= 3:
            cancel.set()

    with open_engine(b.db, b.profile.paths, http_transport=b.transport) as engine:
        engine.config = SyncConfig(pull_limit=3, apply_rows=3)
        report = engine.run(progress, cancel)
    assert report.cancelled and report.error is not None and report.error["code"] == "cancelled"
    assert 3 <= report.pulled < 12
    assert {p.phase for p in seen} >= {"push", "pull", "done"}
    kept = last_report(b.db)
    assert kept is not None and kept.to_json() == report.to_json()
    report = b.sync_ok()
    assert report.pulled == 12 - kept.pulled  # continued where it stopped
    status = sync_status(b.db)
    assert status.signed_in and status.unsynced == 0 and status.last_success is not None


def test_a_submitted_assessment_is_final_and_can_still_be_revoked(
    world: World, laptops: LaptopFactory
) -> None:
    a = laptops(world)
    customer = add_customer(a)
    application = add_record(
        a,
        Application,
        customer_id=customer,
        product_code="short_term_credit",
        amount=Decimal("500000"),
        term_months=6,
    )
    assessment = add_record(
        a,
        Assessment,
        customer_id=customer,
        application_id=application,
        model_id="sme_v1",
        model_version="1",
        inputs={"b": 1, "a": {"z": 2, "y": [1, 2]}},
        score=Decimal("80.25"),
        status="submitted",
    )
    a.sync_ok()
    a.sync_ok()  # the echo of a final record only updates bookkeeping
    assert value(a, Assessment, assessment, "server_version") is not None
    manager = Api(world.url, world.names["manager"])
    assert manager.assign(customer, world.names["rm_b"]).status_code == 200
    manager.close()
    report = a.sync_ok()
    assert report.revoked == 3
    assert value(a, Assessment, assessment, "id") is None
    with a.db.reading() as session:
        assert session.get(Customer, customer) is None
