"""The last sync's report: counts, the error if any, and the records that need the RM.

Each conflict, refused change and credit decision is a row naming its record;
a double-click (or Enter) opens it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.text import QT_TRANSLATE_NOOP
from ui.sync.rows import PayloadRole, Row, RowsModel
from ui.sync.texts import (
    decision_text,
    error_text,
    field_label,
    number,
    problem_text,
    record_text,
    size_text,
    time_text,
)

if TYPE_CHECKING:
    from app.sync import SyncReport

NameOf = Callable[[str | None], str | None]
HEADERS = (
    QT_TRANSLATE_NOOP("SyncReportView", "What"),
    QT_TRANSLATE_NOOP("SyncReportView", "Record"),
    QT_TRANSLATE_NOOP("SyncReportView", "Details"),
)
WARNING = "#b3261e"
GOOD = "#1b6e3a"


class ReportView(QWidget):
    """Shows one :class:`~app.sync.SyncReport` (or that there is none yet)."""

    #: The RM opened a record: (entity, id).
    open_record = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncReport")
        self.report: SyncReport | None = None
        self._name_of: NameOf = lambda _c: None
        self.headline = QLabel()
        self.headline.setObjectName("reportHeadline")
        self.headline.setStyleSheet("font-weight: bold;")
        self.error = QLabel()
        self.error.setObjectName("reportError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(f"color: {WARNING};")
        self._keys = [QLabel() for _ in range(8)]
        self.values = [QLabel() for _ in range(8)]
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        for i, (key, value) in enumerate(zip(self._keys, self.values, strict=True)):
            key.setStyleSheet("color: #5f6b76;")
            value.setObjectName(f"reportValue{i}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(key, i // 2, (i % 2) * 2)
            grid.addWidget(value, i // 2, (i % 2) * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.attention = QLabel()
        self.attention.setObjectName("attentionHeading")
        self.attention.setStyleSheet("font-weight: bold; padding-top: 6px;")
        self.model = RowsModel("SyncReportView", HEADERS)
        self.model.set_builder(self._rows)
        self.list = QTreeView()
        self.list.setObjectName("reportLinks")
        self.list.setModel(self.model)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setUniformRowHeights(True)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, 260)
        header.setStretchLastSection(True)
        self.list.doubleClicked.connect(self._open)
        self.list.activated.connect(self._open)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.error)
        layout.addLayout(grid)
        layout.addWidget(self.attention)
        layout.addWidget(self.list, 1)
        self.retranslate()

    def show_report(self, report: SyncReport | None, name_of: NameOf) -> None:
        """Show ``report``; ``name_of`` names the customers of its records."""
        self.report = report
        self._name_of = name_of
        self.retranslate()

    def names_changed(self) -> None:
        """More customer names are known: word the records again."""
        self.model.rebuild()

    # --- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text in the current language."""
        keys = (
            self.tr("Changes sent"),
            self.tr("Changes received"),
            self.tr("Conflicts"),
            self.tr("Refused changes"),
            self.tr("Files uploaded"),
            self.tr("Files downloaded"),
            self.tr("Reference data"),
            self.tr("Removed (reassigned)"),
        )
        for label, text in zip(self._keys, keys, strict=True):
            label.setText(text)
        self.attention.setText(self.tr("Needs your attention"))
        report = self.report
        if report is None:
            self.headline.setText(self.tr("No sync yet on this laptop."))
            self.error.hide()
            for value in self.values:
                value.setText("—")
            self.model.rebuild()
            return
        self.headline.setText(self._headline(report))
        self.error.setVisible(report.error is not None)
        self.error.setText(error_text(report.error))
        for value, text in zip(self.values, self._figures(report), strict=True):
            value.setText(text)
        self.model.rebuild()

    def _headline(self, report: SyncReport) -> str:
        when = time_text(report.finished_at or report.started_at)
        if report.ok:
            return self.tr("Last sync completed at {time}").format(time=when)
        if report.cancelled:
            return self.tr("Last sync was stopped at {time}").format(time=when)
        return self.tr("Last sync failed at {time}").format(time=when)

    def _figures(self, report: SyncReport) -> list[str]:
        sent = self.tr("{sent} (accepted {accepted})").format(
            sent=number(report.pushed), accepted=number(report.applied)
        )
        uploaded = self.tr("{files} ({size})").format(
            files=number(report.uploaded_files), size=size_text(report.uploaded_bytes)
        )
        if report.downloads_deferred:
            downloaded = self.tr("{files} ({size}), {later} when opened").format(
                files=number(report.downloaded_files),
                size=size_text(report.downloaded_bytes),
                later=number(report.downloads_deferred),
            )
        else:
            downloaded = self.tr("{files} ({size})").format(
                files=number(report.downloaded_files), size=size_text(report.downloaded_bytes)
            )
        names = [item.split("/")[0] for item in report.reference_refreshed]
        if report.reference_errors:
            reference = self.tr("{n} refreshed, {errors} not usable").format(
                n=number(len(names)), errors=number(len(report.reference_errors))
            )
        elif names:
            reference = self.tr("Refreshed: {names}").format(names=self.tr(", ").join(names))
        else:
            reference = self.tr("Up to date")
        return [
            sent,
            number(report.pulled),
            number(len(report.conflicts)),
            number(len(report.rejected)),
            uploaded,
            downloaded,
            reference,
            number(report.revoked),
        ]

    def _rows(self) -> list[Row]:
        report = self.report
        if report is None:
            return []
        name = self._name_of
        rows: list[Row] = []
        for d in report.decisions:
            rows.append(
                Row(
                    (
                        self.tr("Credit decision"),
                        record_text("applications", d.application_id, name(d.customer_id)),
                        decision_text(name(d.customer_id), d.status),
                    ),
                    ("applications", d.application_id),
                    GOOD,
                )
            )
        for c in report.conflicts:
            fields = self.tr(", ").join(field_label(c.entity, f) for f in c.fields)
            rows.append(
                Row(
                    (self.tr("Conflict"), record_text(c.entity, c.id, name(c.customer_id)), fields),
                    (c.entity, c.id),
                    WARNING,
                )
            )
        for r in report.rejected:
            problems = [
                self.tr("{field}: {problem}").format(
                    field=field_label(r.entity, str(p.get("field", ""))),
                    problem=problem_text(
                        str(p.get("template") or ""),
                        p.get("params") or {},
                        str(p.get("message") or ""),
                    ),
                )
                for p in r.problems
            ]
            rows.append(
                Row(
                    (
                        self.tr("Refused"),
                        record_text(r.entity, r.id, name(r.customer_id)),
                        self.tr("; ").join(problems),
                    ),
                    (r.entity, r.id),
                    WARNING,
                    "\n".join(problems),
                )
            )
        return rows

    # --- actions ------------------------------------------------------------------------

    def _open(self, index: QModelIndex) -> None:
        link = index.data(PayloadRole)
        if link:
            self.open_record.emit(*link)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
