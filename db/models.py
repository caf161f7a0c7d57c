"""SQLAlchemy 2.0 typed models of the local cache.

Every syncable table follows the same conventions (see DESIGN.md): a UUID key
born on the client, ``server_version`` (null until the server has seen the
record), ``updated_at``/``updated_by`` and soft delete through ``deleted_at``.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

FEN_PER_YUAN = Decimal(100)


def utcnow() -> datetime:
    """The current time in UTC, timezone-aware."""
    return datetime.now(UTC)


def new_uuid() -> str:
    """A new random UUID as text: records are born on the client, offline."""
    return str(uuid.uuid4())


class Money(TypeDecorator[Decimal]):
    """CNY as ``Decimal`` yuan in Python, stored as integer fen: never a float."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"Money must be Decimal, not {type(value).__name__}")
        fen = value * FEN_PER_YUAN
        if fen != fen.to_integral_value():
            raise ValueError(f"Money has more precision than one fen: {value}")
        return int(fen)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(value) / FEN_PER_YUAN).quantize(Decimal("0.01"))


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes (SQLite keeps no zone, so we add it back)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: use timezone-aware UTC")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    """Declarative base with a stable naming convention for migrations."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Syncable:
    """Columns and rules shared by every table that syncs with the server."""

    __syncable__: ClassVar[bool] = True
    #: Fields the server owns: never pushed from the client.
    __server_owned__: ClassVar[frozenset[str]] = frozenset()
    #: Fields derived locally (from reference data): stored, never in the outbox.
    __local_fields__: ClassVar[frozenset[str]] = frozenset()
    #: (field, value): once the stored record has this value it can no longer change.
    __immutable_when__: ClassVar[tuple[str, str] | None] = None

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_uuid)
    server_version: Mapped[int | None] = mapped_column(BigInteger, default=None)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)

    @property
    def is_deleted(self) -> bool:
        """True once the record has been soft-deleted."""
        return self.deleted_at is not None


class Customer(Syncable, Base):
    """An enterprise customer: the KYC profile recorded at onboarding.

    ``size`` and ``eligible`` are derived from the profile and the reference
    data when it is saved; they are stored so the list can filter on them.
    A full-text index (``customer_search``, see :mod:`db.search`) is kept in
    step by triggers.
    """

    __tablename__ = "customers"
    __local_fields__ = frozenset({"size", "eligible"})
    __table_args__ = (
        Index("ix_customers_live_name", "deleted_at", "name"),
        Index("ix_customers_live_status", "deleted_at", "status"),
        Index("ix_customers_live_revenue", "deleted_at", "annual_revenue"),
        Index("ix_customers_live_employees", "deleted_at", "employees"),
        Index("ix_customers_industry_code", "industry_code"),
        Index("ix_customers_updated_at", "updated_at"),
    )

    name: Mapped[str] = mapped_column(String(200))
    uscc: Mapped[str | None] = mapped_column(String(18), index=True, default=None)
    registration_date: Mapped[date | None] = mapped_column(Date, default=None)
    province: Mapped[str | None] = mapped_column(String(64), default=None)
    city: Mapped[str | None] = mapped_column(String(64), default=None)
    district: Mapped[str | None] = mapped_column(String(64), default=None)
    address: Mapped[str | None] = mapped_column(String(200), default=None)
    registered_in_prc: Mapped[bool] = mapped_column(Boolean, default=True)
    registered_capital: Mapped[Decimal | None] = mapped_column(Money, default=None)
    ownership_type: Mapped[str | None] = mapped_column(String(16), default=None)
    industry_code: Mapped[str | None] = mapped_column(String(8), default=None)
    employees: Mapped[int | None] = mapped_column(Integer, default=None)
    annual_revenue: Mapped[Decimal | None] = mapped_column(Money, default=None)
    total_assets: Mapped[Decimal | None] = mapped_column(Money, default=None)
    total_liabilities: Mapped[Decimal | None] = mapped_column(Money, default=None)
    legal_rep_name: Mapped[str | None] = mapped_column(String(64), default=None)
    legal_rep_id_number: Mapped[str | None] = mapped_column(String(32), default=None)
    legal_rep_mobile: Mapped[str | None] = mapped_column(String(32), default=None)
    requested_exposure: Mapped[Decimal | None] = mapped_column(Money, default=None)
    credit_type: Mapped[str] = mapped_column(String(8), default="new")
    segment: Mapped[str | None] = mapped_column(String(64), index=True, default=None)
    programmes: Mapped[list[str]] = mapped_column(JSON, default=list)
    assigned_rm: Mapped[str | None] = mapped_column(String(64), default=None)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    size: Mapped[str | None] = mapped_column(String(8), index=True, default=None)
    eligible: Mapped[bool | None] = mapped_column(Boolean, default=None)


class CustomerContact(Syncable, Base):
    """A further contact person of a customer (role, name, phone)."""

    __tablename__ = "customer_contacts"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    role: Mapped[str] = mapped_column(String(64), default="")
    name: Mapped[str] = mapped_column(String(64), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")


class BankRelationship(Syncable, Base):
    """A customer's existing relationship with another bank: bank, product, balance."""

    __tablename__ = "bank_relationships"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    bank: Mapped[str] = mapped_column(String(64), default="")
    product: Mapped[str] = mapped_column(String(64), default="")
    balance: Mapped[Decimal | None] = mapped_column(Money, default=None)


class Application(Syncable, Base):
    """A loan application: customer, product, amount, term, purpose and collateral.

    ``status`` is ``draft`` → ``ready`` (the submit gate passed) → ``submitted``;
    the server owns the decision that follows.
    """

    __tablename__ = "applications"
    __server_owned__ = frozenset(
        {
            "submitted_at",
            "decided_at",
            "decided_by",
            "decision_terms",
            "decision_reason",
            "requested_documents",
        }
    )

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    product_code: Mapped[str] = mapped_column(String(32))
    catalogue_version: Mapped[str] = mapped_column(String(16), default="")
    amount: Mapped[Decimal | None] = mapped_column(Money, default=None)
    term_months: Mapped[int | None] = mapped_column(Integer, default=None)
    purpose: Mapped[str] = mapped_column(String(200), default="")
    collateral_type: Mapped[str] = mapped_column(String(16), default="none")
    collateral_description: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    # Written by the server (the credit factory's decision); arrive with sync.
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    decided_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    decided_by: Mapped[str | None] = mapped_column(String(64), default=None)
    decision_terms: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    decision_reason: Mapped[str | None] = mapped_column(Text, default=None)
    requested_documents: Mapped[list[str] | None] = mapped_column(JSON, default=None)


class ChecklistItem(Syncable, Base):
    """One document an application needs, and where collecting it stands.

    ``applicable`` is False when the item's condition no longer holds (e.g. the
    collateral changed): the item and what was received for it are kept.
    """

    __tablename__ = "checklist_items"

    application_id: Mapped[str] = mapped_column(ForeignKey("applications.id"), index=True)
    item_code: Mapped[str] = mapped_column(String(48))
    position: Mapped[int] = mapped_column(Integer, default=0)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    applicable: Mapped[bool] = mapped_column(Boolean, default=True)
    state: Mapped[str] = mapped_column(String(16), default="missing")
    waive_reason: Mapped[str] = mapped_column(String(200), default="")
    document_id: Mapped[str | None] = mapped_column(
        ForeignKey("documents.id"), index=True, default=None
    )


class Document(Syncable, Base):
    """A document on file for a customer (e.g. its business licence), reusable later.

    Photos taken on a visit are documents of type ``visit_photo`` with ``visit_id``.
    """

    __tablename__ = "documents"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visits.id"), index=True, default=None)
    doc_type: Mapped[str] = mapped_column(String(48))  # the checklist item code it satisfies
    title: Mapped[str] = mapped_column(String(200), default="")
    issued_on: Mapped[date | None] = mapped_column(Date, default=None)
    expires_on: Mapped[date | None] = mapped_column(Date, default=None)


class Attachment(Syncable, Base):
    """A file of a document (scan, photo, PDF), stored content-addressed by SHA-256."""

    __tablename__ = "attachments"

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(64))
    original_name: Mapped[str] = mapped_column(String(255), default="")


class FinancialStatement(Syncable, Base):
    """One year's (or period's) financial statement of a customer, in yuan."""

    __tablename__ = "financial_statements"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    period_end: Mapped[date] = mapped_column(Date)
    revenue: Mapped[Decimal | None] = mapped_column(Money, default=None)
    net_profit: Mapped[Decimal | None] = mapped_column(Money, default=None)
    total_assets: Mapped[Decimal | None] = mapped_column(Money, default=None)
    total_liabilities: Mapped[Decimal | None] = mapped_column(Money, default=None)
    current_assets: Mapped[Decimal | None] = mapped_column(Money, default=None)
    current_liabilities: Mapped[Decimal | None] = mapped_column(Money, default=None)
    operating_cash_flow: Mapped[Decimal | None] = mapped_column(Money, default=None)
    inventory: Mapped[Decimal | None] = mapped_column(Money, default=None)
    receivables: Mapped[Decimal | None] = mapped_column(Money, default=None)
    audited: Mapped[bool] = mapped_column(Boolean, default=False)


class Assessment(Syncable, Base):
    """A credit scorecard assessment: model, inputs, outputs, who entered it and when.

    Once ``status`` is ``submitted`` the record is immutable (the unit of work
    and a database trigger refuse changes); a new assessment ``supersedes`` it.
    """

    __tablename__ = "assessments"
    __immutable_when__ = ("status", "submitted")

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    application_id: Mapped[str | None] = mapped_column(
        ForeignKey("applications.id"), index=True, default=None
    )
    model_id: Mapped[str] = mapped_column(String(64))
    model_version: Mapped[str] = mapped_column(String(32))
    inputs: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    outputs: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    score: Mapped[Decimal | None] = mapped_column(Numeric(12, 4), default=None)
    grade: Mapped[str | None] = mapped_column(String(16), default=None)
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft | submitted
    submitted_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    supersedes_id: Mapped[str | None] = mapped_column(
        ForeignKey("assessments.id"), index=True, default=None
    )


class Loan(Syncable, Base):
    """A disbursed loan (server-owned once sync exists): drives post-loan inspections."""

    __tablename__ = "loans"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    application_id: Mapped[str | None] = mapped_column(
        ForeignKey("applications.id"), index=True, default=None
    )
    product_code: Mapped[str] = mapped_column(String(32))
    amount: Mapped[Decimal] = mapped_column(Money)
    disbursed_on: Mapped[date] = mapped_column(Date)
    matures_on: Mapped[date | None] = mapped_column(Date, default=None)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active | repaid


class Visit(Syncable, Base):
    """A customer visit: planned, done or cancelled, with notes and on-site checks."""

    __tablename__ = "visits"
    __table_args__ = (Index("ix_visits_live_planned", "deleted_at", "planned_start"),)

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    visit_type: Mapped[str] = mapped_column(String(24))
    status: Mapped[str] = mapped_column(String(16), default="planned")
    planned_start: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    planned_end: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    actual_start: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    actual_end: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    location: Mapped[str] = mapped_column(String(200), default="")
    attendees_bank: Mapped[list[str]] = mapped_column(JSON, default=list)
    attendees_customer: Mapped[list[str]] = mapped_column(JSON, default=list)
    purpose: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    checks: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class RiskAlert(Syncable, Base):
    """An early-warning alert on a customer, raised by a risk signal; resolved with a note."""

    __tablename__ = "risk_alerts"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visits.id"), index=True, default=None)
    signal_code: Mapped[str] = mapped_column(String(48))
    severity: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | resolved
    raised_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    resolved_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    resolution_note: Mapped[str] = mapped_column(Text, default="")


class FollowUp(Syncable, Base):
    """An action to take by a due date, usually agreed on a visit."""

    __tablename__ = "follow_ups"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    visit_id: Mapped[str | None] = mapped_column(ForeignKey("visits.id"), index=True, default=None)
    title: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="open")  # open | done | cancelled
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class Segment(Syncable, Base):
    """A market segment (细分市场) an RM develops in batch, with its shared terms.

    Not a customer record: on the server it is scoped by its owner (RM and
    branch). Customers are members when ``Customer.segment`` holds its name.
    """

    __tablename__ = "segments"

    name: Mapped[str] = mapped_column(String(64))
    segment_type: Mapped[str] = mapped_column(String(24))
    region: Mapped[str] = mapped_column(String(100), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    # Supply chain: the core enterprise (核心企业), optionally a customer on file.
    core_enterprise_name: Mapped[str] = mapped_column(String(200), default="")
    core_enterprise_uscc: Mapped[str | None] = mapped_column(String(18), default=None)
    core_customer_id: Mapped[str | None] = mapped_column(String(36), default=None)
    # Shared terms (批量开发): common risk controls, default product and terms.
    risk_controls: Mapped[list[str]] = mapped_column(JSON, default=list)
    default_product_code: Mapped[str | None] = mapped_column(String(32), default=None)
    default_amount: Mapped[Decimal | None] = mapped_column(Money, default=None)
    default_term_months: Mapped[int | None] = mapped_column(Integer, default=None)
    owner: Mapped[str | None] = mapped_column(String(64), index=True, default=None)


class SegmentPlan(Syncable, Base):
    """A quarterly development plan (e.g. ``2026Q4``) of a segment, with its targets."""

    __tablename__ = "segment_plans"

    segment_id: Mapped[str] = mapped_column(ForeignKey("segments.id"), index=True)
    quarter: Mapped[str] = mapped_column(String(6))
    owner: Mapped[str | None] = mapped_column(String(64), index=True, default=None)
    target_visits: Mapped[int] = mapped_column(Integer, default=0)
    target_applications: Mapped[int] = mapped_column(Integer, default=0)
    target_approved_amount: Mapped[Decimal] = mapped_column(Money, default=Decimal("0.00"))
    status: Mapped[str] = mapped_column(String(16), default="draft")  # draft | active | closed
    note: Mapped[str] = mapped_column(Text, default="")


class PrivacyReveal(Syncable, Base):
    """Audit: someone showed a masked field (ID number, phone) in full. Append-only.

    ``record_id`` names the record holding the value when it is not the customer
    itself (e.g. a contact's phone). A trigger refuses changes and deletions outside
    sync; the server refuses them too.
    """

    __tablename__ = "privacy_reveals"

    customer_id: Mapped[str] = mapped_column(ForeignKey("customers.id"), index=True)
    field: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str | None] = mapped_column(String(36), default=None)
    context: Mapped[str] = mapped_column(String(32))
    revealed_by: Mapped[str] = mapped_column(String(64))
    revealed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class LocalDraft(Base):
    """Unsaved typing kept every few seconds (local only, never synced), by key."""

    __tablename__ = "local_drafts"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class ApplicationCompleteness(Base):
    """An application's document completeness, stored (local only, derived, never synced).

    ``required``/``satisfied`` count its required, applicable checklist items
    and those collected, as on ``computed_for``; they hold until ``valid_until``
    (the last day no document's dates can change them; None: no date can) for
    the validity rules fingerprinted in ``rules``. Triggers (migration 0012)
    delete the row whenever the application's items or their documents change;
    see :mod:`app.completeness`.
    """

    __tablename__ = "application_completeness"

    application_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    required: Mapped[int] = mapped_column(Integer)
    satisfied: Mapped[int] = mapped_column(Integer)
    computed_for: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date, default=None)
    rules: Mapped[str] = mapped_column(String(32))


class OutboxEntry(Base):
    """One local change waiting to be pushed, written with the change itself."""

    __tablename__ = "outbox"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(8))  # create | update | delete
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    base_version: Mapped[int | None] = mapped_column(BigInteger, default=None)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")


class SyncState(Base):
    """Per-profile sync bookkeeping (e.g. the pull cursor), as key and text value."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# --- sync bookkeeping (local only, never synced; see app/sync) -------------------------


class SyncRejected(Base):
    """A local change the server refused, with its problems, kept for the RM to fix.

    ``merged_into`` names the outbox mutation that now carries these changes
    again (a later change of the same record, or a retry).
    """

    __tablename__ = "sync_rejected"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    mutation_id: Mapped[str] = mapped_column(String(36))
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(36), index=True)
    op: Mapped[str] = mapped_column(String(8))
    changes: Mapped[dict[str, Any]] = mapped_column(JSON)
    base_version: Mapped[int | None] = mapped_column(BigInteger, default=None)
    problems: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")
    rejected_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    merged_into: Mapped[str | None] = mapped_column(String(36), index=True, default=None)


class SyncConflict(Base):
    """One field changed both here and on the server: mine, theirs and the common base."""

    __tablename__ = "sync_conflicts"
    __table_args__ = (
        Index("ix_sync_conflicts_record", "entity", "entity_id", "field", unique=True),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    entity: Mapped[str] = mapped_column(String(64))
    entity_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(64))
    mine: Mapped[Any] = mapped_column(JSON, nullable=True)
    theirs: Mapped[Any] = mapped_column(JSON, nullable=True)
    base: Mapped[Any] = mapped_column(JSON, nullable=True)
    base_known: Mapped[bool] = mapped_column(Boolean, default=False)
    server_version: Mapped[int] = mapped_column(BigInteger)
    theirs_by: Mapped[str] = mapped_column(String(64), default="")
    theirs_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    mutation_id: Mapped[str] = mapped_column(String(36), default="")
    detected_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class SyncBase(Base):
    """A record as last synced, saved by a trigger before its first local edit (the merge base).

    ``latest`` is the server's newest state of the record (wire data) when a pull
    kept local values over it, so that giving a local change up can restore it.
    """

    __tablename__ = "sync_base"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    server_version: Mapped[int | None] = mapped_column(BigInteger, default=None)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)
    latest: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    latest_version: Mapped[int | None] = mapped_column(BigInteger, default=None)


class SyncBlob(Base):
    """An attachment blob's sync state: ``upload``, ``download`` (wanted) or ``synced``."""

    __tablename__ = "sync_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    state: Mapped[str] = mapped_column(String(12), index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class SyncSeen(Base):
    """Records seen while re-downloading the scope (after 410): the rest is stale."""

    __tablename__ = "sync_seen"

    entity: Mapped[str] = mapped_column(String(64), primary_key=True)
    entity_id: Mapped[str] = mapped_column(String(36), primary_key=True)
