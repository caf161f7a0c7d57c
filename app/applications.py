"""Loan applications and their document checklists, offline.

Creating an application instantiates its product's checklist; changing the
product or the collateral re-evaluates the items' conditions without losing
anything received (items that no longer apply are kept, marked not applicable).
Documents belong to the customer, so one received for an earlier application
(e.g. the business licence) is offered again instead of asking twice. Every
write goes through the unit of work and reaches the outbox.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from app.attachment_store import AttachmentStore, StoredFile
from app.catalogue import Catalogue, ItemTemplate, Product, load_catalogue
from app.checklist import (
    ChecklistError,
    EffectiveState,
    ItemState,
    Progress,
    check_transition,
    effective_state,
    is_blocking,
    progress,
)
from app.checklist_rules import Validity, check_validity, evaluate_condition, facts_for
from app.money import format_wan
from app.text import QT_TRANSLATE_NOOP
from app.validation import Problem
from db.database import Database
from db.models import Application, Attachment, ChecklistItem, Customer, Document
from db.unit_of_work import UnitOfWork

#: Documents whose validity ends within this many days are "expiring soon".
SOON_DAYS = 30


class ApplicationStatus:
    """Where an application stands: draft → ready (submit gate passed) → submitted."""

    DRAFT = "draft"
    READY = "ready"
    SUBMITTED = "submitted"


class InvalidApplicationError(ValueError):
    """The application's fields break the product's rules: ``problems`` say which."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(p.text() for p in problems))
        self.problems = list(problems)


class NotReadyError(ValueError):
    """The application cannot be marked ready: ``blocking`` items are missing or expired."""

    def __init__(self, blocking: Sequence[ItemView]) -> None:
        super().__init__("blocking items: " + ", ".join(i.code for i in blocking))
        self.blocking = list(blocking)


@dataclass
class ApplicationInput:
    """What the RM enters for an application (amount in yuan)."""

    customer_id: str
    product_code: str
    amount: Decimal | None = None
    term_months: int | None = None
    purpose: str = ""
    collateral_type: str = "none"
    collateral_description: str = ""
    id: str | None = None


@dataclass(frozen=True)
class AttachmentView:
    """One stored file of a document."""

    id: str
    sha256: str
    size: int
    media_type: str
    original_name: str


@dataclass(frozen=True)
class DocumentView:
    """A document on file for the customer, with its files."""

    id: str
    doc_type: str
    title: str
    issued_on: date | None
    expires_on: date | None
    attachments: tuple[AttachmentView, ...] = ()


@dataclass(frozen=True)
class ItemView:
    """One checklist item as shown: template texts, states, document and validity."""

    id: str
    code: str
    template: ItemTemplate | None
    required: bool
    applicable: bool
    state: ItemState
    effective: EffectiveState
    waive_reason: str
    document: DocumentView | None
    validity: Validity | None
    reusable: tuple[DocumentView, ...] = ()

    @property
    def blocking(self) -> bool:
        """True when this item stops the application from being ready."""
        return is_blocking(self.required, self.applicable, self.effective)

    def expiring_by(self, day: date) -> bool:
        """True when a collected document stops being valid on or before ``day``."""
        until = None if self.validity is None else self.validity.valid_until
        return (
            self.applicable
            and self.effective in (EffectiveState.RECEIVED, EffectiveState.VERIFIED)
            and until is not None
            and until <= day
        )


@dataclass(frozen=True)
class ApplicationView:
    """An application with its checklist, completeness and blocking items."""

    id: str
    customer_id: str
    customer_name: str
    product: Product | None
    product_code: str
    amount: Decimal | None
    term_months: int | None
    purpose: str
    collateral_type: str
    collateral_description: str
    status: str
    items: tuple[ItemView, ...]
    progress: Progress

    @property
    def completeness(self) -> int:
        """Required documents collected, in per cent."""
        return self.progress.percent

    @property
    def blocking(self) -> tuple[ItemView, ...]:
        """The required items still missing or expired."""
        return tuple(i for i in self.items if i.blocking)

    def as_input(self) -> ApplicationInput:
        """The editable fields, for a change."""
        return ApplicationInput(
            self.customer_id,
            self.product_code,
            self.amount,
            self.term_months,
            self.purpose,
            self.collateral_type,
            self.collateral_description,
            self.id,
        )


@dataclass(frozen=True)
class ApplicationSummary:
    """One line of an application list."""

    id: str
    customer_id: str
    customer_name: str
    product_code: str
    amount: Decimal | None
    status: str
    completeness: int
    blocking: int
    expiring_soon: int
    missing_codes: tuple[str, ...] = field(default=())


def _problem(field_name: str, code: str, template: str, **params: str) -> Problem:
    return Problem(field_name, code, template, dict(params))


class ApplicationService:
    """Applications, checklists, documents and attachments of one profile."""

    def __init__(
        self,
        database: Database,
        actor: str,
        store: AttachmentStore,
        catalogue: Catalogue | None = None,
    ) -> None:
        self._db = database
        self._actor = actor
        self._store = store
        self.catalogue = catalogue or load_catalogue()

    @property
    def database(self) -> Database:
        """The profile's database (for list queries that read alongside the service)."""
        return self._db

    # Validation ---------------------------------------------------------------

    def validate(self, data: ApplicationInput) -> list[Problem]:
        """What is wrong with ``data`` under its product's rules (empty when fine)."""
        problems: list[Problem] = []
        product = self.catalogue.products.get(data.product_code)
        if product is None:
            return [
                _problem(
                    "product_code",
                    "product.unknown",
                    QT_TRANSLATE_NOOP("Application", "Choose a loan product"),
                )
            ]
        if data.amount is None:
            problems.append(
                _problem("amount", "required", QT_TRANSLATE_NOOP("Application", "Enter the amount"))
            )
        elif not product.amount_min <= data.amount <= product.amount_max:
            problems.append(
                _problem(
                    "amount",
                    "amount.range",
                    QT_TRANSLATE_NOOP(
                        "Application", "For this product the amount must be {min} to {max} 万元"
                    ),
                    min=format_wan(product.amount_min),
                    max=format_wan(product.amount_max),
                )
            )
        if data.term_months is None:
            problems.append(
                _problem(
                    "term_months",
                    "required",
                    QT_TRANSLATE_NOOP("Application", "Enter the term in months"),
                )
            )
        elif not product.term_min <= data.term_months <= product.term_max:
            problems.append(
                _problem(
                    "term_months",
                    "term.range",
                    QT_TRANSLATE_NOOP(
                        "Application", "For this product the term must be {min} to {max} months"
                    ),
                    min=str(product.term_min),
                    max=str(product.term_max),
                )
            )
        if data.collateral_type not in product.collateral_types:
            problems.append(
                _problem(
                    "collateral_type",
                    "collateral.not_accepted",
                    QT_TRANSLATE_NOOP("Application", "This product does not take this collateral"),
                )
            )
        if len(data.purpose) > 200:
            problems.append(
                _problem(
                    "purpose",
                    "length.too_long",
                    QT_TRANSLATE_NOOP(
                        "Application", "The purpose is too long: at most 200 characters"
                    ),
                )
            )
        return problems

    # Applications -------------------------------------------------------------

    def save(self, data: ApplicationInput, today: date | None = None) -> str:
        """Create or change an application; its checklist follows the product and collateral.

        Raises :class:`InvalidApplicationError` (nothing written) when ``data``
        breaks the product's rules, or once the application is no longer a draft.
        """
        problems = self.validate(data)
        if problems:
            raise InvalidApplicationError(problems)
        day = today or date.today()
        with self._db.unit_of_work(self._actor) as uow:
            customer = uow.get(Customer, data.customer_id)
            if customer is None:
                raise KeyError(data.customer_id)
            values = {
                "customer_id": data.customer_id,
                "product_code": data.product_code,
                "catalogue_version": self.catalogue.version,
                "amount": data.amount,
                "term_months": data.term_months,
                "purpose": data.purpose.strip(),
                "collateral_type": data.collateral_type,
                "collateral_description": data.collateral_description.strip(),
            }
            if data.id is None:
                application = uow.add(Application(**values, status=ApplicationStatus.DRAFT))
                uow.session.flush()
            else:
                found = uow.get(Application, data.id)
                if found is None:
                    raise KeyError(data.id)
                if found.status != ApplicationStatus.DRAFT:
                    raise InvalidApplicationError(
                        [
                            _problem(
                                "status",
                                "status.not_draft",
                                QT_TRANSLATE_NOOP(
                                    "Application", "Only a draft application can be changed"
                                ),
                            )
                        ]
                    )
                application = uow.update(found, values)
            self._evaluate_items(uow, application, customer, day)
            return application.id

    def _evaluate_items(
        self, uow: UnitOfWork, application: Application, customer: Customer, today: date
    ) -> None:
        """Bring the checklist in line with the product and facts; keep what was received."""
        product = self.catalogue.products[application.product_code]
        facts = facts_for(
            product,
            application.collateral_type,
            customer.credit_type,
            customer.registration_date,
            today,
            application.amount,
        )
        existing = {item.item_code: item for item in self._items(uow.session, application.id)}
        wanted: set[str] = set()
        for position, entry in enumerate(product.items):
            template = self.catalogue.items[entry.code]
            applicable = template.condition is None or evaluate_condition(template.condition, facts)
            wanted.add(entry.code)
            values = {"position": position, "required": entry.required, "applicable": applicable}
            item = existing.get(entry.code)
            if item is None:
                uow.add(
                    ChecklistItem(application_id=application.id, item_code=entry.code, **values)
                )
            else:
                uow.update(item, values)
        for code, item in existing.items():
            if code not in wanted:
                uow.update(item, {"applicable": False})

    @staticmethod
    def _items(session: Session, application_id: str) -> list[ChecklistItem]:
        return list(
            session.scalars(
                select(ChecklistItem)
                .where(
                    ChecklistItem.application_id == application_id,
                    ChecklistItem.deleted_at.is_(None),
                )
                .order_by(ChecklistItem.position)
            )
        )

    def delete(self, application_id: str) -> None:
        """Soft-delete a draft application (the deletion syncs); documents stay on file."""
        with self._db.unit_of_work(self._actor) as uow:
            application = uow.get(Application, application_id)
            if application is None:
                raise KeyError(application_id)
            for item in self._items(uow.session, application_id):
                uow.soft_delete(item)
            uow.soft_delete(application)

    # Reading -------------------------------------------------------------------

    def load(self, application_id: str, today: date | None = None) -> ApplicationView:
        """The application with its checklist as of ``today``."""
        day = today or date.today()
        with self._db.reading() as session:
            application = session.get(Application, application_id)
            if application is None or application.is_deleted:
                raise KeyError(application_id)
            return self._view(session, application, day)

    def _view(self, session: Session, application: Application, today: date) -> ApplicationView:
        customer = session.get(Customer, application.customer_id)
        items = self._items(session, application.id)
        documents = self._documents(session, application.customer_id)
        views = tuple(self._item_view(item, documents, today) for item in items)
        return ApplicationView(
            id=application.id,
            customer_id=application.customer_id,
            customer_name="" if customer is None else customer.name,
            product=self.catalogue.products.get(application.product_code),
            product_code=application.product_code,
            amount=application.amount,
            term_months=application.term_months,
            purpose=application.purpose,
            collateral_type=application.collateral_type,
            collateral_description=application.collateral_description,
            status=application.status,
            items=views,
            progress=progress((v.required, v.applicable, v.effective) for v in views),
        )

    def _documents(self, session: Session, customer_id: str) -> dict[str, DocumentView]:
        documents = session.scalars(
            select(Document).where(
                Document.customer_id == customer_id, Document.deleted_at.is_(None)
            )
        ).all()
        files: dict[str, list[AttachmentView]] = {}
        if documents:
            rows = session.scalars(
                select(Attachment)
                .where(
                    Attachment.document_id.in_([d.id for d in documents]),
                    Attachment.deleted_at.is_(None),
                )
                .order_by(Attachment.position)
            )
            for a in rows:
                files.setdefault(a.document_id, []).append(
                    AttachmentView(a.id, a.sha256, a.size, a.media_type, a.original_name)
                )
        return {
            d.id: DocumentView(
                d.id, d.doc_type, d.title, d.issued_on, d.expires_on, tuple(files.get(d.id, ()))
            )
            for d in documents
        }

    def _validity(
        self, template: ItemTemplate | None, document: DocumentView | None, today: date
    ) -> Validity | None:
        if template is None or template.validity is None or document is None:
            return None
        return check_validity(template.validity, document.issued_on, document.expires_on, today)

    def _item_view(
        self, item: ChecklistItem, documents: dict[str, DocumentView], today: date
    ) -> ItemView:
        template = self.catalogue.items.get(item.item_code)
        document = documents.get(item.document_id) if item.document_id else None
        validity = self._validity(template, document, today)
        state = ItemState(item.state)
        effective = effective_state(state, None if validity is None else validity.ok)
        reusable: tuple[DocumentView, ...] = ()
        if effective in (EffectiveState.MISSING, EffectiveState.EXPIRED):
            reusable = tuple(
                d
                for d in documents.values()
                if d.doc_type == item.item_code
                and d.id != item.document_id
                and (self._validity(template, d, today) or _ALWAYS_VALID).ok
            )
        return ItemView(
            id=item.id,
            code=item.item_code,
            template=template,
            required=item.required,
            applicable=item.applicable,
            state=state,
            effective=effective,
            waive_reason=item.waive_reason,
            document=document,
            validity=validity,
            reusable=reusable,
        )

    def list(
        self, customer_id: str | None = None, today: date | None = None
    ) -> list[ApplicationSummary]:
        """Live applications (of ``customer_id``), newest first, with their completeness."""
        day = today or date.today()
        soon = day + timedelta(days=SOON_DAYS)
        conditions: builtins.list[ColumnElement[bool]] = [Application.deleted_at.is_(None)]
        if customer_id is not None:
            conditions.append(Application.customer_id == customer_id)
        with self._db.reading() as session:
            applications = session.scalars(
                select(Application).where(*conditions).order_by(Application.updated_at.desc())
            ).all()
            summaries = []
            for application in applications:
                view = self._view(session, application, day)
                summaries.append(
                    ApplicationSummary(
                        id=view.id,
                        customer_id=view.customer_id,
                        customer_name=view.customer_name,
                        product_code=view.product_code,
                        amount=view.amount,
                        status=view.status,
                        completeness=view.completeness,
                        blocking=len(view.blocking),
                        expiring_soon=sum(i.expiring_by(soon) for i in view.items),
                        missing_codes=tuple(i.code for i in view.blocking),
                    )
                )
            return summaries

    def needing_attention(self, today: date | None = None) -> builtins.list[ApplicationSummary]:
        """Open applications with missing documents or documents expiring within SOON_DAYS."""
        return [
            s
            for s in self.list(today=today)
            if s.status != ApplicationStatus.SUBMITTED and (s.blocking or s.expiring_soon)
        ]

    # Checklist items -------------------------------------------------------------

    def _item_in(self, uow: UnitOfWork, item_id: str) -> tuple[ChecklistItem, Application]:
        item = uow.get(ChecklistItem, item_id)
        if item is None:
            raise KeyError(item_id)
        application = uow.get(Application, item.application_id)
        if application is None:
            raise KeyError(item.application_id)
        return item, application

    def _document_for(self, uow: UnitOfWork, item: ChecklistItem, customer_id: str) -> Document:
        if item.document_id:
            document = uow.get(Document, item.document_id)
            if document is not None:
                return document
        document = uow.add(Document(customer_id=customer_id, doc_type=item.item_code))
        uow.session.flush()
        uow.update(item, {"document_id": document.id})
        return document

    def set_state(self, item_id: str, target: ItemState, reason: str = "") -> None:
        """Move an item to ``target`` (received, verified, waived with a reason, or missing)."""
        with self._db.unit_of_work(self._actor) as uow:
            item, application = self._item_in(uow, item_id)
            self._move(uow, item, application, target, reason)

    def _move(
        self,
        uow: UnitOfWork,
        item: ChecklistItem,
        application: Application,
        target: ItemState,
        reason: str = "",
    ) -> None:
        check_transition(ItemState(item.state), target, reason)
        values: dict[str, object] = {"state": target.value}
        values["waive_reason"] = reason.strip() if target == ItemState.WAIVED else ""
        if target in (ItemState.RECEIVED, ItemState.VERIFIED):
            self._document_for(uow, item, application.customer_id)
        uow.update(item, values)
        if application.status == ApplicationStatus.READY and target == ItemState.MISSING:
            uow.update(application, {"status": ApplicationStatus.DRAFT})

    def mark_received(self, item_ids: Iterable[str]) -> int:
        """Mark several missing items received (papers seen), in one transaction."""
        count = 0
        with self._db.unit_of_work(self._actor) as uow:
            for item_id in item_ids:
                item, application = self._item_in(uow, item_id)
                if item.state == ItemState.MISSING:
                    self._move(uow, item, application, ItemState.RECEIVED)
                    count += 1
        return count

    def attach(self, item_id: str, paths: Sequence[Path]) -> builtins.list[StoredFile]:
        """Store ``paths`` (scans, photos, PDFs) as the item's document and mark it received.

        Each file is checked and stored content-addressed first; a bad file raises
        :class:`app.attachment_store.AttachmentError` and nothing is recorded.
        """
        with self._db.reading() as session:
            item = session.get(ChecklistItem, item_id)
            if item is None or item.is_deleted:
                raise KeyError(item_id)
            template = self.catalogue.items.get(item.item_code)
        accepted = None if template is None else template.media_types
        stored = [self._store.add(path, accepted) for path in paths]
        with self._db.unit_of_work(self._actor) as uow:
            item, application = self._item_in(uow, item_id)
            document = self._document_for(uow, item, application.customer_id)
            position = len(
                uow.session.scalars(
                    select(Attachment.id).where(
                        Attachment.document_id == document.id, Attachment.deleted_at.is_(None)
                    )
                ).all()
            )
            for offset, blob in enumerate(stored):
                uow.add(
                    Attachment(
                        document_id=document.id,
                        position=position + offset,
                        sha256=blob.sha256,
                        size=blob.size,
                        media_type=blob.media_type,
                        original_name=blob.original_name,
                    )
                )
            if item.state == ItemState.MISSING:
                self._move(uow, item, application, ItemState.RECEIVED)
        return stored

    def remove_attachment(self, attachment_id: str) -> None:
        """Take a file off its document (the blob stays: other documents may share it)."""
        with self._db.unit_of_work(self._actor) as uow:
            attachment = uow.get(Attachment, attachment_id)
            if attachment is None:
                raise KeyError(attachment_id)
            uow.soft_delete(attachment)

    def set_document_dates(
        self, document_id: str, issued_on: date | None, expires_on: date | None, title: str = ""
    ) -> None:
        """Record a document's date and expiry (they decide whether it is still valid)."""
        if issued_on and expires_on and expires_on < issued_on:
            raise ChecklistError(
                QT_TRANSLATE_NOOP("Checklist", "The expiry date is before the issue date")
            )
        with self._db.unit_of_work(self._actor) as uow:
            document = uow.get(Document, document_id)
            if document is None:
                raise KeyError(document_id)
            uow.update(document, {"issued_on": issued_on, "expires_on": expires_on, "title": title})

    def reuse(self, item_id: str, document_id: str) -> None:
        """Use a document already on file for the customer (received for another application)."""
        with self._db.unit_of_work(self._actor) as uow:
            item, application = self._item_in(uow, item_id)
            document = uow.get(Document, document_id)
            if document is None or document.customer_id != application.customer_id:
                raise KeyError(document_id)
            if document.doc_type != item.item_code:
                raise ChecklistError(
                    QT_TRANSLATE_NOOP("Checklist", "This document is for another checklist item")
                )
            uow.update(item, {"document_id": document.id})
            if item.state in (ItemState.MISSING, ItemState.WAIVED):
                if item.state == ItemState.WAIVED:
                    self._move(uow, item, application, ItemState.MISSING)
                self._move(uow, item, application, ItemState.RECEIVED)

    def reuse_all(self, application_id: str, today: date | None = None) -> int:
        """Use every valid document on file for the items still missing; returns how many."""
        view = self.load(application_id, today)
        count = 0
        for item in view.items:
            if item.applicable and item.reusable and item.effective == EffectiveState.MISSING:
                self.reuse(item.id, item.reusable[0].id)
                count += 1
        return count

    # The submit gate ---------------------------------------------------------------

    def mark_ready(self, application_id: str, today: date | None = None) -> None:
        """Mark the application ready to submit; refused while required items are missing."""
        day = today or date.today()
        with self._db.unit_of_work(self._actor) as uow:
            application = uow.get(Application, application_id)
            if application is None:
                raise KeyError(application_id)
            view = self._view(uow.session, application, day)
            if view.blocking:
                raise NotReadyError(view.blocking)
            problems = self.validate(view.as_input())
            if problems:
                raise InvalidApplicationError(problems)
            uow.update(application, {"status": ApplicationStatus.READY})


_ALWAYS_VALID = Validity(ok=True, template="", params={}, valid_until=None)
