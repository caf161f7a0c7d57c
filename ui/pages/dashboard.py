"""Dashboard: the RM's pipeline, portfolio, activity and month at a glance.

The figures (:func:`app.rm_dashboard.dashboard_figures`) are computed off the
GUI thread when the page is shown and again after data changes
(:meth:`DashboardPage.mark_stale`; changes in quick succession reload once).
"Export…" writes every chart as a table to an .xlsx workbook. A branch manager
(whose profile holds every RM's customers) picks "All RMs" or one RM. The page imports
the data core only when it loads, so the window paints before SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QTime, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)

from ui.dashboard.view import DashboardView
from ui.pages.base import Page
from ui.tasks import run_in_background

if TYPE_CHECKING:
    from app.rm_dashboard import DashboardFigures
    from db.database import Database

#: Changes arriving within this many ms reload the figures once.
RELOAD_DELAY_MS = 300


class DashboardPage(Page):
    """Charts and tiles of the RM's figures; Refresh and Export…."""

    #: The figures were loaded and shown (after each refresh).
    loaded = Signal()
    #: The workbook was written (its path).
    exported = Signal(str)

    def __init__(self, today: Callable[[], date] | None = None) -> None:
        """``today``: the day to compute for (default: today in China, asked at each load)."""
        super().__init__()
        self.setObjectName("page_dashboard")
        self._today = today
        self._database: Database | None = None
        self._actor = ""
        self._stale = True
        self._generation = 0
        self._shown_day: date | None = None
        self.figures: DashboardFigures | None = None
        self._loaded_at = QTime()
        self._heading = QLabel()
        self._heading.setObjectName("pageHeading")
        self.status = QLabel()
        self.status.setObjectName("dashboardStatus")
        self.status.setStyleSheet("color: #4a5560;")
        #: The RM whose figures are shown (a branch manager's choice; None: all).
        self.rm_selector = QComboBox()
        self.rm_selector.setObjectName("dashboardRm")
        self.rm_selector.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.rm_selector.setVisible(False)
        self.rm_selector.currentIndexChanged.connect(lambda _i: self.refresh())
        self.branch_view = False
        self.refresh_button = QPushButton()
        self.refresh_button.setObjectName("refreshDashboard")
        self.refresh_button.setEnabled(False)
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportDashboard")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        self.view = DashboardView()
        self.scroll_area = QScrollArea()
        self.scroll_area.setObjectName("dashboardScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setWidget(self.view)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(RELOAD_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self._new_day)

        top = QHBoxLayout()
        top.addWidget(self._heading)
        top.addStretch(1)
        top.addWidget(self.status)
        top.addWidget(self.rm_selector)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll_area, 1)
        self._layout = layout
        self.retranslate()

    def attach(self, database: Database, actor: str) -> None:
        """Read the figures of ``database`` (the profile of ``actor``) from now on."""
        self._database = database
        self._actor = actor
        self.refresh_button.setEnabled(True)
        self._schedule_midnight()
        self.mark_stale()

    def title(self) -> str:
        return QCoreApplication.translate("Navigation", "Dashboard")

    def retranslate(self) -> None:
        self._heading.setText(self.title())
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save every chart as a table in an Excel workbook"))
        self.rm_selector.setToolTip(self.tr("Show the figures of one RM or of the whole branch"))
        self._fill_rms([self.rm_selector.itemData(i) for i in range(1, self.rm_selector.count())])
        self.view.retranslate()
        self._update_status()

    # loading -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the figures again in the background."""
        database = self._database
        if database is None:
            return
        from app.rm_dashboard import dashboard_figures, dashboard_rms
        from app.sync.credentials import BRANCH_ROLES, account_role

        self._timer.stop()
        self._stale = False
        self._generation += 1
        generation = self._generation
        today, actor = self.today(), self._actor
        rm = self.selected_rm()

        def work() -> tuple[DashboardFigures, bool, list[str]]:
            branch = account_role(database) in BRANCH_ROLES
            rms = dashboard_rms(database) if branch else []
            figures = dashboard_figures(database, actor, today, rm=rm if branch else None)
            return figures, branch, rms

        def done(found: tuple[DashboardFigures, bool, list[str]]) -> None:
            if generation != self._generation:
                return  # a newer load is on its way
            figures, branch, rms = found
            self.set_branch_view(branch, rms)
            self.figures = figures
            self._shown_day = figures.today
            self.view.show_figures(figures)
            self.export_button.setEnabled(True)
            self._loaded_at = QTime.currentTime()
            self._update_status()
            self._lay_out()
            self.loaded.emit()

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.status.setText(
                    self.tr("Could not compute the figures: {error}").format(error=exc)
                )

        self._update_status(loading=True)
        run_in_background(work, done, failed, receiver=self)

    def selected_rm(self) -> str | None:
        """The RM chosen in the selector (None: all RMs, or not a branch manager)."""
        if not self.branch_view:
            return None
        value = self.rm_selector.currentData()
        return None if value is None else str(value)

    def set_branch_view(self, branch: bool, rms: list[str]) -> None:
        """A branch manager's profile: show the RM selector with ``rms`` (else hide it)."""
        self.branch_view = branch
        self.rm_selector.setVisible(branch)
        self._fill_rms(rms)

    def _fill_rms(self, rms: list[str]) -> None:
        current = self.rm_selector.currentData()
        self.rm_selector.blockSignals(True)
        self.rm_selector.clear()
        self.rm_selector.addItem(self.tr("All RMs"), None)
        for rm in rms:
            self.rm_selector.addItem(rm, rm)
        self.rm_selector.setCurrentIndex(max(0, self.rm_selector.findData(current)))
        self.rm_selector.blockSignals(False)

    def _lay_out(self) -> None:
        """Lay the new charts out at once, so nothing is drawn squeezed in between."""
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self._layout.activate()
        self.scroll_area.setWidgetResizable(True)  # sizes the view to its new layout

    def _schedule_midnight(self) -> None:
        """Wake up just after the next midnight in China: the week, month and clock move on."""
        from app.visits.times import RM_TIME_ZONE

        now = datetime.now(RM_TIME_ZONE)
        midnight = datetime.combine(now.date() + timedelta(days=1), time(), RM_TIME_ZONE)
        self._midnight.start(int((midnight - now).total_seconds() * 1000) + 1000)

    def _new_day(self) -> None:
        self.mark_stale()
        self._schedule_midnight()

    def mark_stale(self) -> None:
        """Data changed: reload soon if on screen, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def today(self) -> date:
        """The day the figures are for."""
        if self._today is not None:
            return self._today()
        from app.visits.times import local_today

        return local_today()

    def showEvent(self, event: QShowEvent) -> None:
        if self._database is not None and (self._stale or self._shown_day != self.today()):
            self.refresh()
        super().showEvent(event)

    def _update_status(self, loading: bool = False) -> None:
        if loading or (self._database is not None and self.figures is None):
            self.status.setText(self.tr("Loading…"))
        elif self.figures is not None:
            at = QLocale().toString(self._loaded_at, QLocale.FormatType.ShortFormat)
            self.status.setText(self.tr("Updated {time}").format(time=at))
        else:
            self.status.setText("")

    # export --------------------------------------------------------------------------

    def default_file_name(self) -> str:
        """The file name offered when exporting."""
        day = self.figures.today.isoformat() if self.figures is not None else ""
        if self.figures is not None and self.figures.rm:
            return self.tr("dashboard-{rm}-{date}.xlsx").format(rm=self.figures.rm, date=day)
        return self.tr("dashboard-{date}.xlsx").format(date=day)

    def export(self) -> None:
        """Ask where to save the workbook, then write it."""
        if self.figures is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the dashboard"),
            self.default_file_name(),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if path:
            if not path.lower().endswith(".xlsx"):
                path += ".xlsx"
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Path | None:
        """Write every chart's table to ``path`` (one sheet each); None if it failed."""
        from ui.dashboard.export import write_workbook

        tables = list(self.view.tables.values())
        try:
            written = write_workbook(path, tables)
        except OSError as exc:
            self.status.setText(
                self.tr("Could not save {path}: {error}").format(path=path, error=exc)
            )
            return None
        self.status.setText(self.tr("Saved {path}").format(path=written))
        self.exported.emit(str(written))
        return written
