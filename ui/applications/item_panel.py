"""Details of one checklist item and what can be done with it.

Attach files (dialog or drag and drop onto the panel), verify, waive with a
reason, reset to missing, use a document on file, enter the document's dates,
and look at the files (thumbnails; double-click for a larger preview). The
panel only asks: the dialog that owns it runs the changes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
)
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.checklist import TRANSITIONS, EffectiveState, ItemState
from ui.applications.attachments import AttachmentList, BlobPath
from ui.applications.checklist import dropped_files
from ui.applications.icons import STATE_COLOURS
from ui.applications.texts import item_hint, item_name, state_label, validity_text
from ui.onboarding.widgets import OptionalDateEdit
from ui.thumbnails import ThumbnailCache

if TYPE_CHECKING:
    from app.applications import DocumentView, ItemView


class ItemPanel(QFrame):
    """The item on the right of the checklist; accepts files dropped on it."""

    attach_requested = Signal(str)
    files_dropped = Signal(str, list)
    state_requested = Signal(str, object)
    waive_requested = Signal(str)
    reuse_requested = Signal(str, str)
    dates_requested = Signal(str, object, object)
    remove_requested = Signal(str)
    preview_requested = Signal(object)

    def __init__(
        self, thumbnails: ThumbnailCache, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("itemPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAcceptDrops(True)
        self.item: ItemView | None = None
        self.name = QLabel()
        self.name.setObjectName("itemName")
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setStyleSheet("font-size: 12pt; font-weight: bold;")
        self.state = QLabel()
        self.state.setObjectName("itemState")
        self.hint = QLabel()
        self.hint.setObjectName("itemHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #4a5560;")
        self.details = QLabel()
        self.details.setObjectName("itemDetails")
        self.details.setWordWrap(True)
        self.attach_button = self._button("attachFiles")
        self.verify_button = self._button("verify")
        self.waive_button = self._button("waive")
        self.reset_button = self._button("resetMissing")
        self.reuse_button = self._button("useOnFile")
        self.attach_button.setProperty("primary", True)
        self.attach_button.clicked.connect(self._attach)
        self.verify_button.clicked.connect(lambda: self._request_state(ItemState.VERIFIED))
        self.reset_button.clicked.connect(lambda: self._request_state(ItemState.MISSING))
        self.waive_button.clicked.connect(self._waive)
        self.reuse_button.clicked.connect(self._reuse)
        self.issued = OptionalDateEdit(today)
        self.issued.setObjectName("issuedOn")
        self.expires = OptionalDateEdit(today)
        self.expires.setObjectName("expiresOn")
        self.dates_button = self._button("saveDates")
        self.dates_button.clicked.connect(self._save_dates)
        self.issued.value_changed.connect(self._dates_edited)
        self.expires.value_changed.connect(self._dates_edited)
        self.files = AttachmentList(thumbnails)
        self.files.setObjectName("attachments")
        self.files.preview_requested.connect(self.preview_requested)
        self.files.currentItemChanged.connect(lambda *_a: self._update_remove())
        self.remove_button = self._button("removeFile")
        self.remove_button.clicked.connect(self._remove)
        self.drop_hint = QLabel()
        self.drop_hint.setObjectName("dropHint")
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setWordWrap(True)
        self.reuse_menu: QMenu | None = None
        self._labels: dict[str, QLabel] = {}
        self._build()
        self.retranslate()
        self.show_item(None, None)

    def _button(self, name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.state, 0, Qt.AlignmentFlag.AlignTop)
        actions = QHBoxLayout()
        for button in (self.attach_button, self.verify_button, self.waive_button):
            actions.addWidget(button)
        actions.addStretch(1)
        more = QHBoxLayout()
        more.addWidget(self.reset_button)
        more.addWidget(self.reuse_button)
        more.addStretch(1)
        dates = QFormLayout()
        dates.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for key, editor in (("issued", self.issued), ("expires", self.expires)):
            label = QLabel()
            label.setBuddy(editor)
            self._labels[key] = label
            editor.setMinimumWidth(130)
            dates.addRow(label, editor)
        self._dates = dates
        dates_line = QHBoxLayout()
        dates_line.addLayout(dates)
        dates_line.addWidget(self.dates_button, 0, Qt.AlignmentFlag.AlignBottom)
        dates_line.addStretch(1)
        files_head = QHBoxLayout()
        self._labels["files"] = QLabel()
        files_head.addWidget(self._labels["files"], 1)
        files_head.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.details)
        layout.addLayout(actions)
        layout.addLayout(more)
        layout.addLayout(dates_line)
        layout.addLayout(files_head)
        layout.addWidget(self.files)
        layout.addWidget(self.drop_hint)
        layout.addStretch(1)
        self.drop_hint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

    # texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.attach_button.setText(self.tr("Attach files…"))
        self.verify_button.setText(self.tr("Verify"))
        self.verify_button.setToolTip(self.tr("The original was checked"))
        self.waive_button.setText(self.tr("Waive…"))
        self.reset_button.setText(self.tr("Reset to missing"))
        self.reuse_button.setText(self.tr("Use document on file"))
        self.reuse_button.setToolTip(self.tr("Use the document received for another application"))
        self._labels["issued"].setText(self.tr("Document date"))
        self._labels["expires"].setText(self.tr("Expiry date"))
        self.dates_button.setText(self.tr("Save dates"))
        self._labels["files"].setText(self.tr("Files"))
        self.remove_button.setText(self.tr("Remove file"))
        self.drop_hint.setText(self.tr("Drop scans or PDFs here to attach them"))
        self._show_texts()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_texts(self) -> None:
        item = self.item
        if item is None:
            self.name.setText(self.tr("Choose a document in the list"))
            self.state.setText("")
            self.hint.setText("")
            self.details.setText("")
            return
        self.name.setText(item_name(item.template, item.code))
        self.state.setText(state_label(item.effective))
        self.state.setStyleSheet(
            f"color: {STATE_COLOURS[item.effective]}; font-weight: bold; padding-left: 8px;"
        )
        self.hint.setText(item_hint(item.template))
        self.details.setText(self._details(item))

    def _details(self, item: ItemView) -> str:
        lines = []
        if not item.required:
            lines.append(self.tr("Optional for this application"))
        if item.effective == EffectiveState.WAIVED:
            lines.append(self.tr("Waived: {reason}").format(reason=item.waive_reason))
        if item.validity is not None and item.template is not None and item.template.validity:
            lines.append(validity_text(item.validity))
        if item.reusable:
            lines.append(self.tr("A document is on file from another application"))
        return "\n".join(lines)

    # showing an item --------------------------------------------------------------------

    def show_item(self, item: ItemView | None, blob_path: BlobPath | None) -> None:
        """Show ``item`` (None: nothing chosen); ``blob_path(attachment)`` locates files."""
        same_document = (
            self.item is not None
            and item is not None
            and self.item.id == item.id
            and self.item.document == item.document
        )
        self.item = item
        self._show_texts()
        has_item = item is not None
        state = None if item is None else item.state
        allowed = set() if state is None else TRANSITIONS[state]
        self.attach_button.setEnabled(has_item)
        self.verify_button.setEnabled(ItemState.VERIFIED in allowed)
        self.waive_button.setEnabled(ItemState.WAIVED in allowed)
        self.reset_button.setEnabled(ItemState.MISSING in allowed)
        self.reuse_button.setVisible(item is not None and bool(item.reusable))
        document = None if item is None else item.document
        for widget in (self.issued, self.expires, self.dates_button):
            widget.setEnabled(document is not None)
        rule = None if item is None or item.template is None else item.template.validity
        self._dates.setRowVisible(0, rule is None or rule.needs_issue_date)
        self._dates.setRowVisible(1, rule is None or rule.needs_expiry_date)
        if not same_document:
            self._show_dates(document)
            files = () if document is None or blob_path is None else document.attachments
            self.files.show_files(files, blob_path or (lambda a: Path()))
        self._update_remove()
        self._dates_edited()

    def _show_dates(self, document: DocumentView | None) -> None:
        for editor, value in (
            (self.issued, None if document is None else document.issued_on),
            (self.expires, None if document is None else document.expires_on),
        ):
            editor.blockSignals(True)
            editor.set_date_value(value)
            editor.blockSignals(False)

    def _dates_edited(self) -> None:
        document = None if self.item is None else self.item.document
        changed = document is not None and (
            self.issued.date_value() != document.issued_on
            or self.expires.date_value() != document.expires_on
        )
        self.dates_button.setEnabled(changed)

    def _update_remove(self) -> None:
        self.remove_button.setEnabled(self.files.current_attachment() is not None)

    # requests ---------------------------------------------------------------------------

    def _attach(self) -> None:
        if self.item is not None:
            self.attach_requested.emit(self.item.id)

    def _waive(self) -> None:
        if self.item is not None:
            self.waive_requested.emit(self.item.id)

    def _reuse_document(self, item_id: str, document_id: str) -> None:
        self.reuse_requested.emit(item_id, document_id)

    def _request_state(self, state: ItemState) -> None:
        if self.item is not None:
            self.state_requested.emit(self.item.id, state)

    def _reuse(self) -> None:
        item = self.item
        if item is None or not item.reusable:
            return
        if len(item.reusable) == 1:
            self.reuse_requested.emit(item.id, item.reusable[0].id)
            return
        menu = QMenu(self)
        for document in item.reusable:
            action = menu.addAction(self._document_label(document))
            action.triggered.connect(
                lambda _c=False, d=document.id, i=item.id: self._reuse_document(i, d)
            )
        self.reuse_menu = menu
        menu.popup(self.reuse_button.mapToGlobal(self.reuse_button.rect().bottomLeft()))

    def _document_label(self, document: DocumentView) -> str:
        files = len(document.attachments)
        if document.issued_on is not None:
            return self.tr("Dated {date}, {count} file(s)").format(
                date=document.issued_on.isoformat(), count=files
            )
        if document.expires_on is not None:
            return self.tr("Valid through {date}, {count} file(s)").format(
                date=document.expires_on.isoformat(), count=files
            )
        return self.tr("{count} file(s)").format(count=files)

    def _save_dates(self) -> None:
        if self.item is not None and self.item.document is not None:
            self.dates_requested.emit(
                self.item.document.id, self.issued.date_value(), self.expires.date_value()
            )

    def set_dates(self, issued_on: date | None, expires_on: date | None) -> None:
        """Put dates into the fields (as a person would pick them)."""
        self.issued.set_date_value(issued_on)
        self.expires.set_date_value(expires_on)

    def _remove(self) -> None:
        attachment = self.files.current_attachment()
        if attachment is not None:
            self.remove_requested.emit(attachment.id)

    # drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.item is not None and dropped_files(event.mimeData()):
            event.acceptProposedAction()
            self.setStyleSheet("QFrame#itemPanel { border: 2px dashed #c8102e; }")
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.item is not None and dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.setStyleSheet("")
        super().dragLeaveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.setStyleSheet("")
        paths = dropped_files(event.mimeData())
        if self.item is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(self.item.id, paths)
