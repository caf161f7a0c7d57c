"""The audit log says who changed which fields, but keeps no personal data in clear.

The log is append-only and can never be cleaned, so names, ID numbers, phones,
addresses and free text must not be copied into it (see
:mod:`server.sync.privacy`). The searches read the raw stored text of every
column, in both forms JSON may hold non-ASCII text (SQLite keeps ``\\uXXXX``
escapes, PostgreSQL the characters).
"""

from __future__ import annotations

import json
import secrets
from typing import Any

import pytest
from sqlalchemy import text
from stdnum.cn import ric

from app.identifiers import MASKED_FIELDS, mask_id_number, mask_phone
from server.core.db import run_in_transaction
from server.sync.entities import SPECS
from server.sync.privacy import (
    AUDIT_VALUES,
    CLEAR,
    MASKED,
    NOT_PERSONAL_KINDS,
    WITHHELD,
    audit_changes,
)
from tests.server.conftest import World, mutation, new_id, valid_uscc

_AUDIT_TEXT = text(
    "SELECT CAST(at AS TEXT), username, device_id, action, entity, entity_id, mutation_id, "
    "CAST(version AS TEXT), CAST(detail AS TEXT) FROM audit_events"
)
_RECORDS_TEXT = text("SELECT CAST(data AS TEXT) FROM records WHERE customer_id = :customer")


def resident_id() -> str:
    """A random valid resident ID number (born 1970-1999 in Beijing Chaoyang)."""
    body = (
        f"110105{1970 + secrets.randbelow(30)}0{1 + secrets.randbelow(9)}1{secrets.randbelow(10)}"
    )
    body += f"{secrets.randbelow(1000):03d}"
    return body + ric.calc_check_digit(body + "0")


def mobile() -> str:
    """A random mainland mobile number."""
    return f"139{secrets.randbelow(10**8):08d}"


def stored_forms(value: str) -> list[str]:
    """``value`` as it may appear in stored JSON text: raw and ``\\u``-escaped."""
    return sorted({value, json.dumps(value)[1:-1]})


def leaks(rows: list[str], values: list[str]) -> list[str]:
    """The values found anywhere in ``rows`` (in any stored form)."""
    return [v for v in values if any(f in row for row in rows for f in stored_forms(v))]


def audit_text(world: World) -> list[str]:
    """Every audit row (all rows of the table, not just this test's) as raw text."""
    rows = run_in_transaction(
        world.app.state.rmdesk.sessions, lambda s: s.execute(_AUDIT_TEXT).all()
    )
    return ["|".join(str(c) for c in row) for row in rows]


def record_text(world: World, customer: str) -> list[str]:
    """The raw stored data of a customer's records."""
    return run_in_transaction(
        world.app.state.rmdesk.sessions,
        lambda s: [str(v) for v in s.execute(_RECORDS_TEXT, {"customer": customer}).scalars()],
    )


def details(world: World, entity_id: str) -> list[tuple[str, dict[str, Any]]]:
    """(action, detail) of the audit events on ``entity_id``, oldest first."""
    rows = run_in_transaction(
        world.app.state.rmdesk.sessions,
        lambda s: s.execute(
            text("SELECT action, detail FROM audit_events WHERE entity_id = :id ORDER BY id"),
            {"id": entity_id},
        ).all(),
    )
    return [(a, d if isinstance(d, dict) else json.loads(d)) for a, d in rows]


def test_a_pushed_customer_leaves_no_personal_data_in_the_audit_log(world: World) -> None:
    rm = world.api("rm_a", device="laptop-9")
    tag = secrets.token_hex(4)
    name, new_name = f"杭州{tag}五金经营部", f"宁波{tag}五金经营部"
    person, contact_name = f"周{tag}", f"吴{tag}"
    id_number, phone, new_phone, contact_phone = resident_id(), mobile(), mobile(), mobile()
    address = f"西湖区文三路{tag}号"
    note = f"客户{tag}称其配偶身体不好"
    bad_id = id_number[:-1] + ("0" if id_number[-1] != "0" else "1")  # wrong check digit
    customer, contact, visit, reveal = new_id(), new_id(), new_id(), new_id()
    results = rm.push(
        mutation(
            "customers",
            customer,
            name=name,
            uscc=(uscc := valid_uscc()),
            city="杭州",
            address=address,
            legal_rep_name=person,
            legal_rep_id_number=id_number,
            legal_rep_mobile=phone,
            annual_revenue="8800000.00",
        ),
        mutation(
            "customer_contacts",
            contact,
            customer_id=customer,
            role="财务负责人",
            name=contact_name,
            phone=contact_phone,
        ),
        mutation(
            "visits",
            visit,
            customer_id=customer,
            visit_type="onboarding",
            notes=note,
            location=address,
        ),
        mutation("customers", customer, "update", name=new_name, legal_rep_mobile=new_phone),
        mutation("customers", customer, "update", legal_rep_id_number=bad_id),
        mutation(
            "privacy_reveals",
            reveal,
            customer_id=customer,
            field="legal_rep_id_number",
            context="profile",
            revealed_by=rm.username,
        ),
        mutation("customer_contacts", contact, "delete"),
    )
    assert [r["status"] for r in results] == ["applied"] * 4 + ["rejected"] + ["applied"] * 2
    personal = [name, new_name, person, contact_name, id_number, bad_id, phone, new_phone]
    personal += [contact_phone, address, note, uscc]
    # The search finds them where they belong (so it would find them in the audit too) …
    assert leaks(record_text(world, customer), personal) == [
        v for v in personal if v not in (name, bad_id, phone)
    ]
    # … and nowhere in the audit log.
    assert leaks(audit_text(world), personal) == []

    # Who, what and which fields are all there; values only masked or not personal.
    events = details(world, customer)
    assert [a for a, _ in events] == [
        "sync.create",
        "sync.update",
        "sync.rejected",
        "privacy.reveal",
    ]
    created = events[0][1]
    assert created["fields"] == sorted(
        [
            "name",
            "uscc",
            "city",
            "address",
            "legal_rep_name",
            "legal_rep_id_number",
            "legal_rep_mobile",
            "annual_revenue",
        ]
    )
    assert created["changes"] == {
        "city": "杭州",
        "annual_revenue": "8800000.00",
        "legal_rep_id_number": mask_id_number(id_number),
        "legal_rep_mobile": mask_phone(phone),
    }
    assert created["masked"] == ["legal_rep_id_number", "legal_rep_mobile"]
    assert events[1][1] == {
        "fields": ["legal_rep_mobile", "name"],
        "changes": {"legal_rep_mobile": mask_phone(new_phone)},
        "masked": ["legal_rep_mobile"],
    }
    assert events[2][1] == {"problems": ["legal_rep_id_number: id.checksum"]}
    assert events[3][1]["field"] == "legal_rep_id_number"
    [(create, contact_created), (delete, contact_deleted)] = details(world, contact)
    assert (create, delete) == ("sync.create", "sync.delete")
    assert contact_created == {
        "fields": ["customer_id", "name", "phone", "role"],
        "changes": {"customer_id": customer, "phone": mask_phone(contact_phone)},
        "masked": ["phone"],
    }
    assert contact_deleted["fields"] == ["deleted_at"]
    assert contact_deleted["changes"]["deleted_at"]  # a time: kept in clear
    [(_, visit_event)] = details(world, visit)
    assert visit_event["changes"] == {"customer_id": customer, "visit_type": "onboarding"}
    assert visit_event["fields"] == ["customer_id", "location", "notes", "visit_type"]


def test_a_credit_decision_keeps_its_terms_but_not_its_free_text(world: World) -> None:
    rm, credit = world.api("rm_a"), world.api("credit")
    customer = rm.create_customer()
    application = new_id()
    purpose = f"为{secrets.token_hex(4)}采购原材料"
    rm.push(
        mutation(
            "applications",
            application,
            customer_id=customer,
            product_code="short_term_credit",
            amount="300000.00",
            term_months=12,
            purpose=purpose,
        ),
        mutation("applications", application, "update", status="ready"),
        mutation("applications", application, "update", status="submitted"),
    )
    condition = f"法定代表人郑{secrets.token_hex(4)}提供个人连带责任保证"
    reason = f"经理{secrets.token_hex(4)}同意"
    decision = {
        "outcome": "approved",
        "terms": {"amount": "250000.00", "term_months": 12, "conditions": [condition]},
        "reason": reason,
    }
    response = credit.client.post(
        f"/credit/applications/{application}/decision", json=decision, headers=credit.headers
    )
    assert response.status_code == 200, response.text
    assert leaks(record_text(world, customer), [purpose, condition, reason]) == [
        purpose,
        condition,
        reason,
    ]
    assert leaks(audit_text(world), [purpose, condition, reason]) == []

    events = dict(details(world, application))
    assert "purpose" in events["sync.create"]["fields"]
    assert "purpose" not in events["sync.create"]["changes"]
    decided = events["credit.decision"]
    assert decided["fields"] == sorted(
        [
            "status",
            "decided_at",
            "decided_by",
            "decision_terms",
            "decision_reason",
            "requested_documents",
        ]
    )
    changes = decided["changes"]
    assert changes["status"] == "approved" and changes["decided_by"] == credit.username
    assert changes["decision_terms"] == {
        "amount": "250000.00",
        "term_months": 12,
        "annual_rate": None,
    }
    assert "decision_reason" not in changes


# --- the rules, without a server --------------------------------------------------------


def test_every_text_field_synced_has_a_decided_audit_rule() -> None:
    """A new text, list or object column must be listed (it is withheld until it is)."""
    undecided = sorted(
        f"{entity}.{name}"
        for entity, spec in SPECS.items()
        for name, f in spec.fields.items()
        if f.kind not in NOT_PERSONAL_KINDS
        and name not in spec.local
        and name not in AUDIT_VALUES.get(entity, {})
    )
    assert undecided == []


@pytest.mark.parametrize(
    ("entity", "changes", "expected"),
    [
        pytest.param(
            "customers",
            {"status": "complete", "employees": 12, "legal_rep_mobile": None, "name": ""},
            {"status": "complete", "employees": 12, "legal_rep_mobile": None},
            id="codes-numbers-and-a-cleared-value",
        ),
        pytest.param(
            "customer_contacts",
            {"phone": "0571-8888 6666", "name": "陈某"},
            {"phone": "0571-****6666"},
            id="a-landline-masked-like-the-client",
        ),
        pytest.param("customers", {"no_such_field": "陈某"}, {}, id="an-unknown-field-is-withheld"),
        pytest.param("no_such_entity", {"status": "x"}, {}, id="an-unknown-entity-is-withheld"),
        pytest.param(
            "applications",
            {"decision_terms": {"amount": "1.00", "conditions": ["陈某担保"], "other": "x"}},
            {"decision_terms": {"amount": "1.00"}},
            id="only-the-listed-keys-of-an-object",
        ),
    ],
)
def test_audit_changes(entity: str, changes: dict[str, Any], expected: dict[str, Any]) -> None:
    detail = audit_changes(entity, changes)
    assert detail["fields"] == sorted(changes)
    assert detail["changes"] == expected


def test_masked_fields_are_the_ones_the_client_masks() -> None:
    rules = {
        (entity, name): rule
        for entity, fields in AUDIT_VALUES.items()
        for name, rule in fields.items()
    }
    assert {name for (_e, name), rule in rules.items() if rule == MASKED} <= set(MASKED_FIELDS)
    people = {("customers", "legal_rep_name"), ("customer_contacts", "name"), ("customers", "name")}
    assert {rules[key] for key in people} == {WITHHELD}
    assert rules[("customers", "status")] == CLEAR
