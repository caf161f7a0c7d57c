"""RM dashboard at scale: time to recompute every figure, beside a bare count.

Builds (or reuses, with ``--profile DIR``) a profile of ``--customers`` demo
customers (default 100,000; :func:`app.demo.fill_demo`) plus a pipeline of
``--applications`` (default 5,000): applications in every stage with their
checklists and documents, server decisions, loans for some approvals, visits
(1.5 per application) and alerts (all through the unit of work's bulk insert,
outbox included), then, in one run:

* **dashboard**: :func:`app.rm_dashboard.dashboard_figures` (everything the page shows);
* its parts, for diagnosis: funnel/completeness, portfolio, month, inspections;
* :meth:`app.inspections.InspectionService.inspections_due`, for reference;
* **baseline**: ``SELECT count(*) FROM customers`` through the same engine.

Prints median and p95 in milliseconds. Target (printed, never enforced): the
dashboard under 200 ms median at 100k customers.

Usage: ``python benchmarks/dashboard.py [--customers N] [--applications N] [--runs K]
[--profile DIR]``
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from sqlalchemy import func, select, text  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from app import rm_dashboard  # noqa: E402
from app.business_days import load_holidays  # noqa: E402
from app.catalogue import load_catalogue  # noqa: E402
from app.demo import fill_demo  # noqa: E402
from app.inspections import InspectionService, load_inspection_rules  # noqa: E402
from app.pipeline import china_day_start  # noqa: E402
from app.profile import Profile, open_profile  # noqa: E402
from app.visits.times import RM_TIME_ZONE  # noqa: E402
from db.database import Database  # noqa: E402
from db.models import (  # noqa: E402
    Application,
    ChecklistItem,
    Customer,
    Document,
    Loan,
    RiskAlert,
    Visit,
)

TARGET_MS = 200.0
TABLES = (
    "customers",
    "applications",
    "checklist_items",
    "loans",
    "visits",
    "risk_alerts",
    "outbox",
)
ACTOR = "bench"
#: (status, weight) of the generated applications.
STATUSES = (
    ("draft", 25),
    ("ready", 10),
    ("submitted", 20),
    ("approved", 30),
    ("declined", 8),
    ("more_documents", 7),
)
ITEM_STATES = ("missing", "received", "verified", "waived")
ITEM_WEIGHTS = (2, 6, 3, 1)


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    """Milliseconds of ``runs`` calls of ``fn`` (after one warm-up call)."""
    fn()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def p95(samples: list[float]) -> float:
    """The 95th percentile of ``samples``."""
    return statistics.quantiles(samples, n=20)[-1] if len(samples) > 1 else samples[0]


def _moment(rng: random.Random, today: date, max_days: int) -> datetime:
    day = today - timedelta(days=rng.randrange(max_days))
    local = datetime(day.year, day.month, day.day, rng.randrange(8, 19), tzinfo=RM_TIME_ZONE)
    return local.astimezone(UTC)


def fill_pipeline(database: Database, today: date, share: float = 0.2, seed: int = 7) -> int:
    """Applications (with checklists), decisions, loans, visits and alerts for demo customers."""
    rng = random.Random(seed)
    catalogue = load_catalogue()
    products = list(catalogue.products.values())
    with database.reading() as session:
        customers = list(session.scalars(select(Customer.id).order_by(Customer.id)))
    chosen = rng.sample(customers, int(len(customers) * share))
    apps: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = []
    loans: list[dict[str, Any]] = []
    for customer_id in chosen:
        product = rng.choice(products)
        status = rng.choices([s for s, _w in STATUSES], [w for _s, w in STATUSES])[0]
        app_id = f"{len(apps):08d}-0000-4000-8000-{rng.getrandbits(48):012x}"
        amount_wan = rng.randint(int(product.amount_min / 10_000), int(product.amount_max / 10_000))
        row: dict[str, Any] = {
            "id": app_id,
            "customer_id": customer_id,
            "product_code": product.code,
            "catalogue_version": catalogue.version,
            "amount": Decimal(amount_wan) * 10_000,
            "term_months": rng.randint(product.term_min, product.term_max),
            "collateral_type": rng.choice(product.collateral_types),
            "status": status,
        }
        if status not in ("draft", "ready") and rng.random() < 0.9:
            submitted = _moment(rng, today, 120)
            row["submitted_at"] = submitted
            if status != "submitted":
                row["decided_at"] = submitted + timedelta(days=rng.randint(0, 8), hours=2)
                row["decided_by"] = "credit01"
        apps.append(row)
        for position, entry in enumerate(product.items):
            state = rng.choices(ITEM_STATES, ITEM_WEIGHTS)[0]
            if status != "draft" and state == "missing":
                state = "received"
            item: dict[str, Any] = {
                "application_id": app_id,
                "item_code": entry.code,
                "position": position,
                "required": entry.required,
                "applicable": rng.random() < 0.7,
                "state": state,
            }
            if state in ("received", "verified"):
                doc_id = f"{len(documents):08d}-0000-4000-9000-{rng.getrandbits(48):012x}"
                issued = today - timedelta(days=rng.randrange(400))
                documents.append(
                    {
                        "id": doc_id,
                        "customer_id": customer_id,
                        "doc_type": entry.code,
                        "issued_on": issued,
                        "expires_on": issued + timedelta(days=rng.randrange(200, 3000)),
                    }
                )
                item["document_id"] = doc_id
            items.append(item)
        if status == "approved" and rng.random() < 0.6:
            loans.append(
                {
                    "customer_id": customer_id,
                    "application_id": app_id,
                    "product_code": product.code,
                    "amount": row["amount"],
                    "disbursed_on": today - timedelta(days=rng.randrange(200)),
                    "status": rng.choices(("active", "repaid"), (5, 1))[0],
                }
            )
    visits: list[dict[str, Any]] = []
    for customer_id in rng.sample(customers, min(len(customers), len(chosen) * 3 // 2)):
        start = _moment(rng, today + timedelta(days=30), 180)
        done = start < datetime.now(UTC) and rng.random() < 0.8
        visits.append(
            {
                "customer_id": customer_id,
                "visit_type": rng.choice(("first_contact", "due_diligence", "post_loan")),
                "status": "done" if done else "planned",
                "planned_start": start,
                "planned_end": start + timedelta(hours=1),
                "actual_start": start if done else None,
                "actual_end": start + timedelta(hours=1) if done else None,
            }
        )
    alerts = [
        {
            "customer_id": customer_id,
            "signal_code": "production_cut",
            "severity": rng.choice(("low", "medium", "high", "critical")),
            "status": rng.choices(("open", "resolved"), (3, 1))[0],
            "raised_at": _moment(rng, today, 90),
        }
        for customer_id in rng.sample(chosen, len(chosen) // 10)
    ]
    for model, rows in (
        (Application, apps),
        (Document, documents),
        (ChecklistItem, items),
        (Loan, loans),
        (Visit, visits),
        (RiskAlert, alerts),
    ):
        for start_at in range(0, len(rows), 20_000):
            with database.unit_of_work(ACTOR) as uow:
                uow.bulk_create(model, rows[start_at : start_at + 20_000])
    return len(apps)


def open_or_build(root: Path, customers: int, applications: int, today: date) -> Profile:
    """The profile at ``root``: ``customers`` demo customers, then a pipeline if it has none."""
    profile = open_profile(root)
    with profile.database.reading() as session:
        have = int(session.scalar(select(func.count()).select_from(Customer)) or 0)
        pipeline = int(session.scalar(select(func.count()).select_from(Application)) or 0)
    if have < customers:
        start = time.perf_counter()
        fill_demo(profile.database, customers - have, ACTOR, seed=2026 + have)
        print(f"built {customers - have:,} demo customers in {time.perf_counter() - start:.1f} s")
        have = customers
    if pipeline == 0 and applications:
        start = time.perf_counter()
        added = fill_pipeline(profile.database, today, share=applications / have)
        print(f"built {added:,} applications and more in {time.perf_counter() - start:.1f} s")
    return profile


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument(
        "--applications", type=int, default=5_000, help="applications to build (new profile)"
    )
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--profile", type=Path, help="reuse (or build) the profile here")
    args = parser.parse_args()
    today = datetime.now(RM_TIME_ZONE).date()
    first, following = rm_dashboard.month_bounds(today)
    month = (china_day_start(first), china_day_start(following))
    holidays = load_holidays()
    rules = load_inspection_rules()

    with tempfile.TemporaryDirectory() as tmp:
        root = args.profile or Path(tmp) / "profile"
        profile = open_or_build(root, args.customers, args.applications, today)
        database = profile.database
        with database.reading() as session:
            counts = {name: session.scalar(text(f"SELECT count(*) FROM {name}")) for name in TABLES}
        print("  ".join(f"{k}: {v:,}" for k, v in counts.items()))
        print(f"runs per figure: {args.runs}\n")

        def part(fn: Callable[[Session], object]) -> Callable[[], object]:
            def run() -> object:
                with database.reading() as session:
                    return fn(session)

            return run

        rows: tuple[tuple[str, Callable[[], object]], ...] = (
            (
                "dashboard_figures (all)",
                lambda: rm_dashboard.dashboard_figures(database, ACTOR, today),
            ),
            (
                "  funnel + completeness",
                part(lambda s: rm_dashboard._funnel(s, today, None, holidays)),
            ),
            ("  portfolio + onboarded", part(lambda s: rm_dashboard._portfolio(s, month))),
            (
                "  visits + alerts",
                part(lambda s: (rm_dashboard._visits(s, today), rm_dashboard._alerts(s))),
            ),
            ("  inspections due", part(lambda s: rm_dashboard._inspections(s, today, rules))),
            ("  month", part(lambda s: rm_dashboard._month(s, first, month, holidays, 0))),
            (
                "InspectionService (reference)",
                lambda: InspectionService(database).inspections_due(today, 7),
            ),
            (
                "baseline: SELECT count(*)",
                part(lambda s: s.scalar(text("SELECT count(*) FROM customers"))),
            ),
        )
        print(f"{'figure':<32} {'median':>8} {'p95':>8}")
        results: dict[str, list[float]] = {}
        for label, fn in rows:
            samples = timed(fn, args.runs)
            results[label] = samples
            print(f"{label:<32} {statistics.median(samples):8.2f} {p95(samples):8.2f} ms")
        profile.close()
        median = statistics.median(results[rows[0][0]])
        base = statistics.median(results[rows[-1][0]])
        print(
            f"\ndashboard: median {median:.1f} ms, p95 {p95(results[rows[0][0]]):.1f} ms "
            f"(target < {TARGET_MS:.0f} ms); bare count {base:.2f} ms in the same run"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
