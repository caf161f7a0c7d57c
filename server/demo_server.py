"""A local demo server beside the client (``make run``): ``rmdesk-server demo-up|demo-down``.

``demo-up`` runs ``rmdesk-server run`` in dev mode on 127.0.0.1 in the
background, on a SQLite file in a folder of its own (``.demo-server/`` in the
checkout), seeded with the demo accounts; the process id and address go to
``server.json`` there, its output to ``server.log``. A server already running
from that folder is reused. ``demo-down`` stops it. Both print one word on
standard output (``started``, ``reused``, ``stopped``, ``not-running``) and
everything for people on standard error.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

STATE_FILE = "server.json"
LOG_FILE = "server.log"
DATABASE_FILE = "rmdesk-server.sqlite3"
START_SECONDS = 60.0
STOP_SECONDS = 10.0


@dataclass(frozen=True)
class DemoServer:
    """Where a demo server lives: its folder and address."""

    folder: Path
    host: str = "127.0.0.1"
    port: int = 8765

    @property
    def url(self) -> str:
        """The base URL the client signs in to."""
        return f"http://{self.host}:{self.port}"

    @property
    def database_url(self) -> str:
        """The server's SQLite database in the folder."""
        return f"sqlite:///{self.folder / DATABASE_FILE}"

    @property
    def state_file(self) -> Path:
        """``{"pid", "url"}`` of the running server."""
        return self.folder / STATE_FILE


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def healthy(url: str) -> bool:
    """Whether an RM Desk server answers ``/health`` at ``url``."""
    try:
        return httpx.get(f"{url}/health", timeout=1.0).status_code == 200
    except httpx.HTTPError:
        return False


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _recorded(server: DemoServer) -> tuple[int, str] | None:
    try:
        raw = json.loads(server.state_file.read_text(encoding="utf-8"))
        return int(raw["pid"]), str(raw["url"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _ours(pid: int, url: str) -> bool:
    """Whether ``pid`` is still the server recorded (not a reused process id)."""
    if not _alive(pid):
        return False
    if healthy(url):
        return True
    cmdline = Path(f"/proc/{pid}/cmdline")
    if cmdline.exists():
        return b"server" in cmdline.read_bytes()
    return False


def _server_env(server: DemoServer) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RMDESK_")}
    env.update(
        RMDESK_ENVIRONMENT="dev",
        RMDESK_DATABASE_URL=server.database_url,
        RMDESK_LOG_LEVEL="WARNING",
    )
    return env


def up(server: DemoServer, password: str) -> str:
    """Start (or reuse) the demo server; ``started`` or ``reused`` (RuntimeError if it fails)."""
    from server.cli import DEMO_USERS, seed_demo
    from server.core.config import Settings

    names = ", ".join(u for u, _role, _branch in DEMO_USERS)
    credentials = f"demo accounts: {names} (password: {password})"
    recorded = _recorded(server)
    if recorded is not None and _ours(*recorded) and healthy(recorded[1]):
        _say(f"RM Desk demo server already running at {recorded[1]} (pid {recorded[0]})")
        _say(credentials)
        return "reused"
    if healthy(server.url):
        raise RuntimeError(
            f"another RM Desk server answers at {server.url}: stop it or choose another port"
        )
    server.folder.mkdir(parents=True, exist_ok=True)
    settings = Settings(environment="dev", database_url=server.database_url)
    with contextlib.redirect_stdout(sys.stderr):
        if seed_demo(settings, password) != 0:
            raise RuntimeError("could not seed the demo accounts")
    log = (server.folder / LOG_FILE).open("ab")
    command = [sys.executable, "-m", "server", "run", "--no-migrate"]
    process = subprocess.Popen(
        [*command, "--host", server.host, "--port", str(server.port)],
        env=_server_env(server),
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # Ctrl+C in the terminal is for the client
    )
    log.close()
    server.state_file.write_text(
        json.dumps({"pid": process.pid, "url": server.url}), encoding="utf-8"
    )
    deadline = time.monotonic() + START_SECONDS
    while not healthy(server.url):
        if process.poll() is not None or time.monotonic() > deadline:
            if process.poll() is None:
                process.terminate()
            server.state_file.unlink(missing_ok=True)
            tail = (server.folder / LOG_FILE).read_text(errors="replace")[-1500:]
            raise RuntimeError(f"the demo server did not start:\n{tail}")
        time.sleep(0.1)
    _say(f"RM Desk demo server at {server.url} (pid {process.pid}, dev mode)")
    _say(f"  database: {server.folder / DATABASE_FILE}, log: {server.folder / LOG_FILE}")
    _say(f"  {credentials}")
    return "started"


def down(server: DemoServer) -> str:
    """Stop the demo server recorded in the folder; ``stopped`` or ``not-running``."""
    recorded = _recorded(server)
    if recorded is None:
        return "not-running"
    pid, url = recorded
    if not _ours(pid, url):
        server.state_file.unlink(missing_ok=True)
        return "not-running"
    os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + STOP_SECONDS
    while _alive(pid) and time.monotonic() < deadline:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        time.sleep(0.1)
    if _alive(pid):
        os.kill(pid, signal.SIGKILL)
    server.state_file.unlink(missing_ok=True)
    _say(f"RM Desk demo server at {url} stopped")
    return "stopped"
