"""The Prospects tab of a segment: counts, the ticked and eligible, actions and the table."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.segments import REASON_LABELS, Classification
from ui.segments.prospects import ProspectModel

#: The widest the "Why" column opens (pixels).
WHY_WIDTH = 260


class ProspectsPanel(QWidget):
    """How a segment's prospects classify, what is ticked, and the prospects page by page."""

    def __init__(self, model: ProspectModel) -> None:
        super().__init__()
        self.model = model
        self.summary: Classification | None = None
        self.classification = QLabel()
        self.classification.setObjectName("classification")
        self.classification.setWordWrap(True)
        self.classification.setTextFormat(Qt.TextFormat.RichText)
        self.import_button = QPushButton()
        self.import_button.setObjectName("importProspects")
        self.eligible_button = QPushButton()
        self.eligible_button.setObjectName("selectEligible")
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("clearSelection")
        self.clear_button.clicked.connect(model.clear_selection)
        self.create_button = QPushButton()
        self.create_button.setObjectName("createApplications")
        self.selection_label = QLabel()
        self.selection_label.setObjectName("selectionCount")
        model.selection_changed.connect(self.show_selection)
        self.table = QTableView()
        self.table.setObjectName("prospectTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        model.loaded.connect(self._fit_columns)
        buttons = QHBoxLayout()
        for button in (self.import_button, self.eligible_button, self.clear_button,
                       self.create_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.selection_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.classification)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def _fit_columns(self) -> None:
        """Columns as wide as the first page needs; "Why" capped (its tooltip has it all)."""
        self.table.resizeColumnsToContents()
        floor = self.table.horizontalHeader().defaultSectionSize()
        for column in range(self.model.columnCount()):  # never narrower than by default
            self.table.setColumnWidth(column, max(self.table.columnWidth(column), floor))
        reasons = ProspectModel.REASONS
        self.table.setColumnWidth(reasons, min(self.table.columnWidth(reasons), WHY_WIDTH))

    def retranslate(self) -> None:
        """Set every text in the UI language."""
        self.import_button.setText(self.tr("Import prospects…"))
        self.eligible_button.setText(self.tr("Select eligible"))
        self.clear_button.setText(self.tr("Clear selection"))
        self.create_button.setText(self.tr("Create applications…"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 6)
        self._fit_columns()  # the headers' new texts (an empty table has only them)
        self.show_summary(self.summary)

    def enable(self, ready: bool, mine: bool) -> None:
        """Enable what the RM may do now (``mine``: the segment is the RM's own)."""
        self.import_button.setEnabled(ready and mine)
        has_prospects = self.summary is not None and self.summary.total > 0
        self.eligible_button.setEnabled(ready and mine and has_prospects)
        self.clear_button.setEnabled(ready and mine and not self.model.selection.empty)
        self.create_button.setEnabled(ready and mine and self.model.selected_count > 0)

    def show_summary(self, summary: Classification | None) -> None:
        """Counts by size and eligibility, with the commonest reasons (None: no segment)."""
        self.summary = summary
        self.show_selection()
        if summary is None:
            self.classification.setText("")
            return
        if summary.total == 0:
            self.classification.setText(
                self.tr("No prospects yet: import the segment's prospect list (.xlsx or .csv).")
            )
            return
        sizes = summary.by_size
        text = self.tr(
            "{total} prospects — micro {micro} · small {small} · medium {medium} · "
            "not SME {large} · size unknown {unknown_size}<br>"
            "eligible {eligible} · not eligible {not_eligible} · eligibility unknown {unknown}"
        ).format(
            total=summary.total,
            micro=sizes["micro"],
            small=sizes["small"],
            medium=sizes["medium"],
            large=sizes["large"],
            unknown_size=sizes[""],
            eligible=summary.eligible,
            not_eligible=summary.not_eligible,
            unknown=summary.unknown,
        )
        reasons = [
            html.escape(QCoreApplication.translate("Segment", REASON_LABELS[code])) + f" ({count})"
            for code, count in summary.reasons
            if code in REASON_LABELS
        ][:4]
        if reasons:
            text += "<br>" + self.tr("Most common: {reasons}").format(reasons="；".join(reasons))
        self.classification.setText(text)

    def show_selection(self) -> None:
        """How many prospects are ticked, and how many are eligible (loaded or not)."""
        summary = self.summary
        if summary is None or summary.total == 0:
            self.selection_label.setText("")
            return
        self.selection_label.setText(
            self.tr("{selected} selected / {eligible} eligible without an open application").format(
                selected=self.model.selected_count, eligible=summary.selectable
            )
        )
