"""Customer service: profiles round-trip, reach the outbox, search and page at scale."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.customer_list import CustomerQuery
from app.customer_profile import BankRelationship, Contact, CustomerProfile, OnboardingStatus
from app.customers import (
    FTS_FIRST_LIMIT,
    CustomerService,
    DuplicateUsccError,
    IncompleteProfileError,
)
from app.profile import Profile
from db.models import OutboxEntry

TODAY = date(2026, 11, 28)
WAN = Decimal(10_000)


def complete_profile(**changes: object) -> CustomerProfile:
    """A profile that passes every completion check."""
    profile = CustomerProfile(
        name="杭州恒达机械有限公司",
        uscc="91350100M000100Y43",
        registration_date=date(2015, 3, 18),
        province="浙江省",
        city="杭州市",
        district="余杭区",
        address="余杭经济开发区兴中路 88 号",
        registered_capital=Decimal(500) * WAN,
        ownership_type="private",
        industry_code="C34",
        employees=120,
        annual_revenue=Decimal(8_000) * WAN,
        total_assets=Decimal(6_000) * WAN,
        total_liabilities=Decimal(2_500) * WAN,
        legal_rep_name="王建国",
        legal_rep_id_number="11010519491231002X",
        legal_rep_mobile="13800138000",
        requested_exposure=Decimal(800) * WAN,
        credit_type="new",
        segment="五金产业集群",
        programmes=["2026Q4 余杭五金批量开发"],
        assigned_rm="rm01",
        contacts=[Contact("财务负责人", "李秀英", "0571-88886666")],
        bank_relationships=[BankRelationship("工商银行", "流动资金贷款", Decimal(300) * WAN)],
    )
    return replace(profile, **changes)  # type: ignore[arg-type]


def outbox(profile: Profile) -> list[OutboxEntry]:
    with profile.database.reading() as session:
        return list(session.scalars(select(OutboxEntry).order_by(OutboxEntry.seq)))


def test_profile_round_trips_with_children_and_derived_fields(profile: Profile) -> None:
    service = CustomerService(profile.database, "rm01")
    saved = service.save(complete_profile(status="complete"), TODAY)
    loaded = service.load(saved.id or "")
    assert loaded == saved
    assert loaded.contacts[0].name == "李秀英" and loaded.contacts[0].id is not None
    assert loaded.bank_relationships[0].balance == Decimal("3000000.00")
    assert loaded.industry_code == "34"  # normalised GB/T 4754 division
    row = service.first_page(CustomerQuery(), 10).rows[0]
    # 工业 with 120 people: medium needs ≥ 300, small ≥ 20 people and ≥ 300 万元 revenue.
    assert (row.size, row.eligible) == ("small", True)


def test_every_save_reaches_the_outbox_but_derived_fields_do_not(profile: Profile) -> None:
    service = CustomerService(profile.database, "rm01")
    saved = service.save(complete_profile(), TODAY)
    entities = sorted(e.entity for e in outbox(profile))
    assert entities == ["bank_relationships", "customer_contacts", "customers"]
    customer_entry = next(e for e in outbox(profile) if e.entity == "customers")
    assert "size" not in customer_entry.changes and "eligible" not in customer_entry.changes
    assert Decimal(customer_entry.changes["annual_revenue"]) == Decimal("80000000")  # exact

    edited = saved.copy()
    edited.contacts = []  # removed contact → soft delete that syncs
    edited.employees = 400
    service.save(edited, TODAY)
    ops = [(e.entity, e.op) for e in outbox(profile)[3:]]
    assert ("customers", "update") in ops and ("customer_contacts", "delete") in ops
    assert service.load(saved.id or "").contacts == []


def test_invalid_data_is_kept_as_draft_but_cannot_be_completed(profile: Profile) -> None:
    service = CustomerService(profile.database, "rm01")
    draft = service.save(complete_profile(uscc="91350100M000100Y44", legal_rep_mobile=""))
    assert service.load(draft.id or "").uscc == "91350100M000100Y44"  # kept as typed
    with pytest.raises(IncompleteProfileError) as caught:
        service.set_status(draft.id or "", OnboardingStatus.COMPLETE)
    fields = {p.field for p in caught.value.problems}
    assert fields == {"uscc", "legal_rep_mobile"}
    assert service.load(draft.id or "").status == "draft"  # nothing written


def test_duplicate_uscc_is_found_excluding_the_customer_itself(profile: Profile) -> None:
    service = CustomerService(profile.database, "rm01")
    saved = service.save(complete_profile())
    found = service.find_by_uscc(" 91350100m000100y43 ")
    assert found is not None and found.id == saved.id and found.name == "杭州恒达机械有限公司"
    assert service.find_by_uscc("91350100M000100Y43", exclude_id=saved.id) is None
    service.delete(saved.id or "")
    assert service.find_by_uscc("91350100M000100Y43") is None


def names(service: CustomerService, search: str, **filters: object) -> list[str]:
    page = service.first_page(CustomerQuery(search=search, **filters), 200)  # type: ignore[arg-type]
    return [r.name for r in page.rows]


def test_search_finds_chinese_substrings_usccs_and_people(profile: Profile) -> None:
    service = CustomerService(profile.database, "rm01")
    service.save(complete_profile())
    service.save(
        complete_profile(name="宁波鑫源纺织有限公司", uscc="", legal_rep_name="陈美玲", contacts=[])
    )
    assert names(service, "恒达") == ["杭州恒达机械有限公司"]  # 2 characters
    assert names(service, "达") == ["杭州恒达机械有限公司"]  # 1 character
    assert names(service, "恒达机械") == ["杭州恒达机械有限公司"]  # trigram
    assert names(service, "Y43") == ["杭州恒达机械有限公司"]  # USCC substring
    assert names(service, "9135") == ["杭州恒达机械有限公司"]  # USCC prefix
    assert names(service, "李秀英") == ["杭州恒达机械有限公司"]  # a contact
    assert names(service, "美玲") == ["宁波鑫源纺织有限公司"]  # the legal representative
    assert names(service, "有限公司 宁波") == ["宁波鑫源纺织有限公司"]  # every term must match
    assert names(service, "恒达 纺织") == []


def test_search_index_follows_renames_contacts_and_deletes(profile: Profile) -> None:
    service = CustomerService(profile.database, "rm01")
    saved = service.save(complete_profile())
    renamed = replace(saved, name="杭州瑞丰五金有限公司", contacts=[Contact("出纳", "赵敏", "")])
    service.save(renamed)
    assert names(service, "恒达") == [] and names(service, "瑞丰") == ["杭州瑞丰五金有限公司"]
    assert names(service, "李秀英") == [] and names(service, "赵敏") == ["杭州瑞丰五金有限公司"]
    service.delete(saved.id or "")
    assert names(service, "瑞丰") == []


def test_filters_and_both_query_plans_agree(demo_profile: Profile) -> None:
    service = CustomerService(demo_profile.database, "rm01")
    for query in (
        CustomerQuery(search="有限公司", sort="annual_revenue", descending=True),
        CustomerQuery(search="杭州", status="active"),
        CustomerQuery(search="科技", size="micro", eligible=True),
    ):
        expected = service.count(query)
        assert 0 < expected <= FTS_FIRST_LIMIT
        by_index = service.page(query, 0, 500, fts_first=False)
        by_search = service.page(query, 0, 500, fts_first=True)
        assert [r.id for r in by_index] == [r.id for r in by_search]
        assert len(by_index) == min(expected, 500)
        first = service.first_page(query, 50)
        assert first.total == expected and not first.capped
        assert [r.id for r in first.rows] == [r.id for r in by_index[:50]]
    active = service.first_page(CustomerQuery(status="active"), 500).rows
    assert active and all(r.status == "active" for r in active)


def test_sorting_pages_through_every_customer_once(demo_profile: Profile) -> None:
    service = CustomerService(demo_profile.database, "rm01")
    query = CustomerQuery(sort="employees", descending=True)
    seen = [r for offset in range(0, 400, 100) for r in service.page(query, offset, 100)]
    assert len({r.id for r in seen}) == service.count() == len(seen)
    employees = [r.employees or 0 for r in seen]
    assert employees == sorted(employees, reverse=True)


def test_a_complete_profile_or_an_import_never_duplicates_a_uscc(profile: Profile) -> None:
    service = CustomerService(profile.database, "rm01")
    first = service.save(complete_profile(status="complete"), TODAY)
    draft = service.save(complete_profile(name="重复草稿"))  # a draft may (the wizard warns)
    with pytest.raises(DuplicateUsccError) as caught:
        service.save(replace(draft, status="complete"), TODAY)
    assert caught.value.existing.id == first.id
    with pytest.raises(DuplicateUsccError):
        service.save_many([complete_profile(name="导入甲", uscc=""), complete_profile()])
    assert service.count() == 2  # the batch wrote nothing


def test_the_list_counts_and_filters_open_alerts(profile: Profile) -> None:
    from app.alerts import AlertService

    service = CustomerService(profile.database, "rm01")
    watched = service.save(complete_profile())
    service.save(complete_profile(name="宁波鑫源纺织有限公司", uscc=""))
    alerts = AlertService(profile.database, "rm01")
    first = alerts.raise_alert(watched.id or "", "production_cut")
    alerts.raise_alert(watched.id or "", "owner_unreachable")
    rows = {r.name: r.open_alerts for r in service.first_page(CustomerQuery(), 10).rows}
    assert rows == {"杭州恒达机械有限公司": 2, "宁波鑫源纺织有限公司": 0}
    assert names(service, "", has_alerts=True) == ["杭州恒达机械有限公司"]
    assert names(service, "", has_alerts=False) == ["宁波鑫源纺织有限公司"]
    alerts.resolve(first, "已复产，现场核实")
    row = service.first_page(CustomerQuery(has_alerts=True), 10).rows[0]
    assert row.open_alerts == 1
