"""Remembered mutation ids keep no personal data, and only for a while.

``applied_mutations`` answers a batch sent again after a lost answer. It keeps
the outcome of each mutation, not the record's data (see
:mod:`server.crud.applied_mutations`): the searches read the raw stored text of
every row, in both forms JSON may hold non-ASCII text (SQLite keeps ``\\uXXXX``
escapes, PostgreSQL the characters), on SQLite and on PostgreSQL. Rows older than
``RMDESK_MUTATION_RETENTION_DAYS`` go with ``rmdesk-server purge``. A database
upgraded from 0005 has its old rows stripped the same way.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Engine, insert, inspect, select, text, update
from stdnum.cn import ric

from app.sync_wire import MutationResult
from server.cli import main
from server.core.db import run_in_transaction
from server.core.security import utcnow
from server.crud.applied_mutations import REDACTED, purge_mutations, stored_result
from server.migrate import alembic_config, current_revision, head_revision, upgrade
from server.models import AppliedMutation, AuditEvent
from tests.server.conftest import (
    TEST_SECRET,
    World,
    make_settings,
    mutation,
    new_id,
    valid_uscc,
)
from tests.server.old_revision import database_at
from tests.server.test_audit_privacy import leaks, mobile, resident_id

_APPLIED_TEXT = text(
    "SELECT mutation_id, CAST(user_id AS TEXT), payload_hash, CAST(result AS TEXT), "
    "CAST(applied_at AS TEXT) FROM applied_mutations"
)


def _engine_text(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return ["|".join(str(c) for c in row) for row in conn.execute(_APPLIED_TEXT)]


def applied_text(world: World) -> list[str]:
    """Every row of ``applied_mutations`` (not just this test's) as raw text."""
    rows = run_in_transaction(
        world.app.state.rmdesk.sessions, lambda s: s.execute(_APPLIED_TEXT).all()
    )
    return ["|".join(str(c) for c in row) for row in rows]


def stored(world: World, *mutation_ids: str) -> dict[str, dict[str, Any]]:
    """The stored results of ``mutation_ids`` (those still remembered)."""
    rows = run_in_transaction(
        world.app.state.rmdesk.sessions,
        lambda s: s.execute(
            select(AppliedMutation.mutation_id, AppliedMutation.result).where(
                AppliedMutation.mutation_id.in_(mutation_ids)
            )
        ).all(),
    )
    return {r[0]: r[1] for r in rows}


def backdate(world: World, mutation_ids: list[str], days: int) -> None:
    """Make ``mutation_ids`` look applied ``days`` ago."""
    when = utcnow() - timedelta(days=days)
    run_in_transaction(
        world.app.state.rmdesk.sessions,
        lambda s: s.execute(
            update(AppliedMutation)
            .where(AppliedMutation.mutation_id.in_(mutation_ids))
            .values(applied_at=when)
        ),
    )


def bad_birth_date_id() -> tuple[str, str]:
    """A resident ID number with a right check digit but no real birth date (month 13-18)."""
    digits = f"1999{13 + secrets.randbelow(6)}{10 + secrets.randbelow(19)}"
    body = f"110105{digits}{secrets.randbelow(1000):03d}"
    return body + ric.calc_check_digit(body + "0"), digits


def test_a_conflict_and_refusals_leave_no_personal_data_in_the_mutation_ids(
    world: World,
) -> None:
    laptop = world.api("rm_a", device="laptop")
    tablet = world.api("rm_a", device="tablet")
    tag = secrets.token_hex(4)
    name, person, their_person = f"杭州{tag}五金经营部", f"周{tag}", f"郑{tag}"
    my_person, odd_status = f"王{tag}", f"客户{tag}本人"
    id_number, phone, their_phone = resident_id(), mobile(), mobile()
    address, uscc = f"西湖区文三路{tag}号", valid_uscc()
    contact_name, contact_phone = f"吴{tag}", mobile()
    bad_id, birth_digits = bad_birth_date_id()
    customer = new_id()
    creation = [
        mutation(
            "customers",
            customer,
            name=name,
            uscc=uscc,
            address=address,
            legal_rep_name=person,
            legal_rep_id_number=id_number,
            legal_rep_mobile=phone,
            assigned_rm="someone",
        ),
        mutation(
            "customer_contacts",
            new_id(),
            customer_id=customer,
            name=contact_name,
            phone=contact_phone,
        ),
    ]
    created = laptop.push(*creation)
    assert [r["status"] for r in created] == ["applied", "applied"]
    assert created[0]["server_values"] == {"assigned_rm": laptop.username}
    base = created[0]["version"]
    [theirs] = tablet.push(
        mutation(
            "customers",
            customer,
            "update",
            base,
            legal_rep_name=their_person,
            legal_rep_mobile=their_phone,
        )
    )
    assert theirs["status"] == "applied"
    batch = [
        mutation("customers", customer, "update", base, legal_rep_name=my_person, city="杭州"),
        mutation("customers", customer, "update", base, legal_rep_id_number=bad_id),
        mutation("customers", customer, "update", base, status=odd_status),
    ]
    conflict, refused, odd = laptop.push(*batch)
    assert conflict["status"] == "conflict" and conflict["fields"] == ["legal_rep_name"]
    assert conflict["record"]["data"]["legal_rep_mobile"] == their_phone
    [birth] = refused["problems"]
    assert (birth["code"], birth["params"]) == ("id.birth_date", {"digits": birth_digits})
    assert odd["problems"][0]["params"] == {"value": odd_status}

    personal = [name, person, their_person, my_person, id_number, phone, their_phone]
    personal += [address, uscc, contact_name, contact_phone, bad_id, birth_digits, odd_status]
    assert leaks(applied_text(world), personal) == []
    ids = [m["mutation_id"] for m in [*creation, *batch]]
    kept = stored(world, *ids)
    assert kept[ids[0]] == {"status": "applied", "version": base, "server_fields": ["assigned_rm"]}
    assert kept[ids[2]] == {"status": "conflict", "fields": ["legal_rep_name"]}
    assert kept[ids[3]]["problems"] == [
        {
            "field": "legal_rep_id_number",
            "code": "id.birth_date",
            "message": birth["template"].format(digits=REDACTED),
            "template": birth["template"],
            "params": {"digits": REDACTED},
        }
    ]

    # Sent again: the same outcomes, values read from the record store now; a
    # refusal's parameters that quoted the data are redacted.
    assert laptop.push(*creation) == created
    again = laptop.push(*batch)
    assert again[0] == conflict
    assert again[1]["problems"] == kept[ids[3]]["problems"]
    assert again[2]["problems"][0]["params"] == {"value": REDACTED}
    assert birth_digits not in json.dumps(again, ensure_ascii=False)
    assert leaks(applied_text(world), personal) == []


def test_stored_results_are_the_same_from_a_whole_answer_or_the_stored_form() -> None:
    record = {
        "entity": "customers",
        "id": new_id(),
        "customer_id": new_id(),
        "version": 9,
        "deleted": False,
        "data": {"name": "周某", "legal_rep_mobile": "13912345678"},
        "updated_at": "2025-01-01T00:00:00Z",
        "updated_by": "rm01",
    }
    answers: list[dict[str, Any]] = [
        {"status": "conflict", "fields": ["name"], "record": record},
        {"status": "applied", "version": 9, "server_values": {"decision_reason": "周某病了"}},
        {
            "status": "rejected",
            "problems": [
                {
                    "field": "status",
                    "code": "choice.unknown",
                    "message": "“周某” is not one of the choices",
                    "template": "“{value}” is not one of the choices",
                    "params": {"value": "周某"},
                },
                {
                    "field": "name",
                    "code": "length.too_long",
                    "message": "Too long: at most 200 characters, this has 201",
                    "template": "Too long: at most {maximum} characters, this has {length}",
                    "params": {"maximum": "200", "length": "201"},
                },
            ],
        },
    ]
    for answer in answers:
        whole = MutationResult.model_validate({"mutation_id": new_id(), **answer})
        slim = stored_result(whole.model_dump(mode="json"))
        assert stored_result(slim) == slim
        assert "周某" not in json.dumps(slim, ensure_ascii=False)
        assert "13912345678" not in json.dumps(slim)
    problems = stored_result(answers[2])["problems"]
    assert problems[0]["message"] == "“…” is not one of the choices"
    assert problems[1] == answers[2]["problems"][1]  # limits and counts are no personal data


def test_the_purge_forgets_old_mutation_ids_and_keeps_recent_ones(world: World) -> None:
    rm = world.api("rm_a")
    customer = rm.create_customer()
    old = [mutation("customers", customer, "update", city=f"城{n}") for n in range(5)]
    recent = [mutation("customers", customer, "update", district="西湖区")]
    rm.push(*old)
    [answer] = rm.push(*recent)
    old_ids = [m["mutation_id"] for m in old]
    backdate(world, old_ids[:4], days=31)
    backdate(world, old_ids[4:], days=29)

    sessions = world.app.state.rmdesk.sessions
    assert purge_mutations(sessions, timedelta(days=30), utcnow(), batch=3) >= 4
    assert set(stored(world, *old_ids, recent[0]["mutation_id"])) == {
        old_ids[4],
        recent[0]["mutation_id"],
    }
    assert rm.push(*recent) == [answer]  # still answered, not applied again
    assert purge_mutations(sessions, timedelta(days=30), utcnow()) == 0


def test_rmdesk_server_purge_forgets_mutation_ids_after_the_retention_setting(
    world: World, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    rm = world.api("rm_a")
    customer = rm.create_customer()
    pushed = [mutation("customers", customer, "update", city=c) for c in ("湖州", "嘉兴")]
    rm.push(*pushed)
    ids = [m["mutation_id"] for m in pushed]
    backdate(world, ids[:1], days=8)
    backdate(world, ids[1:], days=6)
    settings = world.app.state.rmdesk.settings
    monkeypatch.delenv("RMDESK_SERVER_CONFIG", raising=False)
    monkeypatch.setenv("RMDESK_ENVIRONMENT", "production")
    monkeypatch.setenv("RMDESK_SECRET_KEY", TEST_SECRET)
    monkeypatch.setenv("RMDESK_DATABASE_URL", settings.database_url)
    monkeypatch.setenv("RMDESK_MUTATION_RETENTION_DAYS", "7")

    assert main(["purge"]) == 0

    printed = capsys.readouterr().out
    assert "applied_mutations: " in printed
    assert int(printed.split("applied_mutations: ")[1].split(",")[0]) >= 1
    assert set(stored(world, *ids)) == {ids[1]}


def test_the_retention_is_a_setting_of_at_least_a_day() -> None:
    assert make_settings("sqlite://").mutation_retention_days == 30
    assert make_settings("sqlite://", mutation_retention_days=60).mutation_retention_days == 60
    with pytest.raises(ValueError, match="mutation_retention_days"):
        make_settings("sqlite://", mutation_retention_days=0)


# --- migration 0006 ---------------------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_at_0005(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A fresh server database migrated to 0005 (the last revision keeping whole answers)."""
    with database_at(request.param, "0005", tmp_path) as engine:
        yield engine


def _downgrade(engine: Engine, revision: str) -> None:
    config = alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def _results(engine: Engine) -> dict[str, dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(select(AppliedMutation.mutation_id, AppliedMutation.result)).all()
    return {r[0]: r[1] if isinstance(r[1], dict) else json.loads(r[1]) for r in rows}


#: Old rows beyond the first few: more than one batch of the migration.
BULK = 1100


def test_upgrading_strips_old_answers_and_downgrading_gives_answers_back(
    engine_at_0005: Engine,
) -> None:
    engine = engine_at_0005
    now = datetime.now(UTC)
    tag = secrets.token_hex(4)
    name, id_number, phone, reason = f"绍兴{tag}纺织厂", resident_id(), mobile(), f"法人{tag}住院"
    _bad_id, birth_digits = bad_birth_date_id()
    record = {
        "entity": "customers",
        "id": new_id(),
        "customer_id": new_id(),
        "version": 12,
        "deleted": False,
        "data": {"name": name, "legal_rep_id_number": id_number, "legal_rep_mobile": phone},
        "updated_at": now.isoformat(),
        "updated_by": f"rm{tag}",
    }

    def answer(**fields: Any) -> dict[str, Any]:
        whole = MutationResult.model_validate({"mutation_id": new_id(), **fields})
        return whole.model_dump(mode="json")

    conflict = answer(status="conflict", fields=["name"], record=record)
    applied = answer(status="applied", version=13, server_values={"decision_reason": reason})
    refused = answer(
        status="rejected",
        problems=[
            {
                "field": "legal_rep_id_number",
                "code": "id.birth_date",
                "message": f"Characters 7 to 14 ({birth_digits}) are not a real birth date",
                "template": "Characters 7 to 14 ({digits}) are not a real birth date",
                "params": {"digits": birth_digits},
            }
        ],
    )
    plain = answer(status="applied", version=14)
    old = [conflict, applied, refused, plain]
    old += [
        answer(status="applied", version=100 + n, server_values={"x": name}) for n in range(BULK)
    ]
    with engine.begin() as conn:
        conn.execute(
            insert(AppliedMutation),
            [
                {
                    "mutation_id": r["mutation_id"],
                    "user_id": 1,
                    "payload_hash": "0" * 64,
                    "result": r,
                    "applied_at": now,
                }
                for r in old
            ],
        )
        conn.execute(  # as written by a server that stores the new form already
            insert(AppliedMutation).values(
                mutation_id=(slim_id := new_id()),
                user_id=1,
                payload_hash="0" * 64,
                result={"status": "applied", "version": 15},
                applied_at=now,
            )
        )
    personal = [name, id_number, phone, reason, birth_digits]
    assert leaks(_engine_text(engine), personal) == personal  # the search finds them before

    upgrade(engine)

    assert current_revision(engine) == head_revision()
    assert leaks(_engine_text(engine), personal) == []
    results = _results(engine)
    assert results[conflict["mutation_id"]] == {"status": "conflict", "fields": ["name"]}
    assert results[applied["mutation_id"]] == {
        "status": "applied",
        "version": 13,
        "server_fields": ["decision_reason"],
    }
    assert results[refused["mutation_id"]]["problems"][0]["params"] == {"digits": REDACTED}
    assert results[plain["mutation_id"]] == {"status": "applied", "version": 14}
    assert all(results[r["mutation_id"]] == stored_result(r) for r in old)
    indexes = {
        i["name"]: i["column_names"] for i in inspect(engine).get_indexes("applied_mutations")
    }
    assert indexes["ix_applied_mutations_applied_at"] == ["applied_at"]
    with engine.connect() as conn:
        [event] = conn.execute(
            select(AuditEvent.username, AuditEvent.detail).where(
                AuditEvent.action == "mutations.scrubbed"
            )
        ).all()
    assert event[0] == "system"
    assert event[1] == {"revision": "0006", "rows": len(old)}  # not the one in the new form
    assert results[slim_id] == {"status": "applied", "version": 15}

    _downgrade(engine, "0005")

    results = _results(engine)
    assert conflict["mutation_id"] not in results  # judged again if sent again
    assert len(results) == len(old)  # less the conflict, plus the one in the new form
    for r in old[1:]:
        back = MutationResult.model_validate(results[r["mutation_id"]])  # what 0005 reads
        assert (back.status, back.version, back.server_values) == (
            r["status"],
            r["version"],
            {},
        )
    assert "ix_applied_mutations_applied_at" not in {
        i["name"] for i in inspect(engine).get_indexes("applied_mutations")
    }
    upgrade(engine)
    assert leaks(_engine_text(engine), personal) == []
