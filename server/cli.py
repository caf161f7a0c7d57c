"""``rmdesk-server``: run, migrate, create-user, seed-demo, purge."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import sys
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI
from pydantic import ValidationError

from app.sync_wire import ROLES
from server.core.config import Settings
from server.core.db import make_engine, make_sessions, run_in_transaction
from server.core.security import Passwords, utcnow
from server.crud import reference, users
from server.crud.applied_mutations import purge_mutations
from server.main import create_app
from server.migrate import upgrade
from server.sync.server_changes import purge


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rmdesk-server", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="migrate, then serve HTTP")
    run.add_argument("--host", default="127.0.0.1")
    run.add_argument("--port", type=int, default=8000)
    run.add_argument("--workers", type=int, default=1, help="worker processes")
    run.add_argument("--no-migrate", action="store_true", help="do not migrate at start-up")
    commands.add_parser("migrate", help="bring the database schema up to date")
    create = commands.add_parser("create-user", help="create an account")
    create.add_argument("username")
    create.add_argument("--role", required=True, choices=ROLES)
    create.add_argument("--branch", required=True, help="branch code (created if new)")
    create.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    seed = commands.add_parser("seed-demo", help="demo branch and accounts (dev mode only)")
    seed.add_argument("--password", default=DEMO_PASSWORD)
    for name, what in (("demo-up", "start"), ("demo-down", "stop")):
        demo = commands.add_parser(
            name,
            help=f"{what} a local demo server (dev mode, SQLite in --dir, demo accounts)",
        )
        demo.add_argument("--dir", default=".demo-server", help="its folder (default: %(default)s)")
        demo.add_argument("--host", default="127.0.0.1")
        demo.add_argument("--port", type=int, default=8765)
        demo.add_argument("--password", default=DEMO_PASSWORD, help="of the demo accounts")
    commands.add_parser(
        "purge",
        help="drop tombstones and remembered mutation ids older than their retention periods",
    )
    _device_parsers(commands)
    schema = commands.add_parser("openapi", help="print (or write) the OpenAPI schema")
    schema.add_argument("--output", help="file to write (default: standard output)")
    return parser


# --- devices (lost laptops) -------------------------------------------------------------


def _device_parsers(commands: Any) -> None:
    lost = commands.add_parser(
        "mark-lost",
        help="mark a laptop lost: its sign-ins end, its next connection erases its profile",
    )
    lost.add_argument("device_id", help="the device id (see `rmdesk-server devices`)")
    lost.add_argument("--by", default="cli", help="who reported it (kept in the audit log)")
    listing = commands.add_parser("devices", help="list registered laptops as JSON")
    listing.add_argument("--branch", help="only this branch's laptops")


def _devices_command(settings: Settings, args: argparse.Namespace) -> int | None:
    """``mark-lost`` and ``devices``; None for any other command."""
    from server.crud import devices

    if args.command not in ("mark-lost", "devices"):
        return None
    sessions = make_sessions(make_engine(settings))
    if args.command == "devices":
        with sessions() as session:
            found = devices.list_devices(session, args.branch)
        print(json.dumps({"devices": [d.model_dump(mode="json") for d in found]}, indent=2))
        return 0
    try:
        device = run_in_transaction(
            sessions, lambda s: devices.mark_lost(s, args.device_id, utcnow(), by=args.by)
        )
    except devices.DeviceNotFound:
        print(f"no device {args.device_id}", file=sys.stderr)
        return 1
    print(json.dumps(device.model_dump(mode="json"), indent=2))
    return 0


def openapi_document(app: FastAPI) -> str:
    """The app's OpenAPI schema as committed in docs/openapi.json (stable formatting)."""
    return json.dumps(app.openapi(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def _migrate(settings: Settings) -> None:
    engine = make_engine(settings)
    upgrade(engine)
    published = run_in_transaction(make_sessions(engine), lambda s: reference.publish(s, utcnow()))
    for name in published:
        print(f"published reference data {name}")
    engine.dispose()


def _create_user(settings: Settings, args: argparse.Namespace) -> int:
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = getpass.getpass(f"Password for {args.username}: ")
    if len(password) < 12:
        print("the password needs at least 12 characters", file=sys.stderr)
        return 2
    engine = make_engine(settings)
    passwords = Passwords(settings)
    try:
        run_in_transaction(
            make_sessions(engine),
            lambda s: users.create_user(
                s, passwords, args.username, password, args.role, args.branch, utcnow()
            ),
            retries=1,
        )
    except users.UserExists:
        print(f"user {args.username} exists already", file=sys.stderr)
        return 1
    print(f"created {args.role} {args.username} in branch {args.branch}")
    return 0


DEMO_PASSWORD = "rmdesk-demo-password"
DEMO_USERS = (
    ("rm01", "rm", "hz01"),
    ("rm02", "rm", "hz01"),
    ("manager01", "branch_manager", "hz01"),
    ("credit01", "credit_officer", "hz01"),
    ("admin", "admin", "hq"),
)


def seed_demo(settings: Settings, password: str) -> int:
    """Migrate, then create the demo branch and accounts that are missing (dev mode only)."""
    if settings.environment != "dev":
        print("seed-demo only runs in dev mode", file=sys.stderr)
        return 2
    _migrate(settings)
    engine = make_engine(settings)
    passwords = Passwords(settings)

    def work(session: object) -> list[str]:
        made = []
        for username, role, branch in DEMO_USERS:
            if users.by_username(session, username) is None:  # type: ignore[arg-type]
                users.create_user(session, passwords, username, password, role, branch, utcnow())  # type: ignore[arg-type]
                made.append(username)
        return made

    made = run_in_transaction(make_sessions(engine), work)
    print(f"demo accounts (password {password!r}): {', '.join(u for u, _r, _b in DEMO_USERS)}")
    print(f"created: {', '.join(made) or 'none (already there)'}")
    return 0


def _run(settings: Settings, args: argparse.Namespace) -> int:
    if not args.no_migrate:
        _migrate(settings)
    uvicorn.run(
        "server.main:serve_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
        log_level=settings.log_level.lower(),
        proxy_headers=True,
    )
    return 0


def _demo(args: argparse.Namespace) -> int:
    from server.demo_server import DemoServer, down, up

    server = DemoServer(Path(args.dir).resolve(), args.host, args.port)
    try:
        print(up(server, args.password) if args.command == "demo-up" else down(server))
    except (RuntimeError, OSError) as exc:
        print(f"rmdesk-server: {exc}", file=sys.stderr)
        return 1
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """The ``rmdesk-server`` command."""
    args = _parser().parse_args(argv)
    if args.command in {"demo-up", "demo-down"}:
        return _demo(args)
    try:
        settings = Settings()
    except ValidationError as exc:
        for error in exc.errors():
            print(f"rmdesk-server: configuration error: {error['msg']}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=settings.log_level.upper(), format="%(levelname)s %(name)s: %(message)s"
    )
    if args.command == "run":
        return _run(settings, args)
    handled = _devices_command(settings, args)
    if handled is not None:
        return handled
    if args.command == "migrate":
        _migrate(settings)
        print("database is up to date")
        return 0
    if args.command == "create-user":
        return _create_user(settings, args)
    if args.command == "seed-demo":
        return seed_demo(settings, args.password)
    if args.command == "openapi":
        document = openapi_document(create_app(settings))
        if args.output:
            Path(args.output).write_text(document, encoding="utf-8")
        else:
            sys.stdout.write(document)
        return 0
    if args.command == "purge":
        engine = make_engine(settings)
        retention = timedelta(days=settings.tombstone_retention_days)
        sessions = make_sessions(engine)
        now = utcnow()
        counts = run_in_transaction(sessions, lambda s: purge(s, retention, now))
        counts["applied_mutations"] = purge_mutations(
            sessions, timedelta(days=settings.mutation_retention_days), now
        )
        print(", ".join(f"{k}: {v}" for k, v in counts.items()))
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
