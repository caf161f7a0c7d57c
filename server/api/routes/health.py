"""Liveness for the load balancer: the process answers and reaches the database."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text

from app.sync_wire import PROTOCOL_VERSION
from server.api.deps import SessionDep

router = APIRouter(tags=["health"])


@router.get("/health")
def health(session: SessionDep) -> dict[str, str | int]:
    """``{"status": "ok", "protocol": N}`` when the database answers."""
    session.execute(text("SELECT 1"))
    return {"status": "ok", "protocol": PROTOCOL_VERSION}
