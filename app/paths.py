"""Where a profile lives on disk."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATA_DIR_ENV = "RMDESK_DATA_DIR"
APP_NAME = "RMDesk"


def default_data_dir() -> Path:
    """The per-user profile folder of this OS (platformdirs)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_data_dir(cli_value: str | None) -> Path:
    """``--data-dir`` if given, else ``RMDESK_DATA_DIR``, else the platform default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


@dataclass(frozen=True)
class ProfilePaths:
    """The files of one profile folder."""

    root: Path

    @property
    def database(self) -> Path:
        """The SQLite cache."""
        return self.root / "rmdesk.sqlite3"

    @property
    def logs(self) -> Path:
        """Folder of rotating log files."""
        return self.root / "logs"

    @property
    def log_file(self) -> Path:
        """The current log file."""
        return self.logs / "rmdesk.log"

    @property
    def backups(self) -> Path:
        """Copies made before a migration."""
        return self.root / "backups"

    @property
    def settings(self) -> Path:
        """Typed user settings (JSON)."""
        return self.root / "settings.json"

    @property
    def attachments(self) -> Path:
        """Scans, photos and PDFs, stored by their SHA-256 (content-addressed)."""
        return self.root / "attachments"

    @property
    def thumbnails(self) -> Path:
        """Cached thumbnails of attachments (can be deleted at any time)."""
        return self.root / "thumbnails"
