"""The server's tables (SQLAlchemy 2.x): accounts, the record store, its change log, blobs.

Synced records live in one generic table, :class:`Record` (entity, id, the
customer it belongs to for scope, its data as JSON, its version and per-field
versions for the three-way merge). ``Record.seq`` is the change sequence number
of the record's latest state: a pull reads records with ``seq > cursor``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import BYTEA, JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

JsonType = JSON().with_variant(JSONB(), "postgresql")
BigId = BigInteger().with_variant(Integer(), "sqlite")
Bytes = LargeBinary().with_variant(BYTEA(), "postgresql")


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on both databases."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: use timezone-aware UTC")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    """Declarative base with a stable naming convention for migrations."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


# --- accounts ---------------------------------------------------------------------------


class Branch(Base):
    """A bank branch: RMs, managers and credit officers belong to one."""

    __tablename__ = "branches"

    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class User(Base):
    """An account: argon2 password hash, role and branch."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(16))
    branch_code: Mapped[str] = mapped_column(ForeignKey("branches.code"), index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class LoginThrottle(Base):
    """Failed sign-ins per username (known or not), so lockout works across processes."""

    __tablename__ = "login_throttle"

    username: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    window_start: Mapped[datetime] = mapped_column(UtcDateTime)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)


class AuthSession(Base):
    """One sign-in (a device): its access tokens name it, revoking it ends them all."""

    __tablename__ = "auth_sessions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    device_id: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)


class RefreshToken(Base):
    """A refresh token, stored hashed; used once (rotation), reuse revokes its session."""

    __tablename__ = "refresh_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_id: Mapped[str] = mapped_column(ForeignKey("auth_sessions.id"), index=True)
    issued_at: Mapped[datetime] = mapped_column(UtcDateTime)
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    used_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)


# --- the record store -------------------------------------------------------------------


class SyncCounter(Base):
    """The single-row change sequence: taking numbers from it serialises writers."""

    __tablename__ = "sync_counter"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger)
    purged_through: Mapped[int] = mapped_column(BigInteger, default=0)


class CustomerAssignment(Base):
    """Whose scope a customer (and every record of it) is in.

    ``customer_id`` is a scope key: a customer's id, or the id of a record that
    belongs to no customer but to its owner RM (a segment, with its plans).
    """

    __tablename__ = "customer_assignments"

    customer_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    rm_user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    branch_code: Mapped[str] = mapped_column(ForeignKey("branches.code"), index=True)
    assigned_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Record(Base):
    """The latest state of one synced record, any entity."""

    __tablename__ = "records"
    __table_args__ = (Index("ix_records_customer_seq", "customer_id", "seq"),)

    entity: Mapped[str] = mapped_column(String(32), primary_key=True)
    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    customer_id: Mapped[str] = mapped_column(String(36))
    data: Mapped[dict[str, Any]] = mapped_column(JsonType)
    #: {field: [version that last changed it, origin "user/device"]}
    field_versions: Mapped[dict[str, Any]] = mapped_column(JsonType)
    version: Mapped[int] = mapped_column(BigInteger)
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    updated_by: Mapped[str] = mapped_column(String(64))


class Revocation(Base):
    """A record that left a user's (or a branch's) scope at ``seq``."""

    __tablename__ = "revocations"
    __table_args__ = (
        Index("ix_revocations_user_seq", "user_id", "seq"),
        Index("ix_revocations_branch_seq", "branch_code", "seq"),
    )

    seq: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    user_id: Mapped[int | None] = mapped_column(Integer, default=None)
    branch_code: Mapped[str | None] = mapped_column(String(64), default=None)
    entity: Mapped[str] = mapped_column(String(32))
    record_id: Mapped[str] = mapped_column(String(36))
    customer_id: Mapped[str] = mapped_column(String(36))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)


class AppliedMutation(Base):
    """A mutation id answered lately, with its outcome: a retried batch is answered, not
    re-applied. ``result`` holds no record data (see :mod:`server.crud.applied_mutations`);
    rows older than the retention are purged, hence the index on ``applied_at``."""

    __tablename__ = "applied_mutations"

    mutation_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    user_id: Mapped[int] = mapped_column(Integer)
    payload_hash: Mapped[str] = mapped_column(String(64))
    result: Mapped[dict[str, Any]] = mapped_column(JsonType)
    applied_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)


class AuditEvent(Base):
    """Append-only: who did what, when, from which device (UPDATE/DELETE refused by trigger)."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    user_id: Mapped[int | None] = mapped_column(Integer, default=None)
    username: Mapped[str] = mapped_column(String(64), default="")
    device_id: Mapped[str] = mapped_column(String(64), default="")
    action: Mapped[str] = mapped_column(String(32))
    entity: Mapped[str | None] = mapped_column(String(32), default=None)
    entity_id: Mapped[str | None] = mapped_column(String(64), default=None, index=True)
    mutation_id: Mapped[str | None] = mapped_column(String(36), default=None)
    version: Mapped[int | None] = mapped_column(BigInteger, default=None)
    detail: Mapped[dict[str, Any]] = mapped_column(JsonType, default=dict)


# --- reference data and attachments -----------------------------------------------------


class ReferenceData(Base):
    """A published version of a reference data set: immutable (trigger refuses UPDATE)."""

    __tablename__ = "reference_data"

    name: Mapped[str] = mapped_column(String(64), primary_key=True)
    version: Mapped[str] = mapped_column(String(32), primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = mapped_column(Bytes)
    published_at: Mapped[datetime] = mapped_column(UtcDateTime)


class Blob(Base):
    """A verified attachment, content-addressed; its bytes are in :class:`BlobChunk`."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class BlobChunk(Base):
    """Part of a blob's bytes, in order."""

    __tablename__ = "blob_chunks"

    sha256: Mapped[str] = mapped_column(ForeignKey("blobs.sha256"), primary_key=True)
    idx: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(Bytes)


class Upload(Base):
    """An upload in progress (resumable): the bytes received so far, by one user."""

    __tablename__ = "uploads"
    __table_args__ = (UniqueConstraint("sha256", "user_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    sha256: Mapped[str] = mapped_column(String(64))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    total_size: Mapped[int] = mapped_column(BigInteger)
    received: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class UploadChunk(Base):
    """Bytes received for an upload, at ``offset``."""

    __tablename__ = "upload_chunks"

    upload_id: Mapped[int] = mapped_column(ForeignKey("uploads.id"), primary_key=True)
    offset: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    data: Mapped[bytes] = mapped_column(Bytes)


# --- devices ----------------------------------------------------------------------------


class Device(Base):
    """A laptop that signed in (its client-born id); a manager can mark it lost."""

    __tablename__ = "devices"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), default=None)
    branch_code: Mapped[str] = mapped_column(String(64), default="", index=True)
    registered_at: Mapped[datetime] = mapped_column(UtcDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UtcDateTime)
    lost_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
    lost_by: Mapped[str] = mapped_column(String(64), default="")
    #: The last time the device was told it is lost (it erases its profile then).
    wipe_sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=None)
