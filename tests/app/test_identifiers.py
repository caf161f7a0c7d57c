"""USCC validation follows GB 32100-2015, including codes that begin with a letter."""

from __future__ import annotations

import pytest

from app.identifiers import IdProblem, InvalidIdentifier, complete_uscc, validate_uscc


def test_valid_code_is_returned_compact() -> None:
    assert validate_uscc(" 9111 0000 6000 3734 1l ") == "91110000600037341L"


def test_code_beginning_with_a_letter_is_accepted_when_its_checksum_is_right() -> None:
    code = complete_uscc("N2110000MF0123456")
    assert code[0] == "N"
    assert validate_uscc(code) == code


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("91110000600037341", IdProblem.LENGTH),
        ("91110000600037341M", IdProblem.CHECKSUM),
        ("9111000060003734IL", IdProblem.FORMAT),  # I is not in the alphabet
        ("911100A0600037341L", IdProblem.FORMAT),  # region code must be digits
    ],
)
def test_invalid_codes_say_why(value: str, problem: IdProblem) -> None:
    with pytest.raises(InvalidIdentifier) as caught:
        validate_uscc(value)
    assert caught.value.problem is problem


def test_letter_code_with_wrong_checksum_is_rejected() -> None:
    code = complete_uscc("N2110000MF0123456")
    wrong = code[:-1] + ("0" if code[-1] != "0" else "1")
    with pytest.raises(InvalidIdentifier) as caught:
        validate_uscc(wrong)
    assert caught.value.problem is IdProblem.CHECKSUM
