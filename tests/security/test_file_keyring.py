"""The demo/CI keyring backend: a sign-in token and the profile key share one file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import keyring, keyring.errors
from app.security.file_keyring import FileKeyring
assert isinstance(keyring.get_keyring(), FileKeyring), keyring.get_keyring()
keyring.set_password("RM Desk sync", "http://127.0.0.1:8765|rm01", "refresh-token")
assert keyring.get_password("RM Desk sync", "http://127.0.0.1:8765|rm01") == "refresh-token"
keyring.set_password("RM Desk sync", "other", "x")
keyring.delete_password("RM Desk sync", "other")
try:
    keyring.delete_password("RM Desk sync", "other")
except keyring.errors.PasswordDeleteError:
    print("gone")
"""


def test_keyring_selected_by_name_keeps_secrets_in_the_file(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    env = {
        **os.environ,
        "RMDESK_KEYRING_FILE": str(path),
        "PYTHON_KEYRING_BACKEND": "app.security.file_keyring.FileKeyring",
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "gone"
    stored = json.loads(path.read_text(encoding="utf-8"))
    assert stored == {"RM Desk sync\x00http://127.0.0.1:8765|rm01": "refresh-token"}


def test_threads_writing_the_plaintext_key_file_lose_no_entry(tmp_path: Path) -> None:
    """A PIN check storing the lock while sync stores its token: both entries survive."""
    import threading

    from app.security.keys import PlaintextFileKeyring

    store = PlaintextFileKeyring(tmp_path / "keys.json")

    def write(thread: int) -> None:
        for n in range(40):
            store.set_password("svc", f"{thread}-{n}", "secret")

    threads = [threading.Thread(target=write, args=(t,)) for t in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    missing = [
        f"{t}-{n}"
        for t in range(6)
        for n in range(40)
        if store.get_password("svc", f"{t}-{n}") is None
    ]
    assert missing == []
