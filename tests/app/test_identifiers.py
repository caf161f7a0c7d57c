"""Identifiers: USCC (GB 32100-2015, letter-first codes too), resident ID numbers, phones."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from app.identifiers import (
    USCC_ALPHABET,
    IdProblem,
    InvalidIdentifier,
    complete_uscc,
    mask_id_number,
    resident_id_birth_date,
    validate_mobile,
    validate_phone,
    validate_resident_id,
    validate_uscc,
)


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


# --- USCC: check character reported, property ------------------------------------------

USCC_BODY = st.tuples(
    st.text(USCC_ALPHABET, min_size=2, max_size=2),
    st.text("0123456789", min_size=6, max_size=6),
    st.text(USCC_ALPHABET, min_size=9, max_size=9),
).map("".join)


def test_wrong_check_character_reports_the_expected_one() -> None:
    with pytest.raises(InvalidIdentifier) as caught:
        validate_uscc("91110000600037341M")
    assert caught.value.expected == "L"


@given(USCC_BODY)
def test_any_body_with_its_computed_check_character_validates(body: str) -> None:
    code = complete_uscc(body)
    assert validate_uscc(code) == code
    assert validate_uscc(code.lower()) == code


def test_full_width_input_from_a_chinese_input_method_is_accepted() -> None:
    assert validate_uscc("９１１１００００６０００３７３４１Ｌ") == "91110000600037341L"


# --- resident ID numbers ------------------------------------------------------------------

TODAY = date(2025, 6, 30)
VALID_IDS = ["11010519491231002X", "440524188001010014", "360426199101010071"]


@pytest.mark.parametrize("value", VALID_IDS)
def test_known_valid_resident_ids(value: str) -> None:
    assert validate_resident_id(value, TODAY) == value


def test_resident_id_is_compacted_and_lower_case_x_upper_cased() -> None:
    assert validate_resident_id(" 110105 19491231 002x ", TODAY) == "11010519491231002X"


def test_region_code_newer_than_the_birth_year_is_accepted() -> None:
    """stdnum.cn.ric rejects 440524 (1983-1993) for someone born in 1880; the code is
    the one in force at issue, so only an unknown code is wrong."""
    assert validate_resident_id("440524188001010014", TODAY) == "440524188001010014"


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("11010519491231002", IdProblem.LENGTH),
        ("11010519491231002XX", IdProblem.LENGTH),
        ("", IdProblem.LENGTH),
        ("1101051949123100XX", IdProblem.FORMAT),
        ("11010519491231002A", IdProblem.FORMAT),
        ("110105194913310020", IdProblem.BIRTH_DATE),  # month 13
        ("110105194902300025", IdProblem.BIRTH_DATE),  # 30 February
        ("110105179912310020", IdProblem.BIRTH_DATE),  # 1799: too long ago
        ("99010519491231002X", IdProblem.REGION),
        ("119999194912310020", IdProblem.REGION),  # known province, unknown county
        ("110105194912310021", IdProblem.CHECKSUM),
        ("11010519491231003X", IdProblem.CHECKSUM),
    ],
)
def test_invalid_resident_ids_say_why(value: str, problem: IdProblem) -> None:
    with pytest.raises(InvalidIdentifier) as caught:
        validate_resident_id(value, TODAY)
    assert caught.value.problem is problem


def test_birth_date_after_today_is_invalid() -> None:
    with pytest.raises(InvalidIdentifier) as caught:
        validate_resident_id("360426199101010071", date(1990, 12, 31))
    assert caught.value.problem is IdProblem.BIRTH_DATE
    assert validate_resident_id("360426199101010071", date(1991, 1, 1)) == "360426199101010071"


def test_resident_id_birth_date() -> None:
    assert resident_id_birth_date("11010519491231002X") == date(1949, 12, 31)


@given(
    st.sampled_from(VALID_IDS),
    st.integers(min_value=0, max_value=17),
    st.sampled_from("0123456789X"),
)
def test_any_single_character_change_of_a_valid_id_fails(
    valid: str, position: int, replacement: str
) -> None:
    assume(valid[position] != replacement)
    changed = valid[:position] + replacement + valid[position + 1 :]
    with pytest.raises(InvalidIdentifier):
        validate_resident_id(changed, TODAY)


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("11010519491231002X", "1101**********002X"),
        ("11010519491231002x", "1101**********002X"),
        ("110105 19491231 002X", "1101**********002X"),
        ("110105194912", "110******912"),  # never more than half shown
        ("12345678", "12****78"),
        ("1234", "1**4"),
        ("123", "***"),
        ("", ""),
    ],
)
def test_mask_id_number(value: str, masked: str) -> None:
    assert mask_id_number(value) == masked


@given(st.text(alphabet="0123456789X", max_size=30))
def test_masking_never_shows_more_than_half(value: str) -> None:
    masked = mask_id_number(value)
    assert len(masked) == len(value)
    assert masked.count("*") >= len(value) / 2


# --- phone numbers ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "13800138000",
        "+86 138 0013 8000",
        "+8613800138000",
        "0086-138-0013-8000",
        "138-0013-8000",
        " 199 0000 0000 ",
        "１３８００１３８０００",
    ],
)
def test_valid_mobiles_are_returned_compact(value: str) -> None:
    assert validate_mobile(value) == value_digits(value)


def value_digits(value: str) -> str:
    """The last 11 digits of ``value`` (the national mobile number)."""
    digits = "".join(c for c in unicodedata.normalize("NFKC", value) if c.isdigit())
    return digits[-11:]


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("12345678901", IdProblem.FORMAT),  # 12x is no mobile prefix
        ("10012345678", IdProblem.FORMAT),
        ("23800138000", IdProblem.FORMAT),
        ("1380013800a", IdProblem.FORMAT),
        ("1380013800", IdProblem.LENGTH),
        ("138001380001", IdProblem.LENGTH),
        ("+1 138 0013 8000", IdProblem.FORMAT),
        ("", IdProblem.LENGTH),
    ],
)
def test_invalid_mobiles_say_why(value: str, problem: IdProblem) -> None:
    with pytest.raises(InvalidIdentifier) as caught:
        validate_mobile(value)
    assert caught.value.problem is problem


@pytest.mark.parametrize(
    ("value", "phone"),
    [
        ("0571-88886666", "0571-88886666"),
        ("0571 8888 6666", "0571-88886666"),
        ("057188886666", "0571-88886666"),
        ("(0571)88886666", "0571-88886666"),
        ("010 12345678", "010-12345678"),
        ("021-6888 6666", "021-68886666"),
        ("0912-1234567", "0912-1234567"),
        ("0571-88886666-123", "0571-88886666-123"),
        ("0571-88886666 转 123", "0571-88886666-123"),
        ("0571-88886666 ext. 8", "0571-88886666-8"),
        ("0571-88886666#8", "0571-88886666-8"),
        ("+86 571 8888 6666", "0571-88886666"),
        ("+86 10 1234 5678", "010-12345678"),
        ("+86 138 0013 8000", "13800138000"),
    ],
)
def test_valid_phones(value: str, phone: str) -> None:
    assert validate_phone(value) == phone
    assert validate_phone(phone) == phone


@pytest.mark.parametrize(
    "value",
    [
        "88886666",  # no area code
        "571-88886666",  # no trunk 0
        "0571-888",
        "0571-888866661",
        "0571-08886666",  # local numbers do not start with 0
        "0571-88886666-1234567",
        "12345678901",
        "phone me",
        "",
    ],
)
def test_invalid_phones(value: str) -> None:
    with pytest.raises(InvalidIdentifier) as caught:
        validate_phone(value)
    assert caught.value.problem is IdProblem.FORMAT
