"""``rmdesk recover`` and the wording of profiles that cannot be opened (headless)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli_common import EXIT_FAILURE, EXIT_OK, print_json
from app.paths import resolve_data_dir
from app.profile import ProfileError, ProfileProblem, open_profile, start_fresh

#: What the RM reads for each problem (the GUI has its own translated texts).
MESSAGES: dict[ProfileProblem, str] = {
    ProfileProblem.UNWRITABLE: "The profile folder cannot be created or written.",
    ProfileProblem.UNREADABLE: "The profile database cannot be read.",
    ProfileProblem.CORRUPT: "The profile database is damaged or is not an RM Desk database.",
    ProfileProblem.TOO_NEW: "This profile was saved by a newer version of RM Desk.",
    ProfileProblem.KEY_MISSING: (
        "The profile database is encrypted, and the key to open it is not in this "
        "computer's keyring (the keyring was reset, or the profile comes from another "
        "computer or user account)."
    ),
    ProfileProblem.KEY_REJECTED: (
        "The profile database cannot be decrypted: the key in the keyring does not fit, "
        "or the file has been damaged or altered."
    ),
    ProfileProblem.KEYRING_UNAVAILABLE: (
        "The system keyring, which holds the key of the encrypted profile, cannot be used. "
        "Unlock or set up the keyring and try again."
    ),
}

RECOVER_HINT = (
    "Nothing has been changed. To download your data again from the server, run "
    "`rmdesk recover`: it moves the unreadable data aside (it is kept, not deleted) "
    "and starts a new profile that downloads everything at its next sync."
)


def profile_error_json(exc: ProfileError) -> dict[str, Any]:
    """The JSON a command prints when the profile cannot be opened."""
    data: dict[str, Any] = {
        "error": MESSAGES.get(exc.problem, str(exc)),
        "problem": exc.problem.value,
        "path": str(exc.path),
        "detail": exc.detail,
    }
    if exc.recoverable:
        data["hint"] = RECOVER_HINT
    return data


def report_profile_error(exc: ProfileError) -> int:
    """Print the error (JSON on stdout, one line on stderr); the failure exit code."""
    data = profile_error_json(exc)
    print_json(data)
    print(f"rmdesk: {data['error']}", file=sys.stderr)
    if "hint" in data:
        print(f"rmdesk: {data['hint']}", file=sys.stderr)
    return EXIT_FAILURE


def report_unreadable_page(database: Path, exc: Exception) -> int:
    """A database error while a command ran: a damaged page (else re-raised as a bug)."""
    text = str(getattr(exc, "orig", exc))
    if not any(m in text for m in ("not a database", "malformed", "HMAC", "decrypt")):
        raise exc
    return report_profile_error(ProfileError(ProfileProblem.CORRUPT, database, text))


def add_recover_parser(sub: Any) -> None:
    """``rmdesk recover``."""
    sub.add_parser(
        "recover",
        help="set an unreadable profile aside (kept) and start one that downloads everything",
    )


def cmd_recover(args: argparse.Namespace) -> int:
    """Set the profile aside and start fresh, only if it cannot be opened for a fixable reason."""
    root = resolve_data_dir(args.data_dir)
    try:
        open_profile(root, verify=True).close()
    except ProfileError as exc:
        if not exc.recoverable:
            return report_profile_error(exc)
    else:
        print_json({"error": "The profile opens normally: there is nothing to recover."})
        return EXIT_FAILURE
    try:
        profile, aside = start_fresh(root)
    except ProfileError as exc:
        return report_profile_error(exc)
    profile.close()
    print_json(
        {
            "recovered": True,
            "set_aside": str(aside),
            "needs_full_download": True,
            "next": "sign in (rmdesk login) and run rmdesk sync to download your data again",
        }
    )
    return EXIT_OK
