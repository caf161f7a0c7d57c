"""Who is calling: the signed-in user, their role, branch, device and session."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Principal:
    """The authenticated caller of one request."""

    user_id: int
    username: str
    role: str
    branch: str
    session_id: str
    device_id: str = ""

    @property
    def origin(self) -> str:
        """Who made a change, for the merge: the same origin never conflicts with itself."""
        return f"{self.user_id}/{self.device_id}"
