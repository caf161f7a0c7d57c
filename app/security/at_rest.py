"""Encryption at rest of a profile folder, and the move of older plaintext profiles to it.

What is encrypted: the database (SQLCipher, see :mod:`db.cipher`), its backups,
attachments and cached thumbnails (AES-GCM, :mod:`app.security.crypto`).

Encrypting a plaintext SQLite file in place (:func:`encrypt_in_place`) never risks
the data: the encrypted copy is exported next to it (``<name>.encrypting``),
checked (integrity check, the same tables with the same row counts), synced to
disk, and only then takes the file's name; the plaintext, renamed
``<name>.plaintext`` for that moment, is then overwritten and deleted. A crash at
any step leaves either the plaintext under its own name or a verified encrypted
file; :func:`finish_interrupted` completes or undoes a run that was cut short.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache
from pathlib import Path

from app.security import keys
from app.security.crypto import FileCipher, TamperedFileError, is_encrypted
from db.cipher import DATABASE_ERRORS, connect

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
ENCRYPTING = ".encrypting"
PLAINTEXT = ".plaintext"
_SIDE_FILES = ("", "-wal", "-shm", "-journal")
_CHUNK = 1024 * 1024


class EncryptionCheckError(RuntimeError):
    """The encrypted copy does not match the plaintext; the plaintext was kept."""


# -- files ---------------------------------------------------------------------


def fsync_dir(path: Path) -> None:
    """Make a rename or new entry in ``path`` durable (POSIX; Windows cannot open folders)."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def shred(path: Path) -> None:
    """Overwrite ``path`` with zeros (synced to disk), then delete it; nothing if absent.

    On SSDs and copy-on-write file systems the old blocks may survive the
    overwrite; the encryption, not this, is what protects data written from now on.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    with path.open("r+b") as handle:
        zeros = bytes(min(size, _CHUNK))
        left = size
        while left > 0:
            step = min(left, len(zeros))
            handle.write(zeros[:step])
            left -= step
        handle.flush()
        os.fsync(handle.fileno())
    path.unlink()


def _with_suffix(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _write_synced(path: Path, data: bytes) -> None:
    with path.open("wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())


# -- the database ----------------------------------------------------------------


def is_plaintext_sqlite(path: Path) -> bool:
    """Whether ``path`` starts like an unencrypted SQLite file."""
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _table_counts(conn: sqlite3.Connection, schema: str = "main") -> dict[str, int]:
    names = [
        str(row[0])
        for row in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type='table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    return {
        name: int(conn.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0])
        for name in names
    }


def _verify_copy(copy: Path, key: bytes, expected: dict[str, int]) -> None:
    conn = connect(copy, key, readonly=True)
    try:
        check = [str(row[0]) for row in conn.execute("PRAGMA integrity_check")]
        if check != ["ok"]:
            raise EncryptionCheckError(f"integrity check: {check[:3]}")
        got = _table_counts(conn)
    finally:
        conn.close()
    if got != expected:
        differ = sorted(set(got.items()) ^ set(expected.items()))[:5]
        raise EncryptionCheckError(f"row counts differ: {differ}")


def _export(plain: Path, target: Path, key: bytes) -> dict[str, int]:
    """Write an encrypted copy of ``plain`` to ``target``; the plaintext's row counts."""
    from sqlcipher3 import dbapi2 as sqlcipher

    for suffix in _SIDE_FILES:
        _with_suffix(target, suffix).unlink(missing_ok=True)
    conn = sqlcipher.connect(str(plain))  # no key: reads the plaintext file and its WAL
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        counts = _table_counts(conn)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        conn.execute("ATTACH DATABASE ? AS enc KEY ?", (str(target), f"x'{key.hex()}'"))
        conn.execute("SELECT sqlcipher_export('enc')")
        conn.execute(f"PRAGMA enc.user_version = {version}")
        conn.commit()
        conn.execute("DETACH DATABASE enc")
    finally:
        conn.close()
    with target.open("rb+") as handle:
        os.fsync(handle.fileno())
    return counts


def encrypt_in_place(path: Path, key: bytes) -> None:
    """Replace the plaintext SQLite file ``path`` by a verified encrypted copy, then shred it.

    Raises :class:`EncryptionCheckError` (the plaintext untouched) if the copy differs.
    """
    target = _with_suffix(path, ENCRYPTING)
    counts = _export(path, target, key)
    try:
        _verify_copy(target, key, counts)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    aside = _with_suffix(path, PLAINTEXT)
    # The plaintext (with its WAL, if any) steps aside under one name, then the copy
    # takes the real name: a crash in between is undone by finish_interrupted.
    for suffix in reversed(_SIDE_FILES):
        source = _with_suffix(path, suffix)
        if source.exists():
            os.replace(source, _with_suffix(aside, suffix))
    os.replace(target, path)
    fsync_dir(path.parent)
    for suffix in reversed(_SIDE_FILES):
        shred(_with_suffix(aside, suffix))
    log.info("database %s encrypted in place", path.name)


def opens_with(path: Path, key: bytes) -> bool:
    """Whether the encrypted database ``path`` decrypts with ``key``."""
    try:
        conn = connect(path, key, readonly=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except DATABASE_ERRORS:
        return False
    return True


def finish_interrupted(path: Path, key: bytes | None) -> None:
    """Complete or undo an :func:`encrypt_in_place` of ``path`` that a crash cut short."""
    _with_suffix(path, ENCRYPTING).unlink(missing_ok=True)  # unverified: made again
    for suffix in _SIDE_FILES[1:]:
        _with_suffix(_with_suffix(path, ENCRYPTING), suffix).unlink(missing_ok=True)
    aside = _with_suffix(path, PLAINTEXT)
    if not aside.exists():
        return
    if not path.exists():
        # The plaintext had stepped aside, the copy had not yet taken its place.
        for suffix in _SIDE_FILES:
            moved = _with_suffix(aside, suffix)
            if moved.exists():
                os.replace(moved, _with_suffix(path, suffix))
        log.info("interrupted encryption of %s undone; it runs again", path.name)
        return
    if key is not None and not is_plaintext_sqlite(path) and opens_with(path, key):
        for suffix in reversed(_SIDE_FILES):
            shred(_with_suffix(aside, suffix))
        log.info("interrupted encryption of %s completed", path.name)


def has_leftovers(path: Path) -> bool:
    """Whether an encryption of ``path`` was cut short (finish_interrupted has work)."""
    return _with_suffix(path, ENCRYPTING).exists() or _with_suffix(path, PLAINTEXT).exists()


def encrypt_backups(folder: Path, key: bytes) -> int:
    """Encrypt every plaintext database copy in ``folder``; how many were encrypted."""
    if not folder.is_dir():
        return 0
    done = 0
    for path in sorted(folder.glob("*.sqlite3")):
        finish_interrupted(path, key)
        if is_plaintext_sqlite(path):
            encrypt_in_place(path, key)
            done += 1
    for leftover in folder.glob(f"*.sqlite3{PLAINTEXT}"):
        finish_interrupted(leftover.with_name(leftover.name.removesuffix(PLAINTEXT)), key)
    return done


# -- attachments and caches -----------------------------------------------------


@lru_cache(maxsize=8)
def _cipher(key: bytes) -> FileCipher:
    return FileCipher.for_database_key(key)


def file_cipher(key: bytes) -> FileCipher:
    """The file cipher of the profile whose database key is ``key``."""
    return _cipher(key)


def file_cipher_for(path: Path) -> FileCipher | None:
    """The cipher of the open profile that holds ``path``, None outside any such profile."""
    for folder in (path, *path.parents):
        key = keys.cached_key(folder)
        if key is not None:
            return _cipher(key)
    return None


def _blob_files(folder: Path) -> Iterator[Path]:
    for path in folder.rglob("*"):
        if len(path.name) == 64 and path.is_file():
            yield path


def encrypt_attachments(folder: Path, cipher: FileCipher) -> int:
    """Encrypt every plaintext blob of the store ``folder`` in place; how many were."""
    if not folder.is_dir():
        return 0
    for aside in list(folder.rglob(f"*{PLAINTEXT}")):
        blob = aside.with_name(aside.name.removesuffix(PLAINTEXT))
        if blob.exists():
            try:
                cipher.decrypt(blob.read_bytes(), blob.name)
            except (TamperedFileError, OSError):
                os.replace(aside, blob)  # the sealed copy is not good: start again
                continue
            shred(aside)
        else:
            os.replace(aside, blob)
    for leftover in list(folder.glob(".incoming-*.part")):  # crashed adds and downloads
        shred(leftover)
    done = 0
    for blob in list(_blob_files(folder)):
        with blob.open("rb") as handle:
            if is_encrypted(handle.read(8)):
                continue
        data = blob.read_bytes()
        if hashlib.sha256(data).hexdigest() != blob.name:
            log.warning("attachment %s… does not match its hash", blob.name[:12])
        sealed = _with_suffix(blob, ENCRYPTING)
        _write_synced(sealed, cipher.encrypt(data, blob.name))
        aside = _with_suffix(blob, PLAINTEXT)
        os.replace(blob, aside)
        os.replace(sealed, blob)
        fsync_dir(blob.parent)
        shred(aside)
        done += 1
    return done


def shred_plaintext_cache(folder: Path) -> int:
    """Shred every file in the cache ``folder`` that is not encrypted; how many were."""
    if not folder.is_dir():
        return 0
    done = 0
    for path in list(folder.rglob("*")):
        if not path.is_file():
            continue
        try:
            with path.open("rb") as handle:
                head = handle.read(8)
        except OSError:
            continue
        if not is_encrypted(head):
            shred(path)
            done += 1
    return done


# -- an unreadable profile --------------------------------------------------------

#: What moves aside when a profile cannot be decrypted (everything that needs its key).
SET_ASIDE = ("rmdesk.sqlite3", "attachments", "thumbnails", "backups", keys.ID_FILE)


def set_aside(root: Path) -> Path:
    """Move the unreadable database, its key id and encrypted files into a new subfolder.

    Nothing is deleted: support may still recover it with the right key.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = root / f"unreadable-{stamp}"
    n = 1
    while target.exists():
        n += 1
        target = root / f"unreadable-{stamp}-{n}"
    target.mkdir(parents=True)
    for name in SET_ASIDE:
        for suffix in (*_SIDE_FILES, ENCRYPTING, PLAINTEXT) if name.endswith("3") else ("",):
            source = root / (name + suffix)
            if source.exists():
                shutil.move(str(source), str(target / source.name))
    fsync_dir(root)
    keys.drop_cached(root)
    log.warning("unreadable profile data moved aside to %s", target.name)
    return target
