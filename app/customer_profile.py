"""The customer profile as the onboarding screens and services exchange it.

A plain, Qt-free value object: what the wizard edits, what validation checks and
what :class:`app.customers.CustomerService` saves. Money is ``Decimal`` yuan
(the UI enters and shows it in 万元); dates are ``datetime.date``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum


class OnboardingStatus(StrEnum):
    """Where a customer is in onboarding: draft → complete → active."""

    DRAFT = "draft"
    COMPLETE = "complete"
    ACTIVE = "active"


class CreditType(StrEnum):
    """New credit (新授信) or renewal (续授信): the SME boundary differs."""

    NEW = "new"
    RENEWAL = "renewal"


#: Ownership types (企业性质) as stored codes; the UI words them.
OWNERSHIP_TYPES = (
    "private",  # 民营
    "state",  # 国有
    "collective",  # 集体
    "foreign",  # 外资
    "hmt",  # 港澳台资
    "joint",  # 中外合资
    "individual",  # 个体工商户
    "other",  # 其他
)


@dataclass
class Contact:
    """A further contact person of the customer (finance officer, owner's spouse, …)."""

    role: str = ""
    name: str = ""
    phone: str = ""
    id: str | None = None  # set once saved


@dataclass
class BankRelationship:
    """An existing relationship with another bank: bank, product, balance (yuan)."""

    bank: str = ""
    product: str = ""
    balance: Decimal | None = None
    id: str | None = None  # set once saved


@dataclass
class CustomerProfile:
    """Everything onboarding records about one enterprise customer."""

    name: str = ""  # legal name (企业名称)
    uscc: str = ""  # unified social credit code, as typed (upper-cased)
    registration_date: date | None = None
    province: str = ""
    city: str = ""
    district: str = ""
    address: str = ""
    registered_in_prc: bool = True
    registered_capital: Decimal | None = None
    ownership_type: str = ""
    industry_code: str = ""  # GB/T 4754-2017 code (section letter, division or group)
    employees: int | None = None
    annual_revenue: Decimal | None = None
    total_assets: Decimal | None = None
    total_liabilities: Decimal | None = None
    legal_rep_name: str = ""
    legal_rep_id_number: str = ""
    legal_rep_mobile: str = ""
    requested_exposure: Decimal | None = None
    credit_type: str = CreditType.NEW.value
    segment: str = ""  # 细分市场
    programmes: list[str] = field(default_factory=list)  # batch-development programme tags
    assigned_rm: str = ""
    status: str = OnboardingStatus.DRAFT.value
    contacts: list[Contact] = field(default_factory=list)
    bank_relationships: list[BankRelationship] = field(default_factory=list)
    id: str | None = None  # set once saved

    def copy(self) -> CustomerProfile:
        """A deep-enough copy (lists and children copied) for editing."""
        return replace(
            self,
            programmes=list(self.programmes),
            contacts=[replace(c) for c in self.contacts],
            bank_relationships=[replace(b) for b in self.bank_relationships],
        )


#: Scalar fields stored on the customers table (children and id excluded).
SCALAR_FIELDS: tuple[str, ...] = tuple(
    f.name
    for f in fields(CustomerProfile)
    if f.name not in {"contacts", "bank_relationships", "id"}
)
