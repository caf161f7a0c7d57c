"""The packet's own flowables: headings that bookmark, list lines with page numbers,
page slots for PDF attachments and pictures scaled to the page."""

from __future__ import annotations

from io import BytesIO

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from app.packet.canvas import PacketCanvas, Slot
from app.packet.styles import FONT, GREY, INK, RULE


class Heading(Paragraph):
    """A paragraph that marks an anchor: a PDF bookmark (outline entry) and its page.

    Set ``anchor``, ``outline`` (plain text) and ``level`` after creating it.
    """

    anchor: str | None = None
    outline: str = ""
    level: int = 0

    def draw(self) -> None:
        """Draw, then bookmark the heading's top and note its page."""
        super().draw()
        canvas = self.canv
        if self.anchor is None or not isinstance(canvas, PacketCanvas):
            return
        canvas.bookmarkHorizontal(self.anchor, 0, self.height + 6)
        canvas.addOutlineEntry(self.outline, self.anchor, level=self.level, closed=False)
        canvas.decor.anchors.setdefault(self.anchor, canvas.getPageNumber())


def heading(text: str, style: ParagraphStyle, anchor: str, outline: str, level: int = 0) -> Heading:
    """A :class:`Heading` of paragraph markup ``text`` bookmarked as ``outline``."""
    flowable = Heading(text, style)
    flowable.anchor = anchor
    flowable.outline = outline
    flowable.level = level
    return flowable


def fit_text(text: str, size: float, width: float) -> str:
    """``text`` shortened with "…" to fit ``width`` points at ``size``."""
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text + "…"


class TocLine(Flowable):
    """``title ........ page``: the page of ``anchor`` is written once the pages are known."""

    SIZE = 10

    def __init__(self, title: str, anchor: str | None, note: str = "") -> None:
        super().__init__()
        self.title = title
        self.anchor = anchor
        self.note = note
        self.width = 0.0
        self.height = 18.0

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        """Full width, one line."""
        self.width = aW
        return aW, self.height

    def draw(self) -> None:
        """Title, leader dots and (deferred) page number."""
        canvas = self.canv
        number_width = 30.0
        title = self.title + (f"  {self.note}" if self.note else "")
        text = fit_text(title, self.SIZE, self.width - number_width - 12)
        canvas.setFont(FONT, self.SIZE)
        canvas.setFillColor(GREY if self.anchor is None else INK)
        canvas.drawString(0, 5, text)
        if self.anchor is None or not isinstance(canvas, PacketCanvas):
            return
        start = stringWidth(text, FONT, self.SIZE) + 6
        end = self.width - number_width
        if end > start:
            canvas.setFillColor(GREY)
            dots = "." * int((end - start) / stringWidth(".", FONT, self.SIZE))
            canvas.drawString(start, 5, dots)
        x, y = canvas.absolutePosition(self.width, 5)
        canvas.linkRect("", self.anchor, (0, 0, self.width, self.height), relative=1)
        anchor = self.anchor

        def number(c: PacketCanvas) -> None:
            c.saveState()
            c.setFont(FONT, self.SIZE)
            c.setFillColor(INK)
            c.drawRightString(x, y, str(c.decor.anchors.get(anchor, "")))
            c.restoreState()

        canvas.defer(number)


class PageSlot(Flowable):
    """The rest of the frame, kept empty for page ``source_page`` of PDF ``sha256``."""

    def __init__(self, sha256: str, source_page: int) -> None:
        super().__init__()
        self.sha256 = sha256
        self.source_page = source_page
        self.width = 0.0
        self.height = 0.0

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        """All the space there is."""
        self.width, self.height = aW, max(aH - 2, 0)
        return self.width, self.height

    def draw(self) -> None:
        """A hairline frame; the page is merged into it after the build."""
        canvas = self.canv
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.3)
        canvas.rect(0, 0, self.width, self.height)
        canvas.restoreState()
        if isinstance(canvas, PacketCanvas):
            x, y = canvas.absolutePosition(0, 0)
            canvas.decor.slots.append(
                Slot(
                    page=canvas.getPageNumber(),
                    x=x,
                    y=y,
                    width=self.width,
                    height=self.height,
                    sha256=self.sha256,
                    source_page=self.source_page,
                )
            )


class FitImage(Flowable):
    """A picture scaled to the space left on the page, keeping its proportions.

    ``data`` is an encoded image (JPEG or PNG); ``pixels`` its size. Small pictures
    are enlarged at most :data:`MAX_ENLARGE` times their size at 150 dpi.
    """

    MAX_ENLARGE = 3.0

    def __init__(self, data: bytes, pixels: tuple[int, int]) -> None:
        super().__init__()
        self.data = data
        self.pixels = pixels
        self.width = 0.0
        self.height = 0.0
        self._draw_size = (0.0, 0.0)

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        """Fill the space left: the width, and the height the picture needs."""
        px_w, px_h = self.pixels
        natural_w, natural_h = px_w * 72 / 150, px_h * 72 / 150
        room_h = max(aH - 4, 1)
        scale = min(aW / natural_w, room_h / natural_h, self.MAX_ENLARGE)
        self._draw_size = (natural_w * scale, natural_h * scale)
        self.width, self.height = aW, self._draw_size[1]
        return self.width, self.height

    def draw(self) -> None:
        """The picture, centred."""
        w, h = self._draw_size
        self.canv.drawImage(ImageReader(BytesIO(self.data)), (self.width - w) / 2, 0, w, h)
