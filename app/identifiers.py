"""Chinese identifiers: the unified social credit code (GB 32100-2015)."""

from __future__ import annotations

from enum import StrEnum

from stdnum.cn import uscc as stdnum_uscc
from stdnum.exceptions import InvalidChecksum, InvalidLength, ValidationError

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"


class IdProblem(StrEnum):
    """Why an identifier is invalid (the UI words each one)."""

    LENGTH = "length"
    FORMAT = "format"
    CHECKSUM = "checksum"


class InvalidIdentifier(ValueError):
    """An identifier that fails its national standard."""

    def __init__(self, problem: IdProblem, value: str) -> None:
        super().__init__(f"{problem.value}: {value!r}")
        self.problem = problem
        self.value = value


def validate_uscc(value: str) -> str:
    """The compact USCC if ``value`` is valid, else :class:`InvalidIdentifier`.

    python-stdnum checks the checksum but wants digits in positions 1-2; the
    standard allows a letter there (e.g. ``N…`` for rural collective
    organisations), so those codes are checked here with stdnum's check digit.
    """
    code = stdnum_uscc.compact(value)
    if len(code) != 18:
        raise InvalidIdentifier(IdProblem.LENGTH, value)
    if any(c not in USCC_ALPHABET for c in code) or not code[2:8].isdigit():
        raise InvalidIdentifier(IdProblem.FORMAT, value)
    if code[:2].isdigit():
        try:
            return str(stdnum_uscc.validate(code))
        except InvalidChecksum as exc:
            raise InvalidIdentifier(IdProblem.CHECKSUM, value) from exc
        except InvalidLength as exc:
            raise InvalidIdentifier(IdProblem.LENGTH, value) from exc
        except ValidationError as exc:
            raise InvalidIdentifier(IdProblem.FORMAT, value) from exc
    if code[-1] != stdnum_uscc.calc_check_digit(code[:17]):
        raise InvalidIdentifier(IdProblem.CHECKSUM, value)
    return code


def complete_uscc(first17: str) -> str:
    """The 18-character USCC made of ``first17`` and its check character."""
    if len(first17) != 17:
        raise ValueError("need the first 17 characters")
    return first17 + str(stdnum_uscc.calc_check_digit(first17))
