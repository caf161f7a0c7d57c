"""Start-up time of RM Desk against a bare PySide6 window.

Builds a demo profile once (``--customers``, default 10,000) in a temporary folder, then
times ``--runs`` interleaved launches of:

* a bare PySide6 window (QApplication + QMainWindow with a QLabel), ready at its first paint;
* RM Desk (``python -m ui``) with ``RMDESK_STARTUP_PROBE=1``, ready at the first paint after
  the Today page shows real data (the app prints ``RMDESK_READY <seconds>`` and quits).

Each launch is timed in this process, from just before ``Popen`` until the ready line is
read. One warm-up launch of each is not counted. The script only reports figures: it exits
0 whenever the measurement ran, whatever the times.

Usage: ``QT_QPA_PLATFORM=offscreen python benchmarks/startup.py [--customers N] [--runs K]``
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 60.0
TARGET_RATIO = 3.0

BARE_WINDOW_SCRIPT = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.done = False

    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            print("READY", flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


app = QApplication(sys.argv[:1])
window = QMainWindow()
label = QLabel("Hello")
window.setCentralWidget(label)
probe = FirstPaint()
label.installEventFilter(probe)
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


@dataclass(frozen=True)
class Launch:
    """How to start one kind of process and which stdout line means "ready"."""

    name: str
    argv: list[str]
    env: dict[str, str]
    ready_prefix: str


class LaunchFailed(Exception):
    """The child exited, or timed out and was killed, without printing its ready line."""


def child_env(**extra: str) -> dict[str, str]:
    """The current environment with the offscreen platform and ``extra`` set."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = env.get("QT_QPA_PLATFORM") or "offscreen"
    env.update(extra)
    return env


def build_profile(data_dir: Path, customers: int) -> dict[str, object]:
    """Fill ``data_dir`` with ``customers`` demo customers via the headless CLI."""
    argv = [sys.executable, "-m", "ui", "--data-dir", str(data_dir), "demo"]
    argv += ["--customers", str(customers)]
    done = subprocess.run(
        argv, cwd=REPO_ROOT, env=child_env(), capture_output=True, text=True, check=True
    )
    try:
        result: dict[str, object] = json.loads(done.stdout)
    except json.JSONDecodeError:
        result = {"output": done.stdout.strip()}
    return result


def _read_until_ready(proc: subprocess.Popen[str], prefix: str, found: list[float]) -> None:
    """Read ``proc``'s stdout; on the first line starting with ``prefix`` record the time."""
    assert proc.stdout is not None
    for line in proc.stdout:
        if not found and line.startswith(prefix):
            found.append(time.perf_counter())


def time_launch(launch: Launch) -> float:
    """Seconds from just before ``Popen`` until the ready line is read."""
    started = time.perf_counter()
    proc = subprocess.Popen(
        launch.argv,
        cwd=REPO_ROOT,
        env=launch.env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    found: list[float] = []
    reader = threading.Thread(target=_read_until_ready, args=(proc, launch.ready_prefix, found))
    reader.start()
    while not found and reader.is_alive() and time.perf_counter() - started < TIMEOUT_S:
        reader.join(0.005)
    timed_out = not found and reader.is_alive()
    if not found:
        proc.kill()
    try:
        proc.wait(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    reader.join()
    if not found:
        how = f"timed out after {TIMEOUT_S:.0f} s, killed" if timed_out else "exited"
        raise LaunchFailed(f"{launch.name}: {how} (exit {proc.returncode}) before its ready line")
    return found[0] - started


def measure(launches: list[Launch], runs: int) -> dict[str, list[float]]:
    """One uncounted warm-up of each launch, then ``runs`` interleaved timed rounds."""
    times: dict[str, list[float]] = {launch.name: [] for launch in launches}
    for launch in launches:
        _try_launch(launch)
    for _ in range(runs):
        for launch in launches:
            seconds = _try_launch(launch)
            if seconds is not None:
                times[launch.name].append(seconds)
    return times


def _try_launch(launch: Launch) -> float | None:
    """``time_launch``, reporting a failed launch on stderr instead of raising."""
    try:
        return time_launch(launch)
    except LaunchFailed as exc:
        print(f"  {exc}", file=sys.stderr)
    except OSError as exc:
        print(f"  could not start {launch.name}: {exc}", file=sys.stderr)
    return None


def summary_line(name: str, seconds: list[float]) -> str:
    """``name  median X ms (min .. max .., n runs)`` or a note when nothing was timed."""
    if not seconds:
        return f"  {name:<22}no successful run"
    ms = [s * 1000 for s in seconds]
    return (
        f"  {name:<22}median {statistics.median(ms):5.0f} ms "
        f"(min {min(ms):.0f} .. max {max(ms):.0f}, {len(ms)} runs)"
    )


def ratio_line(app: list[float], bare: list[float]) -> str:
    """The app median over the bare-window median, against the target."""
    if not app or not bare:
        return "  ratio n/a (a launch never became ready)"
    ratio = statistics.median(app) / statistics.median(bare)
    verdict = "met" if ratio <= TARGET_RATIO else "NOT met"
    return f"  ratio {ratio:.2f}x (target <= {TARGET_RATIO:g}x of the bare window: {verdict})"


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command-line options."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=10_000, metavar="N")
    parser.add_argument("--runs", type=int, default=7, metavar="K")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Build the profile, time both launches and print the figures."""
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rmdesk-startup-") as tmp:
        data_dir = Path(tmp) / "profile"
        # No OS keyring on a headless machine: the profile key goes to a file outside it.
        os.environ.setdefault("RMDESK_KEYRING_FILE", str(Path(tmp) / "keys.json"))
        build_profile(data_dir, args.customers)
        bare = Launch(
            "bare PySide6 window", [sys.executable, "-c", BARE_WINDOW_SCRIPT], child_env(), "READY"
        )
        app = Launch(
            "RM Desk main window",
            [sys.executable, "-m", "ui", "--data-dir", str(data_dir)],
            child_env(RMDESK_STARTUP_PROBE="1"),
            "RMDESK_READY",
        )
        times = measure([bare, app], max(args.runs, 1))
    platform = child_env()["QT_QPA_PLATFORM"]
    print(f"startup ({args.customers:,} customers, {args.runs} runs, platform {platform})")
    print(summary_line(bare.name, times[bare.name]))
    print(summary_line(app.name, times[app.name]))
    print(ratio_line(times[app.name], times[bare.name]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
