"""A profile that cannot be opened is explained and never overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.profile import ProfileError, ProfileProblem, open_profile


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 4000],
)
def test_corrupt_database_is_reported_and_left_as_it_was(tmp_path: Path, content: bytes) -> None:
    root = tmp_path / "p"
    root.mkdir()
    db = root / "rmdesk.sqlite3"
    db.write_bytes(content)
    with pytest.raises(ProfileError) as caught:
        open_profile(root)
    assert caught.value.problem is ProfileProblem.CORRUPT
    assert caught.value.path == db
    assert db.read_bytes() == content


def test_unreadable_database_is_reported(tmp_path: Path) -> None:
    root = tmp_path / "p"
    (root / "rmdesk.sqlite3").mkdir(parents=True)  # unreadable as a file, even for root
    with pytest.raises(ProfileError) as caught:
        open_profile(root)
    assert caught.value.problem is ProfileProblem.UNREADABLE


def test_folder_that_cannot_be_created_is_reported(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(ProfileError) as caught:
        open_profile(blocker / "profile")
    assert caught.value.problem is ProfileProblem.UNWRITABLE


def test_new_profile_is_created_with_wal_and_foreign_keys(tmp_path: Path) -> None:
    profile = open_profile(tmp_path / "fresh")
    try:
        with profile.database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
    finally:
        profile.close()
