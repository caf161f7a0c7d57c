"""The Today page: what needs the RM today, each row naming the thing it opens.

Every :class:`TodayItem` carries its ``kind`` and the ``id`` of the record it
names (a visit, follow-up, alert or application; for an inspection the loan,
with the customer to plan the visit for), so the UI can open it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING

from app.alerts import AlertService
from app.applications import ApplicationService
from app.attachment_store import AttachmentStore
from app.follow_ups import FollowUpService
from app.inspections import InspectionService, Reason
from app.text import QT_TRANSLATE_NOOP
from db.database import Database

if TYPE_CHECKING:
    from app.visits.service import VisitService

#: Inspections due within this many days show on the Today page.
INSPECTION_HORIZON_DAYS = 7

_NEVER = datetime.max.replace(tzinfo=UTC)

#: English template of an application's row (context ``Today``).
APPLICATION_TEMPLATE = QT_TRANSLATE_NOOP(
    "Today", "Documents missing: {missing}; expiring soon: {expiring}"
)


class TodayKind(StrEnum):
    """What a Today row names (and so what opening it shows)."""

    VISIT = "visit"
    FOLLOW_UP = "follow_up"
    INSPECTION = "inspection"
    ALERT = "alert"
    APPLICATION = "application"


@dataclass(frozen=True)
class TodayText:
    """A translatable line: translate ``template`` in ``context``, then fill in ``params``."""

    context: str
    template: str
    params: dict[str, str] = field(default_factory=dict, hash=False)

    def text(self) -> str:
        """The English text, placeholders filled in."""
        return self.template.format(**self.params)


@dataclass(frozen=True)
class TodayItem:
    """One row of the Today page.

    ``id``: the visit, follow-up, alert or application; for an inspection the
    loan (``related_id`` is the post-loan visit already planned, if any).
    ``code``: the visit type, loan or application product, or alert signal.
    ``text``: what the RM wrote (visit purpose, follow-up title, alert note).
    """

    kind: TodayKind
    id: str
    customer_id: str
    customer_name: str
    code: str = ""
    text: str = ""
    at: datetime | None = None
    due_on: date | None = None
    overdue: bool = False
    severity: str | None = None
    detail: TodayText | None = None
    related_id: str | None = None


@dataclass(frozen=True)
class TodaySummary:
    """The Today page of ``day``, by section."""

    day: date
    visits: tuple[TodayItem, ...]  # today's (planned or done) and overdue planned visits
    follow_ups: tuple[TodayItem, ...]  # open, due today or overdue
    inspections: tuple[TodayItem, ...]  # post-loan inspections due within the horizon
    alerts: tuple[TodayItem, ...]  # open alerts, worst first
    applications: tuple[TodayItem, ...]  # with missing or expiring documents

    @property
    def items(self) -> tuple[TodayItem, ...]:
        """Every row, section after section."""
        return self.visits + self.follow_ups + self.inspections + self.alerts + self.applications

    @property
    def counts(self) -> dict[TodayKind, int]:
        """Rows per kind (for badges)."""
        return {
            TodayKind.VISIT: len(self.visits),
            TodayKind.FOLLOW_UP: len(self.follow_ups),
            TodayKind.INSPECTION: len(self.inspections),
            TodayKind.ALERT: len(self.alerts),
            TodayKind.APPLICATION: len(self.applications),
        }


def _reason(reason: Reason) -> TodayText:
    return TodayText("Inspection", reason.template, dict(reason.params))


def build_today_summary(
    database: Database,
    actor: str,
    store: AttachmentStore,
    visits: VisitService,
    today: date,
) -> TodaySummary:
    """The Today page of ``today`` (a day in the RM's zone)."""
    seen: set[str] = set()
    visit_rows = []
    for visit in sorted(
        [*visits.due(today), *visits.on_day(today)],
        key=lambda v: (v.start or _NEVER, v.id),
    ):
        if visit.id in seen:
            continue
        seen.add(visit.id)
        visit_rows.append(
            TodayItem(
                TodayKind.VISIT,
                visit.id,
                visit.customer_id,
                visit.customer_name,
                code=visit.visit_type,
                text=visit.purpose,
                at=visit.start,
                overdue=visit.overdue_on(today, visits.zone),
            )
        )
    follow_ups = FollowUpService(database, actor)
    follow_up_rows = [
        TodayItem(
            TodayKind.FOLLOW_UP,
            f.id,
            f.customer_id,
            f.customer_name,
            text=f.title,
            due_on=f.due_on,
            overdue=f.overdue_on(today),
            related_id=f.visit_id,
        )
        for f in [*follow_ups.overdue(today), *follow_ups.due_between(today, today)]
    ]
    inspection_rows = [
        TodayItem(
            TodayKind.INSPECTION,
            d.loan_id,
            d.customer_id,
            d.customer_name,
            code=d.loan_product_code,
            due_on=d.due_on,
            overdue=d.overdue,
            detail=_reason(d.reason),
            related_id=d.planned_visit_id,
        )
        for d in InspectionService(database, zone=visits.zone).inspections_due(
            today, INSPECTION_HORIZON_DAYS
        )
    ]
    alert_rows = [
        TodayItem(
            TodayKind.ALERT,
            a.id,
            a.customer_id,
            a.customer_name,
            code=a.signal_code,
            text=a.note,
            at=a.raised_at,
            severity=a.severity,
            related_id=a.visit_id,
        )
        for a in AlertService(database, actor, visits.signals, visits.zone).open_alerts()
    ]
    application_rows = [
        TodayItem(
            TodayKind.APPLICATION,
            s.id,
            s.customer_id,
            s.customer_name,
            code=s.product_code,
            detail=TodayText(
                "Today",
                APPLICATION_TEMPLATE,
                {"missing": str(s.blocking), "expiring": str(s.expiring_soon)},
            ),
        )
        for s in ApplicationService(database, actor, store).needing_attention(today)
    ]
    return TodaySummary(
        day=today,
        visits=tuple(visit_rows),
        follow_ups=tuple(follow_up_rows),
        inspections=tuple(inspection_rows),
        alerts=tuple(alert_rows),
        applications=tuple(application_rows),
    )
