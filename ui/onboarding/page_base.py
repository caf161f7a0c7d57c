"""Base of the onboarding wizard's data pages: labelled fields with a message under each.

A page loads its fields from a profile, writes them back into one
(:meth:`OnboardingPage.store`), reports text it cannot read and shows the
problems of its fields under them.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.customer_profile import CustomerProfile
from app.validation import REQUIRED_FIELDS, Problem
from ui.onboarding.tables import RowTable
from ui.onboarding.texts import field_label, input_problem
from ui.onboarding.widgets import (
    CountEdit,
    FieldMessage,
    IndustryPicker,
    MaskedIdEdit,
    OptionalDateEdit,
    WanAmountEdit,
)


def top_field(path: str) -> str:
    """The profile field of a problem path (``contacts.0.phone`` → ``contacts``)."""
    return path.split(".")[0]


class OnboardingPage(QWidget):
    """Base of the wizard pages: labelled rows with a message under each field."""

    key = ""
    #: Something on the page changed.
    changed = Signal()
    #: The RM finished editing ``field`` (left it or chose a value).
    field_finished = Signal(str)

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"page_{self.key}")
        self.today = today
        self.editors: dict[str, QWidget] = {}
        self.messages: dict[str, FieldMessage] = {}
        self.tables: dict[str, RowTable] = {}
        self._labels: dict[str, QLabel] = {}
        self._units: list[QLabel] = []
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")

    # building -----------------------------------------------------------

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        return form

    def _row(
        self,
        form: QFormLayout,
        name: str,
        editor: QWidget,
        *,
        unit: bool = False,
        extra: QWidget | None = None,
        width: int | None = None,
    ) -> None:
        """Add ``editor`` for field ``name`` with its label, unit and message."""
        label = QLabel()
        label.setBuddy(editor)
        message = FieldMessage()
        message.setObjectName(f"message_{name}")
        line = QHBoxLayout()
        line.setSpacing(6)
        line.addWidget(editor, 0 if width else 1)
        if width:
            editor.setFixedWidth(width)
        if unit:
            unit_label = QLabel()
            self._units.append(unit_label)
            line.addWidget(unit_label)
        if extra is not None:
            line.addWidget(extra)
        if width or unit or extra is not None:
            line.addStretch(1)
        box = QVBoxLayout()
        box.setSpacing(2)
        box.addLayout(line)
        box.addWidget(message)
        form.addRow(label, box)
        editor.setObjectName(name)
        self.editors[name] = editor
        self.messages[name] = message
        self._labels[name] = label
        self._watch(name, editor)

    def _watch(self, name: str, editor: QWidget) -> None:
        """Report changes of ``editor`` and when the RM is done with it."""
        finished = lambda *_a: self.field_finished.emit(name)  # noqa: E731
        changed = lambda *_a: self.changed.emit()  # noqa: E731
        if isinstance(editor, WanAmountEdit | CountEdit):
            editor.value_changed.connect(changed)
            editor.editingFinished.connect(finished)
        elif isinstance(editor, IndustryPicker | QLineEdit | MaskedIdEdit):
            editor.textChanged.connect(changed)
            editor.editingFinished.connect(finished)
        elif isinstance(editor, OptionalDateEdit):
            editor.value_changed.connect(changed)
            editor.value_changed.connect(finished)
        elif isinstance(editor, QComboBox):
            editor.currentTextChanged.connect(changed)
            editor.currentIndexChanged.connect(finished)
        elif isinstance(editor, QCheckBox):
            editor.toggled.connect(changed)
            editor.toggled.connect(finished)

    def _table(
        self, name: str, columns: tuple[str, ...], amounts: frozenset[str] = frozenset()
    ) -> QGroupBox:
        table = RowTable(name, columns, amounts)
        table.changed.connect(self.changed)
        table.changed.connect(lambda: self.field_finished.emit(name))
        self.tables[name] = table
        box = QGroupBox()
        box.setObjectName(f"group_{name}")
        QVBoxLayout(box).addWidget(table)
        return box

    # texts --------------------------------------------------------------

    def title(self) -> str:
        """The page's name in the step list."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.heading.setText(self.title())
        for name, label in self._labels.items():
            text = field_label(name)
            if name in REQUIRED_FIELDS:
                text = self.tr("{label} *").format(label=text)
            label.setText(text)
        for unit in self._units:
            unit.setText(self.tr("10k CNY"))
        for name, table in self.tables.items():
            box = table.parentWidget()
            if isinstance(box, QGroupBox):
                box.setTitle(field_label(name))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # data ---------------------------------------------------------------

    def load(self, profile: CustomerProfile) -> None:
        """Fill the page's fields from ``profile``."""
        raise NotImplementedError

    def store(self, profile: CustomerProfile) -> None:
        """Write the page's fields into ``profile``."""
        raise NotImplementedError

    def unreadable(self) -> list[tuple[Problem, str]]:
        """What is typed on this page but cannot be read, with the text (kept as typed)."""
        found = []
        for name, editor in self.editors.items():
            if isinstance(editor, WanAmountEdit) and editor.is_invalid():
                found.append((input_problem(name, "amount.invalid"), editor.text()))
            elif isinstance(editor, CountEdit) and editor.is_invalid():
                found.append((input_problem(name, "count.invalid"), editor.text()))
        return found

    def show_problems(self, problems: list[Problem]) -> None:
        """Show under each field its ``problems`` (and clear the fields without any)."""
        for name, message in self.messages.items():
            message.set_problems([p for p in problems if top_field(p.field) == name])
        for name, table in self.tables.items():
            table.show_problems([p for p in problems if top_field(p.field) == name])

    def focus_field(self, path: str) -> None:
        """Put the cursor into the field of a problem path."""
        name = top_field(path)
        if name in self.tables:
            self.tables[name].focus_cell(path)
        elif name in self.editors:
            self.editors[name].setFocus(Qt.FocusReason.OtherFocusReason)
