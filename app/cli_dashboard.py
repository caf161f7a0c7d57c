"""``rmdesk dashboard --json``: the RM dashboard figures as JSON."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from app.cli_common import EXIT_OK, print_json, usage_error

if TYPE_CHECKING:
    from app.profile import Profile
    from app.rm_dashboard import DashboardFigures, GroupFigure

DESCRIPTION = (
    'Prints {"today", "rm", "funnel": [{"stage", "count", "amount"}], '
    '"overdue_applications", "portfolio": {"customers", "by_size", "by_industry_section", '
    '"by_segment": [{"key", "customers", "loans", "loan_amount"}]}, "visits_this_week", '
    '"inspections", "alerts", "completeness", "month"}. Money is exact yuan as strings; '
    "rates and averages are decimal strings (null when there is nothing to divide)."
)


def add_dashboard_parser(sub: Any) -> None:
    """Add ``dashboard`` to the subcommands ``sub``."""
    dashboard = sub.add_parser(
        "dashboard", help="the RM dashboard figures as JSON", description=DESCRIPTION
    )
    dashboard.add_argument(
        "--json", action="store_true", help="print JSON (the only format; for scripts)"
    )
    dashboard.add_argument(
        "--today", metavar="YYYY-MM-DD", help="compute as of this day (default: today in China)"
    )


def cmd_dashboard(args: argparse.Namespace, profile: Profile) -> int:
    """Run ``dashboard``: compute the figures from the local cache and print them."""
    from app.rm_dashboard import dashboard_figures
    from app.visits.times import local_today

    if args.today:
        try:
            today = date.fromisoformat(args.today)
        except ValueError:
            return usage_error(f"--today: {args.today!r} is not a date (YYYY-MM-DD)")
    else:
        today = local_today()
    print_json(figures_json(dashboard_figures(profile.database, profile.actor, today)))
    return EXIT_OK


def _money(amount: Decimal) -> str:
    return str(amount.quantize(Decimal("0.01")))


def _decimal(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


def _groups(groups: Iterable[GroupFigure]) -> list[dict[str, Any]]:
    return [
        {
            "key": g.key or None,
            "customers": g.customers,
            "loans": g.loans,
            "loan_amount": _money(g.loan_amount),
        }
        for g in groups
    ]


def figures_json(figures: DashboardFigures) -> dict[str, Any]:
    """The figures as JSON (money as exact yuan strings; a missing group key is null)."""
    month = figures.month
    visits = figures.visits
    return {
        "today": figures.today.isoformat(),
        "rm": figures.actor,
        "funnel": [
            {"stage": f.stage.value, "count": f.count, "amount": _money(f.amount)}
            for f in figures.funnel
        ],
        "overdue_applications": figures.overdue_applications,
        "portfolio": {
            "customers": figures.customers,
            "by_size": _groups(figures.by_size),
            "by_industry_section": _groups(figures.by_section),
            "by_segment": _groups(figures.by_segment),
        },
        "visits_this_week": {
            "week_start": visits.week_start.isoformat(),
            "week_end": visits.week_end.isoformat(),
            "planned": visits.planned,
            "done": visits.done,
        },
        "inspections": {
            "due": figures.inspections.due,
            "overdue": figures.inspections.overdue,
            "horizon_days": figures.inspections.horizon_days,
        },
        "alerts": {"open": figures.alerts.open, "by_severity": dict(figures.alerts.by_severity)},
        "completeness": {
            "applications": figures.completeness.applications,
            "complete": figures.completeness.complete,
            "average_percent": _decimal(figures.completeness.average_percent),
        },
        "month": {
            "month": month.month_start.strftime("%Y-%m"),
            "customers_onboarded": month.customers_onboarded,
            "visits_done": month.visits_done,
            "applications_submitted": month.applications_submitted,
            "decided": month.decided,
            "approved": month.approved,
            "declined": month.declined,
            "more_documents": month.more_documents,
            "approval_rate": _decimal(month.approval_rate),
            "median_business_days_to_decision": _decimal(month.median_business_days_to_decision),
        },
    }
