"""The packet preview window: shows the PDF, rebuilds on a new choice, saves and prints
in the background; the cover's QR code decodes to the application id and the digest."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from app.attachment_store import AttachmentStore
from app.packet import PacketOptions, build_packet, load_packet_facts, parse_payload
from app.packet.sample import create_sample_application
from app.profile import Profile
from ui.packet import PacketPreviewDialog, open_packet_preview
from ui.tasks import wait_for_background_work

zxingcpp = pytest.importorskip("zxingcpp")

TODAY = date(2026, 11, 28)


@pytest.fixture
def application(profile: Profile, tmp_path: Path) -> str:
    store = AttachmentStore(profile.paths.attachments)
    made = create_sample_application(
        profile.database, profile.actor, store, TODAY, attachments_dir=tmp_path / "files"
    )
    return made.application_id


@pytest.fixture
def dialog(qtbot: QtBot, profile: Profile, application: str) -> Iterator[PacketPreviewDialog]:
    store = AttachmentStore(profile.paths.attachments)
    opened = open_packet_preview(
        None, application, profile.database, profile.actor, store, lang="zh_CN", today=TODAY
    )
    qtbot.addWidget(opened)
    assert opened.packet is None and not opened.save_button.isEnabled()  # nothing waited for
    qtbot.waitSignal(opened.built, timeout=30_000).wait()
    yield opened
    wait_for_background_work()


def pages_of(path: Path) -> int:
    return len(PdfReader(path).pages)


def test_the_preview_shows_the_pages_and_rebuilds_on_a_new_choice(
    qtbot: QtBot, dialog: PacketPreviewDialog
) -> None:
    assert dialog.packet is not None and dialog.document is not None
    assert dialog.view.document() is dialog.document
    assert dialog.document.pageCount() == dialog.packet.pages >= 5
    assert str(dialog.packet.pages) in dialog.status.text()
    assert dialog.save_button.isEnabled() and dialog.print_button.isEnabled()
    pages = dialog.packet.pages
    with qtbot.waitSignal(dialog.built, timeout=30_000):
        dialog.attachments.setChecked(True)
    assert dialog.packet.pages == dialog.document.pageCount() == pages + 4
    with qtbot.waitSignal(dialog.built, timeout=30_000):
        dialog.language.setCurrentIndex(1)
    assert dialog.packet.lang == "en" and dialog.options.with_attachments


def test_save_writes_the_packet(qtbot: QtBot, dialog: PacketPreviewDialog, tmp_path: Path) -> None:
    target = tmp_path / "packet.pdf"
    with qtbot.waitSignal(dialog.saved, timeout=30_000) as saved:
        dialog.save_to(target)
    assert saved.args == [str(target)]
    assert dialog.packet is not None and target.read_bytes() == dialog.packet.pdf
    assert dialog.default_file_name().endswith(".pdf")


def test_printing_to_a_pdf_printer_prints_every_page(
    qtbot: QtBot, dialog: PacketPreviewDialog, tmp_path: Path
) -> None:
    target = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    with qtbot.waitSignal(dialog.printed, timeout=120_000) as printed:
        dialog.print_to(printer)
        assert dialog.progress_dialog is not None  # the GUI shows progress meanwhile
    assert dialog.packet is not None
    assert printed.args == [dialog.packet.pages] == [pages_of(target)]
    assert dialog.progress_dialog is None and dialog.print_button.isEnabled()


def render(pdf: bytes, page: int, scale: float, tmp_path: Path) -> QImage:
    path = tmp_path / "render.pdf"
    path.write_bytes(pdf)
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    size = document.pagePointSize(page)
    image = document.render(page, QSize(int(size.width() * scale), int(size.height() * scale)))
    document.close()
    return image


def to_pil(image: QImage) -> Image.Image:
    """The page on white paper (QtPdf renders a transparent background), in grey."""
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    gray = paper.convertToFormat(QImage.Format.Format_Grayscale8)
    data = bytes(gray.constBits())
    return Image.frombuffer(
        "L", (gray.width(), gray.height()), data, "raw", "L", gray.bytesPerLine(), 1
    )


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_qr_code_decodes_to_the_application_id_and_the_digest(
    profile: Profile, application: str, tmp_path: Path, lang: str
) -> None:
    store = AttachmentStore(profile.paths.attachments)
    facts = load_packet_facts(profile.database, profile.actor, store, application, TODAY)
    result = build_packet(facts, PacketOptions(lang=lang))  # type: ignore[arg-type]
    cover = to_pil(render(result.pdf, 0, 2.5, tmp_path))
    codes = zxingcpp.read_barcodes(cover)
    assert len(codes) == 1 and codes[0].format == zxingcpp.BarcodeFormat.QRCode
    read = parse_payload(codes[0].text)
    assert read.application_id == application and read.sha256 == result.sha256
    other = to_pil(render(result.pdf, 1, 2.5, tmp_path))  # only the cover has one
    assert zxingcpp.read_barcodes(other) == []
