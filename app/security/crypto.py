"""Authenticated encryption of files in the profile (AES-256-GCM, ``cryptography``).

An encrypted file is ``MAGIC`` + a random 96-bit nonce + the AES-GCM ciphertext
with its 128-bit tag. The associated data binds the file to its name (for a blob:
its SHA-256), so a blob swapped for another, truncated or altered raises
:class:`TamperedFileError` instead of giving garbage. The file key is derived
from the database key with HKDF-SHA256 (one secret in the keyring, separate keys
for separate uses).
"""

from __future__ import annotations

import os

# ``cryptography`` is imported when a cipher is made, not at start-up (is_ready).

MAGIC = b"RMDB\x01"
NONCE_BYTES = 12
TAG_BYTES = 16
OVERHEAD = len(MAGIC) + NONCE_BYTES + TAG_BYTES
_FILES_INFO = b"rmdesk attachments and caches v1"


class TamperedFileError(OSError):
    """An encrypted file that does not decrypt: changed, truncated or under another key."""


def derive_file_key(database_key: bytes) -> bytes:
    """The 256-bit key for files, derived from the database key (HKDF-SHA256)."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=_FILES_INFO)
    return hkdf.derive(database_key)


def is_encrypted(data: bytes) -> bool:
    """Whether ``data`` (or the first bytes of a file) is in this module's format."""
    return data.startswith(MAGIC)


class FileCipher:
    """Encrypts and decrypts whole files under one key."""

    def __init__(self, key: bytes) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead = AESGCM(key)

    @classmethod
    def for_database_key(cls, database_key: bytes) -> FileCipher:
        """The cipher for files of the profile whose database key is ``database_key``."""
        return cls(derive_file_key(database_key))

    def encrypt(self, plaintext: bytes, name: str) -> bytes:
        """``plaintext`` sealed, bound to ``name``."""
        nonce = os.urandom(NONCE_BYTES)
        return MAGIC + nonce + self._aead.encrypt(nonce, plaintext, MAGIC + name.encode())

    def decrypt(self, sealed: bytes, name: str) -> bytes:
        """The plaintext of ``sealed`` (TamperedFileError when it is not authentic)."""
        if not is_encrypted(sealed) or len(sealed) < OVERHEAD:
            raise TamperedFileError(f"{name}: not an encrypted RM Desk file")
        from cryptography.exceptions import InvalidTag

        nonce = sealed[len(MAGIC) : len(MAGIC) + NONCE_BYTES]
        try:
            return self._aead.decrypt(
                nonce, sealed[len(MAGIC) + NONCE_BYTES :], MAGIC + name.encode()
            )
        except InvalidTag:
            raise TamperedFileError(
                f"{name}: the encrypted file has been changed or damaged"
            ) from None
