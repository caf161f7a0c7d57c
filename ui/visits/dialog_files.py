"""The photos and files of the visit in a visit dialog: held until the first save, then stored.

For a visit not saved yet, chosen or dropped files are checked and kept in the
attachment store, and listed in the dialog's draft; the save stores them with
the visit. Once the visit is on file, adding or removing a file is written at
once, through the dialog's ``send`` (the dialog's buttons wait while it runs,
the same for adding and removing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from ui.tasks import run_in_background
from ui.visits import writes
from ui.visits.texts import error_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.applications import AttachmentView
    from app.attachment_store import StoredFile
    from app.visits.service import VisitView
    from ui.visits.actions import VisitActions
    from ui.visits.files import VisitFilesPanel

#: Runs a write of the saved visit's files in the background and hands back the visit
#: as it is now (the dialog counts it as pending, and shows a refusal itself).
Send = Callable[[Callable[[], "VisitView"], Callable[["VisitView"], None]], None]


class DialogFiles(QObject):
    """What ``panel`` shows and what its Add and Remove do, for one visit dialog."""

    #: Files waiting for the first save were added or taken off (the form changed).
    edited = Signal()
    #: The files shown changed.
    shown = Signal()
    #: A file of the saved visit was stored or removed: the visit as it is now.
    stored = Signal(object)

    def __init__(
        self,
        panel: VisitFilesPanel,
        actions: VisitActions,
        send: Send,
        refuse: Callable[[BaseException], None],
        visit_id: str | None,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self._actions = actions
        self._send = send
        self._refuse = refuse
        self._dialog = parent
        #: Files checked and kept for a visit not saved yet: (path, stored blob).
        self.waiting: list[tuple[Path, StoredFile]] = []
        #: The visit on file (files are written at once), None until it is saved.
        self.visit_id = visit_id
        self._visit: VisitView | None = None
        panel.files_added.connect(self.add)
        panel.remove_requested.connect(self.remove)
        panel.preview_requested.connect(self.preview)

    def waiting_paths(self) -> list[Path]:
        """The paths of the files waiting for the first save."""
        return [path for path, _blob in self.waiting]

    def show_visit(self, view: VisitView) -> None:
        """Show the files of the saved visit ``view`` (adding or removing now writes at once)."""
        self.visit_id = view.id
        self._visit = view
        self._show()

    def add(self, paths: list[Path]) -> None:
        """Keep ``paths`` with the visit (checked first; a bad file is refused with a message)."""
        self.panel.message.set_message("")
        if self.visit_id is not None:
            service, visit_id = self._actions.service, self.visit_id
            self._send(lambda: writes.add_files(service, visit_id, paths), self._stored)
            return
        store = self._actions.store

        def done(result: writes.CheckedFiles) -> None:
            kept, refused = result
            known = set(self.waiting_paths())
            self.waiting.extend((p, b) for p, b in kept if p not in known)
            if refused:
                self.panel.message.set_message("\n".join(error_text(e) for e in refused))
            self._show()
            self.edited.emit()

        run_in_background(
            lambda: writes.check_files(store, paths), done, self._refuse, receiver=self
        )

    def remove(self, attachment: AttachmentView) -> None:
        """Take a file off the visit (or off the files waiting for the first save)."""
        if not attachment.id:
            self.waiting = [(p, b) for p, b in self.waiting if b.sha256 != attachment.sha256]
            self._show()
            self.edited.emit()
            return
        if self.visit_id is None:
            return
        service, visit_id = self._actions.service, self.visit_id
        self._send(lambda: writes.remove_file(service, visit_id, attachment.id), self._stored)

    def preview(self, attachment: AttachmentView) -> None:
        """Show ``attachment`` large in a window of its own."""
        from ui.applications.preview import PreviewDialog

        dialog = PreviewDialog(attachment, self._actions.blob_path(attachment), self._dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()

    def _stored(self, view: VisitView) -> None:
        shown = self._visit
        self._visit = (
            view
            if shown is None
            else replace(shown, photos=view.photos, attachments=view.attachments)
        )
        self._show()
        self._actions.notify_changed()
        self.stored.emit(view)

    def _attachments(self) -> tuple[AttachmentView, ...]:
        from app.applications import AttachmentView

        if self._visit is not None:
            return self._visit.photos + self._visit.attachments
        return tuple(
            AttachmentView("", b.sha256, b.size, b.media_type, b.original_name)
            for _p, b in self.waiting
        )

    def _show(self) -> None:
        self.panel.show_files(self._attachments(), self._actions.blob_path)
        self.shown.emit()
