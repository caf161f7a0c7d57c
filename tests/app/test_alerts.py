"""Risk signals raise one open alert per customer and signal; resolving needs a note."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from app.alerts import AlertError, AlertService, AlertStatus
from app.attachment_store import AttachmentStore
from app.profile import Profile
from app.risk_signals import (
    RISK_SIGNALS_PATH,
    SEVERITY_LABELS,
    Severity,
    load_risk_signals,
    worst,
)
from app.visits.service import VisitOutcome, VisitService
from db.models import OutboxEntry, RiskAlert
from tests.app.test_applications import new_customer
from tests.app.test_visits import DAY, at, plan


@pytest.fixture
def visits(profile: Profile) -> VisitService:
    return VisitService(profile.database, "rm01", AttachmentStore(profile.paths.attachments))


@pytest.fixture
def alerts(profile: Profile) -> AlertService:
    return AlertService(profile.database, "rm01")


def visit_with(
    visits: VisitService, customer: str, day_offset: int, signals: dict[str, str]
) -> str:
    day = DAY + timedelta(days=day_offset)
    visit_id = plan(visits, customer, at(day), visit_type="post_loan")
    visits.complete(visit_id, VisitOutcome(at(day, 10), signals=signals))
    return visit_id


def test_ticking_a_signal_again_adds_to_the_open_alert_instead_of_a_duplicate(
    profile: Profile, visits: VisitService, alerts: AlertService
) -> None:
    customer = new_customer(profile)
    first = visit_with(
        visits, customer, 0, {"production_cut": "二号线停产", "key_staff_leaving": ""}
    )
    visit_with(visits, customer, 30, {"production_cut": "仍未复产"})
    open_alerts = alerts.open_alerts(customer)
    assert [a.signal_code for a in open_alerts] == ["production_cut", "key_staff_leaving"]
    cut = open_alerts[0]
    assert cut.note == "2026-12-01 二号线停产\n2026-12-31 仍未复产"
    assert cut.visit_id == first and cut.raised_at == at(DAY, 10)  # raised by the first visit
    assert cut.severity == "high" and cut.signal is not None and cut.signal.name_zh == "停产/减产"
    assert open_alerts[1].note == "2026-12-01"
    with profile.database.reading() as session:
        rows = session.scalars(select(RiskAlert)).all()
        ops = [
            e.op
            for e in session.scalars(
                select(OutboxEntry).where(OutboxEntry.entity_id == cut.id).order_by(OutboxEntry.seq)
            )
        ]
    assert len(rows) == 2
    assert ops == ["create", "update"]


def test_resolving_needs_a_note_and_keeps_the_alert_as_history(
    profile: Profile, visits: VisitService, alerts: AlertService
) -> None:
    customer = new_customer(profile)
    visit_with(visits, customer, 0, {"owner_unreachable": "电话关机三天"})
    alert = alerts.open_alerts(customer)[0]
    for note in ("", "   "):
        with pytest.raises(AlertError) as error:
            alerts.resolve(alert.id, note)
        assert error.value.code == "note.required"
    assert alerts.get(alert.id).is_open
    alerts.resolve(alert.id, "  已联系上，出国参展  ")
    resolved = alerts.get(alert.id)
    assert resolved.status == AlertStatus.RESOLVED and not resolved.is_open
    assert resolved.resolution_note == "已联系上，出国参展" and resolved.resolved_at is not None
    assert resolved.updated_by == "rm01"
    with pytest.raises(AlertError) as error:
        alerts.resolve(alert.id, "again")
    assert error.value.code == "status.resolved"
    with pytest.raises(KeyError):
        alerts.resolve("no-such-alert", "note")
    assert alerts.open_alerts(customer) == []
    # Ticked again after it was resolved: a new alert; the old one stays in the history.
    visit_with(visits, customer, 10, {"owner_unreachable": "再次失联"})
    reopened = alerts.open_alerts(customer)
    assert len(reopened) == 1 and reopened[0].id != alert.id
    assert reopened[0].note == "2026-12-11 再次失联"
    history = alerts.history(customer)
    assert [(a.id, a.status) for a in history] == [
        (reopened[0].id, "open"),
        (alert.id, "resolved"),
    ]


def test_open_counts_and_customers_with_open_alerts(
    profile: Profile, visits: VisitService, alerts: AlertService
) -> None:
    calm = new_customer(profile, name="宁波海联贸易有限公司")
    worried = new_customer(profile, name="温州瑞丰鞋业有限公司")
    critical = new_customer(profile, name="绍兴纺织印染有限公司")
    quiet = new_customer(profile, name="台州无事有限公司")
    visit_with(visits, calm, 0, {"inventory_build_up": ""})
    visit_with(visits, worried, 0, {"tax_wage_arrears": "", "key_staff_leaving": ""})
    visit_with(visits, critical, 0, {"funds_misused": ""})
    resolved_id = alerts.raise_alert(quiet, "inventory_build_up", "manual")
    alerts.resolve(resolved_id, "库存已消化")
    assert alerts.open_counts() == {calm: 1, worried: 2, critical: 1}
    listed = alerts.customers_with_open_alerts()
    assert [(c.customer_name, c.open_count, c.worst) for c in listed] == [
        ("绍兴纺织印染有限公司", 1, Severity.CRITICAL),
        ("温州瑞丰鞋业有限公司", 2, Severity.HIGH),
        ("宁波海联贸易有限公司", 1, Severity.MEDIUM),
    ]
    assert [a.severity for a in alerts.open_alerts()] == ["critical", "high", "medium", "medium"]


def test_raise_alert_by_hand_refuses_unknown_signals_and_customers(
    profile: Profile, alerts: AlertService
) -> None:
    customer = new_customer(profile)
    with pytest.raises(KeyError):
        alerts.raise_alert(customer, "bad_weather")
    with pytest.raises(KeyError):
        alerts.raise_alert("nobody", "production_cut")
    first = alerts.raise_alert(customer, "litigation_enforcement", "被列为被执行人")
    assert alerts.raise_alert(customer, "litigation_enforcement") == first


def test_a_more_severe_signal_version_escalates_the_open_alert(
    profile: Profile, tmp_path: Path
) -> None:
    customer = new_customer(profile)
    AlertService(profile.database, "rm01").raise_alert(customer, "inventory_build_up")
    data = json.loads(RISK_SIGNALS_PATH.read_text(encoding="utf-8"))
    for signal in data["signals"]:
        if signal["code"] == "inventory_build_up":
            signal["severity"] = "critical"
    path = tmp_path / "risk_signals.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    newer = AlertService(profile.database, "rm01", load_risk_signals(path))
    alert_id = newer.raise_alert(customer, "inventory_build_up")
    assert newer.get(alert_id).severity == "critical"


# Reference data -------------------------------------------------------------------


def test_the_signals_cover_the_sme_early_warning_list() -> None:
    signals = load_risk_signals()
    expected = {
        "production_cut": "停产/减产",
        "inventory_build_up": "库存积压",
        "key_staff_leaving": "核心人员流失",
        "owner_unreachable": "实际控制人失联",
        "tax_wage_arrears": "欠税欠薪",
        "litigation_enforcement": "涉诉/被执行",
        "collateral_changed": "抵押物变化",
        "funds_misused": "挪用贷款资金",
        "related_party_transfers": "大额关联交易",
    }
    for code, name in expected.items():
        assert signals.signal(code).name_zh == name
    assert len(signals.signals) > len(expected)
    assert all(s.name_en and s.hint_zh for s in signals.signals.values())
    assert set(SEVERITY_LABELS) == set(Severity)
    assert Severity.CRITICAL.at_least(Severity.HIGH) and not Severity.MEDIUM.at_least("high")
    assert worst(["low", "high", "bogus"]) is Severity.HIGH and worst([]) is None


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["signals"][0].update(severity="scary"), "severity"),
        (lambda d: d["signals"][0].update(code="Bad Code"), "snake_case"),
        (lambda d: d["signals"].append(dict(d["signals"][0])), "defined twice"),
        (lambda d: d["signals"][0].pop("name_zh"), "name_zh"),
        (lambda d: d.pop("version"), "version"),
    ],
)
def test_a_malformed_signals_file_says_where(tmp_path: Path, mutate: object, message: str) -> None:
    data = json.loads(RISK_SIGNALS_PATH.read_text(encoding="utf-8"))
    mutate(data)  # type: ignore[operator]
    path = tmp_path / "risk_signals.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_risk_signals(path)
