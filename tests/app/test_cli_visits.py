"""``rmdesk visits list|ics`` and ``rmdesk alerts list`` through their parser, in process.

The real ``rmdesk`` wiring (app.cli) is checked by a subprocess test once the
commands are registered there.
"""

from __future__ import annotations

import argparse
import json
from datetime import timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import icalendar
import pytest

from app.alerts import AlertService
from app.attachment_store import AttachmentStore
from app.cli_visits import add_visits_parser, cmd_alerts, cmd_visits
from app.profile import Profile, open_profile
from app.visits.service import VisitInput, VisitOutcome, VisitService
from app.visits.times import local_today
from db.models import Loan
from tests.app.test_applications import new_customer
from tests.app.test_cli import rmdesk
from tests.app.test_visits import at

TODAY = local_today()


def run(profile: Profile, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, Any]:
    parser = argparse.ArgumentParser(prog="rmdesk")
    sub = parser.add_subparsers(dest="command")
    add_visits_parser(sub)
    args = parser.parse_args(list(argv))
    command = cmd_visits if args.command == "visits" else cmd_alerts
    code = command(args, profile)
    return code, json.loads(capsys.readouterr().out)


def fill(profile: Profile) -> dict[str, str]:
    """Two customers with visits (overdue, today, tomorrow, done), a loan and an alert."""
    service = VisitService(profile.database, "rm01", AttachmentStore(profile.paths.attachments))
    hengda = new_customer(profile)
    hailian = new_customer(profile, name="宁波海联贸易有限公司")
    ids = {"hengda": hengda, "hailian": hailian}
    ids["overdue"] = service.plan(
        VisitInput(hengda, "post_loan", at(TODAY - timedelta(days=3), 10), purpose="贷后检查")
    )
    ids["today"] = service.plan(VisitInput(hailian, "renewal", at(TODAY, 23, 0)))
    ids["tomorrow"] = service.plan(VisitInput(hengda, "other", at(TODAY + timedelta(days=1))))
    ids["done"] = service.record(
        VisitInput(hailian, "due_diligence", None),
        VisitOutcome(at(TODAY - timedelta(days=1)), signals={"owner_unreachable": "电话关机"}),
    ).visit_id
    with profile.database.unit_of_work("rm01") as uow:
        loan = uow.add(
            Loan(
                customer_id=hengda,
                product_code="working_capital",
                amount=Decimal("3000000.00"),
                disbursed_on=TODAY - timedelta(days=20),
            )
        )
        uow.session.flush()
        ids["loan"] = loan.id
    return ids


def test_visits_list_prints_every_visit_with_names_and_times(
    profile: Profile, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = fill(profile)
    code, out = run(profile, capsys, "visits", "list")
    assert code == 0
    assert [v["id"] for v in out["visits"]] == [
        ids["overdue"],
        ids["done"],
        ids["today"],
        ids["tomorrow"],
    ]
    overdue = out["visits"][0]
    assert overdue["customer_name"] == "杭州恒达机械有限公司"
    assert (overdue["type_name_zh"], overdue["type_name_en"]) == (
        "贷后检查",
        "Post-loan inspection",
    )
    assert overdue["status"] == "planned" and overdue["overdue"] is True
    assert overdue["purpose"] == "贷后检查" and overdue["local_start"].endswith("10:00:00+08:00")
    assert overdue["start"].endswith("02:00:00+00:00")
    code, out = run(profile, capsys, "visits", "list", "--customer", ids["hailian"])
    assert [v["id"] for v in out["visits"]] == [ids["done"], ids["today"]]


def test_visits_list_due_gives_planned_visits_up_to_today_and_inspections(
    profile: Profile, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = fill(profile)
    code, out = run(profile, capsys, "visits", "list", "--due")
    assert code == 0
    assert [v["id"] for v in out["visits"]] == [ids["overdue"], ids["today"]]
    (inspection,) = out["inspections_due"]
    assert inspection["loan_id"] == ids["loan"] and inspection["overdue"] is True
    assert inspection["due_on"] == (TODAY - timedelta(days=5)).isoformat()
    assert inspection["reason_code"] == "first" and "15 days" in inspection["reason"]
    assert inspection["loan_amount"] == "3000000.00"
    assert inspection["planned_visit_id"] == ids["overdue"]
    code, out = run(profile, capsys, "visits", "list", "--due", "--customer", ids["hailian"])
    assert [v["id"] for v in out["visits"]] == [ids["today"]] and out["inspections_due"] == []


def test_visits_ics_writes_the_file(
    profile: Profile, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    ids = fill(profile)
    target = tmp_path / "visit.ics"
    code, out = run(profile, capsys, "visits", "ics", ids["overdue"], "--out", str(target))
    assert code == 0 and out == {"written": str(target.resolve())}
    event = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")[0]
    assert str(event["UID"]) == f"{ids['overdue']}@rmdesk"
    assert str(event["SUMMARY"]) == "贷后检查 - 杭州恒达机械有限公司"
    code, out = run(profile, capsys, "visits", "ics", "no-such-visit", "--out", str(target))
    assert code == 1 and out == {"error": "no visit no-such-visit"}


def test_alerts_list_prints_open_alerts_with_signal_names(
    profile: Profile, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = fill(profile)
    alerts = AlertService(profile.database, "rm01")
    resolved = alerts.raise_alert(ids["hengda"], "inventory_build_up")
    alerts.resolve(resolved, "已消化")
    code, out = run(profile, capsys, "alerts", "list")
    assert code == 0
    (alert,) = out["alerts"]
    assert alert["customer_name"] == "宁波海联贸易有限公司"
    assert (alert["signal_code"], alert["name_zh"], alert["name_en"]) == (
        "owner_unreachable",
        "实际控制人失联",
        "Owner unreachable",
    )
    assert alert["severity"] == "critical" and alert["visit_id"] == ids["done"]
    assert alert["raised_at"].endswith("+00:00") and alert["note"].endswith("电话关机")
    code, out = run(profile, capsys, "alerts", "list", "--customer", ids["hengda"])
    assert out == {"alerts": []}


def test_usage_errors_are_json(profile: Profile, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = run(profile, capsys, "visits")
    assert code == 2 and "error" in out
    code, out = run(profile, capsys, "alerts")
    assert code == 2 and "error" in out
    with pytest.raises(SystemExit) as exit_:
        run(profile, capsys, "visits", "ics", "some-id")  # no --out
    assert exit_.value.code == 2
    assert "--out" in json.loads(capsys.readouterr().out)["error"]


def test_the_real_command_line(tmp_path: Path) -> None:
    root = tmp_path / "p"
    profile = open_profile(root)
    try:
        ids = fill(profile)
    finally:
        profile.close()
    listed = rmdesk("--data-dir", str(root), "visits", "list", "--due")
    assert listed.returncode == 0, listed.stderr
    assert [v["id"] for v in json.loads(listed.stdout)["visits"]] == [ids["overdue"], ids["today"]]
    target = tmp_path / "v.ics"
    written = rmdesk("--data-dir", str(root), "visits", "ics", ids["today"], "--out", str(target))
    assert written.returncode == 0, written.stderr
    assert json.loads(written.stdout) == {"written": str(target.resolve())}
    alerts = rmdesk("--data-dir", str(root), "alerts", "list")
    assert [a["signal_code"] for a in json.loads(alerts.stdout)["alerts"]] == ["owner_unreachable"]
    missing = rmdesk("--data-dir", str(root), "visits", "ics", "nope", "--out", str(target))
    assert missing.returncode == 1 and "error" in json.loads(missing.stdout)
