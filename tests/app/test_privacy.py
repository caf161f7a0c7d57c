"""Masking for display and the audit record of each reveal (Qt-free)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import func, select, text
from sqlalchemy.exc import IntegrityError

from app.customer_profile import CustomerProfile
from app.customers import CustomerService
from app.identifiers import (
    InvalidIdentifier,
    mask_account_number,
    mask_id_number,
    mask_phone,
    validate_phone,
)
from app.privacy import RevealContext, RevealService, is_masked_field, mask_value
from app.profile import Profile
from db.models import OutboxEntry, PrivacyReveal, SyncState

ID_NUMBER = "11010519491231002X"
digits = st.text(alphabet="0123456789", min_size=1, max_size=40)


# --- masking ------------------------------------------------------------------------------


@given(st.from_regex(r"\A[1-9][0-9]{16}[0-9X]\Z"))
def test_an_id_number_shows_only_its_first_and_last_four(value: str) -> None:
    masked = mask_id_number(value)
    assert masked == value[:4] + "*" * 10 + value[-4:]
    assert value[4:14] not in masked  # the region's county and the birth date are hidden


@given(st.from_regex(r"\A1[3-9][0-9]{9}\Z"))
def test_a_mobile_shows_its_first_three_and_last_four(value: str) -> None:
    masked = mask_phone(value)
    assert masked == value[:3] + "****" + value[-4:]
    assert mask_phone(f"+86 {value[:3]}-{value[3:7]}-{value[7:]}") == masked


@pytest.mark.parametrize(
    ("value", "masked"),
    [
        ("13857101234", "138****1234"),
        ("0571-88886666", "0571-****6666"),
        ("(010) 1234 5678 转 88", "010-****5678-**"),
        ("12345678", "******78"),  # not a phone: at most a third shows
        ("12", "**"),
        ("", ""),
        ("n/a", "*/*"),
    ],
)
def test_mask_phone(value: str, masked: str) -> None:
    assert mask_phone(value) == masked


@given(st.text(max_size=40))
def test_masking_a_phone_never_fails_and_hides_most_of_what_is_not_one(value: str) -> None:
    masked = mask_phone(value)
    try:
        validate_phone(value)
    except InvalidIdentifier:
        text = unicodedata.normalize("NFKC", value).strip()
        shown = sum(1 for a, b in zip(text, masked, strict=True) if a.isalnum() and a == b)
        assert len(masked) == len(text)
        assert shown <= min(4, sum(c.isalnum() for c in text) // 3)


@given(st.text(alphabet="0123456789", min_size=8, max_size=30))
def test_an_account_number_shows_its_last_four_only(value: str) -> None:
    masked = mask_account_number(value)
    assert masked == "****" + value[-4:]  # the length is not told either


@given(st.text(alphabet="0123456789 -", max_size=7))
def test_a_short_account_number_shows_nothing(value: str) -> None:
    masked = mask_account_number(value)
    assert masked in ("", "****")
    assert mask_account_number("6222 0202 0000 1234") == "****1234"


@given(digits)
def test_no_masker_fails_on_digits_of_any_length(value: str) -> None:
    for masker in (mask_id_number, mask_phone, mask_account_number):
        masked = masker(value)
        assert "*" in masked or len(value) < 3


def test_which_fields_are_masked() -> None:
    assert is_masked_field("legal_rep_id_number") and is_masked_field("phone")
    assert not is_masked_field("uscc")  # public: printed on the business licence
    assert mask_value("legal_rep_id_number", ID_NUMBER) == "1101**********002X"
    assert mask_value("legal_rep_mobile", "13857101234") == "138****1234"
    assert mask_value("uscc", "91330106MA27XYZ12A") == "91330106MA27XYZ12A"
    assert mask_value("phone", None) == "" and mask_value("phone", "") == ""


# --- the audit record of a reveal ------------------------------------------------------------


@pytest.fixture
def customer_id(profile: Profile) -> str:
    saved = CustomerService(profile.database, "rm01").save(
        CustomerProfile(name="杭州恒达机械有限公司", legal_rep_id_number=ID_NUMBER)
    )
    assert saved.id is not None
    return saved.id


def _counts(profile: Profile) -> tuple[int, int]:
    with profile.database.reading() as session:
        reveals = session.scalar(select(func.count()).select_from(PrivacyReveal))
        entries = session.scalar(
            select(func.count())
            .select_from(OutboxEntry)
            .where(OutboxEntry.entity == "privacy_reveals")
        )
    return int(reveals or 0), int(entries or 0)


def test_a_reveal_is_one_record_and_one_outbox_entry(profile: Profile, customer_id: str) -> None:
    service = RevealService(profile.database, "rm01")
    reveal = service.record(customer_id, "legal_rep_id_number", RevealContext.PROFILE)
    assert (reveal.field, reveal.context, reveal.revealed_by) == (
        "legal_rep_id_number",
        "profile",
        "rm01",
    )
    assert _counts(profile) == (1, 1)
    with profile.database.reading() as session:
        entry = session.scalars(
            select(OutboxEntry).where(OutboxEntry.entity == "privacy_reveals")
        ).one()
    assert entry.op == "create" and entry.entity_id == reveal.id
    assert entry.changes["customer_id"] == customer_id
    assert entry.changes["field"] == "legal_rep_id_number"
    assert [r.id for r in service.list(customer_id)] == [reveal.id]


def test_the_signed_in_user_is_who_revealed(profile: Profile, customer_id: str) -> None:
    with profile.database.unit_of_work("rm01") as uow:
        uow.session.add(SyncState(key="account.user", value="wang.li"))
    reveal = RevealService(profile.database, "local").record(customer_id, "phone", "conflicts")
    assert reveal.revealed_by == "wang.li"


def test_nothing_is_recorded_for_an_unknown_customer_or_an_unmasked_field(
    profile: Profile, customer_id: str
) -> None:
    service = RevealService(profile.database, "rm01")
    with pytest.raises(KeyError):
        service.record("00000000-0000-4000-8000-000000000000", "phone", "profile")
    with pytest.raises(ValueError, match="not a masked field"):
        service.record(customer_id, "uscc", "profile")
    assert _counts(profile) == (0, 0)


def test_a_reveal_cannot_be_changed_or_deleted_even_with_sql(
    profile: Profile, customer_id: str
) -> None:
    reveal = RevealService(profile.database, "rm01").record(
        customer_id, "legal_rep_id_number", "profile"
    )
    for statement in (
        "UPDATE privacy_reveals SET field = 'phone'",
        "UPDATE privacy_reveals SET deleted_at = '2026-11-29 00:00:00.000000'",
        "DELETE FROM privacy_reveals",
    ):
        with (
            pytest.raises(IntegrityError, match="audit record"),
            profile.database.engine.begin() as connection,
        ):
            connection.execute(text(statement))
    with profile.database.engine.begin() as connection:
        connection.execute(text("UPDATE privacy_reveals SET server_version = 7"))  # sync's ack
        rows = connection.execute(text("SELECT id, field, server_version FROM privacy_reveals"))
        assert rows.all() == [(reveal.id, "legal_rep_id_number", 7)]


def test_printing_ids_in_full_is_a_recorded_reveal(
    profile: Profile, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.attachment_store import AttachmentStore
    from app.packet.sample import create_sample_application
    from tests.app.test_packet import TODAY
    from tests.app.test_packet_cli import run

    made = create_sample_application(
        profile.database,
        profile.actor,
        AttachmentStore(profile.paths.attachments),
        TODAY,
        attachments_dir=tmp_path / "files",
    )
    service = RevealService(profile.database, profile.actor)
    code, _report = run(profile, capsys, made.application_id, "--out", str(tmp_path / "m.pdf"))
    assert code == 0 and service.list() == []  # masked to the last 4: nothing revealed
    code, _report = run(
        profile, capsys, made.application_id, "--out", str(tmp_path / "f.pdf"), "--full-ids"
    )
    assert code == 0
    assert [(r.field, r.context) for r in service.list()] == [("legal_rep_id_number", "packet")]
