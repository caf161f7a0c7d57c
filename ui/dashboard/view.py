"""The dashboard's contents: figure tiles, the pipeline funnel, portfolio charts, the month.

:meth:`DashboardView.show_figures` fills everything from one
:class:`~app.rm_dashboard.DashboardFigures`; :meth:`retranslate` re-words it
in the current language. The charts are drawn from the same tables that
"Export…" writes (:mod:`ui.dashboard.tables`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from app.money import format_wan
from ui.dashboard.charts import Bar, BarChart, DonutChart
from ui.dashboard.widgets import ChartCard, Tile

if TYPE_CHECKING:
    from app.rm_dashboard import DashboardFigures, GroupFigure
    from ui.dashboard.tables import Table

#: Funnel colours by stage: open (greys, blue), waiting (amber), answers, disbursed.
STAGE_COLOURS = {
    "draft": QColor("#9aa5b1"),
    "documents_complete": QColor("#2f6f9f"),
    "submitted": QColor("#e0a030"),
    "under_review": QColor("#c98a1c"),
    "approved": QColor("#3f8f5a"),
    "declined": QColor("#b3261e"),
    "more_documents": QColor("#d06a4a"),
    "disbursed": QColor("#1e6b3a"),
}
TILES = ("visits", "inspections", "alerts", "documents", "overdue")
MONTH_TILES = ("onboarded", "visits_done", "submitted", "approval", "median")


def _number(value: int) -> str:
    return QLocale().toString(value)


class DashboardView(QWidget):
    """Tiles and charts of the dashboard (empty until :meth:`show_figures`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.figures: DashboardFigures | None = None
        self.tables: dict[str, Table] = {}
        self.tiles = {key: Tile(key) for key in TILES}
        self.month_tiles = {key: Tile(f"month_{key}") for key in MONTH_TILES}
        self.funnel_chart = BarChart()
        self.size_chart = DonutChart()
        self.segment_chart = BarChart()
        self.industry_chart = BarChart()
        self.cards = {
            "pipeline": ChartCard("pipeline", self.funnel_chart),
            "size": ChartCard("size", self.size_chart),
            "segment": ChartCard("segment", self.segment_chart),
            "industry": ChartCard("industry", self.industry_chart),
        }
        self.month_caption = QLabel()
        self.month_caption.setObjectName("monthCaption")
        self.month_caption.setStyleSheet("font-weight: bold; font-size: 11pt;")

        tiles = QGridLayout()
        for column, tile in enumerate(self.tiles.values()):
            tiles.addWidget(tile, 0, column)
        charts = QGridLayout()
        charts.addWidget(self.cards["pipeline"], 0, 0, 1, 2)
        charts.addWidget(self.cards["size"], 1, 0)
        charts.addWidget(self.cards["segment"], 1, 1)
        charts.addWidget(self.cards["industry"], 2, 0, 1, 2)
        charts.setColumnStretch(0, 1)
        charts.setColumnStretch(1, 1)
        month = QGridLayout()
        for column, tile in enumerate(self.month_tiles.values()):
            month.addWidget(tile, 0, column)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(tiles)
        layout.addLayout(charts)
        layout.addWidget(self.month_caption)
        layout.addLayout(month)
        layout.addStretch(1)
        self.retranslate()

    # texts -------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every caption and figure again, in the current language."""
        captions = {
            "visits": self.tr("Visits this week"),
            "inspections": self.tr("Inspections due (7 days)"),
            "alerts": self.tr("Open alerts"),
            "documents": self.tr("Documents complete"),
            "overdue": self.tr("Answers overdue"),
            "onboarded": self.tr("Customers onboarded"),
            "visits_done": self.tr("Visits done"),
            "submitted": self.tr("Applications submitted"),
            "approval": self.tr("Approval rate"),
            "median": self.tr("Median time to decision"),
        }
        for key, tile in (*self.tiles.items(), *self.month_tiles.items()):
            tile.caption.setText(captions[key])
        titles = self.cards
        titles["pipeline"].title.setText(self.tr("Pipeline by stage (amounts in 10k CNY)"))
        titles["size"].title.setText(self.tr("Customers by enterprise size"))
        titles["segment"].title.setText(self.tr("Customers by segment (active loans in 10k CNY)"))
        titles["industry"].title.setText(
            self.tr("Customers by industry section, GB/T 4754 (active loans in 10k CNY)")
        )
        if self.figures is not None:
            self.show_figures(self.figures)
        else:
            self.month_caption.setText(self.tr("This month"))

    # figures -----------------------------------------------------------------------

    def show_figures(self, figures: DashboardFigures) -> None:
        """Show ``figures`` (tables, tiles and charts)."""
        from ui.dashboard.tables import all_tables

        self.figures = figures
        self.tables = {t.key: t for t in all_tables(figures)}
        self._tiles(figures)
        self._charts(figures)
        self._month(figures)

    def _tiles(self, figures: DashboardFigures) -> None:
        from ui.dashboard.tables import severity_label

        visits = figures.visits
        self.tiles["visits"].show_figure(
            _number(visits.planned + visits.done),
            self.tr("{done} done · {planned} planned").format(
                done=_number(visits.done), planned=_number(visits.planned)
            ),
        )
        inspections = figures.inspections
        self.tiles["inspections"].show_figure(
            _number(inspections.due),
            self.tr("{count} overdue").format(count=_number(inspections.overdue)),
            warning=inspections.overdue > 0,
        )
        alerts = figures.alerts
        self.tiles["alerts"].show_figure(
            _number(alerts.open),
            " · ".join(f"{severity_label(s)} {_number(n)}" for s, n in alerts.by_severity.items())
            or self.tr("none open"),
            warning=any(s in ("high", "critical") for s in alerts.by_severity),
        )
        completeness = figures.completeness
        average = completeness.average_percent
        self.tiles["documents"].show_figure(
            self.tr("{complete} of {count}").format(
                complete=_number(completeness.complete), count=_number(completeness.applications)
            ),
            ""
            if average is None
            else self.tr("of applications not yet submitted; average {percent}%").format(
                percent=average
            ),
        )
        self.tiles["overdue"].show_figure(
            _number(figures.overdue_applications),
            self.tr("over 3 business days"),
            warning=figures.overdue_applications > 0,
        )

    def _charts(self, figures: DashboardFigures) -> None:
        empty = self.tr("Nothing yet")
        pipeline = self.tables["pipeline"]
        self.funnel_chart.set_bars(
            [
                Bar(
                    str(row[0]),
                    float(figure.amount),
                    self.tr("{count} · {amount}").format(
                        count=_number(figure.count), amount=format_wan(figure.amount)
                    ),
                    STAGE_COLOURS.get(figure.stage.value),
                )
                for row, figure in zip(pipeline.rows, figures.funnel, strict=True)
            ],
            empty,
        )
        total = figures.customers
        self.size_chart.set_bars(
            [
                Bar(str(row[0]), float(g.customers), self._share(g.customers, total))
                for row, g in zip(self.tables["size"].rows, figures.by_size, strict=True)
            ],
            self.tr("{count}\ncustomers").format(count=_number(total)),
            empty,
        )
        for chart, key, groups in (
            (self.segment_chart, "segment", figures.by_segment),
            (self.industry_chart, "industry", figures.by_section),
        ):
            chart.set_bars(
                [
                    Bar(str(row[0]), float(g.customers), self._group_text(g))
                    for row, g in zip(self.tables[key].rows, groups, strict=True)
                ],
                empty,
            )

    def _share(self, count: int, total: int) -> str:
        share = Decimal(0) if not total else (Decimal(count * 100) / total).quantize(Decimal(1))
        return self.tr("{count} ({percent}%)").format(count=_number(count), percent=share)

    def _group_text(self, group: GroupFigure) -> str:
        if not group.loans:
            return _number(group.customers)
        return self.tr("{customers} · loans {amount}").format(
            customers=_number(group.customers), amount=format_wan(group.loan_amount)
        )

    def _month(self, figures: DashboardFigures) -> None:
        month = figures.month
        self.month_caption.setText(
            self.tr("This month ({month})").format(month=month.month_start.strftime("%Y-%m"))
        )
        tiles = self.month_tiles
        tiles["onboarded"].show_figure(_number(month.customers_onboarded))
        tiles["visits_done"].show_figure(_number(month.visits_done))
        tiles["submitted"].show_figure(_number(month.applications_submitted))
        rate = month.approval_rate
        tiles["approval"].show_figure(
            "–" if rate is None else f"{(rate * 100).quantize(Decimal('0.1'))}%",
            self.tr("{approved} approved, {declined} declined").format(
                approved=_number(month.approved), declined=_number(month.declined)
            ),
        )
        median = month.median_business_days_to_decision
        tiles["median"].show_figure(
            "–" if median is None else str(median),
            self.tr("business days, {count} answers").format(count=_number(month.decided)),
        )
