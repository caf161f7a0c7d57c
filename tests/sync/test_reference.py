"""Reference data: newer server versions are fetched, checked and kept in the profile."""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal

from app.classification import load_size_table
from app.customer_profile import CustomerProfile
from app.customers import derived_fields
from app.sync.reference import load_manifest, reference_file
from db.models import Customer
from resources import DATA_DIR
from server.core.db import run_in_transaction
from server.models import ReferenceData
from tests.sync.conftest import LaptopFactory
from tests.sync.support import ServerHandle, World, add_customer, now, value


def _publish(server: ServerHandle, name: str, content: bytes, version: str) -> None:
    row = ReferenceData(
        name=name,
        version=version,
        sha256=hashlib.sha256(content).hexdigest(),
        content=content,
        published_at=now(),
    )
    run_in_transaction(server.sessions, lambda s: s.add(row))


def test_newer_reference_data_is_kept_and_preferred(
    server: ServerHandle, world: World, laptops: LaptopFactory
) -> None:
    tag = server.backend
    a = laptops(world)
    assert a.sync_ok().reference_refreshed == []  # the server has what the app ships
    bundled = json.loads((DATA_DIR / "risk_signals.json").read_text(encoding="utf-8"))
    version = f"2099.{len(tag)}"
    newer = json.dumps({**bundled, "version": version}, ensure_ascii=False).encode()
    _publish(server, "risk_signals", newer, version)
    broken = json.dumps({"version": "2099.9", "rows": "nonsense"}).encode()
    _publish(server, "size_classification", broken, "2099.9")
    report = a.sync_ok()
    assert report.reference_refreshed == [f"risk_signals/{version}"]
    assert [e.split(":")[0] for e in report.reference_errors] == ["size_classification/2099.9"]
    root = a.profile.paths.root
    kept = reference_file("risk_signals", profile_root=root)
    assert kept == root / "reference" / "risk_signals.json"
    assert kept.read_bytes() == newer
    assert load_manifest(root)["risk_signals"]["sha256"] == hashlib.sha256(newer).hexdigest()
    assert reference_file("size_classification", profile_root=root) == (
        DATA_DIR / "size_classification.json"
    )
    assert a.sync_ok().reference_refreshed == []  # nothing new the second time
    # the server goes back to good data: later syncs here and elsewhere see no errors
    good = (DATA_DIR / "size_classification.json").read_bytes()
    _publish(server, "size_classification", good, f"2099.10.{tag}")
    assert a.sync_ok().reference_errors == []


def test_a_changed_size_threshold_from_the_server_reclassifies_customers(
    server: ServerHandle, world: World, laptops: LaptopFactory
) -> None:
    a = laptops(world)
    figures = {
        "industry_code": "C33",
        "employees": 120,
        "annual_revenue": Decimal(30_000_000),  # 3,000 万元
        "total_assets": Decimal(20_000_000),
    }
    derived = derived_fields(CustomerProfile(**figures))
    assert derived["size"] == "small"  # industry: medium needs 300+ employees (2011 table)
    customer = add_customer(a, **figures, **derived)
    a.sync_ok()
    # the bank lowers industry's medium bound to 100 employees
    table = json.loads((DATA_DIR / "size_classification.json").read_text(encoding="utf-8"))
    [industry] = [row for row in table["rows"] if row["id"] == "industry"]
    industry["medium_at_least"]["employees"] = 100
    version = "2099.20"
    changed = json.dumps({**table, "version": version}, ensure_ascii=False).encode()
    _publish(server, "size_classification", changed, version)
    try:
        assert f"size_classification/{version}" in a.sync_ok().reference_refreshed
        assert value(a, Customer, customer, "size") == "medium"
        assert load_size_table().version == version  # the loaders read the kept copy
        assert a.db.unsynced_count() == 0  # derived fields are local: nothing to push
        b = laptops(world)  # pulls the customer, then the table: derived the same way
        assert f"size_classification/{version}" in b.sync_ok().reference_refreshed
        assert value(b, Customer, customer, "size") == "medium"
    finally:  # the server goes back to the bundled table (later tests share it)
        bundled = (DATA_DIR / "size_classification.json").read_bytes()
        _publish(server, "size_classification", bundled, "2099.21")
    assert "size_classification/2099.21" in a.sync_ok().reference_refreshed
    assert value(a, Customer, customer, "size") == "small"
    assert load_size_table().version == table["version"] == "2011"
