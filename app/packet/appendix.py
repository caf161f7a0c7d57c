"""The appendix: the checklist's attachments, a list of them with their pages, and the
merge of PDF attachments into the pages kept for them.

Pictures are read with Pillow (turned upright, flattened, shrunk if huge) and
scaled to the page. A PDF attachment gets one page per page of its own, each
with the packet's header, footer and watermark and an empty frame; once the
packet is built, pypdf draws the attachment's page into that frame (under the
watermark). Files that are missing on this device, unreadable, encrypted or of
a kind that cannot be printed are listed with the reason and left out.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError
from pypdf import PdfReader, PdfWriter, Transformation
from reportlab.platypus import Flowable, PageBreak

from app.applications import AttachmentView
from app.attachment_store import read_blob_file
from app.packet.activity import item_name
from app.packet.canvas import Slot
from app.packet.context import PacketContext
from app.packet.flowables import FitImage, PageSlot, TocLine, heading

log = logging.getLogger(__name__)

#: Pictures larger than this (pixels, longest side) are shrunk first.
MAX_PIXELS = 3000
JPEG_QUALITY = 85


@dataclass(frozen=True)
class Entry:
    """One attachment of the appendix, read and ready to lay out.

    ``kind`` is "pdf" (``pages`` pages), "image" (``data``, ``pixels``) or
    "problem" (``problem`` is the label key of the reason).
    """

    number: int
    title: str
    attachment: AttachmentView
    kind: str
    pages: int = 0
    data: bytes = b""
    pixels: tuple[int, int] = (0, 0)
    problem: str = ""

    @property
    def anchor(self) -> str | None:
        """The bookmark of its first page (None when it has no pages)."""
        return None if self.kind == "problem" else f"attachment-{self.number}"


def _read_image(path: Path) -> tuple[bytes, tuple[int, int]]:
    with Image.open(BytesIO(read_blob_file(path))) as opened:
        opened.seek(0)
        image = ImageOps.exif_transpose(opened) or opened
        image.load()
        if image.mode in ("RGBA", "LA", "P", "PA"):
            rgba = image.convert("RGBA")
            background = Image.new("RGB", rgba.size, "white")
            background.paste(rgba, mask=rgba.getchannel("A"))
            image = background
        elif image.mode not in ("RGB", "L"):
            image = image.convert("RGB")
        if max(image.size) > MAX_PIXELS:
            image.thumbnail((MAX_PIXELS, MAX_PIXELS))
        out = BytesIO()
        image.save(out, "JPEG", quality=JPEG_QUALITY)
        return out.getvalue(), image.size


def _pdf_pages(path: Path) -> tuple[int, str]:
    """(pages, problem key) of the PDF at ``path``."""
    reader = PdfReader(BytesIO(read_blob_file(path)))
    if reader.is_encrypted and not reader.decrypt(""):
        return 0, "appendix_encrypted"
    pages = len(reader.pages)
    return pages, "" if pages else "appendix_unreadable"


def read_entry(number: int, title: str, attachment: AttachmentView, path: Path | None) -> Entry:
    """The attachment read from ``path``, or why it cannot be printed."""

    def problem(key: str) -> Entry:
        return Entry(number, title, attachment, "problem", problem=key)

    if path is None or not path.is_file():
        return problem("appendix_missing")
    media = attachment.media_type
    try:
        if media == "application/pdf":
            pages, why = _pdf_pages(path)
            return problem(why) if why else Entry(number, title, attachment, "pdf", pages=pages)
        if media.startswith("image/"):
            data, pixels = _read_image(path)
            return Entry(number, title, attachment, "image", data=data, pixels=pixels)
    except UnidentifiedImageError:
        return problem("appendix_unsupported")
    except Exception:  # an untrusted file: whatever it does, the packet goes on
        log.warning("attachment %s could not be read", attachment.sha256, exc_info=True)
        return problem("appendix_unreadable")
    return problem("appendix_unsupported")


def entries(ctx: PacketContext) -> list[Entry]:
    """Every attachment of the checklist items that apply, in checklist order."""
    found: list[Entry] = []
    for item in ctx.facts.items:
        if item.document is None:
            continue
        for attachment in item.document.attachments:
            path = ctx.facts.blob_paths.get(attachment.sha256)
            found.append(read_entry(len(found) + 1, item_name(ctx, item), attachment, path))
    return found


def appendix(ctx: PacketContext, found: Sequence[Entry]) -> list[Flowable]:
    """The appendix: the list of attachments with their first pages, then each of them."""
    s = ctx.styles
    title = ctx.t("section_appendix")
    story: list[Flowable] = [
        PageBreak(),
        heading(ctx.escape(title), s.heading, anchor="appendix", outline=title),
        ctx.p(ctx.t("appendix_toc"), "subheading"),
    ]
    if not found:
        story.append(ctx.p(ctx.t("appendix_none"), "note"))
    for entry in found:
        text = ctx.t(
            "appendix_entry", n=entry.number, item=entry.title, name=entry.attachment.original_name
        )
        story.append(TocLine(text, entry.anchor, ctx.t(entry.problem) if entry.problem else ""))
    for entry in found:
        if entry.anchor is None:
            continue
        text = ctx.t(
            "appendix_entry", n=entry.number, item=entry.title, name=entry.attachment.original_name
        )
        if entry.kind == "pdf" and entry.pages > 1:
            text += "  " + ctx.t("appendix_pages", page=1, pages=entry.pages)
        story += [
            PageBreak(),
            heading(ctx.escape(text), s.subheading, anchor=entry.anchor, outline=text, level=1),
        ]
        if entry.kind == "image":
            story.append(FitImage(entry.data, entry.pixels))
            continue
        story.append(PageSlot(entry.attachment.sha256, 0))
        for page in range(1, entry.pages):
            story += [
                PageBreak(),
                ctx.p(
                    ctx.t("appendix_continued", n=entry.number, page=page + 1, pages=entry.pages),
                    "small",
                ),
                PageSlot(entry.attachment.sha256, page),
            ]
    return story


def merge_attachments(
    pdf: bytes, slots: Iterable[Slot], paths: Mapping[str, Path]
) -> tuple[bytes, list[str]]:
    """``pdf`` with each slot's attachment page drawn into it (under the page's own marks).

    Also returns the slots that failed, as ``"<sha256> page <n>"``.
    """
    failed: list[str] = []
    writer = PdfWriter(clone_from=PdfReader(BytesIO(pdf)))
    sources: dict[str, PdfWriter] = {}
    for slot in slots:
        try:
            source = sources.get(slot.sha256)
            if source is None:
                reader = PdfReader(BytesIO(read_blob_file(paths[slot.sha256])))
                if reader.is_encrypted:
                    reader.decrypt("")
                source = sources[slot.sha256] = PdfWriter(clone_from=reader)
            page = source.pages[slot.source_page]
            page.transfer_rotation_to_content()
            box = page.cropbox
            width, height = float(box.width), float(box.height)
            scale = min(slot.width / width, slot.height / height)
            transform = (
                Transformation()
                .translate(-float(box.left), -float(box.bottom))
                .scale(scale, scale)
                .translate(
                    slot.x + (slot.width - width * scale) / 2,
                    slot.y + (slot.height - height * scale) / 2,
                )
            )
            writer.pages[slot.page - 1].merge_transformed_page(page, transform, over=False)
        except Exception:  # an untrusted file: leave its frame empty, keep the packet
            log.warning("page %s of %s not merged", slot.source_page, slot.sha256, exc_info=True)
            failed.append(f"{slot.sha256} page {slot.source_page + 1}")
    out = BytesIO()
    writer.write(out)
    return out.getvalue(), failed
