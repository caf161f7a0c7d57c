"""What every section of a packet needs: the facts, the options, styles and formatting."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from math import ceil

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, LongTable, Paragraph, Table

from app.money import format_wan
from app.packet.data import PacketFacts
from app.packet.labels import Lang, label, month_name, pick
from app.packet.options import PacketOptions
from app.packet.styles import (
    CELL_PADDING,
    CELL_SIZE,
    FONT,
    GREY,
    NAVY,
    Command,
    Styles,
    clean,
    markup,
    para,
    table_style,
)
from app.packet.translate import fill, translate
from app.visits.times import RM_TIME_ZONE

#: Tables with more body rows than this are LongTables (faster to lay out).
LONG_TABLE_ROWS = 40
#: A table cell longer than this many lines is shortened (rows do not split across pages).
MAX_CELL_LINES = 40
RED_HEX = "#B42318"


@dataclass(frozen=True)
class PacketContext:
    """A packet being built: facts, options, styles, the digest and the print time."""

    facts: PacketFacts
    options: PacketOptions
    styles: Styles
    sha256: str
    printed_at: datetime

    @property
    def lang(self) -> Lang:
        """The packet's language."""
        return self.options.lang

    # words ---------------------------------------------------------------------------

    def t(self, key: str, **params: object) -> str:
        """The packet's own text ``key`` (see :mod:`app.packet.labels`)."""
        return label(key, self.lang, **params)

    def word(self, source: tuple[str, str] | None, fallback: str = "") -> str:
        """A UI word ``(context, English source)`` in the packet's language (see vocab)."""
        if source is None:
            return fallback or self.t("dash")
        return translate(source[0], source[1], self.lang)

    def rule(self, context: str, template: str, params: Mapping[str, str]) -> str:
        """An app rule explanation (English template of ``context``) translated and filled."""
        return fill(context, template, params, self.lang)

    def pick(self, zh: str, en: str) -> str:
        """The name in the packet's language (the other one if it is empty)."""
        return pick((zh, en), self.lang)

    # numbers and dates ---------------------------------------------------------------

    def wan(self, amount: Decimal | None) -> str:
        """An amount (yuan) in 万元 with its unit, or a dash."""
        if amount is None:
            return self.t("dash")
        return f"{format_wan(amount)} {self.t('wan')}"

    def wan_plain(self, amount: Decimal | None) -> str:
        """An amount (yuan) in 万元 without a unit, or a dash."""
        return self.t("dash") if amount is None else format_wan(amount)

    def day(self, value: date | None) -> str:
        """A date as ``2026-11-28``, or a dash."""
        return self.t("dash") if value is None else value.isoformat()

    def long_day(self, value: date) -> str:
        """A date in words: ``2026年11月28日`` / ``28 November 2026``."""
        return self.t(
            "date_long", y=value.year, m=value.month, d=value.day, month=month_name(value.month)
        )

    def local_time(self, value: datetime | None) -> str:
        """A time in the RM's zone as ``2026-11-28 10:32``, or a dash."""
        if value is None:
            return self.t("dash")
        return value.astimezone(RM_TIME_ZONE).strftime("%Y-%m-%d %H:%M")

    def local_day(self, value: datetime | None) -> str:
        """The RM's local day of a time, or a dash."""
        if value is None:
            return self.t("dash")
        return value.astimezone(RM_TIME_ZONE).date().isoformat()

    def yes_no(self, value: bool | None) -> str:
        """Yes, no, or a dash."""
        return self.t("dash") if value is None else self.t("yes" if value else "no")

    def text_or_dash(self, value: str | None) -> str:
        """``value`` or a dash when it is empty."""
        return value.strip() if value and value.strip() else self.t("dash")

    # flowables -----------------------------------------------------------------------

    def p(self, text: str, style: str = "body") -> Paragraph:
        """A paragraph of plain ``text`` in the named style."""
        return para(text, getattr(self.styles, style))

    def cell(self, text: str, style: str = "cell") -> Paragraph:
        """A table cell of plain ``text``."""
        return para(text, getattr(self.styles, style))

    def flag(self, text: str) -> Paragraph:
        """A table cell of plain ``text`` in red (failed, missing, expired)."""
        return Paragraph(f'<font color="{RED_HEX}">{markup(text)}</font>', self.styles.cell)

    def head_right(self, text: str) -> Paragraph:
        """A right-aligned heading cell (over a column of numbers)."""
        return para(text, self.styles.cell_head_right)

    def raw(self, markup_text: str, style: str = "body") -> Paragraph:
        """A paragraph of markup (the caller escaped any data in it)."""
        return Paragraph(markup_text, getattr(self.styles, style))

    def fit(self, value: str | Flowable, width: float, style: str = "cell") -> str | Flowable:
        """A table cell: plain text when it fits on one line (drawn as is, fast), else a
        wrapping paragraph."""
        if not isinstance(value, str):
            return value
        text = clean(value)
        room = max(width - CELL_PADDING, 1.0)
        lines = [stringWidth(line, FONT, CELL_SIZE) for line in text.split("\n")]
        if len(lines) == 1 and lines[0] <= room:
            return text
        needed = sum(max(1, ceil(w / room)) for w in lines)
        if needed > MAX_CELL_LINES:  # a table row cannot span pages: keep it shorter
            text = text[: int(len(text) * MAX_CELL_LINES / needed * 0.9)].rstrip() + "…"
        return para(text, getattr(self.styles, style))

    def table(
        self,
        head: Sequence[str | Flowable],
        rows: Sequence[Sequence[str | Flowable]],
        col_widths: Sequence[float],
        extra: Sequence[Command] = (),
        right: Sequence[int] = (),
    ) -> Table:
        """A table with a heading row repeated on every page; long ones are LongTables.

        Columns in ``right`` (numbers) are right-aligned, heading included.
        """
        data: list[list[str | Flowable]] = [
            [self.fit(h, w, "cell_head") for h, w in zip(head, col_widths, strict=True)]
        ]
        for row in rows:
            data.append([self.fit(c, w) for c, w in zip(row, col_widths, strict=True)])
        kind = LongTable if len(rows) > LONG_TABLE_ROWS else Table
        style = [
            *table_style(1, rows=len(rows)),
            ("TEXTCOLOR", (0, 0), (-1, 0), NAVY),
            *(("ALIGN", (c, 0), (c, -1), "RIGHT") for c in right),
            *extra,
        ]
        return kind(
            data,
            colWidths=list(col_widths),
            repeatRows=1,
            style=style,
            hAlign="LEFT",
        )

    def key_values(
        self, pairs: Sequence[tuple[str, str]], col_widths: Sequence[float], columns: int = 2
    ) -> Table:
        """Label/value pairs laid out ``columns`` pairs to a row (labels in grey)."""
        rows: list[list[str | Flowable]] = []
        for start in range(0, len(pairs), columns):
            row: list[str | Flowable] = []
            for n, (label_text, value) in enumerate(pairs[start : start + columns]):
                row += [
                    self.fit(label_text, col_widths[2 * n], "label"),
                    self.fit(value, col_widths[2 * n + 1]),
                ]
            while len(row) < 2 * columns:
                row += ["", ""]
            rows.append(row)
        style = [
            *table_style(0, zebra=False),
            *(("TEXTCOLOR", (c, 0), (c, -1), GREY) for c in range(0, 2 * columns, 2)),
        ]
        return Table(rows, colWidths=list(col_widths), style=style, hAlign="LEFT")

    @staticmethod
    def escape(text: str) -> str:
        """Plain text as paragraph markup."""
        return markup(text)
