"""Sign-in remembers the user's role, so the client knows a branch manager's profile."""

from __future__ import annotations

from pathlib import Path

from app.profile import open_profile
from app.sync.credentials import BRANCH_ROLES, account_role
from app.sync.engine import sign_in
from tests.sync.support import PASSWORD, World, copy_profile


def test_sign_in_stores_the_role(world: World, tmp_path: Path, template_profile: Path) -> None:
    profile = open_profile(copy_profile(template_profile, tmp_path / "laptop"))
    try:
        assert account_role(profile.database) is None  # never signed in: an RM's view
        sign_in(profile.database, world.url, world.names["rm"], PASSWORD)
        assert account_role(profile.database) == "rm"
        assert account_role(profile.database) not in BRANCH_ROLES
        sign_in(profile.database, world.url, world.names["manager"], PASSWORD)
        assert account_role(profile.database) == "branch_manager"
        assert account_role(profile.database) in BRANCH_ROLES
    finally:
        profile.close()
