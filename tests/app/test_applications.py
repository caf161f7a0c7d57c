"""Applications: checklists follow the product, documents are reused, the submit gate holds."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from app.applications import (
    ApplicationInput,
    ApplicationService,
    ApplicationView,
    InvalidApplicationError,
    ItemView,
    NotReadyError,
)
from app.attachment_store import AttachmentError, AttachmentStore
from app.checklist import ChecklistError, EffectiveState, ItemState
from app.customer_profile import CustomerProfile
from app.customers import CustomerService
from app.profile import Profile
from db.models import Attachment, Document, OutboxEntry

TODAY = date(2026, 11, 28)
WAN = Decimal(10_000)


@pytest.fixture
def service(profile: Profile) -> ApplicationService:
    return ApplicationService(profile.database, "rm01", AttachmentStore(profile.paths.attachments))


def new_customer(profile: Profile, **changes: object) -> str:
    values: dict[str, object] = {
        "name": "杭州恒达机械有限公司",
        "registration_date": date(2015, 3, 18),
        "credit_type": "new",
    }
    values.update(changes)
    saved = CustomerService(profile.database, "rm01").save(CustomerProfile(**values))  # type: ignore[arg-type]
    assert saved.id is not None
    return saved.id


def working_capital(customer_id: str, **changes: object) -> ApplicationInput:
    data = ApplicationInput(
        customer_id=customer_id,
        product_code="working_capital",
        amount=Decimal(300) * WAN,
        term_months=12,
        purpose="采购原材料",
        collateral_type="property",
        collateral_description="厂房一处",
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def item(view: ApplicationView, code: str) -> ItemView:
    return next(i for i in view.items if i.code == code)


def codes(items: tuple[ItemView, ...]) -> set[str]:
    return {i.code for i in items}


def png(path: Path) -> Path:
    Image.new("RGB", (40, 30), "white").save(path, "PNG")
    return path


def test_creating_an_application_instantiates_the_products_checklist(
    profile: Profile, service: ApplicationService
) -> None:
    app_id = service.save(working_capital(new_customer(profile)), TODAY)
    view = service.load(app_id, TODAY)
    applicable = {i.code for i in view.items if i.applicable}
    assert {"business_licence", "financial_statements", "collateral_title"} <= applicable
    assert "guarantor_documents" not in applicable  # only with a guarantee
    assert "renewal_statement" not in applicable  # only for renewals
    assert "new_company_support" not in applicable  # the company is over 2 years old
    assert view.completeness == 0 and codes(view.blocking) == {
        i.code for i in view.items if i.applicable and i.required
    }


def test_conditions_follow_the_customer(profile: Profile, service: ApplicationService) -> None:
    young_renewal = new_customer(
        profile,
        name="宁波新创科技有限公司",
        registration_date=date(2025, 6, 1),
        credit_type="renewal",
    )
    view = service.load(service.save(working_capital(young_renewal), TODAY), TODAY)
    assert item(view, "renewal_statement").applicable
    assert item(view, "new_company_support").applicable


def test_changing_the_collateral_keeps_what_was_received(
    profile: Profile, service: ApplicationService
) -> None:
    data = working_capital(new_customer(profile))
    app_id = service.save(data, TODAY)
    title = item(service.load(app_id, TODAY), "collateral_title")
    service.mark_received([title.id])

    service.save(replace(data, id=app_id, collateral_type="guarantee"), TODAY)
    view = service.load(app_id, TODAY)
    assert not item(view, "collateral_title").applicable
    assert item(view, "collateral_title").state == ItemState.RECEIVED  # kept, not lost
    assert item(view, "guarantor_documents").applicable

    service.save(replace(data, id=app_id), TODAY)  # back to property: received again
    assert item(service.load(app_id, TODAY), "collateral_title").applicable
    assert item(service.load(app_id, TODAY), "collateral_title").state == ItemState.RECEIVED


def test_amount_term_and_collateral_are_checked_against_the_product(
    profile: Profile, service: ApplicationService
) -> None:
    customer = new_customer(profile)
    with pytest.raises(InvalidApplicationError) as caught:
        service.save(working_capital(customer, amount=Decimal(5_000) * WAN, term_months=36), TODAY)
    assert {p.field for p in caught.value.problems} == {"amount", "term_months"}
    assert "50.00" in caught.value.problems[0].text()  # the product's range, in 万元
    with pytest.raises(InvalidApplicationError):
        service.save(working_capital(customer, collateral_type="receivables"), TODAY)
    assert service.list(today=TODAY) == []  # nothing was written


def test_item_states_follow_the_state_machine(
    profile: Profile, service: ApplicationService
) -> None:
    app_id = service.save(working_capital(new_customer(profile)), TODAY)
    licence = item(service.load(app_id, TODAY), "business_licence")
    with pytest.raises(ChecklistError):
        service.set_state(licence.id, ItemState.VERIFIED)  # must be received first
    with pytest.raises(ChecklistError):
        service.set_state(licence.id, ItemState.WAIVED, reason="  ")  # a reason is required
    service.set_state(licence.id, ItemState.RECEIVED)
    service.set_state(licence.id, ItemState.VERIFIED)
    assert item(service.load(app_id, TODAY), "business_licence").state == ItemState.VERIFIED
    board = item(service.load(app_id, TODAY), "board_resolution")
    service.set_state(board.id, ItemState.WAIVED, reason="一人有限公司，无董事会")
    waived = item(service.load(app_id, TODAY), "board_resolution")
    assert waived.effective == EffectiveState.WAIVED and not waived.blocking
    assert waived.waive_reason == "一人有限公司，无董事会"


def test_documents_expire_by_their_validity_rule_as_days_pass(
    profile: Profile, service: ApplicationService
) -> None:
    app_id = service.save(working_capital(new_customer(profile)), TODAY)
    statements = item(service.load(app_id, TODAY), "financial_statements")
    service.mark_received([statements.id])
    received = item(service.load(app_id, TODAY), "financial_statements")
    assert received.effective == EffectiveState.EXPIRED  # no date yet: cannot be judged valid
    assert received.document is not None
    service.set_document_dates(received.document.id, date(2026, 9, 30), None)
    fresh = item(service.load(app_id, TODAY), "financial_statements")
    assert fresh.effective == EffectiveState.RECEIVED and not fresh.blocking
    assert fresh.validity is not None and fresh.validity.valid_until == date(2027, 3, 30)
    later = item(service.load(app_id, date(2027, 3, 30)), "financial_statements")
    assert later.effective == EffectiveState.EXPIRED and later.blocking  # re-evaluated by date


def test_the_submit_gate_is_enforced_in_the_service(
    profile: Profile, service: ApplicationService
) -> None:
    app_id = service.save(working_capital(new_customer(profile)), TODAY)
    with pytest.raises(NotReadyError) as caught:
        service.mark_ready(app_id, TODAY)
    assert "business_licence" in codes(tuple(caught.value.blocking))

    view = service.load(app_id, TODAY)
    service.mark_received([i.id for i in view.items if i.applicable and i.required])
    view = service.load(app_id, TODAY)
    for entry in view.items:
        if entry.document is not None and entry.effective == EffectiveState.EXPIRED:
            service.set_document_dates(entry.document.id, date(2026, 11, 1), None)
    view = service.load(app_id, TODAY)
    assert view.completeness == 100 and view.blocking == ()
    service.mark_ready(app_id, TODAY)
    assert service.load(app_id, TODAY).status == "ready"

    licence = item(service.load(app_id, TODAY), "business_licence")
    service.set_state(licence.id, ItemState.MISSING)  # a document taken back
    assert service.load(app_id, TODAY).status == "draft"


def test_a_document_on_file_is_offered_to_the_next_application(
    profile: Profile, service: ApplicationService, tmp_path: Path
) -> None:
    customer = new_customer(profile)
    first = service.save(working_capital(customer), TODAY)
    licence = item(service.load(first, TODAY), "business_licence")
    service.attach(licence.id, [png(tmp_path / "营业执照.png")])

    second = service.save(
        working_capital(customer, product_code="short_term_credit", collateral_type="none"), TODAY
    )
    offered = item(service.load(second, TODAY), "business_licence")
    assert offered.effective == EffectiveState.MISSING
    first_document = item(service.load(first, TODAY), "business_licence").document
    assert first_document is not None and [d.id for d in offered.reusable] == [first_document.id]

    assert service.reuse_all(second, TODAY) == 1
    reused = item(service.load(second, TODAY), "business_licence")
    assert reused.state == ItemState.RECEIVED and reused.document == first_document
    assert reused.document.attachments[0].original_name == "营业执照.png"


def test_attachments_are_stored_once_and_reach_the_outbox(
    profile: Profile, service: ApplicationService, tmp_path: Path
) -> None:
    app_id = service.save(working_capital(new_customer(profile)), TODAY)
    view = service.load(app_id, TODAY)
    scan = png(tmp_path / "scan.pdf")  # a PNG with the wrong extension
    stored = service.attach(item(view, "business_licence").id, [scan])
    service.attach(item(view, "articles_of_association").id, [scan])
    assert stored[0].media_type == "image/png"
    blobs = [p for p in profile.paths.attachments.rglob("*") if p.is_file()]
    assert len(blobs) == 1  # content-addressed: the same scan is stored once
    with profile.database.reading() as session:
        entities = {e.entity for e in session.scalars(select(OutboxEntry))}
        assert {"documents", "attachments", "checklist_items", "applications"} <= entities
        assert len(session.scalars(select(Attachment)).all()) == 2


def test_a_corrupt_file_is_refused_and_nothing_is_recorded(
    profile: Profile, service: ApplicationService, tmp_path: Path
) -> None:
    app_id = service.save(working_capital(new_customer(profile)), TODAY)
    licence = item(service.load(app_id, TODAY), "business_licence")
    broken = tmp_path / "licence.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50)
    with pytest.raises(AttachmentError) as caught:
        service.attach(licence.id, [broken])
    assert caught.value.code == "corrupt"
    assert item(service.load(app_id, TODAY), "business_licence").state == ItemState.MISSING
    with profile.database.reading() as session:
        assert session.scalars(select(Document)).all() == []
    assert not [p for p in profile.paths.attachments.rglob("*") if p.is_file()]


def test_applications_needing_documents_are_listed(
    profile: Profile, service: ApplicationService
) -> None:
    app_id = service.save(working_capital(new_customer(profile)), TODAY)
    attention = service.needing_attention(TODAY)
    assert [a.id for a in attention] == [app_id]
    assert attention[0].blocking > 0 and "business_licence" in attention[0].missing_codes
