"""Alembic environment of the sync server: runs on the connection ``server.migrate`` hands in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from server.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # developers: RMDESK_DATABASE_URL=... alembic -c server/alembic.ini revision ...
    from server.core.config import Settings
    from server.core.db import make_engine

    with make_engine(Settings()).connect() as conn:
        _run(conn)
        conn.commit()
