"""Run Alembic migrations on a profile database, in place and never destructively."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"

#: The newest revision this build knows. A test keeps it equal to Alembic's head,
#: so start-up can skip loading Alembic when a profile is already current.
HEAD_REVISION = "0012"


class SchemaTooNewError(RuntimeError):
    """The profile was written by a newer RM Desk; this build must not touch it."""


@dataclass(frozen=True)
class MigrationResult:
    """What ``ensure_current`` did."""

    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def migrated(self) -> bool:
        """True when the schema changed."""
        return self.from_revision != self.to_revision


def current_revision(path: Path, key: bytes | None = None) -> str | None:
    """The Alembic revision stamped in the database at ``path`` (None if unstamped)."""
    from db.cipher import connect

    if not path.exists():
        return None
    conn = connect(path, key, readonly=True)
    try:
        has_table = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if not has_table:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    finally:
        conn.close()


def _alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def known_revisions() -> set[str]:
    """Every revision in this build's migration scripts."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def script_head() -> str:
    """The head revision according to the migration scripts themselves."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database behind ``engine`` to ``revision``."""
    from alembic import command

    config = _alembic_config()
    with engine.connect() as connection:
        # Batch mode rebuilds a table by dropping and recreating it; SQLite would
        # refuse that for a table other rows refer to. The pragma is ignored inside
        # a transaction, so switch it off first and check every reference after.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
        try:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration broke foreign keys: {broken[:5]}")
        finally:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()


def backup_file(path: Path, backup_dir: Path, label: str, key: bytes | None = None) -> Path:
    """A consistent copy of the database (online backup API) in ``backup_dir``.

    An encrypted database is copied encrypted, under the same ``key``.
    """
    from db.cipher import connect

    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = backup_dir / f"{path.stem}-{label}-{stamp}.sqlite3"
    src = connect(path, key, readonly=True)
    dst = connect(target, key)
    try:
        src.backup(dst)
    finally:
        dst.close()
        src.close()
    return target


def ensure_current(
    engine: Engine, path: Path, backup_dir: Path, key: bytes | None = None
) -> MigrationResult:
    """Bring the profile at ``path`` to the head revision, keeping its data.

    Does nothing (and loads no Alembic) when the schema is already current. An
    older profile is first copied to ``backup_dir``; a profile from a newer build
    raises :class:`SchemaTooNewError` and is left untouched.
    """
    before = current_revision(path, key)
    if before == HEAD_REVISION:
        return MigrationResult(before, before, None)
    if before is not None and before not in known_revisions():
        raise SchemaTooNewError(before)
    backup = backup_file(path, backup_dir, f"rev{before}", key) if before is not None else None
    upgrade(engine)
    return MigrationResult(before, HEAD_REVISION, backup)
