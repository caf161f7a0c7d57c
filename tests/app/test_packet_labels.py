"""The packet's words: both languages for every label, the UI's translations reused."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.classification import classify
from app.eligibility import assess_eligibility
from app.packet import mask_id_number, parse_payload, short_id
from app.packet.labels import LABELS, label
from app.packet.options import Letterhead, load_letterhead
from app.packet.qr import payload
from app.packet.translate import fill, has_translation, translate
from app.packet.vocab import ALL

PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


def test_every_label_has_both_languages_with_the_same_placeholders() -> None:
    for key, (zh, en) in LABELS.items():
        assert zh.strip() and en.strip(), key
        assert set(PLACEHOLDER.findall(zh)) <= set(PLACEHOLDER.findall(en)) | {"y", "m", "d"}, key


def test_every_word_borrowed_from_the_ui_is_translated() -> None:
    missing = [
        (context, source)
        for table in ALL
        for context, source in table.values()
        if not has_translation(context, source)
    ]
    assert missing == []


def test_app_templates_are_translated_once_from_the_ts_file() -> None:
    size = classify("C34", 86, None, None)
    assert size.template and translate("SizeRule", size.template, "zh_CN") != size.template
    params = {**size.params, "row": size.params["row_zh"]}
    assert fill("SizeRule", size.template, params, "zh_CN").startswith("工业：")
    assert fill("SizeRule", size.template, size.params, "en") == size.text()
    check = assess_eligibility(True, "new", None, None).checks[1]
    assert fill("Eligibility", check.template, check.params, "zh_CN").startswith("缺少资产总额")
    assert translate("Nowhere", "Untranslated text", "zh_CN") == "Untranslated text"


def test_labels_fill_their_placeholders() -> None:
    assert label("page_of", "zh_CN", page=2, pages=9) == "第 2 页 / 共 9 页"
    assert label("page_of", "en", page=2, pages=9) == "Page 2 of 9"


def test_ids_are_masked_and_shortened() -> None:
    assert mask_id_number("33010619780315123X") == "**************123X"
    assert mask_id_number("123") == "***" and mask_id_number("") == ""
    assert short_id("20725832-f2b1-4fa6-9496-7914cf34b57d") == "2072-5832"


def test_the_qr_payload_round_trips() -> None:
    digest = "ab" * 32
    read = parse_payload(payload("20725832-f2b1-4fa6-9496-7914cf34b57d", digest))
    assert read.application_id == "20725832-f2b1-4fa6-9496-7914cf34b57d" and read.sha256 == digest
    with pytest.raises(ValueError):
        parse_payload("https://example.com")


def test_the_letterhead_file_overrides_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "letterhead.json"
    assert load_letterhead(path) == Letterhead()
    path.write_text('{"branch_zh": "宁波分行", "bank_en": 3}', encoding="utf-8")
    loaded = load_letterhead(path)
    assert loaded.text("zh_CN") == "某某商业银行 宁波分行"
    assert loaded.bank_en == Letterhead().bank_en
    path.write_text("not json", encoding="utf-8")
    assert load_letterhead(path) == Letterhead()
