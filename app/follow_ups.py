"""Follow-up actions (跟进事项) with due dates, usually agreed on a visit.

A follow-up is ``open`` until it is ``done`` or ``cancelled`` (both final). It
is overdue when still open after its due day. Every write goes through the
unit of work.
"""

from __future__ import annotations

import builtins
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import ColumnElement, select

from app.text import QT_TRANSLATE_NOOP
from db.database import Database
from db.models import Customer, FollowUp, utcnow
from db.unit_of_work import UnitOfWork

MAX_TITLE = 200
MAX_NOTE = 2000


class FollowUpStatus(StrEnum):
    """``open`` → ``done`` or ``cancelled``."""

    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class FollowUpError(ValueError):
    """A refused follow-up change; ``template`` (context ``FollowUp``) filled with ``params``."""

    context = "FollowUp"

    def __init__(self, code: str, template: str, **params: str) -> None:
        self.code = code
        self.template = template
        self.params = params
        super().__init__(self.text())

    def text(self) -> str:
        """The English message, placeholders filled in."""
        return self.template.format(**self.params)


@dataclass(frozen=True)
class FollowUpInput:
    """A follow-up to create: what to do and by when."""

    title: str
    due_on: date
    note: str = ""


@dataclass(frozen=True)
class FollowUpView:
    """One follow-up as shown."""

    id: str
    customer_id: str
    customer_name: str
    visit_id: str | None
    title: str
    due_on: date
    status: str
    done_at: datetime | None
    note: str

    def overdue_on(self, today: date) -> bool:
        """True when still open after its due day."""
        return self.status == FollowUpStatus.OPEN and self.due_on < today


def _checked(title: str, note: str) -> tuple[str, str]:
    title, note = title.strip(), note.strip()
    if not title:
        raise FollowUpError(
            "title.required", QT_TRANSLATE_NOOP("FollowUp", "Say what is to be done")
        )
    if len(title) > MAX_TITLE or len(note) > MAX_NOTE:
        raise FollowUpError(
            "length.too_long",
            QT_TRANSLATE_NOOP(
                "FollowUp", "Too long: the title takes {title} characters, the note {note}"
            ),
            title=str(MAX_TITLE),
            note=str(MAX_NOTE),
        )
    return title, note


def add_follow_up(
    uow: UnitOfWork, customer_id: str, data: FollowUpInput, visit_id: str | None = None
) -> str:
    """Create a follow-up in ``uow`` (e.g. with the visit that agreed it); its id."""
    title, note = _checked(data.title, data.note)
    follow_up = uow.add(
        FollowUp(
            customer_id=customer_id,
            visit_id=visit_id,
            title=title,
            due_on=data.due_on,
            status=FollowUpStatus.OPEN.value,
            note=note,
        )
    )
    uow.session.flush()
    return follow_up.id


class FollowUpService:
    """Follow-ups of one profile: create, close, and the due and overdue lists."""

    def __init__(self, database: Database, actor: str) -> None:
        self._db = database
        self._actor = actor

    # Writing -------------------------------------------------------------------

    def create(
        self,
        customer_id: str,
        title: str,
        due_on: date,
        visit_id: str | None = None,
        note: str = "",
    ) -> str:
        """A new open follow-up; its id. KeyError for an unknown customer."""
        with self._db.unit_of_work(self._actor) as uow:
            if uow.get(Customer, customer_id) is None:
                raise KeyError(customer_id)
            return add_follow_up(uow, customer_id, FollowUpInput(title, due_on, note), visit_id)

    def update(
        self,
        follow_up_id: str,
        *,
        title: str | None = None,
        due_on: date | None = None,
        note: str | None = None,
    ) -> None:
        """Change an open follow-up's title, due day or note."""
        with self._db.unit_of_work(self._actor) as uow:
            follow_up = self._open(uow, follow_up_id)
            new_title, new_note = _checked(
                follow_up.title if title is None else title,
                follow_up.note if note is None else note,
            )
            uow.update(
                follow_up,
                {
                    "title": new_title,
                    "note": new_note,
                    "due_on": follow_up.due_on if due_on is None else due_on,
                },
            )

    def done(self, follow_up_id: str, note: str = "", at: datetime | None = None) -> None:
        """Mark an open follow-up done (``note``: what came of it, added to its note)."""
        self._close(follow_up_id, FollowUpStatus.DONE, note, at)

    def cancel(self, follow_up_id: str, note: str = "") -> None:
        """Cancel an open follow-up (``note``: why, added to its note)."""
        self._close(follow_up_id, FollowUpStatus.CANCELLED, note, None)

    def _close(
        self, follow_up_id: str, status: FollowUpStatus, note: str, at: datetime | None
    ) -> None:
        with self._db.unit_of_work(self._actor) as uow:
            follow_up = self._open(uow, follow_up_id)
            _title, merged = _checked(
                follow_up.title, "\n".join(t for t in (follow_up.note, note.strip()) if t)
            )
            values: dict[str, object] = {"status": status.value, "note": merged}
            if status is FollowUpStatus.DONE:
                values["done_at"] = at or utcnow()
            uow.update(follow_up, values)

    @staticmethod
    def _open(uow: UnitOfWork, follow_up_id: str) -> FollowUp:
        follow_up = uow.get(FollowUp, follow_up_id)
        if follow_up is None:
            raise KeyError(follow_up_id)
        if follow_up.status != FollowUpStatus.OPEN:
            raise FollowUpError(
                f"status.{follow_up.status}",
                QT_TRANSLATE_NOOP("FollowUp", "This follow-up is closed and can no longer change"),
            )
        return follow_up

    # Reading -------------------------------------------------------------------

    def get(self, follow_up_id: str) -> FollowUpView:
        """One follow-up."""
        found = self._query([FollowUp.id == follow_up_id])
        if not found:
            raise KeyError(follow_up_id)
        return found[0]

    def list(
        self,
        customer_id: str | None = None,
        visit_id: str | None = None,
        status: FollowUpStatus | None = None,
    ) -> builtins.list[FollowUpView]:
        """Follow-ups (of a customer, of a visit, in a status), by due day."""
        conditions: builtins.list[ColumnElement[bool]] = []
        if customer_id is not None:
            conditions.append(FollowUp.customer_id == customer_id)
        if visit_id is not None:
            conditions.append(FollowUp.visit_id == visit_id)
        if status is not None:
            conditions.append(FollowUp.status == status.value)
        return self._query(conditions)

    def overdue(self, today: date) -> builtins.list[FollowUpView]:
        """Open follow-ups due before ``today``, oldest first."""
        return self._query([FollowUp.status == FollowUpStatus.OPEN, FollowUp.due_on < today])

    def due_between(self, start: date, end: date) -> builtins.list[FollowUpView]:
        """Open follow-ups due from ``start`` to ``end`` (both included)."""
        return self._query(
            [
                FollowUp.status == FollowUpStatus.OPEN,
                FollowUp.due_on >= start,
                FollowUp.due_on <= end,
            ]
        )

    def _query(self, conditions: Sequence[ColumnElement[bool]]) -> builtins.list[FollowUpView]:
        with self._db.reading() as session:
            rows = session.execute(
                select(FollowUp, Customer.name)
                .join(Customer, Customer.id == FollowUp.customer_id)
                .where(FollowUp.deleted_at.is_(None), Customer.deleted_at.is_(None), *conditions)
                .order_by(FollowUp.due_on, FollowUp.id)
            ).all()
        return [
            FollowUpView(
                id=f.id,
                customer_id=f.customer_id,
                customer_name=name,
                visit_id=f.visit_id,
                title=f.title,
                due_on=f.due_on,
                status=f.status,
                done_at=f.done_at,
                note=f.note,
            )
            for f, name in rows
        ]
