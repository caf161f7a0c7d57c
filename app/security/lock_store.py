"""Where the app lock's state is kept (no Qt): the OS keyring, or an older ``lock.json``.

The state (:class:`app.security.lock_state.LockState`) is one small JSON document
in the OS keyring, beside the profile's database key (service ``RM Desk app lock``,
user name = the profile's key id; see :mod:`app.security.keys`). Deleting or editing
a file of the profile therefore neither removes the PIN nor resets the count.
The log says where the state was moved from and what could not be read, never the state.

Where it comes from: an older build's ``lock.json`` is moved into the keyring at
first use (entry written and read back, then the file deleted; when both exist the
keyring wins). A profile started afresh by ``rmdesk recover`` (its unreadable data
set aside in ``unreadable-*/``) takes over the lock of the profile set aside, so a
recovery is no way around the PIN. A folder without a key id (not a profile yet)
keeps ``lock.json`` as before.

Fail closed: a damaged entry (or lock file), a keyring that cannot be read, or an
unreadable key id gives a *damaged* state: the app starts locked, the PIN is
disabled and only the server password unlocks (which clears the damage; the PIN,
whose hash is lost, must then be set again). A profile that never had a lock has
no entry and starts unlocked.

A read-change-write of the state (:func:`one_at_a_time`) runs one at a time per
store (a thread lock per keyring entry, or per ``lock.json``), so two checks on
worker threads cannot both count from the same number of wrong PINs.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import os
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from app.security import keys
from app.security.lock_state import LockState

log = logging.getLogger(__name__)

#: Where an older build (and a folder without a key id) keeps the state.
LOCK_FILE = "lock.json"
#: Where a recovery puts an unreadable profile (:func:`app.security.at_rest.set_aside`).
SET_ASIDE_GLOB = "unreadable-*"

_S = TypeVar("_S", bound="LockStore")
_P = ParamSpec("_P")
_R = TypeVar("_R")
_guards: dict[str, threading.RLock] = {}
_guards_lock = threading.Lock()
#: Key ids already searched for an older ``lock.json`` or a set-aside profile's lock
#: and found to have none (this process): no need to look again on every read.
_nothing_to_adopt: set[str] = set()


class LockStoreError(OSError):
    """The lock state could not be stored (keyring refused, or the key id is unreadable)."""


def _guard_of(store: str) -> threading.RLock:
    """The one thread lock of a store (shared by every :class:`LockStore` on it)."""
    with _guards_lock:
        return _guards.setdefault(store, threading.RLock())


def one_at_a_time(
    method: Callable[Concatenate[_S, _P], _R],
) -> Callable[Concatenate[_S, _P], _R]:
    """Run a read-change-write of the state under its store's thread lock."""

    @functools.wraps(method)
    def guarded(self: _S, /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
        with self._guard:
            return method(self, *args, **kwargs)

    return guarded


class _AsideUnreadable(Exception):
    """The keyring could not say whether a set-aside profile has a lock."""


def _aside_order(folder: Path) -> tuple[str, str, int]:
    """``unreadable-20261120-090000[-2]``: the newest (stamp, then number) sorts last."""
    parts = [*folder.name.split("-")[1:], "", "", ""]
    number = int(parts[2]) if parts[2].isdigit() else 1
    return parts[0], parts[1], number


class LockStore:
    """The stored lock state of one profile folder (its keyring entry, or ``lock.json``)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        #: The older build's file (moved into the keyring at first use).
        self.path = root / LOCK_FILE

    def _ident(self) -> str | None:
        """The key id naming the keyring entry; None for a folder without one (lock.json).

        Raises :class:`LockStoreError` when a key id file is there but cannot be read.
        """
        ident = keys.key_id(self.root)
        if ident is None and os.path.lexists(self.root / keys.ID_FILE):
            raise LockStoreError("the profile's key id cannot be read")
        return ident

    @property
    def _guard(self) -> threading.RLock:
        try:
            ident = self._ident()
        except LockStoreError:
            ident = None
        store = f"keyring:{ident}" if ident else f"file:{os.path.abspath(self.path)}"
        return _guard_of(store)

    def load(self) -> LockState:
        """The stored state (damaged or unreadable: PIN disabled rather than open)."""
        try:
            ident = self._ident()
        except LockStoreError:
            log.warning("the key id of %s cannot be read: the PIN stays disabled", self.root)
            return LockState.unreadable(read_failed=True)
        if ident is None:
            try:
                return self._read_file() or LockState()
            except OSError:
                log.warning("cannot read %s", self.path)
                return LockState.unreadable(read_failed=True)
        text = self._read_entry(ident)
        if isinstance(text, LockState):
            return text
        if text is None:
            return self._adopt(ident)
        if os.path.lexists(self.path):
            self._drop_file()  # an old or planted lock.json: the keyring wins
        return self._parsed(text)

    def save(self, state: LockState) -> None:
        """Store the state: the keyring entry (read back), or ``lock.json`` atomically.

        Raises :class:`LockStoreError` (an OSError) when it cannot be stored, or when
        ``state`` stands for a store that could not be read (never written over it).
        """
        if state.read_failed:
            raise LockStoreError("the app lock could not be read: not written over")
        ident = self._ident()
        if ident is None:
            self._save_file(state)
            return
        self._write_entry(ident, state)
        if os.path.lexists(self.path):
            self._drop_file()

    def _parsed(self, text: str) -> LockState:
        state = LockState.from_text(text)
        if state.damaged:
            log.warning("damaged app lock state of %s: the PIN stays disabled", self.root)
        return state

    def _read_entry(self, ident: str) -> str | LockState | None:
        """The entry's text, None if there is none, or the fail-closed state."""
        try:
            return keys.read_lock_entry(ident)
        except Exception as exc:  # KeyringUnavailableError, or a backend's own error
            log.warning(
                "cannot read the app lock from the keyring (%s): the PIN stays disabled",
                type(exc).__name__,
            )
            return LockState.unreadable(read_failed=True)

    def _write_entry(self, ident: str, state: LockState) -> None:
        try:
            keys.write_lock_entry(ident, state.to_text())
        except Exception as exc:  # KeyringUnavailableError, or a backend's own error
            raise LockStoreError(
                f"the keyring did not store the app lock ({type(exc).__name__})"
            ) from None
        _nothing_to_adopt.discard(ident)

    def _adopt(self, ident: str) -> LockState:
        """No entry yet: move an older ``lock.json`` in, or take over the lock of the
        profile a recovery set aside; else this profile never had a lock."""
        if ident in _nothing_to_adopt and not os.path.lexists(self.path):
            return LockState()
        with self._guard:
            text = self._read_entry(ident)  # another thread may have adopted it meanwhile
            if isinstance(text, LockState):
                return text
            if text is not None:
                return self._parsed(text)
            try:
                state = self._read_file()
            except OSError:
                log.warning("cannot read %s: the PIN stays disabled", self.path)
                return LockState.unreadable(read_failed=True)  # moved once readable
            source = LOCK_FILE
            if state is None:
                try:
                    state, source = self._set_aside_state(ident)
                except _AsideUnreadable:
                    return LockState.unreadable(read_failed=True)  # asked again next time
            if state is None:
                _nothing_to_adopt.add(ident)
                return LockState()
            try:
                self._write_entry(ident, state)
            except LockStoreError:
                log.warning("could not move the app lock into the keyring: kept where it is")
                return state
            if source == LOCK_FILE:
                self._drop_file()
            log.info("app lock: moved from %s into the keyring", source)
            return state

    def _set_aside_state(self, ident: str) -> tuple[LockState | None, str]:
        """The lock of the newest profile set aside by a recovery that still has one."""
        try:
            folders = sorted(self.root.glob(SET_ASIDE_GLOB), key=_aside_order, reverse=True)
        except OSError:
            return None, ""
        for folder in folders:
            other = keys.key_id(folder) if folder.is_dir() else None
            if other is None or other == ident:
                continue
            text = self._read_entry(other)
            if isinstance(text, LockState):
                raise _AsideUnreadable
            if text is not None:
                return self._parsed(text), folder.name
        return None, ""

    def _read_file(self) -> LockState | None:
        """``lock.json``'s state; None when there is none (OSError when unreadable)."""
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return None
        except UnicodeDecodeError:
            raw = ""
        state = LockState.from_text(raw)
        if state.damaged:
            log.warning("damaged %s: the PIN stays disabled until the server password", self.path)
        return state

    def _save_file(self, state: LockState) -> None:
        """Write ``lock.json`` atomically (temporary file, fsync, rename)."""
        self.root.mkdir(parents=True, exist_ok=True)
        fd, temp = tempfile.mkstemp(dir=self.root, prefix=".lock-", suffix=".tmp")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                json.dump(state.to_json(), out)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def _drop_file(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove %s (the keyring's state wins)", self.path)


def forget_lock(root: Path) -> int:
    """Delete the app lock's keyring entries of ``root`` (erasing a lost device): its own
    and those of profiles a recovery set aside in it. Returns how many were asked for.

    Raises :class:`app.security.keys.KeyringUnavailableError` when the keyring refuses.
    """
    idents = [keys.key_id(root)]
    with contextlib.suppress(OSError):
        idents += [keys.key_id(folder) for folder in root.glob(SET_ASIDE_GLOB) if folder.is_dir()]
    asked = 0
    for ident in dict.fromkeys(i for i in idents if i):
        keys.delete_lock_entry(ident)
        _nothing_to_adopt.discard(ident)
        asked += 1
    return asked
