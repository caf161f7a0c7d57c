"""The dashboard's figures as tables in the UI language: what each chart shows and exports.

Every chart is drawn from its table, and "Export…" writes the same tables, one
sheet each, so the workbook says exactly what the page shows. Amounts are in
万元 (exact, two decimals), counts are whole numbers, rates are per cent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication

from app.industries import industry
from app.money import yuan_to_wan
from app.pipeline import STAGE_LABELS, Stage
from app.risk_signals import SEVERITY_LABELS, Severity
from app.rm_dashboard import DashboardFigures, GroupFigure
from ui.customer_model import size_label
from ui.onboarding.texts import chinese_ui

Cell = str | int | Decimal | None
#: Translate in the context ``DashboardTables`` (a literal for pyside6-lupdate).
translate = QCoreApplication.translate


@dataclass(frozen=True)
class Table:
    """One chart's data: a key, a title, column headers and rows."""

    key: str
    title: str
    headers: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    #: Columns (0-based) holding amounts in 万元.
    money: frozenset[int] = frozenset()


def wan(amount: Decimal) -> Decimal:
    """Yuan as 万元, two decimals."""
    return yuan_to_wan(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def stage_label(stage: Stage) -> str:
    """The stage's name in the UI language."""
    return QCoreApplication.translate("Stage", STAGE_LABELS[stage])


def section_label(section: str) -> str:
    """``C 制造业`` / ``C Manufacturing`` for a GB/T 4754 section letter."""
    entry = industry(section) if section else None
    if entry is None:
        return section or translate("DashboardTables", "Industry not known")
    return f"{section} {entry.name_zh if chinese_ui() else entry.name_en}"


def sized(key: str) -> str:
    """An enterprise size's name, or that it is not known."""
    return size_label(key) if key else translate("DashboardTables", "Size not known")


def segment_label(key: str) -> str:
    """A segment's name, or that none is set."""
    return key or translate("DashboardTables", "No segment")


def severity_label(key: str) -> str:
    """A severity's name in the UI language (an unknown one as it is)."""
    label = SEVERITY_LABELS.get(Severity(key)) if key in set(Severity) else None
    return key if label is None else QCoreApplication.translate("Severity", label)


def pipeline_table(figures: DashboardFigures) -> Table:
    """Applications and amounts by stage."""
    return Table(
        "pipeline",
        translate("DashboardTables", "Pipeline"),
        (
            translate("DashboardTables", "Stage"),
            translate("DashboardTables", "Applications"),
            translate("DashboardTables", "Amount (10k CNY)"),
        ),
        tuple((stage_label(f.stage), f.count, wan(f.amount)) for f in figures.funnel),
        frozenset({2}),
    )


def _groups(
    key: str,
    title: str,
    first: str,
    groups: Sequence[GroupFigure],
    label: Callable[[str], str],
) -> Table:
    return Table(
        key,
        title,
        (
            first,
            translate("DashboardTables", "Customers"),
            translate("DashboardTables", "Active loans"),
            translate("DashboardTables", "Loan amount (10k CNY)"),
        ),
        tuple((label(g.key), g.customers, g.loans, wan(g.loan_amount)) for g in groups),
        frozenset({3}),
    )


def size_table(figures: DashboardFigures) -> Table:
    """Customers and active loans by enterprise size."""
    return _groups(
        "size",
        translate("DashboardTables", "By enterprise size"),
        translate("DashboardTables", "Size"),
        figures.by_size,
        sized,
    )


def industry_table(figures: DashboardFigures) -> Table:
    """Customers and active loans by GB/T 4754 section."""
    return _groups(
        "industry",
        translate("DashboardTables", "By industry"),
        translate("DashboardTables", "Industry section"),
        figures.by_section,
        section_label,
    )


def segment_table(figures: DashboardFigures) -> Table:
    """Customers and active loans by segment (细分市场)."""
    return _groups(
        "segment",
        translate("DashboardTables", "By segment"),
        translate("DashboardTables", "Segment"),
        figures.by_segment,
        segment_label,
    )


def percent(value: Decimal | None, places: str = "0.1") -> Decimal | None:
    """A 0..1 rate as per cent (None stays None)."""
    return None if value is None else (value * 100).quantize(Decimal(places))


def activity_table(figures: DashboardFigures) -> Table:
    """Visits, inspections, alerts, documents and late answers now."""
    rows: list[tuple[Cell, ...]] = [
        (translate("DashboardTables", "Visits this week: still planned"), figures.visits.planned),
        (translate("DashboardTables", "Visits this week: done"), figures.visits.done),
        (translate("DashboardTables", "Inspections due within 7 days"), figures.inspections.due),
        (translate("DashboardTables", "Inspections overdue"), figures.inspections.overdue),
        (translate("DashboardTables", "Open alerts"), figures.alerts.open),
    ]
    rows += [
        (
            translate("DashboardTables", "Open alerts: {severity}").format(
                severity=severity_label(s)
            ),
            n,
        )
        for s, n in figures.alerts.by_severity.items()
    ]
    rows += [
        (
            translate("DashboardTables", "Applications not yet submitted"),
            figures.completeness.applications,
        ),
        (
            translate("DashboardTables", "Of which with every document"),
            figures.completeness.complete,
        ),
        (
            translate("DashboardTables", "Average completeness (%)"),
            figures.completeness.average_percent,
        ),
        (
            translate("DashboardTables", "Answers overdue (over 3 business days)"),
            figures.overdue_applications,
        ),
    ]
    return Table(
        "activity",
        translate("DashboardTables", "Activity"),
        (translate("DashboardTables", "Figure"), translate("DashboardTables", "Value")),
        tuple(rows),
    )


def month_table(figures: DashboardFigures) -> Table:
    """The RM's figures for the month."""
    month = figures.month
    rows: tuple[tuple[Cell, ...], ...] = (
        (translate("DashboardTables", "Customers onboarded"), month.customers_onboarded),
        (translate("DashboardTables", "Visits done"), month.visits_done),
        (translate("DashboardTables", "Applications submitted"), month.applications_submitted),
        (translate("DashboardTables", "Answers received"), month.decided),
        (translate("DashboardTables", "Approved"), month.approved),
        (translate("DashboardTables", "Declined"), month.declined),
        (translate("DashboardTables", "More documents requested"), month.more_documents),
        (translate("DashboardTables", "Approval rate (%)"), percent(month.approval_rate)),
        (
            translate("DashboardTables", "Median business days to decision"),
            month.median_business_days_to_decision,
        ),
    )
    title = translate("DashboardTables", "Month {month}").format(
        month=month.month_start.strftime("%Y-%m")
    )
    return Table(
        "month",
        title,
        (translate("DashboardTables", "Figure"), translate("DashboardTables", "Value")),
        rows,
    )


def all_tables(figures: DashboardFigures) -> list[Table]:
    """Every table of the dashboard, in page order."""
    return [
        pipeline_table(figures),
        size_table(figures),
        industry_table(figures),
        segment_table(figures),
        activity_table(figures),
        month_table(figures),
    ]
