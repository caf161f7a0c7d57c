"""Typing in an open visit log survives kill -9: the autosaved draft comes back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.attachment_store import AttachmentStore
from app.customer_profile import CustomerProfile
from app.customers import CustomerService
from app.drafts import DraftStore
from app.profile import open_profile
from ui.tasks import wait_for_background_work
from ui.thumbnails import ThumbnailCache
from ui.visits.actions import VisitActions

TYPED = "现场查看：车间两条生产线停工，库存积压明显。"

#: Opens the visit log offscreen, types into the notes, and says when the draft is written.
TYPIST = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from pathlib import Path
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication, QWidget

    app = QApplication([])
    from app.attachment_store import AttachmentStore
    from app.customers import CustomerService
    from app.profile import open_profile
    from ui.thumbnails import ThumbnailCache
    from ui.visits.actions import VisitActions

    profile = open_profile(Path(sys.argv[1]))
    customer_id, typed = sys.argv[2], sys.argv[3]
    window = QWidget()
    actions = VisitActions.for_profile(
        profile,
        CustomerService(profile.database, profile.actor),
        AttachmentStore(profile.paths.attachments),
        ThumbnailCache(profile.paths.thumbnails),
        window,
    )
    dialog = actions.log_visit(customer_id)

    def type_notes():
        dialog.notes.setFocus()
        dialog.notes.moveCursor(QTextCursor.MoveOperation.End)
        dialog.notes.insertPlainText(typed)  # what an input method commits

    def saved(payload):
        if typed in payload.get("notes", ""):
            print("DRAFT_SAVED", flush=True)  # only after the save committed

    dialog.loaded.connect(type_notes)
    dialog.autosaver.saved.connect(saved)
    app.exec()
    """
)


def test_a_kill_keeps_what_was_typed_and_a_new_dialog_restores_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    root = tmp_path / "p"
    profile = open_profile(root)
    customer_id = (
        CustomerService(profile.database, "rm01")
        .save(CustomerProfile(name="宁波海联贸易有限公司"))
        .id
    )
    profile.close()
    assert customer_id is not None

    proc = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(root), customer_id, TYPED],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.stdout is not None
    deadline = time.monotonic() + 60
    line = ""
    while time.monotonic() < deadline and line != "DRAFT_SAVED":
        line = proc.stdout.readline().strip()
        if not line and proc.poll() is not None:
            break
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert line == "DRAFT_SAVED"

    profile = open_profile(root)
    parent = QWidget()
    try:
        (draft,) = DraftStore(profile.database).list("visit")
        assert draft.payload["customer_id"] == customer_id
        assert TYPED in draft.payload["notes"]

        actions = VisitActions.for_profile(
            profile,
            CustomerService(profile.database, profile.actor),
            AttachmentStore(profile.paths.attachments),
            ThumbnailCache(profile.paths.thumbnails),
            parent,
        )
        dialog = actions.log_visit(customer_id)
        qtbot.waitUntil(lambda: dialog.ready)
        assert dialog.banner.isVisible()
        assert TYPED not in dialog.notes.toPlainText()
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert TYPED in dialog.notes.toPlainText()
        assert dialog.autosaver.key == draft.key
        dialog.autosaver.stop()
    finally:
        wait_for_background_work()
        shiboken6.delete(parent)  # its dialog and pending answers go with it
        wait_for_background_work()
        profile.close()
