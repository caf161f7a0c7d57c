"""Chinese identifiers: credit codes, resident ID numbers and phone numbers.

- Unified social credit code (统一社会信用代码, GB 32100-2015).
- Resident ID number (居民身份证号码, GB 11643-1999).
- Mainland mobile numbers and landlines with an area code.

Every ``validate_*`` function returns the compact (or canonical) value, or raises
:class:`InvalidIdentifier` saying why; every ``mask_*`` function gives a value for
display with most of it hidden, and never fails. Input typed with a Chinese input method
(full-width digits and letters, ideographic spaces) is accepted.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from enum import StrEnum

from stdnum import numdb
from stdnum.cn import ric as stdnum_ric
from stdnum.cn import uscc as stdnum_uscc
from stdnum.exceptions import InvalidChecksum, InvalidLength, ValidationError
from stdnum.util import clean

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"

#: No one alive was born before this; older "birth dates" are typing errors.
EARLIEST_BIRTH_DATE = date(1800, 1, 1)

#: The character that stands for a hidden one on screen.
MASK = "*"

_MOBILE_RE = re.compile(r"1[3-9]\d{9}")
_COUNTRY_PREFIX_RE = re.compile(r"^(?:\+|00)86")
# 010 and 02x are three-character area codes, every other one has four.
_LANDLINE_RE = re.compile(
    r"""
    \(?(?P<area>0(?:10|2\d|[3-9]\d\d))\)?   # area code with its trunk 0, maybe in ( )
    [\s-]*
    (?P<number>[1-9]\d{2,3}[\s-]?\d{4})     # 7 or 8 digits, maybe grouped
    (?:\s*(?:-|转|分机|ext\.?|x|\#)\s*(?P<ext>\d{1,6}))?  # extension
    """,
    re.VERBOSE | re.IGNORECASE,
)


class IdProblem(StrEnum):
    """Why an identifier is invalid (the UI words each one)."""

    LENGTH = "length"
    FORMAT = "format"
    CHECKSUM = "checksum"
    BIRTH_DATE = "birth_date"  # not a real date, in the future or implausibly old
    REGION = "region"  # the region code is not a known one


class InvalidIdentifier(ValueError):
    """An identifier that fails its national standard.

    ``expected`` is the right check character when ``problem`` is
    :attr:`IdProblem.CHECKSUM` (else ``None``).
    """

    def __init__(self, problem: IdProblem, value: str, expected: str | None = None) -> None:
        super().__init__(f"{problem.value}: {value!r}")
        self.problem = problem
        self.value = value
        self.expected = expected


def compact_identifier(value: str) -> str:
    """``value`` without spaces and hyphens, half-width and upper-cased."""
    return clean(unicodedata.normalize("NFKC", value), " -").upper().strip()


# --- unified social credit code ---------------------------------------------------------


def validate_uscc(value: str) -> str:
    """The compact USCC if ``value`` is valid, else :class:`InvalidIdentifier`.

    python-stdnum checks the checksum but wants digits in positions 1-2; the
    standard allows a letter there (e.g. ``N…`` for rural collective
    organisations), so those codes are checked here with stdnum's check digit.
    """
    code = compact_identifier(value)
    if len(code) != 18:
        raise InvalidIdentifier(IdProblem.LENGTH, value)
    if any(c not in USCC_ALPHABET for c in code) or not code[2:8].isdigit():
        raise InvalidIdentifier(IdProblem.FORMAT, value)
    expected = str(stdnum_uscc.calc_check_digit(code[:17]))
    if code[:2].isdigit():
        try:
            return str(stdnum_uscc.validate(code))
        except InvalidChecksum as exc:
            raise InvalidIdentifier(IdProblem.CHECKSUM, value, expected) from exc
        except InvalidLength as exc:
            raise InvalidIdentifier(IdProblem.LENGTH, value) from exc
        except ValidationError as exc:
            raise InvalidIdentifier(IdProblem.FORMAT, value) from exc
    if code[-1] != expected:
        raise InvalidIdentifier(IdProblem.CHECKSUM, value, expected)
    return code


def complete_uscc(first17: str) -> str:
    """The 18-character USCC made of ``first17`` and its check character."""
    if len(first17) != 17:
        raise ValueError("need the first 17 characters")
    return first17 + str(stdnum_uscc.calc_check_digit(first17))


# --- resident ID number -----------------------------------------------------------------


def _known_region(code: str) -> bool:
    """Whether the 6-digit administrative division ``code`` has ever been in use.

    Deliberately laxer than ``stdnum.cn.ric``, which wants the county to have
    existed in the birth year: the code is the one in force when the number was
    issued, so e.g. a Tongzhou (110112, since 1997) resident born in 1960 is valid.
    """
    parts = numdb.get("cn/loc").info(code)
    return len(parts) == 2 and bool(parts[0][1].get("province")) and bool(parts[1][1].get("county"))


def resident_id_birth_date(value: str) -> date:
    """The birth date written in resident ID number ``value`` (digits 7-14).

    Raises :class:`InvalidIdentifier` (``LENGTH``, ``FORMAT`` or ``BIRTH_DATE``)
    when there is no real date to read.
    """
    code = compact_identifier(value)
    if len(code) != 18:
        raise InvalidIdentifier(IdProblem.LENGTH, value)
    if not code[:17].isdigit() or code[17] not in "0123456789X":
        raise InvalidIdentifier(IdProblem.FORMAT, value)
    try:
        return stdnum_ric.get_birth_date(code)
    except ValidationError as exc:
        raise InvalidIdentifier(IdProblem.BIRTH_DATE, value) from exc


def validate_resident_id(value: str, today: date | None = None) -> str:
    """The compact resident ID number (``x`` upper-cased) if valid, else :class:`InvalidIdentifier`.

    Checks, in this order: 18 characters, 17 digits and a digit or ``X``, a real
    birth date neither after ``today`` (default: the system date) nor before
    :data:`EARLIEST_BIRTH_DATE`, a known region code and the check character.
    """
    code = compact_identifier(value)
    born = resident_id_birth_date(value)
    if born > (today or date.today()) or born < EARLIEST_BIRTH_DATE:
        raise InvalidIdentifier(IdProblem.BIRTH_DATE, value)
    if not _known_region(code[:6]):
        raise InvalidIdentifier(IdProblem.REGION, value)
    expected = stdnum_ric.calc_check_digit(code)
    if code[17] != expected:
        raise InvalidIdentifier(IdProblem.CHECKSUM, value, expected)
    return code


def mask_id_number(value: str) -> str:
    """``value`` for display with its middle masked: ``1101**********002X``.

    Keeps the first and last 4 characters of an 18-character number; shorter
    input keeps a quarter at each end at most, so never more than half shows.
    The result is as long as the compact number.
    """
    code = compact_identifier(value)
    keep = min(4, len(code) // 4)
    if keep == 0:
        return MASK * len(code)
    return code[:keep] + MASK * (len(code) - 2 * keep) + code[-keep:]


# --- phone numbers ----------------------------------------------------------------------


def _without_country_code(value: str) -> tuple[str, bool]:
    """``value`` half-width, trimmed, minus a ``+86``/``0086`` prefix; and whether it had one."""
    text = unicodedata.normalize("NFKC", value).strip()
    stripped = _COUNTRY_PREFIX_RE.sub("", text, count=1)
    return stripped.strip(), stripped != text


def validate_mobile(value: str) -> str:
    """The 11-digit mainland mobile number in ``value``, else :class:`InvalidIdentifier`.

    Tolerates a ``+86``/``0086`` prefix, spaces and hyphens: ``+86 138-0013-8000``
    gives ``13800138000``. ``LENGTH`` means not 11 digits, ``FORMAT`` anything else.
    """
    text, _ = _without_country_code(value)
    digits = clean(text, " -()")
    if any(c not in "0123456789" for c in digits):
        raise InvalidIdentifier(IdProblem.FORMAT, value)
    if len(digits) != 11:
        raise InvalidIdentifier(IdProblem.LENGTH, value)
    if not _MOBILE_RE.fullmatch(digits):
        raise InvalidIdentifier(IdProblem.FORMAT, value)
    return digits


def validate_phone(value: str) -> str:
    """A mobile (compact) or a landline with area code, else :class:`InvalidIdentifier`.

    Landlines come back as ``0571-88886666``, with ``-123`` added for an
    extension (typed as ``-123``, ``转123``, ``ext 123``, ``x123`` or ``#123``).
    ``+86 571 8888 6666`` (no trunk 0 after the country code) is accepted.
    Anything that is neither raises ``FORMAT``.
    """
    try:
        return validate_mobile(value)
    except InvalidIdentifier:
        pass
    text, international = _without_country_code(value)
    if international and text[:1] not in ("0", "("):
        text = "0" + text
    match = _LANDLINE_RE.fullmatch(text)
    if match is None:
        raise InvalidIdentifier(IdProblem.FORMAT, value)
    number = clean(match["number"], " -")
    phone = f"{match['area']}-{number}"
    return f"{phone}-{match['ext']}" if match["ext"] else phone


# --- masking for display (privacy on screen) ----------------------------------------------
#
# The USCC is deliberately not masked: it is printed on the business licence and
# public in the national enterprise credit information system (国家企业信用信息公示系统).


def _mask_tail(text: str, keep: int) -> str:
    """``text`` with every letter and digit hidden except the last ``keep`` of them."""
    positions = [i for i, c in enumerate(text) if c.isalnum()]
    shown = set(positions[len(positions) - keep :]) if keep > 0 else set()
    return "".join(c if not c.isalnum() or i in shown else MASK for i, c in enumerate(text))


def mask_phone(value: str) -> str:
    """A phone number for display: ``138****1234``, ``0571-****6666``.

    A mainland mobile (``+86`` and separators tolerated) shows its first 3 and
    last 4 digits; a landline its area code and last 4 digits (an extension is
    hidden). Anything else shows at most its last 4 letters or digits, and never
    more than a third of them; separators stay in place.
    """
    try:
        phone = validate_phone(value)
    except InvalidIdentifier:
        text = unicodedata.normalize("NFKC", value).strip()
        count = sum(1 for c in text if c.isalnum())
        return _mask_tail(text, min(4, count // 3))
    if "-" not in phone:  # a mobile
        return phone[:3] + MASK * (len(phone) - 7) + phone[-4:]
    area, number, *extension = phone.split("-")
    masked = [area, MASK * (len(number) - 4) + number[-4:]]
    return "-".join(masked + [MASK * len(e) for e in extension])


def mask_account_number(value: str) -> str:
    """A bank account or card number for display: ``****1234`` (the last 4 digits).

    The stars do not tell the number's length. Input shorter than 8 characters
    shows nothing of itself (``****``), empty input stays empty.
    """
    code = compact_identifier(value)
    if not code:
        return ""
    return MASK * 4 + (code[-4:] if len(code) >= 8 else "")


#: Masked fields (wire/model field names) and how each is masked for display.
MASKED_FIELDS: dict[str, Callable[[str], str]] = {
    "legal_rep_id_number": mask_id_number,
    "legal_rep_mobile": mask_phone,
    "phone": mask_phone,  # a contact's phone (customer_contacts)
    "account_number": mask_account_number,  # no such column yet: ready for one
}


def is_masked_field(field: str) -> bool:
    """Whether ``field`` is shown masked by default."""
    return field in MASKED_FIELDS


def mask_value(field: str, value: str | None) -> str:
    """``value`` of ``field`` as shown by default: masked if the field is, empty for None."""
    if value is None:
        return ""
    masker = MASKED_FIELDS.get(field)
    return masker(value) if masker is not None and value else value
