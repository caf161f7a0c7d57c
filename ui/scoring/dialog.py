"""One customer's credit assessment: statements and questions left, live grade right.

The score follows every change (a short debounce, scored on the GUI thread:
the engine takes microseconds). Reading and writing run in the background:
the customer, statements and history load when the window opens; Save draft
writes the statements and the draft; Submit (after a confirmation) also
freezes the assessment, and the form turns read-only. A submitted one is
corrected by a new assessment that supersedes it. Choosing an entry of the
history shows it read-only; what was being typed comes back afterwards.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.scoring import (
    CustomerFacts,
    Improvement,
    ScorecardModel,
    ScoreResult,
    ScoringError,
    Statement,
    Value,
    compute_ratios,
    customer_inputs,
    evaluate,
    improvements,
    prepare_value,
)
from app.scoring.ratios import RATIOS
from ui.onboarding.style import ONBOARDING_STYLE
from ui.onboarding.texts import chinese_ui
from ui.scoring.form import FormState, InputForm
from ui.scoring.history import HistoryList
from ui.scoring.result_panel import ResultPanel
from ui.scoring.statements import RatioTable, StatementsEditor, StatementsState
from ui.scoring.texts import (
    error_text,
    input_label,
    model_name,
    problem_line,
    status_of,
    time_text,
)
from ui.tasks import run_in_background

if TYPE_CHECKING:
    from app.assessments import AssessmentView
    from ui.scoring.actions import ScorecardActions

log = logging.getLogger(__name__)

#: Changes within this time are scored once.
DEBOUNCE_MS = 60

_STYLE = (
    ONBOARDING_STYLE
    + """
QLabel[section="true"] { font-weight: bold; color: #4a5560; padding-top: 6px; }
QLabel#banner { background: #f4f6f8; border: 1px solid #dde2e6; border-radius: 4px;
                padding: 4px 6px; }
QLineEdit:read-only { background: #f4f6f8; color: #4a5560; }
QLabel#banner[frozen="true"] { background: #eef6f0; border-color: #b7d9c0; }
"""
)


@dataclass(frozen=True)
class Snapshot:
    """What the window loads in the background."""

    customer_name: str
    facts: CustomerFacts
    statements: list[Statement]
    history: list[AssessmentView]


def _section(text_holder: list[QLabel]) -> QLabel:
    label = QLabel()
    label.setProperty("section", True)
    text_holder.append(label)
    return label


class ScorecardDialog(QDialog):
    """The assessment window of one customer (optionally for one application)."""

    #: The customer, statements and history arrived and are shown.
    loaded = Signal()
    #: The result on screen was recomputed.
    scored = Signal()
    #: An assessment was written from here (its id).
    saved = Signal(str)

    def __init__(
        self,
        actions: ScorecardActions,
        customer_id: str,
        application_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("scorecardDialog")
        self.setStyleSheet(_STYLE)
        self.scorecards = actions
        self._service = actions.assessments
        self.customer_id = customer_id
        self.application_id = application_id
        self.model: ScorecardModel = actions.model
        self.snapshot: Snapshot | None = None
        #: The window's own assessment (None: a new one, not saved yet).
        self.current: AssessmentView | None = None
        #: An entry of the history shown read-only instead of the window's own.
        self.viewing: AssessmentView | None = None
        self.score_result: ScoreResult | None = None
        self.improvements: list[Improvement] = []
        #: Writes sent to the background and not answered yet.
        self.pending = 0
        #: Changes not saved yet.
        self.dirty = False
        #: The message box shown last (confirmation or refusal).
        self.message_box: QMessageBox | None = None
        self._current_id: str | None = None
        #: Statements were saved: the grid learns their ids at the next load.
        self._adopt = False
        self._stash: tuple[FormState, StatementsState] | None = None
        self._generation = 0
        self._edits = 0
        self._error = ""
        self._sections: list[QLabel] = []

        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("modelName")
        self.subtitle.setStyleSheet("color: #4a5560;")
        self.status = QLabel()
        self.status.setObjectName("assessmentStatus")
        self.status.setStyleSheet("font-weight: bold;")
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.back_button = QPushButton()
        self.back_button.setObjectName("backToCurrent")
        self.back_button.setAutoDefault(False)
        self.back_button.clicked.connect(self.back_to_current)

        self.statements_caption = _section(self._sections)
        self.statements = StatementsEditor(actions.today)
        self.ratios_caption = _section(self._sections)
        self.ratios = RatioTable()
        self.form_caption = _section(self._sections)
        self.form = InputForm(self.model)
        self.panel = ResultPanel()
        self.history = HistoryList()

        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setStyleSheet("color: #4a5560;")
        self.new_button = self._button("newAssessment", self.new_assessment)
        self.save_button = self._button("saveDraft", self.save_draft)
        self.submit_button = self._button("submitAssessment", self.submit)
        self.submit_button.setProperty("primary", True)
        self.close_button = self._button("close", self.reject)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.recompute)
        self._build()
        self.statements.changed.connect(self._edited)
        self.panel.apply_requested.connect(self.apply)
        self.history.view_requested.connect(self.show_entry)
        self._connect_form()
        self.retranslate()
        self.resize(1000, 660)
        actions.data_changed.connect(self.refresh)
        self.reload(fill=True)

    def _button(self, name: str, slot: Callable[[], Any]) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False: slot())
        return button

    def _build(self) -> None:
        top = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.heading)
        titles.addWidget(self.subtitle)
        top.addLayout(titles, 1)
        top.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        banner = QHBoxLayout()
        banner.addWidget(self.banner, 1)
        banner.addWidget(self.back_button)

        inputs = QWidget()
        self._inputs_layout = QVBoxLayout(inputs)
        self._inputs_layout.setContentsMargins(0, 0, 8, 0)
        self._inputs_layout.setSpacing(4)
        self._inputs_layout.addWidget(self.statements_caption)
        self._inputs_layout.addWidget(self.statements)
        self._inputs_layout.addWidget(self.ratios_caption)
        self._inputs_layout.addWidget(self.ratios)
        self._inputs_layout.addWidget(self.form_caption)
        self._inputs_layout.addWidget(self.form)
        self._inputs_layout.addStretch(1)
        left = QScrollArea()
        left.setObjectName("inputsScroll")
        left.setWidget(inputs)
        left.setWidgetResizable(True)
        left.setFrameShape(QScrollArea.Shape.NoFrame)
        left.setMinimumWidth(420)
        left.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inputs_scroll = left

        right = QScrollArea()
        right.setObjectName("resultScroll")
        right.setWidget(self.panel)
        right.setWidgetResizable(True)
        right.setFrameShape(QScrollArea.Shape.NoFrame)
        right.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("resultTabs")
        self.tabs.addTab(right, "")
        self.tabs.addTab(self.history, "")
        self.tabs.setMinimumWidth(360)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter

        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def _connect_form(self) -> None:
        self.form.changed.connect(self._edited)

    def _use_model(self, model: ScorecardModel) -> None:
        """Generate the form for ``model`` when it is not the one on screen."""
        if model is self.model:
            return
        old = self.form
        self.model = model
        self.form = InputForm(model)
        self._inputs_layout.replaceWidget(old, self.form)
        old.deleteLater()
        self._connect_form()

    # texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.statements_caption.setText(self.tr("Financial statements (10k CNY)"))
        self.ratios_caption.setText(self.tr("Ratios of the latest statement"))
        self.form_caption.setText(self.tr("Assessment items"))
        self.tabs.setTabText(0, self.tr("Result"))
        count = 0 if self.snapshot is None else len(self.snapshot.history)
        self.tabs.setTabText(1, self.tr("History ({count})").format(count=count))
        self.back_button.setText(self.tr("Back to current"))
        self.new_button.setText(self.tr("New assessment"))
        self.save_button.setText(self.tr("Save draft"))
        self.submit_button.setText(self.tr("Submit…"))
        self.close_button.setText(self.tr("Close"))
        snapshot = self.snapshot
        if snapshot is None:
            self.setWindowTitle(self.tr("Credit assessment"))
            self.heading.setText(self._error or self.tr("Loading…"))
        else:
            self.setWindowTitle(
                self.tr("Credit assessment: {customer}").format(customer=snapshot.customer_name)
            )
            self.heading.setText(snapshot.customer_name)
        if self.application_id is None:
            self.subtitle.setText(model_name(self.model))
        else:
            self.subtitle.setText(
                self.tr("{model}, for a loan application").format(model=model_name(self.model))
            )
        self._show_state()
        self._schedule()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # loading ----------------------------------------------------------------------

    def reload(self, fill: bool = False) -> None:
        """Load the customer, statements and history again; ``fill`` the form from them."""
        self._generation += 1
        generation = self._generation
        service, customers, customer_id = self._service, self.scorecards.customers, self.customer_id

        def work() -> Snapshot:
            profile = customers.load(customer_id)
            facts = CustomerFacts(profile.registration_date, profile.industry_code or None)
            return Snapshot(
                profile.name,
                facts,
                service.statements(customer_id),
                service.history(customer_id),
            )

        def done(snapshot: Snapshot) -> None:
            if generation == self._generation:
                self._loaded(snapshot, fill)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                log.warning("assessment of %s not loaded: %s", customer_id, exc)
                self._error = (
                    self.tr("This customer no longer exists.")
                    if isinstance(exc, KeyError)
                    else self.tr("The assessment could not be loaded: {error}").format(error=exc)
                )
                self.retranslate()

        run_in_background(work, done, failed, receiver=self)

    def refresh(self) -> None:
        """Something was written (here or elsewhere): load the history again, keep the form."""
        self.reload(fill=False)

    def _pick_current(self, history: list[AssessmentView]) -> AssessmentView | None:
        by_id = {v.id: v for v in history}
        found = by_id.get(self._current_id or "")
        if found is None:
            mine = [v for v in history if v.application_id == self.application_id]
            found = next((v for v in mine if not v.is_submitted), None) or next(
                (v for v in mine if v.superseded_by is None), None
            )
        while found is not None and found.superseded_by in by_id:
            found = by_id[found.superseded_by or ""]
        return found

    def _loaded(self, snapshot: Snapshot, fill: bool) -> None:
        self.snapshot = snapshot
        before = self.current
        self.current = self._pick_current(snapshot.history)
        self._current_id = None if self.current is None else self.current.id
        changed_state = before is not None and (
            self.current is None
            or self.current.id != before.id
            or self.current.is_submitted != before.is_submitted
        )
        if self.viewing is not None:
            found = next((v for v in snapshot.history if v.id == self.viewing.id), None)
            if found is None:
                self.back_to_current()  # it was deleted meanwhile
            else:
                self.viewing = found
        if fill or (changed_state and self.viewing is None):
            self._fill()
        elif self._adopt and self.viewing is None:
            self.statements.adopt(snapshot.statements)
        self._adopt = False
        self.history.show_history(snapshot.history, self._current_id)
        self.retranslate()
        self.loaded.emit()

    def _model_of(self, view: AssessmentView | None) -> ScorecardModel:
        if view is None:
            return self.scorecards.model
        try:
            return self._service.model_of(view)
        except KeyError:
            log.warning("assessment %s names an unknown model; shown with the default", view.id)
            return self.scorecards.model

    def _profile_inputs(self, model: ScorecardModel) -> dict[str, Value]:
        facts = CustomerFacts() if self.snapshot is None else self.snapshot.facts
        return customer_inputs(model, facts, self.scorecards.today)

    def _fill(self) -> None:
        """Show the window's own assessment (or a new one) in the form."""
        self.viewing = None
        self._stash = None
        current = self.current
        self._use_model(self._model_of(current))
        frozen = current is not None and current.is_submitted
        self.statements.set_statements([] if self.snapshot is None else self.snapshot.statements)
        self.statements.set_read_only(frozen)
        self.form.set_read_only(frozen)
        stored = {} if current is None else current.inputs
        self.form.set_values(stored, self._profile_inputs(self.model))
        self.dirty = False
        self._show_state()
        self.recompute()

    # state ------------------------------------------------------------------------

    @property
    def shown(self) -> AssessmentView | None:
        """The assessment on screen (a history entry, or the window's own)."""
        return self.viewing or self.current

    def is_editable(self) -> bool:
        """Whether the form on screen may be changed (a draft or a new assessment)."""
        return self.viewing is None and (self.current is None or not self.current.is_submitted)

    def _show_state(self) -> None:
        editable = self.is_editable()
        idle = self.pending == 0 and self.snapshot is not None
        current, viewing = self.current, self.viewing
        self.save_button.setEnabled(editable and idle)
        self.submit_button.setEnabled(editable and idle)
        self.save_button.setVisible(editable)
        self.submit_button.setVisible(editable)
        renewable = viewing is None and current is not None and current.is_submitted
        self.new_button.setVisible(renewable and current is not None and not current.superseded_by)
        self.new_button.setEnabled(idle)
        self.back_button.setVisible(viewing is not None)
        shown = self.shown
        self.status.setText(self.tr("New") if shown is None else status_of(shown))
        frozen = not editable
        if self.banner.property("frozen") != frozen:
            self.banner.setProperty("frozen", frozen)
            self.banner.style().unpolish(self.banner)
            self.banner.style().polish(self.banner)
        self.banner.setText(self._banner_text())

    def _banner_text(self) -> str:
        viewing, current = self.viewing, self.current
        if viewing is not None:
            return self.tr(
                "Viewing the assessment of {time} ({status}); it cannot be changed."
            ).format(
                time=time_text(viewing.submitted_at or viewing.updated_at),
                status=status_of(viewing),
            )
        if current is None:
            return self.tr("New assessment, not saved yet. The grade follows every change.")
        if current.is_submitted:
            return self.tr(
                "Submitted by {user} at {time}. A submitted assessment cannot be changed."
            ).format(user=current.updated_by, time=time_text(current.submitted_at))
        return self.tr("Draft, last saved by {user} at {time}.").format(
            user=current.updated_by, time=time_text(current.updated_at)
        )

    def _edited(self) -> None:
        if self.is_editable():
            self.dirty = True
            self._edits += 1
        self._schedule()

    def _schedule(self) -> None:
        self._timer.start()

    # scoring ----------------------------------------------------------------------

    def ratio_values(self) -> dict[str, Decimal | None]:
        """The ratios shown: from the typed statements (as submitted, for a frozen one)."""
        ratios = compute_ratios(self.statements.statements())
        shown = self.shown
        if shown is not None and not self.is_editable():
            for spec in self.model.inputs_from("ratio"):
                if spec.name in RATIOS:
                    value, _problem = prepare_value(spec, shown.inputs.get(spec.name))
                    ratios[spec.name] = value if isinstance(value, Decimal) else None
        return ratios

    def input_values(self) -> dict[str, Value]:
        """Every input as the model reads it now (a value with a problem counts as missing)."""
        ratios = self.ratio_values()
        shown = self.shown
        raw: dict[str, object]
        if shown is not None and not self.is_editable():
            raw = dict(shown.inputs)
        else:
            raw = dict(self.form.prepared())
            for spec in self.model.inputs_from("ratio"):
                if spec.name in RATIOS:
                    raw[spec.name] = ratios[spec.name]
        values: dict[str, Value] = {}
        for spec in self.model.inputs:
            value, problem = prepare_value(spec, raw.get(spec.name))
            values[spec.name] = None if problem is not None else value
        return values

    def recompute(self) -> None:
        """Score what is on screen and show the result (microseconds: on the GUI thread)."""
        self._timer.stop()
        model = self.model
        used = frozenset(s.name for s in model.inputs_from("ratio"))
        self.ratios.show_ratios(self.ratio_values(), used)
        values = self.input_values()
        try:
            self.score_result = evaluate(model, values)
            self.improvements = improvements(model, values)
        except ScoringError as exc:
            self.score_result = None
            self.improvements = []
            self.panel.show_error(
                model, self.tr("The scorecard cannot score these inputs: {error}").format(error=exc)
            )
        else:
            self.panel.show_result(
                model, self.score_result, self.improvements, self.form.is_editable
            )
        self.scored.emit()

    def apply(self, name: str, value: Value) -> None:
        """Try a suggestion: put ``value`` into input ``name``."""
        if self.form.is_editable(name):
            self.form.apply(name, value)

    # history ----------------------------------------------------------------------

    def show_entry(self, view: AssessmentView) -> None:
        """Show a history entry read-only (the window's own: back to it)."""
        if self.current is not None and view.id == self.current.id:
            self.back_to_current()
            return
        if self.viewing is None and self.is_editable():
            self._stash = (self.form.state(), self.statements.state())
        self.viewing = view
        self._use_model(self._model_of(view))
        self.statements.set_statements([] if self.snapshot is None else self.snapshot.statements)
        self.statements.set_read_only(True)
        self.form.set_read_only(True)
        self.form.set_values(view.inputs, {})
        self._show_state()
        self.recompute()

    def back_to_current(self) -> None:
        """Leave the history entry: the window's own assessment, as it was left."""
        if self.viewing is None:
            return
        stash = self._stash
        if stash is None:
            self._fill()
            return
        self.viewing = None
        self._stash = None
        self._use_model(self._model_of(self.current))
        self.statements.set_read_only(False)
        self.form.set_read_only(False)
        self.statements.restore(stash[1])
        self.form.restore(stash[0])
        self._show_state()
        self.recompute()

    # writing ----------------------------------------------------------------------

    def stored_inputs(self) -> dict[str, object]:
        """What a draft keeps: the entries as typed, the ratios as computed."""
        inputs: dict[str, object] = dict(self.form.raw_values())
        ratios = compute_ratios(self.statements.statements())
        for spec in self.model.inputs_from("ratio"):
            if spec.name in RATIOS:
                inputs[spec.name] = ratios[spec.name]
        return inputs

    def _run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        note: str,
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        self.pending += 1
        self.note.setText(note)
        self._show_state()

        def done(result: Any) -> None:
            self.pending -= 1
            self.note.setText("")
            on_done(result)
            self.scorecards.notify_changed()

        def refused(exc: BaseException) -> None:
            self.pending -= 1
            self.note.setText("")
            log.warning("assessment of %s not written: %s", self.customer_id, exc)
            if on_error is not None:
                on_error(exc)
            self._warn(self.tr("Not saved"), error_text(exc, self.model))
            self.reload(fill=False)

        run_in_background(work, done, refused, receiver=self)

    def _statements_ok(self) -> bool:
        problems = self.statements.problems()
        if problems:
            self._warn(
                self.tr("Not saved"),
                self.tr("Correct the statement figures marked in red first."),
                "\n".join(problems),
            )
        return not problems

    def save_draft(self) -> None:
        """Save the statements and the draft in the background."""
        self._write(submit=False)

    def _write(self, submit: bool) -> None:
        if not self.is_editable() or self.pending or not self._statements_ok():
            return
        service, model = self._service, self.model
        customer_id, application_id = self.customer_id, self.application_id
        assessment_id = self._current_id
        entries = self.statements.entries()
        inputs = self.stored_inputs()
        edits = self._edits
        written: list[str] = []

        def work() -> str:
            for entry in entries:
                if entry.replaces is not None:
                    service.delete_statement(entry.replaces)
                service.save_statement(customer_id, entry.period_end, entry.values, entry.audited)
            saved = service.save_draft(customer_id, model, inputs, application_id, assessment_id)
            written.append(saved)
            if submit:
                service.submit(saved)
            return saved

        def done(saved: str) -> None:
            self._current_id = saved
            self._adopt = True
            self.dirty = self._edits != edits
            self.saved.emit(saved)
            self.reload(fill=submit)

        def failed(_exc: BaseException) -> None:
            if written:
                self._current_id = written[0]
                self._adopt = True
                self.dirty = self._edits != edits

        note = self.tr("Submitting…") if submit else self.tr("Saving…")
        self._run(work, done, note, failed)

    def submit(self) -> QMessageBox | None:
        """Ask for confirmation, then save and submit: the assessment becomes final."""
        if not self.is_editable() or self.pending or not self._statements_ok():
            return None
        problems = self.form.problems()
        if problems:
            self._warn(
                self.tr("Not submitted"),
                self.tr("Correct the fields marked in red first."),
                "\n".join(problem_line(self.model, p) for p in problems),
            )
            return None
        box = QMessageBox(self)
        box.setObjectName("confirmSubmit")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Submit assessment"))
        box.setText(self.tr("Submit this assessment?"))
        missing = [
            input_label(self.model.input(name))
            for name, value in self.form.prepared().items()
            if value is None and self.form.is_editable(name)
        ]
        details = self.tr("A submitted assessment cannot be changed.")
        if missing:
            details += "\n" + self.tr("Not filled in: {items}").format(
                items=("、" if chinese_ui() else ", ").join(missing)
            )
        box.setInformativeText(details)
        confirm = box.addButton(self.tr("Submit"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self._confirmed(box, confirm))
        self.message_box = box
        box.open()
        return box

    def _confirmed(self, box: QMessageBox, confirm: QPushButton) -> None:
        if box.clickedButton() is confirm:
            self._write(submit=True)

    def new_assessment(self) -> None:
        """Start a new draft replacing the submitted assessment, prefilled with its inputs."""
        current = self.current
        if current is None or not current.is_submitted or current.superseded_by or self.pending:
            return
        service, old_id, inputs = self._service, current.id, dict(current.inputs)

        def done(new_id: str) -> None:
            self._current_id = new_id
            self.saved.emit(new_id)
            self.reload(fill=True)

        self._run(lambda: service.supersede(old_id, inputs), done, self.tr("Saving…"))

    def _warn(self, title: str, text: str, details: str = "") -> QMessageBox:
        box = QMessageBox(self)
        box.setObjectName("scorecardMessage")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title)
        box.setText(text)
        if details:
            box.setInformativeText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.message_box = box
        box.open()
        return box

    # closing ----------------------------------------------------------------------

    def reject(self) -> None:
        """Close; with unsaved changes, ask first."""
        if not (self.dirty and self.is_editable()):
            super().reject()
            return
        box = QMessageBox(self)
        box.setObjectName("confirmDiscard")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Unsaved changes"))
        box.setText(self.tr("Close without saving the changes?"))
        discard = box.addButton(
            self.tr("Close without saving"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def decided(_result: int) -> None:
            if box.clickedButton() is discard:
                self.dirty = False
                super(ScorecardDialog, self).reject()

        box.finished.connect(decided)
        self.message_box = box
        box.open()
