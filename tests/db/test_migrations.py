"""Migrations upgrade a profile in place; they never recreate or empty it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.profile import ProfileError, ProfileProblem, open_profile
from db.cipher import connect
from db.database import Database
from db.migrate import HEAD_REVISION, current_revision, script_head, upgrade
from db.models import Base

FIRST_REVISION = "0001"


def make_profile_at(root: Path, revision: str) -> Path:
    """A profile database as the first release of RM Desk left it."""
    root.mkdir(parents=True)
    path = root / "rmdesk.sqlite3"
    database = Database(path)
    upgrade(database.engine, revision)
    database.close()
    return path


def _is_search_table(name: str | None) -> bool:
    """The FTS5 tables (and their shadow tables) live outside the ORM models."""
    return bool(name) and str(name).startswith("customer_search")


def test_head_constant_matches_the_migration_scripts() -> None:
    assert script_head() == HEAD_REVISION


def test_models_and_migrations_describe_the_same_schema(profile: object) -> None:
    database = profile.database  # type: ignore[attr-defined]
    with database.engine.connect() as conn:
        context = MigrationContext.configure(
            conn, opts={"include_name": lambda name, kind, _parent: not _is_search_table(name)}
        )
        diff = compare_metadata(context, Base.metadata)
    assert diff == []


def test_profile_from_first_migration_is_upgraded_in_place(tmp_path: Path) -> None:
    path = make_profile_at(tmp_path / "old", FIRST_REVISION)
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO customers (id, updated_at, updated_by, name, status, annual_revenue)"
        " VALUES ('c-1', '2026-01-01 00:00:00', 'rm01', '宁波老客户有限公司', 'active', 500000)"
    )
    conn.execute(
        "INSERT INTO outbox (mutation_id, entity, entity_id, op, changes, created_at,"
        " created_by) VALUES ('m-1', 'customers', 'c-1', 'create', '{}',"
        " '2026-01-01 00:00:00', 'rm01')"
    )
    conn.commit()
    conn.close()

    # The plaintext file of the first release is encrypted (a verified copy), then migrated.
    profile = open_profile(tmp_path / "old")
    key = profile.database.key
    try:
        assert profile.migration.from_revision == FIRST_REVISION
        assert profile.migration.to_revision == HEAD_REVISION
        assert profile.migration.backup is not None and profile.migration.backup.exists()
        assert current_revision(path, key) == HEAD_REVISION
        assert profile.database.unsynced_count() == 1
    finally:
        profile.close()
    rows = connect(path, key).execute("SELECT name, annual_revenue FROM customers").fetchall()
    assert rows == [("宁波老客户有限公司", 500000)]
    backup_rev = current_revision(profile.migration.backup, key)
    assert backup_rev == FIRST_REVISION


def test_current_profile_is_opened_without_migration(tmp_path: Path) -> None:
    open_profile(tmp_path / "p").close()
    again = open_profile(tmp_path / "p")
    again.close()
    assert not again.migration.migrated and again.migration.backup is None
    assert not (tmp_path / "p" / "backups").exists()


def test_profile_from_a_newer_build_is_refused_and_untouched(tmp_path: Path) -> None:
    path = make_profile_at(tmp_path / "new", HEAD_REVISION)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(ProfileError) as caught:
        open_profile(tmp_path / "new")
    assert caught.value.problem is ProfileProblem.TOO_NEW
    assert path.read_bytes() == before


def test_upgrade_to_0003_indexes_and_classifies_existing_customers(tmp_path: Path) -> None:
    path = make_profile_at(tmp_path / "old", "0002")
    conn = sqlite3.connect(path)
    conn.execute(
        "INSERT INTO customers (id, updated_at, updated_by, name, status, industry_code,"
        " employees, annual_revenue, total_assets) VALUES ('c-1', '2026-01-01 00:00:00',"
        " 'rm01', '温州老客户鞋业有限公司', 'active', '19', 50, 500000000, 300000000)"
    )
    conn.commit()
    conn.close()

    profile = open_profile(tmp_path / "old")
    try:
        from app.customer_list import CustomerQuery
        from app.customers import CustomerService

        service = CustomerService(profile.database, "rm01")
        page = service.first_page(CustomerQuery(search="老客户"), 10)
        assert [r.name for r in page.rows] == ["温州老客户鞋业有限公司"]
        # 工业, 50 people, 5,000 万元 revenue → small; no exposure yet → eligibility unknown
        assert (page.rows[0].size, page.rows[0].eligible) == ("small", None)
        assert profile.database.unsynced_count() == 0  # derived fields never reach the outbox
    finally:
        profile.close()
