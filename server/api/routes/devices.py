"""Devices: a laptop's own status (and the offline-lock policy); managers mark laptops lost."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from sqlalchemy.orm import Session

from app.sync_wire import DEVICE_LOST_CODE, NAME_PATTERN, DeviceList, DevicePublic, DeviceStatus
from server.api.deps import CurrentPrincipal, ManagerPrincipal, StateDep
from server.api.errors import ApiError
from server.core.db import run_in_transaction
from server.core.security import utcnow
from server.crud import devices

router = APIRouter(tags=["devices"])
DeviceIdPath = Annotated[str, Path(pattern=NAME_PATTERN, max_length=64)]

LOST_MESSAGE = "This device was reported lost: its RM Desk profile must be erased"
LOST = {403: {"description": f"The device is marked lost (code `{DEVICE_LOST_CODE}`)"}}


def device_lost() -> ApiError:
    """The answer every connection of a lost device gets."""
    return ApiError(403, DEVICE_LOST_CODE, LOST_MESSAGE)


@router.get("/devices/me", responses=LOST)  # type: ignore[arg-type]
def my_device(principal: CurrentPrincipal, state: StateDep) -> DeviceStatus:
    """The calling device's status and the offline-lock policy (checked at each sync)."""

    def work(session: Session) -> bool:
        now = utcnow()
        if devices.is_lost(session, principal.device_id, now):
            return True
        devices.seen(session, principal, now)
        return False

    if run_in_transaction(state.sessions, work):
        raise device_lost()
    return DeviceStatus(
        device_id=principal.device_id or "unknown",
        lost=False,
        offline_lock_days=state.settings.offline_lock_days,
    )


@router.get("/admin/devices")
def list_devices(principal: ManagerPrincipal, state: StateDep) -> DeviceList:
    """Registered laptops (a branch manager sees their branch's, an admin every one)."""
    branch = None if principal.role == "admin" else principal.branch
    with state.sessions() as session:
        return DeviceList(devices=devices.list_devices(session, branch))


@router.post("/admin/devices/{device}/lost")
def mark_lost(device: DeviceIdPath, principal: ManagerPrincipal, state: StateDep) -> DevicePublic:
    """Mark a laptop lost: its sign-ins end now, and its next connection erases its profile."""
    branch = None if principal.role == "admin" else principal.branch

    def work(session: Session) -> DevicePublic:
        try:
            return devices.mark_lost(
                session,
                device,
                utcnow(),
                by=principal.username,
                principal=principal,
                branch=branch,
            )
        except devices.DeviceNotFound:
            raise ApiError(404, "not_found", f"No device {device} in your branch") from None

    return run_in_transaction(state.sessions, work)
