"""Segments (细分市场) and batch development (批量开发), offline.

A segment is a group of enterprises an RM develops together: a sub-industry, an
industrial cluster, a supply chain around a core enterprise, a county industry,
a commodity market or a development zone. It carries shared terms (common risk
controls, a default product, amount and term). A customer is a member when its
``segment`` field holds the segment's name (the label the customer list, the
dashboard and the batch import already use); renaming a segment relabels its
members in the same transaction.

Batch development: import a prospect list into the segment (the batch import;
rows become draft customers tagged with the segment), see how the prospects
classify (size, eligibility and why), and create applications for the selected
prospects with the shared terms in ONE unit of work.

This module holds the definitions (no database): the services that read and
write the local cache are :mod:`app.segment_service` (segments, imports),
:mod:`app.segment_prospects` (pages, counts, selections), :mod:`app.segment_batch`
(applications in one unit of work) and :mod:`app.segment_plan_service` (plans).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from app.catalogue import Catalogue
from app.classification import classify
from app.eligibility import assess_eligibility
from app.money import yuan_to_wan
from app.text import QT_TRANSLATE_NOOP
from app.validation import MAX_AMOUNT, Problem

if TYPE_CHECKING:
    from db.models import Customer

CONTEXT = "Segment"
MAX_RISK_CONTROLS = 20
MAX_RISK_CONTROL_LENGTH = 200
MAX_TERM_MONTHS = 600


class SegmentType(StrEnum):
    """The kinds of segment the bank plans (细分市场类型)."""

    SUB_INDUSTRY = "sub_industry"
    INDUSTRIAL_CLUSTER = "industrial_cluster"
    SUPPLY_CHAIN = "supply_chain"
    COUNTY_INDUSTRY = "county_industry"
    COMMODITY_MARKET = "commodity_market"
    DEVELOPMENT_ZONE = "development_zone"


TYPE_LABELS: dict[SegmentType, str] = {
    SegmentType.SUB_INDUSTRY: QT_TRANSLATE_NOOP("Segment", "Sub-industry"),
    SegmentType.INDUSTRIAL_CLUSTER: QT_TRANSLATE_NOOP("Segment", "Industrial cluster"),
    SegmentType.SUPPLY_CHAIN: QT_TRANSLATE_NOOP("Segment", "Supply chain"),
    SegmentType.COUNTY_INDUSTRY: QT_TRANSLATE_NOOP("Segment", "County industry"),
    SegmentType.COMMODITY_MARKET: QT_TRANSLATE_NOOP("Segment", "Commodity market"),
    SegmentType.DEVELOPMENT_ZONE: QT_TRANSLATE_NOOP("Segment", "Development zone"),
}

#: Application statuses that count as "open" (a new one would duplicate it).
OPEN_APPLICATION_STATUSES = frozenset({"draft", "ready", "submitted", "more_documents"})

_TEMPLATES = {
    "name.required": QT_TRANSLATE_NOOP("Segment", "Enter the segment's name"),
    "name.too_long": QT_TRANSLATE_NOOP("Segment", "The name is too long: at most 64 characters"),
    "name.taken": QT_TRANSLATE_NOOP("Segment", "Another segment is already called {name}"),
    "type.unknown": QT_TRANSLATE_NOOP("Segment", "Choose the segment's type"),
    "core.required": QT_TRANSLATE_NOOP(
        "Segment", "A supply chain needs its core enterprise: enter its name"
    ),
    "core.uscc": QT_TRANSLATE_NOOP(
        "Segment", "The core enterprise's credit code must have 18 characters"
    ),
    "product.unknown": QT_TRANSLATE_NOOP("Segment", "The default product is not in the catalogue"),
    "amount.range": QT_TRANSLATE_NOOP("Segment", "The default amount must be above zero"),
    "term.range": QT_TRANSLATE_NOOP("Segment", "The default term must be 1 to 600 months"),
    "controls.too_many": QT_TRANSLATE_NOOP(
        "Segment", "At most 20 risk controls, each at most 200 characters"
    ),
}


def problem(field_name: str, code: str, **params: str) -> Problem:
    """The segment problem ``code`` on ``field_name``."""
    return Problem(field_name, code, _TEMPLATES[code], dict(params))


class InvalidSegmentError(ValueError):
    """The segment's fields are wrong: ``problems`` say which (nothing was saved)."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(p.text() for p in problems))
        self.problems = list(problems)


@dataclass
class SegmentInput:
    """What the RM enters for a segment (amount in yuan)."""

    name: str
    segment_type: str
    region: str = ""
    description: str = ""
    core_enterprise_name: str = ""
    core_enterprise_uscc: str = ""
    core_customer_id: str | None = None
    risk_controls: list[str] = field(default_factory=list)
    default_product_code: str | None = None
    default_amount: Decimal | None = None
    default_term_months: int | None = None
    id: str | None = None


def segment_problems(data: Mapping[str, Any], catalogue: Catalogue | None = None) -> list[Problem]:
    """What is wrong with a segment's fields (wire or form values); shared with the server."""
    found: list[Problem] = []
    name = str(data.get("name") or "").strip()
    if not name:
        found.append(problem("name", "name.required"))
    elif len(name) > 64:
        found.append(problem("name", "name.too_long"))
    kind = data.get("segment_type")
    if kind not in {t.value for t in SegmentType}:
        found.append(problem("segment_type", "type.unknown"))
    if kind == SegmentType.SUPPLY_CHAIN and not str(data.get("core_enterprise_name") or "").strip():
        found.append(problem("core_enterprise_name", "core.required"))
    uscc = str(data.get("core_enterprise_uscc") or "").strip()
    if uscc and len(uscc) != 18:
        found.append(problem("core_enterprise_uscc", "core.uscc"))
    controls = data.get("risk_controls") or []
    fits = isinstance(controls, list) and len(controls) <= MAX_RISK_CONTROLS
    fits = fits and all(isinstance(c, str) and len(c) <= MAX_RISK_CONTROL_LENGTH for c in controls)
    if not fits:
        found.append(problem("risk_controls", "controls.too_many"))
    product = data.get("default_product_code")
    if product and catalogue is not None and product not in catalogue.products:
        found.append(problem("default_product_code", "product.unknown"))
    amount = data.get("default_amount")
    if amount is not None and not Decimal(0) < Decimal(str(amount)) <= MAX_AMOUNT:
        found.append(problem("default_amount", "amount.range"))
    term = data.get("default_term_months")
    if term is not None and not 1 <= int(term) <= MAX_TERM_MONTHS:
        found.append(problem("default_term_months", "term.range"))
    return found


# --- views ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reason:
    """A translatable explanation: ``template`` (English) in Qt ``context``, with params."""

    context: str
    template: str
    params: Mapping[str, str] = field(default_factory=dict, hash=False)
    #: What kind of reason (a key of :data:`REASON_LABELS`), for counting.
    code: str = ""

    def text(self) -> str:
        """The English text."""
        return self.template.format(**self.params)


#: Short labels of the kinds of reason, for the counts over a segment.
REASON_LABELS: dict[str, str] = {
    "registration.failed": QT_TRANSLATE_NOOP("Segment", "not registered in the PRC"),
    "total_assets.failed": QT_TRANSLATE_NOOP("Segment", "total assets above the SME limit"),
    "total_assets.missing": QT_TRANSLATE_NOOP("Segment", "total assets missing"),
    "exposure.failed": QT_TRANSLATE_NOOP("Segment", "requested exposure above the SME limit"),
    "exposure.missing": QT_TRANSLATE_NOOP("Segment", "requested exposure missing"),
    "size.unknown": QT_TRANSLATE_NOOP("Segment", "size not determined (data missing)"),
    "size.large": QT_TRANSLATE_NOOP("Segment", "large enterprise"),
}


@dataclass(frozen=True)
class SegmentView:
    """A segment as listed: its fields, owner and how many members it has."""

    id: str
    name: str
    segment_type: str
    region: str
    description: str
    core_enterprise_name: str
    core_enterprise_uscc: str
    core_customer_id: str | None
    risk_controls: tuple[str, ...]
    default_product_code: str | None
    default_amount: Decimal | None
    default_term_months: int | None
    owner: str
    members: int

    def as_input(self) -> SegmentInput:
        """The editable fields."""
        return SegmentInput(
            name=self.name,
            segment_type=self.segment_type,
            region=self.region,
            description=self.description,
            core_enterprise_name=self.core_enterprise_name,
            core_enterprise_uscc=self.core_enterprise_uscc,
            core_customer_id=self.core_customer_id,
            risk_controls=list(self.risk_controls),
            default_product_code=self.default_product_code,
            default_amount=self.default_amount,
            default_term_months=self.default_term_months,
            id=self.id,
        )


@dataclass(frozen=True)
class ProspectRow:
    """A member of a segment with its pre-classification."""

    id: str
    name: str
    uscc: str
    status: str
    size: str | None
    eligible: bool | None
    #: Why (not) eligible / why no size: failed or missing checks, first the most telling.
    reasons: tuple[Reason, ...]
    open_application: str | None  # product code of an open application, if any
    requested_exposure: Decimal | None


@dataclass(frozen=True)
class Classification:
    """Counts over a segment's prospects: by size, by eligibility, and the reasons."""

    total: int
    by_size: Mapping[str, int]  # micro / small / medium / large ("not SME") / "" unknown
    eligible: int
    not_eligible: int
    unknown: int
    #: (reason code, how many prospects have it), most frequent first (see REASON_LABELS).
    reasons: tuple[tuple[str, int], ...]
    #: Eligible prospects without an open application (what "Select eligible" ticks).
    selectable: int = 0


@dataclass(frozen=True)
class ProspectPage:
    """The first page of a segment's prospects and how many there are in all."""

    total: int
    rows: list[ProspectRow]


class SelectionRule(StrEnum):
    """A selection of prospects by rule, resolved in SQL when it is used."""

    NONE = "none"
    #: Eligible and without an open application (see :data:`OPEN_APPLICATION_STATUSES`).
    ELIGIBLE = "eligible"


@dataclass(frozen=True)
class ProspectSelection:
    """Which prospects of a segment are ticked: a rule plus the RM's exceptions, as ids.

    A prospect is selected when it matches :attr:`rule` and is not in
    :attr:`removed`, or when it is in :attr:`added`. Ticking every eligible
    prospect of a 10,000-prospect segment is one rule, not 10,000 ids; the
    service resolves it in SQL (:meth:`app.segment_service.SegmentService.count_selected`,
    ``create_applications``). ``added`` holds only ids the rule does not match and
    ``removed`` only ids it does, when they are changed through :meth:`toggled`.
    """

    rule: SelectionRule = SelectionRule.NONE
    added: frozenset[str] = frozenset()
    removed: frozenset[str] = frozenset()

    @property
    def empty(self) -> bool:
        """True when nothing can be selected (no rule, no ticked id)."""
        return self.rule is SelectionRule.NONE and not self.added

    def matches_rule(self, row: ProspectRow) -> bool:
        """Whether the rule alone selects ``row`` (as the SQL of the service does)."""
        if self.rule is SelectionRule.ELIGIBLE:
            return row.eligible is True and row.open_application is None
        return False

    def selects(self, row: ProspectRow) -> bool:
        """Whether ``row`` is ticked."""
        if row.id in self.added:
            return True
        return row.id not in self.removed and self.matches_rule(row)

    def toggled(self, row: ProspectRow, checked: bool) -> ProspectSelection:
        """This selection with ``row`` ticked (``checked``) or not."""
        added, removed = set(self.added), set(self.removed)
        added.discard(row.id)
        removed.discard(row.id)
        by_rule = self.matches_rule(row)
        if checked and not by_rule:
            added.add(row.id)
        elif not checked and by_rule:
            removed.add(row.id)
        return ProspectSelection(self.rule, frozenset(added), frozenset(removed))


def eligibility_reasons(
    registered_in_prc: bool | None,
    credit_type: str | None,
    total_assets: Decimal | None,
    requested_exposure: Decimal | None,
) -> list[Reason]:
    """The failed and missing SME boundary checks of these stored figures (yuan)."""
    eligibility = assess_eligibility(
        bool(registered_in_prc), credit_type or "new", total_assets, requested_exposure
    )
    return [
        Reason("Eligibility", check.template, dict(check.params),
               f"{check.id.value}.{check.status.value}")
        for check in (*eligibility.failed, *eligibility.missing)
    ]  # fmt: skip


def size_reason_code(size: str | None) -> str | None:
    """The reason code a stored size adds (:data:`REASON_LABELS`), if any."""
    if size is None:
        return "size.unknown"
    return "size.large" if size == "large" else None


def reasons_of(customer: Customer) -> tuple[Reason, ...]:
    """Why the customer is (not) eligible or has no size, from its stored profile."""
    found = eligibility_reasons(
        customer.registered_in_prc,
        customer.credit_type,
        customer.total_assets,
        customer.requested_exposure,
    )
    if customer.size is None:
        size = classify(
            customer.industry_code or None,
            customer.employees,
            None if customer.annual_revenue is None else yuan_to_wan(customer.annual_revenue),
            None if customer.total_assets is None else yuan_to_wan(customer.total_assets),
        )
        found.append(Reason("SizeRule", size.template, dict(size.params), "size.unknown"))
    elif customer.size == "large":
        large = QT_TRANSLATE_NOOP("Segment", "Large enterprise: not an SME")
        found.append(Reason(CONTEXT, large, {}, "size.large"))
    return tuple(found)


def classify_prospects(rows: Iterable[ProspectRow]) -> Classification:
    """Counts by size and eligibility, and how often each reason occurs."""
    sizes: Counter[str] = Counter()
    eligible = not_eligible = unknown = total = selectable = 0
    reasons: Counter[str] = Counter()
    for row in rows:
        total += 1
        sizes[row.size or ""] += 1
        if row.eligible is True:
            eligible += 1
            selectable += row.open_application is None
        elif row.eligible is False:
            not_eligible += 1
        else:
            unknown += 1
        for reason in row.reasons:
            reasons[reason.code or reason.template] += 1
    return Classification(
        total=total,
        by_size={k: sizes.get(k, 0) for k in ("micro", "small", "medium", "large", "")},
        eligible=eligible,
        not_eligible=not_eligible,
        unknown=unknown,
        reasons=tuple(reasons.most_common()),
        selectable=selectable,
    )


# --- batch creation ---------------------------------------------------------------------


class SkipCode(StrEnum):
    """Why a selected prospect got no application."""

    NOT_FOUND = "not_found"
    NOT_ELIGIBLE = "not_eligible"
    ELIGIBILITY_UNKNOWN = "eligibility_unknown"
    OPEN_APPLICATION = "open_application"
    TERMS = "terms"


SKIP_TEMPLATES: dict[SkipCode, str] = {
    SkipCode.NOT_FOUND: QT_TRANSLATE_NOOP("Segment", "Not a prospect of this segment"),
    SkipCode.NOT_ELIGIBLE: QT_TRANSLATE_NOOP("Segment", "Not eligible for SME credit"),
    SkipCode.ELIGIBILITY_UNKNOWN: QT_TRANSLATE_NOOP(
        "Segment", "Eligibility unknown: the profile lacks data"
    ),
    SkipCode.OPEN_APPLICATION: QT_TRANSLATE_NOOP(
        "Segment", "Already has an open application ({product})"
    ),
    SkipCode.TERMS: QT_TRANSLATE_NOOP("Segment", "The shared terms do not fit this customer"),
}


@dataclass(frozen=True)
class Skipped:
    """A prospect that got no application, and why."""

    customer_id: str
    name: str
    code: SkipCode
    params: Mapping[str, str] = field(default_factory=dict, hash=False)
    details: tuple[Reason, ...] = ()

    def text(self) -> str:
        """The reason in English, with details."""
        main = SKIP_TEMPLATES[self.code].format(**self.params)
        return "; ".join([main, *(d.text() for d in self.details)])


@dataclass(frozen=True)
class Created:
    """An application created by a batch."""

    customer_id: str
    name: str
    application_id: str


@dataclass(frozen=True)
class BatchResult:
    """What a batch creation did: applications created and prospects skipped."""

    product_code: str
    created: tuple[Created, ...]
    skipped: tuple[Skipped, ...]

    def as_json(self) -> dict[str, Any]:
        """The result for ``--json`` output."""
        return {
            "product": self.product_code,
            "created": [
                {"customer_id": c.customer_id, "name": c.name, "application_id": c.application_id}
                for c in self.created
            ],
            "skipped": [
                {"customer_id": s.customer_id, "name": s.name, "reason": s.code.value,
                 "message": s.text()}
                for s in self.skipped
            ],
        }  # fmt: skip


class BatchTermsError(ValueError):
    """No product to create applications with: ``problems`` say what to fix."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__("; ".join(p.text() for p in problems))
        self.problems = list(problems)


PRODUCT_REQUIRED = QT_TRANSLATE_NOOP("Segment", "Choose the product for the applications")
