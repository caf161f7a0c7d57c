"""Packets that are hard to lay out: 200 checklist items, very long notes and waivers,
characters the font lacks, markup characters in the data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.alerts import AlertService
from app.applications import ApplicationInput, ApplicationService
from app.attachment_store import AttachmentStore
from app.catalogue import Catalogue, ItemTemplate, ProductItem, load_catalogue
from app.checklist import ItemState
from app.customer_profile import Contact, CustomerProfile
from app.customers import CustomerService
from app.packet import PacketFacts, PacketOptions, build_packet, load_packet_facts
from app.packet.labels import Lang
from app.packet.styles import clean, markup
from app.profile import Profile
from app.visits.service import MAX_NOTES, VisitInput, VisitOutcome, VisitService
from app.visits.times import RM_TIME_ZONE
from tests.app.test_packet import fonts_of, pdf_text

TODAY = date(2026, 11, 28)
ODD = "表情😀🏦 生僻𠀀龘䶮 <b>bold</b> & <unclosed & &amp; \"quotes\" 'x' \\ 𝔘𝔫𝔦"
ITEMS = 200


def big_catalogue() -> Catalogue:
    """The shipped catalogue plus a product asking for 200 documents."""
    catalogue = load_catalogue()
    groups = list(catalogue.groups)
    templates = {
        f"doc_{n:03d}": ItemTemplate(
            code=f"doc_{n:03d}",
            name_zh=f"补充资料第{n}项" + ("（含附表、说明及其他相关证明文件）" * (n % 3)),
            name_en=f"Supplementary document {n}" + (" with schedules" * (n % 3)),
            group=groups[n % len(groups)],
            required=n % 4 != 0,
            condition=None,
            validity=None,
            media_types=("application/pdf",),
            hint_zh="",
            hint_en="",
        )
        for n in range(1, ITEMS + 1)
    }
    base = catalogue.products["working_capital"]
    product = replace(
        base,
        code="big_list",
        name_zh="压力测试产品" + ODD,
        items=tuple(ProductItem(code, t.required) for code, t in templates.items()),
    )
    return replace(
        catalogue,
        products={**catalogue.products, "big_list": product},
        items={**catalogue.items, **templates},
    )


@pytest.fixture
def hard(profile: Profile) -> PacketFacts:
    store = AttachmentStore(profile.paths.attachments)
    catalogue = big_catalogue()
    customer = CustomerService(profile.database, "rm01").save(
        CustomerProfile(
            name="杭州" + ODD + "有限公司",
            uscc="91330106MA2XYZ1234",
            address="很长的地址" * 60,
            legal_rep_name="龘" * 3,
            legal_rep_id_number="33010619780315123X",
            industry_code="C34",
            contacts=[Contact("<script>", "A & B", "&#x41;")],
        )
    )
    assert customer.id is not None
    service = ApplicationService(profile.database, "rm01", store, catalogue)
    app_id = service.save(
        ApplicationInput(
            customer.id,
            "big_list",
            Decimal(300) * Decimal(10_000),
            12,
            purpose=ODD[:200],
            collateral_type="property",
            collateral_description=("抵押物说明" + ODD)[:200],
        ),
        TODAY,
    )
    view = service.load(app_id, TODAY)
    items = [i for i in view.items if i.applicable]
    service.mark_received([i.id for i in items[::3]])
    for item in items[1::7]:
        service.set_state(item.id, ItemState.WAIVED, (ODD + "免收理由很长。" * 40)[:200])
    visits = VisitService(profile.database, "rm01", store)
    start = datetime(2026, 11, 1, 9, 0, tzinfo=RM_TIME_ZONE)
    long_notes = (("第一段走访纪要，" * 30 + ODD + "\n") * 200)[:MAX_NOTES]
    long_notes += "\x00\x07\x1b"[: max(0, MAX_NOTES - len(long_notes))]
    visits.record(
        VisitInput(customer.id, "due_diligence", start, location=ODD, purpose=ODD[:200]),
        VisitOutcome(
            start,
            start + timedelta(hours=1),
            long_notes,
            signals={"production_cut": ODD, "key_staff_leaving": "x" * 2000},
        ),
    )
    AlertService(profile.database, "rm01").raise_alert(
        customer.id, "inventory_build_up", "y" * 1500
    )
    return load_packet_facts(profile.database, "rm01", store, app_id, TODAY, catalogue)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_two_hundred_items_long_notes_and_odd_characters_lay_out(
    hard: PacketFacts, lang: Lang
) -> None:
    assert len(hard.items) == ITEMS
    result = build_packet(hard, PacketOptions(lang=lang))
    reader = PdfReader(BytesIO(result.pdf))
    assert result.pages == len(reader.pages) > 12
    text = pdf_text(result.pdf)
    # markup characters come out as written, not as markup
    assert "<b>bold</b>&<unclosed&&amp;" in text
    assert "<script>" in text and "A&B" in text
    # rare characters the font has are printed; those it lacks do not stop the build
    assert "龘" in text and "生僻" in text
    last = "补充资料第200项" if lang == "zh_CN" else "Supplementarydocument200"
    assert last.replace(" ", "") in text
    assert all(embedded for _n, embedded in fonts_of(result.pdf))
    # the checklist table's heading row is repeated on the pages it spans
    heading = "资料名称" if lang == "zh_CN" else "Dates and validity".replace(" ", "")
    assert sum(heading in (p.extract_text() or "").replace(" ", "") for p in reader.pages) >= 3


def test_text_is_cleaned_and_escaped_for_paragraphs() -> None:
    assert clean("a\x00b\x07c\td\r\ne") == "abc    d\ne"
    assert clean("lone \ud800 surrogate") == "lone ? surrogate"
    assert markup("<b>&\nx") == "&lt;b&gt;&amp;<br/>x"
