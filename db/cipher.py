"""Raw connections to a profile database, plain or encrypted with SQLCipher.

Quick to import (no SQLAlchemy): start-up and the status figures read the file
with these before the data core is loaded. ``key`` is the 256-bit raw key; None
opens an unencrypted SQLite file (tests and the migration of old profiles).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import cast

from sqlcipher3 import dbapi2 as sqlcipher

#: Every error either driver raises (sqlcipher3 has its own exception classes).
ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher.Error)
#: A file that is not a database, or one that the key does not open.
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher.DatabaseError)


def key_pragma(key: bytes, schema: str = "main") -> str:
    """``PRAGMA key`` with a raw 256-bit key (no passphrase derivation)."""
    if len(key) != 32:
        raise ValueError("the database key must be 32 bytes")
    return f"PRAGMA {schema}.key = \"x'{key.hex()}'\""


def prepare(conn: sqlite3.Connection, key: bytes) -> None:
    """Key a fresh SQLCipher connection (silencing SQLCipher's own stderr log)."""
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(key_pragma(key))
    conn.execute("PRAGMA temp_store = MEMORY")  # no plaintext temp files
    conn.execute("PRAGMA cache_size = -32000")  # decrypted pages kept, not decrypted again


def connect(
    path: Path, key: bytes | None, *, readonly: bool = False, timeout: float = 10.0
) -> sqlite3.Connection:
    """A DB-API connection to ``path``; read-only connections never create the file."""
    target = f"file:{path}?mode=ro" if readonly else f"file:{path}"
    if key is None:
        return sqlite3.connect(target, uri=True, timeout=timeout)
    conn = cast(sqlite3.Connection, sqlcipher.connect(target, uri=True, timeout=timeout))
    try:
        prepare(conn, key)
    except BaseException:
        conn.close()
        raise
    return conn
