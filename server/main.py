"""The FastAPI application: ``create_app(settings)``; server processes run ``serve_app``."""

from __future__ import annotations

import gc
import logging

import anyio
from fastapi import FastAPI

from app import __version__
from app.sync_wire import PROTOCOL_VERSION
from server.api import errors
from server.api.deps import AppState
from server.api.routes import (
    admin,
    attachments,
    auth,
    credit,
    devices,
    health,
    reference,
    sync,
)
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
    app.state.rmdesk = AppState(
        settings,
        engine,
        make_sessions(engine),
        Passwords(settings),
        anyio.CapacityLimiter(settings.db_threads),
    )
    errors.install(app)
    for module in (health, auth, sync, attachments, reference, credit, admin, devices):
        app.include_router(module.router)
    app.add_middleware(
        errors.BodyLimit,
        max_body=settings.max_body_bytes,
        max_chunk=settings.max_chunk_bytes,
    )
    return app


def serve_app() -> FastAPI:
    """The application a server process runs (``rmdesk-server run``, once per worker).

    Everything alive once it is built (modules, models, the app) lives as long as the
    process, so it is moved out of the garbage collector's sight: otherwise each full
    collection rescans those ~150 000 objects, stalling every request of the process
    for 0.1-0.3 s under load, to free nothing. Requests make little cyclic garbage, so
    young collections run every 10 000 allocations, not every 700 (half the GC time).
    """
    app = create_app()
    gc.collect()
    gc.freeze()
    gc.set_threshold(10_000, 10, 10)
    return app
