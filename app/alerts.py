"""Early-warning alerts (风险预警) on customers, raised by risk signals ticked on visits.

There is at most one OPEN alert per customer and signal: ticking the signal
again (on a later visit) adds a dated line to that alert's note instead of a
second alert. Resolving needs a note; resolved alerts stay as history, and a
later tick opens a new alert. Every write goes through the unit of work.
"""

from __future__ import annotations

import builtins
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app.risk_signals import RiskSignal, RiskSignals, Severity, load_risk_signals, worst
from app.text import QT_TRANSLATE_NOOP
from app.visits.times import RM_TIME_ZONE, local_date, require_aware
from db.database import Database
from db.models import Customer, RiskAlert, utcnow
from db.unit_of_work import UnitOfWork

#: Longest note a resolution or a tick may add, in characters.
MAX_NOTE = 2000


class AlertStatus(StrEnum):
    """An alert is open until the RM resolves it (with a note)."""

    OPEN = "open"
    RESOLVED = "resolved"


class AlertError(ValueError):
    """A refused alert change; ``template`` (context ``Alert``) filled with ``params``."""

    context = "Alert"

    def __init__(self, code: str, template: str, **params: str) -> None:
        self.code = code
        self.template = template
        self.params = params
        super().__init__(self.text())

    def text(self) -> str:
        """The English message, placeholders filled in."""
        return self.template.format(**self.params)


@dataclass(frozen=True)
class AlertView:
    """One alert as shown, with its signal from the reference data (None if unknown)."""

    id: str
    customer_id: str
    customer_name: str
    visit_id: str | None
    signal_code: str
    signal: RiskSignal | None
    severity: str
    note: str
    status: str
    raised_at: datetime
    resolved_at: datetime | None
    resolution_note: str
    updated_by: str

    @property
    def is_open(self) -> bool:
        """True until resolved."""
        return self.status == AlertStatus.OPEN


@dataclass(frozen=True)
class CustomerAlerts:
    """A customer with open alerts: how many and the worst severity (for a list column)."""

    customer_id: str
    customer_name: str
    open_count: int
    worst: Severity | None
    latest_raised_at: datetime


def _rank(severity: str) -> int:
    return Severity(severity).rank if severity in Severity.__members__.values() else -1


def _note_line(at: datetime, note: str, zone: ZoneInfo) -> str:
    text = note.strip()
    if len(text) > MAX_NOTE:
        raise AlertError(
            "note.too_long",
            QT_TRANSLATE_NOOP("Alert", "The note is too long: at most {max} characters"),
            max=str(MAX_NOTE),
        )
    return f"{local_date(at, zone).isoformat()} {text}".rstrip()


def raise_signals(
    uow: UnitOfWork,
    customer_id: str,
    ticks: Mapping[str, str],
    *,
    signals: RiskSignals,
    visit_id: str | None = None,
    at: datetime | None = None,
    zone: ZoneInfo = RM_TIME_ZONE,
) -> list[str]:
    """Raise an alert per ticked signal (code → note) in ``uow``; returns the alert ids.

    An open alert of the same customer and signal gets a dated line added to its
    note (and the signal's current severity, if worse) instead of a duplicate.
    KeyError for an unknown signal code.
    """
    when = require_aware(at or utcnow(), "at")
    ids: list[str] = []
    for code, note in ticks.items():
        signal = signals.signal(code)
        line = _note_line(when, note, zone)
        existing = uow.session.scalars(
            select(RiskAlert).where(
                RiskAlert.customer_id == customer_id,
                RiskAlert.signal_code == code,
                RiskAlert.status == AlertStatus.OPEN,
                RiskAlert.deleted_at.is_(None),
            )
        ).first()
        if existing is None:
            alert = uow.add(
                RiskAlert(
                    customer_id=customer_id,
                    visit_id=visit_id,
                    signal_code=code,
                    severity=signal.severity.value,
                    note=line,
                    status=AlertStatus.OPEN,
                    raised_at=when,
                    resolution_note="",
                )
            )
            uow.session.flush()
            ids.append(alert.id)
            continue
        values: dict[str, Any] = {"note": f"{existing.note}\n{line}".strip()}
        if signal.severity.rank > _rank(existing.severity):
            values["severity"] = signal.severity.value
        uow.update(existing, values)
        ids.append(existing.id)
    return ids


class AlertService:
    """Open alerts, their resolution and history, per customer or for the whole book."""

    def __init__(
        self,
        database: Database,
        actor: str,
        signals: RiskSignals | None = None,
        zone: ZoneInfo = RM_TIME_ZONE,
    ) -> None:
        self._db = database
        self._actor = actor
        self.signals = signals or load_risk_signals()
        self._zone = zone

    # Writing -------------------------------------------------------------------

    def raise_alert(
        self,
        customer_id: str,
        signal_code: str,
        note: str = "",
        visit_id: str | None = None,
        at: datetime | None = None,
    ) -> str:
        """Raise (or add to) the open alert of ``signal_code`` on the customer; its id."""
        with self._db.unit_of_work(self._actor) as uow:
            if uow.get(Customer, customer_id) is None:
                raise KeyError(customer_id)
            return raise_signals(
                uow,
                customer_id,
                {signal_code: note},
                signals=self.signals,
                visit_id=visit_id,
                at=at,
                zone=self._zone,
            )[0]

    def resolve(self, alert_id: str, note: str, at: datetime | None = None) -> None:
        """Resolve an open alert; ``note`` (what was found or done) is required."""
        text = note.strip()
        if not text:
            raise AlertError(
                "note.required",
                QT_TRANSLATE_NOOP("Alert", "Say how the alert was resolved"),
            )
        if len(text) > MAX_NOTE:
            raise AlertError(
                "note.too_long",
                QT_TRANSLATE_NOOP("Alert", "The note is too long: at most {max} characters"),
                max=str(MAX_NOTE),
            )
        with self._db.unit_of_work(self._actor) as uow:
            alert = uow.get(RiskAlert, alert_id)
            if alert is None:
                raise KeyError(alert_id)
            if alert.status != AlertStatus.OPEN:
                raise AlertError(
                    "status.resolved",
                    QT_TRANSLATE_NOOP("Alert", "This alert is already resolved"),
                )
            uow.update(
                alert,
                {
                    "status": AlertStatus.RESOLVED.value,
                    "resolved_at": require_aware(at or utcnow(), "at"),
                    "resolution_note": text,
                },
            )

    # Reading -------------------------------------------------------------------

    def get(self, alert_id: str) -> AlertView:
        """One alert, open or resolved."""
        found = self._query([RiskAlert.id == alert_id])
        if not found:
            raise KeyError(alert_id)
        return found[0]

    def open_alerts(self, customer_id: str | None = None) -> builtins.list[AlertView]:
        """Open alerts (of ``customer_id``), worst first, then newest first."""
        conditions = [RiskAlert.status == AlertStatus.OPEN]
        if customer_id is not None:
            conditions.append(RiskAlert.customer_id == customer_id)
        views = self._query(conditions)
        views.sort(key=lambda v: (-_rank(v.severity), -v.raised_at.timestamp(), v.id))
        return views

    def history(self, customer_id: str | None = None) -> builtins.list[AlertView]:
        """Every alert (of ``customer_id``), open and resolved, newest first."""
        conditions = [] if customer_id is None else [RiskAlert.customer_id == customer_id]
        return self._query(conditions)

    def open_counts(self) -> dict[str, int]:
        """Customer id → number of open alerts, for customers that have any."""
        with self._db.reading() as session:
            rows = session.execute(
                select(RiskAlert.customer_id, func.count())
                .join(Customer, Customer.id == RiskAlert.customer_id)
                .where(*self._live(), RiskAlert.status == AlertStatus.OPEN)
                .group_by(RiskAlert.customer_id)
            ).all()
        return {customer_id: int(count) for customer_id, count in rows}

    def customers_with_open_alerts(self) -> builtins.list[CustomerAlerts]:
        """Customers with open alerts, worst severity first, then most alerts, then name."""
        grouped: dict[str, builtins.list[AlertView]] = {}
        for view in self._query([RiskAlert.status == AlertStatus.OPEN]):
            grouped.setdefault(view.customer_id, []).append(view)
        result = [
            CustomerAlerts(
                customer_id=customer_id,
                customer_name=views[0].customer_name,
                open_count=len(views),
                worst=worst(v.severity for v in views),
                latest_raised_at=max(v.raised_at for v in views),
            )
            for customer_id, views in grouped.items()
        ]
        result.sort(
            key=lambda c: (-(c.worst.rank if c.worst else -1), -c.open_count, c.customer_name)
        )
        return result

    @staticmethod
    def _live() -> Sequence[ColumnElement[bool]]:
        return (RiskAlert.deleted_at.is_(None), Customer.deleted_at.is_(None))

    def _query(self, conditions: Sequence[ColumnElement[bool]]) -> builtins.list[AlertView]:
        with self._db.reading() as session:
            return self._views(session, conditions)

    def _views(
        self, session: Session, conditions: Sequence[ColumnElement[bool]]
    ) -> builtins.list[AlertView]:
        rows = session.execute(
            select(RiskAlert, Customer.name)
            .join(Customer, Customer.id == RiskAlert.customer_id)
            .where(*self._live(), *conditions)
            .order_by(RiskAlert.raised_at.desc(), RiskAlert.id)
        ).all()
        return [
            AlertView(
                id=a.id,
                customer_id=a.customer_id,
                customer_name=name,
                visit_id=a.visit_id,
                signal_code=a.signal_code,
                signal=self.signals.signals.get(a.signal_code),
                severity=a.severity,
                note=a.note,
                status=a.status,
                raised_at=a.raised_at,
                resolved_at=a.resolved_at,
                resolution_note=a.resolution_note,
                updated_by=a.updated_by,
            )
            for a, name in rows
        ]
