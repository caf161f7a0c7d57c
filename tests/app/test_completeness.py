"""Stored completeness counts: equal to counting live, whoever writes, whatever the day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, update

from app.applications import ApplicationService
from app.attachment_store import AttachmentStore
from app.catalogue import Catalogue, load_catalogue
from app.checklist import EffectiveState, ItemState
from app.checklist_rules import ValidityRule, check_validity
from app.completeness import (
    completeness_subquery,
    next_change,
    refresh_completeness,
    rules_fingerprint,
    stale_applications,
)
from app.pipeline import load_pipeline
from app.profile import Profile
from app.rm_dashboard import dashboard_figures
from app.sync import state
from db.cipher import connect
from db.models import ApplicationCompleteness, ChecklistItem, Document
from tests.app.test_applications import new_customer, working_capital
from tests.app.test_pipeline import THURSDAY, collect_documents


@pytest.fixture
def service(profile: Profile) -> ApplicationService:
    return ApplicationService(profile.database, "rm01", AttachmentStore(profile.paths.attachments))


def stored(profile: Profile) -> dict[str, ApplicationCompleteness]:
    """The stored rows, by application id."""
    with profile.database.reading() as session:
        rows = session.scalars(select(ApplicationCompleteness)).all()
        return {row.application_id: row for row in rows}


def counted(profile: Profile, today: date, catalogue: Catalogue | None = None) -> dict[str, int]:
    """Per cent complete of every application, as the readers see it (stored or live)."""
    counts = completeness_subquery(today, catalogue)
    with profile.database.reading() as session:
        rows = session.execute(select(counts)).all()
    return {a: 100 if not r else s * 100 // r for a, r, s in rows}


def expected(service: ApplicationService, today: date) -> dict[str, int]:
    """Per cent complete of every application as the application service works it out."""
    return {s.id: s.completeness for s in service.list(today=today)}


def three_applications(profile: Profile, service: ApplicationService) -> tuple[str, str, str]:
    """Complete, partly collected and complete-but-dated-in-March applications."""
    customer = new_customer(profile)
    complete = service.save(working_capital(customer), THURSDAY)
    collect_documents(service, complete, THURSDAY)
    partial = service.save(working_capital(customer, collateral_type="guarantee"), THURSDAY)
    view = service.load(partial, THURSDAY)
    required = [i for i in view.items if i.applicable and i.required]
    service.mark_received([i.id for i in required[:4]])
    dated = service.save(working_capital(customer, term_months=6), THURSDAY)
    collect_documents(service, dated, date(2026, 3, 10))
    return complete, partial, dated


def test_stored_counts_equal_live_counts_and_the_service(
    profile: Profile, service: ApplicationService
) -> None:
    apps = three_applications(profile, service)
    assert stored(profile) == {}
    assert refresh_completeness(profile.database, THURSDAY) == 3
    assert set(stored(profile)) == set(apps)
    assert counted(profile, THURSDAY) == expected(service, THURSDAY)
    assert expected(service, THURSDAY)[apps[0]] == 100
    assert expected(service, THURSDAY)[apps[1]] < 100
    assert expected(service, THURSDAY)[apps[2]] < 100  # March statements are too old
    # Nothing changed: nothing to recount.
    assert refresh_completeness(profile.database, THURSDAY) == 0
    assert stale_applications(profile.database, THURSDAY) == []


def test_every_kind_of_change_forgets_the_stored_counts(
    profile: Profile, service: ApplicationService
) -> None:
    complete, partial, _dated = three_applications(profile, service)
    refresh_completeness(profile.database, THURSDAY)
    view = service.load(partial, THURSDAY)
    missing = next(i for i in view.items if i.required and i.applicable and i.state == "missing")

    # The RM waives an item (unit of work): only that application is recounted.
    service.set_state(missing.id, ItemState.WAIVED, reason="集团统一提供")
    assert stale_applications(profile.database, THURSDAY) == [partial]
    assert counted(profile, THURSDAY) == expected(service, THURSDAY)
    assert refresh_completeness(profile.database, THURSDAY) == 1

    # A document's expiry changes: the applications using it are recounted.
    document = next(
        i.document for i in service.load(complete, THURSDAY).items if i.code == "business_licence"
    )
    assert document is not None
    service.set_document_dates(document.id, date(2020, 1, 1), THURSDAY - timedelta(days=1))
    assert complete in stale_applications(profile.database, THURSDAY)
    assert counted(profile, THURSDAY) == expected(service, THURSDAY)
    assert expected(service, THURSDAY)[complete] < 100
    refresh_completeness(profile.database, THURSDAY)

    # Changes arriving with sync (no unit of work): the triggers forget them too.
    with state.sync_transaction(profile.database) as session:
        session.execute(
            update(Document).where(Document.id == document.id).values(expires_on=date(2030, 1, 1))
        )
    assert complete in stale_applications(profile.database, THURSDAY)
    assert counted(profile, THURSDAY) == expected(service, THURSDAY)
    assert expected(service, THURSDAY)[complete] == 100
    refresh_completeness(profile.database, THURSDAY)
    with state.sync_transaction(profile.database) as session:
        session.execute(
            update(ChecklistItem)
            .where(ChecklistItem.application_id == complete, ChecklistItem.required.is_(True))
            .values(state="missing")
        )
    assert counted(profile, THURSDAY) == expected(service, THURSDAY)
    assert expected(service, THURSDAY)[complete] == 0

    # Items deleted outright (a purge) take the row with them.
    refresh_completeness(profile.database, THURSDAY)
    with state.sync_transaction(profile.database) as session:
        session.execute(delete(ChecklistItem).where(ChecklistItem.application_id == partial))
    assert partial not in stored(profile)


def test_counts_are_recounted_when_a_document_date_passes(
    profile: Profile, service: ApplicationService
) -> None:
    customer = new_customer(profile)
    app_id = service.save(working_capital(customer), THURSDAY)
    collect_documents(service, app_id, THURSDAY)
    licence = next(
        i.document for i in service.load(app_id, THURSDAY).items if i.code == "business_licence"
    )
    assert licence is not None
    expiry = THURSDAY + timedelta(days=10)
    service.set_document_dates(licence.id, date(2020, 1, 1), expiry)
    refresh_completeness(profile.database, THURSDAY)
    [row] = stored(profile).values()
    assert row.computed_for == THURSDAY
    # The last day before any collected document lapses, as the rule itself dates them.
    view = service.load(app_id, THURSDAY)
    lapses = [
        i.validity.valid_until
        for i in view.items
        if i.applicable and i.required and i.validity is not None and i.validity.valid_until
    ]
    assert row.valid_until == min(lapses) - timedelta(days=1)
    assert row.valid_until <= expiry

    # Up to that day the stored counts hold; the day after they are stale and recounted.
    assert stale_applications(profile.database, row.valid_until) == []
    assert stale_applications(profile.database, row.valid_until + timedelta(days=1)) == [app_id]
    after = expiry + timedelta(days=1)
    assert counted(profile, after) == expected(service, after)
    assert expected(service, after)[app_id] < 100
    refresh_completeness(profile.database, after)
    assert stored(profile)[app_id].computed_for == after
    # A day before the day they were counted for is not trusted either.
    assert stale_applications(profile.database, after - timedelta(days=1)) == [app_id]


def test_new_validity_rules_mean_new_counts(profile: Profile, service: ApplicationService) -> None:
    _complete, _partial, dated = three_applications(profile, service)
    catalogue = load_catalogue()
    refresh_completeness(profile.database, THURSDAY, catalogue)
    # The bank relaxes the age limit of every dated document to three years.
    relaxed = replace(
        catalogue,
        items={
            code: replace(t, validity=ValidityRule(max_age_months=36))
            if t.validity is not None and t.validity.max_age_months is not None
            else t
            for code, t in catalogue.items.items()
        },
    )
    assert rules_fingerprint(relaxed) != rules_fingerprint(catalogue)
    assert len(stale_applications(profile.database, THURSDAY, relaxed)) == 3
    service_relaxed = ApplicationService(
        profile.database, "rm01", AttachmentStore(profile.paths.attachments), catalogue=relaxed
    )
    assert counted(profile, THURSDAY, relaxed) == expected(service_relaxed, THURSDAY)
    assert refresh_completeness(profile.database, THURSDAY, relaxed) == 3
    assert counted(profile, THURSDAY, relaxed) == expected(service_relaxed, THURSDAY)
    assert expected(service_relaxed, THURSDAY)[dated] > expected(service, THURSDAY)[dated]


def test_a_busy_database_leaves_the_counts_live_and_the_figures_right(
    profile: Profile, service: ApplicationService
) -> None:
    complete, _partial, _dated = three_applications(profile, service)
    before = dashboard_figures(profile.database, "rm01", THURSDAY)
    with state.sync_transaction(profile.database) as session:
        session.execute(delete(ApplicationCompleteness))
    # Another writer (the sync, say) holds the write lock.
    other = connect(profile.database.path, profile.database.key, timeout=0)
    other.isolation_level = None
    try:
        other.execute("BEGIN IMMEDIATE")
        assert refresh_completeness(profile.database, THURSDAY, wait_ms=50) == 0
        during = dashboard_figures(profile.database, "rm01", THURSDAY)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert stored(profile) == {}
    assert during == before
    assert refresh_completeness(profile.database, THURSDAY) == 3
    assert {i.id: i.completeness for i in load_pipeline(profile.database, THURSDAY)}[
        complete
    ] == 100


def test_collected_documents_without_a_rule_or_a_document_are_complete_for_good(
    profile: Profile, service: ApplicationService
) -> None:
    customer = new_customer(profile)
    app_id = service.save(working_capital(customer), THURSDAY)
    view = service.load(app_id, THURSDAY)
    for item in view.items:
        if item.applicable and item.required:
            service.set_state(item.id, ItemState.WAIVED, reason="总行批准")
    refresh_completeness(profile.database, THURSDAY)
    row = stored(profile)[app_id]
    assert (row.required, row.satisfied, row.valid_until) == (row.required, row.required, None)
    assert stale_applications(profile.database, date(2040, 1, 1)) == []
    assert all(i.effective != EffectiveState.EXPIRED for i in service.load(app_id, THURSDAY).items)


# next_change against the rule itself ---------------------------------------------------

DAYS = st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31))
RULES = st.builds(
    ValidityRule,
    max_age_months=st.none() | st.integers(min_value=1, max_value=24),
    not_expired=st.booleans(),
    allow_no_expiry=st.booleans(),
).filter(lambda r: r.max_age_months is not None or r.not_expired)  # a rule checks something


@settings(max_examples=300, deadline=None)
@given(rule=RULES, issued=st.none() | DAYS, expires=st.none() | DAYS, today=DAYS)
def test_next_change_is_the_first_day_the_rule_can_answer_otherwise(
    rule: ValidityRule, issued: date | None, expires: date | None, today: date
) -> None:
    change = next_change(rule, issued, expires, today)
    valid_today = check_validity(rule, issued, expires, today).ok
    last = change - timedelta(days=1) if change is not None else today + timedelta(days=1200)
    assert change is None or change > today
    day = today
    while day <= last:
        assert check_validity(rule, issued, expires, day).ok == valid_today, day
        day += timedelta(days=1)
