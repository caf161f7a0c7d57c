"""Checking a :class:`~app.customer_profile.CustomerProfile` field by field.

Two kinds of check: :func:`validate_fields` looks at what is filled in (a draft
may be saved with problems shown), :func:`missing_for_completion` lists what
must be filled in before the customer can be marked complete. Each
:class:`Problem` names the field (``contacts.0.phone`` for a child row), a
stable ``code`` and an English ``template`` marked for translation; the UI
translates the template (context ``"Validation"``) and fills in ``params``.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from app.customer_profile import OWNERSHIP_TYPES, CreditType, CustomerProfile
from app.identifiers import (
    USCC_ALPHABET,
    IdProblem,
    InvalidIdentifier,
    compact_identifier,
    resident_id_birth_date,
    validate_mobile,
    validate_phone,
    validate_resident_id,
    validate_uscc,
)
from app.text import QT_TRANSLATE_NOOP

#: Amounts (yuan) must be below this.
MAX_AMOUNT = Decimal(10) ** 12
FEN = Decimal("0.01")
MAX_EMPLOYEES = 1_000_000
#: No enterprise registered in the PRC before the PRC was founded.
EARLIEST_REGISTRATION = date(1949, 10, 1)
#: Longest text per field; every other text field allows :data:`MAX_TEXT_LENGTH`.
TEXT_LIMITS = {"name": 200, "address": 200}
MAX_TEXT_LENGTH = 64

AMOUNT_FIELDS = (
    "registered_capital",
    "annual_revenue",
    "total_assets",
    "total_liabilities",
    "requested_exposure",
)

#: What must be filled in before a customer can be marked complete.
REQUIRED_FIELDS = (
    "name",
    "uscc",
    "registration_date",
    "province",
    "city",
    "industry_code",
    "ownership_type",
    "employees",
    "annual_revenue",
    "total_assets",
    "total_liabilities",
    "legal_rep_name",
    "legal_rep_id_number",
    "legal_rep_mobile",
    "requested_exposure",
    "credit_type",
)

# GB/T 4754: a section letter alone, or a division/group/class (2-4 digits) with
# or without its section letter. Whether the code exists is app.industries' job.
_INDUSTRY_RE = re.compile(r"[A-T]|[A-T]?\d{2,4}")
_COUNTRY_PREFIX_RE = re.compile(r"^(?:\+|00)86")

#: The English template of each problem code (context "Validation").
TEMPLATES: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP(
        "Validation", "This must be filled in before the customer can be marked complete"
    ),
    "length.too_long": QT_TRANSLATE_NOOP(
        "Validation", "Too long: at most {maximum} characters, this has {length}"
    ),
    "choice.unknown": QT_TRANSLATE_NOOP("Validation", "“{value}” is not one of the choices"),
    "uscc.length": QT_TRANSLATE_NOOP(
        "Validation", "A unified social credit code has 18 characters; this one has {length}"
    ),
    "uscc.characters": QT_TRANSLATE_NOOP(
        "Validation", "These characters never appear in a unified social credit code: {characters}"
    ),
    "uscc.region": QT_TRANSLATE_NOOP(
        "Validation", "Characters 3 to 8 of the code (the region code) must be digits"
    ),
    "uscc.checksum": QT_TRANSLATE_NOOP(
        "Validation",
        "The check character is wrong: expected {expected}. "
        "Please check the code for a typing error",
    ),
    "id.length": QT_TRANSLATE_NOOP(
        "Validation", "A resident ID number has 18 characters; this one has {length}"
    ),
    "id.format": QT_TRANSLATE_NOOP(
        "Validation", "The first 17 characters must be digits and the last a digit or X"
    ),
    "id.birth_date": QT_TRANSLATE_NOOP(
        "Validation", "Characters 7 to 14 ({digits}) are not a real birth date"
    ),
    "id.birth_date.future": QT_TRANSLATE_NOOP(
        "Validation", "The birth date in the number ({date}) is in the future"
    ),
    "id.birth_date.too_early": QT_TRANSLATE_NOOP(
        "Validation", "The birth date in the number ({date}) is too long ago"
    ),
    "id.region": QT_TRANSLATE_NOOP(
        "Validation", "The first 6 digits ({region}) are not a known region code"
    ),
    "id.checksum": QT_TRANSLATE_NOOP(
        "Validation",
        "The last character does not match the other digits. "
        "Please check the number for a typing error",
    ),
    "mobile.length": QT_TRANSLATE_NOOP(
        "Validation", "A mobile number has 11 digits; this one has {length}"
    ),
    "mobile.format": QT_TRANSLATE_NOOP(
        "Validation", "Enter an 11-digit mobile number beginning 13 to 19, e.g. 138 0013 8000"
    ),
    "phone.format": QT_TRANSLATE_NOOP(
        "Validation", "Enter a mobile number, or a landline with its area code, e.g. 0571-8888 6666"
    ),
    "date.future": QT_TRANSLATE_NOOP("Validation", "The date {date} is in the future"),
    "date.too_early": QT_TRANSLATE_NOOP(
        "Validation", "The date {date} is too early: it cannot be before {earliest}"
    ),
    "amount.invalid": QT_TRANSLATE_NOOP("Validation", "This is not an amount"),
    "amount.negative": QT_TRANSLATE_NOOP("Validation", "The amount cannot be negative"),
    "amount.too_large": QT_TRANSLATE_NOOP(
        "Validation", "The amount is too large: it must be less than {maximum} CNY"
    ),
    "amount.precision": QT_TRANSLATE_NOOP(
        "Validation", "Amounts are kept to the fen (0.01 CNY): there are too many decimal places"
    ),
    "employees.range": QT_TRANSLATE_NOOP(
        "Validation", "The number of employees must be between {minimum} and {maximum}"
    ),
    "industry.format": QT_TRANSLATE_NOOP(
        "Validation",
        "Enter an industry code: a section letter A to T, "
        "or 2 to 4 digits with or without the letter, e.g. C or C3311",
    ),
    "contact.name_missing": QT_TRANSLATE_NOOP("Validation", "Enter the contact's name"),
    "contact.phone_missing": QT_TRANSLATE_NOOP("Validation", "Enter the contact's phone number"),
}

#: English labels of the CustomerProfile fields (context "CustomerField").
FIELD_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("CustomerField", "Enterprise name"),
    "uscc": QT_TRANSLATE_NOOP("CustomerField", "Unified social credit code"),
    "registration_date": QT_TRANSLATE_NOOP("CustomerField", "Registration date"),
    "province": QT_TRANSLATE_NOOP("CustomerField", "Province"),
    "city": QT_TRANSLATE_NOOP("CustomerField", "City"),
    "district": QT_TRANSLATE_NOOP("CustomerField", "District"),
    "address": QT_TRANSLATE_NOOP("CustomerField", "Address"),
    "registered_in_prc": QT_TRANSLATE_NOOP("CustomerField", "Registered in the PRC"),
    "registered_capital": QT_TRANSLATE_NOOP("CustomerField", "Registered capital"),
    "ownership_type": QT_TRANSLATE_NOOP("CustomerField", "Ownership type"),
    "industry_code": QT_TRANSLATE_NOOP("CustomerField", "Industry"),
    "employees": QT_TRANSLATE_NOOP("CustomerField", "Employees"),
    "annual_revenue": QT_TRANSLATE_NOOP("CustomerField", "Annual revenue"),
    "total_assets": QT_TRANSLATE_NOOP("CustomerField", "Total assets"),
    "total_liabilities": QT_TRANSLATE_NOOP("CustomerField", "Total liabilities"),
    "legal_rep_name": QT_TRANSLATE_NOOP("CustomerField", "Legal representative"),
    "legal_rep_id_number": QT_TRANSLATE_NOOP(
        "CustomerField", "Legal representative's resident ID number"
    ),
    "legal_rep_mobile": QT_TRANSLATE_NOOP("CustomerField", "Legal representative's mobile"),
    "requested_exposure": QT_TRANSLATE_NOOP("CustomerField", "Requested credit exposure"),
    "credit_type": QT_TRANSLATE_NOOP("CustomerField", "Credit type"),
    "segment": QT_TRANSLATE_NOOP("CustomerField", "Market segment"),
    "programmes": QT_TRANSLATE_NOOP("CustomerField", "Batch-development programmes"),
    "assigned_rm": QT_TRANSLATE_NOOP("CustomerField", "Relationship manager"),
    "status": QT_TRANSLATE_NOOP("CustomerField", "Onboarding status"),
    "contacts": QT_TRANSLATE_NOOP("CustomerField", "Contacts"),
    "bank_relationships": QT_TRANSLATE_NOOP("CustomerField", "Other bank relationships"),
    "id": QT_TRANSLATE_NOOP("CustomerField", "Customer ID"),
}

#: Labels of the fields of child rows, keyed ``list.field``.
CHILD_FIELD_LABELS: dict[str, str] = {
    "contacts.role": QT_TRANSLATE_NOOP("CustomerField", "Contact role"),
    "contacts.name": QT_TRANSLATE_NOOP("CustomerField", "Contact name"),
    "contacts.phone": QT_TRANSLATE_NOOP("CustomerField", "Contact phone"),
    "bank_relationships.bank": QT_TRANSLATE_NOOP("CustomerField", "Bank"),
    "bank_relationships.product": QT_TRANSLATE_NOOP("CustomerField", "Product"),
    "bank_relationships.balance": QT_TRANSLATE_NOOP("CustomerField", "Balance"),
}

#: The fields each onboarding wizard page edits.
PAGE_FIELDS: dict[str, tuple[str, ...]] = {
    "identity": (
        "name",
        "uscc",
        "registration_date",
        "province",
        "city",
        "district",
        "address",
        "registered_in_prc",
        "registered_capital",
        "ownership_type",
    ),
    "business": (
        "industry_code",
        "employees",
        "annual_revenue",
        "total_assets",
        "total_liabilities",
    ),
    "people": ("legal_rep_name", "legal_rep_id_number", "legal_rep_mobile", "contacts"),
    "credit": (
        "requested_exposure",
        "credit_type",
        "bank_relationships",
        "segment",
        "programmes",
        "assigned_rm",
    ),
}

_FIELD_ORDER = {f.name: i for i, f in enumerate(dataclasses.fields(CustomerProfile))}


@dataclass(frozen=True)
class Problem:
    """One thing wrong with one field, worded by ``template`` filled with ``params``."""

    field: str
    code: str
    template: str
    params: dict[str, str] = dataclasses.field(default_factory=dict, hash=False)

    def text(self) -> str:
        """The English message, placeholders filled in."""
        return self.template.format(**self.params)


def _problem(field: str, code: str, **params: str) -> Problem:
    return Problem(field, code, TEMPLATES[code], params)


def label_for(field: str) -> str:
    """The English label (context ``"CustomerField"``) of a problem's field path."""
    parts = field.split(".")
    if len(parts) == 3:
        return CHILD_FIELD_LABELS[f"{parts[0]}.{parts[2]}"]
    return FIELD_LABELS[parts[0]]


def page_of(field: str) -> str | None:
    """The wizard page showing ``field`` (a child path counts as its list), if any."""
    top = field.split(".")[0]
    return next((page for page, names in PAGE_FIELDS.items() if top in names), None)


def problems_on_page(page: str, problems: list[Problem]) -> list[Problem]:
    """The ``problems`` about fields on wizard page ``page`` (a key of :data:`PAGE_FIELDS`)."""
    names = PAGE_FIELDS[page]
    return [p for p in problems if p.field.split(".")[0] in names]


def _sorted(problems: list[Problem]) -> list[Problem]:
    """``problems`` in the order of the profile's fields, then child rows (stable)."""

    def key(problem: Problem) -> tuple[int, int]:
        parts = problem.field.split(".")
        row = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else -1
        return _FIELD_ORDER.get(parts[0], len(_FIELD_ORDER)), row

    return sorted(problems, key=key)


# --- single checks ----------------------------------------------------------------------


def _too_long(field: str, value: str, maximum: int = MAX_TEXT_LENGTH) -> Problem | None:
    length = len(value.strip())
    if length > maximum:
        return _problem(field, "length.too_long", maximum=str(maximum), length=str(length))
    return None


def _check_uscc(field: str, value: str) -> Problem | None:
    try:
        validate_uscc(value)
    except InvalidIdentifier as exc:
        code = compact_identifier(value)
        if exc.problem is IdProblem.LENGTH:
            return _problem(field, "uscc.length", length=str(len(code)))
        if exc.problem is IdProblem.CHECKSUM:
            return _problem(field, "uscc.checksum", expected=exc.expected or "")
        wrong = sorted({c for c in code if c not in USCC_ALPHABET})
        if wrong:
            return _problem(field, "uscc.characters", characters=" ".join(wrong))
        return _problem(field, "uscc.region")
    return None


def _check_resident_id(field: str, value: str, today: date) -> Problem | None:
    try:
        validate_resident_id(value, today)
    except InvalidIdentifier as exc:
        code = compact_identifier(value)
        match exc.problem:
            case IdProblem.LENGTH:
                return _problem(field, "id.length", length=str(len(code)))
            case IdProblem.FORMAT:
                return _problem(field, "id.format")
            case IdProblem.REGION:
                return _problem(field, "id.region", region=code[:6])
            case IdProblem.CHECKSUM:
                return _problem(field, "id.checksum")
        try:
            born = resident_id_birth_date(code)
        except InvalidIdentifier:
            return _problem(field, "id.birth_date", digits=code[6:14])
        later = "id.birth_date.future" if born > today else "id.birth_date.too_early"
        return _problem(field, later, date=born.isoformat())
    return None


def _check_mobile(field: str, value: str) -> Problem | None:
    try:
        validate_mobile(value)
    except InvalidIdentifier as exc:
        if exc.problem is IdProblem.LENGTH:
            local = _COUNTRY_PREFIX_RE.sub("", compact_identifier(value))
            return _problem(field, "mobile.length", length=str(sum(c.isdigit() for c in local)))
        return _problem(field, "mobile.format")
    return None


def _check_phone(field: str, value: str) -> Problem | None:
    try:
        validate_phone(value)
    except InvalidIdentifier:
        return _problem(field, "phone.format")
    return None


def _check_date(field: str, value: date, today: date) -> Problem | None:
    if value > today:
        return _problem(field, "date.future", date=value.isoformat())
    if value < EARLIEST_REGISTRATION:
        return _problem(
            field,
            "date.too_early",
            date=value.isoformat(),
            earliest=EARLIEST_REGISTRATION.isoformat(),
        )
    return None


def _check_amount(field: str, value: Decimal) -> Problem | None:
    if not value.is_finite():
        return _problem(field, "amount.invalid")
    if value < 0:
        return _problem(field, "amount.negative")
    if value >= MAX_AMOUNT:
        return _problem(field, "amount.too_large", maximum=f"{MAX_AMOUNT:,}")
    if value != value.quantize(FEN):
        return _problem(field, "amount.precision")
    return None


def _filled(value: object) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return True


# --- the profile ------------------------------------------------------------------------


def validate_fields(profile: CustomerProfile, today: date) -> list[Problem]:
    """What is wrong with the fields that are filled in (empty ones are not checked)."""
    found: list[Problem | None] = []
    too_long: set[str] = set()
    for name in (f.name for f in dataclasses.fields(CustomerProfile)):
        value = getattr(profile, name)
        if isinstance(value, str) and name != "id":
            problem = _too_long(name, value, TEXT_LIMITS.get(name, MAX_TEXT_LENGTH))
            if problem:
                too_long.add(name)
                found.append(problem)

    def text(name: str) -> str:
        value: str = getattr(profile, name)
        return "" if name in too_long else value.strip()

    if uscc := text("uscc"):
        found.append(_check_uscc("uscc", uscc))
    if id_number := text("legal_rep_id_number"):
        found.append(_check_resident_id("legal_rep_id_number", id_number, today))
    if mobile := text("legal_rep_mobile"):
        found.append(_check_mobile("legal_rep_mobile", mobile))
    if (industry := text("industry_code")) and not _INDUSTRY_RE.fullmatch(industry.upper()):
        found.append(_problem("industry_code", "industry.format"))
    if (ownership := text("ownership_type")) and ownership not in OWNERSHIP_TYPES:
        found.append(_problem("ownership_type", "choice.unknown", value=ownership))
    credit_types = {t.value for t in CreditType}
    if (credit := text("credit_type")) and credit not in credit_types:
        found.append(_problem("credit_type", "choice.unknown", value=credit))
    if profile.registration_date is not None:
        found.append(_check_date("registration_date", profile.registration_date, today))
    for name in AMOUNT_FIELDS:
        amount: Decimal | None = getattr(profile, name)
        if amount is not None:
            found.append(_check_amount(name, amount))
    if profile.employees is not None and not 0 <= profile.employees <= MAX_EMPLOYEES:
        found.append(
            _problem("employees", "employees.range", minimum="0", maximum=f"{MAX_EMPLOYEES:,}")
        )
    for i, programme in enumerate(profile.programmes):
        found.append(_too_long(f"programmes.{i}", programme))
    for i, contact in enumerate(profile.contacts):
        prefix = f"contacts.{i}"
        long = {
            part: _too_long(f"{prefix}.{part}", getattr(contact, part))
            for part in ("role", "name", "phone")
        }
        found.extend(long.values())
        name, phone = contact.name.strip(), contact.phone.strip()
        if phone and not long["phone"]:
            found.append(_check_phone(f"{prefix}.phone", phone))
        if not name and (phone or contact.role.strip()):
            found.append(_problem(f"{prefix}.name", "contact.name_missing"))
        if name and not phone:
            found.append(_problem(f"{prefix}.phone", "contact.phone_missing"))
    for i, relationship in enumerate(profile.bank_relationships):
        prefix = f"bank_relationships.{i}"
        found.append(_too_long(f"{prefix}.bank", relationship.bank))
        found.append(_too_long(f"{prefix}.product", relationship.product))
        if relationship.balance is not None:
            found.append(_check_amount(f"{prefix}.balance", relationship.balance))
    return _sorted([p for p in found if p is not None])


def missing_for_completion(profile: CustomerProfile) -> list[Problem]:
    """A ``required`` problem for each field of :data:`REQUIRED_FIELDS` left empty."""
    return [
        _problem(name, "required")
        for name in REQUIRED_FIELDS
        if not _filled(getattr(profile, name))
    ]


def problems_for_completion(profile: CustomerProfile, today: date) -> list[Problem]:
    """Everything that stops ``profile`` being marked complete, in field order."""
    return _sorted(missing_for_completion(profile) + validate_fields(profile, today))


# --- normalising ------------------------------------------------------------------------


def _compact_if_valid(value: str, validate: Callable[[str], str]) -> str:
    try:
        return validate(value)
    except InvalidIdentifier:
        return value


def normalise(profile: CustomerProfile) -> CustomerProfile:
    """A copy of ``profile`` tidied for saving; never loses what the user typed.

    Text is trimmed; the USCC and ID number are upper-cased; identifiers and
    phone numbers that are valid become compact (``0571-88886666`` for
    landlines) and invalid ones stay as typed; a well-formed industry code is
    upper-cased.
    """
    result = profile.copy()
    for f in dataclasses.fields(result):
        value = getattr(result, f.name)
        if isinstance(value, str):
            setattr(result, f.name, value.strip())
    result.uscc = _compact_if_valid(result.uscc.upper(), validate_uscc)
    result.legal_rep_id_number = _compact_if_valid(
        result.legal_rep_id_number.upper(), validate_resident_id
    )
    result.legal_rep_mobile = _compact_if_valid(result.legal_rep_mobile, validate_mobile)
    if _INDUSTRY_RE.fullmatch(result.industry_code.upper()):
        result.industry_code = result.industry_code.upper()
    result.programmes = [p.strip() for p in result.programmes]
    for contact in result.contacts:
        contact.role = contact.role.strip()
        contact.name = contact.name.strip()
        contact.phone = _compact_if_valid(contact.phone.strip(), validate_phone)
    for relationship in result.bank_relationships:
        relationship.bank = relationship.bank.strip()
        relationship.product = relationship.product.strip()
    return result
