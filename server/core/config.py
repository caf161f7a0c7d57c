"""Server settings: environment variables (``RMDESK_*``), then an optional TOML file.

Validated at start-up: outside dev mode a placeholder or short secret key is
refused, so a production server cannot run with the example configuration.
"""

from __future__ import annotations

import os
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from platformdirs import user_data_dir
from pydantic import Field, SecretStr, model_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

#: Secrets that mean "nobody configured this".
DEV_SECRET = "changethis-dev-only-placeholder-secret-key"
PLACEHOLDER_SECRETS = frozenset(
    {
        "",
        "changethis",
        "change-me",
        "changeme",
        "secret",
        "dev",
        "development",
        "password",
        DEV_SECRET,
    }
)
MIN_SECRET_LENGTH = 32
CONFIG_ENV = "RMDESK_SERVER_CONFIG"


def default_database_url() -> str:
    """The embedded SQLite database in the user's data folder (no setup needed)."""
    folder = Path(user_data_dir("rmdesk-server", appauthor=False))
    return f"sqlite:///{folder / 'rmdesk-server.sqlite3'}"


class Settings(BaseSettings):
    """Everything the server reads from its environment."""

    model_config = SettingsConfigDict(env_prefix="RMDESK_", extra="forbid", frozen=True)

    environment: Literal["dev", "production"] = "dev"
    database_url: str = Field(default_factory=default_database_url)
    secret_key: SecretStr = SecretStr(DEV_SECRET)
    access_token_seconds: int = Field(default=15 * 60, ge=1, le=24 * 3600)
    refresh_token_days: int = Field(default=30, ge=1, le=365)
    login_max_failures: int = Field(default=5, ge=1, le=100)
    login_failure_window_seconds: int = Field(default=15 * 60, ge=1)
    login_lockout_seconds: int = Field(default=15 * 60, ge=1)
    tombstone_retention_days: int = Field(default=90, ge=0)
    #: Days a pushed mutation id is remembered, so that a batch sent again after a lost
    #: answer is answered, not applied twice (``rmdesk-server purge`` forgets older ones).
    mutation_retention_days: int = Field(default=30, ge=1, le=3650)
    max_body_bytes: int = Field(default=4 * 1024 * 1024, ge=1024)
    max_chunk_bytes: int = Field(default=4 * 1024 * 1024, ge=1024)
    max_attachment_bytes: int = Field(default=25 * 1024 * 1024, ge=1024)
    db_pool_size: int = Field(default=10, ge=1, le=200)
    #: Threads per server process running sync requests' database work at once; more
    #: only queue for the GIL (keep it at most db_pool_size, or they wait for the pool).
    db_threads: int = Field(default=4, ge=1, le=64)
    #: Days a laptop may go without a successful sync before RM Desk locks it (clients
    #: learn it at each sync; the bank may not switch it off).
    offline_lock_days: int = Field(default=14, ge=1, le=365)
    argon2_time_cost: int = Field(default=2, ge=1, le=10)
    argon2_memory_kib: int = Field(default=19 * 1024, ge=1024)
    log_level: str = "INFO"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        """Arguments, then the environment, then the TOML file named by RMDESK_SERVER_CONFIG."""
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        path = os.environ.get(CONFIG_ENV)
        if path:
            sources.append(TomlConfigSettingsSource(settings_cls, toml_file=Path(path)))
        return tuple(sources)

    @model_validator(mode="after")
    def _safe_secret(self) -> Settings:
        secret = self.secret_key.get_secret_value()
        if self.environment != "dev":
            if secret.strip().lower() in PLACEHOLDER_SECRETS:
                raise ValueError(
                    "RMDESK_SECRET_KEY is a placeholder: set a random secret of at least "
                    f"{MIN_SECRET_LENGTH} characters (e.g. `python -c 'import secrets; "
                    "print(secrets.token_urlsafe(48))'`)"
                )
            if len(secret) < MIN_SECRET_LENGTH:
                raise ValueError(
                    f"RMDESK_SECRET_KEY is too short: at least {MIN_SECRET_LENGTH} characters"
                )
        return self

    @cached_property
    def is_sqlite(self) -> bool:
        """True for the embedded SQLite database."""
        return self.database_url.startswith("sqlite")

    def engine_options(self) -> dict[str, Any]:
        """Keyword arguments for ``create_engine``."""
        if self.is_sqlite:
            return {"connect_args": {"check_same_thread": False, "timeout": 30}}
        # No pre-ping (a round trip on every checkout): a connection found dead is
        # invalidated with the pool's older ones, and run_in_transaction tries again.
        return {"pool_size": self.db_pool_size, "max_overflow": 5, "pool_recycle": 3600}
