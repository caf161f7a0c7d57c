"""Alembic environment: migrations run on the connection the app hands in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from db.engine import create_sqlite_engine
from db.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite needs batch mode to alter tables
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:  # the alembic command line, for developers: alembic -x db=PATH upgrade head
    from pathlib import Path

    db_path = Path(context.get_x_argument(as_dictionary=True).get("db", "dev.sqlite3"))
    with create_sqlite_engine(db_path).begin() as conn:
        _run(conn)
