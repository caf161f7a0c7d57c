"""Devices: registration at sign-in, lost marks, and the answer a lost device gets.

A device is named by its client-born id (sent at sign-in and in the
``X-RMDesk-Device`` header). Marking it lost ends its sign-ins at once; its next
connection (sign-in, token refresh or the device check at the start of a sync)
is refused with ``device.lost``, and the client erases its profile.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.sync_wire import DevicePublic
from server.core.principal import Principal
from server.models import AuthSession, Device, RefreshToken, User
from server.sync.server_changes import audit


class DeviceNotFound(Exception):
    """No such device (or not in the caller's branch)."""


def is_lost(session: Session, device_id: str, now: datetime) -> bool:
    """True when ``device_id`` is marked lost; records that it was told so."""
    if not device_id:
        return False
    device = session.get(Device, device_id)
    if device is None or device.lost_at is None:
        return False
    device.wipe_sent_at = now
    audit(
        session,
        None,
        "device.wipe_sent",
        at=now,
        entity="device",
        entity_id=device_id,
    )
    return True


def device_of_refresh_token(session: Session, token_hash: str) -> str:
    """The device that signed in for this (hashed) refresh token ('' if unknown)."""
    found = session.scalar(
        select(AuthSession.device_id)
        .join(RefreshToken, RefreshToken.session_id == AuthSession.id)
        .where(RefreshToken.token_hash == token_hash)
    )
    return found or ""


def register(session: Session, device_id: str, username: str, now: datetime) -> None:
    """Record (or refresh) a device after a successful sign-in by ``username``."""
    if not device_id:
        return
    user = session.scalar(select(User).where(User.username == username))
    device = session.get(Device, device_id)
    if device is None:
        session.add(
            Device(
                id=device_id,
                user_id=user.id if user else None,
                branch_code=user.branch_code if user else "",
                registered_at=now,
                last_seen_at=now,
                lost_by="",
            )
        )
        return
    device.last_seen_at = now
    if user is not None:
        device.user_id, device.branch_code = user.id, user.branch_code


def seen(session: Session, principal: Principal, now: datetime) -> None:
    """Note that the signed-in device connected (registering it if it predates devices)."""
    if not principal.device_id:
        return
    device = session.get(Device, principal.device_id)
    if device is None:
        register(session, principal.device_id, principal.username, now)
    else:
        device.last_seen_at = now


def _public(device: Device, username: str | None) -> DevicePublic:
    return DevicePublic(
        device_id=device.id,
        username=username or "",
        branch=device.branch_code,
        registered_at=device.registered_at,
        last_seen_at=device.last_seen_at,
        lost_at=device.lost_at,
        lost_by=device.lost_by,
        wipe_sent_at=device.wipe_sent_at,
    )


def list_devices(session: Session, branch: str | None = None) -> list[DevicePublic]:
    """Devices (of ``branch`` if given), most recently seen first."""
    query = (
        select(Device, User.username)
        .outerjoin(User, User.id == Device.user_id)
        .order_by(Device.last_seen_at.desc(), Device.id)
    )
    if branch is not None:
        query = query.where(Device.branch_code == branch)
    return [_public(device, username) for device, username in session.execute(query).all()]


def mark_lost(
    session: Session,
    device_id: str,
    now: datetime,
    *,
    by: str,
    principal: Principal | None = None,
    branch: str | None = None,
) -> DevicePublic:
    """Mark a device lost and end its sign-ins; ``branch`` limits a manager to theirs.

    Marking an already lost device again keeps the first mark.
    """
    device = session.get(Device, device_id)
    if device is None or (branch is not None and device.branch_code != branch):
        raise DeviceNotFound(device_id)
    if device.lost_at is None:
        device.lost_at, device.lost_by = now, by[:64]
    session.execute(
        update(AuthSession)
        .where(AuthSession.device_id == device_id, AuthSession.revoked_at.is_(None))
        .values(revoked_at=now)
    )
    audit(
        session,
        principal,
        "device.lost",
        at=now,
        entity="device",
        entity_id=device_id,
        detail={"by": by},
    )
    username = session.scalar(select(User.username).where(User.id == device.user_id))
    return _public(device, username)
