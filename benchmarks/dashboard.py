"""RM dashboard at scale: time to recompute every figure, beside a bare count.

For each pipeline size in ``--applications`` (default 5,000 and 20,000) builds
(or reuses, under ``--profile DIR``) an encrypted profile of ``--customers``
demo customers (default 100,000; :func:`app.demo.fill_demo`) plus that many
applications in every stage with their checklists and documents, server
decisions, loans for some approvals, visits (1.5 per application) and alerts
(all through the unit of work's bulk insert, outbox included), then times:

* **dashboard**: :func:`app.rm_dashboard.dashboard_figures` (everything the page shows);
* its parts, for diagnosis: funnel/completeness, portfolio, month, inspections;
* :meth:`app.inspections.InspectionService.inspections_due` (the Today and Visits pages);
* the Applications page's first page (:class:`app.pipeline_list.ApplicationList`),
  default order and filtered to the draft stage;
* **baseline**: ``SELECT count(*) FROM customers`` through the same engine;
* the stored completeness counts (:mod:`app.completeness`): storing every open
  application's afresh, and the dashboard right after one document changes.

Prints median and p95 in milliseconds. Target (printed, never enforced): the
dashboard under 200 ms median at 100k customers.

Usage: ``python benchmarks/dashboard.py [--customers N] [--applications N[,N…]] [--runs K]
[--profile DIR]``. The profiles' keys go to ``$RMDESK_KEYRING_FILE`` (default: a
file beside the profiles) when the machine has no OS keyring.
"""

from __future__ import annotations

import argparse
import os
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

from sqlalchemy import delete, func, select, text, update  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from app import rm_dashboard  # noqa: E402
from app.business_days import load_holidays  # noqa: E402
from app.catalogue import load_catalogue  # noqa: E402
from app.completeness import refresh_completeness  # noqa: E402
from app.demo import fill_demo  # noqa: E402
from app.inspections import InspectionService, load_inspection_rules  # noqa: E402
from app.pipeline import Stage, china_day_start  # noqa: E402
from app.pipeline_list import ApplicationList, ListQuery  # noqa: E402
from app.profile import Profile, open_profile  # noqa: E402
from app.sync import state  # noqa: E402
from app.visits.times import RM_TIME_ZONE  # noqa: E402
from benchmarks.timing import p95, timed  # noqa: E402
from db.database import Database  # noqa: E402
from db.models import (  # noqa: E402
    Application,
    ApplicationCompleteness,
    ChecklistItem,
    Customer,
    Document,
    Loan,
    OutboxEntry,
    RiskAlert,
    Visit,
)

TARGET_MS = 200.0
#: A page cache of 64 MB (negative: KiB), proposed for encrypted profiles.
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


def age_customers(database: Database, today: date, seed: int = 11) -> None:
    """Give the customers a history: onboarded over three years and synced since.

    A real 100,000-customer profile was not typed in today: its customers last
    changed over the years and their changes left the outbox at the day-end sync.
    """
    rng = random.Random(seed)
    with database.reading() as session:
        ids = list(session.scalars(select(Customer.id)))
    with state.sync_transaction(database) as session:
        for chunk in range(0, len(ids), 5_000):
            session.execute(
                update(Customer),
                [
                    {"id": customer_id, "updated_at": _moment(rng, today, 3 * 365)}
                    for customer_id in ids[chunk : chunk + 5_000]
                ],
            )
        session.execute(delete(OutboxEntry))


def open_or_build(root: Path, customers: int, applications: int, today: date) -> Profile:
    """The profile at ``root``: ``customers`` demo customers, then a pipeline if it has none."""
    profile = open_profile(root)
    with profile.database.reading() as session:
        have = int(session.scalar(select(func.count()).select_from(Customer)) or 0)
        pipeline = int(session.scalar(select(func.count()).select_from(Application)) or 0)
    if have < customers:
        start = time.perf_counter()
        fill_demo(profile.database, customers - have, ACTOR, seed=2026 + have)
        age_customers(profile.database, today)
        print(f"built {customers - have:,} demo customers in {time.perf_counter() - start:.1f} s")
        have = customers
    if pipeline == 0 and applications:
        start = time.perf_counter()
        added = fill_pipeline(profile.database, today, share=applications / have)
        print(f"built {added:,} applications and more in {time.perf_counter() - start:.1f} s")
    return profile


def completeness_rows(database: Database, today: date, runs: int) -> list[tuple[str, list[float]]]:
    """The stored completeness counts: storing all of them, and the dashboard after one change.

    * **store all**: every open application's counts stored afresh
      (:func:`app.completeness.refresh_completeness` on an empty store: a profile
      just upgraded, or after a change of the validity rules);
    * **after one change**: the dashboard right after the RM receives one
      document (its application's counts are recounted, the rest read back).
    """
    first_fill: list[float] = []
    for _ in range(max(3, runs // 5)):
        with state.sync_transaction(database) as session:
            session.execute(delete(ApplicationCompleteness))
        start = time.perf_counter()
        stored = refresh_completeness(database, today)
        first_fill.append((time.perf_counter() - start) * 1000)
    with database.reading() as session:
        items = list(
            session.scalars(
                select(ChecklistItem.id)
                .join(Application, Application.id == ChecklistItem.application_id)
                .where(Application.status.in_(("draft", "ready")))
                .limit(runs + 1)
            )
        )
    after_change: list[float] = []
    for item_id in items[:runs]:
        with database.unit_of_work(ACTOR) as uow:
            item = uow.get(ChecklistItem, item_id)
            assert item is not None
            was = item.state
            uow.update(item, {"state": "waived" if was != "waived" else "missing"})
        start = time.perf_counter()
        rm_dashboard.dashboard_figures(database, ACTOR, today)
        after_change.append((time.perf_counter() - start) * 1000)
        with database.unit_of_work(ACTOR) as uow:  # as it was, for the next run
            item = uow.get(ChecklistItem, item_id)
            assert item is not None
            uow.update(item, {"state": was})
    return [
        (f"completeness: store all ({stored:,})", first_fill),
        ("dashboard after one document change", after_change),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=100_000)
    parser.add_argument(
        "--applications",
        default="5000,20000",
        help="pipeline sizes, comma-separated (one profile each)",
    )
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--profile", type=Path, help="reuse (or build) the profiles under here")
    args = parser.parse_args()
    sizes = [int(n) for n in str(args.applications).split(",") if n.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        base = args.profile or Path(tmp)
        base.mkdir(parents=True, exist_ok=True)
        os.environ.setdefault("RMDESK_KEYRING_FILE", str(base / "bench-keys.json"))
        summary = [run(base / f"apps{n}", args.customers, n, args.runs) for n in sizes]
    print()
    for n, (median, p95_ms) in zip(sizes, summary, strict=True):
        print(
            f"dashboard at {args.customers:,} customers, {n:,} applications: "
            f"median {median:.1f} ms, p95 {p95_ms:.1f} ms (target < {TARGET_MS:.0f} ms)"
        )
    return 0


def run(root: Path, customers: int, applications: int, runs: int) -> tuple[float, float]:
    """Time every figure on the profile at ``root``; the dashboard's median and p95."""
    today = datetime.now(RM_TIME_ZONE).date()
    first, following = rm_dashboard.month_bounds(today)
    month = (china_day_start(first), china_day_start(following))
    holidays = load_holidays()
    rules = load_inspection_rules()
    profile = open_or_build(root, customers, applications, today)
    database = profile.database
    with database.reading() as session:
        counts = {name: session.scalar(text(f"SELECT count(*) FROM {name}")) for name in TABLES}
    print(f"\n== {root.name}: " + "  ".join(f"{k}: {v:,}" for k, v in counts.items()))
    print(f"runs per figure: {runs}")
    source = ApplicationList(database)

    def part(fn: Callable[[Session], object]) -> Callable[[], object]:
        def run_part() -> object:
            with database.reading() as session:
                return fn(session)

        return run_part

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
            "InspectionService.inspections_due",
            lambda: InspectionService(database).inspections_due(today, 7),
        ),
        ("Applications page: first page", lambda: source.first_page(ListQuery(), today)),
        (
            "  filtered to draft",
            lambda: source.first_page(ListQuery(stages=frozenset({Stage.DRAFT})), today),
        ),
        (
            "baseline: SELECT count(*)",
            part(lambda s: s.scalar(text("SELECT count(*) FROM customers"))),
        ),
    )
    print(f"{'figure':<36} {'median':>8} {'p95':>8}")
    results: dict[str, list[float]] = {}
    for label, fn in rows:
        samples = timed(fn, runs)
        results[label] = samples
        print(f"{label:<36} {statistics.median(samples):8.2f} {p95(samples):8.2f} ms")
    for label, samples in completeness_rows(database, today, runs):
        print(f"{label:<36} {statistics.median(samples):8.2f} {p95(samples):8.2f} ms")
    dashboard = results[rows[0][0]]
    profile.close()
    return statistics.median(dashboard), p95(dashboard)


if __name__ == "__main__":
    raise SystemExit(main())
