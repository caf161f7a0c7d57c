"""Installing a newer RM Desk over an older one keeps the user's profile and migrates it.

An installer replaces the program folder only; the profile (platformdirs user
data folder) stays. These tests build a profile as each older release left it
(its schema revision, filled with plain ``sqlite3`` as that release would have
written it), open it with the current code and check that every row is kept,
the schema is at head and matches the models, a backup of the old file was
made, the search index covers the old customers and the derived fields are
computed.

Not frozen: it runs in the normal suite. ``packaging/build.py`` repeats the
first-revision case with the frozen program.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.attachment_store import read_blob_file
from app.customer_list import CustomerQuery
from app.customers import CustomerService
from app.profile import open_profile
from db.cipher import connect
from db.database import Database
from db.migrate import (
    HEAD_REVISION,
    MIGRATIONS_DIR,
    MigrationResult,
    current_revision,
    upgrade,
)
from db.models import Base
from db.search import register_functions


def _revisions() -> list[str]:
    """Every schema revision, oldest first (read from the migration scripts)."""
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


REVISIONS = _revisions()
FIRST = REVISIONS[0]
OLDER = REVISIONS[:-1]  # every release before this one

# --- an older release's profile ---------------------------------------------------

TS = "2026-03-02 09:30:00.000000"
FEN_PER_WAN = 1_000_000  # money is stored as integer fen; 1 万元 = 1,000,000 fen

#: Rows as older releases wrote them, keyed by table. Only the tables and the
#: columns that exist at a profile's revision are written (older schemas have
#: fewer), so the same rows serve every revision.
ROWS: dict[str, list[dict[str, Any]]] = {
    "customers": [
        {  # synced from the server, legal representative and a contact person
            "id": "c-ningbo",
            "server_version": 7,
            "updated_at": TS,
            "updated_by": "rm01",
            "name": "宁波甬兴精密机械有限公司",
            "uscc": "91330206MA2H3X8Q1L",
            "industry_code": "34",
            "employees": 100,
            "annual_revenue": 5000 * FEN_PER_WAN,
            "total_assets": 3000 * FEN_PER_WAN,
            "city": "宁波",
            "status": "active",
            "registration_date": "2015-06-18",
            "province": "浙江省",
            "district": "北仑区",
            "address": "浙江省宁波市北仑区新碶街道明州路 88 号",
            "registered_in_prc": 1,
            "registered_capital": 1000 * FEN_PER_WAN,
            "ownership_type": "private",
            "total_liabilities": 1200 * FEN_PER_WAN,
            "legal_rep_name": "王建国",
            "legal_rep_mobile": "13805741234",
            "requested_exposure": 3000 * FEN_PER_WAN,
            "credit_type": "new",
            "segment": "制造业",
            "programmes": '["专精特新"]',
            "assigned_rm": "rm01",
            # derived fields deliberately missing: the new build computes them
            "size": None,
            "eligible": None,
        },
        {  # a local draft, never synced; exposure above the SME boundary
            "id": "c-wenzhou",
            "updated_at": TS,
            "updated_by": "rm01",
            "name": "温州瓯江小微鞋业有限公司",
            "industry_code": "19",
            "employees": 8,
            "annual_revenue": 200 * FEN_PER_WAN,
            "total_assets": 150 * FEN_PER_WAN,
            "city": "温州",
            "status": "draft",
            "registered_in_prc": 1,
            "requested_exposure": 8000 * FEN_PER_WAN,
            "credit_type": "new",
            "programmes": "[]",
        },
        {  # deleted before the upgrade: stays deleted, not reclassified
            "id": "c-deleted",
            "server_version": 3,
            "updated_at": TS,
            "updated_by": "rm01",
            "deleted_at": TS,
            "name": "已注销贸易有限公司",
            "industry_code": "51",
            "employees": 5,
            "status": "active",
            "registered_in_prc": 1,
            "credit_type": "new",
            "programmes": "[]",
        },
    ],
    "outbox": [
        {
            "mutation_id": "m-wenzhou-create",
            "entity": "customers",
            "entity_id": "c-wenzhou",
            "op": "create",
            "changes": '{"name": "温州瓯江小微鞋业有限公司", "status": "draft"}',
            "created_at": TS,
            "created_by": "rm01",
        }
    ],
    "sync_state": [{"key": "pull.cursor", "value": "1842"}],
    "customer_contacts": [
        {
            "id": "k-1",
            "server_version": 7,
            "updated_at": TS,
            "updated_by": "rm01",
            "customer_id": "c-ningbo",
            "position": 0,
            "role": "财务负责人",
            "name": "李会计",
            "phone": "0574-86881234",
        }
    ],
    "bank_relationships": [
        {
            "id": "b-1",
            "updated_at": TS,
            "updated_by": "rm01",
            "customer_id": "c-ningbo",
            "position": 0,
            "bank": "宁波银行",
            "product": "流动资金贷款",
            "balance": 500 * FEN_PER_WAN,
        }
    ],
    "visits": [
        {
            "id": "v-1",
            "updated_at": TS,
            "updated_by": "rm01",
            "customer_id": "c-ningbo",
            "visit_type": "due_diligence",
            "status": "done",
            "planned_start": "2026-03-01 02:00:00.000000",
            "planned_end": "2026-03-01 03:30:00.000000",
            "actual_start": "2026-03-01 02:05:00.000000",
            "actual_end": "2026-03-01 03:20:00.000000",
            "location": "北仑区明州路 88 号",
            "attendees_bank": '["rm01"]',
            "attendees_customer": '["王建国", "李会计"]',
            "purpose": "贷前调查",
            "notes": "看水表电表，产能正常。",
            "checks": '{"utilities": "ok"}',
        }
    ],
    "applications": [
        {
            "id": "a-1",
            "server_version": 2,
            "updated_at": TS,
            "updated_by": "rm01",
            "customer_id": "c-ningbo",
            "product_code": "working_capital",
            "catalogue_version": "2025.1",
            "amount": 3000 * FEN_PER_WAN,
            "term_months": 12,
            "purpose": "采购原材料",
            "collateral_type": "property",
            "collateral_description": "厂房抵押",
            "status": "submitted",
            "submitted_at": "2026-03-01 08:00:00.000000",
        }
    ],
    "documents": [
        {
            "id": "d-1",
            "updated_at": TS,
            "updated_by": "rm01",
            "customer_id": "c-ningbo",
            "doc_type": "business_licence",
            "title": "营业执照（副本）",
            "issued_on": "2015-06-18",
            "visit_id": "v-1",
        }
    ],
    "checklist_items": [
        {
            "id": "ci-1",
            "updated_at": TS,
            "updated_by": "rm01",
            "application_id": "a-1",
            "item_code": "business_licence",
            "position": 0,
            "required": 1,
            "applicable": 1,
            "state": "on_file",
            "waive_reason": "",
            "document_id": "d-1",
        }
    ],
    "attachments": [
        {
            "id": "at-1",
            "updated_at": TS,
            "updated_by": "rm01",
            "document_id": "d-1",
            "position": 0,
            "sha256": "5" * 64,
            "size": 12,
            "media_type": "application/pdf",
            "original_name": "营业执照.pdf",
        }
    ],
    "financial_statements": [
        {
            "id": "fs-1",
            "updated_at": TS,
            "updated_by": "rm01",
            "customer_id": "c-ningbo",
            "period_end": "2025-12-31",
            "revenue": 5000 * FEN_PER_WAN,
            "net_profit": 400 * FEN_PER_WAN,
            "total_assets": 3000 * FEN_PER_WAN,
            "total_liabilities": 1200 * FEN_PER_WAN,
            "audited": 1,
        }
    ],
    "assessments": [
        {
            "id": "as-1",
            "server_version": 1,
            "updated_at": TS,
            "updated_by": "rm01",
            "customer_id": "c-ningbo",
            "application_id": "a-1",
            "model_id": "sme_scorecard",
            "model_version": "1.0",
            "inputs": '{"revenue": "5000"}',
            "outputs": '{"grade": "B"}',
            "score": 612.5,
            "grade": "B",
            "status": "submitted",
            "submitted_at": "2026-03-01 08:00:00.000000",
        }
    ],
    "risk_alerts": [
        {
            "id": "r-1",
            "updated_at": TS,
            "updated_by": "rm01",
            "customer_id": "c-ningbo",
            "visit_id": "v-1",
            "signal_code": "inventory_build_up",
            "severity": "medium",
            "note": "成品库存偏高",
            "status": "open",
            "raised_at": TS,
            "resolution_note": "",
        }
    ],
    "follow_ups": [
        {
            "id": "f-1",
            "updated_at": TS,
            "updated_by": "rm01",
            "customer_id": "c-ningbo",
            "visit_id": "v-1",
            "title": "补充 2025 年审计报告",
            "due_on": "2026-03-15",
            "status": "open",
            "note": "",
        }
    ],
    "loans": [
        {
            "id": "l-1",
            "server_version": 4,
            "updated_at": TS,
            "updated_by": "rm01",
            "customer_id": "c-ningbo",
            "application_id": "a-1",
            "product_code": "working_capital",
            "amount": 3000 * FEN_PER_WAN,
            "disbursed_on": "2025-04-01",
            "matures_on": "2026-04-01",
            "status": "active",
        }
    ],
    "local_drafts": [
        {
            "key": "visit-report:v-1",
            "kind": "visit_report",
            "payload": '{"notes": "未保存的走访记录"}',
            "updated_at": TS,
        }
    ],
}

PRIMARY_KEYS = {"outbox": "mutation_id", "sync_state": "key", "local_drafts": "key"}
#: Columns the new build may rewrite while opening the profile (derived fields).
REWRITTEN = {"customers": {"size", "eligible", "updated_at", "updated_by"}}
SETTINGS = {"language": "zh_CN", "last_page": "customers", "window_geometry": "AdnQywADAAA="}
ATTACHMENT = b"%PDF-1.4\n%%EOF"


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')}


def write_old_profile(root: Path, revision: str) -> dict[str, list[dict[str, Any]]]:
    """A profile folder as the release with schema ``revision`` left it; returns its rows."""
    root.mkdir(parents=True)
    path = root / "rmdesk.sqlite3"
    database = Database(path)
    upgrade(database.engine, revision)
    database.close()

    written: dict[str, list[dict[str, Any]]] = {}
    conn = sqlite3.connect(path)
    register_functions(conn)  # the search triggers (0003+) call it, as the old build did
    try:
        for table, rows in ROWS.items():
            columns = _columns(conn, table)
            if not columns:
                continue  # this release had no such table
            for row in rows:
                values = {k: v for k, v in row.items() if k in columns}
                names = ", ".join(values)
                marks = ", ".join("?" * len(values))
                sql = f"INSERT INTO {table} ({names}) VALUES ({marks})"
                conn.execute(sql, list(values.values()))
                written.setdefault(table, []).append(values)
        conn.commit()
    finally:
        conn.close()
    (root / "settings.json").write_text(json.dumps(SETTINGS), encoding="utf-8")
    blob = root / "attachments" / "55" / ("5" * 64)
    blob.parent.mkdir(parents=True)
    blob.write_bytes(ATTACHMENT)
    return written


@dataclass(frozen=True)
class Upgraded:
    """An older release's profile after the current build opened it once."""

    revision: str
    root: Path
    written: dict[str, list[dict[str, Any]]]
    migration: MigrationResult
    key: bytes | None  # the old plaintext profile is encrypted when opened

    @property
    def database(self) -> Path:
        return self.root / "rmdesk.sqlite3"

    def query(self, sql: str, *params: object) -> list[tuple[Any, ...]]:
        conn = connect(self.database, self.key)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()


@pytest.fixture(scope="module", params=OLDER)
def upgraded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Upgraded:
    """The profile of the release with schema revision ``param``, opened by this build."""
    revision = str(request.param)
    root = tmp_path_factory.mktemp(f"rev{revision}") / "RMDesk"
    written = write_old_profile(root, revision)
    profile = open_profile(root, actor="rm01")
    profile.close()
    return Upgraded(revision, root, written, profile.migration, profile.database.key)


def test_every_older_revision_is_covered() -> None:
    script = ScriptDirectory(str(MIGRATIONS_DIR))
    assert script.get_revision(FIRST).down_revision is None  # type: ignore[union-attr]
    assert REVISIONS[-1] == HEAD_REVISION
    assert len(OLDER) == len(REVISIONS) - 1 >= 1


def test_schema_is_at_head_and_matches_the_models(upgraded: Upgraded) -> None:
    migration = upgraded.migration
    assert (migration.from_revision, migration.to_revision) == (upgraded.revision, HEAD_REVISION)
    assert current_revision(upgraded.database, upgraded.key) == HEAD_REVISION
    database = Database(upgraded.database, upgraded.key)
    try:
        with database.engine.connect() as conn:
            context = MigrationContext.configure(
                conn,
                opts={
                    "include_name": lambda name, _kind, _parent: (
                        not str(name or "").startswith("customer_search")
                    )
                },
            )
            assert compare_metadata(context, Base.metadata) == []
    finally:
        database.close()


def test_every_row_is_kept(upgraded: Upgraded) -> None:
    for table, rows in upgraded.written.items():
        key = PRIMARY_KEYS.get(table, "id")
        assert upgraded.query(f"SELECT count(*) FROM {table}") == [(len(rows),)], table
        for row in rows:
            compared = [c for c in row if c not in REWRITTEN.get(table, set())]
            found = upgraded.query(
                f"SELECT {', '.join(compared)} FROM {table} WHERE {key} = ?", row[key]
            )
            assert found == [tuple(row[c] for c in compared)], f"{table} {row[key]}"


def test_files_beside_the_database_are_untouched(upgraded: Upgraded) -> None:
    root = upgraded.root
    assert json.loads((root / "settings.json").read_text(encoding="utf-8")) == SETTINGS
    blob = root / "attachments" / "55" / ("5" * 64)
    assert blob.read_bytes() != ATTACHMENT  # encrypted at rest now
    assert read_blob_file(blob) == ATTACHMENT


def test_a_backup_of_the_old_file_is_made(upgraded: Upgraded) -> None:
    backup = upgraded.migration.backup
    assert backup is not None and backup.exists()
    assert backup.parent == upgraded.root / "backups"
    assert current_revision(backup, upgraded.key) == upgraded.revision
    conn = connect(backup, upgraded.key)
    try:
        names = {row[0] for row in conn.execute("SELECT name FROM customers")}
    finally:
        conn.close()
    assert names == {row["name"] for row in upgraded.written["customers"]}


def test_old_customers_are_found_by_search(upgraded: Upgraded) -> None:
    written = upgraded.written
    profile = open_profile(upgraded.root, actor="rm01")
    try:
        service = CustomerService(profile.database, "rm01")

        def found(term: str) -> list[str]:
            return [row.id for row in service.first_page(CustomerQuery(search=term), 10).rows]

        assert found("甬兴精密") == ["c-ningbo"]  # trigram index
        assert found("鞋业") == ["c-wenzhou"]  # two characters: the short-term index
        assert found("已注销") == []  # deleted customers stay out of the list
        if "legal_rep_name" in written["customers"][0]:
            assert found("王建国") == ["c-ningbo"]  # people: the legal representative ...
        if "customer_contacts" in written:
            assert found("李会计") == ["c-ningbo"]  # ... and contacts
    finally:
        profile.close()
    indexed = upgraded.query("SELECT count(*) FROM customer_search")
    assert indexed == [(len(written["customers"]),)]


def test_derived_fields_are_computed(upgraded: Upgraded) -> None:
    exposure_known = "requested_exposure" in upgraded.written["customers"][0]
    derived = {
        row[0]: (row[1], row[2])
        for row in upgraded.query("SELECT id, size, eligible FROM customers")
    }
    # 工业: 100 people and 5,000 万元 revenue -> small; 8 people, 200 万元 -> micro.
    # New credit: assets below 20,000 万元 and exposure below 5,000 万元 -> eligible.
    assert derived["c-ningbo"] == ("small", 1 if exposure_known else None)
    assert derived["c-wenzhou"] == ("micro", 0 if exposure_known else None)
    assert derived["c-deleted"] == (None, None)  # deleted: left alone
    # Derived fields are local: computing them queues nothing for sync.
    assert upgraded.query("SELECT mutation_id FROM outbox") == [("m-wenzhou-create",)]


def test_opening_the_upgraded_profile_again_migrates_nothing(upgraded: Upgraded) -> None:
    again = open_profile(upgraded.root)
    again.close()
    assert not again.migration.migrated and again.migration.backup is None
    assert len(list((upgraded.root / "backups").iterdir())) == 1
