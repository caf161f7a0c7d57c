"""The scorecard's own questions, generated from its inputs (everything but the ratios).

A numeric input is a line edit with its unit and valid range; a categorical
one a combo box of its choices (labels in the UI language). The help text is
the tooltip and a small grey line. What is typed is checked as it is typed:
a problem shows at the field, the text stays, and the value counts as missing.
Inputs filled from the customer profile are shown read-only; when the
profile lacks the fact, the RM may enter it here.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.scoring import InputProblem, InputSpec, ScorecardModel, Value, prepare_value
from app.scoring.engine import value_json
from app.scoring.ratios import RATIOS
from ui.onboarding.widgets import FieldMessage
from ui.scoring.texts import (
    choice_label,
    input_help,
    input_label,
    input_problem_text,
    range_hint,
    unit_text,
)

_HELP_STYLE = "color: #6b7680; font-size: 8pt;"


def form_inputs(model: ScorecardModel) -> tuple[InputSpec, ...]:
    """The inputs the form asks for: all but the ratios computed from statements."""
    return tuple(s for s in model.inputs if not (s.source == "ratio" and s.name in RATIOS))


@dataclass(frozen=True)
class FormState:
    """The form's raw entries (text as typed, choices by value), to put back later."""

    texts: dict[str, str | None]
    profile: dict[str, Value]


class _Field:
    """One generated input row: the editor, its unit, the source note, message and help."""

    def __init__(self, spec: InputSpec) -> None:
        self.spec = spec
        self.editor: QLineEdit | QComboBox
        if spec.choices:
            combo = QComboBox()
            combo.addItem("—", None)
            for choice in spec.choices:
                combo.addItem(choice.value, choice.value)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
            self.editor = combo
        else:
            line = QLineEdit()
            if spec.kind == "numeric":
                line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                line.setMaximumWidth(120)
            self.editor = line
        self.editor.setObjectName(f"input_{spec.name}")
        self.unit = QLabel()
        self.source = QLabel()
        self.source.setStyleSheet(_HELP_STYLE)
        self.message = FieldMessage()
        self.message.setObjectName(f"message_{spec.name}")
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.help.setStyleSheet(_HELP_STYLE)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.container = QWidget()
        line_row = QHBoxLayout()
        line_row.setContentsMargins(0, 0, 0, 0)
        line_row.setSpacing(6)
        line_row.addWidget(self.editor, 1 if isinstance(self.editor, QComboBox) else 0)
        line_row.addWidget(self.unit)
        line_row.addWidget(self.source)
        if not isinstance(self.editor, QComboBox):
            line_row.addStretch(1)
        column = QVBoxLayout(self.container)
        column.setContentsMargins(0, 0, 0, 2)
        column.setSpacing(1)
        column.addLayout(line_row)
        column.addWidget(self.message)
        column.addWidget(self.help)
        #: The value derived from the customer profile (None: the profile lacks it).
        self.profile_value: Value = None

    def raw(self) -> str | None:
        """What the RM entered: the text, or the chosen value (None: nothing chosen)."""
        if isinstance(self.editor, QComboBox):
            data = self.editor.currentData()
            return None if data is None else str(data)
        return self.editor.text()

    def set_raw(self, raw: object) -> None:
        """Show ``raw`` (a stored value or typed text); an unlisted choice is added as it is."""
        text = None if raw is None else (value_json(raw) if isinstance(raw, Decimal) else str(raw))
        if isinstance(self.editor, QComboBox):
            index = self.editor.findData(text) if text is not None else 0
            if index < 0:
                self.editor.addItem(str(text), text)
                index = self.editor.count() - 1
            self.editor.setCurrentIndex(index)
        else:
            self.editor.setText(text or "")


class InputForm(QWidget):
    """The generated form of a model's non-ratio inputs."""

    #: An entry was changed by the RM.
    changed = Signal()

    def __init__(self, model: ScorecardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inputForm")
        self.model = model
        self._filling = False
        self._read_only = False
        self.fields: dict[str, _Field] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        layout.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.setVerticalSpacing(4)
        for spec in form_inputs(model):
            row = _Field(spec)
            self.fields[spec.name] = row
            layout.addRow(row.caption, row.container)
            if isinstance(row.editor, QComboBox):
                row.editor.currentIndexChanged.connect(lambda _i, n=spec.name: self._edited(n))
            else:
                row.editor.textChanged.connect(lambda _t, n=spec.name: self._edited(n))
        self.retranslate()

    # texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the current language."""
        for row in self.fields.values():
            spec = row.spec
            row.caption.setText(input_label(spec))
            help_text = input_help(spec)
            row.help.setText(help_text)
            row.help.setVisible(bool(help_text))
            row.caption.setToolTip(help_text)
            row.editor.setToolTip(help_text)
            row.unit.setText(unit_text(spec.unit))
            row.unit.setVisible(bool(spec.unit))
            if isinstance(row.editor, QComboBox):
                row.editor.setItemText(0, self.tr("— choose —"))
                for index in range(1, row.editor.count()):
                    row.editor.setItemText(index, choice_label(spec, row.editor.itemData(index)))
            else:
                row.editor.setPlaceholderText(range_hint(spec))
            self._show_source(row)
            self._check(row)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_source(self, row: _Field) -> None:
        if row.spec.source != "customer" or self._read_only:
            row.source.setText("")
        elif row.profile_value is not None:
            row.source.setText(self.tr("From the customer profile"))
        else:
            row.source.setText(self.tr("Not in the customer profile: enter it here"))
        row.source.setVisible(bool(row.source.text()))

    # access -----------------------------------------------------------------------

    def editor(self, name: str) -> QLineEdit | QComboBox:
        """The editor of input ``name``."""
        return self.fields[name].editor

    def message(self, name: str) -> FieldMessage:
        """The message under input ``name``."""
        return self.fields[name].message

    def is_editable(self, name: str) -> bool:
        """Whether the RM may change input ``name`` here now."""
        row = self.fields.get(name)
        return row is not None and not self._read_only and self._editable(row)

    @staticmethod
    def _editable(row: _Field) -> bool:
        return row.spec.source != "customer" or row.profile_value is None

    # values -----------------------------------------------------------------------

    def set_values(self, stored: Mapping[str, object], profile: Mapping[str, Value]) -> None:
        """Fill the form: profile-derived values where the profile has them, else ``stored``."""
        self._filling = True
        try:
            for name, row in self.fields.items():
                row.profile_value = profile.get(name) if row.spec.source == "customer" else None
                if row.profile_value is not None and not self._read_only:
                    row.set_raw(row.profile_value)
                else:
                    row.set_raw(stored.get(name))
                self._show_source(row)
                self._check(row)
        finally:
            self._filling = False
        self._lock()

    def raw_values(self) -> dict[str, str | None]:
        """Every entry as typed (text) or chosen (value); None for no choice."""
        return {name: row.raw() for name, row in self.fields.items()}

    def prepared(self) -> dict[str, Value]:
        """The entries as the model reads them; an entry with a problem counts as missing."""
        values: dict[str, Value] = {}
        for name, row in self.fields.items():
            value, problem = prepare_value(row.spec, row.raw())
            values[name] = None if problem is not None else value
        return values

    def problems(self) -> list[InputProblem]:
        """What is wrong with the entries now."""
        found = []
        for row in self.fields.values():
            _value, problem = prepare_value(row.spec, row.raw())
            if problem is not None:
                found.append(problem)
        return found

    def apply(self, name: str, value: Value) -> None:
        """Put ``value`` into input ``name`` (a suggestion the RM tries)."""
        row = self.fields[name]
        row.set_raw(value)
        row.editor.setFocus()

    def state(self) -> FormState:
        """What the form holds now, as typed."""
        return FormState(self.raw_values(), {n: r.profile_value for n, r in self.fields.items()})

    def restore(self, state: FormState) -> None:
        """Put back what :meth:`state` saw."""
        self._filling = True
        try:
            for name, row in self.fields.items():
                row.profile_value = state.profile.get(name)
                row.set_raw(state.texts.get(name))
                self._show_source(row)
                self._check(row)
        finally:
            self._filling = False
        self._lock()

    def set_read_only(self, read_only: bool) -> None:
        """Lock every field (a submitted assessment), or unlock those the RM may change."""
        self._read_only = read_only
        for row in self.fields.values():
            self._show_source(row)
        self._lock()

    def _lock(self) -> None:
        for row in self.fields.values():
            editable = not self._read_only and self._editable(row)
            if isinstance(row.editor, QComboBox):
                row.editor.setEnabled(editable)
            else:
                row.editor.setReadOnly(not editable)

    def _edited(self, name: str) -> None:
        self._check(self.fields[name])
        if not self._filling:
            self.changed.emit()

    def _check(self, row: _Field) -> None:
        _value, problem = prepare_value(row.spec, row.raw())
        row.message.set_message("" if problem is None else input_problem_text(problem))
