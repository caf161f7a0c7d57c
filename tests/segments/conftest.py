"""The sync fixtures (real server processes on SQLite and PostgreSQL, laptops), reused."""

from __future__ import annotations

from tests.sync.conftest import (  # noqa: F401  (fixtures)
    file_keyring,
    laptops,
    postgresql_server,
    server,
    sqlite_server,
    sync_pg_url,
    template_profile,
    world,
)
