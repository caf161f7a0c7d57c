"""The FastAPI application: ``create_app(settings)`` (uvicorn runs it as a factory)."""

from __future__ import annotations

import logging

from fastapi import FastAPI

from app import __version__
from app.sync_wire import PROTOCOL_VERSION
from server.api import errors
from server.api.deps import AppState
from server.api.routes import admin, attachments, auth, credit, health, reference, sync
from server.core.config import DEV_SECRET, Settings
from server.core.db import make_engine, make_sessions
from server.core.security import Passwords

log = logging.getLogger(__name__)

DESCRIPTION = f"""The RM Desk central sync server (protocol {PROTOCOL_VERSION}).

Clients sign in (`/auth/login`), push their outbox (`/sync/push`), pull the changes
in their scope (`/sync/pull`), upload attachments by SHA-256 and fetch reference
data. Every error is `{{"code": "...", "message": "..."}}`.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    """A configured application; validates the settings (refuses unsafe secrets)."""
    settings = settings or Settings()
    if settings.environment == "dev" and settings.secret_key.get_secret_value() == DEV_SECRET:
        log.warning("dev mode with the placeholder secret key: never use this in production")
    engine = make_engine(settings)
    app = FastAPI(title="RM Desk sync server", version=__version__, description=DESCRIPTION)
    app.state.rmdesk = AppState(settings, engine, make_sessions(engine), Passwords(settings))
    errors.install(app)
    for module in (health, auth, sync, attachments, reference, credit, admin):
        app.include_router(module.router)
    app.add_middleware(
        errors.BodyLimit,
        max_body=settings.max_body_bytes,
        max_chunk=settings.max_chunk_bytes,
    )
    return app
