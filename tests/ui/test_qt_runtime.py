"""The Qt binding in use survives a long working day of signals (PySide6 6.12.0 did not)."""

from __future__ import annotations

import os
import subprocess
import sys

EMITTER = """
import sys
from PySide6.QtCore import QObject, Signal

class Ticker(QObject):
    tick = Signal(int)

ticker = Ticker()
before = sys.getrefcount(True)
for i in range(20_000):
    ticker.tick.emit(i)
print(sys.getrefcount(True) - before)
"""


def test_emitting_signals_keeps_python_alive() -> None:
    """PySide6 6.12.0 lost a reference to True per emit and aborted the interpreter."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", EMITTER], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr[-500:]
    assert int(result.stdout.strip()) >= 0
