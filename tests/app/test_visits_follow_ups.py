"""Follow-ups: created (from a visit or by hand), closed once, overdue after their day."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from app.follow_ups import FollowUpError, FollowUpService, FollowUpStatus
from app.profile import Profile
from db.models import OutboxEntry
from tests.app.test_applications import new_customer

TODAY = date(2026, 12, 1)


@pytest.fixture
def service(profile: Profile) -> FollowUpService:
    return FollowUpService(profile.database, "rm01")


def test_overdue_means_open_and_due_before_today(
    profile: Profile, service: FollowUpService
) -> None:
    customer = new_customer(profile)
    yesterday = service.create(customer, "补交财务报表", TODAY - timedelta(days=1))
    today = service.create(customer, "回访实际控制人", TODAY)
    later = service.create(customer, "续授信材料", TODAY + timedelta(days=10))
    done = service.create(customer, "核对库存", TODAY - timedelta(days=5))
    cancelled = service.create(customer, "取消的事项", TODAY - timedelta(days=3))
    service.done(done, "已核对")
    service.cancel(cancelled, "客户不再需要")
    assert [f.id for f in service.overdue(TODAY)] == [yesterday]
    assert [f.id for f in service.overdue(TODAY + timedelta(days=1))] == [yesterday, today]
    assert [f.id for f in service.due_between(TODAY, TODAY + timedelta(days=10))] == [today, later]
    assert [f.id for f in service.due_between(TODAY, TODAY + timedelta(days=9))] == [today]
    view = service.get(yesterday)
    assert view.overdue_on(TODAY) and not service.get(today).overdue_on(TODAY)
    assert view.customer_name == "杭州恒达机械有限公司"
    closed = service.get(done)
    assert closed.status == FollowUpStatus.DONE and closed.done_at is not None
    assert closed.note == "已核对" and not closed.overdue_on(TODAY)
    assert service.get(cancelled).note == "客户不再需要"
    assert len(service.list(status=FollowUpStatus.OPEN)) == 3


def test_closed_follow_ups_cannot_change_and_titles_are_required(
    profile: Profile, service: FollowUpService
) -> None:
    customer = new_customer(profile)
    with pytest.raises(FollowUpError) as error:
        service.create(customer, "   ", TODAY)
    assert error.value.code == "title.required"
    with pytest.raises(KeyError):
        service.create("nobody", "事项", TODAY)
    follow_up = service.create(customer, "  补充流水  ", TODAY, note="近6个月")
    assert service.get(follow_up).title == "补充流水"
    service.update(follow_up, due_on=TODAY + timedelta(days=7))
    assert service.get(follow_up).due_on == TODAY + timedelta(days=7)
    assert service.get(follow_up).note == "近6个月"
    service.done(follow_up)
    with pytest.raises(FollowUpError):
        service.done(follow_up)
    with pytest.raises(FollowUpError):
        service.cancel(follow_up)
    with pytest.raises(FollowUpError):
        service.update(follow_up, title="x")
    with profile.database.reading() as session:
        ops = session.scalars(
            select(OutboxEntry.op).where(OutboxEntry.entity_id == follow_up)
        ).all()
    assert ops == ["create", "update", "update"]
