"""Realistic Chinese SME demo customers, for the README's run command and benchmarks."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from stdnum.cn import ric

from app.customer_profile import CustomerProfile
from app.customers import derived_fields
from app.identifiers import USCC_ALPHABET, complete_uscc
from app.industries import normalise_industry_code
from db.database import Database
from db.models import Customer

#: (city, administrative division code, province, a district's code) used in names,
#: USCCs and the legal representatives' resident ID numbers.
CITIES = (
    ("杭州", "330100", "浙江省", "330102"),
    ("宁波", "330200", "浙江省", "330203"),
    ("温州", "330300", "浙江省", "330302"),
    ("苏州", "320500", "江苏省", "320505"),
    ("无锡", "320200", "江苏省", "320206"),
    ("南京", "320100", "江苏省", "320102"),
    ("深圳", "440300", "广东省", "440303"),
    ("广州", "440100", "广东省", "440103"),
    ("佛山", "440600", "广东省", "440604"),
    ("东莞", "441900", "广东省", "441900"),
    ("青岛", "370200", "山东省", "370202"),
    ("厦门", "350200", "福建省", "350203"),
    ("成都", "510100", "四川省", "510104"),
    ("武汉", "420100", "湖北省", "420102"),
    ("合肥", "340100", "安徽省", "340102"),
    ("长沙", "430100", "湖南省", "430102"),
)
BRAND_CHARS = "恒鑫华盛达源信诚瑞丰泰宏隆嘉德安康富通宇辰晟昌兴邦锦利新正明"
#: (GB/T 4754-2017 division, name word, typical employees, typical revenue in 万元)
INDUSTRIES = (
    ("A01", "农业科技", 25, 800),
    ("C13", "食品加工", 60, 3000),
    ("C17", "纺织", 120, 5000),
    ("C18", "服饰", 80, 2500),
    ("C26", "化工", 90, 8000),
    ("C29", "塑料制品", 50, 2500),
    ("C33", "五金制品", 45, 2000),
    ("C34", "机械制造", 70, 4000),
    ("C38", "电气设备", 85, 6000),
    ("C39", "电子科技", 110, 9000),
    ("E48", "建筑工程", 60, 7000),
    ("F51", "商贸", 12, 6000),
    ("F52", "超市", 30, 1500),
    ("G54", "物流运输", 40, 2500),
    ("G59", "仓储", 20, 800),
    ("H61", "酒店管理", 35, 900),
    ("H62", "餐饮管理", 40, 700),
    ("I65", "软件科技", 45, 1200),
    ("L72", "企业管理咨询", 15, 500),
    ("M75", "科技服务", 20, 600),
)
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余"
    "杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙"
    "史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志海峰斌鹏辉燕丹宁浩宇凯文博雪琳"
)
SEGMENTS = ("五金产业集群", "纺织服装供应链", "县域农业", "经济开发区", "专业市场商户", "")
STATUSES = ("draft", "complete", "active")
STATUS_WEIGHTS = (2, 3, 5)
OWNERSHIP = ("private", "individual", "joint", "collective", "foreign")
OWNERSHIP_WEIGHTS = (85, 5, 4, 3, 3)
MOBILE_PREFIXES = ("133", "135", "136", "137", "138", "139", "150", "158", "177", "186", "188")
WAN = Decimal(10_000)


def org_code(body: str) -> str:
    """The 9-character organisation code (GB 11714) of an 8-digit ``body``."""
    weights = (3, 7, 9, 10, 5, 8, 4, 2)
    remainder = 11 - sum(int(c) * w for c, w in zip(body, weights, strict=True)) % 11
    check = {10: "X", 11: "0"}.get(remainder, str(remainder))
    return body + check


def _uscc(rng: random.Random, region: str, serial: int) -> str:
    entity = rng.choice("123")
    code = complete_uscc(f"9{entity}{region}{org_code(f'{serial:08d}')}")
    assert all(c in USCC_ALPHABET for c in code)
    return code


def _amount_wan(rng: random.Random, typical: int) -> Decimal:
    return Decimal(round(rng.lognormvariate(0, 0.8) * typical, 1)).quantize(Decimal("0.1"))


def resident_id(rng: random.Random, district: str) -> str:
    """A valid resident ID number (GB 11643) of someone born 1960-1995 in ``district``."""
    born = date(1960, 1, 1) + timedelta(days=rng.randrange(36 * 365))
    first17 = f"{district}{born:%Y%m%d}{rng.randrange(1000):03d}"
    return first17 + ric.calc_check_digit(first17 + "0")  # it reads all but the last


def _kyc(rng: random.Random, province: str, district: str, assets: Decimal) -> dict[str, Any]:
    """What onboarding needs beyond the business figures, valid by app.validation."""
    return {
        "registration_date": date(2000, 1, 1) + timedelta(days=rng.randrange(24 * 365)),
        "province": province,
        "ownership_type": rng.choices(OWNERSHIP, OWNERSHIP_WEIGHTS)[0],
        "total_liabilities": (assets * Decimal(rng.randint(15, 70)) / 100).quantize(WAN),
        "legal_rep_id_number": resident_id(rng, district),
        "legal_rep_mobile": rng.choice(MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}",
    }


def demo_customers(count: int, seed: int = 2026) -> Iterator[dict[str, Any]]:
    """``count`` deterministic demo customers as column values (unique USCCs).

    Every one is complete by :func:`app.validation.problems_for_completion`,
    whatever its status, so the server accepts a demo profile's first sync.
    """
    rng = random.Random(seed)
    serials = rng.sample(range(10_000_000, 99_999_999), count)
    for serial in serials:
        city, region, province, district = rng.choice(CITIES)
        code, word, staff, revenue = rng.choice(INDUSTRIES)
        brand = rng.choice(BRAND_CHARS) + rng.choice(BRAND_CHARS)
        employees = max(1, int(rng.lognormvariate(0, 0.7) * staff))
        revenue_wan = _amount_wan(rng, revenue)
        values: dict[str, Any] = {
            "name": f"{city}{brand}{word}有限公司",
            "uscc": _uscc(rng, region, serial),
            "industry_code": normalise_industry_code(code),
            "city": city,
            "employees": employees,
            "annual_revenue": revenue_wan * WAN,
            "total_assets": _amount_wan(rng, int(revenue * 0.8) + 1) * WAN,
            "legal_rep_name": rng.choice(SURNAMES)
            + "".join(rng.choices(GIVEN, k=rng.randint(1, 2))),
            "requested_exposure": _amount_wan(rng, max(50, revenue // 5)) * WAN,
            "credit_type": rng.choices(("new", "renewal"), (3, 1))[0],
            "segment": rng.choice(SEGMENTS) or None,
            "status": rng.choices(STATUSES, STATUS_WEIGHTS)[0],
        }
        # A second generator, so the fields above stay what they always were.
        values.update(_kyc(random.Random(serial), province, district, values["total_assets"]))
        values.update(derived_fields(CustomerProfile(**values)))
        yield values


def fill_demo(
    database: Database, count: int, actor: str, seed: int = 2026, batch: int = 5_000
) -> int:
    """Add ``count`` demo customers through the unit of work (outbox included)."""
    added = 0
    rows = list(demo_customers(count, seed))
    for start in range(0, len(rows), batch):
        with database.unit_of_work(actor) as uow:
            added += len(uow.bulk_create(Customer, rows[start : start + batch]))
    return added
