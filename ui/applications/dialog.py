"""One application's window: its terms, completeness, checklist and the submit gate.

Every change runs in the background; when it is written the window loads the
application again (and tells the other views through ``ApplicationActions``).
Refusals (a damaged file, a missing reason, required items still missing) are
shown translated in a message box: nothing is half done.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.applications import ApplicationStatus, InvalidApplicationError, NotReadyError
from app.checklist import ItemState
from ui.applications.checklist import ChecklistView
from ui.applications.item_panel import ItemPanel
from ui.applications.preview import PreviewDialog
from ui.applications.texts import (
    application_problem_text,
    collateral_label,
    error_text,
    item_name,
    names_list,
    percent_text,
    product_name,
    status_label,
)
from ui.applications.waive import WaiveDialog
from ui.onboarding.style import ONBOARDING_STYLE
from ui.onboarding.texts import money_text
from ui.tasks import run_in_background

if TYPE_CHECKING:
    from app.applications import ApplicationView, AttachmentView, ItemView
    from ui.applications.actions import ApplicationActions

log = logging.getLogger(__name__)

#: Blocking items named in the header; the rest are counted.
NAMED_BLOCKING = 4
FILE_FILTER = "*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.heic *.heif"


class ApplicationDialog(QDialog):
    """The checklist window of one application."""

    #: The application was (re)loaded and is on screen.
    loaded = Signal()

    def __init__(
        self, actions: ApplicationActions, application_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("applicationDialog")
        self.setStyleSheet(ONBOARDING_STYLE)
        self.actions = actions
        self._service = actions.service
        self.application_id = application_id
        self.view: ApplicationView | None = None
        #: Changes sent to the background and not yet answered.
        self.pending = 0
        self._generation = 0
        self._error = ""
        #: The message box shown last, the waive and preview dialogs opened last.
        self.message_box: QMessageBox | None = None
        self.waive_dialog: WaiveDialog | None = None
        self.preview_dialog: PreviewDialog | None = None

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel()
        self.status.setObjectName("applicationStatus")
        self.edit_button = QPushButton()
        self.edit_button.setObjectName("editApplication")
        self.edit_button.setAutoDefault(False)
        self.edit_button.clicked.connect(self.edit)
        self.summary = QLabel()
        self.summary.setObjectName("applicationSummary")
        self.summary.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("completeness")
        self.progress.setRange(0, 100)
        self.progress.setFixedWidth(180)
        self.progress.setTextVisible(False)
        self.percent = QLabel()
        self.percent.setObjectName("percent")
        self.blocking = QLabel()
        self.blocking.setObjectName("blockingItems")
        self.blocking.setWordWrap(True)
        self.checklist = ChecklistView()
        self.checklist.setObjectName("checklist")
        self.panel = ItemPanel(actions.thumbnails, actions.today)
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.ready_button = QPushButton()
        self.ready_button.setObjectName("markReady")
        self.ready_button.setProperty("primary", True)
        self.ready_button.setAutoDefault(False)
        self.ready_button.clicked.connect(self.mark_ready)
        self.scorecard_button = QPushButton()
        self.scorecard_button.setObjectName("openScorecard")
        self.scorecard_button.setAutoDefault(False)
        self.scorecard_button.clicked.connect(self.open_scorecard)
        self.scorecard_button.setVisible(actions.open_scorecard is not None)
        self.packet_button = QPushButton()
        self.packet_button.setObjectName("printPacket")
        self.packet_button.setAutoDefault(False)
        self.packet_button.clicked.connect(self.print_packet)
        self.packet_button.setVisible(actions.open_packet is not None)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        self._build()
        self._connect()
        self.retranslate()
        self.resize(1000, 660)
        actions.data_changed.connect(self.reload)
        self.reload()

    def open_scorecard(self) -> None:
        """The credit scorecard of this application's customer."""
        if self.view is not None and self.actions.open_scorecard is not None:
            self.actions.open_scorecard(self.view.customer_id, self.application_id)

    def print_packet(self) -> None:
        """Preview, save or print the application packet."""
        if self.actions.open_packet is not None:
            self.actions.open_packet(self, self.application_id)

    def _build(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.status)
        top.addSpacing(12)
        top.addWidget(self.edit_button)
        completeness = QHBoxLayout()
        completeness.addWidget(self.progress)
        completeness.addWidget(self.percent)
        completeness.addSpacing(12)
        completeness.addWidget(self.blocking, 1)
        scroll = QScrollArea()
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setMinimumWidth(360)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.checklist)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.scorecard_button)
        buttons.addWidget(self.packet_button)
        buttons.addWidget(self.ready_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(completeness)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.checklist.current_changed.connect(self._show_item)
        self.checklist.mark_received_requested.connect(self.mark_received)
        self.checklist.reuse_all_requested.connect(self.reuse_all)
        self.checklist.files_dropped.connect(self.attach_files)
        self.panel.attach_requested.connect(self.choose_files)
        self.panel.files_dropped.connect(self.attach_files)
        self.panel.state_requested.connect(self.set_state)
        self.panel.waive_requested.connect(self.waive)
        self.panel.reuse_requested.connect(self.reuse)
        self.panel.dates_requested.connect(self.set_dates)
        self.panel.remove_requested.connect(self.remove_attachment)
        self.panel.preview_requested.connect(self.preview)

    # texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.edit_button.setText(self.tr("Change…"))
        self.ready_button.setText(self.tr("Mark ready to submit"))
        self.scorecard_button.setText(self.tr("Scorecard…"))
        self.packet_button.setText(self.tr("Print packet…"))
        self.close_button.setText(self.tr("Close"))
        view = self.view
        if view is None:
            self.setWindowTitle(self.tr("Application"))
            self.heading.setText(self._error or self.tr("Loading…"))
            for label in (self.status, self.summary, self.percent, self.blocking):
                label.setText("")
            self.edit_button.setEnabled(False)
            self.ready_button.setEnabled(False)
            return
        product = product_name(view.product, view.product_code)
        self.setWindowTitle(
            self.tr("Application: {customer}, {product}").format(
                customer=view.customer_name, product=product
            )
        )
        self.heading.setText(view.customer_name)
        self.status.setText(status_label(view.status))
        parts = [
            product,
            money_text(view.amount),
            self.tr("{count} months").format(count=view.term_months or "—"),
            self.tr("Collateral: {type}").format(type=collateral_label(view.collateral_type)),
        ]
        if view.collateral_description:
            parts[-1] += f" ({view.collateral_description})"
        if view.purpose:
            parts.append(self.tr("Purpose: {purpose}").format(purpose=view.purpose))
        self.summary.setText(" · ".join(parts))
        self.progress.setValue(view.completeness)
        self.percent.setText(
            self.tr("{percent} of required documents").format(
                percent=percent_text(view.completeness)
            )
        )
        self.blocking.setText(self._blocking_text(view.blocking))
        self.blocking.setToolTip(names_list(item_name(i.template, i.code) for i in view.blocking))
        draft = view.status == ApplicationStatus.DRAFT
        self.edit_button.setEnabled(draft)
        self.ready_button.setEnabled(draft)

    def _blocking_text(self, blocking: Sequence[ItemView]) -> str:
        if not blocking:
            return self.tr("All required documents are in")
        names = [item_name(i.template, i.code) for i in blocking[:NAMED_BLOCKING]]
        if len(blocking) > NAMED_BLOCKING:
            return self.tr("Still needed ({count}): {items} and {more} more").format(
                count=len(blocking), items=names_list(names), more=len(blocking) - NAMED_BLOCKING
            )
        return self.tr("Still needed ({count}): {items}").format(
            count=len(blocking), items=names_list(names)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # loading ----------------------------------------------------------------------

    def reload(self) -> None:
        """Load the application again in the background."""
        self._generation += 1
        generation = self._generation
        service, application_id, today = self._service, self.application_id, self.actions.today

        def done(view: ApplicationView) -> None:
            if generation == self._generation:
                self._show(view)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                log.warning("application %s not loaded: %s", application_id, exc)
                self._error = (
                    self.tr("This application no longer exists.")
                    if isinstance(exc, KeyError)
                    else self.tr("The application could not be loaded: {error}").format(error=exc)
                )
                self.view = None
                self.retranslate()

        run_in_background(lambda: service.load(application_id, today), done, failed, receiver=self)

    def _show(self, view: ApplicationView) -> None:
        self.view = view
        self.checklist.show_application(view, self.actions.catalogue)
        self.retranslate()
        self.loaded.emit()

    def _show_item(self, item: ItemView | None) -> None:
        self.panel.show_item(item, self.actions.blob_path)

    def item(self, code: str) -> ItemView:
        """The shown application's item ``code`` (tests and screenshots pick items so)."""
        assert self.view is not None
        return next(i for i in self.view.items if i.code == code)

    def edit(self) -> None:
        """Change the application's terms (a draft only); the checklist follows."""
        self.actions.edit_application(self.application_id)

    # running changes --------------------------------------------------------------

    def _run(
        self,
        work: Callable[[], Any],
        failed: Callable[[BaseException], bool] | None = None,
        note: str = "",
    ) -> None:
        """Run ``work`` in the background, then reload; ``failed`` may handle an error."""
        self.pending += 1
        self.note.setText(note or self.tr("Saving…"))

        def done(_result: Any) -> None:
            self.pending -= 1
            self.note.setText("")
            self.reload()
            self.actions.notify_changed()

        def refused(exc: BaseException) -> None:
            self.pending -= 1
            self.note.setText("")
            if failed is None or not failed(exc):
                self._warn(self.tr("Not done"), error_text(exc))
            self.reload()

        run_in_background(work, done, refused, receiver=self)

    def _warn(self, title: str, text: str, details: str = "") -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("applicationMessage")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        if details:
            box.setInformativeText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.message_box = box
        box.open()
        return box

    # item actions -----------------------------------------------------------------

    def choose_files(self, item_id: str) -> None:
        """Ask for files (scans, photos, PDFs) and attach them to ``item_id``."""
        paths, _filter = QFileDialog.getOpenFileNames(
            self,
            self.tr("Attach files"),
            "",
            self.tr("Scans and PDFs ({patterns});;All files (*)").format(patterns=FILE_FILTER),
        )
        if paths:
            self.attach_files(item_id, [Path(p) for p in paths])

    def attach_files(self, item_id: str, paths: Sequence[Path]) -> None:
        """Store ``paths`` as the item's document (checked first; a bad file stores nothing)."""
        service, files = self._service, [Path(p) for p in paths]
        self.checklist.set_current(item_id)

        def refused(exc: BaseException) -> bool:
            from app.attachment_store import AttachmentError

            if isinstance(exc, AttachmentError):
                self._warn(self.tr("File not attached"), error_text(exc))
                return True
            return False

        self._run(lambda: service.attach(item_id, files), refused, self.tr("Attaching…"))

    def mark_received(self, item_ids: Sequence[str]) -> None:
        """Mark the missing ones of ``item_ids`` received (papers seen), at once."""
        service, ids = self._service, list(item_ids)
        if ids:
            self._run(lambda: service.mark_received(ids))

    def set_state(self, item_id: str, state: ItemState, reason: str = "") -> None:
        """Move ``item_id`` to ``state`` (verified, missing, or waived with ``reason``)."""
        service = self._service
        self._run(lambda: service.set_state(item_id, state, reason))

    def waive(self, item_id: str) -> WaiveDialog:
        """Ask why ``item_id`` is not needed; waive it once a reason is given."""
        item = self.checklist.model.item_view(item_id)
        name = "" if item is None else item_name(item.template, item.code)
        dialog = WaiveDialog(name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.reason_given.connect(
            lambda reason: self.set_state(item_id, ItemState.WAIVED, reason)
        )
        self.waive_dialog = dialog
        dialog.open()
        return dialog

    def reuse(self, item_id: str, document_id: str) -> None:
        """Use the customer's document ``document_id`` (already on file) for ``item_id``."""
        service = self._service
        self._run(lambda: service.reuse(item_id, document_id))

    def reuse_all(self) -> None:
        """Use every valid document on file for the items still missing."""
        service, application_id, today = self._service, self.application_id, self.actions.today
        self._run(lambda: service.reuse_all(application_id, today))

    def set_dates(self, document_id: str, issued_on: date | None, expires_on: date | None) -> None:
        """Record the document's date and expiry date (they decide its validity)."""
        service = self._service
        self._run(lambda: service.set_document_dates(document_id, issued_on, expires_on))

    def remove_attachment(self, attachment_id: str) -> None:
        """Take a file off its document."""
        service = self._service
        self._run(lambda: service.remove_attachment(attachment_id))

    def preview(self, attachment: AttachmentView) -> PreviewDialog:
        """Show ``attachment`` large in a window of its own."""
        dialog = PreviewDialog(attachment, self.actions.blob_path(attachment), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.preview_dialog = dialog
        dialog.show()
        return dialog

    # the submit gate --------------------------------------------------------------

    def mark_ready(self) -> None:
        """Mark the application ready to submit; says what is missing if it is not."""
        service, application_id, today = self._service, self.application_id, self.actions.today
        self._run(lambda: service.mark_ready(application_id, today), self._not_ready)

    def _not_ready(self, exc: BaseException) -> bool:
        if isinstance(exc, NotReadyError):
            names = [item_name(i.template, i.code) for i in exc.blocking]
            self._warn(
                self.tr("Not ready to submit"),
                self.tr("These required documents are missing or expired:"),
                "\n".join(f"• {name}" for name in names),
            )
            return True
        if isinstance(exc, InvalidApplicationError):
            self._warn(
                self.tr("Not ready to submit"),
                self.tr("The application's terms do not fit the product:"),
                "\n".join(application_problem_text(p) for p in exc.problems),
            )
            return True
        return False
