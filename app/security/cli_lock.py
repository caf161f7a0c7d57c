"""The app lock for headless commands (no Qt): with a PIN set, ``rmdesk`` commands that
show or change the profile's records ask for it, as the window's lock screen does.

Every command needs the PIN except those in :data:`PIN_FREE_COMMANDS` (they print no
customer data and automation or support needs them); a new command therefore needs it
until it is listed there. The PIN is typed at a no-echo prompt (standard input is a
terminal) or read from the first line of standard input (``--pin-stdin``), never from an
argument or an environment variable, which end up in shell histories and process lists.
It is checked by :meth:`app.security.lock.AppLock.unlock_with_pin`, the lock screen's
own check: a wrong PIN counts towards the same lockout (waits after 5, the PIN disabled
after 10 until the server password unlocks), a right one clears the count. A refusal
is ``{"error", "code", "command", …}`` with ``code`` one of :data:`REFUSAL_CODES`.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.security.lock import AppLock, Attempt, Outcome, utcnow
from app.security.lock_state import PIN_DISABLED_AFTER
from app.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from db.database import Database

log = logging.getLogger(__name__)

#: ``translate(context, source)``: the source text in the run's language.
Translate = Callable[[str, str], str]
#: Asks for the PIN (a no-echo prompt); raises EOFError when nothing can be typed.
Ask = Callable[[str], str]

#: Commands that run without the PIN: they print no customer data (ids and counts at
#: most) and scheduled jobs or support rely on them. Keys: :func:`command_key`.
#: (``--self-test`` is no command: it prints only checks, paths and counts.)
PIN_FREE_COMMANDS = frozenset(
    {
        "sync",  # the report: counts, record ids, field names, problem codes; no names
        "login",
        "logout",
        "recover",  # only for a profile that cannot be opened; the new one keeps the lock
        "score",  # model and inputs from files given; opens no profile
        "customers classify",  # a calculation on the figures given; opens no profile
    }
)
#: Of those, the ones that talk to the sync server run without the PIN only while they
#: keep the profile's account (server, user, CA bundle): signing in elsewhere, or
#: trusting another CA, would let a sync send the profile's records to someone else.
ACCOUNT_BOUND_COMMANDS = frozenset({"sync", "login"})

REFUSAL_CODES = ("pin_required", "pin_wrong", "pin_wait", "pin_locked_out", "pin_unchecked")

PROMPT = QT_TRANSLATE_NOOP("AppLock", "RM Desk PIN: ")
PIN_REQUIRED_TEMPLATE = QT_TRANSLATE_NOOP(
    "AppLock",
    "This profile is locked with a PIN: run the command in a terminal to type it, or give "
    "it on the first line of standard input with --pin-stdin",
)
PIN_WRONG_TEMPLATE = QT_TRANSLATE_NOOP(
    "AppLock",
    "Wrong PIN ({failures} in a row; after {limit} the PIN is disabled and only the sync "
    "server password unlocks RM Desk)",
)
PIN_WAIT_TEMPLATE = QT_TRANSLATE_NOOP("AppLock", "Too many wrong PINs: try again in {seconds} s")
PIN_DISABLED_TEMPLATE = QT_TRANSLATE_NOOP(
    "AppLock",
    "Too many wrong PINs: the PIN is disabled. Only the sync server password unlocks "
    "RM Desk now: unlock the RM Desk window with it (or sign in again with rmdesk login); "
    "that enables the PIN again",
)
LOCK_UNREADABLE_TEMPLATE = QT_TRANSLATE_NOOP(
    "AppLock",
    "The app lock could not be read: the PIN is disabled. Only the sync server password "
    "unlocks RM Desk now: unlock the RM Desk window with it (or sign in again with rmdesk "
    "login), then set a new PIN",
)
PIN_UNCHECKED_TEMPLATE = QT_TRANSLATE_NOOP(
    "AppLock", "The PIN could not be checked (the keyring did not answer): try again"
)


def english(_context: str, text: str) -> str:
    """The untranslated source text (a :data:`Translate` for headless use and tests)."""
    return text


def command_key(args: argparse.Namespace) -> str:
    """The name a command is listed under: ``"sync"``, or with its action
    ``"customers classify"``."""
    command = str(args.command)
    action = getattr(args, f"{command.replace('-', '_')}_command", None)
    return f"{command} {action}" if action else command


def keeps_account(args: argparse.Namespace, database: Database) -> bool:
    """True when ``sync`` or ``login`` changes neither the profile's account nor whom it
    trusts: no other server or user, no CA bundle other than the stored one."""
    from app.sync.credentials import load_account, normalise_server

    account = load_account(database)
    bundle = getattr(args, "ca_bundle", None) or None
    same_trust = bundle is None or (account is not None and bundle == account.ca_bundle)
    if args.command == "sync":  # another --server is refused by the sync itself
        return same_trust
    if not args.server or not args.user:
        return True  # a usage error: nothing is changed
    if account is None:
        return False  # the first sign-in (or --remember-only) sets the account
    if args.remember_only:
        return True  # an account is there: nothing is stored
    same = normalise_server(args.server) == account.server and args.user == account.username
    return same and same_trust


def needs_pin(args: argparse.Namespace, database: Database) -> bool:
    """True when the command shows or changes records, or moves the account elsewhere."""
    key = command_key(args)
    if key not in PIN_FREE_COMMANDS:
        return True
    return key in ACCOUNT_BOUND_COMMANDS and not keeps_account(args, database)


def _refusal(
    code: str,
    template: str,
    translate: Translate,
    command: str,
    params: dict[str, Any] | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """``{"error", "code", "command", **extra}``; ``error`` is ``template`` translated."""
    params = params or {}
    text = translate("AppLock", template)
    try:
        error = text.format(**params)
    except (KeyError, IndexError, ValueError):  # a translation that does not fit
        error = template.format(**params)
    log.info("headless %s refused: %s", command, code)
    return {"error": error, "code": code, "command": command, **extra}


def _waiting(seconds: int, failures: int, translate: Translate, command: str) -> dict[str, Any]:
    return _refusal(
        "pin_wait",
        PIN_WAIT_TEMPLATE,
        translate,
        command,
        {"seconds": seconds},
        wait_seconds=seconds,
        failures=failures,
    )


def _locked_out(lock: AppLock, translate: Translate, command: str) -> dict[str, Any]:
    state = lock.load()
    return _refusal(
        "pin_locked_out",
        LOCK_UNREADABLE_TEMPLATE if state.damaged else PIN_DISABLED_TEMPLATE,
        translate,
        command,
        pin_disabled=True,
        failures=state.failures,
        unlock_with="server_password",
    )


def _answer(
    attempt: Attempt, lock: AppLock, translate: Translate, command: str
) -> dict[str, Any] | None:
    """None when the PIN unlocked; else the refusal for ``attempt``."""
    if attempt.outcome in (Outcome.UNLOCKED, Outcome.NO_PIN):  # NO_PIN: removed meanwhile
        return None
    if attempt.outcome is Outcome.WAIT:
        return _waiting(attempt.wait_seconds, attempt.failures, translate, command)
    if attempt.outcome is Outcome.WRONG:
        return _refusal(
            "pin_wrong",
            PIN_WRONG_TEMPLATE,
            translate,
            command,
            {"failures": attempt.failures, "limit": PIN_DISABLED_AFTER},
            failures=attempt.failures,
            attempts_left=max(0, PIN_DISABLED_AFTER - attempt.failures),
            wait_seconds=attempt.wait_seconds,
        )
    return _locked_out(lock, translate, command)  # PIN_DISABLED (this wrong PIN, or before)


def pin_refusal(
    root: Path,
    command: str,
    *,
    pin: str | None,
    ask: Ask | None,
    translate: Translate = english,
    clock: Callable[[], datetime] = utcnow,
) -> dict[str, Any] | None:
    """Check the PIN of the profile in ``root`` before ``command`` runs; None to go on.

    ``pin`` is what ``--pin-stdin`` read (None without it); ``ask`` prompts for it
    (None: no terminal to ask on). A profile without a PIN needs none. A PIN already
    disabled, or a wait still running, is refused before anything is asked.
    """
    lock = AppLock(root, clock)
    if not lock.has_pin:  # also True for a damaged state (fail closed)
        return None
    state = lock.load()
    if lock.pin_disabled(state):
        return _locked_out(lock, translate, command)
    wait = lock.wait_seconds(state)
    if wait:
        return _waiting(wait, state.failures, translate, command)
    if pin is None and ask is not None:
        try:
            pin = ask(translate("AppLock", PROMPT))
        except (EOFError, KeyboardInterrupt):
            pin = None
    if not pin:  # nothing typed: not an attempt, nothing counted
        return _refusal("pin_required", PIN_REQUIRED_TEMPLATE, translate, command)
    try:
        attempt = lock.unlock_with_pin(pin)
    except OSError:  # the count could not be stored: fail closed, as the lock screen does
        log.warning("headless %s: the PIN could not be checked", command)
        return _refusal("pin_unchecked", PIN_UNCHECKED_TEMPLATE, translate, command)
    return _answer(attempt, lock, translate, command)
