# ruff: noqa: F811
"""Headless commands and the app lock PIN: real profiles, the real AppLock (its state in the
tests' file keyring), the CLI as a real process (also on a terminal), a real sync server.

With a PIN set, commands that show or change records need it (typed at a no-echo prompt,
or ``--pin-stdin``); wrong PINs count towards the lock screen's own lockout.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import select
import subprocess
import sys
import termios
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

import app.packet.translate as ts
from app.cli import build_parser, run_command
from app.customer_list import CustomerQuery
from app.customers import CustomerService
from app.demo import fill_demo
from app.profile import open_profile
from app.security import secret_hash
from app.security.cli_lock import (
    LOCK_UNREADABLE_TEMPLATE,
    PIN_FREE_COMMANDS,
    PIN_REQUIRED_TEMPLATE,
    command_key,
)
from app.security.lock import AppLock
from app.security.lock_state import PIN_DISABLED_AFTER
from app.sync import state
from app.sync.credentials import load_account
from tests.sync.conftest import file_keyring, sqlite_server  # noqa: F401 - real server
from tests.sync.support import PASSWORD, ROOT, Laptop, ServerHandle, add_customer

RMDESK = (sys.executable, "-m", "ui")
GOOD_PIN = "482915"
WRONG_PIN = "739164"


@dataclass
class Locked:
    """A profile folder with a PIN and a few customers (their names and USCCs)."""

    root: Path
    names: list[str]
    usccs: list[str]

    def lock_screen(self, clock: Any = None) -> AppLock:
        """The AppLock the window's lock screen uses on this profile."""
        return AppLock(self.root, clock) if clock else AppLock(self.root)

    def leaked(self, text: str) -> list[str]:
        """Customer names or USCCs found in ``text``."""
        return [v for v in self.names + self.usccs if v in text]


class Clock:
    """A clock the lock screen's tries use, started in the past (their waits are over)."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """A cheaper scrypt cost for new hashes (stored with each hash, so the CLI uses it too)."""
    original = secret_hash.slow_hash
    monkeypatch.setattr(
        secret_hash, "slow_hash", lambda secret, **kw: original(secret, n=2**10, **kw)
    )


def _customers(root: Path, count: int) -> tuple[list[str], list[str]]:
    profile = open_profile(root)
    try:
        if count:
            fill_demo(profile.database, count, "demo")
        rows = CustomerService(profile.database, "demo").page(CustomerQuery(), 0, 100)
    finally:
        profile.close()
    return [r.name for r in rows], [r.uscc for r in rows if r.uscc]


@pytest.fixture
def locked(tmp_path: Path) -> Locked:
    """A new profile (its own key id, so its own lock entry) with 5 customers and a PIN."""
    root = tmp_path / "profile"
    names, usccs = _customers(root, 5)
    AppLock(root).set_pin(GOOD_PIN, GOOD_PIN)
    return Locked(root, names, usccs)


def rmdesk(*args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
    """``rmdesk ARGS`` as a real process; standard input ``input`` (else empty, no terminal)."""
    return subprocess.run(
        [*RMDESK, *args],
        input=input,
        stdin=subprocess.DEVNULL if input is None else None,
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=ROOT,
        timeout=120,
    )


def run(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    *argv: str,
    stdin: str = "",
) -> tuple[int, dict[str, Any]]:
    """``rmdesk ARGV`` in this process, standard input a pipe holding ``stdin``."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = run_command(build_parser().parse_args(list(argv)))
    out = capsys.readouterr().out
    return code, json.loads(out)


# --- which commands need the PIN ----------------------------------------------------------


def _every_command() -> set[str]:
    """Every subcommand of the parser (with its action, when it has actions)."""
    parser = build_parser()
    found: set[str] = set()
    sub = parser._subparsers._group_actions[0]  # type: ignore[union-attr]
    choices: dict[str, argparse.ArgumentParser] = sub.choices  # type: ignore[assignment]
    for name, command in choices.items():
        actions = [a for a in command._actions if a.dest.endswith("_command")]
        if not actions:
            found.add(name)
        for action in actions:
            found.update(f"{name} {verb}" for verb in action.choices or ())
    return found


def test_only_commands_without_customer_data_are_pin_free() -> None:
    commands = _every_command()
    assert {
        "sync",
        "login",
        "logout",
        "recover",
        "score",
        "customers classify",
    } == PIN_FREE_COMMANDS
    assert commands >= PIN_FREE_COMMANDS
    needing = commands - PIN_FREE_COMMANDS
    assert needing >= {
        "demo",
        "customers list",
        "customers import",
        "applications list",
        "applications show",
        "visits list",
        "visits ics",
        "alerts list",
        "packet",
        "dashboard",
        "segments list",
        "segments create-applications",
    }
    args = build_parser().parse_args(["segments", "create-applications", "S", "--all-eligible"])
    assert command_key(args) == "segments create-applications"


# --- refused without the PIN ----------------------------------------------------------------


def test_customers_list_without_the_pin_is_refused_and_shows_nothing(locked: Locked) -> None:
    result = rmdesk("--data-dir", str(locked.root), "--lang", "en", "customers", "list")
    assert result.returncode == 1, result.stderr
    out = json.loads(result.stdout)
    assert out == {
        "error": PIN_REQUIRED_TEMPLATE,
        "code": "pin_required",
        "command": "customers list",
    }
    assert locked.leaked(result.stdout + result.stderr) == []
    assert locked.lock_screen().load().failures == 0  # nothing typed: not an attempt


@pytest.mark.parametrize(
    ("key", "command"),
    [
        ("demo", ["demo", "--customers", "3"]),
        ("customers import", ["customers", "import", "nope.xlsx"]),
        ("customers list", ["customers", "list", "--search", "有限公司"]),
        ("applications list", ["applications", "list"]),
        ("applications show", ["applications", "show", "x"]),
        ("visits list", ["visits", "list", "--due"]),
        ("visits ics", ["visits", "ics", "x", "--out", "v.ics"]),
        ("alerts list", ["alerts", "list"]),
        ("packet", ["packet", "x", "--out", "p.pdf"]),
        ("dashboard", ["dashboard", "--json"]),
        ("segments list", ["segments", "list", "--json"]),
        (
            "segments create-applications",
            ["segments", "create-applications", "S", "--all-eligible"],
        ),
    ],
)
def test_every_command_showing_records_needs_the_pin(
    locked: Locked,
    key: str,
    command: list[str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out = run(monkeypatch, capsys, "--data-dir", str(locked.root), *command)
    assert code == 1 and out["code"] == "pin_required", out
    assert out["command"] == key
    assert locked.leaked(json.dumps(out, ensure_ascii=False)) == []
    assert _customers(locked.root, 0)[0] == locked.names  # demo added nobody


def test_an_empty_pin_line_is_no_attempt(
    locked: Locked, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ("--data-dir", str(locked.root), "--pin-stdin", "customers", "list")
    code, out = run(monkeypatch, capsys, *argv, stdin="\n")
    assert code == 1 and out["code"] == "pin_required"
    assert locked.lock_screen().load().failures == 0


# --- the right PIN, a wrong one, the lockout ------------------------------------------------


def test_the_right_pin_on_stdin_lists_and_a_wrong_one_counts_as_on_the_lock_screen(
    locked: Locked,
) -> None:
    base = ("--data-dir", str(locked.root), "--lang", "en", "--pin-stdin")
    wrong = rmdesk(*base, "customers", "list", input=WRONG_PIN + "\n")
    assert wrong.returncode == 1
    out = json.loads(wrong.stdout)
    assert out["code"] == "pin_wrong" and out["failures"] == 1
    assert out["attempts_left"] == PIN_DISABLED_AFTER - 1 and out["wait_seconds"] == 0
    assert out["error"].startswith("Wrong PIN (1 in a row; after 10 the PIN is disabled")
    assert locked.leaked(wrong.stdout + wrong.stderr) == []
    screen = locked.lock_screen()
    assert screen.load().failures == 1  # the lock screen sees the CLI's wrong PIN
    assert not screen.unlock_with_pin(WRONG_PIN).ok  # and counts on from it
    assert screen.load().failures == 2

    right = rmdesk(*base, "customers", "list", input=GOOD_PIN + "\n")
    assert right.returncode == 0, right.stdout + right.stderr
    listed = json.loads(right.stdout)
    assert sorted(c["name"] for c in listed["customers"]) == sorted(locked.names)
    assert GOOD_PIN not in right.stdout + right.stderr
    assert screen.load().failures == 0  # a right PIN clears the count, as on the lock screen


def test_ten_wrong_pins_disable_it_until_the_server_password(
    locked: Locked, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    clock = Clock(datetime.now(UTC) - timedelta(days=2))
    screen = locked.lock_screen(clock)
    for _ in range(PIN_DISABLED_AFTER - 1):  # typed on the lock screen, waits sat out
        assert not screen.unlock_with_pin(WRONG_PIN).ok
        clock.now += timedelta(minutes=16)
    argv = ("--data-dir", str(locked.root), "--lang", "en", "--pin-stdin", "customers", "list")

    code, out = run(monkeypatch, capsys, *argv, stdin=WRONG_PIN + "\n")  # the tenth
    assert code == 1 and out["code"] == "pin_locked_out"
    assert out["pin_disabled"] is True and out["failures"] == PIN_DISABLED_AFTER
    assert out["unlock_with"] == "server_password"
    assert "Only the sync server password unlocks RM Desk now" in out["error"]
    assert locked.lock_screen().pin_disabled()

    code, out = run(monkeypatch, capsys, *argv, stdin=GOOD_PIN + "\n")  # even the right one
    assert code == 1 and out["code"] == "pin_locked_out" and out["failures"] == 10
    assert locked.leaked(json.dumps(out, ensure_ascii=False)) == []

    AppLock(locked.root).remember_server_password("rm01", PASSWORD)  # a sign-in, as unlocking
    code, out = run(monkeypatch, capsys, *argv, stdin=GOOD_PIN + "\n")
    assert code == 0 and len(out["customers"]) == len(locked.names)


def test_while_the_lockout_waits_no_pin_is_checked(
    locked: Locked, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    screen = locked.lock_screen()
    for _ in range(5):  # the fifth wrong PIN makes the next one wait 30 s
        screen.unlock_with_pin(WRONG_PIN)
    argv = ("--data-dir", str(locked.root), "--lang", "en", "--pin-stdin", "dashboard", "--json")
    code, out = run(monkeypatch, capsys, *argv, stdin=GOOD_PIN + "\n")
    assert code == 1 and out["code"] == "pin_wait"
    assert 0 < out["wait_seconds"] <= 30 and out["failures"] == 5
    assert out["error"] == f"Too many wrong PINs: try again in {out['wait_seconds']} s"
    assert screen.load().failures == 5  # not checked, so not counted either


def test_a_damaged_lock_fails_closed(
    locked: Locked, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.security import keys

    ident = keys.key_id(locked.root)
    assert ident is not None
    keys.write_lock_entry(ident, "{not json")
    argv = ("--data-dir", str(locked.root), "--lang", "en", "--pin-stdin", "customers", "list")
    code, out = run(monkeypatch, capsys, *argv, stdin=GOOD_PIN + "\n")
    assert code == 1 and out["code"] == "pin_locked_out"
    assert out["error"] == LOCK_UNREADABLE_TEMPLATE


def test_after_the_pin_the_offline_lock_still_applies(
    locked: Locked, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    profile = open_profile(locked.root)
    try:
        old = (datetime.now(UTC) - timedelta(days=20)).isoformat()
        state.write(
            profile.database,
            account__server="https://rmdesk.example",
            account__user="rm01",
            sync__last_success=old,
        )
    finally:
        profile.close()
    argv = ("--data-dir", str(locked.root), "customers", "list")
    code, out = run(monkeypatch, capsys, *argv)
    assert code == 1 and out["code"] == "pin_required"  # nothing of the profile without it
    code, out = run(monkeypatch, capsys, "--pin-stdin", *argv, stdin=GOOD_PIN + "\n")
    assert code == 1 and out["code"] == "offline_locked"


def test_the_refusal_is_worded_in_the_runs_language(
    locked: Locked, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--lang zh_CN: the UI's own translation file words it (stubbed: the lead merges it)."""
    zh = {("AppLock", PIN_REQUIRED_TEMPLATE): "此档案已用 PIN 码锁定"}
    monkeypatch.setattr(ts, "zh_translations", lambda: zh)
    code, out = run(
        monkeypatch, capsys, "--data-dir", str(locked.root), "--lang", "zh_CN", "alerts", "list"
    )
    assert code == 1 and out["error"] == "此档案已用 PIN 码锁定"


def _take_terminal() -> None:
    """In the child: make its standard input (the pty) its controlling terminal."""
    import fcntl

    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def _read(fd: int, wanted: bytes | None) -> bytes:
    """Read the pty until ``wanted`` shows (None: until the child closes it)."""
    seen = b""
    while wanted is None or wanted not in seen:
        ready, _, _ = select.select([fd], [], [], 60)
        assert ready, f"no output from rmdesk: {seen!r}"
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # EIO: the child is gone
            break
        if not chunk:
            break
        seen += chunk
    return seen


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_on_a_terminal_the_pin_is_asked_for_without_echo(locked: Locked) -> None:
    main, child_end = os.openpty()
    process = subprocess.Popen(
        [*RMDESK, "--data-dir", str(locked.root), "--lang", "en", "customers", "list"],
        stdin=child_end,
        stdout=child_end,
        stderr=child_end,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=ROOT,
        start_new_session=True,
        preexec_fn=_take_terminal,
    )
    os.close(child_end)
    try:
        prompt = _read(main, b"RM Desk PIN: ")
        os.write(main, GOOD_PIN.encode() + b"\n")
        rest = _read(main, None).decode()
        assert process.wait(60) == 0, prompt + rest.encode()
    finally:
        os.close(main)
        if process.poll() is None:
            process.kill()
            process.wait()
    assert GOOD_PIN not in rest  # no echo
    listed = json.loads(rest[rest.index("{") :])
    assert sorted(c["name"] for c in listed["customers"]) == sorted(locked.names)


# --- commands that run without the PIN, and profiles without one ---------------------------


def test_a_profile_without_a_pin_is_unchanged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "open"
    names, _ = _customers(root, 3)
    result = rmdesk("--data-dir", str(root), "customers", "list")
    assert result.returncode == 0, result.stderr
    assert sorted(c["name"] for c in json.loads(result.stdout)["customers"]) == sorted(names)
    # --pin-stdin takes the first line even when no PIN is needed; the command still runs
    code, out = run(
        monkeypatch,
        capsys,
        "--data-dir",
        str(root),
        "--pin-stdin",
        "demo",
        "--customers",
        "2",
        stdin="whatever\n",
    )
    assert code == 0 and out == {"added": 2, "total": 5}


def test_commands_without_customer_data_run_without_the_pin(
    locked: Locked, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir = ("--data-dir", str(locked.root))
    code, out = run(monkeypatch, capsys, *data_dir, "sync")
    assert code == 1 and out["error"]["code"] == "not_signed_in"  # the sync's own answer
    code, out = run(monkeypatch, capsys, *data_dir, "logout")
    assert code == 0 and out["signed_in"] is False
    code, out = run(monkeypatch, capsys, *data_dir, "recover")
    assert code == 1 and "opens normally" in out["error"]
    classify = ("customers", "classify", "--industry", "C33", "--employees", "45")
    code, out = run(monkeypatch, capsys, *data_dir, *classify, "--revenue", "2350")
    assert code == 0 and out["size"] == "small"
    assert locked.lock_screen().load().failures == 0
    # --remember-only would store the first account (a server the Sign-in dialog trusts)
    remember = ("login", "--server", "https://x.example", "--user", "rm01", "--remember-only")
    code, out = run(monkeypatch, capsys, *data_dir, *remember)
    assert code == 1 and out["code"] == "pin_required" and out["command"] == "login"
    code, out = run(monkeypatch, capsys, *data_dir, "--pin-stdin", *remember, stdin=GOOD_PIN)
    assert code == 0 and out["remembered"] is True
    code, out = run(monkeypatch, capsys, *data_dir, *remember)  # nothing to store now
    assert code == 0 and out["remembered"] is False


@pytest.fixture
def signed_in(sqlite_server: ServerHandle, tmp_path: Path) -> Iterator[tuple[Locked, str]]:
    """A laptop signed in to a real server, one unsynced customer, a PIN; and the RM."""
    world = sqlite_server.world()
    rm = world.names["rm"]
    laptop = Laptop(tmp_path / "laptop", world.url, rm).sign_in()
    name = "杭州锁屏测试精密机械有限公司"
    add_customer(laptop, name=name, uscc="913301001432658748")
    laptop.close()
    AppLock(laptop.root).set_pin(GOOD_PIN)
    yield Locked(laptop.root, [name], ["913301001432658748"]), world.url


def test_sync_and_signing_in_again_run_without_the_pin(signed_in: tuple[Locked, str]) -> None:
    locked, url = signed_in
    data_dir = ("--data-dir", str(locked.root), "--lang", "en")
    synced = rmdesk(*data_dir, "sync")
    assert synced.returncode == 0, synced.stdout + synced.stderr
    report = json.loads(synced.stdout)
    assert report["ok"] is True and report["pushed"] == 1
    assert locked.leaked(synced.stdout + synced.stderr) == []  # ids and counts, no names

    account = _account(locked.root)
    # signing in again as the same RM: the server checks the password (and that clears
    # a lockout, as the lock screen's server password does)
    screen = locked.lock_screen()
    screen.unlock_with_pin(WRONG_PIN)
    again = rmdesk(
        *data_dir,
        "login",
        "--server",
        url,
        "--user",
        account.username,
        "--password-stdin",
        input=PASSWORD + "\n",
    )
    assert again.returncode == 0, again.stdout + again.stderr
    assert json.loads(again.stdout)["signed_in"] is True
    assert screen.load().failures == 0

    # --pin-stdin always takes the first line: --password-stdin reads the next one
    both = rmdesk(
        *data_dir,
        "--pin-stdin",
        "login",
        "--server",
        url,
        "--user",
        account.username,
        "--password-stdin",
        input=f"{GOOD_PIN}\n{PASSWORD}\n",
    )
    assert both.returncode == 0, both.stdout + both.stderr


def _account(root: Path) -> Any:
    profile = open_profile(root)
    try:
        account = load_account(profile.database)
    finally:
        profile.close()
    assert account is not None
    return account


def test_moving_the_account_elsewhere_needs_the_pin(signed_in: tuple[Locked, str]) -> None:
    """Another server, user or CA bundle would let the next sync send records there."""
    locked, url = signed_in
    data_dir = ("--data-dir", str(locked.root), "--lang", "en")
    before = _account(locked.root)
    for argv in (
        ["login", "--server", "https://elsewhere.example", "--user", before.username],
        ["login", "--server", url, "--user", "someone-else"],
        ["login", "--server", url, "--user", before.username, "--ca-bundle", "evil.pem"],
        ["sync", "--ca-bundle", "evil.pem"],
    ):
        if argv[0] == "login":
            argv.append("--password-stdin")
        refused = rmdesk(*data_dir, *argv, input=PASSWORD + "\n")
        assert refused.returncode == 1, argv
        assert json.loads(refused.stdout)["code"] == "pin_required", argv
    assert _account(locked.root) == before
