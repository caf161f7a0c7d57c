"""Settings are validated at start-up; migrations and models agree."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from pydantic import ValidationError

from server.core.config import Settings
from server.core.db import make_engine
from server.migrate import current_revision, head_revision
from server.models import Base
from tests.test_layers import QT_MODULES, ROOT, imported_modules


@pytest.mark.parametrize("secret", ["changethis", "secret", "", "too-short-secret"])
def test_production_refuses_placeholder_and_short_secrets(secret: str) -> None:
    with pytest.raises(ValidationError, match="RMDESK_SECRET_KEY"):
        Settings(environment="production", secret_key=secret, database_url="sqlite://")


def test_dev_mode_runs_with_no_setup() -> None:
    settings = Settings(environment="dev")
    assert settings.database_url.startswith("sqlite:///")


def test_unknown_settings_are_refused() -> None:
    with pytest.raises(ValidationError):
        Settings(no_such_setting=1)  # type: ignore[call-arg]


def test_migrations_match_the_models(settings: Settings) -> None:
    engine = make_engine(settings)
    try:
        assert current_revision(engine) == head_revision()
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
        assert diff == []
    finally:
        engine.dispose()


def test_the_server_never_imports_ui_or_qt() -> None:
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for path in (ROOT / "server").rglob("*.py")
        for name in imported_modules(path)
        if name.split(".")[0] in (*QT_MODULES, "ui")
    ]
    assert offenders == []
