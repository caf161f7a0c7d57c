"""The ``rmdesk`` command line: global options and the headless subcommands.

Headless subcommands print JSON on stdout and exit non-zero on failure. They
never import Qt; the launcher in ``ui/`` opens the window when no subcommand
is given.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app import __version__
from app.paths import DATA_DIR_ENV, resolve_data_dir

if TYPE_CHECKING:
    from app.profile import Profile

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="fill the profile with demo customers")
    demo.add_argument("--customers", type=int, default=200, metavar="N")
    demo.add_argument(
        "--if-empty", action="store_true", help="only when the profile has no customers yet"
    )
    return parser


def print_json(data: Any) -> None:
    """Write ``data`` as UTF-8 JSON on stdout."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    sys.stdout.flush()


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


COMMANDS: dict[str, Callable[[argparse.Namespace, Profile], int]] = {"demo": _cmd_demo}


def run_command(args: argparse.Namespace) -> int:
    """Run the headless subcommand named in ``args`` against its profile."""
    from app.profile import ProfileError, open_profile

    try:
        profile = open_profile(resolve_data_dir(args.data_dir))
    except ProfileError as exc:
        print_json({"error": str(exc), "problem": exc.problem.value, "path": str(exc.path)})
        return EXIT_FAILURE
    try:
        return COMMANDS[args.command](args, profile)
    finally:
        profile.close()
