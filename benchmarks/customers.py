"""Customer list at scale: list-open time and search latency against raw sqlite3 FTS.

Builds (or reuses, with ``--profile DIR``) a profile of ``--customers`` demo customers
(default 100,000), then, in one run:

* **list open**: what the customer list does when it opens — count plus the first page
  of 200 rows through :class:`app.customers.CustomerService` — and the same through the
  Qt model (``CustomerTableModel.reload`` until its ``loaded`` signal, offscreen);
* **search**: for each term, the service's count plus first page (what the list shows
  after a keystroke), beside the same query in plain ``sqlite3`` (raw: same FTS5 match,
  count and sorted first page, no ORM) and the bare FTS5 match alone
  (``SELECT rowid … MATCH … LIMIT 200``: no sort, no count).

Prints median and p95 in milliseconds and the ratio of ours to the raw query. Targets
(printed, never enforced): first page under 50 ms median at 100k, within 2× of raw.

Usage: ``QT_QPA_PLATFORM=offscreen python benchmarks/customers.py [--customers N]
[--runs K] [--profile DIR]``
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from app.customer_list import CustomerQuery  # noqa: E402
from app.customers import CustomerService  # noqa: E402
from app.demo import fill_demo  # noqa: E402
from app.profile import Profile, open_profile  # noqa: E402
from benchmarks.timing import p95, timed  # noqa: E402
from db.cipher import connect  # noqa: E402
from db.search import FtsMatch, fts_matches  # noqa: E402

TARGET_MS = 50.0
TARGET_RATIO = 2.0
FIRST_PAGE = 200
#: (label, term): short Chinese, longer Chinese, a person, a USCC prefix, a common word.
TERMS = (
    ("brand, 2 chars", "恒达"),
    ("trade, 4 chars", "机械制造"),
    ("city + brand", "杭州恒"),
    ("person, 2 chars", "王伟"),
    ("USCC prefix", "9133"),
    ("very common", "有限公司"),
    ("no match", "不存在的企业"),
)


def raw_fts(conn: sqlite3.Connection, term: str) -> Callable[[], object]:
    """The bare FTS5 match for ``term`` (first 200 row ids, no sort, no count), raw sqlite3."""
    match = fts_matches(term)[0]
    sql = f"SELECT rowid FROM {match.table} WHERE {match.table} MATCH ? LIMIT ?"
    return lambda: conn.execute(sql, (match.expression, FIRST_PAGE)).fetchall()


def _in(match: FtsMatch) -> str:
    return f"rowid IN (SELECT rowid FROM {match.table} WHERE {match.table} MATCH ?)"


def raw_list(conn: sqlite3.Connection, term: str) -> Callable[[], object]:
    """What the list asks for ``term`` — count and first page by name — as plain sqlite3 SQL.

    The straightforward SQL a developer would write: exact count, rowid IN the matches.
    """
    matches = fts_matches(term)
    where = " AND ".join(["deleted_at IS NULL", *(_in(m) for m in matches)])
    args = tuple(m.expression for m in matches)
    count_sql = f"SELECT count(*) FROM customers WHERE {where}"
    page_sql = (
        "SELECT id, name, uscc, industry_code, city, employees, annual_revenue, size,"
        f" eligible, status, segment FROM customers WHERE {where} ORDER BY name, id LIMIT ?"
    )
    return lambda: (
        conn.execute(count_sql, args).fetchone(),
        conn.execute(page_sql, (*args, FIRST_PAGE)).fetchall(),
    )


def open_or_build(root: Path, customers: int) -> Profile:
    """The profile at ``root``, filled with ``customers`` demo customers if it has fewer."""
    profile = open_profile(root)
    service = CustomerService(profile.database, "bench")
    have = service.count()
    if have < customers:
        start = time.perf_counter()
        fill_demo(profile.database, customers - have, "bench", seed=2026 + have)
        print(f"built {customers - have:,} demo customers in {time.perf_counter() - start:.1f} s")
    return profile


def model_open_ms(service: CustomerService, runs: int) -> list[float]:
    """Milliseconds from ``CustomerTableModel.reload()`` to its ``loaded`` signal."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from ui.customer_model import CustomerTableModel

    app = QApplication.instance() or QApplication([])
    samples = []
    for i in range(runs + 1):
        model = CustomerTableModel(service)
        loop = QEventLoop()
        model.loaded.connect(loop.quit)
        start = time.perf_counter()
        model.reload()
        loop.exec()
        if i:
            samples.append((time.perf_counter() - start) * 1000)
        assert model.rowCount() == min(FIRST_PAGE, model.total)
    del app
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--profile", type=Path, help="reuse (or build) the profile here")
    args = parser.parse_args()
    # The profile is encrypted; with no OS keyring (CI, a server) keep its key in a file.
    os.environ.setdefault(
        "RMDESK_KEYRING_FILE", str(Path(tempfile.gettempdir()) / "rmdesk-bench-keys.json")
    )

    with tempfile.TemporaryDirectory() as tmp:
        profile = open_or_build(args.profile or Path(tmp) / "profile", args.customers)
        service = CustomerService(profile.database, "bench")
        total = service.count()
        print(f"customers: {total:,}  runs per figure: {args.runs}\n")

        def first_page(query: CustomerQuery) -> Callable[[], object]:
            return lambda: service.first_page(query, FIRST_PAGE)

        open_samples = timed(first_page(CustomerQuery()), args.runs)
        model_samples = model_open_ms(service, args.runs)
        print(f"{'list open':<34} {'median':>8} {'p95':>8}")
        print(
            f"{'  service: count + first page':<34} {statistics.median(open_samples):8.2f}"
            f" {p95(open_samples):8.2f} ms"
        )
        print(
            f"{'  Qt model: reload → loaded':<34} {statistics.median(model_samples):8.2f}"
            f" {p95(model_samples):8.2f} ms\n"
        )

        conn = connect(profile.paths.database, profile.database.key, readonly=True)
        print("search: ours = service count + first page; raw = the same SQL in plain sqlite3;")
        print("        fts = the bare FTS5 match (first 200 ids, no sort, no count)\n")
        print(
            f"{'term':<24}{'hits':>8} {'ours med':>9} {'ours p95':>9} {'raw med':>8}"
            f" {'raw p95':>8} {'ratio':>6} {'fts med':>8}"
        )
        worst_median, worst_ratio = 0.0, 0.0
        for label, term in TERMS:
            query = CustomerQuery(search=term)
            hits = service.count(query)  # exact, for the table
            ours = timed(first_page(query), args.runs)
            raw = timed(raw_list(conn, term), args.runs)
            bare = timed(raw_fts(conn, term), args.runs)
            ratio = statistics.median(ours) / max(statistics.median(raw), 1e-3)
            worst_median = max(worst_median, statistics.median(ours))
            worst_ratio = max(worst_ratio, ratio)
            print(
                f"{label + ' ' + term:<24}{hits:>8,} {statistics.median(ours):9.2f}"
                f" {p95(ours):9.2f} {statistics.median(raw):8.2f} {p95(raw):8.2f}"
                f" {ratio:6.2f} {statistics.median(bare):8.2f}"
            )
        conn.close()
        profile.close()
        print(f"\nworst median first page: {worst_median:.2f} ms (target < {TARGET_MS:.0f} ms)")
        print(f"worst ratio to raw query: {worst_ratio:.2f}× (target ≤ {TARGET_RATIO:.0f}×)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
