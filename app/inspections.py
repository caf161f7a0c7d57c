"""Post-loan inspections (贷后检查) due, computed from loans, visits and alerts.

The schedule is a rule in ``resources/data/inspection_rules.json``: the first
inspection within N days of disbursement, then every M days after the last
one, every K days while a serious alert is open on the customer, none once the
loan is repaid. Nothing is stored: what is due is worked out each time from
the loans, the customer's completed post-loan visits and its open alerts, so
there is no schedule to drift out of step.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.alerts import AlertStatus
from app.reference_data import reference_file, register_cache_of
from app.risk_signals import Severity
from app.sql_hints import unindexed
from app.text import QT_TRANSLATE_NOOP
from app.visits.times import RM_TIME_ZONE, local_date
from app.visits.types import VisitStatus, VisitType
from db.database import Database
from db.models import Customer, Loan, RiskAlert, Visit
from resources import DATA_DIR

INSPECTION_RULES_PATH = DATA_DIR / "inspection_rules.json"

#: The English template of each reason (context ``Inspection``); params ``days``, ``from_on``.
REASON_TEMPLATES: Mapping[str, str] = {
    "first": QT_TRANSLATE_NOOP(
        "Inspection", "First post-loan inspection within {days} days of disbursement on {from_on}"
    ),
    "interval": QT_TRANSLATE_NOOP(
        "Inspection", "Post-loan inspection every {days} days, counted from {from_on}"
    ),
    "alert": QT_TRANSLATE_NOOP(
        "Inspection",
        "Inspection every {days} days while a serious risk alert is open, counted from {from_on}",
    ),
}


@dataclass(frozen=True)
class InspectionRules:
    """A version of the post-loan inspection rule."""

    version: str
    visit_type: VisitType
    applies_to_status: frozenset[str]
    first_within_days: int
    interval_days: int
    alert_min_severity: Severity
    alert_interval_days: int


@dataclass(frozen=True)
class Reason:
    """Why an inspection is due: an English ``template`` (context ``Inspection``) and params."""

    code: str
    params: Mapping[str, str] = field(hash=False)

    @property
    def template(self) -> str:
        """The English template, for translation."""
        return REASON_TEMPLATES[self.code]

    def text(self) -> str:
        """The English text, placeholders filled in."""
        return self.template.format(**self.params)


@dataclass(frozen=True)
class DueInspection:
    """A post-loan inspection due for a loan (and a planned visit for it, if any)."""

    customer_id: str
    customer_name: str
    loan_id: str
    loan_product_code: str
    loan_amount: Decimal
    disbursed_on: date
    last_inspection_on: date | None
    due_on: date
    reason: Reason
    overdue: bool
    planned_visit_id: str | None = None
    planned_start: datetime | None = None


def next_inspection(
    rules: InspectionRules,
    disbursed_on: date,
    last_inspection_on: date | None,
    serious_alert_since: date | None,
) -> tuple[date, Reason]:
    """When the next inspection of a loan is due, and why.

    ``last_inspection_on``: the last completed inspection on or after the
    disbursement, if any; ``serious_alert_since``: the day the earliest open
    alert of ``alert_min_severity`` or above was raised, if any. While such an
    alert is open the inspection falls due ``alert_interval_days`` after the
    last one (or the disbursement), but no earlier than the day the alert was
    raised: an alert makes an inspection due, not retroactively overdue.
    """
    if last_inspection_on is None:
        options = [
            (
                disbursed_on + timedelta(days=rules.first_within_days),
                Reason("first", _params(rules.first_within_days, disbursed_on)),
            )
        ]
    else:
        options = [
            (
                last_inspection_on + timedelta(days=rules.interval_days),
                Reason("interval", _params(rules.interval_days, last_inspection_on)),
            )
        ]
    if serious_alert_since is not None:
        base = last_inspection_on or disbursed_on
        due = max(base + timedelta(days=rules.alert_interval_days), serious_alert_since)
        options.append((due, Reason("alert", _params(rules.alert_interval_days, base))))
    return min(options, key=lambda option: option[0])


def _params(days: int, from_on: date) -> dict[str, str]:
    return {"days": str(days), "from_on": from_on.isoformat()}


class InspectionService:
    """Post-loan inspections due, worked out from loans, post-loan visits and open alerts."""

    def __init__(
        self,
        database: Database,
        rules: InspectionRules | None = None,
        zone: ZoneInfo = RM_TIME_ZONE,
    ) -> None:
        self._db = database
        self.rules = rules or load_inspection_rules()
        self._zone = zone

    def inspections_due(self, today: date, horizon_days: int = 7) -> list[DueInspection]:
        """Inspections due by ``today + horizon_days`` (overdue ones included), soonest first."""
        limit = today + timedelta(days=horizon_days)
        return [d for d in self.schedule(today) if d.due_on <= limit]

    def schedule(self, today: date, customer_id: str | None = None) -> list[DueInspection]:
        """The next inspection of every loan that needs one (of ``customer_id``), soonest first."""
        rules = self.rules
        # Plain columns, not ORM objects: building thousands of instances costs more
        # than the queries themselves.
        with self._db.reading() as session:
            loan_query = (
                select(
                    Loan.id,
                    Loan.customer_id,
                    Loan.product_code,
                    Loan.amount,
                    Loan.disbursed_on,
                    Customer.name,
                )
                .join(Customer, Customer.id == Loan.customer_id)
                .where(
                    unindexed(Loan.deleted_at).is_(None),
                    unindexed(Customer.deleted_at).is_(None),
                    Loan.status.in_(sorted(rules.applies_to_status)),
                )
            )
            if customer_id is not None:
                loan_query = loan_query.where(Loan.customer_id == customer_id)
            loans = session.execute(loan_query).all()
            # the loans' customers, as a subquery (thousands of bound ids compile slowly)
            customers = (
                select(Loan.customer_id)
                .where(
                    unindexed(Loan.deleted_at).is_(None),
                    Loan.status.in_(sorted(rules.applies_to_status)),
                )
                .distinct()
            )
            if customer_id is not None:
                customers = customers.where(Loan.customer_id == customer_id)
            visits = session.execute(
                select(
                    Visit.id,
                    Visit.customer_id,
                    Visit.status,
                    Visit.actual_start,
                    Visit.planned_start,
                )
                .where(
                    Visit.customer_id.in_(customers),
                    unindexed(Visit.deleted_at).is_(None),
                    Visit.visit_type == rules.visit_type.value,
                    Visit.status.in_([VisitStatus.DONE, VisitStatus.PLANNED]),
                )
                .order_by(Visit.planned_start)
            ).all()
            alerts = session.execute(
                select(RiskAlert.customer_id, RiskAlert.severity, RiskAlert.raised_at).where(
                    RiskAlert.customer_id.in_(customers),
                    RiskAlert.deleted_at.is_(None),
                    RiskAlert.status == AlertStatus.OPEN,
                )
            ).all()
        done: dict[str, list[date]] = {}
        planned: dict[str, tuple[str, datetime]] = {}
        for visit_id, visit_customer, status, actual_start, planned_start in visits:
            if status == VisitStatus.DONE and actual_start is not None:
                done.setdefault(visit_customer, []).append(local_date(actual_start, self._zone))
            elif status == VisitStatus.PLANNED and planned_start is not None:
                planned.setdefault(visit_customer, (visit_id, planned_start))
        serious: dict[str, date] = {}
        for alert_customer, severity, raised_at in alerts:
            if severity in _SEVERITIES and Severity(severity).at_least(rules.alert_min_severity):
                raised = local_date(raised_at, self._zone)
                serious[alert_customer] = min(raised, serious.get(alert_customer, raised))
        result = []
        for loan_id, loan_customer, product_code, amount, disbursed_on, name in loans:
            last = max((d for d in done.get(loan_customer, ()) if d >= disbursed_on), default=None)
            due_on, reason = next_inspection(rules, disbursed_on, last, serious.get(loan_customer))
            next_visit = planned.get(loan_customer)
            result.append(
                DueInspection(
                    customer_id=loan_customer,
                    customer_name=name,
                    loan_id=loan_id,
                    loan_product_code=product_code,
                    loan_amount=amount,
                    disbursed_on=disbursed_on,
                    last_inspection_on=last,
                    due_on=due_on,
                    reason=reason,
                    overdue=due_on < today,
                    planned_visit_id=None if next_visit is None else next_visit[0],
                    planned_start=None if next_visit is None else next_visit[1],
                )
            )
        result.sort(key=lambda d: (d.due_on, d.customer_name, d.loan_id))
        return result


_SEVERITIES = frozenset(Severity.__members__.values())


# --- loading ----------------------------------------------------------------


def _days(raw: Mapping[str, Any], key: str, name: str) -> int:
    value = raw.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= 3660:
        raise ValueError(f"{name}.{key}: expected whole days from 1 to 3660, not {value!r}")
    return value


def _load(path: Path) -> InspectionRules:
    name = path.name
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(f"{name}: not valid JSON: {error}") from None
    if not isinstance(raw, dict):
        raise ValueError(f"{name}: expected a JSON object at the top level")
    version = raw.get("version")
    if not isinstance(version, str) or not version.strip():
        raise ValueError(f"{name}.version: expected a non-empty string")
    visit_type = raw.get("visit_type")
    if visit_type not in VisitType.__members__.values():
        raise ValueError(f"{name}.visit_type: unknown visit type {visit_type!r}")
    severity = raw.get("alert_min_severity")
    if severity not in _SEVERITIES:
        raise ValueError(f"{name}.alert_min_severity: {severity!r} is not a severity")
    statuses = raw.get("applies_to_status")
    if (
        not isinstance(statuses, list)
        or not statuses
        or not all(isinstance(s, str) and s for s in statuses)
    ):
        raise ValueError(f"{name}.applies_to_status: expected a non-empty list of loan statuses")
    return InspectionRules(
        version=version,
        visit_type=VisitType(str(visit_type)),
        applies_to_status=frozenset(statuses),
        first_within_days=_days(raw, "first_within_days", name),
        interval_days=_days(raw, "interval_days", name),
        alert_min_severity=Severity(severity),
        alert_interval_days=_days(raw, "alert_interval_days", name),
    )


@register_cache_of
@cache
def _default() -> InspectionRules:
    return _load(reference_file("inspection_rules", INSPECTION_RULES_PATH))


def load_inspection_rules(path: Path | None = None) -> InspectionRules:
    """The inspection rule from ``path`` (the bundled file, cached, when None).

    ValueError, naming the file and the key, if the data is malformed.
    """
    return _default() if path is None else _load(path)
