"""Privacy on screen: which fields are masked, how, and the audit of every reveal.

ID numbers and phone numbers are shown masked (see the ``mask_*`` functions of
:mod:`app.identifiers`); showing one in full is recorded as a ``privacy_reveals``
record, written through the unit of work (with its outbox entry, in one
transaction), so it works offline and reaches the server's audit log with the
next sync. The USCC is public (business licence, national enterprise credit
information system) and is not masked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select

from app.identifiers import MASKED_FIELDS, is_masked_field, mask_value
from db.database import Database
from db.models import Customer, PrivacyReveal, SyncState, utcnow

#: The ``sync_state`` key of the signed-in user (``app.sync.state.USER``).
SIGNED_IN = "account.user"

__all__ = [
    "MASKED_FIELDS",
    "Reveal",
    "RevealContext",
    "RevealService",
    "is_masked_field",
    "mask_value",
]


class RevealContext(StrEnum):
    """Where a value was revealed (recorded with the reveal)."""

    PROFILE = "profile"
    EDIT = "edit"  # the onboarding wizard, on a stored customer
    CONFLICTS = "conflicts"
    PACKET = "packet"  # ``rmdesk packet --full-ids``


@dataclass(frozen=True)
class Reveal:
    """One recorded reveal."""

    id: str
    customer_id: str
    field: str
    record_id: str | None
    context: str
    revealed_by: str
    revealed_at: datetime


class RevealService:
    """Records reveals of masked fields by ``actor`` (the RM signed in on this laptop)."""

    def __init__(self, database: Database, actor: str) -> None:
        self._db = database
        self._actor = actor

    def record(
        self,
        customer_id: str,
        field: str,
        context: RevealContext | str,
        record_id: str | None = None,
    ) -> Reveal:
        """Record that ``field`` of ``customer_id`` was shown in full: one audit record.

        ``revealed_by`` is the user signed in to the sync server, else the
        profile's RM. Raises ``ValueError`` for a field that is not masked and
        ``KeyError`` for an unknown customer.
        """
        return self.record_many(customer_id, [(field, record_id)], context)[0]

    def record_many(
        self,
        customer_id: str,
        fields: Sequence[tuple[str, str | None]],
        context: RevealContext | str,
    ) -> list[Reveal]:
        """Record several ``(field, record_id)`` shown at once (e.g. every contact's phone).

        One record each, all in one transaction; nothing is recorded if one fails.
        """
        for field, _record_id in fields:
            if not is_masked_field(field):
                raise ValueError(f"{field} is not a masked field")
        with self._db.unit_of_work(self._actor) as uow:
            if uow.get(Customer, customer_id) is None:
                raise KeyError(customer_id)
            user = uow.session.scalar(select(SyncState.value).where(SyncState.key == SIGNED_IN))
            now = utcnow()
            reveals = [
                uow.add(
                    PrivacyReveal(
                        customer_id=customer_id,
                        field=field,
                        record_id=record_id,
                        context=str(context),
                        revealed_by=user or self._actor,
                        revealed_at=now,
                    )
                )
                for field, record_id in fields
            ]
            uow.session.flush()
            return [_view(r) for r in reveals]

    def list(self, customer_id: str | None = None) -> list[Reveal]:
        """The reveals recorded (of one customer), oldest first."""
        query = select(PrivacyReveal).order_by(PrivacyReveal.revealed_at, PrivacyReveal.id)
        if customer_id is not None:
            query = query.where(PrivacyReveal.customer_id == customer_id)
        with self._db.reading() as session:
            return [_view(r) for r in session.scalars(query)]


def _view(reveal: PrivacyReveal) -> Reveal:
    return Reveal(
        id=reveal.id,
        customer_id=reveal.customer_id,
        field=reveal.field,
        record_id=reveal.record_id,
        context=reveal.context,
        revealed_by=reveal.revealed_by,
        revealed_at=reveal.revealed_at,
    )
