"""The cover page, the RM's declaration and the signature and seal blocks."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
)

from app.packet.context import PacketContext
from app.packet.data import short_id
from app.packet.flowables import TocLine, heading
from app.packet.qr import payload, qr_flowable
from app.packet.styles import (
    BAND_FILL,
    CONTENT_WIDTH,
    FONT,
    GREY,
    NAVY,
    RULE,
    table_style,
    widths,
)
from app.packet.vocab import APPLICATION_STATUS, COLLATERAL, FIELD

#: The sections in order: (anchor, label key).
SECTIONS: tuple[tuple[str, str], ...] = (
    ("profile", "section_profile"),
    ("size", "section_size"),
    ("financials", "section_financials"),
    ("scorecard", "section_scorecard"),
    ("checklist", "section_checklist"),
    ("visits", "section_visits"),
    ("declaration", "section_declaration"),
    ("signatures", "section_signatures"),
)


class SealBox(Flowable):
    """A dashed circle where a seal goes, with its caption underneath."""

    def __init__(self, caption: str, size: float = 38 * mm) -> None:
        super().__init__()
        self.caption = caption
        self.size = size

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        """Its width and the circle plus the caption."""
        self.width = aW
        return aW, self.size + 14

    def draw(self) -> None:
        """The circle and the caption, centred."""
        canvas = self.canv
        radius = self.size / 2
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setDash(3, 3)
        canvas.circle(self.width / 2, 14 + radius, radius)
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        canvas.drawCentredString(self.width / 2, 2, self.caption)
        canvas.restoreState()


def product_name(ctx: PacketContext) -> str:
    """The application's product in the packet's language (its code if unknown)."""
    product = ctx.facts.application.product
    if product is None:
        return ctx.facts.application.product_code
    return ctx.pick(product.name_zh, product.name_en)


def collateral_text(ctx: PacketContext) -> str:
    """The collateral type in words."""
    code = ctx.facts.application.collateral_type
    return ctx.word(COLLATERAL.get(code), code)


def cover(ctx: PacketContext) -> list[Flowable]:
    """The cover page: letterhead, title, application facts, QR code and contents."""
    facts = ctx.facts
    view = facts.application
    s = ctx.styles
    story: list[Flowable] = [
        heading(
            ctx.escape(ctx.options.letterhead.text(ctx.lang)),
            s.subtitle,
            anchor="cover",
            outline=ctx.t("section_cover"),
        ),
        Spacer(1, 3 * mm),
        ctx.p(ctx.t("title"), "title"),
        ctx.p(ctx.t("confidential"), "subtitle"),
        Spacer(1, 8 * mm),
        ctx.p(ctx.t("cover_application_no"), "center"),
        ctx.p(short_id(view.id), "big_number"),
        ctx.p(f"{ctx.t('cover_full_id')}{ctx.t('colon')}{view.id}", "small_center"),
        Spacer(1, 6 * mm),
    ]
    term = "" if view.term_months is None else ctx.t("months", n=view.term_months)
    collateral = collateral_text(ctx)
    if view.collateral_description:
        collateral = (
            f"{collateral}（{view.collateral_description}）"
            if ctx.lang == "zh_CN"
            else (f"{collateral} ({view.collateral_description})")
        )
    facts_rows = [
        (ctx.t("cover_customer"), facts.customer.name),
        (ctx.word(FIELD["uscc"]), facts.customer.uscc),
        (ctx.t("cover_product"), product_name(ctx)),
        (ctx.t("cover_amount"), ctx.wan(view.amount)),
        (ctx.t("cover_term"), term),
        (ctx.t("cover_purpose"), view.purpose),
        (ctx.t("cover_collateral"), collateral),
        (ctx.t("cover_status"), ctx.word(APPLICATION_STATUS.get(view.status), view.status)),
        (ctx.t("cover_completeness"), ctx.t("percent", n=view.completeness)),
        (ctx.t("cover_rm"), facts.rm),
        (ctx.t("cover_date"), ctx.long_day(facts.as_of)),
        (ctx.t("cover_printed"), ctx.local_time(ctx.printed_at)),
    ]
    left_width = CONTENT_WIDTH - 56 * mm
    label_width = (30 if ctx.lang == "zh_CN" else 38) * mm
    facts_table = Table(
        [[ctx.cell(k, "label"), ctx.cell(ctx.text_or_dash(v))] for k, v in facts_rows],
        colWidths=[label_width, left_width - label_width],
        style=[
            *table_style(0, zebra=False),
            ("BACKGROUND", (0, 0), (0, -1), BAND_FILL),
        ],
        hAlign="LEFT",
    )
    digest = ctx.sha256
    qr_block = Table(
        [
            [qr_flowable(payload(view.id, digest), 44 * mm)],
            [ctx.cell(ctx.t("cover_digest"), "label")],
            [ctx.cell("\n".join(digest[i : i + 16] for i in range(0, 64, 16)), "cell")],
            [ctx.cell(ctx.t("cover_qr"), "small")],
        ],
        colWidths=[52 * mm],
        style=[
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ],
    )
    story.append(
        Table(
            [[facts_table, qr_block]],
            colWidths=[left_width + 4 * mm, 52 * mm],
            style=[
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ],
            hAlign="LEFT",
        )
    )
    story += [Spacer(1, 8 * mm), ctx.p(ctx.t("cover_contents"), "subheading")]
    for anchor, key in SECTIONS:
        story.append(TocLine(ctx.t(key), anchor))
    if ctx.options.with_attachments:
        story.append(TocLine(ctx.t("section_appendix"), "appendix"))
    story.append(PageBreak())
    return story


def _sign_line(ctx: PacketContext, caption: str) -> Table:
    return Table(
        [[ctx.cell(caption, "label")], [""], [ctx.cell(ctx.t("blank_date"), "label")]],
        colWidths=[CONTENT_WIDTH / 2 - 8 * mm],
        rowHeights=[None, 16 * mm, None],
        style=[
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("LINEBELOW", (0, 1), (-1, 1), 0.6, NAVY),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ],
    )


def declaration(ctx: PacketContext) -> list[Flowable]:
    """The RM's declaration and the signature and seal blocks of both parties."""
    s = ctx.styles
    block: list[Flowable] = [
        heading(
            ctx.escape(ctx.t("section_declaration")),
            s.heading,
            anchor="declaration",
            outline=ctx.t("section_declaration"),
        ),
        ctx.p(ctx.t("declaration")),
        Spacer(1, 2 * mm),
        ctx.key_values([(ctx.t("cover_rm"), ctx.facts.rm)], widths(0.2, 0.8), columns=1),
        Spacer(1, 4 * mm),
    ]
    customer = [
        ctx.cell(ctx.t("sign_customer"), "cell_head"),
        ctx.cell(ctx.facts.customer.name),
        ctx.p(ctx.t("customer_confirmation"), "note"),
        SealBox(ctx.t("sign_company_seal")),
        _sign_line(ctx, ctx.t("sign_legal_rep")),
    ]
    bank = [
        ctx.cell(ctx.t("sign_bank"), "cell_head"),
        ctx.cell(ctx.options.letterhead.text(ctx.lang)),
        _sign_line(ctx, ctx.t("sign_rm")),
        _sign_line(ctx, ctx.t("sign_reviewer")),
        SealBox(ctx.t("sign_bank_seal")),
    ]
    signatures = Table(
        [[customer, bank]],
        colWidths=[CONTENT_WIDTH / 2] * 2,
        style=[
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOX", (0, 0), (0, 0), 0.6, RULE),
            ("BOX", (1, 0), (1, 0), 0.6, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ],
    )
    return [
        CondPageBreak(120 * mm),
        *block,
        KeepTogether(
            [
                heading(
                    ctx.escape(ctx.t("section_signatures")),
                    s.heading,
                    anchor="signatures",
                    outline=ctx.t("section_signatures"),
                ),
                signatures,
            ]
        ),
    ]
