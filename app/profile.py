"""Open a profile folder: check the database, migrate it in place, hand out services."""

from __future__ import annotations

import logging
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
    #: The database is encrypted but this computer's keyring has no key for it.
    KEY_MISSING = "key_missing"
    #: The key does not decrypt the database: a wrong key or a damaged/altered file.
    KEY_REJECTED = "key_rejected"
    #: No usable OS keyring (none installed, locked, or access refused).
    KEYRING_UNAVAILABLE = "keyring_unavailable"


#: Problems that a fresh profile, downloaded again from the server, solves.
RECOVERABLE = frozenset(
    {ProfileProblem.CORRUPT, ProfileProblem.KEY_MISSING, ProfileProblem.KEY_REJECTED}
)


class ProfileError(Exception):
    """A profile that cannot be opened. Its files are left as they were."""

    def __init__(self, problem: ProfileProblem, path: Path, detail: str) -> None:
        super().__init__(f"{problem.value}: {path}: {detail}")
        self.problem = problem
        self.path = path
        self.detail = detail

    @property
    def recoverable(self) -> bool:
        """Whether setting the profile aside and downloading again would help."""
        return self.problem in RECOVERABLE


def check_database_file(path: Path, key: bytes | None = None) -> None:
    """Raise :class:`ProfileError` unless ``path`` is absent or a database ``key`` opens.

    Without ``key`` the file must be a plain SQLite file; with it, SQLCipher must
    decrypt it (a wrong key and a damaged file look the same: KEY_REJECTED).
    """
    from db.cipher import DATABASE_ERRORS, connect

    if not path.exists():
        return
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise ProfileError(ProfileProblem.UNREADABLE, path, str(exc)) from exc
    if path.stat().st_size == 0:
        return  # an empty file is a database SQLite has not written yet
    if key is None and header != SQLITE_HEADER:
        raise ProfileError(ProfileProblem.CORRUPT, path, "not an SQLite database")
    try:
        conn = connect(path, key if header != SQLITE_HEADER else None, readonly=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except DATABASE_ERRORS as exc:
        # The first page does not decrypt: a wrong key or an altered first page (the
        # same to SQLCipher). Any other failure means the key works but a page is bad.
        undecryptable = header != SQLITE_HEADER and "not a database" in str(exc)
        problem = ProfileProblem.KEY_REJECTED if undecryptable else ProfileProblem.CORRUPT
        raise ProfileError(problem, path, str(exc)) from exc


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

    Uses raw connections only, so the window can appear before the data core
    (SQLAlchemy, Alembic) has been imported. Never creates a key.
    """
    from app.security import at_rest, keys
    from db.cipher import ERRORS

    database = ProfilePaths(root).database
    try:
        key = keys.load_key(root)
        if key is None or at_rest.is_plaintext_sqlite(database):
            return False
        if at_rest.has_leftovers(database):
            return False
        check_database_file(database, key)
        return current_revision(database, key) == HEAD_REVISION
    except (ProfileError, keys.KeyringUnavailableError, OSError):
        return False
    except ERRORS:
        return False


def _profile_key(paths: ProfilePaths) -> bytes:
    """The key of the profile at ``paths``; encrypts a plaintext profile on the way.

    Raises :class:`ProfileError` for a missing or wrong key, an unusable keyring, a
    damaged file or a schema from a newer build; the file is then left as it was.
    """
    from app.security import at_rest, keys
    from db.cipher import ERRORS

    root, database = paths.root, paths.database
    try:
        key = keys.load_key(root)
    except keys.KeyringUnavailableError as exc:
        raise ProfileError(ProfileProblem.KEYRING_UNAVAILABLE, database, str(exc)) from exc
    try:
        at_rest.finish_interrupted(database, key)
    except OSError as exc:
        raise ProfileError(ProfileProblem.UNREADABLE, database, str(exc)) from exc
    empty = not database.exists()
    if not empty:
        try:
            with database.open("rb") as handle:
                plaintext = handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
            empty = database.stat().st_size == 0
        except OSError as exc:
            raise ProfileError(ProfileProblem.UNREADABLE, database, str(exc)) from exc
    plaintext = not empty and plaintext
    if not empty and not plaintext:
        if key is None:
            if keys.key_id(root) is None:  # never encrypted here: just not a database
                raise ProfileError(ProfileProblem.CORRUPT, database, "not an SQLite database")
            raise ProfileError(
                ProfileProblem.KEY_MISSING, database, "no key for this profile in the keyring"
            )
        check_database_file(database, key)
        return key
    if plaintext:
        check_database_file(database)  # a damaged plaintext file stays as it is
        _refuse_newer(database)
    try:
        if key is None:
            key = keys.create_key(root)
    except keys.KeyringUnavailableError as exc:
        raise ProfileError(ProfileProblem.KEYRING_UNAVAILABLE, database, str(exc)) from exc
    except OSError as exc:
        raise ProfileError(ProfileProblem.UNWRITABLE, root, str(exc)) from exc
    if plaintext:
        try:
            at_rest.encrypt_in_place(database, key)
        except at_rest.EncryptionCheckError as exc:
            raise ProfileError(ProfileProblem.CORRUPT, database, str(exc)) from exc
        except ERRORS as exc:
            raise ProfileError(ProfileProblem.CORRUPT, database, str(exc)) from exc
        except OSError as exc:
            raise ProfileError(ProfileProblem.UNWRITABLE, database, str(exc)) from exc
        log.info("an unencrypted profile was encrypted")
    return key


def _verify_pages(database: Path, key: bytes) -> None:
    from db.cipher import DATABASE_ERRORS, connect

    if not database.exists() or database.stat().st_size == 0:
        return
    try:
        conn = connect(database, key, readonly=True)
        try:
            failures = [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
        finally:
            conn.close()
    except DATABASE_ERRORS as exc:
        raise ProfileError(ProfileProblem.CORRUPT, database, str(exc)) from exc
    if failures:
        raise ProfileError(ProfileProblem.CORRUPT, database, "; ".join(failures[:3]))


def _refuse_newer(database: Path) -> None:
    from db.migrate import known_revisions

    revision = current_revision(database)
    if revision is not None and revision != HEAD_REVISION and revision not in known_revisions():
        raise ProfileError(ProfileProblem.TOO_NEW, database, str(SchemaTooNewError(revision)))


#: Written once everything an older build left in plaintext has been encrypted.
PROTECTED_MARKER = ".encrypted-at-rest"


def _protect_files(paths: ProfilePaths, key: bytes) -> None:
    """Encrypt what an older build left in plaintext: backups, attachments, thumbnails."""
    from app.security import at_rest

    marker = paths.root / PROTECTED_MARKER
    if marker.exists():
        return
    cipher = at_rest.file_cipher(key)
    backups = at_rest.encrypt_backups(paths.backups, key)
    blobs = at_rest.encrypt_attachments(paths.attachments, cipher)
    thumbs = at_rest.shred_plaintext_cache(paths.thumbnails)
    if backups or blobs or thumbs:
        log.info(
            "encrypted %d backups and %d attachments, removed %d cached thumbnails",
            backups,
            blobs,
            thumbs,
        )
    marker.write_text("1\n", encoding="ascii")


def open_profile(root: Path, actor: str = "local", *, verify: bool = False) -> Profile:
    """Open (or create) the encrypted profile in ``root`` and bring its schema up to date.

    ``verify``: also check the HMAC of every page (``PRAGMA cipher_integrity_check``,
    about 0.3 s per 40 MB), so that a file altered anywhere is reported now (CORRUPT)
    rather than when the altered page is read.

    The database key comes from the OS keyring (a new profile gets a new key); an
    unencrypted profile of an older build is encrypted in place first.
    """
    # Imported here so that start-up can paint the window before loading them.
    from sqlalchemy.exc import DBAPIError

    from app.attachment_store import discard_leftovers
    from app.reference_data import set_reference_root
    from db.cipher import DATABASE_ERRORS
    from db.database import Database
    from db.migrate import ensure_current

    paths = ProfilePaths(root)
    set_reference_root(root)  # loaders prefer the reference data sync kept here
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ProfileError(ProfileProblem.UNWRITABLE, root, str(exc)) from exc
    key = _profile_key(paths)
    if verify:
        _verify_pages(paths.database, key)
    try:
        _protect_files(paths, key)
    except OSError as exc:
        raise ProfileError(ProfileProblem.UNWRITABLE, root, str(exc)) from exc
    discard_leftovers(paths.attachments)  # of adds a crash interrupted
    database = Database(paths.database, key)
    try:
        migration = ensure_current(database.engine, paths.database, paths.backups, key)
    except SchemaTooNewError as exc:
        database.close()
        raise ProfileError(ProfileProblem.TOO_NEW, paths.database, str(exc)) from exc
    except DBAPIError as exc:
        database.close()
        raise ProfileError(ProfileProblem.CORRUPT, paths.database, str(exc)) from exc
    except DATABASE_ERRORS as exc:
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


def start_fresh(root: Path, actor: str = "local") -> tuple[Profile, Path]:
    """Move an unreadable profile aside (never deleted) and open a new, empty one.

    The new profile is marked to download everything at its first sync; it has no
    outbox, so it sends nothing, and a re-download only removes local rows (see
    :mod:`app.sync.pull`), never anything on the server. Returns the profile and
    the folder the old data went to.
    """
    from app.security import at_rest
    from app.sync import state

    aside = at_rest.set_aside(root)
    profile = open_profile(root, actor)
    with state.sync_transaction(profile.database) as session:
        state.put(session, state.REDOWNLOAD, "1")
        state.put(session, state.CURSOR, "0")
        state.put(session, SET_ASIDE_STATE, str(aside))
    log.warning("started a fresh profile; the old data is kept in %s", aside.name)
    return profile, aside


#: sync_state key: where :func:`start_fresh` put the unreadable data.
SET_ASIDE_STATE = "profile.set_aside"
