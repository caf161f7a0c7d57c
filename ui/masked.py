"""Masked display of ID numbers and phones, with a reveal button that is audited.

A :class:`RevealGate` records each reveal of a stored value (through
:class:`app.privacy.RevealService`, in the background) before the value shows;
a :class:`MaskedValue` is a read-only label showing a value masked with a
**Show** button beside it. A revealed value is masked again after
:data:`REVEAL_SECONDS`, when the widget is hidden or when its value changes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyledItemDelegate, QToolButton, QWidget

from ui.tasks import run_in_background

if TYPE_CHECKING:
    from app.privacy import RevealService

log = logging.getLogger(__name__)

#: How long a revealed value stays on screen.
REVEAL_SECONDS = 30

#: What a reveal shows: (field, record id or None for the customer's own field).
Shown = Sequence[tuple[str, str | None]]


class RevealGate:
    """Records reveals of stored values for one context (e.g. ``"profile"``).

    Without a service, stored values cannot be revealed (:meth:`can_reveal` is
    False); a value not stored yet (no customer id: the RM is typing it) always can.
    """

    def __init__(self, service: RevealService | None, context: str) -> None:
        self.service = service
        self.context = context

    def can_reveal(self, customer_id: str | None) -> bool:
        """Whether a value of ``customer_id`` (None: not stored yet) may be shown."""
        return customer_id is None or self.service is not None

    def reveal(
        self,
        receiver: QObject,
        customer_id: str | None,
        shown: Shown,
        then: Callable[[], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Record the reveal of ``shown`` (in the background), then call ``then``."""
        service = self.service
        if customer_id is None or not shown:
            then()
            return
        if service is None:
            failed(PermissionError("no reveal service"))
            return
        context = self.context
        run_in_background(
            lambda: service.record_many(customer_id, list(shown), context),
            lambda _reveals: then(),
            failed,
            receiver=receiver,
        )


class MaskedValue(QWidget):
    """A read-only value shown masked, with Show/Hide; each Show of a stored value is audited.

    ``revealed`` is emitted once the value shows in full (after its audit record
    is written); ``label`` holds the text on screen.
    """

    revealed = Signal()

    def __init__(self, gate: RevealGate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gate = gate or RevealGate(None, "profile")
        self._masked = ""
        self._full = ""
        self._customer_id: str | None = None
        self._shown: Shown = ()
        self._empty = "—"
        self._pending = False
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.button = QToolButton()
        self.button.setObjectName("revealValue")
        self.button.setCheckable(True)
        self.button.setAutoRaise(True)
        self.button.toggled.connect(self._toggled)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REVEAL_SECONDS * 1000)
        self._timer.timeout.connect(self.conceal)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        self.retranslate()

    def set_value(
        self,
        masked: str,
        full: str,
        customer_id: str | None,
        shown: Shown,
        empty: str = "—",
    ) -> None:
        """Show ``masked`` (``full`` after an audited reveal of ``shown`` of ``customer_id``)."""
        self._masked, self._full, self._customer_id = masked, full, customer_id
        self._shown = tuple(shown)
        self._empty = empty
        self._pending = False
        self.conceal()

    def set_plain(self, text: str) -> None:
        """Show ``text`` as it is: nothing to mask."""
        self.set_value(text, text, None, ())

    def is_revealed(self) -> bool:
        """Whether the full value is on screen."""
        return self.button.isChecked() and not self._pending

    def conceal(self) -> None:
        """Mask the value again."""
        self._timer.stop()
        self._pending = False
        if self.button.isChecked():
            self.button.setChecked(False)  # _toggled renders
        else:
            self._render()

    def _toggled(self, on: bool) -> None:
        if not on:
            self._timer.stop()
            self._render()
            return
        self._pending = True
        self._render()
        self.gate.reveal(self, self._customer_id, self._shown, self._reveal_done, self._failed)

    def _reveal_done(self) -> None:
        if not self._pending or not self.button.isChecked():
            return
        self._pending = False
        self._timer.start()
        self._render()
        self.revealed.emit()

    def _failed(self, exc: BaseException) -> None:
        log.warning("reveal not recorded: %s", exc)
        if shiboken6.isValid(self):
            self.conceal()
            self.button.setToolTip(
                self.tr("The value could not be shown: {error}").format(error=exc)
            )

    def _render(self) -> None:
        text = self._full if self.is_revealed() else self._masked
        self.label.setText(text or self._empty)
        self.label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            if self.is_revealed()
            else Qt.TextInteractionFlag.NoTextInteraction
        )
        maskable = self._masked != self._full
        self.button.setVisible(maskable and self.gate.can_reveal(self._customer_id))
        self.retranslate()

    def retranslate(self) -> None:
        """Set the button's texts in the current language."""
        self.button.setText(self.tr("Hide") if self.button.isChecked() else self.tr("Show"))
        self.button.setToolTip(
            self.tr("Show the full value for {seconds} seconds (the reveal is recorded)").format(
                seconds=REVEAL_SECONDS
            )
        )

    def hideEvent(self, event: QHideEvent) -> None:
        self.conceal()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class MaskedColumnDelegate(QStyledItemDelegate):
    """Shows a table column's values masked; ``on_edit(index)`` runs as an editor opens.

    Editing shows the real value (the RM is changing it), so ``on_edit`` is where
    the reveal of a stored value is recorded.
    """

    def __init__(
        self,
        mask: Callable[[str], str],
        on_edit: Callable[[QModelIndex], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._mask = mask
        self._on_edit = on_edit

    def displayText(self, value: Any, locale: QLocale | QLocale.Language) -> str:
        return self._mask(str(value)) if value else ""

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if isinstance(index, QModelIndex):
            self._on_edit(index)
        super().setEditorData(editor, index)
