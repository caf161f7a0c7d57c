"""Customer profile for onboarding: KYC fields, contacts, bank relationships, search.

Adds the onboarding fields to ``customers`` in place (ALTER TABLE ADD COLUMN:
rows and row ids are kept), two child tables, and the FTS5 search indexes with
the triggers that keep them in step (see ``db/search.py``).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.search import rebuild_search_index, register_functions

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NEW_CUSTOMER_COLUMNS = (
    sa.Column("registration_date", sa.Date(), nullable=True),
    sa.Column("province", sa.String(64), nullable=True),
    sa.Column("district", sa.String(64), nullable=True),
    sa.Column("address", sa.String(200), nullable=True),
    sa.Column("registered_in_prc", sa.Boolean(), nullable=False, server_default=sa.true()),
    sa.Column("registered_capital", sa.BigInteger(), nullable=True),
    sa.Column("ownership_type", sa.String(16), nullable=True),
    sa.Column("total_liabilities", sa.BigInteger(), nullable=True),
    sa.Column("legal_rep_name", sa.String(64), nullable=True),
    sa.Column("legal_rep_id_number", sa.String(32), nullable=True),
    sa.Column("legal_rep_mobile", sa.String(32), nullable=True),
    sa.Column("requested_exposure", sa.BigInteger(), nullable=True),
    sa.Column("credit_type", sa.String(8), nullable=False, server_default="new"),
    sa.Column("segment", sa.String(64), nullable=True),
    sa.Column("programmes", sa.JSON(), nullable=False, server_default="[]"),
    sa.Column("assigned_rm", sa.String(64), nullable=True),
    sa.Column("size", sa.String(8), nullable=True),
    sa.Column("eligible", sa.Boolean(), nullable=True),
)

PEOPLE = (
    "trim(coalesce(c.legal_rep_name, '') || ' ' || coalesce((SELECT group_concat(k.name, ' ')"
    " FROM customer_contacts k WHERE k.customer_id = c.id AND k.deleted_at IS NULL), ''))"
)


def _refresh(customer_id: str) -> str:
    """Trigger statements that re-index the customer with id ``customer_id``."""
    rowid = f"(SELECT rowid FROM customers WHERE id = {customer_id})"
    return f"""
    DELETE FROM customer_search WHERE rowid = {rowid};
    DELETE FROM customer_search_short WHERE rowid = {rowid};
    INSERT INTO customer_search (rowid, name, uscc, people)
        SELECT c.rowid, c.name, coalesce(c.uscc, ''), {PEOPLE}
        FROM customers c WHERE c.id = {customer_id};
    INSERT INTO customer_search_short (rowid, words)
        SELECT c.rowid, rm_unigrams(c.name || ' ' || coalesce(c.uscc, '') || ' ' || {PEOPLE})
        FROM customers c WHERE c.id = {customer_id};
    """


TRIGGERS = {
    "customers_search_insert": f"AFTER INSERT ON customers BEGIN {_refresh('new.id')} END",
    "customers_search_update": (
        f"AFTER UPDATE OF name, uscc, legal_rep_name ON customers BEGIN {_refresh('new.id')} END"
    ),
    "customers_search_delete": (
        "AFTER DELETE ON customers BEGIN"
        " DELETE FROM customer_search WHERE rowid = old.rowid;"
        " DELETE FROM customer_search_short WHERE rowid = old.rowid; END"
    ),
    "contacts_search_insert": (
        f"AFTER INSERT ON customer_contacts BEGIN {_refresh('new.customer_id')} END"
    ),
    "contacts_search_update": (
        "AFTER UPDATE OF name, deleted_at, customer_id ON customer_contacts BEGIN"
        f" {_refresh('old.customer_id')} {_refresh('new.customer_id')} END"
    ),
    "contacts_search_delete": (
        f"AFTER DELETE ON customer_contacts BEGIN {_refresh('old.customer_id')} END"
    ),
}


def _syncable_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("server_version", sa.BigInteger(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("updated_by", sa.String(64), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("customer_id", sa.String(36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    ]


def upgrade() -> None:
    for column in NEW_CUSTOMER_COLUMNS:
        op.add_column("customers", column)
    op.create_index("ix_customers_live_status", "customers", ["deleted_at", "status"])
    op.create_index("ix_customers_live_revenue", "customers", ["deleted_at", "annual_revenue"])
    op.create_index("ix_customers_live_employees", "customers", ["deleted_at", "employees"])
    op.create_index(op.f("ix_customers_segment"), "customers", ["segment"])
    op.create_index(op.f("ix_customers_size"), "customers", ["size"])
    for table, columns in (
        (
            "customer_contacts",
            [
                sa.Column("role", sa.String(64), nullable=False),
                sa.Column("name", sa.String(64), nullable=False),
                sa.Column("phone", sa.String(32), nullable=False),
            ],
        ),
        (
            "bank_relationships",
            [
                sa.Column("bank", sa.String(64), nullable=False),
                sa.Column("product", sa.String(64), nullable=False),
                sa.Column("balance", sa.BigInteger(), nullable=True),
            ],
        ),
    ):
        op.create_table(
            table,
            *_syncable_columns(),
            *columns,
            sa.ForeignKeyConstraint(
                ["customer_id"], ["customers.id"], name=op.f(f"fk_{table}_customer_id_customers")
            ),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )
        op.create_index(op.f(f"ix_{table}_customer_id"), table, ["customer_id"])

    bind = op.get_bind()
    register_functions(bind.connection.driver_connection)  # type: ignore[arg-type]
    op.execute(
        "CREATE VIRTUAL TABLE customer_search USING fts5(name, uscc, people, tokenize='trigram')"
    )
    op.execute("CREATE VIRTUAL TABLE customer_search_short USING fts5(words, prefix='2')")
    for name, body in TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {body}")
    rebuild_search_index(bind)


def downgrade() -> None:
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS customer_search_short")
    op.execute("DROP TABLE IF EXISTS customer_search")
    op.drop_table("bank_relationships")
    op.drop_table("customer_contacts")
    for index in (
        "ix_customers_size",
        "ix_customers_segment",
        "ix_customers_live_employees",
        "ix_customers_live_revenue",
        "ix_customers_live_status",
    ):
        op.drop_index(index, table_name="customers")
    with op.batch_alter_table("customers") as batch:
        for column in NEW_CUSTOMER_COLUMNS:
            batch.drop_column(column.name)
