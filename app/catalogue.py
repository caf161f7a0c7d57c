"""The product catalogue and checklist item templates, as versioned reference data.

Products live in ``resources/data/products.json`` (amounts in 万元, as strings)
and checklist items in ``resources/data/checklists.json``; both are refreshed
by sync, so nothing here hard-codes a product, an amount or a document. The
data is checked when it loads: a bad file raises ValueError saying where.
Amounts come out in YUAN (``Decimal``), terms in months.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from itertools import product as combinations
from pathlib import Path
from types import MappingProxyType
from typing import Any

from app.checklist_rules import (
    Facts,
    ValidityRule,
    condition_leaves,
    evaluate_condition,
    parse_validity_rule,
    validate_condition,
)
from app.customer_profile import CreditType
from app.money import WAN
from app.reference_data import reference_file, register_cache_of
from app.text import QT_TRANSLATE_NOOP
from resources import DATA_DIR

PRODUCTS_PATH = DATA_DIR / "products.json"
CHECKLISTS_PATH = DATA_DIR / "checklists.json"
CURRENCY = "CNY"


class CollateralRequirement(StrEnum):
    """Whether a product needs collateral: required, optional, or unsecured only."""

    REQUIRED = "required"
    OPTIONAL = "optional"
    NONE = "none"


#: Collateral types, in display order, with English labels (context ``Collateral``).
COLLATERAL_TYPES: Mapping[str, str] = MappingProxyType(
    {
        "none": QT_TRANSLATE_NOOP("Collateral", "None (unsecured)"),
        "property": QT_TRANSLATE_NOOP("Collateral", "Property mortgage"),
        "equipment": QT_TRANSLATE_NOOP("Collateral", "Equipment mortgage"),
        "receivables": QT_TRANSLATE_NOOP("Collateral", "Receivables pledge"),
        "deposit": QT_TRANSLATE_NOOP("Collateral", "Margin deposit or CD pledge"),
        "guarantee": QT_TRANSLATE_NOOP("Collateral", "Third-party guarantee"),
    }
)

#: Collateral requirements with English labels (context ``Collateral``).
COLLATERAL_REQUIREMENTS: Mapping[CollateralRequirement, str] = MappingProxyType(
    {
        CollateralRequirement.REQUIRED: QT_TRANSLATE_NOOP("Collateral", "Collateral required"),
        CollateralRequirement.OPTIONAL: QT_TRANSLATE_NOOP("Collateral", "Collateral optional"),
        CollateralRequirement.NONE: QT_TRANSLATE_NOOP("Collateral", "Unsecured"),
    }
)

#: File types an RM may attach to a checklist item.
MEDIA_TYPES = frozenset({"application/pdf", "image/jpeg", "image/png", "image/tiff", "image/heic"})

_CODE = re.compile(r"[a-z][a-z0-9_]*\Z")


@dataclass(frozen=True)
class ProductItem:
    """A checklist item as one product asks for it."""

    code: str
    required: bool


@dataclass(frozen=True)
class Product:
    """One loan product of the catalogue; amounts in yuan, terms in months."""

    code: str
    name_zh: str
    name_en: str
    tags: tuple[str, ...]
    amount_min: Decimal
    amount_max: Decimal
    term_min: int
    term_max: int
    collateral_requirement: CollateralRequirement
    collateral_types: tuple[str, ...]
    items: tuple[ProductItem, ...]

    @property
    def label(self) -> str:
        """Both names, e.g. ``"Domestic factoring (国内保理)"``."""
        return f"{self.name_en} ({self.name_zh})"


@dataclass(frozen=True)
class ChecklistGroup:
    """A group of checklist items (主体资格, 财务资料, …)."""

    code: str
    name_zh: str
    name_en: str


@dataclass(frozen=True)
class ItemTemplate:
    """A document the bank may ask for, and when and how long it counts."""

    code: str
    name_zh: str
    name_en: str
    group: str
    #: Default; a product may override it.
    required: bool
    #: Declarative condition (see :mod:`app.checklist_rules`); None = always.
    condition: Mapping[str, Any] | None = field(hash=False)
    validity: ValidityRule | None
    media_types: tuple[str, ...]
    hint_zh: str
    hint_en: str


@dataclass(frozen=True)
class Catalogue:
    """A version of the product catalogue and its checklist templates."""

    version: str
    checklists_version: str
    currency: str
    products: Mapping[str, Product] = field(hash=False)
    items: Mapping[str, ItemTemplate] = field(hash=False)
    groups: Mapping[str, ChecklistGroup] = field(hash=False)

    def product(self, code: str) -> Product:
        """The product called ``code``; KeyError if there is none."""
        try:
            return self.products[code]
        except KeyError:
            raise KeyError(f"unknown product {code!r}") from None

    def item(self, code: str) -> ItemTemplate:
        """The checklist item called ``code``; KeyError if there is none."""
        try:
            return self.items[code]
        except KeyError:
            raise KeyError(f"unknown checklist item {code!r}") from None


# --- loading ----------------------------------------------------------------


def _freeze(value: Any) -> Any:
    """JSON made read-only: objects → mappingproxy, lists → tuples."""
    if isinstance(value, dict):
        return MappingProxyType({k: _freeze(v) for k, v in value.items()})
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    return value


def _read(path: Path) -> dict[str, Any]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(f"{path.name}: not valid JSON: {error}") from None
    if not isinstance(raw, dict):
        raise ValueError(f"{path.name}: expected a JSON object at the top level")
    return raw


def _get(raw: Mapping[str, Any], key: str, where: str) -> Any:
    if not isinstance(raw, Mapping):
        raise ValueError(f"{where}: expected an object, not {raw!r}")
    if key not in raw:
        raise ValueError(f"{where}: missing {key!r}")
    return raw[key]


def _text(raw: Mapping[str, Any], key: str, where: str) -> str:
    value = _get(raw, key, where)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{where}.{key}: expected a non-empty string, not {value!r}")
    return value


def _code(raw: Mapping[str, Any], where: str) -> str:
    code = _text(raw, "code", where)
    if not _CODE.match(code):
        raise ValueError(f"{where}: code {code!r} must be snake_case ASCII")
    return code


def _list(raw: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = _get(raw, key, where)
    if not isinstance(value, list) or not value:
        raise ValueError(f"{where}.{key}: expected a non-empty list")
    return value


def _bool(raw: Mapping[str, Any], key: str, where: str) -> bool:
    value = _get(raw, key, where)
    if not isinstance(value, bool):
        raise ValueError(f"{where}.{key}: expected true or false, not {value!r}")
    return value


def _range(raw: Mapping[str, Any], key: str, where: str) -> tuple[Any, Any]:
    bounds = _get(raw, key, where)
    here = f"{where}.{key}"
    return _get(bounds, "min", here), _get(bounds, "max", here)


def _amount_range(raw: Mapping[str, Any], where: str) -> tuple[Decimal, Decimal]:
    """``amount_wan`` {min, max} as strings in 万元 → yuan, exactly."""
    here = f"{where}.amount_wan"
    amounts = []
    for bound, value in zip(("min", "max"), _range(raw, "amount_wan", where), strict=True):
        if not isinstance(value, str):
            raise ValueError(f"{here}.{bound}: give 万元 as a string, not {value!r}")
        try:
            wan = Decimal(value)
        except InvalidOperation:
            raise ValueError(f"{here}.{bound}: {value!r} is not a number") from None
        if not wan.is_finite() or wan <= 0:
            raise ValueError(f"{here}.{bound}: {value!r} must be a positive amount")
        amounts.append(wan * WAN)
    low, high = amounts
    if low > high:
        raise ValueError(f"{here}: min {low / WAN} 万元 is above max {high / WAN} 万元")
    return low, high


def _term_range(raw: Mapping[str, Any], where: str) -> tuple[int, int]:
    here = f"{where}.term_months"
    terms = []
    for bound, value in zip(("min", "max"), _range(raw, "term_months", where), strict=True):
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ValueError(f"{here}.{bound}: expected whole months ≥ 1, not {value!r}")
        terms.append(value)
    low, high = terms
    if low > high:
        raise ValueError(f"{here}: min {low} months is above max {high} months")
    return low, high


def _collateral(
    raw: Mapping[str, Any], where: str
) -> tuple[CollateralRequirement, tuple[str, ...]]:
    block = _get(raw, "collateral", where)
    here = f"{where}.collateral"
    requirement_raw = _get(block, "requirement", here)
    try:
        requirement = CollateralRequirement(requirement_raw)
    except ValueError:
        raise ValueError(
            f"{here}.requirement: {requirement_raw!r} is not required, optional or none"
        ) from None
    types = _list(block, "types", here)
    for kind in types:
        if kind not in COLLATERAL_TYPES:
            known = ", ".join(COLLATERAL_TYPES)
            raise ValueError(f"{here}.types: unknown collateral type {kind!r} (known: {known})")
    if len(set(types)) != len(types):
        raise ValueError(f"{here}.types: {types} lists a type twice")
    unsecured = "none" in types
    if requirement is CollateralRequirement.NONE and types != ["none"]:
        raise ValueError(f"{here}: an unsecured product accepts only ['none'], not {types}")
    if requirement is CollateralRequirement.REQUIRED and unsecured:
        raise ValueError(f"{here}: collateral is required, so 'none' cannot be accepted")
    if requirement is CollateralRequirement.OPTIONAL and (not unsecured or len(types) < 2):
        raise ValueError(f"{here}: optional collateral accepts 'none' and at least one type")
    return requirement, tuple(types)


def _product_items(
    raw: Mapping[str, Any], where: str, items: Mapping[str, ItemTemplate]
) -> tuple[ProductItem, ...]:
    here = f"{where}.checklist"
    result: list[ProductItem] = []
    for index, entry in enumerate(_list(raw, "checklist", where)):
        at = f"{here}[{index}]"
        if isinstance(entry, str):
            code, override = entry, None
        else:
            code = _text(entry, "code", at)
            override = _bool(entry, "required", at) if "required" in entry else None
            extra = set(entry) - {"code", "required"}
            if extra:
                raise ValueError(f"{at}: unknown keys {sorted(extra)}")
        if code not in items:
            raise ValueError(f"{at}: unknown checklist item {code!r}")
        if any(r.code == code for r in result):
            raise ValueError(f"{here}: item {code!r} is listed twice")
        required = items[code].required if override is None else override
        result.append(ProductItem(code, required))
    return tuple(result)


def _product(raw: Any, where: str, items: Mapping[str, ItemTemplate]) -> Product:
    code = _code(raw, where)
    where = f"{where} {code!r}"
    tags = _list(raw, "tags", where)
    for tag in tags:
        if not isinstance(tag, str) or not _CODE.match(tag):
            raise ValueError(f"{where}.tags: tag {tag!r} must be snake_case ASCII")
    amount_min, amount_max = _amount_range(raw, where)
    term_min, term_max = _term_range(raw, where)
    requirement, collateral_types = _collateral(raw, where)
    return Product(
        code=code,
        name_zh=_text(raw, "name_zh", where),
        name_en=_text(raw, "name_en", where),
        tags=tuple(dict.fromkeys(tags)),
        amount_min=amount_min,
        amount_max=amount_max,
        term_min=term_min,
        term_max=term_max,
        collateral_requirement=requirement,
        collateral_types=collateral_types,
        items=_product_items(raw, where, items),
    )


def _item(raw: Any, where: str, groups: Mapping[str, ChecklistGroup]) -> ItemTemplate:
    code = _code(raw, where)
    where = f"{where} {code!r}"
    group = _text(raw, "group", where)
    if group not in groups:
        raise ValueError(f"{where}.group: unknown group {group!r} (known: {', '.join(groups)})")
    condition = _get(raw, "condition", where)
    validate_condition(condition, f"{where}.condition")
    media_types = _list(raw, "media_types", where)
    for media_type in media_types:
        if media_type not in MEDIA_TYPES:
            known = ", ".join(sorted(MEDIA_TYPES))
            raise ValueError(
                f"{where}.media_types: {media_type!r} is not accepted (known: {known})"
            )
    return ItemTemplate(
        code=code,
        name_zh=_text(raw, "name_zh", where),
        name_en=_text(raw, "name_en", where),
        group=group,
        required=_bool(raw, "required", where),
        condition=_freeze(condition) if condition else None,
        validity=parse_validity_rule(_get(raw, "validity", where), f"{where}.validity"),
        media_types=tuple(dict.fromkeys(media_types)),
        hint_zh=_text(raw, "hint_zh", where),
        hint_en=_text(raw, "hint_en", where),
    )


def _unique(name: str, kind: str, codes: list[str]) -> None:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise ValueError(f"{name}: {kind} {code!r} is defined twice")
        seen.add(code)


def _check_references(name: str, catalogue: Catalogue) -> None:
    """Conditions name only known products, tags and collateral types."""
    tags = {tag for p in catalogue.products.values() for tag in p.tags}
    for item in catalogue.items.values():
        where = f"{name}: item {item.code!r}.condition"
        for key, value in condition_leaves(item.condition):
            if key == "product_in":
                unknown = [c for c in value if c not in catalogue.products]
                if unknown:
                    raise ValueError(f"{where}: unknown product {unknown[0]!r}")
            elif key == "product_tag" and value not in tags:
                raise ValueError(f"{where}: no product has the tag {value!r}")
            elif key == "collateral_in":
                unknown = [c for c in value if c not in COLLATERAL_TYPES]
                if unknown:
                    raise ValueError(f"{where}: unknown collateral type {unknown[0]!r}")


def _check_applicable(name: str, product: Product, items: Mapping[str, ItemTemplate]) -> None:
    """Every item a product lists applies to some application for it."""
    ages = (None, 0, 10_000)
    amounts = (None, product.amount_min, product.amount_max)
    for entry in product.items:
        condition = items[entry.code].condition
        if not condition:
            continue
        if not any(
            evaluate_condition(
                condition,
                Facts(product.code, frozenset(product.tags), collateral, credit, age, amount),
            )
            for collateral, credit, age, amount in combinations(
                product.collateral_types, CreditType, ages, amounts
            )
        ):
            raise ValueError(
                f"{name}: product {product.code!r} lists item {entry.code!r}, "
                "whose condition never holds for it"
            )


def _load(products_path: Path, checklists_path: Path) -> Catalogue:
    checklists = _read(checklists_path)
    cname = checklists_path.name
    groups_raw = _list(checklists, "groups", cname)
    _unique(cname, "group", [_code(g, f"{cname}: groups[{n}]") for n, g in enumerate(groups_raw)])
    groups = {}
    for raw in groups_raw:
        code = _code(raw, cname)
        where = f"{cname}: group {code!r}"
        groups[code] = ChecklistGroup(
            code, _text(raw, "name_zh", where), _text(raw, "name_en", where)
        )
    items_raw = _list(checklists, "items", cname)
    _unique(cname, "item", [_code(i, f"{cname}: items[{n}]") for n, i in enumerate(items_raw)])
    items = {
        item.code: item for item in (_item(raw, f"{cname}: item", groups) for raw in items_raw)
    }

    catalogue_raw = _read(products_path)
    pname = products_path.name
    currency = _text(catalogue_raw, "currency", pname)
    if currency != CURRENCY:
        raise ValueError(f"{pname}: currency must be {CURRENCY!r}, not {currency!r}")
    products_raw = _list(catalogue_raw, "products", pname)
    _unique(
        pname, "product", [_code(p, f"{pname}: products[{n}]") for n, p in enumerate(products_raw)]
    )
    products = {
        product.code: product
        for product in (_product(raw, f"{pname}: product", items) for raw in products_raw)
    }

    catalogue = Catalogue(
        version=_text(catalogue_raw, "version", pname),
        checklists_version=_text(checklists, "version", cname),
        currency=currency,
        products=MappingProxyType(products),
        items=MappingProxyType(items),
        groups=MappingProxyType(groups),
    )
    _check_references(cname, catalogue)
    for product in products.values():
        _check_applicable(pname, product, items)
    return catalogue


@register_cache_of
@cache
def _default_catalogue() -> Catalogue:
    return _load(
        reference_file("products", PRODUCTS_PATH), reference_file("checklists", CHECKLISTS_PATH)
    )


def load_catalogue(
    products_path: Path | None = None, checklists_path: Path | None = None
) -> Catalogue:
    """The catalogue from these files (bundled ones where None; cached when both are None).

    ValueError, naming the file and the place, if the data is malformed or
    inconsistent (unknown item codes, unknown condition keys, bad ranges, …).
    """
    if products_path is None and checklists_path is None:
        return _default_catalogue()
    return _load(
        products_path or reference_file("products", PRODUCTS_PATH),
        checklists_path or reference_file("checklists", CHECKLISTS_PATH),
    )
