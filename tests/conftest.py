"""Shared fixtures: real SQLite profiles in temp folders, offscreen Qt."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Profile database keys: no OS keyring here, so a file outside every profile folder
# (inherited by the CLI and client processes the tests start).
os.environ.setdefault(
    "RMDESK_KEYRING_FILE",
    str(Path(tempfile.mkdtemp(prefix="rmdesk-test-keys-")) / "keys.json"),
)

from app.demo import fill_demo
from app.profile import Profile, open_profile

DEMO_CUSTOMERS = 300


@pytest.fixture(scope="session")
def master_profile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo profile built once per session; tests get copies of it."""
    root = tmp_path_factory.mktemp("master")
    profile = open_profile(root)
    fill_demo(profile.database, DEMO_CUSTOMERS, "demo")
    profile.close()
    return root


@pytest.fixture
def profile(tmp_path: Path) -> Iterator[Profile]:
    """A new empty profile."""
    opened = open_profile(tmp_path / "profile")
    yield opened
    opened.close()


@pytest.fixture
def demo_profile(master_profile: Path, tmp_path: Path) -> Iterator[Profile]:
    """A copy of the session's demo profile."""
    root = tmp_path / "demo"
    shutil.copytree(master_profile, root)
    opened = open_profile(root)
    yield opened
    opened.close()
