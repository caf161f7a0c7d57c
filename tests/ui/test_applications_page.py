"""The Applications page: stages, the three-day clock (overdue rows), filters, the decision;
and a branch manager's RM column and filter (Applications, Customers, Dashboard).

The clock is fixed: today is Thursday 2026-11-26. An application the server
stamped on Friday 11-20 has waited four business days (Mon–Thu): overdue.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from app.applications import ApplicationService
from app.attachment_store import AttachmentStore
from app.customer_profile import CustomerProfile
from app.customers import CustomerService
from app.pipeline import Stage
from app.profile import Profile
from app.sync.credentials import save_role
from db.models import Customer
from tests.app.test_applications import WAN, working_capital
from tests.app.test_pipeline import china, client_submits, server_sets
from ui.applications.actions import ApplicationActions
from ui.applications.model import KEYS, OVERDUE_BACKGROUND
from ui.pages.applications import ApplicationsPage
from ui.pages.customers import CustomersPage
from ui.pages.dashboard import DashboardPage
from ui.tasks import wait_for_background_work
from ui.thumbnails import ThumbnailCache

THURSDAY = date(2026, 11, 26)


def settle() -> None:
    for _ in range(3):
        wait_for_background_work()
        QApplication.processEvents()


@dataclass
class Book:
    overdue: str  # under review since Fri 11-20: 4 business days
    waiting: str  # under review since Tue 11-24: 2 business days
    approved: str
    draft: str


@pytest.fixture
def book(profile: Profile) -> Book:
    customers = CustomerService(profile.database, "rm01")
    ids = []
    for name, rm, segment in (
        ("温州恒达五金有限公司", "rm_li", "五金产业集群"),
        ("义乌鑫源商贸有限公司", "rm_wang", "专业市场商户"),
    ):
        saved = customers.save(
            CustomerProfile(name=name, registration_date=date(2012, 3, 1), segment=segment)
        )
        assert saved.id is not None
        ids.append(saved.id)
        with profile.database.unit_of_work("sync") as uow:  # as the server assigns them
            uow.session.info["applying_remote"] = True
            uow.session.execute(
                update(Customer).where(Customer.id == saved.id).values(assigned_rm=rm)
            )
    li, wang = ids
    service = ApplicationService(
        profile.database, "rm01", AttachmentStore(profile.paths.attachments)
    )

    def application(customer: str, wan: int) -> str:
        return service.save(working_capital(customer, amount=Decimal(wan) * WAN), THURSDAY)

    book = Book(
        application(li, 300), application(wang, 400), application(li, 500), application(wang, 200)
    )
    for app_id, day in ((book.overdue, 20), (book.waiting, 24), (book.approved, 16)):
        client_submits(profile, app_id)
        server_sets(profile, app_id, submitted_at=china(date(2026, 11, day)))
    server_sets(
        profile,
        book.approved,
        status="approved",
        decided_at=china(date(2026, 11, 18), 15),
        decided_by="credit07",
        decision_terms={
            "amount": "4500000.00",
            "term_months": 12,
            "annual_rate": "3.85",
            "conditions": ["Personal guarantee of the actual controller"],
        },
    )
    return book


@pytest.fixture
def actions(qtbot: QtBot, profile: Profile) -> Iterator[ApplicationActions]:
    parent = QWidget()
    made = ApplicationActions(
        ApplicationService(profile.database, "rm01", AttachmentStore(profile.paths.attachments)),
        CustomerService(profile.database, "rm01"),
        AttachmentStore(profile.paths.attachments),
        ThumbnailCache(profile.paths.thumbnails),
        parent,
        THURSDAY,
    )
    yield made
    settle()
    shiboken6.delete(parent)
    settle()


def open_page(qtbot: QtBot, actions: ApplicationActions) -> ApplicationsPage:
    page = ApplicationsPage(today=lambda: THURSDAY)
    qtbot.addWidget(page)
    page.attach(actions)
    page.resize(800, 600)
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()
    settle()
    return page


def row_of(page: ApplicationsPage, application_id: str) -> int:
    assert page.model is not None
    rows = [
        r for r in range(page.model.rowCount()) if page.model.application_id(r) == application_id
    ]
    assert len(rows) == 1
    return rows[0]


def cell(
    page: ApplicationsPage, row: int, key: str, role: int = Qt.ItemDataRole.DisplayRole
) -> object:
    assert page.model is not None
    return page.model.index(row, KEYS.index(key)).data(role)


def shown(page: ApplicationsPage) -> set[str]:
    assert page.model is not None
    return {page.model.application_id(r) for r in range(page.model.rowCount())}


def choose(qtbot: QtBot, page: ApplicationsPage, combo_name: str, value: object) -> None:
    from PySide6.QtWidgets import QComboBox

    combo = page.findChild(QComboBox, combo_name)
    assert combo is not None and combo.isVisible()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        combo.setCurrentIndex(combo.findData(value))


def test_overdue_is_highlighted_with_colour_icon_and_words(
    qtbot: QtBot, book: Book, actions: ApplicationActions
) -> None:
    page = open_page(qtbot, actions)
    assert shown(page) == {book.overdue, book.waiting, book.approved, book.draft}
    late = row_of(page, book.overdue)
    assert cell(page, late, "stage") == "Under review"
    assert cell(page, late, "answer") == "Overdue: 4 business days"
    assert cell(page, late, "answer", Qt.ItemDataRole.DecorationRole) is not None  # an icon
    assert all(
        cell(page, late, key, Qt.ItemDataRole.BackgroundRole) == OVERDUE_BACKGROUND for key in KEYS
    )
    on_time = row_of(page, book.waiting)
    assert cell(page, on_time, "answer") == "2 of 3 business days"
    assert cell(page, on_time, "answer", Qt.ItemDataRole.BackgroundRole) is None
    assert cell(page, on_time, "answer", Qt.ItemDataRole.DecorationRole) is None
    assert cell(page, row_of(page, book.approved), "answer") == "Answered in 2 business days"
    assert cell(page, row_of(page, book.draft), "stage") == "Draft"

    with qtbot.waitSignal(page.loaded, timeout=10_000):
        qtbot.mouseClick(page.overdue_filter, Qt.MouseButton.LeftButton)
    assert shown(page) == {book.overdue}
    assert page._count.text() == "1 applications"


def test_filter_by_stage(qtbot: QtBot, book: Book, actions: ApplicationActions) -> None:
    page = open_page(qtbot, actions)
    choose(qtbot, page, "applicationStageFilter", Stage.UNDER_REVIEW.value)
    assert shown(page) == {book.overdue, book.waiting}
    choose(qtbot, page, "applicationStageFilter", Stage.APPROVED.value)
    assert shown(page) == {book.approved}
    choose(qtbot, page, "applicationStageFilter", None)
    choose(qtbot, page, "applicationSegmentFilter", "专业市场商户")
    assert shown(page) == {book.waiting, book.draft}


def test_the_decision_is_shown_for_the_selected_application(
    qtbot: QtBot, book: Book, actions: ApplicationActions
) -> None:
    page = open_page(qtbot, actions)
    assert page.details is not None and page.details.isVisible()
    rect = page.table.visualRect(page.model.index(row_of(page, book.approved), 0))  # type: ignore[union-attr]
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    text = page.details.body.text()
    assert "Decision: Approved, by credit07" in text
    assert "450.00 万元" in text and "12 months" in text and "3.85%" in text
    assert "Personal guarantee of the actual controller" in text
    qtbot.mouseClick(page.details.open_button, Qt.MouseButton.LeftButton)
    assert actions.last_dialog is not None and actions.last_dialog.application_id == book.approved
    actions.last_dialog.close()
    rect = page.table.visualRect(page.model.index(row_of(page, book.waiting), 0))  # type: ignore[union-attr]
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "No decision yet" in page.details.body.text()


def test_an_rm_sees_no_rm_column(
    qtbot: QtBot, profile: Profile, book: Book, actions: ApplicationActions
) -> None:
    save_role(profile.database, "rm", "hz01")
    page = open_page(qtbot, actions)
    assert page.table.isColumnHidden(KEYS.index("rm"))
    assert not page.rm_filter.isVisible()
    customers = CustomersPage()
    qtbot.addWidget(customers)
    customers.attach(CustomerService(profile.database, "rm01"))
    customers.show()
    settle()
    from ui.customer_model import COLUMNS

    assert customers.table.isColumnHidden([k for k, _l in COLUMNS].index("assigned_rm"))
    assert not customers.rm_filter.isVisible()


def test_a_branch_manager_sees_every_rm_and_filters_by_rm(
    qtbot: QtBot, profile: Profile, book: Book, actions: ApplicationActions
) -> None:
    save_role(profile.database, "branch_manager", "hz01")
    page = open_page(qtbot, actions)
    qtbot.waitUntil(lambda: page.rm_filter.isVisible())
    assert not page.table.isColumnHidden(KEYS.index("rm"))
    assert cell(page, row_of(page, book.overdue), "rm") == "rm_li"
    assert [page.rm_filter.itemData(i) for i in range(page.rm_filter.count())] == [
        None,
        "rm_li",
        "rm_wang",
    ]
    choose(qtbot, page, "applicationRmFilter", "rm_wang")
    assert shown(page) == {book.waiting, book.draft}

    # the customer list: an RM column and filter too
    from ui.customer_model import COLUMNS

    customers = CustomersPage()
    qtbot.addWidget(customers)
    customers.attach(CustomerService(profile.database, "rm01"))
    customers.resize(800, 600)
    customers.show()
    qtbot.waitUntil(lambda: customers.rm_filter.isVisible(), timeout=10_000)
    settle()
    model = customers.model
    assert model is not None and model.rowCount() == 2
    rm_column = [k for k, _l in COLUMNS].index("assigned_rm")
    assert not customers.table.isColumnHidden(rm_column)
    assert {model.index(r, rm_column).data() for r in range(2)} == {"rm_li", "rm_wang"}
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        customers.rm_filter.setCurrentIndex(customers.rm_filter.findData("rm_li"))
    assert model.rowCount() == 1
    assert model.index(0, 0).data() == "温州恒达五金有限公司"

    # the dashboard: All RMs, or one RM's figures
    dashboard = DashboardPage(today=lambda: THURSDAY)
    qtbot.addWidget(dashboard)
    dashboard.attach(profile.database, "mgr01")
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        dashboard.show()
    assert dashboard.rm_selector.isVisible()
    assert dashboard.figures is not None and dashboard.figures.customers == 2
    assert dashboard.figures.stage(Stage.UNDER_REVIEW).count == 2
    with qtbot.waitSignal(dashboard.loaded, timeout=10_000):
        dashboard.rm_selector.setCurrentIndex(dashboard.rm_selector.findData("rm_li"))
    figures = dashboard.figures
    assert figures.rm == "rm_li" and figures.customers == 1
    assert figures.stage(Stage.UNDER_REVIEW).count == 1  # the overdue one
    assert figures.stage(Stage.APPROVED).count == 1
    assert figures.overdue_applications == 1
    settle()
