"""The profile's encryption key: 256 random bits in the OS keyring, never beside the data.

Each profile folder holds a non-secret random id in the file ``key-id``; the key
itself lives in the OS keyring (``keyring``: Windows Credential Manager, macOS
Keychain, Secret Service on Linux) under the service :data:`SERVICE` with that id
as the user name. A copied or moved profile folder therefore keeps its key on the
same computer account, and on any other computer it cannot be read. The key is
never written to the profile, the settings or the logs. Attachments use a key
derived from it (:mod:`app.security.crypto`).

The app lock's state (:mod:`app.security.lock_store`: PIN hash, wrong-PIN count, idle
minutes) is a second entry beside the key: service :data:`LOCK_SERVICE`, the same
key id as user name. Deleting a file of the profile therefore removes neither.

``RMDESK_KEYRING_FILE``: for CI and headless development only, keep the keys in
that plaintext JSON file instead of the OS keyring (it must lie outside the
profile folder; a warning is logged whenever it is used).
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import tempfile
import threading
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SERVICE = "RM Desk database key"
#: The app lock's entry (same user name as the database key: the profile's key id).
LOCK_SERVICE = "RM Desk app lock"
ID_FILE = "key-id"
KEY_BYTES = 32
ENV_FILE = "RMDESK_KEYRING_FILE"

_cache: dict[Path, bytes] = {}
_warned: list[bool] = []


class KeyringUnavailableError(RuntimeError):
    """The OS keyring cannot be used (none installed, locked, refused)."""


def _root(root: Path) -> Path:
    return root.expanduser().resolve()


class PlaintextFileKeyring:
    """Secrets in a JSON file (``RMDESK_KEYRING_FILE``): CI and headless development only."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def _load(self) -> dict[str, str]:
        try:
            data: Any = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _save(self, data: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=self.path.parent, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out)
        os.replace(temp, self.path)

    def get_password(self, service: str, username: str) -> str | None:
        """The secret stored for ``service``/``username``."""
        return self._load().get(f"{service}\x00{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        """Store (replace) a secret."""
        with _FILE_WRITES:  # read-change-write: two threads must not lose each other's entry
            data = self._load()
            data[f"{service}\x00{username}"] = password
            self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        """Remove a secret (nothing if absent)."""
        with _FILE_WRITES:
            data = self._load()
            if data.pop(f"{service}\x00{username}", None) is not None:
                self._save(data)


#: One writer at a time of the plaintext key file (within this process).
_FILE_WRITES = threading.Lock()


def _file_backend() -> PlaintextFileKeyring | None:
    path = os.environ.get(ENV_FILE)
    if not path:
        return None
    if not _warned:
        _warned.append(True)
        log.warning("keys kept in a plaintext file (%s is set): not for real use", ENV_FILE)
    return PlaintextFileKeyring(Path(path))


def _get(username: str) -> str | None:
    return _get_entry(SERVICE, username)


def _set(username: str, secret: str) -> None:
    _set_entry(SERVICE, username, secret)


def _delete(username: str) -> None:
    _delete_entry(SERVICE, username)


def key_id(root: Path) -> str | None:
    """The profile's (non-secret) key id, or None if it has none yet."""
    try:
        text = (root / ID_FILE).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text or None


def cached_key(root: Path) -> bytes | None:
    """The key of ``root`` if this process has already loaded it (no keyring access)."""
    return _cache.get(_root(root))


def load_key(root: Path) -> bytes | None:
    """The profile's key from the keyring; None when it has no id or the entry is missing.

    Raises :class:`KeyringUnavailableError` when the keyring cannot be asked.
    """
    cached = cached_key(root)
    if cached is not None:
        return cached
    ident = key_id(root)
    if ident is None:
        return None
    secret = _get(ident)
    if secret is None:
        return None
    try:
        key = bytes.fromhex(secret)
    except ValueError:
        return None
    if len(key) != KEY_BYTES:
        return None
    _cache[_root(root)] = key
    return key


def create_key(root: Path) -> bytes:
    """A new random key for ``root``: stored in the keyring, then its id in the folder."""
    ident = secrets.token_hex(16)
    key = secrets.token_bytes(KEY_BYTES)
    _set(ident, key.hex())
    if _get(ident) != key.hex():  # some backends fail quietly
        raise KeyringUnavailableError("the keyring did not keep the key")
    root.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=root, prefix=".key-id-", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="ascii") as out:
        out.write(ident + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(temp, root / ID_FILE)
    _cache[_root(root)] = key
    return key


def forget_key(root: Path) -> None:
    """Remove the profile's key from the keyring and from memory (the data becomes unreadable)."""
    _cache.pop(_root(root), None)
    ident = key_id(root)
    if ident is not None:
        _delete(ident)


def drop_cached(root: Path) -> None:
    """Forget the key held in memory for ``root`` (the keyring keeps it)."""
    _cache.pop(_root(root), None)


# --- keyring entries (the database key's and the app lock's) ---------------------------


def _get_entry(service: str, username: str) -> str | None:
    backend = _file_backend()
    if backend is not None:
        return backend.get_password(service, username)
    import keyring  # ~50 ms to import: only when the OS keyring is asked
    import keyring.errors

    try:
        value: str | None = keyring.get_password(service, username)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(type(exc).__name__) from None
    return value


def _set_entry(service: str, username: str, secret: str) -> None:
    backend = _file_backend()
    if backend is not None:
        backend.set_password(service, username, secret)
        return
    import keyring
    import keyring.errors

    try:
        keyring.set_password(service, username, secret)
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(type(exc).__name__) from None


def _delete_entry(service: str, username: str) -> None:
    backend = _file_backend()
    if backend is not None:
        backend.delete_password(service, username)
        return
    import keyring
    import keyring.errors

    try:
        keyring.delete_password(service, username)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailableError(type(exc).__name__) from None


def read_lock_entry(ident: str) -> str | None:
    """The app lock's stored state for key id ``ident`` (None: there is none).

    Raises :class:`KeyringUnavailableError` when the keyring cannot be asked.
    """
    return _get_entry(LOCK_SERVICE, ident)


def write_lock_entry(ident: str, text: str) -> None:
    """Store (replace) the app lock's state for key id ``ident``, checked by reading it back.

    Raises :class:`KeyringUnavailableError` when the keyring refuses or does not keep it.
    """
    _set_entry(LOCK_SERVICE, ident, text)
    if _get_entry(LOCK_SERVICE, ident) != text:  # some backends fail quietly
        raise KeyringUnavailableError("the keyring did not keep the app lock")


def delete_lock_entry(ident: str) -> None:
    """Remove the app lock's entry of key id ``ident`` (nothing if there is none)."""
    _delete_entry(LOCK_SERVICE, ident)
