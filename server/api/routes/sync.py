"""Push and pull: the sync protocol (see app/sync_wire.py for the shapes)."""

from __future__ import annotations

from fastapi import APIRouter, Response
from sqlalchemy.orm import Session

from app.sync_wire import (
    MIN_CLIENT_SCHEMA,
    MIN_PROTOCOL_VERSION,
    PROTOCOL_VERSION,
    PullPage,
    PullRequest,
    PushRequest,
    PushResult,
    VersionedRequest,
)
from server.api.deps import StateDep, VerifiedToken
from server.api.errors import ApiError
from server.core.security import utcnow
from server.sync.pull import CursorExpired, pull
from server.sync.push import push

router = APIRouter(prefix="/sync", tags=["sync"])

ERRORS = {
    409: {"description": "The client is newer than the server (update the server)"},
    410: {"description": "The cursor is too old: re-download the scope from cursor 0"},
    426: {"description": "The client is too old: please update RM Desk"},
}


def check_versions(request: VersionedRequest) -> None:
    """426 for a client older than the server supports, 409 for one newer than it."""
    if request.protocol < MIN_PROTOCOL_VERSION or request.schema_version < MIN_CLIENT_SCHEMA:
        raise ApiError(
            426,
            "client.outdated",
            "This RM Desk is too old for the sync server: please update RM Desk "
            "(请更新客户经理工作台). Your unsynced changes are kept.",
            {"Upgrade": f"rmdesk-protocol/{PROTOCOL_VERSION}"},
        )
    if request.protocol > PROTOCOL_VERSION:
        raise ApiError(
            409,
            "server.outdated",
            "The sync server is older than this RM Desk: ask IT to update the server",
        )


def _json(model: PushResult | PullPage) -> Response:
    return Response(model.model_dump_json().encode(), media_type="application/json")


@router.post("/push", response_model=PushResult, responses=ERRORS)  # type: ignore[arg-type]
async def push_changes(body: PushRequest, caller: VerifiedToken, state: StateDep) -> Response:
    """Apply an ordered batch of mutations; one result per mutation, in order."""

    def work(session: Session) -> PushResult:
        principal = caller.principal(session, "rm")
        check_versions(body)
        return push(session, principal, body, utcnow())

    return _json(await state.run(work))


@router.post("/pull", response_model=PullPage, responses=ERRORS)  # type: ignore[arg-type]
async def pull_changes(body: PullRequest, caller: VerifiedToken, state: StateDep) -> Response:
    """Changes and revocations in the caller's scope after ``cursor``, one page."""

    def work(session: Session) -> PullPage:
        principal = caller.principal(session)
        check_versions(body)
        return pull(session, principal, body.cursor, body.limit)

    try:
        return _json(await state.run(work, isolation="REPEATABLE READ"))
    except CursorExpired:
        raise ApiError(
            410,
            "cursor.expired",
            "Changes since your last sync are no longer kept: re-download your portfolio "
            "(pull from cursor 0)",
        ) from None
