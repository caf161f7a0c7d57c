"""Input widgets of the onboarding screens: amounts in 万元, counts, dates, IDs, industries.

Every widget keeps what the RM typed, even when it cannot be read: the value is
then ``None`` and :meth:`is_invalid` says so, so the screen can show a message
at the field instead of losing the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation, localcontext

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QWidget,
)

from app.identifiers import mask_id_number
from app.industries import industry, is_known_industry, normalise_industry_code, search_industries
from app.validation import Problem
from ui.masked import RevealGate
from ui.onboarding.texts import industry_label, industry_text, problem_text, wan_text

_FEN = Decimal("0.01")
_GROUPED = re.compile(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?")
_SPACES = re.compile(r"\s+")
_MAX_INPUT = 40


def _half_width(text: str) -> str:
    """``text`` with full-width digits and punctuation folded, spaces removed."""
    return _SPACES.sub("", unicodedata.normalize("NFKC", text))


def parse_wan(text: str) -> Decimal | None:
    """Yuan from an amount typed in 万元: ``"1,234.5"`` → ``Decimal("12345000.00")``.

    Accepts thousands separators, full-width digits (``１２３４．５``) and a
    trailing 万/万元. Empty text gives None; anything else unreadable raises
    ValueError. Exact: the decimal point moves, nothing is rounded.
    """
    compact = _half_width(text).removesuffix("万元").removesuffix("万")
    if not compact:
        return None
    if len(compact) > _MAX_INPUT or not any(c.isdigit() for c in compact):
        raise ValueError(text)
    if not _GROUPED.fullmatch(compact):
        raise ValueError(text)
    with localcontext() as ctx:
        ctx.prec = 60
        try:
            yuan = Decimal(compact.replace(",", "")).scaleb(4)
            cents = yuan.quantize(_FEN)
        except InvalidOperation as exc:
            raise ValueError(text) from exc
    return cents if cents == yuan else yuan


def parse_count(text: str) -> int | None:
    """A whole number typed with or without separators (``"1,200"``, ``"８５"``, ``"85人"``)."""
    compact = _half_width(text).removesuffix("人")
    if not compact:
        return None
    if len(compact) > _MAX_INPUT or not re.fullmatch(r"[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)", compact):
        raise ValueError(text)
    return int(compact.replace(",", ""))


class _ParsingEdit(QLineEdit):
    """A line edit whose text is parsed into a value; unreadable text stays as typed."""

    #: The parsed value (or its absence) may have changed.
    value_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.textChanged.connect(lambda _t: self.value_changed.emit())
        self.editingFinished.connect(self._tidy)

    def _parse(self, text: str) -> object:
        raise NotImplementedError

    def _format(self, value: object) -> str:
        raise NotImplementedError

    def is_invalid(self) -> bool:
        """Whether text is there that is not a number (it is kept, and the value is None)."""
        try:
            self._parse(self.text())
        except ValueError:
            return True
        return False

    def _tidy(self) -> None:
        """Show a readable value with thousands separators once editing is done."""
        try:
            value = self._parse(self.text())
        except ValueError:
            return
        formatted = "" if value is None else self._format(value)
        if formatted != self.text():
            self.setText(formatted)


class WanAmountEdit(_ParsingEdit):
    """An amount entered in 万元; :meth:`value` is exact ``Decimal`` yuan, never a float."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("0.00")

    def _parse(self, text: str) -> Decimal | None:
        return parse_wan(text)

    def _format(self, value: object) -> str:
        assert isinstance(value, Decimal)
        return wan_text(value)

    def value(self) -> Decimal | None:
        """The amount in yuan; None when empty or unreadable (see :meth:`is_invalid`)."""
        try:
            return parse_wan(self.text())
        except ValueError:
            return None

    def set_value(self, amount_yuan: Decimal | None) -> None:
        """Show ``amount_yuan`` in 万元 (empty for None)."""
        self.setText(wan_text(amount_yuan))


class CountEdit(_ParsingEdit):
    """A whole number such as the number of employees; empty means unknown."""

    def _parse(self, text: str) -> int | None:
        return parse_count(text)

    def _format(self, value: object) -> str:
        return f"{value:,}"

    def value(self) -> int | None:
        """The number; None when empty or unreadable (see :meth:`is_invalid`)."""
        try:
            return parse_count(self.text())
        except ValueError:
            return None

    def set_value(self, count: int | None) -> None:
        """Show ``count`` (empty for None)."""
        self.setText("" if count is None else f"{count:,}")


class MaskedIdEdit(QWidget):
    """A resident ID number (or, with ``mask``, a phone) shown masked unless revealed.

    While the RM edits (the field has focus) or after clicking the reveal button
    the real number shows; it is masked again when focus leaves. The first time
    the stored value (the one given to :meth:`setText`) shows in full, the reveal
    is recorded through ``gate`` for the customer ``customer_of()`` names.
    """

    #: The real text changed.
    textChanged = Signal(str)
    editingFinished = Signal()

    def __init__(
        self,
        parent: QWidget | None = None,
        mask: Callable[[str], str] = mask_id_number,
        field: str = "legal_rep_id_number",
    ) -> None:
        super().__init__(parent)
        self._text = ""
        self._stored = ""
        self._recorded = False
        self._editing = False
        self._rendering = False
        self._mask = mask
        self.field = field
        #: Records the reveal of a stored value (none: nothing is recorded).
        self.gate: RevealGate | None = None
        self.customer_of: Callable[[], str | None] = lambda: None
        self.line_edit = QLineEdit()
        self.line_edit.setObjectName("idNumberEdit")
        self.line_edit.installEventFilter(self)
        self.reveal_button = QToolButton()
        self.reveal_button.setObjectName("revealIdNumber")
        self.reveal_button.setCheckable(True)
        self.reveal_button.toggled.connect(lambda _on: self._render())
        self.line_edit.textChanged.connect(self._typed)
        self.line_edit.editingFinished.connect(self.editingFinished)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line_edit, 1)
        layout.addWidget(self.reveal_button)
        self.setFocusProxy(self.line_edit)
        self.retranslate()

    def retranslate(self) -> None:
        """Set the button's texts in the current language."""
        shown = self.reveal_button.isChecked()
        self.reveal_button.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.reveal_button.setToolTip(
            self.tr("Show or hide the full ID number")
            if self.field == "legal_rep_id_number"
            else self.tr("Show or hide the full phone number")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def text(self) -> str:
        """The real ID number as typed."""
        return self._text

    def setText(self, text: str) -> None:
        """Set the stored number (shown masked unless revealed or being edited)."""
        self._text = text
        self._stored = text
        self._recorded = False
        self._render()
        self.textChanged.emit(text)

    def is_masked(self) -> bool:
        """Whether the number on screen is masked."""
        return not (self._editing or self.reveal_button.isChecked()) and bool(self._text)

    def _typed(self, text: str) -> None:
        if self._rendering:
            return
        self._text = text
        self.textChanged.emit(text)

    def _render(self) -> None:
        masked = self.is_masked()
        if not masked:
            self._record_reveal()
        shown = self._mask(self._text) if masked else self._text
        if self.line_edit.text() != shown:
            self._rendering = True
            self.line_edit.setText(shown)
            self._rendering = False
        self.retranslate()

    def _record_reveal(self) -> None:
        """Record the stored value showing in full, once per value loaded."""
        customer_id = self.customer_of()
        gate = self.gate
        if self._recorded or gate is None or customer_id is None:
            return
        if not self._stored or self._text != self._stored or self._mask(self._text) == self._text:
            return
        self._recorded = True
        gate.reveal(self, customer_id, [(self.field, None)], lambda: None, self._not_recorded)

    def _not_recorded(self, exc: BaseException) -> None:
        self._recorded = False
        self.reveal_button.setChecked(False)
        self.line_edit.setToolTip(
            self.tr("The reveal could not be recorded: {error}").format(error=exc)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line_edit and event.type() in (
            QEvent.Type.FocusIn,
            QEvent.Type.FocusOut,
        ):
            assert isinstance(event, QFocusEvent)
            self._editing = event.type() == QEvent.Type.FocusIn
            self._render()
        return super().eventFilter(watched, event)


class IndustryPicker(QLineEdit):
    """Pick a GB/T 4754 industry by code or name; shows ``C34 通用设备制造业``.

    Typing filters a popup (code prefix, Chinese or English name); choosing an
    entry sets the code. A bare code (``C34`` or ``34``) works too and is shown
    with its name once editing is done. :meth:`code` is the normalised code
    (``"34"``), or the typed text when it is no known code.
    """

    code_changed = Signal(str)
    LIMIT = 30

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = QStandardItemModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(12)
        self.setCompleter(self._completer)
        self._completer.activated.connect(self._chosen)
        self.textEdited.connect(self._filter)
        self.editingFinished.connect(self._tidy)
        self.textChanged.connect(lambda _t: self.code_changed.emit(self.code()))
        self.retranslate()

    def retranslate(self) -> None:
        """Placeholder and shown name in the current language."""
        self.setPlaceholderText(self.tr("Code or name, e.g. C34 or 机械"))
        self._tidy()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choices(self) -> list[str]:
        """The entries the popup offers now."""
        return [self._model.item(r).text() for r in range(self._model.rowCount())]

    def _filter(self, text: str) -> None:
        self._model.clear()
        for entry in search_industries(text, self.LIMIT) if text.strip() else ():
            item = QStandardItem(industry_label(entry))
            item.setData(entry.code, Qt.ItemDataRole.UserRole)
            self._model.appendRow(item)
        if self._model.rowCount() and self.hasFocus():
            self._completer.complete()

    def _chosen(self, _text: str) -> None:
        self._tidy()
        self.editingFinished.emit()

    def code(self) -> str:
        """The chosen code, normalised (``"34"``); the typed text if it is no known code."""
        text = self.text().strip()
        if not text:
            return ""
        first = text.split()[0]
        if is_known_industry(first):
            return normalise_industry_code(first)
        return text

    def set_code(self, code: str) -> None:
        """Show ``code`` with its name (an unknown code as it is)."""
        self.setText(industry_text(code) if is_known_industry(code) else code)

    def _tidy(self) -> None:
        code = self.code()
        if code and is_known_industry(code):
            shown = industry_text(code)
            if shown != self.text():
                self.setText(shown)

    def industry_name(self) -> str:
        """The chosen industry's label, or "" when no listed industry is chosen."""
        entry = industry(self.code()) if self.code() else None
        return "" if entry is None else industry_label(entry)


class FieldMessage(QLabel):
    """A red message under a field saying what is wrong with it; hidden when all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fieldMessage")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("color: #b3261e;")
        self.problems: list[Problem] = []
        self.hide()

    def set_problems(self, problems: list[Problem]) -> None:
        """Show ``problems`` (translated, one per line), or hide when there are none."""
        self.problems = list(problems)
        self.set_message("\n".join(problem_text(p) for p in self.problems))

    def set_message(self, text: str) -> None:
        """Show a ready-made message (empty hides the label)."""
        self.setText(text)
        self.setVisible(bool(text))


#: The value an :class:`OptionalDateEdit` holds when no date is set (shown blank).
NO_DATE = QDate(1900, 1, 1)


class _Calendar(QCalendarWidget):
    """The popup calendar: opens at the current month while no date is set."""

    def __init__(self, edit: OptionalDateEdit) -> None:
        super().__init__()
        self._edit = edit

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._edit.date_value() is None:
            today = self._edit.today
            self.setCurrentPage(today.year, today.month)


class OptionalDateEdit(QDateEdit):
    """A date with a calendar popup that may be left empty (:meth:`date_value` is None).

    Typing a digit into the empty field starts from today's date with the year
    selected, so ``2015-3-1``, ``2015/3/1`` and ``20150301`` all work.
    """

    #: The date (or its absence) changed.
    value_changed = Signal()

    def __init__(self, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = today or date.today()
        self.setCalendarPopup(True)
        self.setCalendarWidget(_Calendar(self))
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(NO_DATE)
        self.setMaximumDate(QDate(2099, 12, 31))
        self.setSpecialValueText(" ")
        self.setDate(NO_DATE)
        self.dateChanged.connect(lambda _d: self.value_changed.emit())

    def date_value(self) -> date | None:
        """The date, or None when none is set."""
        value = self.date()
        return None if value == NO_DATE else date(value.year(), value.month(), value.day())

    def set_date_value(self, value: date | None) -> None:
        """Set the date (None empties the field)."""
        self.setDate(NO_DATE if value is None else QDate(value.year, value.month, value.day))

    def clear_date(self) -> None:
        """Empty the field."""
        self.setDate(NO_DATE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if self.date_value() is None and text.isdigit():
            self.setDate(QDate(self.today.year, self.today.month, self.today.day))
            self.setSelectedSection(QDateEdit.Section.YearSection)
        elif text in ("-", "/", ".", "年", "月"):
            position = self.lineEdit().cursorPosition()
            if position == 0 or self.text()[position - 1] == "-":
                return  # the section already advanced when it filled up
            if text != "-":
                event = QKeyEvent(event.type(), Qt.Key.Key_Minus, event.modifiers(), "-")
        elif (
            self.date_value() is not None
            and event.key()
            in (
                Qt.Key.Key_Delete,
                Qt.Key.Key_Backspace,
            )
            and self.lineEdit().selectedText() == self.text()
        ):
            self.clear_date()
            return
        super().keyPressEvent(event)
