"""GB/T 4754-2017 reference data: completeness, code handling and the picker search."""

from __future__ import annotations

import pytest

from app.industries import (
    Industry,
    all_industries,
    divisions_of,
    industry,
    industry_standard,
    is_known_industry,
    normalise_industry_code,
    search_industries,
    section_of,
)

#: Division ranges per section, typed from GB/T 4754-2017.
SECTION_RANGES = {
    "A": (1, 5),
    "B": (6, 12),
    "C": (13, 43),
    "D": (44, 46),
    "E": (47, 50),
    "F": (51, 52),
    "G": (53, 60),
    "H": (61, 62),
    "I": (63, 65),
    "J": (66, 69),
    "K": (70, 70),
    "L": (71, 72),
    "M": (73, 75),
    "N": (76, 79),
    "O": (80, 82),
    "P": (83, 83),
    "Q": (84, 85),
    "R": (86, 90),
    "S": (91, 96),
    "T": (97, 97),
}


def codes(found: tuple[Industry, ...]) -> list[str]:
    return [entry.code for entry in found]


def test_standard_and_all_sections() -> None:
    assert industry_standard() == "GB/T 4754-2017"
    sections = [e for e in all_industries() if e.level == "section"]
    assert codes(tuple(sections)) == list("ABCDEFGHIJKLMNOPQRST")
    assert all(e.section == e.code for e in sections)


def test_all_97_divisions_in_their_sections() -> None:
    divisions = [e for e in all_industries() if e.level == "division"]
    assert codes(tuple(divisions)) == [f"{n:02d}" for n in range(1, 98)]
    for entry in divisions:
        low, high = SECTION_RANGES[entry.section]
        assert low <= int(entry.code) <= high, entry
    for letter, (low, high) in SECTION_RANGES.items():
        assert codes(divisions_of(letter)) == [f"{n:02d}" for n in range(low, high + 1)]


def test_groups_the_size_table_needs() -> None:
    groups = {e.code: e for e in all_industries() if e.level == "group"}
    assert set(groups) == {
        "591", "592", "593", "594", "595", "596", "599",
        "701", "702", "703", "704", "709",
    }  # fmt: skip
    assert groups["701"].name_zh == "房地产开发经营"
    assert groups["702"].name_zh == "物业管理"
    assert groups["703"].name_zh == "房地产中介服务"
    assert groups["704"].name_zh == "房地产租赁经营"
    assert groups["709"].name_zh == "其他房地产业"
    assert groups["591"].name_zh == "装卸搬运"
    assert all(
        g.section == g.code[:0] + ("K" if g.code[:2] == "70" else "G") for g in groups.values()
    )


@pytest.mark.parametrize(
    ("code", "name_zh", "section"),
    [
        ("A", "农、林、牧、渔业", "A"),
        ("05", "农、林、牧、渔专业及辅助性活动", "A"),
        ("11", "开采专业及辅助性活动", "B"),
        ("13", "农副食品加工业", "C"),
        ("43", "金属制品、机械和设备修理业", "C"),
        ("44", "电力、热力生产和供应业", "D"),
        ("50", "建筑装饰、装修和其他建筑业", "E"),
        ("58", "多式联运和运输代理业", "G"),
        ("59", "装卸搬运和仓储业", "G"),
        ("60", "邮政业", "G"),
        ("65", "软件和信息技术服务业", "I"),
        ("70", "房地产业", "K"),
        ("79", "土地管理业", "N"),
        ("96", "基层群众自治组织及其他组织", "S"),
        ("97", "国际组织", "T"),
    ],
)
def test_names_and_sections(code: str, name_zh: str, section: str) -> None:
    entry = industry(code)
    assert entry is not None
    assert (entry.name_zh, entry.section) == (name_zh, section)


def test_every_entry_is_named_in_both_languages() -> None:
    entries = all_industries()
    assert len({e.code for e in entries}) == len(entries)
    for entry in entries:
        assert entry.name_zh and entry.name_en
        assert entry.name_en.isascii(), entry
        assert not entry.name_zh.isascii(), entry


def test_order_is_each_section_then_its_divisions() -> None:
    order = codes(all_industries())
    assert order[:7] == ["A", "01", "02", "03", "04", "05", "B"]
    assert order[order.index("59") : order.index("59") + 9] == [
        "59", "591", "592", "593", "594", "595", "596", "599", "60",
    ]  # fmt: skip
    assert order[-2:] == ["T", "97"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13", "13"),
        ("C13", "13"),
        (" c13 ", "13"),
        ("Ｃ１３", "13"),
        ("C-13", "13"),
        ("k", "K"),
        ("K701", "701"),
        ("7010", "7010"),
        ("G5920", "5920"),
        ("A13", "A13"),  # letter does not match: left alone, hence unknown
        ("Z99", "Z99"),
        ("", ""),
    ],
)
def test_normalise_industry_code(text: str, expected: str) -> None:
    assert normalise_industry_code(text) == expected


@pytest.mark.parametrize(
    ("code", "section"),
    [
        ("C", "C"),
        ("t", "T"),
        ("13", "C"),
        ("C13", "C"),
        ("701", "K"),
        ("7010", "K"),
        ("K7010", "K"),
        ("59", "G"),
        ("5920", "G"),
        ("131", "C"),
        ("1310", "C"),
        ("05", "A"),
        ("7050", None),  # no group 705 in division 70
        ("705", None),
        ("A13", None),
        ("98", None),
        ("00", None),
        ("1", None),
        ("13101", None),
        ("Z", None),
        ("U", None),
        ("", None),
        ("制造", None),
    ],
)
def test_section_of_and_is_known(code: str, section: str | None) -> None:
    assert section_of(code) == section
    assert is_known_industry(code) is (section is not None)


def test_industry_lookup_only_returns_listed_entries() -> None:
    assert industry("C13") == industry("13")
    group = industry("701")
    assert group is not None and group.level == "group" and group.section == "K"
    assert industry("7010") is None  # classes are not listed, though known
    assert industry("98") is None


def test_search_in_chinese() -> None:
    found = codes(search_industries("制造", limit=None))
    assert found[0] == "C"
    assert {"14", "15", "27", "36", "39", "41"} <= set(found)
    assert "13" not in found  # 农副食品加工业
    assert codes(search_industries("农林牧渔")) == ["A", "05"]
    assert codes(search_industries("物业")) == ["702"]


def test_search_in_english_ignores_case() -> None:
    assert codes(search_industries("software")) == ["I", "65"]
    assert codes(search_industries("SOFTWARE")) == ["I", "65"]
    assert "701" in codes(search_industries("real estate"))


def test_search_by_code_prefix_ranks_codes_first() -> None:
    assert codes(search_industries("70")) == ["70", "701", "702", "703", "704", "709"]
    assert codes(search_industries("C1")) == ["13", "14", "15", "16", "17", "18", "19"]
    assert codes(search_industries("59"))[:2] == ["59", "591"]
    assert codes(search_industries("6"))[:3] == ["60", "61", "62"]


def test_search_limit_and_empty_text() -> None:
    assert len(search_industries("e", limit=5)) == 5
    assert search_industries("e", limit=0) == ()
    assert search_industries("", limit=3) == all_industries()[:3]
    assert search_industries("  ", limit=None) == all_industries()
    assert search_industries("no such industry") == ()
