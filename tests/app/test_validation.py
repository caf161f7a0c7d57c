"""Customer profile validation: field checks, completion, wizard pages, normalising."""

from __future__ import annotations

import ast
import dataclasses
import string
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app import validation
from app.customer_profile import BankRelationship, Contact, CustomerProfile
from app.identifiers import InvalidIdentifier, validate_uscc
from app.validation import (
    AMOUNT_FIELDS,
    CHILD_FIELD_LABELS,
    FIELD_LABELS,
    MAX_AMOUNT,
    PAGE_FIELDS,
    REQUIRED_FIELDS,
    TEMPLATES,
    Problem,
    label_for,
    missing_for_completion,
    normalise,
    page_of,
    problems_for_completion,
    problems_on_page,
    validate_fields,
)

TODAY = date(2025, 6, 30)


def complete_profile(**changes: object) -> CustomerProfile:
    """A profile with every field filled in validly, then ``changes`` applied."""
    profile = CustomerProfile(
        name="杭州示例机械有限公司",
        uscc="91110000600037341L",
        registration_date=date(2010, 5, 18),
        province="浙江省",
        city="杭州市",
        district="西湖区",
        address="文三路 100 号",
        registered_capital=Decimal("5000000"),
        ownership_type="private",
        industry_code="C3311",
        employees=85,
        annual_revenue=Decimal("32000000.50"),
        total_assets=Decimal("41000000"),
        total_liabilities=Decimal("12000000"),
        legal_rep_name="张三",
        legal_rep_id_number="11010519491231002X",
        legal_rep_mobile="13800138000",
        requested_exposure=Decimal("3000000"),
        credit_type="new",
        segment="装备制造",
        programmes=["园区批量"],
        assigned_rm="rm001",
        contacts=[Contact(role="财务", name="李四", phone="0571-88886666")],
        bank_relationships=[BankRelationship(bank="工商银行", product="流贷", balance=Decimal(0))],
    )
    return dataclasses.replace(profile, **changes)  # type: ignore[arg-type]


def codes(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.field, p.code) for p in problems]


def test_a_complete_valid_profile_has_no_problems() -> None:
    assert problems_for_completion(complete_profile(), TODAY) == []


def test_an_empty_profile_has_no_field_problems() -> None:
    assert validate_fields(CustomerProfile(), TODAY) == []


def test_every_required_field_is_listed_when_empty() -> None:
    problems = missing_for_completion(CustomerProfile(credit_type=""))
    assert [p.field for p in problems] == list(REQUIRED_FIELDS)
    assert {p.code for p in problems} == {"required"}
    assert len(REQUIRED_FIELDS) == 16


def test_blank_text_counts_as_missing_but_zero_does_not() -> None:
    profile = complete_profile(name="   ", employees=0, requested_exposure=Decimal(0))
    assert codes(missing_for_completion(profile)) == [("name", "required")]


def test_problems_for_completion_combines_missing_and_wrong_in_field_order() -> None:
    profile = complete_profile(uscc="91110000600037341M", legal_rep_mobile="", city="")
    assert codes(problems_for_completion(profile, TODAY)) == [
        ("uscc", "uscc.checksum"),
        ("city", "required"),
        ("legal_rep_mobile", "required"),
    ]


# --- identifiers --------------------------------------------------------------------------


def test_uscc_checksum_gives_the_expected_check_character() -> None:
    [problem] = validate_fields(complete_profile(uscc="91110000600037341M"), TODAY)
    assert problem.code == "uscc.checksum"
    assert problem.params == {"expected": "L"}
    assert problem.text().startswith("The check character is wrong: expected L.")


@pytest.mark.parametrize(
    ("uscc", "code", "params"),
    [
        ("91110000600037341", "uscc.length", {"length": "17"}),
        ("9111000060003734IL", "uscc.characters", {"characters": "I"}),
        ("911100A0600037341L", "uscc.region", {}),
        ("9111 0000 6000 3734 1l", None, {}),
    ],
)
def test_uscc_problems(uscc: str, code: str | None, params: dict[str, str]) -> None:
    problems = validate_fields(complete_profile(uscc=uscc), TODAY)
    if code is None:
        assert problems == []
    else:
        assert [(p.field, p.code, p.params) for p in problems] == [("uscc", code, params)]


@pytest.mark.parametrize(
    ("id_number", "code", "params"),
    [
        ("1101051949123100", "id.length", {"length": "16"}),
        ("1101051949123100XX", "id.format", {}),
        ("110105194913310020", "id.birth_date", {"digits": "19491331"}),
        ("110105202601010027", "id.birth_date.future", {"date": "2026-01-01"}),
        ("110105179912310020", "id.birth_date.too_early", {"date": "1799-12-31"}),
        ("99010519491231002X", "id.region", {"region": "990105"}),
        ("110105194912310021", "id.checksum", {}),
        ("440524188001010014", None, {}),
        ("11010519491231002x", None, {}),
    ],
)
def test_resident_id_problems(id_number: str, code: str | None, params: dict[str, str]) -> None:
    problems = validate_fields(complete_profile(legal_rep_id_number=id_number), TODAY)
    expected = [] if code is None else [("legal_rep_id_number", code, params)]
    assert [(p.field, p.code, p.params) for p in problems] == expected


@pytest.mark.parametrize(
    ("mobile", "code"),
    [
        ("+86 138 0013 8000", None),
        ("0086-13800138000", None),
        ("12345678901", "mobile.format"),
        ("0571-88886666", "mobile.length"),  # a landline: 12 digits
        ("1380013800", "mobile.length"),
        ("+86 1380013800", "mobile.length"),
    ],
)
def test_mobile_problems(mobile: str, code: str | None) -> None:
    problems = validate_fields(complete_profile(legal_rep_mobile=mobile), TODAY)
    assert [p.code for p in problems] == ([] if code is None else [code])


def test_mobile_length_counts_the_national_digits() -> None:
    [problem] = validate_fields(complete_profile(legal_rep_mobile="+86 1380013800"), TODAY)
    assert problem.params == {"length": "10"}


# --- dates, amounts, numbers --------------------------------------------------------------


@pytest.mark.parametrize(
    ("registered", "code"),
    [
        (TODAY, None),
        (TODAY + timedelta(days=1), "date.future"),
        (date(1949, 10, 1), None),
        (date(1949, 9, 30), "date.too_early"),
    ],
)
def test_registration_date(registered: date, code: str | None) -> None:
    problems = validate_fields(complete_profile(registration_date=registered), TODAY)
    assert codes(problems) == ([] if code is None else [("registration_date", code)])


def test_future_date_names_the_date() -> None:
    [problem] = validate_fields(complete_profile(registration_date=date(2030, 1, 2)), TODAY)
    assert problem.text() == "The date 2030-01-02 is in the future"


AMOUNT_CASES = [
    (Decimal(0), None),
    (Decimal("0.00"), None),
    (Decimal("1.50"), None),
    (Decimal("1.500"), None),  # trailing zeros are still whole fen
    (Decimal("-0.01"), "amount.negative"),
    (Decimal(-1), "amount.negative"),
    (MAX_AMOUNT - Decimal("0.01"), None),
    (MAX_AMOUNT, "amount.too_large"),
    (Decimal("1e30"), "amount.too_large"),
    (Decimal("0.001"), "amount.precision"),
    (Decimal("12.345"), "amount.precision"),
    (Decimal("NaN"), "amount.invalid"),
    (Decimal("Infinity"), "amount.invalid"),
]


@pytest.mark.parametrize("field", AMOUNT_FIELDS)
@pytest.mark.parametrize(("amount", "code"), AMOUNT_CASES)
def test_amounts(field: str, amount: Decimal, code: str | None) -> None:
    problems = validate_fields(complete_profile(**{field: amount}), TODAY)
    assert codes(problems) == ([] if code is None else [(field, code)])


@pytest.mark.parametrize(("amount", "code"), AMOUNT_CASES)
def test_bank_balances(amount: Decimal, code: str | None) -> None:
    banks = [
        BankRelationship("建设银行", "票据", Decimal(1)),
        BankRelationship("农业银行", "", amount),
    ]
    problems = validate_fields(complete_profile(bank_relationships=banks), TODAY)
    assert codes(problems) == ([] if code is None else [("bank_relationships.1.balance", code)])


def test_too_large_amount_names_the_limit() -> None:
    [problem] = validate_fields(complete_profile(total_assets=MAX_AMOUNT * 2), TODAY)
    assert problem.text() == "The amount is too large: it must be less than 1,000,000,000,000 CNY"


@pytest.mark.parametrize(
    ("employees", "ok"), [(0, True), (1_000_000, True), (-1, False), (1_000_001, False)]
)
def test_employees_range(employees: int, ok: bool) -> None:
    problems = validate_fields(complete_profile(employees=employees), TODAY)
    assert codes(problems) == ([] if ok else [("employees", "employees.range")])


# --- text, choices, industry, contacts ----------------------------------------------------


@pytest.mark.parametrize(
    ("field", "limit"),
    [("name", 200), ("address", 200), ("city", 64), ("segment", 64), ("assigned_rm", 64)],
)
def test_text_lengths(field: str, limit: int) -> None:
    assert validate_fields(complete_profile(**{field: "字" * limit}), TODAY) == []
    [problem] = validate_fields(complete_profile(**{field: "字" * (limit + 1)}), TODAY)
    assert (problem.field, problem.code) == (field, "length.too_long")
    assert problem.params == {"maximum": str(limit), "length": str(limit + 1)}


def test_surrounding_spaces_do_not_count_towards_the_length() -> None:
    assert validate_fields(complete_profile(city=" " + "x" * 64 + " "), TODAY) == []


def test_too_long_identifier_gets_only_the_length_problem() -> None:
    problems = validate_fields(complete_profile(uscc="9" * 65), TODAY)
    assert codes(problems) == [("uscc", "length.too_long")]


def test_child_text_lengths() -> None:
    profile = complete_profile(
        programmes=["ok", "p" * 65],
        contacts=[Contact(role="r" * 65, name="李四", phone="13800138000")],
        bank_relationships=[BankRelationship(bank="b" * 65, product="x" * 65)],
    )
    assert codes(validate_fields(profile, TODAY)) == [
        ("programmes.1", "length.too_long"),
        ("contacts.0.role", "length.too_long"),
        ("bank_relationships.0.bank", "length.too_long"),
        ("bank_relationships.0.product", "length.too_long"),
    ]


@pytest.mark.parametrize(
    ("field", "value", "ok"),
    [
        ("ownership_type", "private", True),
        ("ownership_type", "individual", True),
        ("ownership_type", "Private", False),
        ("ownership_type", "民营", False),
        ("credit_type", "new", True),
        ("credit_type", "renewal", True),
        ("credit_type", "renew", False),
    ],
)
def test_choices(field: str, value: str, ok: bool) -> None:
    problems = validate_fields(complete_profile(**{field: value}), TODAY)
    assert [(p.field, p.code, p.params) for p in problems] == (
        [] if ok else [(field, "choice.unknown", {"value": value})]
    )


@pytest.mark.parametrize("code", ["C", "T", "C13", "C131", "C3311", "13", "3311", "c3311", " A01 "])
def test_well_formed_industry_codes(code: str) -> None:
    assert validate_fields(complete_profile(industry_code=code), TODAY) == []


@pytest.mark.parametrize("code", ["U", "Z", "C1", "1", "C33111", "33111", "CC", "13A", "C-13"])
def test_malformed_industry_codes(code: str) -> None:
    problems = validate_fields(complete_profile(industry_code=code), TODAY)
    assert codes(problems) == [("industry_code", "industry.format")]


@pytest.mark.parametrize(
    ("contact", "problem"),
    [
        (Contact(role="财务", name="李四", phone="13800138000"), None),
        (Contact(name="李四", phone="010 12345678"), None),
        (Contact(), None),
        (Contact(role="  ", name=" ", phone=" "), None),
        (Contact(phone="13800138000"), ("contacts.1.name", "contact.name_missing")),
        (Contact(role="出纳"), ("contacts.1.name", "contact.name_missing")),
        (Contact(name="李四"), ("contacts.1.phone", "contact.phone_missing")),
        (Contact(name="李四", phone="8888666"), ("contacts.1.phone", "phone.format")),
    ],
)
def test_contacts(contact: Contact, problem: tuple[str, str] | None) -> None:
    contacts = [Contact(name="王五", phone="0571-88886666"), contact]
    problems = validate_fields(complete_profile(contacts=contacts), TODAY)
    assert codes(problems) == ([] if problem is None else [problem])


# --- messages and labels ------------------------------------------------------------------


def test_problem_text_fills_in_the_placeholders() -> None:
    problem = Problem("uscc", "uscc.length", "Has {length} characters", {"length": "17"})
    assert problem.text() == "Has 17 characters"
    assert hash(problem) == hash(Problem("uscc", "uscc.length", "Has {length} characters"))


def test_every_problem_text_is_complete() -> None:
    profile = complete_profile(
        uscc="911100006000373",
        legal_rep_id_number="110105202601010027",
        legal_rep_mobile="138",
        registration_date=date(1900, 1, 1),
        employees=-5,
        total_assets=Decimal("-1"),
        ownership_type="??",
        industry_code="ZZ",
        contacts=[Contact(phone="1")],
    )
    problems = problems_for_completion(profile, TODAY)
    assert len(problems) == 10
    for problem in problems:
        assert "{" not in problem.text() and "}" not in problem.text()
        assert problem.template == TEMPLATES[problem.code]


def test_templates_and_labels_are_marked_for_lupdate() -> None:
    """Every template and label is a literal inside QT_TRANSLATE_NOOP, in its context."""
    tree = ast.parse(Path(validation.__file__).read_text(encoding="utf-8"))
    marked: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP":
            context, text = (ast.literal_eval(arg) for arg in node.args)
            marked.setdefault(context, set()).add(text)
    assert marked["Validation"] == set(TEMPLATES.values())
    assert marked["CustomerField"] == set(FIELD_LABELS.values()) | set(CHILD_FIELD_LABELS.values())


def test_placeholders_are_plain_names() -> None:
    for template in TEMPLATES.values():
        for _, name, spec, conversion in string.Formatter().parse(template):
            assert name is None or name.isidentifier()
            assert not spec and not conversion


def test_every_field_has_a_label() -> None:
    assert set(FIELD_LABELS) == {f.name for f in dataclasses.fields(CustomerProfile)}
    assert FIELD_LABELS["uscc"] == "Unified social credit code"


@pytest.mark.parametrize(
    ("field", "label"),
    [
        ("uscc", "Unified social credit code"),
        ("contacts.0.phone", "Contact phone"),
        ("bank_relationships.3.balance", "Balance"),
        ("programmes.1", "Batch-development programmes"),
    ],
)
def test_label_for(field: str, label: str) -> None:
    assert label_for(field) == label


# --- wizard pages -------------------------------------------------------------------------


def test_pages_cover_every_edited_field_once() -> None:
    on_pages = [name for names in PAGE_FIELDS.values() for name in names]
    assert len(on_pages) == len(set(on_pages))
    edited = {f.name for f in dataclasses.fields(CustomerProfile)} - {"status", "id"}
    assert set(on_pages) == edited


def test_problems_on_page() -> None:
    profile = complete_profile(
        name="",
        uscc="91110000600037341M",
        employees=-1,
        legal_rep_name="",
        contacts=[Contact(phone="13800138000")],
        bank_relationships=[BankRelationship(bank="工行"), BankRelationship(balance=Decimal(-1))],
    )
    problems = problems_for_completion(profile, TODAY)
    assert codes(problems_on_page("identity", problems)) == [
        ("name", "required"),
        ("uscc", "uscc.checksum"),
    ]
    assert codes(problems_on_page("business", problems)) == [("employees", "employees.range")]
    assert codes(problems_on_page("people", problems)) == [
        ("legal_rep_name", "required"),
        ("contacts.0.name", "contact.name_missing"),
    ]
    assert codes(problems_on_page("credit", problems)) == [
        ("bank_relationships.1.balance", "amount.negative")
    ]
    assert sum(len(problems_on_page(page, problems)) for page in PAGE_FIELDS) == len(problems)


def test_page_prefix_matching_is_by_whole_field_name() -> None:
    problems = [Problem("legal_rep_name", "required", TEMPLATES["required"])]
    assert problems_on_page("identity", problems) == []  # "name" is on identity
    assert problems_on_page("people", problems) == problems


def test_unknown_page_is_an_error() -> None:
    with pytest.raises(KeyError):
        problems_on_page("nonsense", [])


@pytest.mark.parametrize(
    ("field", "page"),
    [
        ("uscc", "identity"),
        ("contacts.2.phone", "people"),
        ("programmes.0", "credit"),
        ("status", None),
    ],
)
def test_page_of(field: str, page: str | None) -> None:
    assert page_of(field) == page


# --- normalising --------------------------------------------------------------------------


def test_normalise_tidies_valid_values() -> None:
    profile = complete_profile(
        name="  杭州示例机械有限公司 ",
        uscc=" 9111 0000 6000 3734 1l ",
        legal_rep_id_number="110105 19491231 002x",
        legal_rep_mobile="+86 138-0013-8000",
        industry_code=" c3311 ",
        programmes=[" 园区批量 "],
        contacts=[Contact(role=" 财务 ", name=" 李四 ", phone="(0571) 8888 6666")],
        bank_relationships=[BankRelationship(bank=" 工商银行 ", product=" 流贷 ")],
    )
    tidy = normalise(profile)
    assert tidy.name == "杭州示例机械有限公司"
    assert tidy.uscc == "91110000600037341L"
    assert tidy.legal_rep_id_number == "11010519491231002X"
    assert tidy.legal_rep_mobile == "13800138000"
    assert tidy.industry_code == "C3311"
    assert tidy.programmes == ["园区批量"]
    assert tidy.contacts[0] == Contact(role="财务", name="李四", phone="0571-88886666")
    assert tidy.bank_relationships[0].bank == "工商银行"
    assert tidy.bank_relationships[0].product == "流贷"
    assert profile.uscc == " 9111 0000 6000 3734 1l "  # the original is untouched
    assert profile.contacts[0].phone == "(0571) 8888 6666"


def test_normalise_keeps_invalid_input_as_typed() -> None:
    profile = complete_profile(
        uscc=" 9111 0000 6000 3734 1m ",
        legal_rep_id_number="110105-19491231-0021",
        legal_rep_mobile="138-0013-800",
        industry_code="zz9",
        contacts=[Contact(name="李四", phone="8888 6666")],
    )
    tidy = normalise(profile)
    assert tidy.uscc == "9111 0000 6000 3734 1M"  # trimmed and upper-cased only
    assert tidy.legal_rep_id_number == "110105-19491231-0021"
    assert tidy.legal_rep_mobile == "138-0013-800"
    assert tidy.industry_code == "zz9"
    assert tidy.contacts[0].phone == "8888 6666"


def test_normalise_leaves_an_empty_profile_empty() -> None:
    assert normalise(CustomerProfile()) == CustomerProfile()


@given(st.text(alphabet="0123456789ABCDLMNXYlmxy -", max_size=24))
def test_normalised_uscc_is_compact_when_valid_else_as_typed(typed: str) -> None:
    result = normalise(CustomerProfile(uscc=typed)).uscc
    try:
        assert result == validate_uscc(typed)
    except InvalidIdentifier:
        assert result == typed.strip().upper()
    assert normalise(CustomerProfile(uscc=result)).uscc == result


@given(st.text(max_size=12), st.text(max_size=12))
def test_normalise_is_idempotent(name: str, phone: str) -> None:
    profile = CustomerProfile(name=name, legal_rep_mobile=phone, contacts=[Contact(phone=phone)])
    once = normalise(profile)
    assert normalise(once) == once
