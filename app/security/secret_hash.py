"""Slow salted hashes (scrypt, no Qt) of the app lock's secrets: the PIN and the
server password are kept only as these hashes, checked in constant time."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from typing import Any

#: scrypt cost: n=2**15, r=8 (32 MiB, ~0.1-0.3 s); stored with each hash so it can grow.
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LEN = 2**15, 8, 1, 32


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def slow_hash(secret: str, *, salt: bytes | None = None, n: int = SCRYPT_N) -> dict[str, Any]:
    """A salted scrypt hash of ``secret`` (with its parameters), to store."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(
        secret.encode("utf-8"),
        salt=salt,
        n=n,
        r=SCRYPT_R,
        p=SCRYPT_P,
        dklen=SCRYPT_LEN,
        maxmem=128 * n * SCRYPT_R * 2,
    )
    return {
        "alg": "scrypt",
        "n": n,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": _b64(salt),
        "hash": _b64(digest),
    }


def verify_hash(secret: str, stored: dict[str, Any] | None) -> bool:
    """True when ``secret`` matches a hash made by :func:`slow_hash` (constant time)."""
    if not stored or stored.get("alg") != "scrypt":
        return False
    try:
        n, r, p = int(stored["n"]), int(stored["r"]), int(stored["p"])
        salt = base64.b64decode(stored["salt"])
        expected = base64.b64decode(stored["hash"])
        digest = hashlib.scrypt(
            secret.encode("utf-8"),
            salt=salt,
            n=n,
            r=r,
            p=p,
            dklen=len(expected),
            maxmem=128 * n * r * 2,
        )
    except (KeyError, ValueError, TypeError):
        return False
    return hmac.compare_digest(digest, expected)
