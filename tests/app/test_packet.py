"""Application packets: every section and key value in both languages, embedded fonts,
the packet data digest, ID masking and the attachments appendix."""

from __future__ import annotations

import hashlib
import json
import re
from datetime import date, datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

from app.applications import ApplicationService
from app.attachment_store import AttachmentStore
from app.packet import (
    PacketFacts,
    PacketOptions,
    PacketResult,
    build_packet,
    canonical_json,
    data_sha256,
    load_packet_facts,
    packet_data,
    short_id,
)
from app.packet.labels import Lang, label
from app.packet.sample import SAMPLE_ID_NUMBER, SAMPLE_USCC, create_sample_application
from app.profile import Profile
from app.visits.times import RM_TIME_ZONE
from tests.app.test_applications import new_customer, working_capital

TODAY = date(2026, 11, 28)
PRINTED = datetime(2026, 11, 28, 10, 32, tzinfo=RM_TIME_ZONE)


def squeeze(text: str) -> str:
    """Text without any whitespace (extraction splits lines and cells where it likes)."""
    return re.sub(r"\s+", "", text)


def pdf_text(pdf: bytes) -> str:
    """Every page's text, squeezed."""
    reader = PdfReader(BytesIO(pdf))
    return squeeze("".join(page.extract_text() or "" for page in reader.pages))


def page_texts(pdf: bytes) -> list[str]:
    return [squeeze(p.extract_text() or "") for p in PdfReader(BytesIO(pdf)).pages]


def fonts_of(pdf: bytes) -> list[tuple[str, bool]]:
    """(base font, embedded) of every font any page or form uses."""
    found: dict[int, tuple[str, bool]] = {}

    def embedded(font: DictionaryObject) -> bool:
        descriptors = []
        if "/FontDescriptor" in font:
            descriptors.append(font["/FontDescriptor"].get_object())
        for child in font.get("/DescendantFonts", []):
            child = child.get_object()
            if "/FontDescriptor" in child:
                descriptors.append(child["/FontDescriptor"].get_object())
        return bool(descriptors) and all(
            any(k in d for k in ("/FontFile", "/FontFile2", "/FontFile3")) for d in descriptors
        )

    def walk(resources: Any) -> None:
        resources = resources.get_object() if isinstance(resources, IndirectObject) else resources
        if not resources:
            return
        for ref in (resources.get("/Font") or {}).values():
            font = ref.get_object()
            found[id(font)] = (str(font.get("/BaseFont")), embedded(font))
        for ref in (resources.get("/XObject") or {}).values():
            xobject = ref.get_object()
            if xobject.get("/Subtype") == "/Form" and "/Resources" in xobject:
                walk(xobject["/Resources"])

    for page in PdfReader(BytesIO(pdf)).pages:
        walk(page.get("/Resources"))
    return list(found.values())


def outline_titles(pdf: bytes) -> list[str]:
    titles: list[str] = []

    def walk(items: list[Any]) -> None:
        for entry in items:
            if isinstance(entry, list):
                walk(entry)
            else:
                titles.append(str(entry.title))

    walk(PdfReader(BytesIO(pdf)).outline)
    return titles


@pytest.fixture
def store(profile: Profile) -> AttachmentStore:
    return AttachmentStore(profile.paths.attachments)


@pytest.fixture
def sample(profile: Profile, store: AttachmentStore, tmp_path: Path) -> PacketFacts:
    made = create_sample_application(
        profile.database, "rm01", store, TODAY, attachments_dir=tmp_path / "files"
    )
    return load_packet_facts(profile.database, "rm01", store, made.application_id, TODAY)


def build(facts: PacketFacts, lang: Lang = "zh_CN", **options: Any) -> PacketResult:
    return build_packet(facts, PacketOptions(lang=lang, printed_at=PRINTED, **options))


EXPECTED: dict[str, list[str]] = {
    "zh_CN": [
        "某某商业银行杭州分行",
        "小微企业授信申请资料",
        "申请编号",
        "一、客户基本信息与身份识别",
        "二、企业规模与准入",
        "三、财务摘要",
        "四、信用评分",
        "五、资料清单",
        "六、走访记录与风险预警",
        "七、客户经理声明",
        "八、签字与盖章",
        "短期流动资金贷款",
        "300.00万元",
        "12个月",
        "房产抵押",
        "小型",
        "工业：从业人员≥20人且营业收入≥300万元→小型",
        "资产总额3,900.00万元，低于新授信上限20,000万元",
        "符合",
        "营业收入",
        "4,800.00",
        "资产负债率",
        "58.97%",
        "小微企业客户评分卡",
        "DTA_HIGH",
        "资产负债率偏高",
        "营业执照",
        "已核验",
        "已免收",
        "免收理由：有限公司章程规定执行董事可直接决定借款事项",
        "缺失",
        "已过期",
        "尽职调查（已完成）",
        "库存积压",
        "企业公章",
        "法定代表人或授权代理人（签字）",
        "客户经理（签字）",
        "经办机构（公章）",
        "第1页/共",
        "打印：张伟2026-11-2810:32",
    ],
    "en": [
        "SampleCommercialBank,HangzhouBranch",
        "SMECreditApplicationPacket",
        "ApplicationNo.",
        "1.CustomerprofileandKYC",
        "2.Enterprisesizeandeligibility",
        "3.Financialsummary",
        "4.Creditscorecard",
        "5.Documentchecklist",
        "6.Visitsandriskalerts",
        "7.Relationshipmanager'sdeclaration",
        "8.Signaturesandseals",
        "Short-termworking-capitalloan",
        "300.00",
        "12months",
        "Propertymortgage",
        "Small",
        "Industry:employees≥20andrevenue≥300万元→small",
        "Eligible",
        "Revenue",
        "4,800.00",
        "Debt-to-assetratio",
        "58.97%",
        "SMEcustomerscorecard",
        "DTA_HIGH",
        "Businesslicence",
        "Verified",
        "Waived",
        "Missing",
        "Expired",
        "Duediligence(done)",
        "Inventorypilingup",
        "Companyseal",
        "Legalrepresentativeorproxy(signature)",
        "Relationshipmanager(signature)",
        "Branchseal",
        "Page1of",
        "Printedby张伟,2026-11-2810:32",
    ],
}


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_section_and_key_value_is_printed(sample: PacketFacts, lang: Lang) -> None:
    result = build(sample, lang)
    text = pdf_text(result.pdf)
    assert result.pages == len(PdfReader(BytesIO(result.pdf)).pages) >= 5
    for expected in [
        "杭州恒达精密机械有限公司",
        SAMPLE_USCC,
        short_id(sample.application.id),
        sample.application.id,
        "AA",
        result.sha256[:16],
        *EXPECTED[lang],
    ]:
        assert squeeze(expected) in text, (lang, expected)
    pages = page_texts(result.pdf)
    word = "共" if lang == "zh_CN" else "of"
    for number, page in enumerate(pages, start=1):  # page x of y on every page, y right
        marker = f"第{number}页/共{len(pages)}页" if lang == "zh_CN" else f"{number}of{len(pages)}"
        assert marker in page, (number, word)


def test_the_two_languages_do_not_mix(sample: PacketFacts) -> None:
    english = pdf_text(build(sample, "en").pdf)
    chinese = pdf_text(build(sample, "zh_CN").pdf)
    assert "客户基本信息" not in english and "资料清单" not in english
    assert "Customerprofile" not in chinese and "Documentchecklist" not in chinese


def test_every_font_is_the_embedded_cjk_font(sample: PacketFacts) -> None:
    for lang in ("zh_CN", "en"):
        fonts = fonts_of(build(sample, lang).pdf)
        assert fonts, "no fonts found"
        assert all(embedded for _name, embedded in fonts), fonts
        assert all("WenQuanYiMicroHei" in name for name, _e in fonts), fonts


def test_the_digest_is_of_the_canonical_packet_data_whatever_the_language(
    profile: Profile, store: AttachmentStore, sample: PacketFacts
) -> None:
    chinese, english = build(sample, "zh_CN"), build(sample, "en")
    assert chinese.sha256 == english.sha256 == data_sha256(packet_data(sample))
    canonical = canonical_json(chinese.data)
    assert hashlib.sha256(canonical).hexdigest() == chinese.sha256
    assert canonical == json.dumps(
        json.loads(canonical), sort_keys=True, ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")
    data = chinese.data
    assert data["application"]["amount"] == "3000000.00"  # Decimal as an exact string
    assert data["customer"]["uscc"] == SAMPLE_USCC
    assert [i["code"] for i in data["checklist"]] == [i.code for i in sample.items]
    # Read again from the records: the same digest (what the branch recomputes).
    again = load_packet_facts(profile.database, "other", store, sample.application.id, TODAY)
    assert data_sha256(packet_data(again)) == chinese.sha256
    # A change in the records changes it.
    later = load_packet_facts(
        profile.database, "rm01", store, sample.application.id, date(2027, 6, 1)
    )
    assert data_sha256(packet_data(later)) != chinese.sha256


def test_id_numbers_are_masked_to_the_last_four_unless_asked(sample: PacketFacts) -> None:
    masked = build(sample)
    text = pdf_text(masked.pdf)
    assert SAMPLE_ID_NUMBER not in text and "*" * 14 + SAMPLE_ID_NUMBER[-4:] in text
    assert masked.data["customer"]["legal_rep_id_number"] == "*" * 14 + SAMPLE_ID_NUMBER[-4:]
    full = build(sample, full_ids=True)
    assert SAMPLE_ID_NUMBER in pdf_text(full.pdf)
    assert full.data["id_numbers"] == "full" and full.sha256 != masked.sha256


def test_bookmarks_name_every_section(sample: PacketFacts) -> None:
    titles = outline_titles(build(sample).pdf)
    assert titles[0] == "封面"
    assert titles[1:] == [
        "一、客户基本信息与身份识别",
        "二、企业规模与准入",
        "三、财务摘要",
        "四、信用评分",
        "五、资料清单",
        "六、走访记录与风险预警",
        "七、客户经理声明",
        "八、签字与盖章",
    ]


def test_the_appendix_adds_pictures_and_merges_pdf_pages_with_a_list_and_bookmarks(
    sample: PacketFacts,
) -> None:
    plain = build(sample)
    result = build(sample, with_attachments=True)
    reader = PdfReader(BytesIO(result.pdf))
    # the list page, the licence picture, the two pages of the bank statement
    assert result.pages == len(reader.pages) == plain.pages + 4
    titles = outline_titles(result.pdf)
    assert "附件" in titles
    licence = next(t for t in titles if t.startswith("附件 1："))
    statement = next(t for t in titles if t.startswith("附件 2："))
    assert "licence_scan.png" in licence and "bank_statement.pdf" in statement
    pages = page_texts(result.pdf)
    listing = pages[plain.pages]
    assert "附件目录" in listing
    picture, first = plain.pages + 2, plain.pages + 3  # 1-based first pages
    # the page numbers are written once the pages are known (so after the titles)
    assert re.search(rf"\.{{5,}}{picture}{first}", listing), listing
    # the attachment's own pages were drawn into the packet's pages
    assert "Bankstatement—page1" in pages[first - 1] and "Bankstatement—page2" in pages[first]
    nested = next(o for o in reader.outline if isinstance(o, list))
    starts = {str(o.title): reader.get_destination_page_number(o) + 1 for o in nested}
    assert starts == {licence: picture, statement: first}
    assert all(e for _n, e in fonts_of(result.pdf))  # the sample PDF embeds its font too
    assert result.warnings == ()


def test_missing_attachment_files_are_listed_not_fatal(
    sample: PacketFacts, store: AttachmentStore
) -> None:
    for path in sample.blob_paths.values():
        path.unlink()
    result = build(sample, with_attachments=True)
    text = pdf_text(result.pdf)
    assert "本机无此文件" in text
    assert result.pages == build(sample).pages + 1  # only the list
    assert len(result.warnings) == 2


def test_an_application_without_assessment_statements_or_visits_still_prints(
    profile: Profile, store: AttachmentStore
) -> None:
    customer = new_customer(profile)
    app_id = ApplicationService(profile.database, "rm01", store).save(
        working_capital(customer), TODAY
    )
    facts = load_packet_facts(profile.database, "rm01", store, app_id, TODAY)
    for lang in ("zh_CN", "en"):
        text = pdf_text(build(facts, lang).pdf)
        for key in ("score_none", "fin_none", "visits_none", "alerts_none"):
            assert squeeze(label(key, lang)) in text


def test_unknown_applications_raise_key_error(profile: Profile, store: AttachmentStore) -> None:
    with pytest.raises(KeyError):
        load_packet_facts(profile.database, "rm01", store, "no-such-id", TODAY)
