"""Drafts: upserted by key, local only (no outbox), and they survive kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.drafts import DraftStore
from app.profile import Profile, open_profile
from db.models import OutboxEntry, utcnow

ROOT = Path(__file__).resolve().parent.parent.parent


def test_save_load_upsert_list_and_discard(profile: Profile) -> None:
    drafts = DraftStore(profile.database)
    assert drafts.load("visit:new:1") is None
    drafts.save("visit:new:1", "visit", {"notes": "经营情况：", "checks": {"meters": True}})
    drafts.save("visit:new:1", "visit", {"notes": "经营情况：正常"})
    drafts.save("customer:new:2", "customer", {"name": "杭州恒达"})
    draft = drafts.load("visit:new:1")
    assert draft is not None
    assert draft.kind == "visit" and draft.payload == {"notes": "经营情况：正常"}
    assert draft.updated_at.tzinfo is not None
    assert [d.key for d in drafts.list("visit")] == ["visit:new:1"]
    assert [d.key for d in drafts.list()] == ["customer:new:2", "visit:new:1"]
    assert drafts.discard("visit:new:1") is True
    assert drafts.discard("visit:new:1") is False
    assert drafts.load("visit:new:1") is None
    assert drafts.prune(utcnow() + timedelta(seconds=1)) == 1
    assert drafts.list() == []
    with profile.database.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutboxEntry)) == 0  # never synced


def test_saving_a_draft_publishes_no_change(profile: Profile) -> None:
    seen: list[object] = []
    profile.database.bus.subscribe(seen.append)
    DraftStore(profile.database).save("k", "visit", {"a": 1})
    assert seen == []


@pytest.mark.parametrize(
    ("key", "kind", "payload", "error"),
    [
        ("", "visit", {}, ValueError),
        ("k" * 129, "visit", {}, ValueError),
        ("k", "", {}, ValueError),
        ("k", "visit", {"when": object()}, TypeError),
        ("k", "visit", ["not", "a", "dict"], TypeError),
    ],
)
def test_bad_drafts_are_refused(
    profile: Profile, key: str, kind: str, payload: object, error: type[Exception]
) -> None:
    with pytest.raises(error):
        DraftStore(profile.database).save(key, kind, payload)  # type: ignore[arg-type]


WRITER = textwrap.dedent(
    """
    import json, sys
    from pathlib import Path
    from app.drafts import DraftStore
    from app.profile import open_profile

    profile = open_profile(Path(sys.argv[1]))
    drafts = DraftStore(profile.database)
    i = 0
    while True:
        payload = {"n": i, "notes": "现场查看：" + "车间开工正常。" * (i % 50)}
        drafts.save("visit:new:autosave", "visit", payload)
        print(json.dumps(payload, ensure_ascii=False), flush=True)  # only after the commit
        i += 1
    """
)


def test_a_kill_loses_at_most_the_draft_being_saved(tmp_path: Path) -> None:
    root = tmp_path / "p"
    open_profile(root).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(root)],
        stdout=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
    )
    assert proc.stdout is not None
    printed: list[str] = []
    deadline = time.monotonic() + 60
    while len(printed) < 100 and time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        printed.append(line)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert len(printed) >= 100, "the writer did not get going"
    last = json.loads(printed[-1])

    profile = open_profile(root)
    try:
        draft = DraftStore(profile.database).load("visit:new:autosave")
        assert draft is not None
        # The last printed save is there, or the one after it if it committed before the kill.
        assert draft.payload["n"] in (last["n"], last["n"] + 1)
        if draft.payload["n"] == last["n"]:
            assert draft.payload == last
        with profile.database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        profile.close()
