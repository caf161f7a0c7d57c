"""Build a packet: the story of every section, the document template, the merge.

``build_packet(facts, options)`` lays out the cover and sections 1-8 (and the
appendix with ``with_attachments``) with reportlab's platypus on
:class:`app.packet.canvas.PacketCanvas`, then merges PDF attachments with pypdf.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import partial
from io import BytesIO
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app.attachment_store import AttachmentStore
from app.catalogue import Catalogue
from app.packet import activity, appendix, cover, sections
from app.packet.canvas import PacketCanvas, PageDecor
from app.packet.context import PacketContext
from app.packet.data import PacketFacts, data_sha256, load_packet_facts, packet_data, short_id
from app.packet.flowables import fit_text
from app.packet.labels import Lang, label
from app.packet.options import PacketOptions
from app.packet.styles import (
    FONT,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_SIZE,
    make_styles,
    register_font,
)
from app.visits.times import RM_TIME_ZONE
from db.database import Database


@dataclass(frozen=True)
class PacketResult:
    """A built packet: the PDF, its page count and the digest of its data."""

    pdf: bytes
    pages: int
    sha256: str
    data: dict[str, Any]
    lang: Lang
    #: Attachments left out or not merged, in words.
    warnings: tuple[str, ...] = field(default=())

    def write(self, path: Path) -> Path:
        """Write the PDF to ``path`` atomically (the old file or the new one, never half)."""
        path = Path(path)
        handle, temp = tempfile.mkstemp(prefix=".packet-", suffix=".pdf", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(self.pdf)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
        return path


def _decor(ctx: PacketContext) -> PageDecor:
    facts = ctx.facts
    lang = ctx.lang
    time = ctx.local_time(ctx.printed_at)
    number = short_id(facts.application.id)
    header_right = f"{label('title', lang)} · {facts.customer.name}"
    return PageDecor(
        header_left=fit_text(ctx.options.letterhead.text(lang), 8, 250),
        header_right=fit_text(header_right, 8, 250),
        footer_left=f"{label('cover_application_no', lang)} {number} · "
        + label("check_code", lang, code=ctx.sha256[:8]),
        footer_right=fit_text(label("printed_by", lang, rm=facts.rm, time=time), 8, 190),
        page_label=label("page_of", lang, page="{page}", pages="{pages}"),
        watermark=label("watermark", lang, rm=facts.rm, time=time),
    )


def _first_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
    canvas.showOutline()


def build_packet(facts: PacketFacts, options: PacketOptions | None = None) -> PacketResult:
    """Lay out the packet of ``facts`` as a PDF (see the module docstring)."""
    options = options or PacketOptions()
    register_font()
    data = packet_data(facts, options.full_ids)
    digest = data_sha256(data)
    printed_at = options.printed_at or datetime.now(RM_TIME_ZONE)
    ctx = PacketContext(facts, options, make_styles(), digest, printed_at)
    story: list[Flowable] = [
        *cover.cover(ctx),
        *sections.profile(ctx),
        *sections.size_and_eligibility(ctx),
        *sections.financials(ctx),
        *sections.scorecard(ctx),
        *activity.checklist(ctx),
        *activity.visits(ctx),
        *cover.declaration(ctx),
    ]
    warnings: list[str] = []
    if options.with_attachments:
        found = appendix.entries(ctx)
        story += appendix.appendix(ctx, found)
        warnings += [
            f"{e.attachment.original_name}: {label(e.problem, 'en').strip('()')}"
            for e in found
            if e.problem
        ]
    decor = _decor(ctx)
    out = BytesIO()
    doc = BaseDocTemplate(
        out,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{label('title', options.lang)} {short_id(facts.application.id)}",
        author=facts.rm,
        subject=label("subject", options.lang),
        creator="RM Desk",
        keywords=[facts.application.id, digest],
        initialFontName=FONT,
        initialFontSize=10,
        lang="zh-CN" if options.lang == "zh_CN" else "en",
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", showBoundary=0
    )
    doc.addPageTemplates([PageTemplate("page", [frame], onPage=_first_page)])
    doc.build(story, canvasmaker=partial(PacketCanvas, decor=decor))
    pdf = out.getvalue()
    if decor.slots:
        pdf, failed = appendix.merge_attachments(pdf, decor.slots, facts.blob_paths)
        warnings += [f"{f}: not merged" for f in failed]
    return PacketResult(pdf, decor.pages, digest, data, options.lang, tuple(warnings))


def build_application_packet(
    database: Database,
    actor: str,
    store: AttachmentStore,
    application_id: str,
    options: PacketOptions | None = None,
    today: date | None = None,
    catalogue: Catalogue | None = None,
) -> PacketResult:
    """Read application ``application_id`` with the services and build its packet.

    KeyError when there is no such application.
    """
    facts = load_packet_facts(database, actor, store, application_id, today, catalogue)
    return build_packet(facts, options)
