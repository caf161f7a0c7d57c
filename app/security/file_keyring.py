"""A keyring backend over the ``RMDESK_KEYRING_FILE`` plaintext file (demo and CI only).

On a machine without an OS keyring (headless, CI), ``make run`` selects it with
``PYTHON_KEYRING_BACKEND=app.security.file_keyring.FileKeyring`` so the sign-in's
refresh token goes to the same file as the demo profile's key
(:class:`app.security.keys.PlaintextFileKeyring`). Never for real profiles.
"""

from __future__ import annotations

import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from app.security.keys import ENV_FILE, PlaintextFileKeyring


class FileKeyring(KeyringBackend):
    """keyring's backend API over the file named by ``$RMDESK_KEYRING_FILE``."""

    priority = 0.1  # only when asked for by name

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self._file = PlaintextFileKeyring(Path(os.environ[ENV_FILE]))

    def get_password(self, service: str, username: str) -> str | None:
        """The secret stored for ``service``/``username``."""
        return self._file.get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        """Store (replace) a secret."""
        self._file.set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        """Remove a secret; :class:`PasswordDeleteError` if there is none (keyring's rule)."""
        if self._file.get_password(service, username) is None:
            raise PasswordDeleteError(username)
        self._file.delete_password(service, username)
