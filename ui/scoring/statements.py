"""Financial statements as the RM types them (up to three years, in 万元) and their ratios.

The figures typed so far give the statements the ratios are computed from, so
the grade follows every keystroke without a database call. A figure that
cannot be read (or is negative where it may not be) is kept as typed, marked,
named under the grid and left out of the ratios until it is corrected.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.assessments import StatementError, check_statement
from app.scoring.ratios import RATIOS, STATEMENT_FIELDS, Statement
from ui.onboarding.texts import input_problem, problem_text
from ui.onboarding.widgets import FieldMessage, OptionalDateEdit, WanAmountEdit
from ui.scoring.texts import input_problem_text, number_text, ratio_label, statement_label

#: How many years of statements the form shows.
COLUMNS = 3

_INVALID_STYLE = 'QLineEdit[invalid="true"] { border: 1px solid #b3261e; background: #fdf1f0; }'


def one_year_before(day: date) -> date:
    """The same day a year earlier (28 February for 29 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


@dataclass(frozen=True)
class StatementEntry:
    """One column to save: figures in yuan (None: cleared) and the stored one it replaces."""

    period_end: date
    values: dict[str, Decimal | None]
    audited: bool
    #: A stored statement whose period end was changed here (it goes away).
    replaces: str | None = None


@dataclass
class _Column:
    """What a column was loaded with (the stored statement, if any)."""

    statement_id: str | None = None
    period_end: date | None = None


@dataclass(frozen=True)
class StatementsState:
    """Everything typed into the grid, to put back later exactly as it was."""

    dates: tuple[date | None, ...]
    audited: tuple[bool, ...]
    texts: tuple[dict[str, str], ...]
    columns: tuple[_Column, ...] = field(default=())


class StatementsEditor(QWidget):
    """Up to three statements side by side, latest first; figures in 万元."""

    #: A figure, date or the audited mark was changed by the RM.
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statementsEditor")
        self.setStyleSheet(_INVALID_STYLE)
        self.today = today
        self._filling = False
        self._columns = [_Column() for _ in range(COLUMNS)]
        self.period_caption = QLabel()
        self.audited_caption = QLabel()
        self.item_captions: dict[str, QLabel] = {}
        self.dates: list[OptionalDateEdit] = []
        self.audited: list[QCheckBox] = []
        self.cells: list[dict[str, WanAmountEdit]] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(3)
        grid.addWidget(self.period_caption, 0, 0)
        grid.addWidget(self.audited_caption, 1, 0)
        for row, name in enumerate(STATEMENT_FIELDS, start=2):
            caption = QLabel()
            self.item_captions[name] = caption
            grid.addWidget(caption, row, 0)
        for column in range(COLUMNS):
            edit = OptionalDateEdit(today)
            edit.setObjectName(f"periodEnd{column}")
            edit.setMinimumWidth(104)
            edit.value_changed.connect(self._edited)
            self.dates.append(edit)
            grid.addWidget(edit, 0, column + 1)
            box = QCheckBox()
            box.setObjectName(f"audited{column}")
            box.toggled.connect(self._edited)
            self.audited.append(box)
            grid.addWidget(box, 1, column + 1)
            cells: dict[str, WanAmountEdit] = {}
            for row, name in enumerate(STATEMENT_FIELDS, start=2):
                cell = WanAmountEdit()
                cell.setObjectName(f"{name}{column}")
                cell.setMinimumWidth(88)
                cell.value_changed.connect(self._edited)
                cells[name] = cell
                grid.addWidget(cell, row, column + 1)
            self.cells.append(cells)
        grid.setColumnStretch(0, 0)
        for column in range(COLUMNS):
            grid.setColumnStretch(column + 1, 1)
        self.message = FieldMessage()
        self.message.setObjectName("statementsMessage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        self.retranslate()
        self.set_statements([])

    # texts ------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text in the current language."""
        self.period_caption.setText(self.tr("Period end"))
        self.audited_caption.setText(self.tr("Audited"))
        for name, caption in self.item_captions.items():
            caption.setText(statement_label(name))
        for box in self.audited:
            box.setToolTip(self.tr("The statement is audited"))
        self._show_problems()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # contents ---------------------------------------------------------------------

    def cell(self, column: int, name: str) -> WanAmountEdit:
        """The field of item ``name`` in ``column`` (0 is the latest year)."""
        return self.cells[column][name]

    def set_statements(self, statements: list[Statement]) -> None:
        """Show ``statements`` (latest first); empty columns get the year ends before them."""
        self._filling = True
        try:
            shown = sorted(statements, key=lambda s: s.period_end, reverse=True)[:COLUMNS]
            previous: date | None = None
            for column in range(COLUMNS):
                statement = shown[column] if column < len(shown) else None
                if statement is not None:
                    period_end = statement.period_end
                elif previous is None:
                    period_end = date(self.today.year - 1, 12, 31)
                else:
                    period_end = one_year_before(previous)
                previous = period_end
                self._columns[column] = _Column(
                    None if statement is None else statement.id,
                    None if statement is None else period_end,
                )
                self.dates[column].set_date_value(period_end)
                self.audited[column].setChecked(bool(statement and statement.audited))
                for name, cell in self.cells[column].items():
                    cell.set_value(None if statement is None else getattr(statement, name))
        finally:
            self._filling = False
        self._show_problems()

    def adopt(self, statements: list[Statement]) -> None:
        """Take the stored statements matching the columns' period ends as theirs (after a save).

        The figures on screen stay as they are.
        """
        stored = {s.period_end: s.id for s in statements}
        for column in range(COLUMNS):
            period_end = self.dates[column].date_value()
            found = stored.get(period_end) if period_end is not None else None
            self._columns[column] = _Column(found, period_end if found else None)

    def state(self) -> StatementsState:
        """What the grid holds now, as typed."""
        return StatementsState(
            tuple(d.date_value() for d in self.dates),
            tuple(b.isChecked() for b in self.audited),
            tuple({n: c.text() for n, c in cells.items()} for cells in self.cells),
            tuple(_Column(c.statement_id, c.period_end) for c in self._columns),
        )

    def restore(self, state: StatementsState) -> None:
        """Put back what :meth:`state` saw."""
        self._filling = True
        try:
            for column in range(COLUMNS):
                self.dates[column].set_date_value(state.dates[column])
                self.audited[column].setChecked(state.audited[column])
                for name, cell in self.cells[column].items():
                    cell.setText(state.texts[column][name])
            if state.columns:
                self._columns = [_Column(c.statement_id, c.period_end) for c in state.columns]
        finally:
            self._filling = False
        self._show_problems()

    def set_read_only(self, read_only: bool) -> None:
        """Lock (or unlock) every field."""
        for column in range(COLUMNS):
            self.dates[column].setReadOnly(read_only)
            self.audited[column].setEnabled(not read_only)
            for cell in self.cells[column].values():
                cell.setReadOnly(read_only)

    def _edited(self) -> None:
        if self._filling:
            return
        self._show_problems()
        self.changed.emit()

    # reading ----------------------------------------------------------------------

    def _figure(self, column: int, name: str) -> tuple[Decimal | None, str]:
        """The cell's amount in yuan, or None and what is wrong ("" when it is just empty)."""
        cell = self.cells[column][name]
        if cell.is_invalid():
            return None, problem_text(input_problem(name, "amount.invalid"))
        amount = cell.value()
        if amount is None:
            return None, ""
        try:
            check_statement({name: amount})
        except StatementError as exc:
            return None, input_problem_text(exc.problems[0])
        return amount, ""

    def _figures(self, column: int) -> tuple[dict[str, Decimal | None], dict[str, str]]:
        values: dict[str, Decimal | None] = {}
        problems: dict[str, str] = {}
        for name in STATEMENT_FIELDS:
            amount, problem = self._figure(column, name)
            values[name] = amount
            if problem:
                problems[name] = problem
        return values, problems

    def _has_text(self, column: int) -> bool:
        return any(cell.text().strip() for cell in self.cells[column].values())

    def statements(self) -> list[Statement]:
        """The statements typed so far (readable figures only), latest first.

        A column counts once it has a period end and a readable figure; of two
        columns with the same period end the left one counts.
        """
        found: dict[date, Statement] = {}
        for column in range(COLUMNS):
            period_end = self.dates[column].date_value()
            values, _problems = self._figures(column)
            if period_end is None or period_end in found or all(v is None for v in values.values()):
                continue
            found[period_end] = Statement(period_end, **values)  # type: ignore[arg-type]
        return sorted(found.values(), key=lambda s: s.period_end, reverse=True)

    def problems(self) -> list[str]:
        """What stops the statements from being saved, one translated line each."""
        lines: list[str] = []
        seen: set[date] = set()
        for column in range(COLUMNS):
            period_end = self.dates[column].date_value()
            _values, problems = self._figures(column)
            shown = "" if period_end is None else period_end.isoformat()
            for name, problem in problems.items():
                lines.append(
                    self.tr("{item} ({period}): {problem}").format(
                        item=statement_label(name), period=shown or "—", problem=problem
                    )
                )
            if not self._has_text(column):
                continue
            if period_end is None:
                lines.append(self.tr("Enter the period end of each statement"))
            elif period_end in seen:
                lines.append(
                    self.tr("Two statements end on {period}").format(period=period_end.isoformat())
                )
            elif period_end > self.today:
                lines.append(
                    self.tr("The period end {period} is in the future").format(
                        period=period_end.isoformat()
                    )
                )
            if period_end is not None:
                seen.add(period_end)
        return lines

    def entries(self) -> list[StatementEntry]:
        """The columns to save: those with figures, and stored ones (even when emptied)."""
        found: list[StatementEntry] = []
        for column in range(COLUMNS):
            period_end = self.dates[column].date_value()
            loaded = self._columns[column]
            if period_end is None or not (self._has_text(column) or loaded.statement_id):
                continue
            values, _problems = self._figures(column)
            moved = loaded.statement_id is not None and loaded.period_end != period_end
            found.append(
                StatementEntry(
                    period_end,
                    values,
                    self.audited[column].isChecked(),
                    loaded.statement_id if moved else None,
                )
            )
        return found

    def _show_problems(self) -> None:
        for column in range(COLUMNS):
            _values, problems = self._figures(column)
            for name, cell in self.cells[column].items():
                invalid = name in problems
                cell.setToolTip(problems.get(name, ""))
                if cell.property("invalid") != invalid:
                    cell.setProperty("invalid", invalid)
                    cell.style().unpolish(cell)
                    cell.style().polish(cell)
        self.message.set_message("\n".join(self.problems()))


class RatioTable(QWidget):
    """The ratios of the typed statements, read-only; those the model scores in black."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ratioTable")
        self.captions: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self._ratios: dict[str, Decimal | None] = dict.fromkeys(RATIOS)
        self._used: frozenset[str] = frozenset()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        for index, name in enumerate(RATIOS):
            caption = QLabel()
            value = QLabel()
            value.setObjectName(f"ratio_{name}")
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row, pair = divmod(index, 2)
            grid.addWidget(caption, row, pair * 2)
            grid.addWidget(value, row, pair * 2 + 1)
            self.captions[name] = caption
            self.values[name] = value
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text in the current language."""
        for name, caption in self.captions.items():
            caption.setText(ratio_label(name))
        self._render()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_ratios(self, ratios: Mapping[str, Decimal | None], used: frozenset[str]) -> None:
        """Show ``ratios``; ``used`` are the ones the model scores."""
        self._ratios = dict(ratios)
        self._used = used
        self._render()

    def _render(self) -> None:
        for name, label in self.values.items():
            value = self._ratios.get(name)
            label.setText("—" if value is None else number_text(value, RATIOS[name].unit))
            used = name in self._used
            grey = "" if used else "color: #6b7680;"
            label.setStyleSheet(grey)
            self.captions[name].setStyleSheet(grey)
            tip = "" if used else self.tr("Not scored by this scorecard")
            label.setToolTip(tip)
            self.captions[name].setToolTip(tip)
