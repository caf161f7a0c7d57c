"""Server migration 0005 scrubs personal data from audit events written before 0005.

A database at 0004 gets audit rows as the old code wrote them (every changed value,
failed sign-ins with the username as typed), then is upgraded to the newest
revision on a real SQLite file and a real PostgreSQL database. Afterwards no row
holds the personal data in any stored form, the rows are still the same events,
and the table is append-only again.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert, select, text
from sqlalchemy.exc import DBAPIError

from app.identifiers import mask_id_number, mask_phone
from server.core.db import make_sessions, run_in_transaction
from server.core.security import Passwords
from server.crud import users
from server.migrate import current_revision, head_revision, upgrade
from server.models import AuditEvent, LoginThrottle
from tests.server.conftest import PASSWORD, make_settings, new_id, valid_uscc
from tests.server.old_revision import database_at
from tests.server.test_audit_privacy import leaks, mobile, resident_id

_RAW = text(
    "SELECT CAST(at AS TEXT), username, device_id, action, entity, entity_id, mutation_id, "
    "CAST(version AS TEXT), CAST(detail AS TEXT) FROM audit_events"
)
_TRIGGERS = {
    "sqlite": text(
        "SELECT name, sql FROM sqlite_master "
        "WHERE type = 'trigger' AND tbl_name = 'audit_events' ORDER BY name"
    ),
    "postgresql": text(
        "SELECT tgname, pg_get_triggerdef(oid) FROM pg_trigger "
        "WHERE tgrelid = 'audit_events'::regclass AND NOT tgisinternal ORDER BY tgname"
    ),
}
#: Old change events beyond the first few: more than two batches of the migration.
BULK = 2100


@pytest.fixture(params=["sqlite", "postgresql"])
def engine_at_0004(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    """A fresh server database migrated to 0004 (the last revision before the scrub)."""
    with database_at(request.param, "0004", tmp_path) as engine:
        yield engine


def _raw_rows(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return ["|".join(str(c) for c in row) for row in conn.execute(_RAW)]


def _events(engine: Engine) -> dict[int, dict[str, Any]]:
    """Every audit row by id, oldest first, all columns (detail parsed)."""
    with engine.connect() as conn:
        rows = conn.execute(select(AuditEvent.__table__).order_by(AuditEvent.id)).mappings().all()
    return {
        r["id"]: {
            **r,
            "detail": r["detail"] if isinstance(r["detail"], dict) else json.loads(r["detail"]),
        }
        for r in rows
    }


def _triggers(engine: Engine) -> list[tuple[str, str]]:
    with engine.connect() as conn:
        return [(r[0], r[1]) for r in conn.execute(_TRIGGERS[engine.dialect.name])]


def test_upgrading_scrubs_old_audit_events_and_keeps_the_log_append_only(
    engine_at_0004: Engine,
) -> None:
    engine = engine_at_0004
    now = datetime.now(UTC)
    tag = secrets.token_hex(4)
    staff = f"cro{tag}"
    settings = make_settings(engine.url.render_as_string(hide_password=False))
    run_in_transaction(
        make_sessions(engine),
        lambda s: users.create_user(
            s, Passwords(settings), staff, PASSWORD, "credit_officer", f"br{tag}", now
        ),
    )
    name, person, contact = f"杭州{tag}五金经营部", f"周{tag}", f"吴{tag}"
    id_number, phone, contact_phone = resident_id(), mobile(), mobile()
    address, uscc = f"西湖区文三路{tag}号", valid_uscc()
    condition, reason = f"法定代表人郑{tag}提供保证", f"经理{tag}同意"
    typed_password = f"Tr0ub4dor{tag}"
    customer, contact_id, application = new_id(), new_id(), new_id()
    customer_changes = {
        "name": name,
        "uscc": uscc,
        "city": "杭州",
        "address": address,
        "legal_rep_name": person,
        "legal_rep_id_number": id_number,
        "legal_rep_mobile": phone,
    }
    decision = {
        "status": "approved",
        "decided_at": "2024-05-01T08:00:00+00:00",
        "decided_by": staff,
        "decision_terms": {"amount": "250000.00", "term_months": 12, "conditions": [condition]},
        "decision_reason": reason,
        "requested_documents": [],
    }
    new_style = {"fields": ["city"], "changes": {"city": "宁波"}}

    def event(action: str, entity: str | None, entity_id: str | None, detail: Any) -> Any:
        return {
            "at": now,
            "user_id": None,
            "username": "" if entity is None else f"rm{tag}",
            "device_id": "" if entity is None else "laptop-1",
            "action": action,
            "entity": entity,
            "entity_id": entity_id,
            "mutation_id": new_id() if entity else None,
            "version": 7 if entity else None,
            "detail": detail,
        }

    old = [
        event("sync.create", "customers", customer, {"changes": customer_changes}),
        event(
            "sync.update",
            "customer_contacts",
            contact_id,
            {"changes": {"name": contact, "phone": contact_phone, "role": "财务负责人"}},
        ),
        event("sync.delete", "visits", new_id(), {"changes": {"deleted_at": now.isoformat()}}),
        event("credit.decision", "applications", application, decision),
        event("auth.login_failed", None, None, {"username": typed_password}),
        event("auth.login_failed", None, None, {"username": staff}),
        # already without personal data: left as they are
        event("sync.update", "customers", customer, new_style),
        event("sync.rejected", "customers", customer, {"problems": ["uscc: uscc.checksum"]}),
        event("auth.login", None, None, {}),
    ]
    old += [
        event("sync.update", "customer_contacts", new_id(), {"changes": {"name": f"{contact}{i}"}})
        for i in range(BULK)
    ]
    with engine.begin() as conn:
        conn.execute(insert(AuditEvent), old)
        conn.execute(
            insert(LoginThrottle),
            [
                {"username": typed_password, "failures": 2, "window_start": now},
                {"username": staff, "failures": 1, "window_start": now},
            ],
        )
    personal = [name, uscc, address, person, id_number, phone, contact, contact_phone]
    personal += [condition, reason, typed_password]
    assert leaks(_raw_rows(engine), personal) == personal  # the search finds them before
    before = _events(engine)
    guards = _triggers(engine)
    assert len(guards) == 2  # UPDATE and DELETE (SQLite), or UPDATE/DELETE and TRUNCATE

    upgrade(engine)

    assert current_revision(engine) == head_revision()
    assert leaks(_raw_rows(engine), personal) == []
    after = _events(engine)
    [scrubbed] = [e for e in after.values() if e["action"] == "audit.scrubbed"]
    assert scrubbed["username"] == "system" and scrubbed["at"] >= now
    assert scrubbed["detail"]["rows"] == 5 + BULK
    assert scrubbed["detail"]["actions"] == {
        "auth.login_failed": 1,
        "credit.decision": 1,
        "sync.create": 1,
        "sync.delete": 1,
        "sync.update": 1 + BULK,
    }
    # the same events: same ids, times, people, actions and entities; only details changed
    del after[scrubbed["id"]]
    assert after.keys() == before.keys()
    unchanged = ("at", "user_id", "username", "device_id", "action", "entity", "entity_id")
    for key in ("mutation_id", "version", *unchanged):
        assert [e[key] for e in after.values()] == [e[key] for e in before.values()], key
    details = [e["detail"] for e in after.values()]
    assert details[0] == {
        "fields": sorted(customer_changes),
        "changes": {
            "city": "杭州",
            "legal_rep_id_number": mask_id_number(id_number),
            "legal_rep_mobile": mask_phone(phone),
        },
        "masked": ["legal_rep_id_number", "legal_rep_mobile"],
    }
    assert details[1] == {
        "fields": ["name", "phone", "role"],
        "changes": {"phone": mask_phone(contact_phone)},
        "masked": ["phone"],
    }
    assert details[2] == {"fields": ["deleted_at"], "changes": {"deleted_at": now.isoformat()}}
    assert details[3] == {
        "fields": sorted(decision),
        "changes": {
            "status": "approved",
            "decided_at": "2024-05-01T08:00:00+00:00",
            "decided_by": staff,
            "decision_terms": {"amount": "250000.00", "term_months": 12},
            "requested_documents": [],
        },
    }
    assert details[4] == {"username": None, "length": len(typed_password)}
    assert details[5] == {"username": staff}  # an account's name stays
    assert details[6:9] == [new_style, {"problems": ["uscc: uscc.checksum"]}, {}]
    assert all(d == {"fields": ["name"], "changes": {}} for d in details[9:])

    # a typed username that names no account is gone from the throttle too
    with engine.connect() as conn:
        throttled = conn.execute(select(LoginThrottle.username)).scalars().all()
    assert throttled == [staff]

    # the guard is back exactly as 0001 made it, and works
    assert _triggers(engine) == guards
    for statement in ("UPDATE audit_events SET action = 'forged'", "DELETE FROM audit_events"):
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as conn:
            conn.execute(text(statement))
    assert len(_events(engine)) == len(before) + 1


def test_a_database_without_old_events_records_an_empty_scrub(engine_at_0004: Engine) -> None:
    upgrade(engine_at_0004)
    [event] = _events(engine_at_0004).values()
    assert event["action"] == "audit.scrubbed"
    assert event["detail"]["rows"] == 0 and event["detail"]["actions"] == {}
