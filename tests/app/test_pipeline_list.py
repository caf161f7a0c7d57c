"""The Applications page's list (filtered, sorted and paged in SQL) against the pipeline rules.

Uses the book of ``tests/app/test_rm_dashboard.py`` (eleven applications in
every stage) with its customers assigned to two RMs.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update

from app.pipeline import STAGES, PipelineQuery, Stage, load_pipeline
from app.pipeline_list import ApplicationList, ListQuery, SortKey
from app.profile import Profile
from db.models import Application, Customer
from tests.app.test_pipeline import china, server_sets
from tests.app.test_rm_dashboard import TODAY, Book
from tests.app.test_rm_dashboard import book as book


@pytest.fixture
def source(profile: Profile, book: Book) -> ApplicationList:
    with profile.database.unit_of_work("sync") as uow:
        uow.session.info["applying_remote"] = True
        for key, rm in (("A", "rm_li"), ("B", "rm_li"), ("C", "rm_wang"), ("D", "rm_wang")):
            uow.session.execute(
                update(Customer).where(Customer.id == book.customers[key]).values(assigned_rm=rm)
            )
    return ApplicationList(profile.database)


def ids(source: ApplicationList, **query: object) -> list[str]:
    result = source.first_page(ListQuery(**query), TODAY)  # type: ignore[arg-type]
    assert result.total == len(result.rows)
    return [r.id for r in result.rows]


def test_every_row_agrees_with_the_pipeline(profile: Profile, source: ApplicationList) -> None:
    expected = {i.id: i for i in load_pipeline(profile.database, TODAY)}
    rows = source.first_page(ListQuery(), TODAY).rows
    assert {r.id for r in rows} == set(expected)
    for row in rows:
        item = expected[row.id]
        assert (row.stage, row.completeness, row.clock) == (
            item.stage,
            item.completeness,
            item.clock,
        )
        assert row.overdue == item.overdue


@pytest.mark.parametrize("stage", STAGES)
def test_the_stage_filter_is_the_pipeline_stage(
    profile: Profile, source: ApplicationList, stage: Stage
) -> None:
    expected = {
        i.id
        for i in load_pipeline(profile.database, TODAY, PipelineQuery(stages=frozenset({stage})))
    }
    assert set(ids(source, stages=frozenset({stage}))) == expected


def test_filters_by_overdue_product_segment_rm_and_search(
    profile: Profile, source: ApplicationList, book: Book
) -> None:
    apps = book.apps
    assert set(ids(source, overdue_only=True)) == {apps["app4"], apps["app6"]}
    assert ids(source, product_codes=frozenset({"short_term_credit"})) == [apps["app3"]]
    assert set(ids(source, segments=frozenset({"专业市场商户"}))) == {apps["app3"], apps["app7"]}
    li = {apps[k] for k in ("app1", "app2", "app4", "app5", "app10", "app11")}
    assert set(ids(source, rms=frozenset({"rm_li"}))) == li
    assert set(ids(source, search="恒达")) == {apps["app1"], apps["app4"], apps["app10"]}
    assert ids(source, search="短期信用") == [apps["app3"]]  # a product name
    assert source.rms() == ["rm_li", "rm_wang"]


@pytest.mark.parametrize("key", list(SortKey))
def test_every_order_pages_through_every_application_once(
    source: ApplicationList, book: Book, key: SortKey
) -> None:
    for descending in (False, True):
        query = ListQuery(sort=key, descending=descending)
        whole = [r.id for r in source.first_page(query, TODAY).rows]
        paged = [r.id for offset in range(0, 11, 4) for r in source.page(query, TODAY, offset, 4)]
        assert paged == whole
        assert sorted(whole) == sorted(book.apps.values())


def test_orders_by_amount_stage_and_waiting_time(source: ApplicationList, book: Book) -> None:
    rows = source.first_page(ListQuery(sort=SortKey.AMOUNT, descending=True), TODAY).rows
    amounts = [r.amount for r in rows]
    assert amounts == sorted(amounts, reverse=True)
    rows = source.first_page(ListQuery(sort=SortKey.STAGE, descending=False), TODAY).rows
    ranks = [STAGES.index(r.stage) for r in rows]
    assert ranks == sorted(ranks)
    waiting = source.first_page(ListQuery(sort=SortKey.SUBMITTED, descending=True), TODAY).rows
    # the longest since submission first, not yet submitted last
    days = [r.clock.business_days_since_submission for r in waiting]
    known = [d for d in days if d is not None]
    assert known == sorted(known, reverse=True)
    assert days[len(known) :] == [None] * (len(days) - len(known))


def test_the_decision_comes_with_the_row(
    profile: Profile, source: ApplicationList, book: Book
) -> None:
    app7 = book.apps["app7"]
    server_sets(
        profile,
        app7,
        decision_terms={
            "amount": "2000000.00",
            "term_months": 12,
            "annual_rate": "3.85",
            "conditions": ["追加实际控制人连带责任保证"],
        },
        decision_reason="",
    )
    row = source.row(app7, TODAY)
    assert row is not None and row.decision is not None
    assert row.decision.status == "approved" and row.decision.decided_by == "credit01"
    assert row.decision.decided_at == china(date(2026, 11, 4), 15)
    assert row.decision.terms["conditions"] == ["追加实际控制人连带责任保证"]
    app10 = book.apps["app10"]
    server_sets(profile, app10, requested_documents=["tax_returns"], decision_reason="税单不全")
    more = source.row(app10, TODAY)
    assert more is not None and more.decision is not None
    assert more.decision.requested_documents == ("tax_returns",)
    assert more.decision.reason == "税单不全"
    draft = source.row(book.apps["app1"], TODAY)
    assert draft is not None and draft.decision is None
    assert draft.blocking > 0 and len(draft.missing_codes) == draft.blocking


def test_a_deleted_application_is_gone(
    profile: Profile, source: ApplicationList, book: Book
) -> None:
    with profile.database.unit_of_work("rm01") as uow:
        found = uow.get(Application, book.apps["app1"])
        assert found is not None
        uow.soft_delete(found)
    assert book.apps["app1"] not in ids(source)
