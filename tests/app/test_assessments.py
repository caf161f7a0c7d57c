"""Assessments and statements: drafts, submit freezes, supersede keeps history."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlcipher3.dbapi2 import IntegrityError

from app.assessments import AssessmentService, StatementError, inputs_json
from app.customer_profile import CustomerProfile
from app.customers import CustomerService
from app.profile import Profile
from app.scoring import InputError, shipped_model
from app.scoring.json_format import model_from_json
from db.cipher import connect
from db.models import Assessment, OutboxEntry
from db.unit_of_work import ImmutableRecordError

D = Decimal
WAN = D(10_000)
FORM = {
    "owner_credit_record": "clean",
    "collateral_type": "property",
    "relationship_years": "4",
    "visit_findings": "good",
}


@pytest.fixture
def service(profile: Profile) -> AssessmentService:
    return AssessmentService(profile.database, "rm01")


def new_customer(profile: Profile, **changes: object) -> str:
    values: dict[str, object] = {
        "name": "杭州恒达机械有限公司",
        "registration_date": date(2015, 3, 18),
        "industry_code": "C33",
    }
    values.update(changes)
    saved = CustomerService(profile.database, "rm01").save(CustomerProfile(**values))  # type: ignore[arg-type]
    assert saved.id is not None
    return saved.id


def with_statements(service: AssessmentService, customer_id: str) -> None:
    service.save_statement(
        customer_id,
        date(2024, 12, 31),
        {"revenue": D(4000) * WAN, "total_assets": D(3500) * WAN},
    )
    service.save_statement(
        customer_id,
        date(2025, 12, 31),
        {
            "revenue": D(5000) * WAN,
            "net_profit": D(300) * WAN,
            "total_assets": D(4000) * WAN,
            "total_liabilities": D(2400) * WAN,
            "current_assets": D(2200) * WAN,
            "current_liabilities": D(1600) * WAN,
            "inventory": D(600) * WAN,
            "receivables": D(1000) * WAN,
        },
        audited=True,
    )


# Statements ---------------------------------------------------------------------------


def test_statements_are_saved_updated_and_feed_the_ratios(
    profile: Profile, service: AssessmentService
) -> None:
    customer = new_customer(profile)
    with_statements(service, customer)
    again = service.save_statement(customer, date(2025, 12, 31), {"operating_cash_flow": "400"})
    statements = service.statements(customer)
    assert [s.period_end.year for s in statements] == [2025, 2024]
    assert statements[0].id == again and statements[0].audited
    assert statements[0].operating_cash_flow == D("400.00")
    assert statements[0].revenue == D(5000) * WAN  # items not given keep their value
    ratios = service.ratios(customer)
    assert ratios["debt_to_asset"] == D("60.00")
    assert ratios["revenue_growth"] == D("25.00")
    service.delete_statement(statements[1].id or "")
    assert service.ratios(customer)["revenue_growth"] is None


def test_bad_figures_are_refused_with_every_problem(
    profile: Profile, service: AssessmentService
) -> None:
    customer = new_customer(profile)
    with pytest.raises(StatementError) as caught:
        service.save_statement(
            customer,
            date(2025, 12, 31),
            {
                "revenue": "-5",
                "net_profit": "-5",  # a loss is fine
                "inventory": "1.005",
                "receivables": "abc",
                "goodwill": "1",
                "total_assets": D(10) ** 13,
            },
        )
    assert {p.field: p.code for p in caught.value.problems} == {
        "revenue": "amount.negative",
        "inventory": "amount.precision",
        "receivables": "amount.invalid",
        "goodwill": "statement.unknown_item",
        "total_assets": "amount.too_large",
    }
    assert service.statements(customer) == []
    with pytest.raises(KeyError):
        service.save_statement("nobody", date(2025, 12, 31), {})


def test_automatic_inputs_read_statements_and_profile(
    profile: Profile, service: AssessmentService
) -> None:
    customer = new_customer(profile)
    with_statements(service, customer)
    filled = service.automatic_inputs(customer, shipped_model(), date(2026, 6, 1))
    assert filled["debt_to_asset"] == D("60.00")
    assert filled["years_in_business"] == D(11)
    assert filled["industry_risk"] == "medium"
    assert "owner_credit_record" not in filled


# Assessments --------------------------------------------------------------------------


def test_a_half_filled_draft_is_saved_with_its_result_so_far(
    profile: Profile, service: AssessmentService
) -> None:
    customer = new_customer(profile)
    model = shipped_model()
    draft = service.save_draft(customer, model, {"owner_credit_record": "clean", "roa": D("4.5")})
    view = service.load(draft)
    assert view.status == "draft" and not view.is_submitted
    assert (view.model_id, view.model_version) == ("sme_scorecard", "1.0")
    assert view.inputs["roa"] == "4.5" and view.inputs["debt_to_asset"] is None
    assert view.score == D(37) and view.grade == "C"  # 18 with nothing, roa +3, owner +16
    assert view.outputs["reason_codes"][0]["code"] == "FIN_MISSING"
    bad = service.save_draft(
        customer, model, {"owner_credit_record": "spotless"}, assessment_id=draft
    )
    assert bad == draft
    view = service.load(draft)
    assert view.score is None and view.grade is None
    assert view.outputs["problems"][0]["code"] == "choice.unknown"
    assert view.inputs["owner_credit_record"] == "spotless"  # kept as typed


def test_submit_scores_again_and_freezes_the_record(
    profile: Profile, service: AssessmentService
) -> None:
    customer = new_customer(profile)
    with_statements(service, customer)
    model = shipped_model()
    inputs = {**service.automatic_inputs(customer, model, date(2026, 6, 1)), **FORM}
    draft = service.save_draft(customer, model, inputs)
    when = datetime(2026, 6, 1, 9, 30, tzinfo=UTC)
    view = service.submit(draft, now=when)
    assert view.is_submitted and view.submitted_at == when
    assert view.score == D(83) and view.grade == "AA"
    assert view.outputs["terms"]["max_exposure_wan"] == "2000"
    assert view.inputs["relationship_years"] == "4"
    assert service.latest(customer) == view

    with pytest.raises(ImmutableRecordError):
        service.save_draft(customer, model, {**inputs, "visit_findings": "normal"}, None, draft)
    with pytest.raises(ImmutableRecordError):
        service.submit(draft)
    with pytest.raises(ImmutableRecordError):
        service.discard_draft(draft)
    # The data layer itself refuses, whoever changes the record ...
    with pytest.raises(ImmutableRecordError), profile.database.unit_of_work("rm02") as uow:
        row = uow.get(Assessment, draft)
        assert row is not None
        uow.update(row, {"grade": "A"})
    # ... and so does the database.
    connection = connect(profile.database.path, profile.database.key)  # encrypted at rest
    with pytest.raises(IntegrityError, match="cannot change"):
        connection.execute("UPDATE assessments SET grade = 'A' WHERE id = ?", (draft,))
    connection.close()
    assert service.load(draft).grade == "AA"


def test_submitting_inputs_that_cannot_be_scored_changes_nothing(
    profile: Profile, service: AssessmentService
) -> None:
    customer = new_customer(profile)
    draft = service.save_draft(customer, shipped_model(), {"visit_findings": "wonderful"})
    with pytest.raises(InputError):
        service.submit(draft)
    assert service.load(draft).status == "draft"


def test_supersede_keeps_the_history(profile: Profile, service: AssessmentService) -> None:
    customer = new_customer(profile)
    model = shipped_model()
    first = service.save_draft(customer, model, FORM)
    service.submit(first, now=datetime(2026, 1, 5, tzinfo=UTC))
    with pytest.raises(ValueError, match="edit the draft"):
        service.supersede(service.save_draft(customer, model, {}), FORM)

    second = service.supersede(first, {**FORM, "visit_findings": "concerns"})
    draft = service.load(second)
    assert draft.supersedes_id == first and draft.status == "draft"
    assert service.load(first).superseded_by == second
    current = service.latest(customer)
    assert current is not None and current.id == first
    with pytest.raises(ValueError, match="already superseded"):
        service.supersede(first, FORM)

    service.submit(second, now=datetime(2026, 3, 1, tzinfo=UTC))
    latest = service.latest(customer)
    assert latest is not None and latest.id == second
    before = service.load(first).score
    assert latest.score is not None and before is not None
    assert latest.score == before - 4  # visit: 5 → 1
    history = service.history(customer)
    ids = [v.id for v in history]
    assert ids.index(second) < ids.index(first)
    assert {v.id: v.status for v in history}[first] == "submitted"


def test_discarded_drafts_leave_the_history(profile: Profile, service: AssessmentService) -> None:
    customer = new_customer(profile)
    draft = service.save_draft(customer, shipped_model(), FORM)
    service.discard_draft(draft)
    assert service.history(customer) == []
    with pytest.raises(KeyError):
        service.load(draft)


def test_every_change_reaches_the_outbox(profile: Profile, service: AssessmentService) -> None:
    customer = new_customer(profile)
    draft = service.save_draft(customer, shipped_model(), FORM)
    service.submit(draft)
    with profile.database.reading() as session:
        ops = session.execute(
            select(OutboxEntry.op, OutboxEntry.changes).where(
                OutboxEntry.entity == "assessments", OutboxEntry.entity_id == draft
            )
        ).all()
    assert [op for op, _ in ops] == ["create", "update"]
    assert ops[1][1]["status"] == "submitted"
    assert ops[1][1]["submitted_at"] is not None
    assert ops[0][1]["score"] == "49"  # JSON-safe: a decimal string


def test_a_model_given_to_save_draft_can_submit(
    profile: Profile, service: AssessmentService
) -> None:
    tiny = model_from_json(
        {
            "format": "rmdesk.scorecard/1",
            "id": "tiny",
            "version": "0.1",
            "use_reason_codes": False,
            "inputs": [{"name": "x", "kind": "numeric"}],
            "characteristics": [
                {"name": "c", "input": "x", "bins": [{"otherwise": True, "points": "7.25"}]}
            ],
        }
    )
    customer = new_customer(profile)
    draft = service.save_draft(customer, tiny, {"x": 3})
    view = service.submit(draft)
    assert view.score == D("7.25") and view.grade is None
    other = AssessmentService(profile.database, "rm01")
    with pytest.raises(KeyError, match="tiny"):
        other.model_of(view)


def test_unknown_records_and_foreign_applications(
    profile: Profile, service: AssessmentService
) -> None:
    customer = new_customer(profile)
    with pytest.raises(KeyError):
        service.save_draft("nobody", shipped_model(), {})
    with pytest.raises(KeyError):
        service.save_draft(customer, shipped_model(), {}, application_id="nope")
    with pytest.raises(KeyError):
        service.submit("nope")
    assert service.latest(customer) is None


def test_inputs_are_stored_json_safe() -> None:
    model = shipped_model()
    stored = inputs_json(
        model, {"roa": D("4.50"), "current_ratio": 1.1, "years_in_business": 3, "x": "y"}
    )
    assert stored["roa"] == "4.5"
    assert stored["current_ratio"] == "1.1"
    assert stored["years_in_business"] == "3"
    assert "x" not in stored and stored["visit_findings"] is None
