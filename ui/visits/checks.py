"""The on-site checks of a visit type as input widgets generated from the template.

Yes/no checks get two toggle buttons (click the chosen one again to clear it),
text checks a line, number checks a right-aligned line checked as the RM
leaves it. What was typed is kept as typed; :meth:`ChecksPanel.answers` gives
the raw answers (the service cleans them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.visits.templates import CheckKind, CheckTemplate
from ui.onboarding.widgets import FieldMessage
from ui.visits.texts import check_hint, check_name, error_text

if TYPE_CHECKING:
    from app.visits.templates import VisitTemplates


class YesNo(QWidget):
    """Yes / No toggles; :meth:`value` is True, False or None (not answered)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.yes = QPushButton()
        self.no = QPushButton()
        self.group = QButtonGroup(self)
        self.group.setExclusive(False)
        for button in (self.yes, self.no):
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumWidth(56)
            self.group.addButton(button)
        self.yes.setObjectName("yes")
        self.no.setObjectName("no")
        self.group.buttonToggled.connect(self._toggled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.yes)
        layout.addWidget(self.no)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Button texts in the current language."""
        self.yes.setText(self.tr("Yes"))
        self.no.setText(self.tr("No"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _toggled(self, button: QPushButton, checked: bool) -> None:
        if checked:
            other = self.no if button is self.yes else self.yes
            other.blockSignals(True)
            other.setChecked(False)
            other.blockSignals(False)
        self.changed.emit()

    def value(self) -> bool | None:
        """True (yes), False (no) or None (not answered)."""
        if self.yes.isChecked():
            return True
        if self.no.isChecked():
            return False
        return None

    def set_value(self, value: object) -> None:
        """Show ``value`` (anything but a bool clears the answer)."""
        for button, wanted in ((self.yes, True), (self.no, False)):
            button.blockSignals(True)
            button.setChecked(value is wanted)
            button.blockSignals(False)


class ChecksPanel(QWidget):
    """The checks of one visit type; answers survive a change of type where codes match."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checks: tuple[CheckTemplate, ...] = ()
        self.widgets: dict[str, YesNo | QLineEdit] = {}
        self.messages: dict[str, FieldMessage] = {}
        self._names: dict[str, QLabel] = {}
        self._kept: dict[str, Any] = {}
        self._templates: VisitTemplates | None = None
        self._visit_type = ""
        self._read_only = False
        self.intro = QLabel()
        self.intro.setObjectName("checksIntro")
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet("color: #4a5560;")
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(0, 3)
        self._grid.setColumnStretch(1, 2)
        self._grid.setVerticalSpacing(4)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self._grid_host)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        """Names and hints in the current language."""
        self.intro.setText(self.tr("Answer what you checked on site; leave the rest empty."))
        for check in self.checks:
            name = self._names.get(check.code)
            if name is not None:
                name.setText(check_name(check))
                name.setToolTip(check_hint(check))
            widget = self.widgets.get(check.code)
            if isinstance(widget, QLineEdit):
                widget.setPlaceholderText(check_hint(check))
                widget.setToolTip(check_hint(check))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_checks(self, templates: VisitTemplates, visit_type: str) -> None:
        """Show the checks of ``visit_type`` (answers to the same checks are kept)."""
        for code in self.widgets:
            self._kept.pop(code, None)
        self._kept.update(self.answers())
        self._templates, self._visit_type = templates, visit_type
        template = templates.find(visit_type)
        self.checks = () if template is None else template.checks
        while self._grid.count():
            item = self._grid.takeAt(0)
            old = None if item is None else item.widget()
            if old is not None:
                old.deleteLater()
        self.widgets.clear()
        self.messages.clear()
        self._names.clear()
        for row, check in enumerate(self.checks):
            name = QLabel()
            name.setWordWrap(True)
            name.setObjectName(f"checkName_{check.code}")
            widget: YesNo | QLineEdit
            if check.kind is CheckKind.YES_NO:
                widget = YesNo()
                widget.changed.connect(self.changed)
            else:
                widget = QLineEdit()
                if check.kind is CheckKind.NUMBER:
                    widget.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    widget.setMaxLength(40)
                    widget.editingFinished.connect(lambda c=check.code: self.check_one(c))
                else:
                    widget.setMaxLength(2000)
                widget.textChanged.connect(lambda _t: self.changed.emit())
            widget.setObjectName(f"check_{check.code}")
            widget.setEnabled(not self._read_only)
            message = FieldMessage()
            message.setObjectName(f"message_check_{check.code}")
            self._grid.addWidget(name, row * 2, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(widget, row * 2, 1)
            self._grid.addWidget(message, row * 2 + 1, 0, 1, 2)
            self.widgets[check.code] = widget
            self.messages[check.code] = message
            self._names[check.code] = name
        self.set_answers(self._kept)
        self.retranslate()

    def answers(self) -> dict[str, Any]:
        """Check code → answer as entered (bool for yes/no, text otherwise); empty ones left out."""
        result: dict[str, Any] = {}
        for code, widget in self.widgets.items():
            value: Any = widget.value() if isinstance(widget, YesNo) else widget.text()
            if value is not None and value != "":
                result[code] = value
        return result

    def set_answers(self, answers: dict[str, Any]) -> None:
        """Fill in ``answers`` (codes of other types are kept for a change back)."""
        self._kept = dict(answers)
        for code, widget in self.widgets.items():
            value = answers.get(code)
            if isinstance(widget, YesNo):
                widget.set_value(value)
            else:
                widget.blockSignals(True)
                widget.setText("" if value is None or isinstance(value, bool) else str(value))
                widget.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        """Disable the inputs (a done visit keeps its answers)."""
        self._read_only = read_only
        for widget in self.widgets.values():
            widget.setEnabled(not read_only)

    def check_one(self, code: str) -> bool:
        """Check the answer to ``code``; shows the message at it. True when fine."""
        message = self.messages.get(code)
        if self._templates is None or message is None:
            return True
        answer = self.answers().get(code)
        try:
            self._templates.clean_answers(self._visit_type, {code: answer})
        except ValueError as exc:
            message.set_message(error_text(exc))
            return False
        message.set_message("")
        return True

    def check_all(self) -> list[str]:
        """Codes of the checks with an answer of the wrong kind (messages shown at them)."""
        return [code for code in self.widgets if not self.check_one(code)]
