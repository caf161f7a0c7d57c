"""Committed customers survive kill -9 in the middle of saving."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from app.customers import CustomerService
from app.profile import open_profile

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from app.customer_profile import Contact, CustomerProfile
    from app.customers import CustomerService
    from app.profile import open_profile

    profile = open_profile(Path(sys.argv[1]))
    service = CustomerService(profile.database, "rm01")
    i = 0
    while True:
        profile_in = CustomerProfile(
            name=f"杭州测试{i}有限公司", employees=i, contacts=[Contact("财务", f"联系人{i}", "")]
        )
        customer_id = service.save(profile_in).id
        print(customer_id, flush=True)  # printed only after the commit returned
        i += 1
    """
)


def test_kill_during_saves_loses_no_committed_customer(tmp_path: Path) -> None:
    root = tmp_path / "p"
    open_profile(root).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(root)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert proc.stdout is not None
    committed: list[str] = []
    deadline = time.monotonic() + 60
    while len(committed) < 150 and time.monotonic() < deadline:
        committed.append(proc.stdout.readline().strip())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    committed = [c for c in committed if c]
    assert len(committed) >= 150

    profile = open_profile(root)
    try:
        service = CustomerService(profile.database, "rm01")
        with profile.database.reading() as session:
            from db.models import Customer, CustomerContact, OutboxEntry

            ids = {c.id for c in session.query(Customer)}
            outbox_ids = {e.entity_id for e in session.query(OutboxEntry)}
            contact_ids = {c.id for c in session.query(CustomerContact)}
        assert set(committed) <= ids
        assert outbox_ids == ids | contact_ids  # every saved row has its outbox entry
        assert service.count() == len(ids) == len(contact_ids)  # customer and contact together
        last = service.load(committed[-1])
        assert [c.name for c in last.contacts] == [f"联系人{len(committed) - 1}"]
        assert service.count("联系人") == len(ids)  # the search index is consistent too
        with profile.database.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        profile.close()
