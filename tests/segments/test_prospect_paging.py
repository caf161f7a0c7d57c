"""A large segment's prospects: pages, counts and selections in SQL, on a real profile."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, func, select

from app.attachment_store import AttachmentStore
from app.profile import Profile
from app.segment_prospects import SegmentProspects
from app.segment_service import SegmentService
from app.segments import (
    ProspectRow,
    ProspectSelection,
    SegmentInput,
    SelectionRule,
    classify_prospects,
)
from db.changes import ChangeEvent
from db.models import Application, OutboxEntry
from tests.segments.support import bulk_prospects

SEGMENT = "义乌小商品市场"
ELIGIBLE = ProspectSelection(SelectionRule.ELIGIBLE)


def segments(profile: Profile) -> SegmentService:
    return SegmentService(
        profile.database, profile.actor, AttachmentStore(profile.paths.attachments)
    )


@pytest.fixture
def large(profile: Profile) -> tuple[SegmentProspects, str]:
    """A segment of 450 prospects (more than two pages), a few with an open application."""
    service = segments(profile)
    prospects = SegmentProspects(profile.database)
    segment_id = service.save(
        SegmentInput(SEGMENT, "commodity_market", default_product_code="short_term_credit",
                     default_amount=Decimal("500000"), default_term_months=12)
    )  # fmt: skip
    other = service.save(SegmentInput("县域茶叶", "county_industry"))
    bulk_prospects(profile.database, profile.actor, SEGMENT, 450)
    bulk_prospects(profile.database, profile.actor, "县域茶叶", 30)  # another segment's
    early = prospects.eligible_ids(segment_id)[:4]
    assert len(service.create_applications(segment_id, early).created) == 4
    assert prospects.first_prospect_page(other, 10).total == 30
    return prospects, segment_id


def all_pages(prospects: SegmentProspects, segment_id: str, size: int) -> list[ProspectRow]:
    rows: list[ProspectRow] = []
    while True:
        page = prospects.prospect_page(segment_id, len(rows), size)
        rows += page
        if len(page) < size:
            return rows


def test_pages_follow_the_names_and_add_up_to_every_prospect(
    large: tuple[SegmentProspects, str],
) -> None:
    prospects, segment_id = large
    first = prospects.first_prospect_page(segment_id, 200)
    assert first.total == 450 and len(first.rows) == 200
    everything = prospects.prospects(segment_id)
    paged = all_pages(prospects, segment_id, 200)
    assert [r.id for r in paged] == [r.id for r in everything]
    assert paged[:200] == first.rows
    assert [r.name for r in paged] == sorted(r.name for r in paged)
    assert sum(1 for r in paged if r.open_application) == 4


def test_the_summary_in_sql_counts_what_the_rows_say(large: tuple[SegmentProspects, str]) -> None:
    prospects, segment_id = large
    rows = prospects.prospects(segment_id)
    summary = prospects.prospect_summary(segment_id)
    assert summary == classify_prospects(rows)
    assert summary.total == 450
    assert summary.not_eligible >= 90 and summary.unknown >= 40  # registration; no assets
    assert summary.selectable == summary.eligible - 4
    assert dict(summary.reasons)["registration.failed"] == 90


def test_a_selection_is_a_rule_and_exceptions_resolved_in_sql(
    large: tuple[SegmentProspects, str],
) -> None:
    prospects, segment_id = large
    rows = prospects.prospects(segment_id)
    eligible = [r.id for r in rows if r.eligible is True and r.open_application is None]
    assert prospects.eligible_ids(segment_id) == eligible
    assert prospects.count_selected(segment_id, ELIGIBLE) == len(eligible)
    assert prospects.count_selected(segment_id, ProspectSelection()) == 0

    ineligible = next(r for r in rows if r.eligible is False)
    dropped = next(r for r in rows if r.id == eligible[-1])
    selection = ELIGIBLE.toggled(ineligible, True).toggled(dropped, False)
    assert selection.added == {ineligible.id} and selection.removed == {dropped.id}
    assert selection.selects(ineligible) and not selection.selects(dropped)
    wanted = [r.id for r in rows if selection.selects(r)]
    assert prospects.selected_ids(segment_id, selection) == wanted
    assert prospects.count_selected(segment_id, selection) == len(eligible)
    # Ticked by hand only, and unticked again: nothing.
    by_hand = ProspectSelection().toggled(ineligible, True)
    assert prospects.selected_ids(segment_id, by_hand) == [ineligible.id]
    assert by_hand.toggled(ineligible, False).empty


def test_creating_for_a_selection_resolves_it_in_the_batchs_one_transaction(
    profile: Profile, large: tuple[SegmentProspects, str]
) -> None:
    prospects, segment_id = large
    rows = prospects.prospects(segment_id)
    ineligible = next(r for r in rows if r.eligible is False)
    selection = ELIGIBLE.toggled(ineligible, True)
    expected = prospects.selected_ids(segment_id, ELIGIBLE)
    commits: list[ChangeEvent] = []
    unsubscribe = profile.database.bus.subscribe(commits.append)
    try:
        result = segments(profile).create_applications(segment_id, selection)
    finally:
        unsubscribe()
    assert [c.customer_id for c in result.created] == expected
    assert [s.customer_id for s in result.skipped] == [ineligible.id]
    assert len(commits) == 1 and "applications" in commits[0].tables
    with profile.database.reading() as session:
        apps = session.scalar(select(func.count()).select_from(Application))
        outbox = session.scalar(
            select(func.count())
            .select_from(OutboxEntry)
            .where(OutboxEntry.entity == "applications")
        )
    assert apps == outbox == len(expected) + 4
    assert prospects.count_selected(segment_id, ELIGIBLE) == 0  # all have one open now


@pytest.fixture
def plans(profile: Profile) -> Iterator[list[tuple[str, list[str]]]]:
    """EXPLAIN QUERY PLAN of every SELECT of customers run while the test runs."""
    found: list[tuple[str, list[str]]] = []
    engine = profile.database.engine

    def explain(conn: Any, _cursor: Any, statement: str, params: Any, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "customers" in statement:
            rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
            found.append((" ".join(statement.split()), [str(r[-1]) for r in rows]))

    event.listen(engine, "before_cursor_execute", explain)
    yield found
    event.remove(engine, "before_cursor_execute", explain)


def test_a_segments_prospects_are_read_through_an_index(
    large: tuple[SegmentProspects, str], plans: list[tuple[str, list[str]]]
) -> None:
    prospects, segment_id = large
    prospects.first_prospect_page(segment_id, 200)
    prospects.prospect_page(segment_id, 400, 200)
    prospects.prospect_summary(segment_id)
    prospects.count_selected(segment_id, ELIGIBLE)
    prospects.selected_ids(segment_id, ELIGIBLE)
    assert len(plans) >= 8
    for statement, plan in plans:
        steps = [line for line in plan if "customers" in line]
        assert steps and all(line.startswith("SEARCH customers USING") for line in steps), (
            statement,
            plan,
        )
