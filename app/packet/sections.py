"""Sections 1-4: customer profile and KYC, size and eligibility, financials, scorecard."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer

from app.eligibility import CheckId, CheckStatus
from app.industries import industry
from app.packet.context import PacketContext
from app.packet.data import mask_id_number
from app.packet.flowables import heading
from app.packet.styles import widths
from app.packet.vocab import CREDIT_TYPE, CUSTOMER_STATUS, ELIGIBLE, FIELD, OWNERSHIP, SIZE
from app.scoring.model import decimal_text
from app.scoring.ratios import RATIOS, STATEMENT_FIELDS


def kv(ctx: PacketContext, columns: int = 2) -> list[float]:
    """Label/value column widths (English labels are longer)."""
    label_share = 0.15 if ctx.lang == "zh_CN" else 0.2
    if columns == 1:
        return list(widths(label_share, 1 - label_share))
    return list(widths(label_share, 0.5 - label_share, label_share, 0.5 - label_share))


#: A section starts on a new page unless this much room is left.
SECTION_ROOM = 60 * mm
_CHECK_LABELS = {
    CheckId.REGISTRATION: "check_registration",
    CheckId.TOTAL_ASSETS: "check_total_assets",
    CheckId.EXPOSURE: "check_exposure",
}
_CHECK_STATUS = {
    CheckStatus.PASSED: "check_passed",
    CheckStatus.FAILED: "check_failed",
    CheckStatus.MISSING: "check_missing",
}
_UNITS = {"倍": "unit_times", "次/年": "unit_per_year"}


def section_heading(ctx: PacketContext, anchor: str, key: str) -> list[Flowable]:
    """A numbered section heading, bookmarked; on a new page when little room is left."""
    title = ctx.t(key)
    return [
        CondPageBreak(SECTION_ROOM),
        heading(ctx.escape(title), ctx.styles.heading, anchor=anchor, outline=title),
    ]


def profile(ctx: PacketContext) -> list[Flowable]:
    """Section 1: who the customer is, its business, its legal representative (KYC)."""
    c = ctx.facts.customer
    dash = ctx.t("dash")
    found = industry(c.industry_code) if c.industry_code else None
    industry_text = c.industry_code or dash
    if found is not None:
        industry_text = f"{found.code} {ctx.pick(found.name_zh, found.name_en)}"
    address = "".join(p for p in (c.province, c.city, c.district, c.address) if p)
    if ctx.lang == "en":
        address = ", ".join(p for p in (c.address, c.district, c.city, c.province) if p)
    identity = [
        (ctx.word(FIELD["name"]), c.name),
        (ctx.word(FIELD["uscc"]), c.uscc),
        (ctx.word(FIELD["registration_date"]), ctx.day(c.registration_date)),
        (ctx.word(FIELD["registered_in_prc"]), ctx.yes_no(c.registered_in_prc)),
        (ctx.word(FIELD["registered_capital"]), ctx.wan(c.registered_capital)),
        (ctx.word(FIELD["ownership_type"]), ctx.word(OWNERSHIP.get(c.ownership_type), dash)),
        (ctx.t("profile_industry"), industry_text),
        (ctx.word(FIELD["status"]), ctx.word(CUSTOMER_STATUS.get(c.status), c.status)),
        (ctx.word(FIELD["segment"]), c.segment),
        (ctx.word(FIELD["programmes"]), "、".join(c.programmes)),
    ]
    business = [
        (
            ctx.word(FIELD["employees"]),
            "" if c.employees is None else ctx.t("persons", n=c.employees),
        ),
        (ctx.word(FIELD["annual_revenue"]), ctx.wan(c.annual_revenue)),
        (ctx.word(FIELD["total_assets"]), ctx.wan(c.total_assets)),
        (ctx.word(FIELD["total_liabilities"]), ctx.wan(c.total_liabilities)),
        (ctx.word(FIELD["requested_exposure"]), ctx.wan(c.requested_exposure)),
        (ctx.word(FIELD["credit_type"]), ctx.word(CREDIT_TYPE.get(c.credit_type), c.credit_type)),
    ]
    id_number = c.legal_rep_id_number
    if id_number and not ctx.options.full_ids:
        id_number = mask_id_number(id_number)
    kyc = [
        (ctx.word(FIELD["legal_rep_name"]), c.legal_rep_name),
        (ctx.word(FIELD["legal_rep_mobile"]), c.legal_rep_mobile),
        (ctx.word(FIELD["legal_rep_id_number"]), id_number),
        (ctx.word(FIELD["assigned_rm"]), c.assigned_rm or ctx.facts.rm),
    ]

    def pairs(values: list[tuple[str, str]]) -> list[tuple[str, str]]:
        return [(k, ctx.text_or_dash(v)) for k, v in values]

    story: list[Flowable] = [
        *section_heading(ctx, "profile", "section_profile"),
        ctx.p(ctx.t("profile_identity"), "subheading"),
        ctx.key_values(pairs(identity), kv(ctx)),
        ctx.key_values([(ctx.t("profile_address"), ctx.text_or_dash(address))], kv(ctx, 1), 1),
        ctx.p(ctx.t("profile_business"), "subheading"),
        ctx.key_values(pairs(business), kv(ctx)),
        ctx.p(ctx.t("profile_kyc"), "subheading"),
        ctx.key_values(pairs(kyc), kv(ctx)),
        ctx.p(ctx.t("profile_id_full" if ctx.options.full_ids else "profile_id_masked"), "note"),
    ]
    if c.contacts:
        story += [
            ctx.p(ctx.t("profile_contacts"), "subheading"),
            ctx.table(
                [
                    ctx.word(FIELD["contact_role"]),
                    ctx.word(FIELD["contact_name"]),
                    ctx.word(FIELD["contact_phone"]),
                ],
                [[x.role, x.name, x.phone] for x in c.contacts],
                widths(0.3, 0.35, 0.35),
            ),
        ]
    if c.bank_relationships:
        story += [
            ctx.p(ctx.t("profile_banks"), "subheading"),
            ctx.table(
                [
                    ctx.word(FIELD["bank"]),
                    ctx.word(FIELD["product"]),
                    f"{ctx.word(FIELD['balance'])}（{ctx.t('wan')}）"
                    if ctx.lang == "zh_CN"
                    else f"{ctx.word(FIELD['balance'])} ({ctx.t('wan')})",
                ],
                [[b.bank, b.product, ctx.wan_plain(b.balance)] for b in c.bank_relationships],
                widths(0.4, 0.35, 0.25),
                right=[2],
            ),
        ]
    return story


def size_and_eligibility(ctx: PacketContext) -> list[Flowable]:
    """Section 2: the enterprise size with its rule, and the SME boundary checks."""
    size = ctx.facts.size
    params = dict(size.params)
    if "row" in params:
        params["row"] = params.get("row_zh" if ctx.lang == "zh_CN" else "row_en", params["row"])
    size_text = ctx.t("size_unknown") if size.size is None else ctx.word(SIZE[size.size.value])
    eligibility = ctx.facts.eligibility
    if eligibility.eligible is None:
        conclusion = ctx.t("eligibility_undecided")
    else:
        conclusion = ctx.word(ELIGIBLE[eligibility.eligible])
    credit = ctx.word(CREDIT_TYPE.get(eligibility.credit_type.value), eligibility.credit_type.value)
    rows: list[list[str | Flowable]] = []
    for check in eligibility.checks:
        outcome = ctx.t(_CHECK_STATUS[check.status])
        rows.append(
            [
                ctx.t(_CHECK_LABELS.get(check.id, "dash")),
                ctx.flag(outcome) if check.status is CheckStatus.FAILED else outcome,
                ctx.rule("Eligibility", check.template, check.params),
            ]
        )
    return [
        *section_heading(ctx, "size", "section_size"),
        ctx.p(ctx.t("size_heading"), "subheading"),
        ctx.key_values(
            [
                (ctx.t("size_result"), size_text),
                (ctx.t("size_rule"), ctx.rule("SizeRule", size.template, params)),
                (ctx.t("size_standard"), ctx.t("size_standard_text")),
            ],
            kv(ctx, 1),
            1,
        ),
        ctx.p(ctx.t("eligibility_heading"), "subheading"),
        ctx.key_values(
            [(ctx.t("eligibility_result"), conclusion), (ctx.word(FIELD["credit_type"]), credit)],
            kv(ctx),
        ),
        Spacer(1, 2 * mm),
        ctx.table(
            [ctx.t("eligibility_check"), ctx.t("eligibility_outcome"), ctx.t("eligibility_reason")],
            rows,
            widths(0.2, 0.15, 0.65),
        ),
    ]


def _ratio_text(ctx: PacketContext, name: str, value: Decimal | None) -> str:
    if value is None:
        return ctx.t("dash")
    unit = RATIOS[name].unit
    if unit == "%":
        return f"{value}%"
    unit_key = _UNITS.get(unit)
    return f"{value} {ctx.t(unit_key) if unit_key else unit}"


def financials(ctx: PacketContext) -> list[Flowable]:
    """Section 3: up to three years of statements (万元) and the ratios."""
    story: list[Flowable] = [*section_heading(ctx, "financials", "section_financials")]
    statements = ctx.facts.statements
    if not statements:
        story.append(ctx.p(ctx.t("fin_none"), "note"))
    else:
        head: list[str | Flowable] = [ctx.t("fin_item")]
        for s in statements:
            audited = ctx.t("fin_audited" if s.audited else "fin_unaudited")
            head.append(ctx.head_right(f"{s.period_end.isoformat()}\n{audited}"))
        rows: list[list[str | Flowable]] = [
            [ctx.t(f"stmt_{name}"), *(ctx.wan_plain(getattr(s, name)) for s in statements)]
            for name in STATEMENT_FIELDS
        ]
        share = 0.64 / len(statements)
        columns = widths(0.36, *([share] * len(statements)))
        story.append(ctx.table(head, rows, columns, right=range(1, len(columns))))
    ratio_rows: list[list[str | Flowable]] = []
    names = list(RATIOS)
    for start in range(0, len(names), 2):
        row: list[str | Flowable] = []
        for name in names[start : start + 2]:
            info = RATIOS[name]
            row += [
                ctx.pick(info.label_zh, info.label_en),
                _ratio_text(ctx, name, ctx.facts.ratios.get(name)),
            ]
        ratio_rows.append(row)
    story += [
        ctx.p(ctx.t("fin_ratios"), "subheading"),
        ctx.table(
            [ctx.t("fin_ratio"), ctx.t("fin_value")] * 2,
            ratio_rows,
            widths(0.3, 0.2, 0.3, 0.2),
            right=[1, 3],
        ),
        ctx.p(ctx.t("fin_ratio_note"), "note"),
    ]
    return story


def _points(value: Any) -> str:
    if value is None:
        return ""
    try:
        return decimal_text(Decimal(str(value)))
    except InvalidOperation:
        return str(value)


def _positive(value: Any) -> bool:
    try:
        return value is not None and Decimal(str(value)) > 0
    except InvalidOperation:
        return False


def _terms(ctx: PacketContext, terms: Any) -> str:
    if not isinstance(terms, dict):
        return ctx.t("score_terms_none")
    collateral = ctx.t(
        "score_collateral_required"
        if terms.get("collateral_required")
        else "score_collateral_optional"
    )
    return ctx.t(
        "score_terms_text",
        exposure=terms.get("max_exposure_wan", ""),
        spread=terms.get("rate_spread_bp", ""),
        tenor=terms.get("max_tenor_months", ""),
        collateral=collateral,
    )


def scorecard(ctx: PacketContext) -> list[Flowable]:
    """Section 4: the latest submitted scorecard, points per characteristic, reason codes."""
    story: list[Flowable] = [*section_heading(ctx, "scorecard", "section_scorecard")]
    view = ctx.facts.assessment
    if view is None:
        story.append(ctx.p(ctx.t("score_none"), "note"))
        return story
    out = view.outputs
    model = ctx.facts.model_name
    model_text = view.model_id if model is None else ctx.pick(*model)
    grade = view.grade or ctx.t("dash")
    grade_label = ctx.pick(
        str(out.get("grade_label_zh") or ""), str(out.get("grade_label_en") or "")
    )
    if grade_label:
        grade = f"{grade}（{grade_label}）" if ctx.lang == "zh_CN" else f"{grade} ({grade_label})"
    story.append(
        ctx.key_values(
            [
                (ctx.t("score_model"), f"{model_text} v{view.model_version}"),
                (ctx.t("score_submitted"), ctx.local_time(view.submitted_at)),
                (ctx.t("score_total"), ctx.text_or_dash(_points(view.score))),
                (ctx.t("score_grade"), grade),
            ],
            kv(ctx),
        )
    )
    story.append(
        ctx.key_values([(ctx.t("score_terms"), _terms(ctx, out.get("terms")))], kv(ctx, 1), 1)
    )
    partial_rows: list[list[str | Flowable]] = [
        [
            ctx.pick(str(p.get("label_zh") or ""), str(p.get("label_en") or ""))
            or str(p.get("characteristic", "")),
            ctx.pick(str(p.get("bin_zh") or ""), str(p.get("bin_en") or "")),
            _points(p.get("points")),
            _points(p.get("baseline")),
            str(p.get("reason_code") or "") if _positive(p.get("gap")) else "",
        ]
        for p in out.get("partial_scores", [])
    ]
    story += [
        Spacer(1, 3 * mm),
        ctx.table(
            [
                ctx.t("score_characteristic"),
                ctx.t("score_bin"),
                ctx.t("score_points"),
                ctx.t("score_baseline"),
                ctx.t("score_reason"),
            ],
            partial_rows,
            widths(0.28, 0.28, 0.1, 0.1, 0.24),
            right=[2, 3],
        ),
        ctx.p(ctx.t("score_reasons"), "subheading"),
    ]
    reasons = out.get("reason_codes", [])
    if not reasons:
        story.append(ctx.p(ctx.t("score_no_reasons"), "note"))
    else:
        story.append(
            ctx.table(
                [
                    ctx.t("score_rank"),
                    ctx.t("score_reason"),
                    ctx.t("score_meaning"),
                    ctx.t("score_gap"),
                ],
                [
                    [
                        str(r.get("rank", "")),
                        str(r.get("code", "")),
                        ctx.pick(str(r.get("text_zh") or ""), str(r.get("text_en") or "")),
                        _points(r.get("gap")),
                    ]
                    for r in reasons
                ],
                widths(0.1, 0.22, 0.54, 0.14),
                right=[3],
            )
        )
    return story
