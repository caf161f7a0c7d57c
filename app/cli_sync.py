"""``rmdesk login|sync|logout``: sign in to the sync server, sync once, sign out (JSON out).

``login`` prints ``{"server", "user", "role", "branch", "signed_in": true}`` (with
``--remember-only``: ``{"server", "user", "signed_in": false, "remembered"}``);
``sync`` prints the run's report (``"ok"``, counts, conflicts, rejected, …, and
``"error": {"code", "message", "template", "params"}`` when it failed, exit 1);
``logout`` prints ``{"server", "user", "signed_in": false, "revoked"}``.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import TYPE_CHECKING, Any

from app.cli_common import EXIT_FAILURE, EXIT_OK, print_json, usage_error

if TYPE_CHECKING:
    from app.profile import Profile
    from app.sync.errors import SyncError


def add_sync_parser(sub: Any) -> None:
    """Add ``sync``, ``login`` and ``logout`` to the subcommands ``sub``."""
    sync = sub.add_parser(
        "sync",
        help="sync this profile with the central server once",
        description="Push local changes, pull the server's, exchange attachments and "
        "refresh reference data. Prints the report as JSON; exit 1 if the sync failed "
        "(offline, sign-in needed, RM Desk too old, server error): nothing is lost, the "
        "next sync continues.",
    )
    sync.add_argument("--server", metavar="URL", help="must be the signed-in server")
    sync.add_argument("--ca-bundle", metavar="PATH", help="CA certificates (PEM) to trust")
    login = sub.add_parser(
        "login",
        help="sign in to the sync server",
        description="Sign in; the refresh token is kept in the system keyring. Prints "
        '{"server", "user", "role", "branch", "signed_in": true}; exit 1 on failure.',
    )
    login.add_argument("--server", metavar="URL", help="e.g. https://rmdesk.branch.example")
    login.add_argument("--user", metavar="NAME", help="your username")
    login.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    login.add_argument("--ca-bundle", metavar="PATH", help="CA certificates (PEM) to trust")
    login.add_argument(
        "--remember-only",
        action="store_true",
        help="no password, no network: only pre-fill the Sign-in dialog with this server "
        "and user, unless the profile already has an account",
    )
    sub.add_parser(
        "logout",
        help="sign out of the sync server",
        description='Ends the sign-in on the server and removes the token. Prints {"server", '
        '"user", "signed_in": false, "revoked"}.',
    )


def _failure(exc: SyncError, **extra: Any) -> int:
    print_json({"ok": False, **extra, "error": exc.to_json()})
    return EXIT_FAILURE


def cmd_login(args: argparse.Namespace, profile: Profile) -> int:
    """Sign in (password from a prompt, or from stdin with ``--password-stdin``)."""
    from app.sync.engine import sign_in
    from app.sync.errors import SyncError

    if not args.server or not args.user:
        return usage_error("login needs --server URL and --user NAME")
    if args.remember_only:
        return _remember(args, profile)
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = getpass.getpass(f"Password for {args.user}: ")
    if not password:
        return usage_error("the password is empty")
    try:
        user = sign_in(profile.database, args.server, args.user, password, ca_bundle=args.ca_bundle)
    except SyncError as exc:
        return _failure(exc, server=args.server, user=args.user, signed_in=False)
    from app.sync.credentials import load_account

    account = load_account(profile.database)
    print_json(
        {
            "server": account.server if account else args.server,
            "user": user.username,
            "role": user.role,
            "branch": user.branch,
            "signed_in": True,
        }
    )
    return EXIT_OK


def _remember(args: argparse.Namespace, profile: Profile) -> int:
    """Store the server and user (no secret) for the Sign-in dialog, if none is stored."""
    from app.sync.credentials import Account, load_account, normalise_server, save_account

    account = load_account(profile.database)
    remembered = account is None
    if account is None:
        account = Account(normalise_server(args.server), args.user, args.ca_bundle or None)
        save_account(profile.database, account)
    print_json(
        {
            "server": account.server,
            "user": account.username,
            "signed_in": False,
            "remembered": remembered,
        }
    )
    return EXIT_OK


def cmd_sync(args: argparse.Namespace, profile: Profile) -> int:
    """Run one sync and print its report."""
    from app.sync.engine import open_engine
    from app.sync.errors import SyncError

    try:
        engine = open_engine(
            profile.database,
            profile.paths,
            server=args.server,
            ca_bundle=args.ca_bundle,
            actor=profile.actor,
        )
    except SyncError as exc:
        return _failure(exc)
    with engine:
        report = engine.run()
    print_json(report.to_json())
    return EXIT_OK if report.ok else EXIT_FAILURE


def cmd_logout(args: argparse.Namespace, profile: Profile) -> int:
    """Sign out here and on the server."""
    from app.sync.engine import sign_out
    from app.sync.errors import SyncError

    try:
        account, revoked = sign_out(profile.database)
    except SyncError as exc:
        return _failure(exc, signed_in=False)
    print_json(
        {
            "server": None if account is None else account.server,
            "user": None if account is None else account.username,
            "signed_in": False,
            "revoked": revoked,
        }
    )
    return EXIT_OK
