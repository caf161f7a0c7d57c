"""Packet speed: a ~10-page application packet beside a plain document of the same text.

In one run, on a fresh temporary profile filled with the real services:

* **packet**: ``build_packet`` — cover with QR code, sections, tables with repeated
  headers, page x of y, bookmarks, watermark (the facts are read once beforehand);
* **plain**: reportlab building the packet's own text (extracted from it) as plain
  Paragraphs in the same embedded CJK font on a SimpleDocTemplate.

The two are timed alternately (a busy machine slows both alike). Prints the
median milliseconds of ``--runs`` builds of each, the pages, and the median of
the runs' ratios (target: under 2×). Never fails on time.

Usage: ``python benchmarks/packet.py [--visits N] [--runs K] [--lang zh_CN|en]``
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import TypeVar

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from pypdf import PdfReader  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402

from app.attachment_store import AttachmentStore  # noqa: E402
from app.packet import PacketOptions, build_packet, load_packet_facts  # noqa: E402
from app.packet.sample import NOTES, create_sample_application  # noqa: E402
from app.packet.styles import FONT, MARGIN_X, markup, register_font  # noqa: E402
from app.profile import open_profile  # noqa: E402

TODAY = date(2026, 11, 28)
T = TypeVar("T")
U = TypeVar("U")


def interleaved(
    first: Callable[[], T], second: Callable[[], U], runs: int
) -> tuple[list[float], list[float], T, U]:
    """Milliseconds of ``runs`` calls of each, alternating (after one warm-up of each),
    so that a busy machine slows both alike; and their last results."""
    a, b = first(), second()
    times_a: list[float] = []
    times_b: list[float] = []
    for _ in range(runs):
        start = time.perf_counter()
        a = first()
        middle = time.perf_counter()
        b = second()
        times_a.append((middle - start) * 1000)
        times_b.append((time.perf_counter() - middle) * 1000)
    return times_a, times_b, a, b


def plain_document(lines: list[str]) -> bytes:
    """The lines as plain paragraphs, same font, plain A4 document."""
    style = ParagraphStyle("plain", fontName=FONT, fontSize=10, leading=15, wordWrap="CJK")
    out = BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, initialFontName=FONT
    )
    doc.build([Paragraph(markup(line), style) for line in lines])
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--visits", type=int, default=10, help="visits with notes (pages)")
    parser.add_argument("--notes", type=int, default=3, help="length of each visit's notes")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--lang", choices=("zh_CN", "en"), default="zh_CN")
    args = parser.parse_args()
    register_font()
    with tempfile.TemporaryDirectory(prefix="rmdesk-bench-packet-") as folder:
        profile = open_profile(Path(folder) / "profile", actor="bench")
        try:
            store = AttachmentStore(profile.paths.attachments)
            made = create_sample_application(
                profile.database,
                profile.actor,
                store,
                TODAY,
                visits=args.visits,
                notes="\n".join([NOTES] * args.notes),
            )
            start = time.perf_counter()
            facts = load_packet_facts(
                profile.database, profile.actor, store, made.application_id, TODAY
            )
            load_ms = (time.perf_counter() - start) * 1000
        finally:
            profile.close()
    options = PacketOptions(lang=args.lang)
    packet = build_packet(facts, options)
    lines = [
        line
        for page in PdfReader(BytesIO(packet.pdf)).pages
        for line in (page.extract_text() or "").splitlines()
        if line.strip()
    ]
    packet_times, plain_times, packet, plain = interleaved(
        lambda: build_packet(facts, options), lambda: plain_document(lines), args.runs
    )
    packet_ms, plain_ms = statistics.median(packet_times), statistics.median(plain_times)
    ratio = statistics.median(p / q for p, q in zip(packet_times, plain_times, strict=True))
    plain_pages = len(PdfReader(BytesIO(plain)).pages)
    print(f"reading the facts (once)  {load_ms:8.1f} ms")
    print(
        f"packet    {packet_ms:8.1f} ms  {packet.pages:3d} pages  {len(packet.pdf) / 1024:7.1f} KiB"
    )
    print(f"plain     {plain_ms:8.1f} ms  {plain_pages:3d} pages  {len(plain) / 1024:7.1f} KiB")
    print(f"ratio     {ratio:8.2f}x  (median of the runs' ratios; target under 2x)")
    print(f"same text: {len(lines)} lines; {args.runs} alternating runs after a warm-up")


if __name__ == "__main__":
    main()
