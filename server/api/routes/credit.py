"""The credit factory: submitted applications of the branch, and decisions on them."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from sqlalchemy.orm import Session

from app.sync_wire import UUID_PATTERN, ApplicationQueue, DecisionRequest, RecordState
from server.api.deps import CreditPrincipal, StateDep
from server.api.errors import ApiError
from server.core.db import run_in_transaction
from server.core.security import utcnow
from server.sync.server_changes import NotAllowed, WrongState, application_queue, decide

router = APIRouter(prefix="/credit", tags=["credit"])
QueueStatus = Literal["submitted", "approved", "declined", "more_documents"]


@router.get("/applications")
def list_applications(
    principal: CreditPrincipal,
    state: StateDep,
    status: Annotated[list[QueueStatus] | None, Query(max_length=4)] = None,
) -> ApplicationQueue:
    """Applications of the officer's branch (default: submitted), oldest submission first."""
    wanted = list(status or ["submitted"])
    return ApplicationQueue(
        applications=run_in_transaction(
            state.sessions, lambda s: application_queue(s, principal, wanted)
        )
    )


@router.post(
    "/applications/{application_id}/decision",
    responses={404: {"description": "Not in your branch"}, 409: {"description": "Not submitted"}},
)
def record_decision(
    application_id: Annotated[str, Path(pattern=UUID_PATTERN)],
    body: DecisionRequest,
    principal: CreditPrincipal,
    state: StateDep,
) -> RecordState:
    """Approve (with terms), decline (with a reason) or ask for more documents."""

    def work(session: Session) -> RecordState:
        try:
            return decide(session, principal, application_id.lower(), body, utcnow())
        except NotAllowed:
            raise ApiError(404, "not_found", "No such application in your branch") from None
        except WrongState as exc:
            raise ApiError(409, "application.state", str(exc)) from None

    return run_in_transaction(state.sessions, work)
