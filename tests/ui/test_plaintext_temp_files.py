"""No plaintext customer files in the temp folders: a packet prints from memory, and
"Open in viewer" hands over a 0600 copy in this run's 0700 folder, removed at exit."""

from __future__ import annotations

import os
import stat
import sys
import tempfile
import threading
from collections.abc import Iterator
from datetime import date
from io import BytesIO
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDir, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from reportlab.pdfgen import canvas

import app.viewer_files as viewer_module
from app.applications import AttachmentView
from app.attachment_store import AttachmentStore, is_encrypted
from app.packet.sample import create_sample_application
from app.profile import Profile
from app.viewer_files import ViewerFiles, remove_viewer_files
from ui.applications.preview import PreviewDialog
from ui.packet import PacketPreviewDialog, open_packet_preview
from ui.packet.printing import PrintError, print_pdf
from ui.tasks import wait_for_background_work

TODAY = date(2026, 11, 28)
_WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC


class FileWrites:
    """Every file Python opens for writing (or temp file/folder it makes), any thread.

    Audit hooks cannot be removed, so one hook records only while ``active``.
    """

    def __init__(self) -> None:
        self.active = False
        self.seen: list[tuple[str, Any]] = []
        self._lock = threading.Lock()
        sys.addaudithook(self._hook)

    def _hook(self, event: str, args: tuple[Any, ...]) -> None:
        if not self.active:
            return
        if event == "open":
            path, mode, flags = args
            if isinstance(path, int) or "__pycache__" in str(path):
                return  # an fd already open, or the byte-code cache of a late import
            writes = any(c in (mode or "") for c in "wax+") or bool((flags or 0) & _WRITE_FLAGS)
            if not writes:
                return
        elif event not in ("tempfile.mkstemp", "tempfile.mkdtemp", "os.mkdir"):
            return
        with self._lock:
            self.seen.append((event, args[0]))


_writes: FileWrites | None = None


@pytest.fixture
def file_writes() -> Iterator[FileWrites]:
    global _writes
    if _writes is None:
        _writes = FileWrites()
    _writes.seen.clear()
    yield _writes
    _writes.active = False


@pytest.fixture
def temp_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """This test's own temp folder for Python, Qt and CUPS, and the viewer copies' base.

    (The shared /tmp is busy with other programs; a private one shows every new file.)
    """
    system_temp = tmp_path / "system-temp"
    system_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_temp))
    monkeypatch.setenv("TMPDIR", str(system_temp))
    monkeypatch.setenv("TEMP", str(system_temp))
    monkeypatch.setenv("TMP", str(system_temp))
    assert Path(tempfile.gettempdir()) == system_temp
    assert Path(QDir.tempPath()).resolve() == system_temp.resolve()
    viewer_base = tmp_path / "viewer"
    monkeypatch.setattr(viewer_module, "_default", ViewerFiles(viewer_base))
    viewer_base.mkdir(mode=0o700)
    return [system_temp, viewer_base]


def listing(folders: list[Path]) -> dict[str, list[str]]:
    return {str(f): sorted(os.listdir(f)) for f in folders}


# -- printing ------------------------------------------------------------------------


@pytest.fixture
def packet_dialog(qtbot: QtBot, profile: Profile, tmp_path: Path) -> Iterator[PacketPreviewDialog]:
    store = AttachmentStore(profile.paths.attachments)
    made = create_sample_application(
        profile.database, profile.actor, store, TODAY, attachments_dir=tmp_path / "files"
    )
    dialog = open_packet_preview(
        None, made.application_id, profile.database, profile.actor, store, lang="zh_CN", today=TODAY
    )
    qtbot.addWidget(dialog)
    qtbot.waitSignal(dialog.built, timeout=60_000).wait()
    yield dialog
    wait_for_background_work()


def pdf_printer(target: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    return printer


def test_a_packet_prints_without_a_plaintext_file(
    qtbot: QtBot,
    packet_dialog: PacketPreviewDialog,
    temp_dirs: list[Path],
    file_writes: FileWrites,
    tmp_path: Path,
) -> None:
    packet = packet_dialog.packet
    assert packet is not None and packet.pages >= 5
    target = tmp_path / "printer-output" / "printed.pdf"
    target.parent.mkdir()
    before = listing(temp_dirs)
    file_writes.active = True
    with qtbot.waitSignal(packet_dialog.printed, timeout=120_000) as printed:
        packet_dialog.print_to(pdf_printer(target))
    file_writes.active = False
    assert printed.args == [packet.pages]
    assert file_writes.seen == []  # no temp copy of the packet, not even for a moment
    assert listing(temp_dirs) == before == {str(d): [] for d in temp_dirs}
    assert os.listdir(target.parent) == ["printed.pdf"]

    # the printer got the packet's pages, each drawn full page at the packet's size
    printed_pdf, source = PdfReader(target), PdfReader(BytesIO(packet.pdf))
    assert len(printed_pdf.pages) == len(source.pages) == packet.pages
    for out, page in zip(printed_pdf.pages, source.pages, strict=True):
        assert abs(float(out.mediabox.width) - float(page.mediabox.width)) < 2
        assert abs(float(out.mediabox.height) - float(page.mediabox.height)) < 2
        assert len(out.images) == 1 and out.images[0].image is not None
        assert out.images[0].image.getextrema() != ((255, 255), (255, 255), (255, 255))


def test_an_unreadable_pdf_fails_without_writing(
    temp_dirs: list[Path], file_writes: FileWrites, tmp_path: Path
) -> None:
    target = tmp_path / "printed.pdf"
    file_writes.active = True
    with pytest.raises(PrintError):
        print_pdf(b"%PDF-1.4 not really", pdf_printer(target))
    file_writes.active = False
    assert file_writes.seen == [] and not target.exists()
    assert listing(temp_dirs) == {str(d): [] for d in temp_dirs}


# -- open in viewer ------------------------------------------------------------------

NAME = "营业执照 杭州某某贸易有限公司.pdf"


@pytest.fixture
def attachment(profile: Profile, tmp_path: Path) -> tuple[AttachmentView, Path, bytes]:
    source = tmp_path / NAME
    pdf = canvas.Canvas(str(source))
    pdf.drawString(72, 720, "Business licence 91330100MA27XXXX0X")
    pdf.showPage()
    pdf.save()
    store = AttachmentStore(profile.paths.attachments)
    stored = store.add(source)
    blob = store.path_of(stored.sha256)
    assert is_encrypted(blob.read_bytes())  # sealed in the profile
    view = AttachmentView("a1", stored.sha256, stored.size, stored.media_type, NAME)
    return view, blob, source.read_bytes()


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


def test_open_in_viewer_hands_over_a_private_copy_removed_at_exit(
    qtbot: QtBot,
    attachment: tuple[AttachmentView, Path, bytes],
    temp_dirs: list[Path],
    opened_urls: list[QUrl],
) -> None:
    view, blob, plaintext = attachment
    system_temp, viewer_base = temp_dirs
    dialog = PreviewDialog(view, blob)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(opened_urls) == 1)
    copy = Path(opened_urls[0].toLocalFile())
    assert copy.read_bytes() == plaintext
    assert copy.parent.parent == viewer_base
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.stat().st_mode) == 0o700
    assert copy.suffix == ".pdf" and "营业执照" not in str(copy)
    assert os.listdir(system_temp) == []  # nothing in the system's temp folder

    remove_viewer_files()  # what ui/gui.py does when the app exits
    assert not copy.exists() and not copy.parent.exists()
    assert os.listdir(viewer_base) == []


def test_a_copy_no_viewer_takes_is_removed_at_once(
    qtbot: QtBot,
    attachment: tuple[AttachmentView, Path, bytes],
    temp_dirs: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view, blob, _ = attachment
    offered: list[Path] = []

    def no_viewer(url: QUrl) -> bool:
        offered.append(Path(url.toLocalFile()))
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", no_viewer)
    dialog = PreviewDialog(view, blob)
    qtbot.addWidget(dialog)
    dialog.open_in_viewer()
    qtbot.waitUntil(lambda: dialog.message_box is not None)
    box = dialog.message_box
    assert isinstance(box, QMessageBox) and box.icon() == QMessageBox.Icon.Warning
    assert box.text() == "The file could not be opened in a viewer."
    [copy] = offered
    assert not copy.exists() and list(copy.parent.iterdir()) == []
    box.close()
    remove_viewer_files()
