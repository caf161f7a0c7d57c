"""The live result: score and grade (big), suggested terms, points chart, reasons, suggestions."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.scoring import Improvement, ScorecardModel, ScoreResult, Value, decimal_text
from ui.scoring.chart import PointsChart
from ui.scoring.texts import grade_label, improvement_text, reason_text, terms_lines

#: How many reason codes are listed.
TOP_REASONS = 4

_CARD_STYLE = """
QFrame#scoreCard { background: white; border: 1px solid #dde2e6; border-radius: 6px; }
QLabel#score { font-size: 26pt; font-weight: bold; color: #1f2d3d; }
QLabel#grade { font-size: 26pt; font-weight: bold; }
QLabel#gradeName { font-weight: bold; }
QLabel#scoreCaption, QLabel#terms { color: #4a5560; }
QLabel[section="true"] { font-weight: bold; color: #4a5560; padding-top: 6px; }
"""

#: Grade colours from best to worst third of the grade table.
_GRADE_COLOURS = ("#2e7d4f", "#b26a00", "#c8102e")


def _wrapped(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class ResultPanel(QWidget):
    """What the model makes of the inputs, updated as they change."""

    #: The RM wants to try a suggestion: (input name, value).
    apply_requested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultPanel")
        self.setStyleSheet(_CARD_STYLE)
        self._model: ScorecardModel | None = None
        self._result: ScoreResult | None = None
        self._improvements: list[Improvement] = []
        self._can_apply: Callable[[str], bool] = lambda _name: False
        self._error = ""
        self._shown_key: object = None
        self.score_label = QLabel("—")
        self.score_label.setObjectName("score")
        self.score_caption = QLabel()
        self.score_caption.setObjectName("scoreCaption")
        self.grade_label = QLabel("—")
        self.grade_label.setObjectName("grade")
        self.grade_name = _wrapped("gradeName")
        self.terms = _wrapped("terms")
        self.chart_caption = self._section()
        self.chart = PointsChart()
        self.reasons_caption = self._section()
        self.reasons = _wrapped("reasons")
        self.improvements_caption = self._section()
        self.improvements_box = QWidget()
        self.improvements_box.setObjectName("improvements")
        self._improvement_rows = QVBoxLayout(self.improvements_box)
        self._improvement_rows.setContentsMargins(0, 0, 0, 0)
        self._improvement_rows.setSpacing(2)
        #: The suggestion labels and their "Try" buttons, as shown.
        self.improvement_labels: list[QLabel] = []
        self.try_buttons: list[QPushButton | None] = []
        self._build()
        self.retranslate()

    @staticmethod
    def _section() -> QLabel:
        label = QLabel()
        label.setProperty("section", True)
        return label

    def _build(self) -> None:
        card = QFrame()
        card.setObjectName("scoreCard")
        score_column = QVBoxLayout()
        score_column.setSpacing(0)
        score_column.addWidget(self.score_label, 0, Qt.AlignmentFlag.AlignHCenter)
        score_column.addWidget(self.score_caption, 0, Qt.AlignmentFlag.AlignHCenter)
        grade_column = QVBoxLayout()
        grade_column.setSpacing(0)
        grade_column.addWidget(self.grade_label, 0, Qt.AlignmentFlag.AlignHCenter)
        grade_column.addWidget(self.grade_name, 0, Qt.AlignmentFlag.AlignHCenter)
        row = QHBoxLayout(card)
        row.addLayout(score_column)
        row.addSpacing(12)
        row.addLayout(grade_column)
        row.addSpacing(12)
        row.addWidget(self.terms, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(card)
        layout.addWidget(self.chart_caption)
        layout.addWidget(self.chart)
        layout.addWidget(self.reasons_caption)
        layout.addWidget(self.reasons)
        layout.addWidget(self.improvements_caption)
        layout.addWidget(self.improvements_box)
        layout.addStretch(1)

    # texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.score_caption.setText(self.tr("points"))
        self.chart_caption.setText(self.tr("Points by characteristic"))
        self.reasons_caption.setText(self.tr("Main reasons"))
        self.improvements_caption.setText(self.tr("What would move the grade"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # showing ----------------------------------------------------------------------

    def show_result(
        self,
        model: ScorecardModel,
        result: ScoreResult,
        improvements: Sequence[Improvement],
        can_apply: Callable[[str], bool],
    ) -> None:
        """Show ``result`` and the suggestions; ``can_apply(name)``: may the RM try it here."""
        self._model = model
        self._result = result
        self._improvements = list(improvements)
        self._can_apply = can_apply
        self._error = ""
        self._render()

    def show_error(self, model: ScorecardModel, text: str) -> None:
        """The inputs cannot be scored: say why instead of a result."""
        self._model = model
        self._result = None
        self._improvements = []
        self._error = text
        self._render()

    def reason_lines(self) -> list[str]:
        """The reasons as listed."""
        text = self.reasons.text()
        return text.splitlines() if self._result is not None and self._result.reason_codes else []

    def improvement_lines(self) -> list[str]:
        """The suggestions as listed."""
        return [label.text() for label in self.improvement_labels]

    def _render(self) -> None:
        model, result = self._model, self._result
        if model is None:
            return
        self.chart.set_result(model, result)
        if result is None:
            self.score_label.setText("—")
            self.grade_label.setText("—")
            self.grade_label.setStyleSheet("")
            self.grade_name.setText("")
            self.terms.setText(self._error)
            self.reasons.setText("")
            self._set_improvements([], self.tr("No result yet."))
            return
        self.score_label.setText(decimal_text(result.score))
        grade = result.grade
        if grade is None or model.grades is None:
            self.grade_label.setText("—")
            self.grade_label.setStyleSheet("")
            self.grade_name.setText(self.tr("This scorecard has no grades"))
            self.terms.setText("")
        else:
            position = model.grades.grades.index(grade) / max(len(model.grades.grades), 1)
            colour = _GRADE_COLOURS[min(int(position * 3), 2)]
            self.grade_label.setText(grade.code)
            self.grade_label.setStyleSheet(f"color: {colour};")
            self.grade_name.setText(grade_label(grade))
            self.terms.setText("\n".join(terms_lines(grade.terms)))
        reasons = result.reason_codes[:TOP_REASONS]
        if reasons:
            self.reasons.setText("\n".join(f"{r.rank}. {reason_text(r)}" for r in reasons))
        else:
            self.reasons.setText(self.tr("Every item scores at or above its baseline."))
        if grade is not None and model.grades is not None and model.grades.better(grade) is None:
            self._set_improvements([], self.tr("This is the best grade."))
        elif not self._improvements:
            self._set_improvements([], self.tr("No single change reaches the next grade."))
        else:
            self._set_improvements(self._improvements, "")

    def _set_improvements(self, improvements: Sequence[Improvement], empty: str) -> None:
        model = self._model
        shown = tuple(
            (improvement_text(model, i), i.to_value, self._can_apply(i.input))
            for i in improvements
            if model is not None
        )
        key = (empty, shown, self.tr("Try"))
        if key == self._shown_key:
            return
        self._shown_key = key
        while self._improvement_rows.count():
            item = self._improvement_rows.takeAt(0)
            widget = None if item is None else item.widget()
            if widget is not None:
                widget.hide()  # until it is deleted, it must not show through
                widget.deleteLater()
        self.improvement_labels = []
        self.try_buttons = []
        if not improvements or model is None:
            label = _wrapped("noImprovement")
            label.setText(empty)
            self._improvement_rows.addWidget(label)
            return
        for improvement in improvements:
            row = QWidget()
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = _wrapped("improvement")
            label.setText(f"• {improvement_text(model, improvement)}")
            line.addWidget(label, 1)
            button: QPushButton | None = None
            if self._can_apply(improvement.input):
                button = QPushButton(self.tr("Try"))
                button.setObjectName(f"try_{improvement.input}")
                button.setAutoDefault(False)
                button.setToolTip(self.tr("Put this value into the form"))
                button.clicked.connect(
                    lambda _c=False, i=improvement: self._apply(i.input, i.to_value)
                )
                line.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            self.improvement_labels.append(label)
            self.try_buttons.append(button)
            self._improvement_rows.addWidget(row)

    def _apply(self, name: str, value: Value) -> None:
        self.apply_requested.emit(name, value)
