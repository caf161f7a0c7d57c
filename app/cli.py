"""The ``rmdesk`` command line: global options and the headless subcommands.

Headless subcommands print JSON on stdout and exit non-zero on failure. They
never import Qt; the launcher in ``ui/`` opens the window when no subcommand
is given.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__
from app.cli_applications import add_applications_parser, cmd_applications
from app.cli_common import (
    EXIT_FAILURE,
    EXIT_OK,
    EXIT_USAGE,
    JsonArgumentParser,
    print_json,
    usage_error,
)
from app.cli_dashboard import add_dashboard_parser, cmd_dashboard
from app.cli_packet import add_packet_parser, cmd_packet, packet_language
from app.cli_score import add_score_parser, cmd_score
from app.cli_security import (
    add_recover_parser,
    cmd_recover,
    report_profile_error,
    report_unreadable_page,
)
from app.cli_segments import add_segments_parser, cmd_segments
from app.cli_sync import add_sync_parser, cmd_login, cmd_logout, cmd_sync
from app.cli_visits import add_visits_parser, cmd_alerts, cmd_visits
from app.paths import DATA_DIR_ENV, resolve_data_dir

if TYPE_CHECKING:
    from app.profile import Profile


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``rmdesk`` (global options and subcommands)."""
    parser = argparse.ArgumentParser(
        prog="rmdesk",
        description="RM Desk (客户经理工作台): workbench for SME relationship managers. "
        "With no subcommand it opens the main window.",
    )
    parser.add_argument("--version", action="version", version=f"rmdesk {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"profile folder (default: ${DATA_DIR_ENV}, else the per-user data folder)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check the profile, migrations, translations, font and main window; then exit",
    )
    parser.add_argument(
        "--lang", choices=("zh_CN", "en"), help="UI language for this run (overrides Settings)"
    )
    parser.add_argument(
        "--pin-stdin",
        action="store_true",
        help="read the app lock PIN from the first line of standard input (for scripts; "
        "without it a terminal asks for the PIN when the profile has one)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="fill the profile with demo customers")
    demo.add_argument("--customers", type=int, default=200, metavar="N")
    demo.add_argument(
        "--if-empty", action="store_true", help="only when the profile has no customers yet"
    )
    _add_customers_parser(sub)
    add_applications_parser(sub)
    add_visits_parser(sub)
    add_score_parser(sub)
    add_packet_parser(sub)
    add_dashboard_parser(sub)
    add_segments_parser(sub)
    add_sync_parser(sub)
    add_recover_parser(sub)
    return parser


def _add_customers_parser(sub: Any) -> None:
    customers = sub.add_parser("customers", help="import, list and classify customers")
    actions = customers.add_subparsers(
        dest="customers_command", metavar="ACTION", parser_class=JsonArgumentParser
    )
    imp = actions.add_parser(
        "import",
        help="import a prospect list (.xlsx or .csv) as draft customers",
        description="Import a segment's prospect list as draft customers. Prints "
        '{"imported": N, "rejected": [{"row", "field", "reason", ...}], ...}. '
        "All or nothing unless --valid-only: with any rejected row nothing is imported. "
        "Exit 1 when rows were rejected and nothing was imported.",
    )
    imp.add_argument("file", metavar="FILE", help=".xlsx or .csv with a header row")
    imp.add_argument(
        "--valid-only", action="store_true", help="import the valid rows, report the others"
    )
    imp.add_argument("--segment", metavar="NAME", default="", help="细分市场 for rows without one")
    imp.add_argument(
        "--programme", metavar="NAME", default="", help="batch-development programme tag"
    )
    imp.add_argument(
        "--map",
        metavar="HEADER=FIELD",
        action="append",
        default=[],
        help="read the column HEADER as profile FIELD (empty FIELD: ignore it); repeatable",
    )
    imp.add_argument(
        "--report", metavar="PATH", help="also write the rejected rows to PATH (.csv or .xlsx)"
    )
    lst = actions.add_parser("list", help="list customers as JSON")
    lst.add_argument("--search", metavar="TEXT", default="", help="name, USCC or person")
    lst.add_argument("--status", choices=("draft", "complete", "active"))
    lst.add_argument("--segment", metavar="NAME")
    lst.add_argument("--limit", metavar="N", type=int, default=50)
    lst.add_argument("--offset", metavar="N", type=int, default=0)
    cls = actions.add_parser(
        "classify",
        help="enterprise size under the 2011 SME size standard",
        description='Prints {"size", "rule", "row", ...}; exit 1 when the size cannot be '
        "decided, 2 for bad arguments.",
    )
    cls.add_argument("--industry", metavar="CODE", required=True, help="GB/T 4754 code, e.g. C33")
    cls.add_argument("--employees", metavar="N", help="persons")
    cls.add_argument("--revenue", metavar="WAN", help="annual revenue in 万元")
    cls.add_argument("--assets", metavar="WAN", help="total assets in 万元")


def _cmd_demo(args: argparse.Namespace, profile: Profile) -> int:
    from app.customers import CustomerService
    from app.demo import fill_demo

    if args.customers < 0:
        print_json({"error": "--customers must be 0 or more"})
        return EXIT_USAGE
    service = CustomerService(profile.database, profile.actor)
    before = service.count()
    added = 0
    if not (args.if_empty and before > 0):
        added = fill_demo(profile.database, args.customers, profile.actor, seed=2026 + before)
    print_json({"added": added, "total": before + added})
    return EXIT_OK


def _column_mapping(
    headers: list[str], overrides: list[str], guessed: dict[int, str]
) -> dict[int, str] | str:
    """``guessed`` with the ``--map HEADER=FIELD`` overrides; an error message if one is bad."""
    from app.importing import FIELDS_BY_NAME, header_key

    mapping = dict(guessed)
    for item in overrides:
        header, sep, field = item.rpartition("=")
        if not sep:
            return f"--map {item!r}: write HEADER=FIELD"
        field = field.strip()
        if field and field not in FIELDS_BY_NAME:
            return f"--map {item!r}: unknown field; use one of {', '.join(FIELDS_BY_NAME)}"
        columns = [i for i, h in enumerate(headers) if header_key(h) == header_key(header)]
        if not columns:
            return f"--map {item!r}: the file has no column {header!r}"
        for index in columns:
            if field:
                mapping = {i: f for i, f in mapping.items() if f != field}
                mapping[index] = field
            else:
                mapping.pop(index, None)
    return mapping


def _cmd_customers_import(args: argparse.Namespace, profile: Profile) -> int:
    from app.customers import CustomerService
    from app.importing import (
        ImportFileError,
        apply_import,
        guess_mapping,
        plan_import,
        read_table,
        write_error_report,
    )

    path = Path(args.file)
    service = CustomerService(profile.database, profile.actor)
    try:
        table = read_table(path)
        mapping = _column_mapping(table.headers, args.map, guess_mapping(table.headers))
        if isinstance(mapping, str):
            return usage_error(mapping, file=str(path))
        plan = plan_import(
            table,
            mapping,
            service.existing_usccs,
            date.today(),
            segment=args.segment,
            programme=args.programme,
        )
    except ImportFileError as exc:
        print_json({"error": exc.text(), "code": exc.code, "file": str(path)})
        return EXIT_USAGE if exc.code in ("file.not_found", "file.type") else EXIT_FAILURE
    result = apply_import(service, plan, valid_only=args.valid_only)
    out: dict[str, Any] = {
        "file": str(path),
        "mode": "valid_only" if args.valid_only else "all_or_nothing",
        "rows": len(plan.rows),
        "imported": result.imported,
        "rejected_rows": len({p.row for p in result.rejected}),
        "rejected": [p.as_json() for p in result.rejected],
        "columns": {table.headers[i]: field for i, field in sorted(plan.mapping.items())},
        "ignored_columns": [h for i, h in enumerate(table.headers) if h and i not in plan.mapping],
    }
    failed = bool(result.rejected) and result.imported == 0
    if args.report:
        try:
            out["report"] = str(write_error_report(args.report, result.rejected))
        except (OSError, ValueError) as exc:
            out["report_error"] = str(exc)
            failed = True
    print_json(out)
    return EXIT_FAILURE if failed else EXIT_OK


def _cmd_customers_list(args: argparse.Namespace, profile: Profile) -> int:
    from app.customer_list import CustomerQuery
    from app.customers import CustomerService

    if args.limit < 0 or args.offset < 0:
        return usage_error("--limit and --offset must be 0 or more")
    service = CustomerService(profile.database, profile.actor)
    query = CustomerQuery(search=args.search, status=args.status, segment=args.segment)
    rows = service.page(query, args.offset, args.limit) if args.limit else []
    customers = [
        {
            "id": row.id,
            "name": row.name,
            "uscc": row.uscc,
            "status": row.status,
            "size": row.size,
            "eligible": row.eligible,
            "industry_code": row.industry_code,
            "city": row.city,
            "employees": row.employees,
            "annual_revenue": None if row.annual_revenue is None else str(row.annual_revenue),
            "segment": row.segment,
        }
        for row in rows
    ]
    print_json({"total": service.count(query), "offset": args.offset, "customers": customers})
    return EXIT_OK


def _number(text: str | None, what: str, whole: bool = False) -> Decimal | None:
    """``text`` as a non-negative Decimal (None if not given); ValueError naming ``what``."""
    if text is None:
        return None
    try:
        number = Decimal(text.replace(",", "").strip())
    except InvalidOperation:
        raise ValueError(f"{what}: {text!r} is not a number") from None
    if not number.is_finite() or number < 0:
        raise ValueError(f"{what}: {text!r} must be 0 or more")
    if whole and number != number.to_integral_value():
        raise ValueError(f"{what}: {text!r} is not a whole number")
    return number


def _cmd_customers_classify(args: argparse.Namespace) -> int:
    from app.classification import classify
    from app.industries import is_known_industry, normalise_industry_code

    try:
        employees = _number(args.employees, "--employees", whole=True)
        revenue = _number(args.revenue, "--revenue")
        assets = _number(args.assets, "--assets")
    except ValueError as exc:
        return usage_error(str(exc))
    if not is_known_industry(args.industry):
        return usage_error(f"--industry: {args.industry!r} is not a GB/T 4754-2017 code")
    result = classify(args.industry, None if employees is None else int(employees), revenue, assets)
    print_json(
        {
            "size": None if result.size is None else result.size.value,
            "rule": result.text(),
            "row": result.row_id,
            "row_name_en": result.row_name_en,
            "row_name_zh": result.row_name_zh,
            "industry": normalise_industry_code(args.industry),
            "missing": [m.value for m in result.missing],
        }
    )
    return EXIT_OK if result.size is not None else EXIT_FAILURE


CUSTOMER_COMMANDS: dict[str, Callable[[argparse.Namespace, Profile], int]] = {
    "import": _cmd_customers_import,
    "list": _cmd_customers_list,
}


def _cmd_customers(args: argparse.Namespace, profile: Profile) -> int:
    return CUSTOMER_COMMANDS[args.customers_command](args, profile)


COMMANDS: dict[str, Callable[[argparse.Namespace, Profile], int]] = {
    "demo": _cmd_demo,
    "customers": _cmd_customers,
    "applications": cmd_applications,
    "visits": cmd_visits,
    "alerts": cmd_alerts,
    "packet": cmd_packet,
    "dashboard": cmd_dashboard,
    "segments": cmd_segments,
    "sync": cmd_sync,
    "login": cmd_login,
    "logout": cmd_logout,
}


def _read_pin_line() -> str:
    """``--pin-stdin``: the first line of standard input (always taken, so a later
    ``--password-stdin`` reads the next one)."""
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n")


def _pin_refusal(
    args: argparse.Namespace, profile: Profile, pin: str | None
) -> dict[str, Any] | None:
    """The refusal to print when the command needs the profile's PIN and did not get it
    right (:mod:`app.security.cli_lock`); None to run it."""
    from app.security.cli_lock import command_key, english, needs_pin, pin_refusal

    if not needs_pin(args, profile.database):
        return None
    interactive = sys.stdin is not None and sys.stdin.isatty()

    def translate(context: str, source: str) -> str:
        from app.settings import load_settings

        lang = packet_language(args.lang, load_settings(profile.paths.settings).language)
        if lang == "en":
            return english(context, source)
        from app.packet.translate import translate as from_ts  # the UI's own translation

        return from_ts(context, source, lang)

    return pin_refusal(
        profile.paths.root,
        command_key(args),
        pin=pin,
        ask=getpass.getpass if interactive else None,
        translate=translate,
    )


def run_command(args: argparse.Namespace) -> int:
    """Run the headless subcommand named in ``args`` against its profile.

    With an app lock PIN set, commands that show or change records first need the PIN
    (:mod:`app.security.cli_lock`), then the offline lock applies.
    """
    from app.profile import ProfileError, open_profile

    pin = _read_pin_line() if getattr(args, "pin_stdin", False) else None
    if args.command == "score":  # needs no profile
        return cmd_score(args)
    if args.command == "recover":  # opens the profile itself
        return cmd_recover(args)
    if args.command == "customers":  # these need no profile, or must not create one
        if args.customers_command is None:
            return usage_error("choose an action: import, list or classify")
        if args.customers_command == "classify":
            return _cmd_customers_classify(args)
    try:
        profile = open_profile(resolve_data_dir(args.data_dir))
    except ProfileError as exc:
        return report_profile_error(exc)
    from sqlalchemy.exc import DatabaseError  # loaded by open_profile already

    try:
        from app.security.offline_lock import offline_refusal

        refusal = _pin_refusal(args, profile, pin)
        if refusal is not None:  # a PIN is set and was not given right: no records shown
            print_json(refusal)
            return EXIT_FAILURE
        refusal = offline_refusal(args.command, profile.database, profile.paths.root)
        if refusal is not None:  # not synced for too long: only sync/login/logout run
            print_json(refusal)
            return EXIT_FAILURE
        return COMMANDS[args.command](args, profile)
    except DatabaseError as exc:  # a page altered on disk fails its HMAC when read
        return report_unreadable_page(profile.paths.database, exc)
    finally:
        profile.close()
