"""Entry point of ``rmdesk``: headless subcommands, ``--self-test``, or the window.

Qt is imported only when the window or the self-test needs it, so headless
commands start fast and run without a display.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()  # as early as the entry point allows

import sys  # noqa: E402

from app.cli import build_parser, run_command  # noqa: E402
from app.paths import resolve_data_dir  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Run ``rmdesk`` with ``argv`` (default: the process arguments)."""
    args = build_parser().parse_args(argv)
    root = resolve_data_dir(args.data_dir)
    if args.self_test:
        from ui.selftest import run_self_test

        return run_self_test(root)
    if args.command:
        return run_command(args)
    from ui.gui import run_gui

    return run_gui(root, args.lang, STARTED)


if __name__ == "__main__":
    sys.exit(main())
