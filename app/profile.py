"""Open a profile folder: check the database, migrate it in place, hand out services."""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from app.paths import ProfilePaths
from db.migrate import HEAD_REVISION, MigrationResult, SchemaTooNewError, current_revision

if TYPE_CHECKING:
    from db.database import Database

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"


class ProfileProblem(StrEnum):
    """Why a profile cannot be opened (the UI words each one)."""

    UNWRITABLE = "unwritable"
    UNREADABLE = "unreadable"
    CORRUPT = "corrupt"
    TOO_NEW = "too_new"


class ProfileError(Exception):
    """A profile that cannot be opened. The database file is never modified."""

    def __init__(self, problem: ProfileProblem, path: Path, detail: str) -> None:
        super().__init__(f"{problem.value}: {path}: {detail}")
        self.problem = problem
        self.path = path
        self.detail = detail


def check_database_file(path: Path) -> None:
    """Raise :class:`ProfileError` unless ``path`` is absent or a readable SQLite file."""
    if not path.exists():
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise ProfileError(ProfileProblem.UNREADABLE, path, str(exc)) from exc
    if path.stat().st_size == 0:
        return  # an empty file is a database SQLite has not written yet
    if header != SQLITE_HEADER:
        raise ProfileError(ProfileProblem.CORRUPT, path, "not an SQLite database")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise ProfileError(ProfileProblem.CORRUPT, path, str(exc)) from exc


@dataclass
class Profile:
    """An open profile: its paths, its database and what migration did."""

    paths: ProfilePaths
    database: Database
    migration: MigrationResult
    actor: str = field(default="local")

    def close(self) -> None:
        """Close the database."""
        self.database.close()


def is_ready(root: Path) -> bool:
    """True when the profile in ``root`` can be opened without migration or repair.

    Uses plain ``sqlite3`` only, so the window can appear before the data core
    (SQLAlchemy, Alembic) has been imported.
    """
    database = ProfilePaths(root).database
    try:
        check_database_file(database)
        return current_revision(database) == HEAD_REVISION
    except (ProfileError, sqlite3.Error):
        return False


def open_profile(root: Path, actor: str = "local") -> Profile:
    """Open (or create) the profile in ``root`` and bring its schema up to date."""
    # Imported here so that start-up can paint the window before loading them.
    from sqlalchemy.exc import DBAPIError

    from db.database import Database
    from db.migrate import ensure_current

    paths = ProfilePaths(root)
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProfileError(ProfileProblem.UNWRITABLE, root, str(exc)) from exc
    check_database_file(paths.database)
    database = Database(paths.database)
    try:
        migration = ensure_current(database.engine, paths.database, paths.backups)
    except SchemaTooNewError as exc:
        database.close()
        raise ProfileError(ProfileProblem.TOO_NEW, paths.database, str(exc)) from exc
    except (sqlite3.DatabaseError, DBAPIError) as exc:
        database.close()
        raise ProfileError(ProfileProblem.CORRUPT, paths.database, str(exc)) from exc
    if migration.migrated:
        log.info(
            "profile migrated from %s to %s (backup %s)",
            migration.from_revision,
            migration.to_revision,
            migration.backup,
        )
        if migration.from_revision is not None:
            # Derived fields (size, eligibility) of customers from an older build.
            from app.customers import CustomerService

            CustomerService(database, actor).reclassify_all()
    return Profile(paths, database, migration, actor)
