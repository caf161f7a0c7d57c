"""The OpenAPI schema: committed in docs/openapi.json, and fuzzed with schemathesis (no 5xx)."""

from __future__ import annotations

import json
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, given, settings

from app.sync_wire import MIN_CLIENT_SCHEMA, PROTOCOL_VERSION
from server.cli import openapi_document
from server.core.db import run_in_transaction
from server.crud import users
from tests.server.conftest import PASSWORD, Api

#: Examples per operation: enough to find crashes on bad input, quick enough for CI.
EXAMPLES = 10


def test_the_committed_schema_is_the_apps(app: FastAPI, repo_root: Path) -> None:
    committed = json.loads((repo_root / "docs" / "openapi.json").read_text(encoding="utf-8"))
    assert committed == json.loads(openapi_document(app)), (
        "docs/openapi.json is stale: run `rmdesk-server openapi --output docs/openapi.json`"
    )


@pytest.fixture(scope="session")
def fuzz_headers(app: FastAPI) -> dict[str, str]:
    """An RM's sign-in for the fuzzer."""
    from fastapi.testclient import TestClient

    state = app.state.rmdesk
    name = f"fuzz{secrets.token_hex(4)}"
    run_in_transaction(
        state.sessions,
        lambda s: users.create_user(
            s, state.passwords, name, PASSWORD, "rm", f"b{name}", datetime.now(UTC)
        ),
    )
    api = Api(TestClient(app), name).login()
    return {"Authorization": f"Bearer {api.token}"}


def test_no_server_errors(app: FastAPI, fuzz_headers: dict[str, str]) -> None:
    """Every operation, fuzzed from the schema (a few examples each): never a 5xx."""
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    failures: list[str] = []
    operations = [result.ok() for result in schema.get_all_operations()]
    # signing out ends the fuzzer's session: do it last
    operations.sort(key=lambda op: op.path == "/auth/logout")
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def fuzz(case: Any) -> None:
            if isinstance(case.body, dict) and "protocol" in case.body:
                # reach past the version check into the sync engine
                case.body.update(protocol=PROTOCOL_VERSION, schema_version=MIN_CLIENT_SCHEMA)
            response = case.call(headers=fuzz_headers)
            if response.status_code >= 500:
                failures.append(f"{case.method} {case.formatted_path}: {response.status_code}")

        fuzz()
    assert failures == []
