"""Thumbnails of pictures and PDFs, kept in a disk cache, drawn off the GUI thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

import ui.thumbnails
from app.attachment_store import HEIC, JPEG, PDF, PNG, AttachmentStore
from ui.thumbnails import ThumbnailCache, ThumbnailLabel, placeholder, thumbnail

SHA = "ab" * 32


def save_picture(path: Path, size: tuple[int, int], fmt: str, orientation: int = 1) -> Path:
    """Left half red, right half blue; ``orientation`` is the EXIF tag's value."""
    image = Image.new("RGB", size, (220, 30, 30))
    image.paste((30, 30, 220), (size[0] // 2, 0, size[0], size[1]))
    exif = image.getexif()
    exif[0x0112] = orientation
    image.save(path, fmt, exif=exif)
    return path


def save_pdf(path: Path) -> Path:
    """Two A4 pages: the first with a black box and a heading, the second blank."""
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica-Bold", 40)
    page.drawString(72, 740, "Balance sheet")
    page.rect(72, 200, 450, 450, fill=1)
    page.showPage()
    page.showPage()
    page.save()
    return path


def dark_pixels(image: QImage) -> int:
    return sum(
        QColor(image.pixel(x, y)).lightness() < 128
        for x in range(image.width())
        for y in range(image.height())
    )


def color_at(image: QImage, x: int, y: int) -> tuple[int, int, int]:
    color = QColor(image.pixel(x, y))
    return color.red(), color.green(), color.blue()


def test_a_picture_is_scaled_down_with_its_aspect(tmp_path: Path) -> None:
    blob = save_picture(tmp_path / "blob", (1200, 600), "PNG")

    image = thumbnail(blob, PNG, 160)

    assert (image.width(), image.height()) == (160, 80)
    assert color_at(image, 10, 40)[0] > 180  # red on the left
    assert color_at(image, 150, 40)[2] > 180  # blue on the right


def test_a_small_picture_is_not_enlarged(tmp_path: Path) -> None:
    blob = save_picture(tmp_path / "blob", (100, 50), "JPEG")
    assert thumbnail(blob, JPEG, 160).size().toTuple() == (100, 50)


def test_exif_orientation_is_honoured(tmp_path: Path) -> None:
    """Orientation 6: the camera was held upright; shown turned 90° clockwise."""
    blob = save_picture(tmp_path / "blob", (800, 400), "JPEG", orientation=6)

    image = thumbnail(blob, JPEG, 160)

    assert image.size().toTuple() == (80, 160)
    assert color_at(image, 40, 10)[0] > 180  # the left (red) half is now on top
    assert color_at(image, 40, 150)[2] > 180


def test_a_pdf_shows_its_first_page(tmp_path: Path) -> None:
    blob = save_pdf(tmp_path / "blob")

    image = thumbnail(blob, PDF, 160)

    assert image.size().toTuple() == (113, 160)  # A4 portrait
    assert color_at(image, 2, 2) == (255, 255, 255)  # white paper, not transparent
    assert dark_pixels(image) > 113 * 160 // 5  # the black box


def test_a_heic_blob_gets_the_placeholder(tmp_path: Path) -> None:
    blob = tmp_path / "blob"
    blob.write_bytes(b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(500))

    image = thumbnail(blob, HEIC, 160)

    assert image == placeholder(HEIC, 160)
    assert image.size().toTuple() == (160, 160)
    assert dark_pixels(image) > 0  # something is drawn


def test_a_damaged_blob_gets_the_placeholder(tmp_path: Path) -> None:
    blob = tmp_path / "blob"
    blob.write_bytes(b"%PDF-1.4\n" + bytes(3000))
    assert thumbnail(blob, PDF, 96) == placeholder(PDF, 96)


def test_the_cache_draws_each_thumbnail_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blob = save_pdf(tmp_path / "blob")
    cache = ThumbnailCache(tmp_path / "thumbnails")

    first = cache.get(SHA, PDF, blob, 160)
    kept = cache.path_for(SHA, 160)
    assert kept == tmp_path / "thumbnails" / "ab" / f"{SHA}-160.png"
    assert kept.is_file()
    mtime = kept.stat().st_mtime_ns

    def no_drawing(*args: object) -> None:
        raise AssertionError("drawn again")

    monkeypatch.setattr(ui.thumbnails, "render", no_drawing)
    again = cache.get(SHA, PDF, blob, 160)

    assert again.size() == first.size()
    assert dark_pixels(again) == dark_pixels(first)
    assert kept.stat().st_mtime_ns == mtime
    assert [p.name for p in kept.parent.iterdir()] == [kept.name]  # no temp file left


def test_the_cache_keeps_no_placeholder_and_redraws_a_damaged_png(tmp_path: Path) -> None:
    cache = ThumbnailCache(tmp_path / "thumbnails")
    heic = tmp_path / "heic"
    heic.write_bytes(b"\x00\x00\x00\x18ftypheic" + bytes(100))
    assert cache.get(SHA, HEIC, heic) == placeholder(HEIC)
    assert not cache.path_for(SHA, 160).exists()

    picture = save_picture(tmp_path / "blob", (300, 300), "PNG")
    cache.path_for(SHA, 160).parent.mkdir(parents=True)
    cache.path_for(SHA, 160).write_bytes(b"\x89PNG\r\n\x1a\n broken")
    assert cache.get(SHA, PNG, picture).size().toTuple() == (160, 160)


def test_the_label_shows_the_placeholder_then_the_thumbnail(qtbot: QtBot, tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "attachments")
    stored = store.add(save_picture(tmp_path / "licence.png", (900, 600), "PNG"))
    label = ThumbnailLabel(ThumbnailCache(tmp_path / "thumbnails"), 120)
    qtbot.addWidget(label)

    with qtbot.waitSignal(label.ready, timeout=10_000):
        label.show_attachment(stored.sha256, stored.media_type, store.path_of(stored.sha256))
        assert label.pixmap().size().toTuple() == (120, 120)  # the placeholder, at once

    assert label.pixmap().size().toTuple() == (120, 80)


def test_a_later_attachment_wins(qtbot: QtBot, tmp_path: Path) -> None:
    store = AttachmentStore(tmp_path / "attachments")
    wide = store.add(save_picture(tmp_path / "wide.png", (900, 300), "PNG"))
    tall = store.add(save_picture(tmp_path / "tall.png", (300, 900), "PNG"))
    label = ThumbnailLabel(ThumbnailCache(tmp_path / "thumbnails"), 90)
    qtbot.addWidget(label)

    label.show_attachment(wide.sha256, PNG, store.path_of(wide.sha256))
    with qtbot.waitSignal(label.ready, timeout=10_000):
        label.show_attachment(tall.sha256, PNG, store.path_of(tall.sha256))
    ui.thumbnails.thumbnail_pool().waitForDone()
    qtbot.wait(50)  # the first answer, if late, must not replace the second

    assert label.pixmap().size().toTuple() == (30, 90)
