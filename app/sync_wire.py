"""The sync protocol's wire schemas, shared by the desktop client and the server.

One module, not two copies: the client builds requests and reads answers with
these pydantic models; the server validates requests and declares its OpenAPI
schema with them. Every model forbids unknown fields and bounds its sizes.
Record values travel as wire values (see :mod:`db.wire`): money and decimals as
strings, dates and datetimes as ISO 8601 text.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Annotated, Any, Literal, get_args

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, JsonValue, field_validator

#: The protocol spoken by this build. A server answers 426 to a client older than
#: its minimum and 409 to a client newer than itself.
PROTOCOL_VERSION = 1
MIN_PROTOCOL_VERSION = 1
#: Oldest client database schema (db/migrations revision) the server accepts.
MIN_CLIENT_SCHEMA = "0007"

#: Headers: the device a request comes from (recorded in the audit log).
DEVICE_HEADER = "X-RMDesk-Device"

MAX_BATCH = 500
MAX_PULL_LIMIT = 1000
DEFAULT_PULL_LIMIT = 500
MAX_CHANGED_FIELDS = 64
MAX_HASHES = 1000
MAX_NAME_LENGTH = 64
MAX_PASSWORD_LENGTH = 256
MAX_TOKEN_LENGTH = 4096
MAX_SEQ = 2**62
#: Longest string anywhere inside a mutation's changes (a notes field).
MAX_VALUE_LENGTH = 20_000

UUID_PATTERN = r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"
NAME_PATTERN = r"^[A-Za-z0-9_.@-]{1,64}$"

Entity = Literal[
    "customers",
    "customer_contacts",
    "bank_relationships",
    "applications",
    "checklist_items",
    "documents",
    "attachments",
    "financial_statements",
    "assessments",
    "loans",
    "visits",
    "risk_alerts",
    "follow_ups",
    "privacy_reveals",
    "segments",
    "segment_plans",
]
ENTITIES: tuple[str, ...] = get_args(Entity)
Op = Literal["create", "update", "delete"]
Role = Literal["rm", "branch_manager", "credit_officer", "admin"]
ROLES: tuple[str, ...] = get_args(Role)
#: Application statuses; the client may set draft, ready and submitted, the rest
#: (and every status once submitted) belong to the server's credit factory.
ApplicationStatus = Literal["draft", "ready", "submitted", "approved", "declined", "more_documents"]
DecisionOutcome = Literal["approved", "declined", "more_documents"]


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValueError("text must not contain NUL characters")
    return value


def _check_json(value: Any, depth: int = 0) -> None:
    """Bounded, storable JSON: no NUL, no NaN, strings and nesting bounded."""
    if depth > 8:
        raise ValueError("nested too deeply")
    if isinstance(value, str):
        _no_nul(value)
        if len(value) > MAX_VALUE_LENGTH:
            raise ValueError(f"a value is longer than {MAX_VALUE_LENGTH} characters")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError("numbers must be finite")
    elif isinstance(value, int) and not isinstance(value, bool):
        if abs(value) > MAX_SEQ:
            raise ValueError("number out of range")
    elif isinstance(value, list):
        for item in value:
            _check_json(item, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            _no_nul(key)
            _check_json(item, depth + 1)


SafeStr = Annotated[str, AfterValidator(_no_nul)]
Name = Annotated[str, Field(pattern=NAME_PATTERN, min_length=1, max_length=MAX_NAME_LENGTH)]
Uuid = Annotated[str, Field(pattern=UUID_PATTERN, min_length=36, max_length=36)]
Sha256 = Annotated[str, Field(pattern=SHA256_PATTERN, min_length=64, max_length=64)]
Seq = Annotated[int, Field(ge=0, le=MAX_SEQ)]
FieldName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]


class WireModel(BaseModel):
    """Base of every wire model: unknown fields are an error, strings are bounded."""

    model_config = ConfigDict(extra="forbid", str_max_length=MAX_VALUE_LENGTH)


class VersionedRequest(WireModel):
    """What every sync request states: the protocol and the client's schema revision."""

    protocol: int = Field(ge=0, le=1000, description="Client protocol version")
    schema_version: Annotated[str, Field(pattern=r"^[0-9a-z_]{1,32}$")] = Field(
        description="The client's database schema revision (db/migrations), e.g. 0006"
    )


# --- push -----------------------------------------------------------------------------


class Mutation(WireModel):
    """One outbox entry: a change to one record, identified by a client-generated id."""

    mutation_id: Uuid
    entity: Entity
    entity_id: Uuid
    op: Op
    changes: dict[FieldName, JsonValue] = Field(default_factory=dict, max_length=MAX_CHANGED_FIELDS)
    base_version: Seq | None = Field(
        default=None, description="server_version the change was made on (null: never synced)"
    )

    @field_validator("changes")
    @classmethod
    def _storable(cls, value: dict[str, JsonValue]) -> dict[str, JsonValue]:
        _check_json(value)
        return value


class PushRequest(VersionedRequest):
    """An ordered batch of mutations, applied in order, each exactly once."""

    mutations: list[Mutation] = Field(min_length=1, max_length=MAX_BATCH)


class WireProblem(WireModel):
    """Why a mutation was rejected: the field, a stable code and an English message.

    ``template`` is the untranslated message (the client translates it and fills
    in ``params``); ``message`` is it filled in, in English.
    """

    field: SafeStr
    code: SafeStr
    message: SafeStr
    template: SafeStr = ""
    params: dict[str, str] = Field(default_factory=dict)


class RecordState(WireModel):
    """A record as the server holds it (pull change, or the server side of a conflict)."""

    entity: Entity
    id: Uuid
    customer_id: Uuid
    version: Seq
    deleted: bool
    data: dict[str, JsonValue]
    updated_at: datetime
    updated_by: SafeStr


class MutationResult(WireModel):
    """The outcome of one mutation.

    - ``applied``: ``version`` is the record's new server_version; ``server_values``
      holds server-owned fields whose value the server kept instead of the client's.
    - ``conflict``: nothing applied; ``record`` is the server's current state and
      ``fields`` the fields changed on both sides since ``base_version``.
    - ``rejected``: nothing applied; ``problems`` say what to fix.
    """

    mutation_id: Uuid
    status: Literal["applied", "conflict", "rejected"]
    version: Seq | None = None
    server_values: dict[str, JsonValue] = Field(default_factory=dict)
    record: RecordState | None = None
    fields: list[str] = Field(default_factory=list)
    problems: list[WireProblem] = Field(default_factory=list)


class PushResult(WireModel):
    """One result per mutation, in the order sent."""

    results: list[MutationResult]


# --- pull -----------------------------------------------------------------------------


class PullRequest(VersionedRequest):
    """Changes in the caller's scope after ``cursor`` (0: the whole scope)."""

    cursor: Seq = 0
    limit: int = Field(default=DEFAULT_PULL_LIMIT, ge=1, le=MAX_PULL_LIMIT)


class Revocation(WireModel):
    """A record that left the caller's scope: remove it locally (it was not deleted)."""

    entity: Entity
    id: Uuid
    customer_id: Uuid
    reason: Literal["reassigned"] = "reassigned"


class PullPage(WireModel):
    """One page of changes; store ``cursor`` with the page, pull again while ``has_more``."""

    changes: list[RecordState]
    revocations: list[Revocation]
    cursor: Seq
    has_more: bool


# --- accounts ---------------------------------------------------------------------------


class LoginRequest(WireModel):
    """Username and password; the device id names the laptop in the audit log."""

    username: Name
    password: Annotated[str, Field(min_length=1, max_length=MAX_PASSWORD_LENGTH)]
    device_id: Name | None = None

    @field_validator("password")
    @classmethod
    def _password_text(cls, value: str) -> str:
        return _no_nul(value)


class RefreshRequest(WireModel):
    """A refresh token, exchanged once for a new pair (rotation)."""

    refresh_token: Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{20,200}$")]


class UserPublic(WireModel):
    """Who is signed in."""

    username: Name
    role: Role
    branch: Name


class TokenPair(WireModel):
    """A short-lived signed access token and an opaque, rotating refresh token."""

    access_token: str = Field(max_length=MAX_TOKEN_LENGTH)
    refresh_token: str = Field(max_length=MAX_TOKEN_LENGTH)
    token_type: Literal["bearer"] = "bearer"
    expires_in: int = Field(description="Seconds the access token is valid")
    refresh_expires_in: int
    user: UserPublic


class UserCreate(WireModel):
    """An account an admin creates."""

    username: Name
    password: Annotated[str, Field(min_length=12, max_length=MAX_PASSWORD_LENGTH)]
    role: Role
    branch: Name

    @field_validator("password")
    @classmethod
    def _password_text(cls, value: str) -> str:
        return _no_nul(value)


class AssignRequest(WireModel):
    """Move a customer (and all its records) to another RM."""

    rm: Name


# --- attachments ------------------------------------------------------------------------


class MissingRequest(WireModel):
    """Hashes of attachments the client has."""

    hashes: list[Sha256] = Field(max_length=MAX_HASHES)


class MissingResponse(WireModel):
    """The hashes the server lacks: upload these."""

    missing: list[Sha256]


class AttachmentStatus(WireModel):
    """How far an upload got: resume with ``Content-Range: bytes {received}-…/{size}``."""

    sha256: Sha256
    size: int | None
    received: int
    complete: bool


# --- reference data ---------------------------------------------------------------------


class ReferenceEntry(WireModel):
    """One published version of a reference data set (immutable once published)."""

    name: SafeStr
    version: SafeStr
    sha256: Sha256
    size: int
    published_at: datetime


class ReferenceIndex(WireModel):
    """The current version of each reference data set."""

    entries: list[ReferenceEntry]


# --- credit factory ---------------------------------------------------------------------


class DecisionTerms(WireModel):
    """Approved terms: amount in yuan (decimal string), term and rate."""

    amount: Annotated[str, Field(pattern=r"^\d{1,13}(\.\d{1,2})?$")]
    term_months: int = Field(ge=1, le=600)
    annual_rate: Annotated[str, Field(pattern=r"^\d{1,2}(\.\d{1,4})?$")] | None = None
    conditions: list[Annotated[SafeStr, Field(max_length=200)]] = Field(
        default_factory=list, max_length=20
    )


class DecisionRequest(WireModel):
    """A credit officer's decision on a submitted application."""

    outcome: DecisionOutcome
    terms: DecisionTerms | None = None
    reason: Annotated[SafeStr, Field(max_length=500)] = ""
    documents: list[Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,47}$")]] = Field(
        default_factory=list, max_length=50
    )


class ApplicationForDecision(WireModel):
    """A submitted application in the credit officer's queue."""

    id: Uuid
    customer_id: Uuid
    customer_name: SafeStr
    rm: SafeStr
    product_code: SafeStr
    amount: str | None
    term_months: int | None
    status: ApplicationStatus
    submitted_at: datetime | None
    decided_at: datetime | None
    version: Seq


class ApplicationQueue(WireModel):
    """Applications waiting for (or given) a decision."""

    applications: list[ApplicationForDecision]


class ErrorBody(WireModel):
    """Every error the server words itself: a stable code and an English message."""

    code: SafeStr
    message: SafeStr


# --- devices ----------------------------------------------------------------------------

#: The error code a server answers (HTTP 403) to a device marked lost.
DEVICE_LOST_CODE = "device.lost"
DEFAULT_OFFLINE_LOCK_DAYS = 14


class DeviceStatus(WireModel):
    """What a device learns at each sync: it is not lost, and the offline-lock policy."""

    device_id: Name
    lost: bool = False
    offline_lock_days: int = Field(default=DEFAULT_OFFLINE_LOCK_DAYS, ge=1, le=365)


class DevicePublic(WireModel):
    """A registered laptop as managers see it."""

    device_id: Name
    username: SafeStr
    branch: SafeStr
    registered_at: datetime
    last_seen_at: datetime
    lost_at: datetime | None = None
    lost_by: SafeStr = ""
    wipe_sent_at: datetime | None = None


class DeviceList(WireModel):
    """Registered laptops, most recently seen first."""

    devices: list[DevicePublic]
