"""Run one sync of a profile and SIGKILL this process at a chosen point (for tests).

    python -m tests.sync.kill_client PROFILE_ROOT USER POINT

POINT: ``push`` (the server applied a push, its answer is not recorded),
``pull`` (after the first pull page was applied), ``upload`` (after the server
took the first chunk of a blob). The keyring comes from $PYTHON_KEYRING_BACKEND.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from app.profile import open_profile
from app.sync import SyncConfig, SyncProgress, open_engine
from tests.sync.support import Fault, FaultyTransport


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def main(root: str, user: str, point: str) -> int:
    profile = open_profile(Path(root), actor=user)
    transport = FaultyTransport()
    if point == "push":
        transport.add(Fault("/sync/push", "after", hook=die))
    elif point == "upload":
        transport.add(Fault("/attachments/", "after", hook=die, nth=3))  # missing, status, chunk

    def progress(p: SyncProgress) -> None:
        if point == "pull" and p.phase == "pull" and p.done > 0:
            die()

    engine = open_engine(
        profile.database,
        profile.paths,
        http_transport=transport,
        config=SyncConfig(pull_limit=3, chunk_size=64 * 1024),
        actor=user,
    )
    report = engine.run(progress)
    print(report.to_json())
    return 3  # not killed: the point was never reached


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
