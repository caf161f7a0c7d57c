"""Fonts, paragraph styles, colours and table styles of the packet; safe paragraph text.

Everything is set in the bundled CJK TrueType font (embedded, subset), including
headers, footers and table cells, so the PDF uses no base-14 font at all.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph

from resources import CJK_FONT_PATH

#: The name the CJK font is registered under.
FONT = "RMDeskCJK"
PAGE_SIZE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

NAVY = colors.HexColor("#1F3A5F")
INK = colors.HexColor("#1E1E1E")
GREY = colors.HexColor("#6B7380")
RULE = colors.HexColor("#AEB6C2")
HEADER_FILL = colors.HexColor("#E4EAF2")
BAND_FILL = colors.HexColor("#F4F6F9")
RED = colors.HexColor("#B42318")
GREEN = colors.HexColor("#1E7A3C")

#: Table text size and the horizontal padding of a cell (both sides).
CELL_SIZE = 8.8
CELL_PADDING = 8.5

_lock = threading.Lock()
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def register_font() -> str:
    """Register the bundled CJK font once (first sub-font of the .ttc); its name."""
    with _lock:
        if FONT not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(FONT, str(CJK_FONT_PATH), subfontIndex=0))
    return FONT


def clean(text: str) -> str:
    """``text`` without control characters or lone surrogates; tabs become spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    text = _CONTROL.sub("", text)
    if any(unicodedata.category(ch) == "Cs" for ch in text):
        text = text.encode("utf-8", "replace").decode("utf-8")
    return text


def markup(text: str) -> str:
    """Plain ``text`` as paragraph markup: XML escaped, line breaks kept."""
    return escape(clean(text)).replace("\n", "<br/>")


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of a packet."""

    body: ParagraphStyle
    small: ParagraphStyle
    small_center: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    cell_right: ParagraphStyle
    label: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    note: ParagraphStyle
    center: ParagraphStyle
    big_number: ParagraphStyle


def make_styles() -> Styles:
    """The packet's paragraph styles (CJK wrapping everywhere)."""
    font = register_font()

    def style(
        name: str,
        size: float,
        leading: float,
        color: Color = INK,
        align: Literal[0, 1, 2, 4] = TA_LEFT,
        before: float = 0,
        after: float = 0,
        keep: int = 0,
    ) -> ParagraphStyle:
        return ParagraphStyle(
            name,
            fontName=font,
            fontSize=size,
            leading=leading,
            textColor=color,
            alignment=align,
            spaceBefore=before,
            spaceAfter=after,
            keepWithNext=keep,
            wordWrap="CJK",
        )

    return Styles(
        body=style("body", 10, 15.5, after=4),
        small=style("small", 8, 11, GREY),
        small_center=style("small_center", 8, 11, GREY, TA_CENTER),
        cell=style("cell", 8.8, 12),
        cell_head=style("cell_head", 8.8, 12, NAVY),
        cell_head_right=style("cell_head_right", 8.8, 12, NAVY, TA_RIGHT),
        cell_right=style("cell_right", 8.8, 12, align=TA_RIGHT),
        label=style("label", 8.8, 12, GREY),
        title=style("title", 22, 30, NAVY, TA_CENTER, after=6),
        subtitle=style("subtitle", 12, 17, GREY, TA_CENTER),
        heading=style("heading", 13.5, 19, NAVY, before=10, after=6, keep=1),
        subheading=style("subheading", 10.5, 15, NAVY, before=6, after=3, keep=1),
        note=style("note", 8.5, 12.5, GREY, after=3),
        center=style("center", 10, 15, align=TA_CENTER),
        big_number=style("big_number", 20, 26, NAVY, TA_CENTER),
    )


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain ``text`` (escaped)."""
    return Paragraph(markup(text), style)


#: A table style command, e.g. ``("GRID", (0, 0), (-1, -1), 0.5, RULE)``.
Command = tuple[Any, ...]


def table_style(header_rows: int = 1, zebra: bool = True, rows: int = 0) -> list[Command]:
    """Grid, header band and padding for a table with ``header_rows`` heading rows."""
    commands: list[Command] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
        ("LEADING", (0, 0), (-1, -1), 12),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
            ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, NAVY),
        ]
    if zebra and rows:
        commands += [
            ("BACKGROUND", (0, r), (-1, r), BAND_FILL)
            for r in range(header_rows + 1, header_rows + rows, 2)
        ]
    return commands


def widths(*fractions: float) -> Sequence[float]:
    """Column widths as fractions of the content width."""
    return [CONTENT_WIDTH * f for f in fractions]
