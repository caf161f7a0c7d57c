"""``rmdesk applications list | show``, run as a real process on a real profile."""

from __future__ import annotations

import json
from pathlib import Path

from app.applications import ApplicationService
from app.attachment_store import AttachmentStore
from app.profile import open_profile
from tests.app.test_applications import TODAY, item, new_customer, png, working_capital
from tests.app.test_cli import rmdesk


def make_profile(root: Path, tmp_path: Path) -> tuple[str, str]:
    """A profile with one customer and one application whose licence is received."""
    profile = open_profile(root)
    try:
        service = ApplicationService(
            profile.database, "rm01", AttachmentStore(profile.paths.attachments)
        )
        customer = new_customer(profile)
        app_id = service.save(working_capital(customer), TODAY)
        licence = item(service.load(app_id, TODAY), "business_licence")
        service.attach(licence.id, [png(tmp_path / "licence.png")])
        return customer, app_id
    finally:
        profile.close()


def test_show_prints_the_checklist_with_states_and_completeness(tmp_path: Path) -> None:
    root = tmp_path / "p"
    _customer, app_id = make_profile(root, tmp_path)
    result = rmdesk("--data-dir", str(root), "applications", "show", app_id)
    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout)
    assert shown["id"] == app_id and shown["product_code"] == "working_capital"
    assert shown["amount"] == "3000000.00" and shown["status"] == "draft"
    items = {i["code"]: i for i in shown["items"]}
    licence = items["business_licence"]
    assert licence["state"] == "received" and licence["effective_state"] == "received"
    assert licence["name_zh"] == "营业执照"
    assert licence["document"]["attachments"][0]["media_type"] == "image/png"
    assert items["financial_statements"]["state"] == "missing"
    assert "financial_statements" in shown["blocking"]
    assert 0 < shown["completeness"] < 100


def test_list_filters_by_customer_and_unknown_ids_fail(tmp_path: Path) -> None:
    root = tmp_path / "p"
    customer, app_id = make_profile(root, tmp_path)
    listed = json.loads(rmdesk("--data-dir", str(root), "applications", "list").stdout)
    assert [a["id"] for a in listed["applications"]] == [app_id]
    assert listed["applications"][0]["items"]  # each with its checklist
    mine = rmdesk("--data-dir", str(root), "applications", "list", "--customer", customer)
    assert [a["id"] for a in json.loads(mine.stdout)["applications"]] == [app_id]
    other = rmdesk("--data-dir", str(root), "applications", "list", "--customer", "nobody")
    assert json.loads(other.stdout) == {"applications": []}
    missing = rmdesk("--data-dir", str(root), "applications", "show", "no-such-id")
    assert missing.returncode == 1 and "error" in json.loads(missing.stdout)
