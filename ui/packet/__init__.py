"""The packet preview window: build, preview, save and print an application's packet.

Open it with :func:`open_packet_preview`; the window is non-modal and deletes
itself when closed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from app.attachment_store import AttachmentStore
from app.packet import Letterhead, PacketOptions, load_packet_facts
from app.packet.labels import Lang
from db.database import Database
from ui.packet.dialog import PacketPreviewDialog
from ui.packet.texts import ui_language

__all__ = ["PacketPreviewDialog", "open_packet_preview"]


def open_packet_preview(
    parent: QWidget | None,
    application_id: str,
    database: Database,
    actor: str,
    store: AttachmentStore,
    *,
    lang: Lang | None = None,
    letterhead: Letterhead | None = None,
    with_attachments: bool = False,
    today: date | None = None,
) -> PacketPreviewDialog:
    """Show the packet preview of ``application_id`` over ``parent``.

    ``lang`` defaults to the UI's language; ``letterhead`` to the default bank and
    branch (pass ``app.packet.letterhead_for(profile.paths.root)``).
    """
    options = PacketOptions(
        lang=lang or ("zh_CN" if ui_language() == "zh_CN" else "en"),
        with_attachments=with_attachments,
        letterhead=letterhead or Letterhead(),
    )
    dialog = PacketPreviewDialog(
        application_id,
        lambda: load_packet_facts(database, actor, store, application_id, today),
        options,
        parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
