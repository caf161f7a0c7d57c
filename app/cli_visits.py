"""``rmdesk visits list|ics`` and ``rmdesk alerts list``: visits and alerts as JSON."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.cli_common import EXIT_FAILURE, EXIT_OK, JsonArgumentParser, print_json, usage_error

if TYPE_CHECKING:
    from app.alerts import AlertView
    from app.inspections import DueInspection
    from app.profile import Profile
    from app.visits.service import VisitService, VisitSummary


def add_visits_parser(sub: Any) -> None:
    """Add ``visits list``, ``visits ics`` and ``alerts list`` to the subcommands ``sub``."""
    visits = sub.add_parser("visits", help="list visits and export them to calendars")
    actions = visits.add_subparsers(
        dest="visits_command", metavar="ACTION", parser_class=JsonArgumentParser
    )
    lst = actions.add_parser(
        "list",
        help="visits as JSON",
        description='Prints {"visits": [{"id", "customer_id", "customer_name", "visit_type", '
        '"type_name_zh", "type_name_en", "status", "start", "end", "local_start", '
        '"planned_start", "planned_end", "actual_start", "actual_end", "location", '
        '"purpose", "overdue"}]}. With --due: only planned visits up to today not yet done, '
        'and "inspections_due": post-loan inspections due within 7 days.',
    )
    lst.add_argument("--customer", metavar="ID", help="only this customer's visits")
    lst.add_argument(
        "--due",
        action="store_true",
        help="visits planned up to today not done, and inspections due",
    )
    ics = actions.add_parser(
        "ics",
        help="write one visit as an iCalendar (.ics) file",
        description='Writes the visit as an RFC 5545 event and prints {"written": PATH}. '
        "Exit 1 if there is no such visit or the file cannot be written.",
    )
    ics.add_argument("id", metavar="VISIT_ID")
    ics.add_argument("--out", metavar="FILE.ics", required=True)
    ics.add_argument("--utc", action="store_true", help="times in UTC instead of Asia/Shanghai")
    ics.add_argument("--lang", choices=("zh", "en"), default="zh", help="language of the texts")

    alerts = sub.add_parser("alerts", help="list open early-warning alerts")
    alert_actions = alerts.add_subparsers(
        dest="alerts_command", metavar="ACTION", parser_class=JsonArgumentParser
    )
    alert_list = alert_actions.add_parser(
        "list",
        help="open alerts as JSON",
        description='Prints {"alerts": [{"id", "customer_id", "customer_name", "signal_code", '
        '"name_zh", "name_en", "severity", "raised_at", "visit_id", "note"}]}, worst first.',
    )
    alert_list.add_argument("--customer", metavar="ID", help="only this customer's alerts")


def _visit_service(profile: Profile) -> VisitService:
    from app.attachment_store import AttachmentStore
    from app.visits.service import VisitService

    store = AttachmentStore(profile.paths.attachments)
    return VisitService(profile.database, profile.actor, store)


def _iso(value: Any) -> str | None:
    return None if value is None else str(value.isoformat())


def visit_json(service: VisitService, visit: VisitSummary, today: date) -> dict[str, Any]:
    """One visit as JSON (times ISO 8601 in UTC, ``local_start`` in the RM's zone)."""
    from app.visits.times import to_local

    template = service.templates.find(visit.visit_type)
    start = visit.start
    return {
        "id": visit.id,
        "customer_id": visit.customer_id,
        "customer_name": visit.customer_name,
        "visit_type": visit.visit_type,
        "type_name_zh": None if template is None else template.name_zh,
        "type_name_en": None if template is None else template.name_en,
        "status": visit.status,
        "start": _iso(start),
        "end": _iso(visit.end),
        "local_start": None if start is None else to_local(start, service.zone).isoformat(),
        "planned_start": _iso(visit.planned_start),
        "planned_end": _iso(visit.planned_end),
        "actual_start": _iso(visit.actual_start),
        "actual_end": _iso(visit.actual_end),
        "location": visit.location,
        "purpose": visit.purpose,
        "overdue": visit.overdue_on(today, service.zone),
    }


def inspection_json(due: DueInspection) -> dict[str, Any]:
    """One inspection due as JSON (amount as exact yuan string)."""
    return {
        "customer_id": due.customer_id,
        "customer_name": due.customer_name,
        "loan_id": due.loan_id,
        "loan_product_code": due.loan_product_code,
        "loan_amount": str(due.loan_amount),
        "disbursed_on": due.disbursed_on.isoformat(),
        "last_inspection_on": _iso(due.last_inspection_on),
        "due_on": due.due_on.isoformat(),
        "overdue": due.overdue,
        "reason_code": due.reason.code,
        "reason": due.reason.text(),
        "planned_visit_id": due.planned_visit_id,
    }


def alert_json(alert: AlertView) -> dict[str, Any]:
    """One alert as JSON."""
    signal = alert.signal
    return {
        "id": alert.id,
        "customer_id": alert.customer_id,
        "customer_name": alert.customer_name,
        "signal_code": alert.signal_code,
        "name_zh": None if signal is None else signal.name_zh,
        "name_en": None if signal is None else signal.name_en,
        "severity": alert.severity,
        "status": alert.status,
        "raised_at": alert.raised_at.isoformat(),
        "visit_id": alert.visit_id,
        "note": alert.note,
    }


def _cmd_list(args: argparse.Namespace, profile: Profile) -> int:
    from app.inspections import InspectionService
    from app.visits.times import local_today

    service = _visit_service(profile)
    today = local_today(service.zone)
    if not args.due:
        visits = service.list(customer_id=args.customer)
        print_json({"visits": [visit_json(service, v, today) for v in visits]})
        return EXIT_OK
    due = [v for v in service.due(today) if args.customer in (None, v.customer_id)]
    inspections = [
        d
        for d in InspectionService(profile.database, zone=service.zone).inspections_due(today)
        if args.customer in (None, d.customer_id)
    ]
    print_json(
        {
            "visits": [visit_json(service, v, today) for v in due],
            "inspections_due": [inspection_json(d) for d in inspections],
        }
    )
    return EXIT_OK


def _cmd_ics(args: argparse.Namespace, profile: Profile) -> int:
    from app.ics import save_ics, visit_to_ics

    service = _visit_service(profile)
    try:
        visit = service.load(args.id)
    except KeyError:
        print_json({"error": f"no visit {args.id}"})
        return EXIT_FAILURE
    try:
        text = visit_to_ics(visit, visit.customer_name, utc=args.utc, lang=args.lang)
        path = save_ics(text, Path(args.out).expanduser().resolve())
    except (OSError, ValueError) as exc:
        print_json({"error": str(exc), "visit_id": args.id})
        return EXIT_FAILURE
    print_json({"written": str(path)})
    return EXIT_OK


def cmd_visits(args: argparse.Namespace, profile: Profile) -> int:
    """Run ``visits list`` or ``visits ics``."""
    if args.visits_command is None:
        return usage_error("choose an action: list or ics")
    if args.visits_command == "ics":
        return _cmd_ics(args, profile)
    return _cmd_list(args, profile)


def cmd_alerts(args: argparse.Namespace, profile: Profile) -> int:
    """Run ``alerts list``: open alerts, worst first."""
    from app.alerts import AlertService

    if args.alerts_command is None:
        return usage_error("choose an action: list")
    alerts = AlertService(profile.database, profile.actor).open_alerts(args.customer)
    print_json({"alerts": [alert_json(a) for a in alerts]})
    return EXIT_OK
