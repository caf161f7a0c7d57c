"""The banner offering back typing kept as a draft: "Restore it?" with Restore and Discard.

The visit dialog offers a draft found when it opens (:mod:`ui.visits.autosave`
keeps drafts while the RM types). Restore hands the draft to the dialog to put
back into the form; Discard throws it away. Texts keep the ``VisitDialog``
translation context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.tasks import run_in_background
from ui.visits.texts import local_time_text

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from app.drafts import Draft, DraftStore


class DraftBanner(QFrame):
    """Hidden until a draft of ``drafts`` is offered; hidden again once restored or discarded."""

    #: Restore was clicked: the draft offered, to put back into the form.
    restored = Signal(object)

    def __init__(self, drafts: DraftStore, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftBanner")
        self._drafts = drafts
        self._zone = zone
        self.draft: Draft | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.restore_button = self._button("restoreDraft")
        self.restore_button.clicked.connect(self.restore)
        self.discard_button = self._button("discardDraft")
        self.discard_button.clicked.connect(self.discard)
        self.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.discard_button)

    @staticmethod
    def _button(name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def retranslate(self) -> None:
        """Texts in the current language."""
        self.text.setText(self._text())
        self.restore_button.setText(QCoreApplication.translate("VisitDialog", "Restore"))
        self.discard_button.setText(QCoreApplication.translate("VisitDialog", "Discard"))

    def _text(self) -> str:
        draft = self.draft
        if draft is None:
            return ""
        return QCoreApplication.translate(
            "VisitDialog", "Unsaved typing from {time} was kept. Restore it?"
        ).format(time=local_time_text(draft.updated_at, self._zone))

    def offer(self, draft: Draft) -> None:
        """Show the banner for ``draft``."""
        self.draft = draft
        self.text.setText(self._text())
        self.show()

    def restore(self) -> None:
        """Hand the offered draft over to be put back into the form (see :attr:`restored`)."""
        draft = self._take()
        if draft is not None:
            self.restored.emit(draft)

    def discard(self) -> None:
        """Throw the offered draft away."""
        draft = self._take()
        if draft is None:
            return
        drafts = self._drafts
        run_in_background(lambda: drafts.discard(draft.key), None, lambda _e: None)

    def _take(self) -> Draft | None:
        draft = self.draft
        if draft is None:
            return None
        self.draft = None
        self.hide()
        return draft
