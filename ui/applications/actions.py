"""What opens application windows: the editor (new / change) and the checklist dialog.

One :class:`ApplicationActions` per profile carries the services the windows
need; pages, the Today page and customer profiles open windows through it.
:attr:`ApplicationActions.data_changed` tells every open view to reload (after a
write from one of its windows, or when the main window hears of a change).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from app.applications import ApplicationService, AttachmentView
    from app.attachment_store import AttachmentStore
    from app.catalogue import Catalogue
    from app.customers import CustomerService
    from ui.applications.dialog import ApplicationDialog
    from ui.applications.editor import ApplicationEditor
    from ui.thumbnails import ThumbnailCache

#: Changes arriving within this time are reloaded once.
COALESCE_MS = 30


class ApplicationActions(QObject):
    """Opens application windows over ``parent``; one checklist window per application."""

    #: Applications, checklists or documents changed: views reload.
    data_changed = Signal()

    def __init__(
        self,
        service: ApplicationService,
        customers: CustomerService,
        store: AttachmentStore,
        thumbnails: ThumbnailCache,
        parent: QWidget,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.customers = customers
        self.store = store
        self.thumbnails = thumbnails
        self._parent = parent
        self._today = today
        self._dialogs: dict[str, ApplicationDialog] = {}
        #: Set by the main window: open a customer's scorecard (customer, application).
        self.open_scorecard: Callable[[str, str], object] | None = None
        #: Set by the main window: show the printable packet (parent, application).
        self.open_packet: Callable[[QWidget, str], object] | None = None
        #: The windows opened last (tests and screenshots look at them).
        self.last_editor: ApplicationEditor | None = None
        self.last_dialog: ApplicationDialog | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(COALESCE_MS)
        self._timer.timeout.connect(self.data_changed)

    @property
    def catalogue(self) -> Catalogue:
        """The product catalogue the service uses."""
        return self.service.catalogue

    @property
    def today(self) -> date:
        """The day checklists are judged on (validity, expiring soon)."""
        return self._today or date.today()

    def blob_path(self, attachment: AttachmentView) -> Path:
        """Where the file of ``attachment`` is kept."""
        return self.store.path_of(attachment.sha256)

    def notify_changed(self) -> None:
        """Something was written: open views reload (changes close together, once)."""
        self._timer.start()

    # windows ------------------------------------------------------------------

    def new_application(
        self, customer_id: str | None = None, customer_name: str = ""
    ) -> ApplicationEditor:
        """The editor for a new application (for ``customer_id``, or a customer to choose)."""
        from ui.applications.editor import ApplicationEditor

        editor = ApplicationEditor(
            self, customer_id=customer_id, customer_name=customer_name, parent=self._parent
        )
        editor.saved.connect(self._created)
        self._show(editor)
        self.last_editor = editor
        return editor

    def _created(self, application_id: str) -> None:
        self.notify_changed()
        self.open_application(application_id)

    def edit_application(self, application_id: str) -> ApplicationEditor:
        """The editor on an existing (draft) application; its checklist follows the changes."""
        from ui.applications.editor import ApplicationEditor

        editor = ApplicationEditor(self, application_id=application_id, parent=self._parent)
        editor.saved.connect(lambda _id: self.notify_changed())
        self._show(editor)
        self.last_editor = editor
        return editor

    def open_application(self, application_id: str) -> ApplicationDialog:
        """Show the checklist window of ``application_id`` (raised if already open)."""
        from ui.applications.dialog import ApplicationDialog

        dialog = self._dialogs.get(application_id)
        if dialog is None:
            dialog = ApplicationDialog(self, application_id, parent=self._parent)
            self._dialogs[application_id] = dialog
            dialog.finished.connect(lambda _r, a=application_id: self._closed(a))
        self._show(dialog)
        self.last_dialog = dialog
        return dialog

    def _closed(self, application_id: str) -> None:
        self._dialogs.pop(application_id, None)

    @staticmethod
    def _show(dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
