"""Administration: accounts, token revocation, unlocking, reassigning customers."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, status
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.sync_wire import NAME_PATTERN, UUID_PATTERN, AssignRequest, UserCreate, UserPublic
from server.api.deps import AdminPrincipal, ManagerPrincipal, StateDep
from server.api.errors import ApiError
from server.core.db import run_in_transaction
from server.core.security import utcnow
from server.crud import auth, users
from server.sync.server_changes import NotAllowed, WrongState, audit, reassign

router = APIRouter(tags=["admin"])
Username = Annotated[str, Path(pattern=NAME_PATTERN, max_length=64)]
CustomerId = Annotated[str, Path(pattern=UUID_PATTERN)]


class Count(BaseModel):
    """How many things an operation affected."""

    count: int


@router.post("/admin/users", status_code=status.HTTP_201_CREATED)
def create_user(body: UserCreate, principal: AdminPrincipal, state: StateDep) -> UserPublic:
    """Create an account (its branch is created if new)."""

    def work(session: Session) -> UserPublic:
        now = utcnow()
        try:
            user = users.create_user(
                session, state.passwords, body.username, body.password, body.role, body.branch, now
            )
        except users.UserExists:
            raise ApiError(409, "user.exists", f"The username {body.username} is taken") from None
        audit(
            session,
            principal,
            "user.create",
            at=now,
            entity_id=user.username,
            detail={"role": body.role, "branch": body.branch},
        )
        return UserPublic(username=user.username, role=body.role, branch=body.branch)

    return run_in_transaction(state.sessions, work, retries=1)


def _user_id(session: Session, username: str) -> int:
    user = users.by_username(session, username)
    if user is None:
        raise ApiError(404, "not_found", f"No user {username}")
    return user.id


@router.post("/admin/users/{username}/revoke")
def revoke_tokens(username: Username, principal: AdminPrincipal, state: StateDep) -> Count:
    """End every sign-in of a user (their tokens stop working at once)."""

    def work(session: Session) -> Count:
        now = utcnow()
        count = auth.revoke_user(session, _user_id(session, username), now)
        audit(session, principal, "auth.revoke", at=now, entity_id=username)
        return Count(count=count)

    return run_in_transaction(state.sessions, work)


@router.post("/admin/users/{username}/unlock", status_code=status.HTTP_204_NO_CONTENT)
def unlock(username: Username, principal: AdminPrincipal, state: StateDep) -> None:
    """Clear a username's failed sign-ins."""

    def work(session: Session) -> None:
        now = utcnow()
        auth.unlock(session, username)
        audit(session, principal, "auth.unlock", at=now, entity_id=username)

    run_in_transaction(state.sessions, work)


@router.post("/customers/{customer_id}/assign")
def assign_customer(
    customer_id: CustomerId, body: AssignRequest, principal: ManagerPrincipal, state: StateDep
) -> Count:
    """Move a customer and all its records to another RM (the old RM's next pull revokes them)."""

    def work(session: Session) -> Count:
        rm = users.by_username(session, body.rm)
        if rm is None:
            raise ApiError(404, "not_found", f"No user {body.rm}")
        try:
            return Count(count=reassign(session, principal, customer_id.lower(), rm, utcnow()))
        except NotAllowed:
            raise ApiError(404, "not_found", "No such customer in your branch") from None
        except WrongState as exc:
            raise ApiError(409, "customer.assign", str(exc)) from None

    return run_in_transaction(state.sessions, work)
