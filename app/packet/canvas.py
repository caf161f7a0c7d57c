"""The page canvas: header, footer with 第 x 页 / 共 y 页, watermark, deferred marks.

:class:`PacketCanvas` is the "numbered canvas" pattern: ``showPage`` only keeps
each page's state; ``save`` goes over the pages again once their number is known
and draws what needs it (page x of y, the page numbers of the attachment list)
before really emitting each page. Bookmarks are deferred the same way so they
point at the right page.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from app.packet.styles import (
    FONT,
    GREY,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    NAVY,
    PAGE_SIZE,
    RULE,
)

Deferred = Callable[["PacketCanvas"], None]


@dataclass
class Slot:
    """Where, on which page (1-based), a page of a PDF attachment is to be merged."""

    page: int
    x: float
    y: float
    width: float
    height: float
    sha256: str
    source_page: int


@dataclass
class PageDecor:
    """What every page gets, and what the build learned about its pages."""

    header_left: str = ""
    header_right: str = ""
    footer_left: str = ""
    footer_right: str = ""
    #: "第 {page} 页 / 共 {pages} 页" in the packet's language.
    page_label: str = "{page} / {pages}"
    watermark: str = ""
    #: Anchor key → page number (1-based) where it was placed.
    anchors: dict[str, int] = field(default_factory=dict)
    slots: list[Slot] = field(default_factory=list)
    pages: int = 0

    def draw(self, canvas: Canvas, page: int, pages: int) -> None:
        """Header (not on the cover), footer and watermark of page ``page`` of ``pages``."""
        width, height = PAGE_SIZE
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(GREY)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        if page > 1:
            top = height - MARGIN_TOP + 9
            canvas.setFillColor(NAVY)
            canvas.drawString(MARGIN_X, top + 4, self.header_left)
            canvas.setFillColor(GREY)
            canvas.drawRightString(width - MARGIN_X, top + 4, self.header_right)
            canvas.line(MARGIN_X, top, width - MARGIN_X, top)
        bottom = MARGIN_BOTTOM - 12
        canvas.line(MARGIN_X, bottom + 9, width - MARGIN_X, bottom + 9)
        canvas.drawString(MARGIN_X, bottom, self.footer_left)
        canvas.drawCentredString(width / 2, bottom, self.page_label.format(page=page, pages=pages))
        canvas.drawRightString(width - MARGIN_X, bottom, self.footer_right)
        canvas.restoreState()
        if self.watermark:
            self._watermark(canvas)

    def _watermark(self, canvas: Canvas) -> None:
        width, height = PAGE_SIZE
        canvas.saveState()
        canvas.setFont(FONT, 20)
        canvas.setFillColor(colors.HexColor("#8A94A6"))
        canvas.setFillAlpha(0.13)
        canvas.translate(width / 2, height / 2)
        canvas.rotate(35)
        for offset in (-260, 0, 260):
            canvas.drawCentredString(0, offset, self.watermark)
        canvas.restoreState()


class PacketCanvas(Canvas):
    """A canvas that finishes its pages once their count is known (see the module docs)."""

    def __init__(self, *args: Any, decor: PageDecor, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.decor = decor
        self._states: list[dict[str, Any]] = []
        self._bookmarks: list[tuple[str, dict[str, Any]]] = []
        self._deferred: list[Deferred] = []

    def bookmarkPage(
        self,
        key: Any,
        fit: str = "Fit",
        left: Any = None,
        top: Any = None,
        bottom: Any = None,
        right: Any = None,
        zoom: Any = None,
    ) -> Any:
        """Bookmark the current page once it is emitted (then its reference is known)."""
        place = {"left": left, "top": top, "bottom": bottom, "right": right, "zoom": zoom}
        self._bookmarks.append((key, {"fit": fit, **place}))
        return None

    def defer(self, action: Deferred) -> None:
        """Run ``action`` on this page when it is finished (the page count is known then)."""
        self._deferred.append(action)

    def showPage(self) -> None:
        """Keep the page for :meth:`save` and start the next one."""
        self._states.append(dict(self.__dict__))
        self._bookmarks = []
        self._deferred = []
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        """Finish every page (numbers, deferred marks, bookmarks) and write the PDF."""
        pages = len(self._states)
        self.decor.pages = pages
        for number, state in enumerate(self._states, start=1):
            self.__dict__.update(state)
            for key, kwargs in state["_bookmarks"]:
                Canvas.bookmarkPage(self, key, **kwargs)
            for action in state["_deferred"]:
                action(self)
            self.decor.draw(self, number, pages)
            Canvas.showPage(self)
        Canvas.save(self)
