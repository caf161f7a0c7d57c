"""Customer services: create, change, delete and page through customers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select

from db.database import Database
from db.models import Customer

#: Columns the customer list can sort by.
SORTABLE = ("name", "uscc", "industry_code", "city", "employees", "annual_revenue", "status")


@dataclass(frozen=True)
class CustomerRow:
    """What the customer list shows of one customer."""

    id: str
    name: str
    uscc: str | None
    industry_code: str | None
    city: str | None
    employees: int | None
    annual_revenue: Decimal | None
    status: str


class CustomerService:
    """Reads and writes customers of one profile; every write reaches the outbox."""

    def __init__(self, database: Database, actor: str) -> None:
        self._db = database
        self._actor = actor

    def create(self, values: Mapping[str, Any]) -> str:
        """Create a customer from ``values``; returns its new id."""
        with self._db.unit_of_work(self._actor) as uow:
            customer = uow.add(Customer(**values))
            uow.session.flush()
            return customer.id

    def update(self, customer_id: str, values: Mapping[str, Any]) -> None:
        """Change fields of a live customer."""
        with self._db.unit_of_work(self._actor) as uow:
            customer = uow.get(Customer, customer_id)
            if customer is None:
                raise KeyError(customer_id)
            uow.update(customer, values)

    def delete(self, customer_id: str) -> None:
        """Soft-delete a customer so the deletion syncs."""
        with self._db.unit_of_work(self._actor) as uow:
            customer = uow.get(Customer, customer_id)
            if customer is None:
                raise KeyError(customer_id)
            uow.soft_delete(customer)

    def _conditions(self, search: str) -> list[ColumnElement[bool]]:
        conditions: list[ColumnElement[bool]] = [Customer.deleted_at.is_(None)]
        text = search.strip()
        if text:
            pattern = f"%{text}%"
            conditions.append(or_(Customer.name.like(pattern), Customer.uscc.like(pattern)))
        return conditions

    def count(self, search: str = "") -> int:
        """Number of live customers matching ``search``."""
        stmt = select(func.count()).select_from(Customer).where(*self._conditions(search))
        with self._db.reading() as session:
            return int(session.scalar(stmt) or 0)

    def page(
        self,
        offset: int,
        limit: int,
        search: str = "",
        sort: str = "name",
        descending: bool = False,
    ) -> list[CustomerRow]:
        """One page of live customers, sorted; never loads more than ``limit`` rows."""
        if sort not in SORTABLE:
            raise ValueError(f"cannot sort by {sort}")
        column = getattr(Customer, sort)
        order = column.desc() if descending else column.asc()
        stmt = (
            select(
                Customer.id,
                Customer.name,
                Customer.uscc,
                Customer.industry_code,
                Customer.city,
                Customer.employees,
                Customer.annual_revenue,
                Customer.status,
            )
            .where(*self._conditions(search))
            .order_by(order, Customer.id)
            .offset(offset)
            .limit(limit)
        )
        with self._db.reading() as session:
            return [CustomerRow(*row) for row in session.execute(stmt)]
