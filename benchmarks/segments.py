"""A large segment: time to the first page of prospects and to "select all eligible" + count.

Builds (or reuses, with ``--profile DIR``) an encrypted profile with
``--others`` demo customers in the demo's segments (default 20,000) and one
commodity-market segment of ``--prospects`` prospects (default 20,000), a share
of them with an open application (``--open``, default 5 %), all through the unit
of work's bulk insert (outbox included), then times, median and p95 of
``--runs`` runs:

* **first page**: what the Prospects table asks for when the segment opens,
  :meth:`app.segment_prospects.SegmentProspects.first_prospect_page` (count + 200
  rows), and the same through the Qt model (``ProspectModel.show_segment`` until
  its ``loaded`` signal, offscreen); a page deep in the list (offset 19,800) for
  the cost of OFFSET paging;
* **select all eligible + count**: the counts the page loads beside the first
  page (``prospect_summary``: sizes, eligibility, reasons, and how many
  "Select eligible" ticks: the click itself reads nothing), the rule counted
  alone (``count_selected``), and the rule resolved to ids as the batch does it
  at creation time (``selected_ids``);
* the old way, for comparison: every prospect as a row (``prospects``).

Prints figures; never fails on time.

Usage: ``QT_QPA_PLATFORM=offscreen python benchmarks/segments.py [--prospects N]
[--others N] [--open SHARE] [--runs K] [--profile DIR]``. The profile's key goes to
``$RMDESK_KEYRING_FILE`` (default: a file beside the profile) when the machine has
no OS keyring.
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
from decimal import Decimal
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from sqlalchemy import func, select  # noqa: E402

from app.catalogue import load_catalogue  # noqa: E402
from app.demo import demo_customers  # noqa: E402
from app.profile import Profile, open_profile  # noqa: E402
from app.segment_prospects import SegmentProspects  # noqa: E402
from app.segment_service import SegmentService  # noqa: E402
from app.segments import ProspectSelection, SegmentInput, SelectionRule  # noqa: E402
from benchmarks.timing import p95, timed  # noqa: E402
from db.database import Database  # noqa: E402
from db.models import Application, Customer  # noqa: E402

ACTOR = "bench"
SEGMENT = "义乌小商品市场"
PAGE = 200
BATCH = 5_000


def build(database: Database, prospects: int, others: int, share_open: float) -> None:
    """Demo customers, the segment's prospects and some open applications, in bulk."""
    rows = list(demo_customers(others + prospects, seed=2031))
    for values in rows[others:]:
        values["segment"] = SEGMENT
    for start in range(0, len(rows), BATCH):
        with database.unit_of_work(ACTOR) as uow:
            uow.bulk_create(Customer, rows[start : start + BATCH])
    catalogue = load_catalogue()
    product = catalogue.products["short_term_credit"]
    rng = random.Random(7)
    with database.reading() as session:
        members = list(
            session.scalars(
                select(Customer.id).where(Customer.segment == SEGMENT).order_by(Customer.id)
            )
        )
    applications: list[dict[str, Any]] = [
        {
            "customer_id": customer_id,
            "product_code": product.code,
            "catalogue_version": catalogue.version,
            "amount": Decimal(500_000),
            "term_months": 12,
            "collateral_type": product.collateral_types[0],
            "status": rng.choice(("draft", "ready", "submitted", "more_documents")),
        }
        for customer_id in rng.sample(members, int(len(members) * share_open))
    ]
    with database.unit_of_work(ACTOR) as uow:
        uow.bulk_create(Application, applications)


def open_or_build(root: Path, prospects: int, others: int, share_open: float) -> Profile:
    """The profile at ``root``, built first if it has no segment of prospects."""
    profile = open_profile(root)
    service = SegmentService(profile.database, ACTOR)
    if not any(s.name == SEGMENT for s in service.segments()):
        start = time.perf_counter()
        service.save(
            SegmentInput(SEGMENT, "commodity_market", region="浙江义乌",
                         default_product_code="short_term_credit",
                         default_amount=Decimal(500_000), default_term_months=12)
        )  # fmt: skip
        build(profile.database, prospects, others, share_open)
        print(
            f"built {others:,} customers and {prospects:,} prospects"
            f" in {time.perf_counter() - start:.1f} s"
        )
    return profile


def model_first_page_ms(service: SegmentService, segment_id: str, runs: int) -> list[float]:
    """Milliseconds from ``ProspectModel.show_segment`` to its ``loaded`` signal."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from ui.segments.prospects import ProspectModel

    app = QApplication.instance() or QApplication([])
    samples = []
    for i in range(runs + 1):
        model = ProspectModel(service)
        loop = QEventLoop()
        model.loaded.connect(loop.quit)
        start = time.perf_counter()
        model.show_segment(segment_id)
        loop.exec()
        if i:
            samples.append((time.perf_counter() - start) * 1000)
        assert model.rowCount() == min(PAGE, model.total)
    del app
    return samples


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--prospects", type=int, default=20_000)
    parser.add_argument("--others", type=int, default=20_000)
    parser.add_argument("--open", type=float, default=0.05, help="share with an open application")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--profile", type=Path, help="reuse (or build) the profile here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = args.profile or Path(tmp) / "profile"
        root.parent.mkdir(parents=True, exist_ok=True)
        os.environ.setdefault("RMDESK_KEYRING_FILE", str(root.parent / "bench-keys.json"))
        profile = open_or_build(root, args.prospects, args.others, args.open)
        run(profile, args.runs)
        profile.close()
    return 0


def run(profile: Profile, runs: int) -> None:
    """Time the figures on ``profile`` and print them."""
    database = profile.database
    service = SegmentService(database, ACTOR)
    prospects = SegmentProspects(database)
    segment = next(s for s in service.segments() if s.name == SEGMENT)
    with database.reading() as session:
        customers = session.scalar(select(func.count()).select_from(Customer))
    eligible = ProspectSelection(SelectionRule.ELIGIBLE)
    summary = prospects.prospect_summary(segment.id)
    print(
        f"customers: {customers:,}  prospects of {SEGMENT}: {segment.members:,}"
        f"  eligible: {summary.eligible:,}  of them without an open application:"
        f" {summary.selectable:,}  runs per figure: {runs}\n"
    )
    deep = max(0, segment.members - PAGE)
    rows: list[tuple[str, Callable[[], object] | list[float]]] = [
        (
            "first page: service (count + 200)",
            lambda: prospects.first_prospect_page(segment.id, PAGE),
        ),
        ("first page: Qt model → loaded", model_first_page_ms(service, segment.id, runs)),
        (f"page at offset {deep:,}", lambda: prospects.prospect_page(segment.id, deep, PAGE)),
        ("select eligible: summary + count", lambda: prospects.prospect_summary(segment.id)),
        ("  count of the rule alone", lambda: prospects.count_selected(segment.id, eligible)),
        ("  resolved to ids (at creation)", lambda: prospects.selected_ids(segment.id, eligible)),
        ("old: every prospect as a row", lambda: prospects.prospects(segment.id)),
    ]
    print(f"{'figure':<36} {'median':>9} {'p95':>9}")
    for label, what in rows:
        samples = what if isinstance(what, list) else timed(what, runs if "old" not in label else 3)
        print(f"{label:<36} {statistics.median(samples):9.1f} {p95(samples):9.1f} ms")
    count = prospects.count_selected(segment.id, eligible)
    assert count == summary.selectable == len(prospects.selected_ids(segment.id, eligible))
    print(f"\n'select all eligible' ticks {count:,} prospects without loading them")


if __name__ == "__main__":
    raise SystemExit(main())
