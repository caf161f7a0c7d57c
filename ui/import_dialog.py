"""Batch import (批量开发): a segment's prospect list from .xlsx or .csv into draft customers.

Choose a file → preview with a "import as" combo per column (pre-filled from the
headers) → all or nothing, or valid rows only → Check → see every problem by
row → Import → save the error report. Reading, checking, importing and saving
run in the background (:func:`ui.tasks.run_in_background`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QCloseEvent, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.importing import (
    IMPORT_FIELDS,
    ImportFileError,
    ImportPlan,
    ImportResult,
    RowProblem,
    Table,
    apply_import,
    cell_text,
    check_mapping,
    guess_mapping,
    plan_import,
    read_table,
    write_error_report,
    write_template_xlsx,
)
from app.validation import label_for
from ui.tasks import run_in_background

if TYPE_CHECKING:
    from app.customers import CustomerService

#: Data rows shown in the preview.
PREVIEW_ROWS = 20
_PROBLEM_BACKGROUND = QColor("#fde8eb")
_ERROR_STYLE = "color: #b00020;"


def field_label(field: str) -> str:
    """The translated label of a profile field (or child field path)."""
    try:
        return QCoreApplication.translate("CustomerField", label_for(field))
    except KeyError:
        return field


def problem_text(problem: RowProblem | ImportFileError) -> str:
    """The translated reason of ``problem``, placeholders filled in."""
    return QCoreApplication.translate(problem.context, problem.template).format(**problem.params)


class ImportDialog(QDialog):
    """Imports a prospect list into the profile of ``service`` as draft customers.

    Emits :attr:`imported` with the number of customers saved when an import
    has finished (0 when nothing was saved).
    """

    imported = Signal(int)

    def __init__(
        self,
        service: CustomerService,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setModal(True)
        self.resize(960, 680)
        self._service = service
        self._today = today
        self.table: Table | None = None
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.busy = False
        self._generation = 0  # results of an outdated check are dropped
        self._message = ""
        self._message_is_error = False

        self._intro = QLabel()
        self._intro.setWordWrap(True)
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("importFile")
        self.file_edit.setReadOnly(True)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton()
        self.template_button.setObjectName("saveTemplate")
        self.template_button.clicked.connect(self.choose_template_path)
        self.segment_edit = QLineEdit()
        self.segment_edit.setObjectName("importSegment")
        self.segment_edit.textChanged.connect(lambda _t: self._invalidate())
        self.programme_edit = QLineEdit()
        self.programme_edit.setObjectName("importProgramme")
        self.programme_edit.textChanged.connect(lambda _t: self._invalidate())

        self.preview = QTableWidget()
        self.preview.setObjectName("importPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.combos: list[QComboBox] = []

        self.all_or_nothing = QRadioButton()
        self.all_or_nothing.setObjectName("allOrNothing")
        self.all_or_nothing.setChecked(True)
        self.valid_only = QRadioButton()
        self.valid_only.setObjectName("validOnly")
        self._modes = QButtonGroup(self)
        self._modes.addButton(self.all_or_nothing)
        self._modes.addButton(self.valid_only)
        self.valid_only.toggled.connect(lambda _on: self._update_buttons())

        self.check_button = QPushButton()
        self.check_button.setObjectName("checkImport")
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton()
        self.import_button.setObjectName("startImport")
        self.import_button.setProperty("primary", True)
        self.import_button.clicked.connect(self.start_import)
        self.report_button = QPushButton()
        self.report_button.setObjectName("saveReport")
        self.report_button.clicked.connect(self.choose_report_path)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeImport")
        self.close_button.clicked.connect(self.reject)

        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = QTableWidget(0, 4)
        self.problems.setObjectName("importProblems")
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problems.setAlternatingRowColors(True)
        self.problems.verticalHeader().hide()
        header = self.problems.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # by row, as in the file

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.template_button)
        form = QFormLayout()
        self._file_label = QLabel()
        self._segment_label = QLabel()
        self._programme_label = QLabel()
        form.addRow(self._file_label, file_row)
        form.addRow(self._segment_label, self.segment_edit)
        form.addRow(self._programme_label, self.programme_edit)
        self._preview_box = QGroupBox()
        preview_layout = QVBoxLayout(self._preview_box)
        preview_layout.addWidget(self.preview)
        self._mode_box = QGroupBox()
        mode_layout = QVBoxLayout(self._mode_box)
        mode_layout.addWidget(self.all_or_nothing)
        mode_layout.addWidget(self.valid_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self._intro)
        layout.addLayout(form)
        layout.addWidget(self._preview_box, 3)
        layout.addWidget(self._mode_box)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 2)
        self.retranslate()
        self._update_buttons()

    # Texts -----------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text in the current language."""
        self.setWindowTitle(self.tr("Import customers"))
        self._intro.setText(
            self.tr(
                "Import a segment's prospect list (.xlsx or .csv) as draft customers. "
                "Check what each column is imported as; amounts are in 万元. "
                "Enterprise name and unified social credit code are required."
            )
        )
        self._file_label.setText(self.tr("File"))
        self.file_edit.setPlaceholderText(self.tr("Choose an .xlsx or .csv file"))
        self.choose_button.setText(self.tr("Choose file…"))
        self.template_button.setText(self.tr("Save template…"))
        self._segment_label.setText(self.tr("Market segment"))
        self.segment_edit.setPlaceholderText(
            self.tr("For rows without a segment, e.g. 五金产业集群")
        )
        self._programme_label.setText(self.tr("Programme tag"))
        self.programme_edit.setPlaceholderText(self.tr("Optional: tags every imported customer"))
        self._preview_box.setTitle(self.tr("Preview: what each column is imported as"))
        self._mode_box.setTitle(self.tr("When some rows have problems"))
        self.all_or_nothing.setText(self.tr("All or nothing: import only if every row is valid"))
        self.valid_only.setText(
            self.tr("Valid rows only: import the valid rows, report the others")
        )
        self.check_button.setText(self.tr("Check"))
        self.import_button.setText(self.tr("Import"))
        self.report_button.setText(self.tr("Save error report…"))
        self.close_button.setText(self.tr("Close"))
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Row"), self.tr("Column"), self.tr("Field"), self.tr("Problem")]
        )
        for combo in self.combos:
            self._fill_combo(combo)
        self._fill_vertical_header()
        self._show_problems()
        self._show_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _fill_combo(self, combo: QComboBox) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(not imported)"), "")
        for spec in IMPORT_FIELDS:
            label = field_label(spec.name)
            if spec.in_wan:
                label = self.tr("{field} (万元)").format(field=label)
            combo.addItem(label, spec.name)
        combo.setCurrentIndex(max(0, combo.findData(current or "")))
        combo.blockSignals(False)

    def _fill_vertical_header(self) -> None:
        if self.table is None:
            return
        labels = [self.tr("Import as")]
        labels += [str(row.number) for row in self.table.rows[:PREVIEW_ROWS]]
        self.preview.setVerticalHeaderLabels(labels)

    # Choosing the file -----------------------------------------------------

    def choose_file(self) -> None:
        """Ask for the file to import (native dialog), then load it."""
        start = self.file_edit.text() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the prospect list"),
            start,
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)"),
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str | Path) -> None:
        """Read ``path`` in the background, then preview it with the guessed mapping."""
        self.file_edit.setText(str(path))
        self.table = None
        self._invalidate()
        self.preview.clear()
        self.preview.setRowCount(0)
        self.preview.setColumnCount(0)
        self.combos = []
        self._set_busy(True, self.tr("Reading the file…"))
        generation = self._generation
        run_in_background(
            lambda: read_table(Path(path)),
            lambda table: self._table_loaded(generation, table),
            lambda exc: self._failed(generation, exc),
        )

    def _table_loaded(self, generation: int, table: Table) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.table = table
        mapping = guess_mapping(table.headers)
        shown = table.rows[:PREVIEW_ROWS]
        self.preview.setColumnCount(len(table.headers))
        self.preview.setRowCount(1 + len(shown))
        self.preview.setHorizontalHeaderLabels(
            [h or self.tr("Column {n}").format(n=i + 1) for i, h in enumerate(table.headers)]
        )
        self.combos = []
        for column in range(len(table.headers)):
            combo = QComboBox()
            combo.setObjectName(f"mapColumn{column}")
            self._fill_combo(combo)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(column, ""))))
            combo.currentIndexChanged.connect(lambda _i, c=column: self._mapping_changed(c))
            self.preview.setCellWidget(0, column, combo)
            self.combos.append(combo)
        for r, row in enumerate(shown, start=1):
            for column, value in enumerate(row.cells):
                self.preview.setItem(r, column, QTableWidgetItem(cell_text(value)))
        self._fill_vertical_header()
        self.preview.resizeColumnsToContents()
        self.preview.resizeRowToContents(0)
        self._say(
            self.tr("{rows} rows read. Check the columns, then press Check.").format(
                rows=len(table.rows)
            )
        )
        self._update_buttons()

    # Mapping ---------------------------------------------------------------

    def mapping(self) -> dict[int, str]:
        """Column index → profile field as the combos say."""
        return {
            i: combo.currentData() for i, combo in enumerate(self.combos) if combo.currentData()
        }

    def set_mapping(self, column: int, field: str) -> None:
        """Import ``column`` as ``field`` ("" for not at all), as choosing it in its combo would."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(0, combo.findData(field)))

    def _mapping_changed(self, column: int) -> None:
        field = self.combos[column].currentData()
        if field:  # a field comes from one column: the other loses it
            for other, combo in enumerate(self.combos):
                if other != column and combo.currentData() == field:
                    combo.blockSignals(True)
                    combo.setCurrentIndex(0)
                    combo.blockSignals(False)
        self._invalidate()
        self._say(self.tr("Columns changed: press Check again."))

    # Checking and importing ------------------------------------------------

    def valid_only_selected(self) -> bool:
        """Whether the RM chose to import the valid rows only."""
        return self.valid_only.isChecked()

    def check(self) -> None:
        """Check every row with the current mapping (in the background)."""
        table = self.table
        if table is None or self.busy:
            return
        mapping = self.mapping()
        missing = check_mapping(mapping)
        if missing:
            self._say(
                self.tr("Choose a column for: {fields}").format(
                    fields=self.tr(", ").join(field_label(f) for f in missing)
                ),
                error=True,
            )
            return
        self._invalidate()
        self._set_busy(True, self.tr("Checking {rows} rows…").format(rows=len(table.rows)))
        generation = self._generation
        service, today = self._service, self._today or date.today()
        segment, programme = self.segment_edit.text(), self.programme_edit.text()
        run_in_background(
            lambda: plan_import(
                table,
                mapping,
                service.existing_usccs,
                today,
                segment=segment,
                programme=programme,
            ),
            lambda plan: self._plan_ready(generation, plan),
            lambda exc: self._failed(generation, exc),
        )

    def _plan_ready(self, generation: int, plan: ImportPlan) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.plan = plan
        self._mark_preview_rows(set(plan.rejected_rows))
        self._show_problems()
        self._show_summary()
        self._update_buttons()

    def start_import(self) -> None:
        """Import the checked rows (in the background); emits :attr:`imported` when done."""
        plan = self.plan
        if plan is None or self.busy or not self._can_import():
            return
        valid_only = self.valid_only_selected()
        self._set_busy(True, self.tr("Importing…"))
        service = self._service
        run_in_background(
            lambda: apply_import(service, plan, valid_only),
            self._import_done,
            lambda exc: self._failed(None, exc),
        )

    def _import_done(self, result: ImportResult) -> None:
        self._set_busy(False)
        self.import_result = result
        self._show_problems()
        self._show_summary()
        self._update_buttons()
        self.imported.emit(result.imported)

    def _failed(self, generation: int | None, exc: BaseException) -> None:
        """A background step failed; ``generation`` None: report it whatever changed since."""
        if generation is not None and generation != self._generation:
            return  # outdated: a newer step is running or done
        self._set_busy(False)
        if isinstance(exc, ImportFileError):
            text = problem_text(exc)
        else:
            text = self.tr("Something went wrong: {error}").format(error=exc)
        self._say(text, error=True)
        self._update_buttons()

    # Reports and the template ----------------------------------------------

    def problems_to_report(self) -> list[RowProblem]:
        """The problems to report: of the import if one ran, else of the check."""
        if self.import_result is not None:
            return self.import_result.rejected
        return self.plan.rejected if self.plan is not None else []

    def choose_report_path(self) -> None:
        """Ask where to save the error report (native dialog), then save it."""
        source = Path(self.file_edit.text() or "import")
        suggested = source.with_name(
            self.tr("{name} - problems").format(name=source.stem) + ".xlsx"
        )
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save error report"),
            str(suggested),
            self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
        )
        if path:
            self.save_report(path)

    def save_report(self, path: str | Path, on_saved: Callable[[Path], None] | None = None) -> None:
        """Write the rejected rows to ``path`` (.xlsx or .csv) in the background."""
        problems = self.problems_to_report()
        translate = QCoreApplication.translate
        self._after_write(
            lambda: write_error_report(path, problems, translate),
            self.tr("Error report saved: {path}"),
            on_saved,
        )

    def choose_template_path(self) -> None:
        """Ask where to save the import template (native dialog), then save it."""
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save import template"),
            str(Path.home() / (self.tr("customer import template") + ".xlsx")),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            self.save_template(path)

    def save_template(
        self, path: str | Path, on_saved: Callable[[Path], None] | None = None
    ) -> None:
        """Write the documented import template to ``path`` (.xlsx) in the background."""
        self._after_write(
            lambda: write_template_xlsx(path), self.tr("Template saved: {path}"), on_saved
        )

    def _after_write(
        self,
        write: Callable[[], Path],
        message: str,
        on_saved: Callable[[Path], None] | None,
    ) -> None:
        def done(saved: Path) -> None:
            self._say(message.format(path=saved))
            if on_saved is not None:
                on_saved(saved)

        def failed(exc: BaseException) -> None:
            self._say(self.tr("Could not save: {error}").format(error=exc), error=True)

        run_in_background(write, done, failed)

    # State -----------------------------------------------------------------

    def _invalidate(self) -> None:
        """The file, columns or segment changed: an earlier check no longer holds."""
        self._generation += 1
        self.plan = None
        self.import_result = None
        self._mark_preview_rows(set())
        self._show_problems()
        self._update_buttons()

    def _can_import(self) -> bool:
        plan = self.plan
        if plan is None or self.import_result is not None or not plan.valid:
            return False
        return self.valid_only_selected() or not plan.rejected

    def _update_buttons(self) -> None:
        idle = not self.busy
        self.choose_button.setEnabled(idle)
        self.check_button.setEnabled(idle and self.table is not None)
        self.import_button.setEnabled(idle and self._can_import())
        self.report_button.setEnabled(idle and bool(self.problems_to_report()))
        self.close_button.setEnabled(idle)
        self.segment_edit.setEnabled(idle)
        self.programme_edit.setEnabled(idle)
        for combo in self.combos:
            combo.setEnabled(idle)
        if self.plan is not None and self.import_result is None:
            self._show_summary()

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.busy = busy
        if message:
            self._say(message)
        self._update_buttons()

    def _say(self, message: str, error: bool = False) -> None:
        self._message, self._message_is_error = message, error
        self.summary.setText(message)
        self.summary.setStyleSheet(_ERROR_STYLE if error else "")

    def _show_summary(self) -> None:
        plan, result = self.plan, self.import_result
        if result is not None:
            text = self.tr("Imported {n} customers as drafts.").format(n=result.imported)
            skipped = len({p.row for p in result.rejected})
            if skipped:
                text += " " + self.tr("{n} rows were not imported: see below.").format(n=skipped)
            self._say(text, error=result.imported == 0 and bool(skipped))
        elif plan is not None:
            bad = len(plan.rejected_rows)
            text = self.tr("{rows} rows: {valid} can be imported, {bad} have problems.").format(
                rows=len(plan.rows), valid=len(plan.valid), bad=bad
            )
            if bad and not self.valid_only_selected():
                text += " " + self.tr(
                    "All or nothing: correct the file and check again, or choose “valid rows only”."
                )
            self._say(text, error=bool(bad) and not self._can_import())
        elif self._message:
            self._say(self._message, self._message_is_error)

    def _show_problems(self) -> None:
        problems = self.problems_to_report()
        self.problems.setSortingEnabled(False)
        self.problems.setRowCount(len(problems))
        for r, problem in enumerate(problems):
            number = QTableWidgetItem()
            number.setData(Qt.ItemDataRole.DisplayRole, problem.row)
            reason = problem_text(problem)
            cells = [
                number,
                QTableWidgetItem(problem.column),
                QTableWidgetItem(field_label(problem.field)),
                QTableWidgetItem(reason),
            ]
            cells[3].setToolTip(reason)
            for column, item in enumerate(cells):
                self.problems.setItem(r, column, item)
        self.problems.setSortingEnabled(True)

    def _mark_preview_rows(self, rejected: set[int]) -> None:
        if self.table is None:
            return
        problems: dict[int, list[str]] = {}
        for problem in self.problems_to_report():
            problems.setdefault(problem.row, []).append(
                f"{field_label(problem.field)}: {problem_text(problem)}"
            )
        for r, row in enumerate(self.table.rows[:PREVIEW_ROWS], start=1):
            bad = row.number in rejected
            for column in range(self.preview.columnCount()):
                item = self.preview.item(r, column)
                if item is None:
                    item = QTableWidgetItem()
                    self.preview.setItem(r, column, item)
                item.setBackground(QBrush(_PROBLEM_BACKGROUND) if bad else QBrush())
                item.setToolTip("\n".join(problems.get(row.number, [])) if bad else "")

    # Closing ---------------------------------------------------------------

    def reject(self) -> None:
        """Close, except while an import is being saved."""
        if not self.busy:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.busy:
            event.ignore()
        else:
            super().closeEvent(event)
