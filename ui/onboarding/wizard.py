"""The onboarding wizard: a new (or resumed) customer, page by page, saved as a draft.

Drafts may hold wrong or missing data: Next shows what is wrong at the fields
but lets the RM go on; only marking the customer complete needs every problem
fixed. Saves run in the background (:func:`ui.tasks.run_in_background`) and the
wizard stays open; the saved id is kept so the next save updates the customer.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QLocale, QTime, QTimer, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.customer_list import CustomerRef
from app.customer_profile import CustomerProfile, OnboardingStatus
from app.customers import CustomerService, IncompleteProfileError
from app.identifiers import InvalidIdentifier, validate_uscc
from app.privacy import RevealContext, RevealService
from app.validation import (
    PAGE_FIELDS,
    Problem,
    normalise,
    problems_for_completion,
    problems_on_page,
    validate_fields,
)
from ui.masked import RevealGate
from ui.onboarding.page_base import OnboardingPage, top_field
from ui.onboarding.pages import BusinessPage, CreditPage, IdentityPage, PeoplePage
from ui.onboarding.review import ReviewPage
from ui.onboarding.style import ONBOARDING_STYLE
from ui.onboarding.texts import problem_line
from ui.tasks import run_in_background

log = logging.getLogger(__name__)

DUPLICATE_CHECK_DELAY_MS = 250
_FIELD_POSITION = {
    name: index
    for index, name in enumerate(name for names in PAGE_FIELDS.values() for name in names)
}


def _problem_order(problem: Problem) -> tuple[int, int]:
    parts = problem.field.split(".")
    row = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else -1
    return _FIELD_POSITION.get(parts[0], len(_FIELD_POSITION)), row


class OnboardingWizard(QDialog):
    """Create or resume a customer: enterprise, business, people, credit, review.

    ``profile`` (e.g. a saved draft from ``service.load``) fills every field and
    the wizard opens at the first page with problems. ``today`` fixes the date
    validation compares with (default: the system date).
    """

    #: A save succeeded: the customer's id.
    saved = Signal(str)
    #: The RM chose to open the customer that already has the credit code typed.
    open_existing = Signal(str)
    #: The duplicate check of a valid credit code answered: the other customer, or None.
    duplicate_checked = Signal(object)

    def __init__(
        self,
        service: CustomerService,
        profile: CustomerProfile | None = None,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("onboardingWizard")
        self.setStyleSheet(ONBOARDING_STYLE)
        self._service = service
        self._today = today or date.today()
        start = CustomerProfile() if profile is None else profile.copy()
        self._id = start.id
        self._status = start.status
        self._name = start.name
        self._armed: set[str] = set()
        self._show_required = False
        self._warned: tuple[str, frozenset[tuple[str, str]]] | None = None
        self._saving = False
        self._queued: tuple[str, Callable[[], None] | None] | None = None
        self._after_close: Callable[[], None] | None = None
        self._force_close = False
        self._duplicate_generation = 0
        self.unsaved_prompt: QMessageBox | None = None
        self.problem_prompt: QMessageBox | None = None

        self.identity = IdentityPage(self._today)
        self.business = BusinessPage(self._today)
        self.people = PeoplePage(self._today)
        self.credit = CreditPage(self._today)
        self.pages: list[OnboardingPage] = [self.identity, self.business, self.people, self.credit]
        self.review = ReviewPage()
        self._build()

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(0)
        self._refresh_timer.timeout.connect(self._refresh)
        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(DUPLICATE_CHECK_DELAY_MS)
        self._duplicate_timer.timeout.connect(self._check_duplicate)
        for page in self.pages:
            page.changed.connect(self._refresh_timer.start)
            page.field_finished.connect(self._field_finished)
        self.identity.uscc_edit.textChanged.connect(lambda _t: self._duplicate_timer.start())
        self.identity.open_existing.connect(self._open_existing)
        self.review.jump_to.connect(self.jump_to)

        for page in self.pages:
            page.load(start)
        self._baseline = self._state()
        if profile is not None:
            self._arm_everything()
        self._refresh()
        self._check_duplicate()
        run_in_background(
            service.segments,
            self._segments_loaded,
            lambda exc: log.warning("segments not loaded: %s", exc),
        )
        self.retranslate()
        self._go(self._first_page_with_problems() if profile is not None else 0)
        self.resize(980, 660)

    # building -----------------------------------------------------------

    def _build(self) -> None:
        self.steps = QListWidget()
        self.steps.setObjectName("onboardingSteps")
        self.steps.setFixedWidth(170)
        self.stack = QStackedWidget()
        for page in [*self.pages, self.review]:
            if page is self.review:
                self.stack.addWidget(page)
            else:
                scroll = QScrollArea()
                scroll.setWidgetResizable(True)
                scroll.setFrameShape(QFrame.Shape.NoFrame)
                scroll.setWidget(page)
                self.stack.addWidget(scroll)
            self.steps.addItem(QListWidgetItem())
        self.steps.currentRowChanged.connect(self._step_clicked)
        self.banner = QLabel()
        self.banner.setObjectName("nextWarning")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("saveStatus")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveDraft")
        self.save_button.clicked.connect(self.save_draft)
        self.back_button = QPushButton()
        self.back_button.setObjectName("back")
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton()
        self.next_button.setObjectName("next")
        self.next_button.clicked.connect(self.next)
        self.complete_button = QPushButton()
        self.complete_button.setObjectName("markComplete")
        self.complete_button.clicked.connect(self.mark_complete)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close")
        self.close_button.clicked.connect(self.reject)
        # Enter confirms a field or a table cell; it never turns the page
        for button in (
            self.save_button,
            self.back_button,
            self.next_button,
            self.complete_button,
            self.close_button,
        ):
            button.setAutoDefault(False)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.save_draft)

        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        buttons.addWidget(self.complete_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.close_button)
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addWidget(self.banner)
        body = QHBoxLayout()
        body.addWidget(self.steps)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)

    # texts --------------------------------------------------------------

    def retranslate(self) -> None:
        """Set the wizard's own texts in the current language."""
        if self._id is None:
            self.setWindowTitle(self.tr("New customer"))
        else:
            name = self._name or self.tr("(unnamed draft)")
            self.setWindowTitle(self.tr("Customer: {name}").format(name=name))
        titles = [page.title() for page in self.pages] + [self.review.title()]
        for index, title in enumerate(titles):
            self.steps.item(index).setText(f"{index + 1}  {title}")
        draft = self._status == OnboardingStatus.DRAFT
        self.save_button.setText(self.tr("Save draft") if draft else self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save what is entered so far (Ctrl+S)"))
        self.back_button.setText(self.tr("Back"))
        self.next_button.setText(self.tr("Next"))
        self.complete_button.setText(self.tr("Mark complete"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._refresh()
        super().changeEvent(event)

    # the profile being edited -------------------------------------------

    @property
    def customer_id(self) -> str | None:
        """The id of the customer once saved (None before the first save)."""
        return self._id

    def attach_reveals(self, service: RevealService) -> None:
        """Record, through ``service``, each stored ID number or phone shown in full."""
        self.people.attach_reveals(RevealGate(service, RevealContext.EDIT), lambda: self._id)
        self.review.summary.attach_reveals(service)

    @property
    def current_page(self) -> str:
        """Key of the page on screen (``identity`` … ``review``)."""
        index = self.stack.currentIndex()
        return self.pages[index].key if index < len(self.pages) else self.review.key

    def profile(self) -> CustomerProfile:
        """The profile as the fields hold it now (unreadable amounts are None)."""
        current = CustomerProfile(id=self._id, status=self._status)
        for page in self.pages:
            page.store(current)
        return current

    def _unreadable(self) -> list[tuple[Problem, str]]:
        return [found for page in self.pages for found in page.unreadable()]

    def problems(self, required: bool = False) -> list[Problem]:
        """What is wrong now: invalid values, and with ``required`` what is missing too."""
        current = self.profile()
        inputs = [problem for problem, _text in self._unreadable()]
        unreadable = {p.field for p in inputs}
        checked = (
            problems_for_completion(current, self._today)
            if required
            else validate_fields(current, self._today)
        )
        merged = inputs + [p for p in checked if p.field not in unreadable]
        return sorted(merged, key=_problem_order)

    def _state(self) -> tuple[CustomerProfile, tuple[tuple[str, str], ...]]:
        unreadable = tuple((problem.field, text) for problem, text in self._unreadable())
        return normalise(self.profile()), unreadable

    def is_dirty(self) -> bool:
        """Whether anything changed since the profile was loaded or last saved."""
        return self._state() != self._baseline

    # showing problems -----------------------------------------------------

    def _arm_everything(self) -> None:
        self._armed |= {name for names in PAGE_FIELDS.values() for name in names}
        self._show_required = True

    def _field_finished(self, name: str) -> None:
        self._armed.add(name)
        self._refresh_timer.start()

    def _visible_problems(self) -> list[Problem]:
        return [p for p in self.problems(self._show_required) if top_field(p.field) in self._armed]

    def _refresh(self) -> None:
        """Bring messages, the live size/eligibility panels and the review up to date."""
        current = self.profile()
        self.business.panel.show_profile(current)
        self.credit.panel.show_profile(current)
        visible = self._visible_problems()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for index, page in enumerate(self.pages):
            on_page = problems_on_page(page.key, visible)
            page.show_problems(on_page)
            item = self.steps.item(index)
            item.setIcon(warning if on_page else QIcon())
        if self.current_page == self.review.key:
            self.review.show_review(current, self.problems(required=True))
        self.complete_button.setEnabled(not self._saving)
        self.save_button.setEnabled(not self._saving)

    def _first_page_with_problems(self) -> int:
        problems = self.problems(required=True)
        return next(
            (i for i, page in enumerate(self.pages) if problems_on_page(page.key, problems)), 0
        )

    # navigation -----------------------------------------------------------

    def _go(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(index)
        self.steps.blockSignals(False)
        last = len(self.pages)
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(index < last)
        self.complete_button.setVisible(index == last and self._status == OnboardingStatus.DRAFT)
        self.banner.hide()
        self._refresh()

    def _step_clicked(self, row: int) -> None:
        if row >= 0:
            self._go(row)

    def go_to_page(self, key: str) -> None:
        """Show the page called ``key`` (a key of PAGE_FIELDS, or ``review``)."""
        keys = [page.key for page in self.pages] + [self.review.key]
        self._go(keys.index(key))

    def next(self) -> None:
        """Go on; the first time a page has wrong values, show them and stay."""
        index = self.stack.currentIndex()
        if index >= len(self.pages):
            return
        page = self.pages[index]
        self._armed |= set(PAGE_FIELDS[page.key])
        self._refresh()
        on_page = problems_on_page(page.key, self._visible_problems())
        seen = (page.key, frozenset((p.field, p.code) for p in on_page))
        if on_page and seen != self._warned:
            self._warned = seen
            self.banner.setText(
                self.tr("Please check the marked fields. Click Next again to go on anyway.")
            )
            self.banner.show()
            page.focus_field(on_page[0].field)
            return
        self._go(index + 1)

    def back(self) -> None:
        """Go to the previous page; nothing typed is lost."""
        index = self.stack.currentIndex()
        if index > 0:
            self._go(index - 1)

    def jump_to(self, path: str) -> None:
        """Show the page of field ``path`` with every problem marked, and focus the field."""
        self._arm_everything()
        for page in self.pages:
            if top_field(path) in PAGE_FIELDS[page.key]:
                self.go_to_page(page.key)
                page.focus_field(path)
                return

    # saving -----------------------------------------------------------------

    def save_draft(self) -> None:
        """Save what is entered in the background; the wizard stays open."""
        self._save(self._status)

    def _save(self, status: str, then: Callable[[], None] | None = None) -> None:
        if self._saving:
            self._queued = (status, then)
            return
        snapshot = replace(self.profile(), status=status)
        unreadable = tuple((problem.field, text) for problem, text in self._unreadable())
        contact_keys = [row.key for row in self.people.contacts.filled_rows()]
        bank_keys = [row.key for row in self.credit.banks.filled_rows()]
        self._saving = True
        self.save_button.setEnabled(False)
        self.complete_button.setEnabled(False)
        self.status_label.setText(self.tr("Saving…"))
        service, today = self._service, self._today

        def done(result: Any) -> None:
            if shiboken6.isValid(self):
                self._saved(result, unreadable, contact_keys, bank_keys, then)

        def failed(exc: BaseException) -> None:
            if shiboken6.isValid(self):
                self._save_failed(exc)

        run_in_background(lambda: service.save(snapshot, today), done, failed)

    def _saved(
        self,
        saved: CustomerProfile,
        unreadable: tuple[tuple[str, str], ...],
        contact_keys: list[int],
        bank_keys: list[int],
        then: Callable[[], None] | None,
    ) -> None:
        self._saving = False
        assert saved.id is not None
        self._id = saved.id
        self._status = saved.status
        self._name = saved.name
        self.people.contacts.set_ids(
            {k: c.id for k, c in zip(contact_keys, saved.contacts, strict=True) if c.id}
        )
        self.credit.banks.set_ids(
            {k: b.id for k, b in zip(bank_keys, saved.bank_relationships, strict=True) if b.id}
        )
        self._baseline = (saved, unreadable)
        time = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        if unreadable:
            text = self.tr("Saved at {time}. Text that is not a number was not saved.")
        else:
            text = self.tr("Saved at {time}")
        self.status_label.setText(text.format(time=time))
        self.retranslate()
        self._refresh()
        self._check_duplicate()
        self.saved.emit(saved.id)
        if then is not None:
            then()
        if self._queued is not None:
            status, after = self._queued
            self._queued = None
            self._save(status, after)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        self._queued = None
        self._refresh()
        if isinstance(exc, IncompleteProfileError):
            self._arm_everything()
            self._refresh()
            self.status_label.setText(self.tr("Not saved: some fields are missing or wrong"))
            self._offer_jump(exc.problems)
            return
        log.error("saving customer failed", exc_info=exc)
        self.status_label.setText(self.tr("Could not save: {error}").format(error=str(exc)))

    # completing -------------------------------------------------------------

    def mark_complete(self) -> None:
        """Mark the customer complete if nothing is missing or wrong; else show what is."""
        self._arm_everything()
        self._refresh()
        problems = self.problems(required=True)
        if problems:
            self._offer_jump(problems)
            return
        self._save(OnboardingStatus.COMPLETE.value, self._completed)

    def _completed(self) -> None:
        self.accept()

    def _offer_jump(self, problems: list[Problem]) -> None:
        box = QMessageBox(self)
        box.setObjectName("problemPrompt")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Not complete yet"))
        box.setText(self.tr("The customer cannot be marked complete yet."))
        lines = [problem_line(p) for p in problems[:8]]
        if len(problems) > 8:
            lines.append("…")
        box.setInformativeText("\n".join(lines))
        go = box.addButton(self.tr("Go to the first problem"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(go)
        first = problems[0].field
        box.buttonClicked.connect(lambda button: self.jump_to(first) if button is go else None)
        self.problem_prompt = box
        box.open()

    # the duplicate check ------------------------------------------------------

    def _check_duplicate(self) -> None:
        text = self.identity.uscc_edit.text()
        try:
            code = validate_uscc(text)
        except InvalidIdentifier:
            self._duplicate_generation += 1
            self.identity.show_duplicate(None)
            return
        self._duplicate_generation += 1
        generation = self._duplicate_generation
        service, exclude = self._service, self._id

        def found(ref: CustomerRef | None) -> None:
            if shiboken6.isValid(self) and generation == self._duplicate_generation:
                self.identity.show_duplicate(ref)
                self.duplicate_checked.emit(ref)

        run_in_background(
            lambda: service.find_by_uscc(code, exclude),
            found,
            lambda exc: log.warning("duplicate check failed: %s", exc),
        )

    def _open_existing(self, customer_id: str) -> None:
        self._after_close = lambda: self.open_existing.emit(customer_id)
        if self._id is None:
            self._close_now()  # nothing saved yet: the RM goes to the existing customer
        else:
            self.reject()

    def _segments_loaded(self, segments: list[str]) -> None:
        if shiboken6.isValid(self):
            self.credit.set_segments(segments)

    # closing ------------------------------------------------------------------

    def reject(self) -> None:
        """Close; with unsaved changes ask first: Save draft, Discard or Cancel."""
        if self._force_close or not self.is_dirty():
            self._close_now()
            return
        self._ask_unsaved()

    def _close_now(self) -> None:
        self._force_close = True
        super().reject()
        after, self._after_close = self._after_close, None
        if after is not None:
            after()

    def _ask_unsaved(self) -> None:
        box = QMessageBox(self)
        box.setObjectName("unsavedPrompt")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Save the changes to this customer before closing?"))
        draft = self._status == OnboardingStatus.DRAFT
        save = box.addButton(
            self.tr("Save draft") if draft else self.tr("Save"), QMessageBox.ButtonRole.AcceptRole
        )
        discard = box.addButton(self.tr("Discard"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)

        def clicked(button: object) -> None:
            if button is save:
                self._save(self._status, self._close_now)
            elif button is discard:
                self._close_now()
            else:
                self._after_close = None

        box.buttonClicked.connect(clicked)
        self.unsaved_prompt = box
        box.open()

    def done(self, result: int) -> None:
        super().done(result)
        self._force_close = False  # shown again later: ask again
