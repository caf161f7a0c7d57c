"""What encryption at rest costs: the same queries on an encrypted profile and a plain copy.

Builds a demo profile (encrypted, as RM Desk keeps it) of ``--customers`` customers,
exports a plaintext copy of its database, then times, alternating between the two
so that other load on the machine hits both alike:

* list open (count + first page) and searches, through :class:`CustomerService`;
* opening the database (a new engine and its first query);
* attachments: adding a 2 MB picture and reading it back (AES-GCM vs plain files).

Prints medians in milliseconds and the ratio encrypted / plain.

Usage: ``python benchmarks/at_rest.py [--customers N] [--runs K]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from app.attachment_store import AttachmentStore  # noqa: E402
from app.customer_list import CustomerQuery  # noqa: E402
from app.customers import CustomerService  # noqa: E402
from app.demo import fill_demo  # noqa: E402
from app.profile import open_profile  # noqa: E402
from db.database import Database  # noqa: E402

TERMS = ["恒达", "机械制造", "杭州恒", "王伟", "9133", "有限公司", "不存在的企业"]


def plain_copy(source: Path, key: bytes, target: Path) -> None:
    """An unencrypted copy of the encrypted database ``source``."""
    from db.cipher import connect

    conn = connect(source, key)
    try:
        conn.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        conn.execute("SELECT sqlcipher_export('plain')")
        conn.execute("DETACH DATABASE plain")
    finally:
        conn.close()


def ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def compare(label: str, enc: Callable[[], object], plain: Callable[[], object], runs: int) -> None:
    enc(), plain()  # warm up both
    a: list[float] = []
    b: list[float] = []
    for _ in range(runs):
        a.append(ms(enc))
        b.append(ms(plain))
    ma, mb = statistics.median(a), statistics.median(b)
    print(f"{label:<28} {ma:9.2f} {mb:9.2f} {ma / mb if mb else 0:7.2f}×")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    os.environ.setdefault(
        "RMDESK_KEYRING_FILE", str(Path(tempfile.gettempdir()) / "rmdesk-bench-keys.json")
    )
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "profile"
        profile = open_profile(root)
        started = time.perf_counter()
        fill_demo(profile.database, args.customers, "bench")
        print(
            f"built {args.customers:,} customers (encrypted)"
            f" in {time.perf_counter() - started:.1f} s"
        )
        key = profile.database.key
        assert key is not None
        plain_path = Path(tmp) / "plain.sqlite3"
        plain_copy(profile.paths.database, key, plain_path)
        plain = Database(plain_path)
        enc_service = CustomerService(profile.database, "bench")
        plain_service = CustomerService(plain, "bench")
        print(f"\n{'median ms':<28} {'encrypted':>9} {'plain':>9} {'ratio':>8}")

        def page(service: CustomerService, term: str) -> Callable[[], object]:
            return lambda: service.first_page(CustomerQuery(search=term), 200)

        compare("list open", page(enc_service, ""), page(plain_service, ""), args.runs)
        for term in TERMS:
            compare(f"search {term}", page(enc_service, term), page(plain_service, term), args.runs)

        def reopen(path: Path, with_key: bytes | None) -> Callable[[], object]:
            def run() -> None:
                database = Database(path, with_key)
                database.unsynced_count()
                database.close()

            return run

        compare("open database", reopen(profile.paths.database, key), reopen(plain_path, None), 5)

        from PIL import Image

        picture = Path(tmp) / "scan.png"
        Image.frombytes("RGB", (820, 820), os.urandom(820 * 820 * 3)).save(picture)
        enc_store = AttachmentStore(profile.paths.attachments)
        plain_store = AttachmentStore(Path(tmp) / "plain-attachments")
        assert enc_store.cipher is not None and plain_store.cipher is None
        sha = enc_store.add(picture).sha256
        plain_store.add(picture)
        size_mb = picture.stat().st_size / 1e6
        compare(
            f"attachment add ({size_mb:.1f} MB)",
            lambda: enc_store.add(picture),
            lambda: plain_store.add(picture),
            5,
        )
        compare(
            f"attachment read ({size_mb:.1f} MB)",
            lambda: enc_store.read(sha),
            lambda: plain_store.read(sha),
            args.runs,
        )
        plain.close()
        profile.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
