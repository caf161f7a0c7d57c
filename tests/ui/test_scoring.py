"""Credit assessments as an RM makes them: statements, questions, live grade, save and submit."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date
from decimal import Decimal

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.applications import ApplicationInput, ApplicationService
from app.assessments import AssessmentService
from app.attachment_store import AttachmentStore
from app.customer_profile import CustomerProfile
from app.customers import CustomerService
from app.profile import Profile
from app.scoring import CustomerFacts, Statement, automatic_inputs, decimal_text, score
from app.scoring.ratios import STATEMENT_FIELDS
from db.unit_of_work import ImmutableRecordError
from ui.i18n import Translations
from ui.scoring.actions import ScorecardActions
from ui.scoring.dialog import ScorecardDialog
from ui.tasks import wait_for_background_work

TODAY = date(2025, 6, 30)
NAME = "杭州示例机械有限公司"
FACTS = CustomerFacts(date(2010, 5, 18), "34")

#: Two years of figures in 万元, latest first, as the RM types them.
LATEST = {
    "revenue": "5000",
    "net_profit": "150",
    "total_assets": "4000",
    "total_liabilities": "2600",
    "current_assets": "1800",
    "current_liabilities": "2000",
    "operating_cash_flow": "220",
    "inventory": "500",
    "receivables": "900",
}
PREVIOUS = {"revenue": "4600", "net_profit": "120", "total_assets": "3800"}
ANSWERS = {
    "owner_credit_record": "no_record",
    "collateral_type": "guarantee",
    "relationship_years": "2",
    "visit_findings": "normal",
}


# --- fixtures ----------------------------------------------------------------------------


@pytest.fixture
def customers(profile: Profile) -> CustomerService:
    return CustomerService(profile.database, "rm01")


@pytest.fixture
def customer_id(customers: CustomerService) -> str:
    saved = customers.save(
        CustomerProfile(
            name=NAME, registration_date=date(2010, 5, 18), industry_code="C34", credit_type="new"
        )
    )
    assert saved.id is not None
    return saved.id


@pytest.fixture
def service(profile: Profile) -> AssessmentService:
    return AssessmentService(profile.database, "rm01")


def settle() -> None:
    """Let every background task and the callbacks it posts finish."""
    for _ in range(3):
        wait_for_background_work()
        QApplication.processEvents()


@pytest.fixture
def actions(
    qtbot: QtBot,
    translations: Translations,
    customers: CustomerService,
    service: AssessmentService,
) -> Iterator[ScorecardActions]:
    parent = QWidget()
    parent.resize(1024, 700)
    made = ScorecardActions(service, customers, parent, TODAY)
    yield made
    settle()
    shiboken6.delete(parent)  # its windows and their pending answers go with it
    settle()  # no read or write may outlive the profile's database


@pytest.fixture
def dialog(qtbot: QtBot, actions: ScorecardActions, customer_id: str) -> ScorecardDialog:
    opened = actions.open_for_customer(customer_id)
    qtbot.waitUntil(lambda: opened.snapshot is not None)
    return opened


# --- acting like a person --------------------------------------------------------------


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def focus(qtbot: QtBot, widget: QWidget) -> None:
    """Click into ``widget`` (its window active again: offscreen, a closed box may keep it)."""
    window = widget.window()
    if QApplication.activeWindow() is not window:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def type_into(qtbot: QtBot, line: QLineEdit, text: str) -> None:
    """Click into ``line``, replace its text, and leave with Tab."""
    focus(qtbot, line)
    line.selectAll()
    qtbot.keyClick(line, Qt.Key.Key_Delete)
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Tab)


def choose(qtbot: QtBot, combo: QComboBox, value: str) -> None:
    """Pick the entry with ``value`` with the keyboard, as from the open list."""
    focus(qtbot, combo)
    target = combo.findData(value)
    assert target >= 0, value
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def tr(text: str, context: str = "ScorecardDialog") -> str:
    """``text`` as the UI shows it now (translated once the translations have it)."""
    return QCoreApplication.translate(context, text)


def yuan(wan: str) -> Decimal:
    return Decimal(wan) * 10_000


def expected(
    dialog: ScorecardDialog,
    years: list[tuple[date, Mapping[str, str]]],
    answers: Mapping[str, str],
) -> tuple[str, str]:
    """(score, grade) the engine gives for these figures and answers, worked out apart."""
    statements = [
        Statement(period_end, **{k: yuan(v) for k, v in figures.items()})  # type: ignore[arg-type]
        for period_end, figures in years
        if figures
    ]
    inputs = {**automatic_inputs(dialog.model, FACTS, statements, TODAY), **answers}
    result = score(dialog.model, inputs)
    assert result.grade is not None
    return decimal_text(result.score), result.grade.code


def wait_shown(qtbot: QtBot, dialog: ScorecardDialog, score_and_grade: tuple[str, str]) -> None:
    """Wait until the big score and grade read ``score_and_grade``."""
    panel = dialog.panel
    qtbot.waitUntil(
        lambda: (panel.score_label.text(), panel.grade_label.text()) == score_and_grade,
        timeout=2000,
    )


def fill_in(qtbot: QtBot, dialog: ScorecardDialog) -> None:
    """Type two years of figures and answer the questions, checking the grade as it goes."""
    typed: dict[str, str] = {}
    previous: dict[str, str] = {}
    answers: dict[str, str] = {}
    latest_end, previous_end = date(2024, 12, 31), date(2023, 12, 31)
    for name in STATEMENT_FIELDS:
        type_into(qtbot, dialog.statements.cell(0, name), LATEST[name])
        typed[name] = LATEST[name]
        wait_shown(qtbot, dialog, expected(dialog, [(latest_end, typed)], answers))
    for name, value in PREVIOUS.items():
        type_into(qtbot, dialog.statements.cell(1, name), value)
        previous[name] = value
    years = [(latest_end, typed), (previous_end, previous)]
    wait_shown(qtbot, dialog, expected(dialog, years, answers))
    for name, value in ANSWERS.items():
        editor = dialog.form.editor(name)
        if isinstance(editor, QComboBox):
            choose(qtbot, editor, value)
        else:
            type_into(qtbot, editor, value)
        answers[name] = value
        wait_shown(qtbot, dialog, expected(dialog, years, answers))


def wait_idle(qtbot: QtBot, dialog: ScorecardDialog) -> None:
    qtbot.waitUntil(lambda: dialog.pending == 0)
    settle()


def submit_through_confirmation(qtbot: QtBot, dialog: ScorecardDialog) -> None:
    click(qtbot, dialog.submit_button)
    box = dialog.message_box
    assert box is not None and box.objectName() == "confirmSubmit"
    assert tr("A submitted assessment cannot be changed.") in box.informativeText()
    confirm = next(b for b in box.buttons() if b.text() == tr("Submit"))
    click(qtbot, confirm)
    qtbot.waitUntil(lambda: dialog.current is not None and dialog.current.is_submitted)
    wait_idle(qtbot, dialog)


# --- the live grade ----------------------------------------------------------------------


def test_the_grade_follows_the_statements_and_answers_as_they_are_typed(
    qtbot: QtBot, dialog: ScorecardDialog
) -> None:
    # Years in business and industry risk come from the profile, read-only.
    years = dialog.form.editor("years_in_business")
    assert isinstance(years, QLineEdit) and years.text() == "15" and years.isReadOnly()
    assert not dialog.form.editor("industry_risk").isEnabled()
    wait_shown(qtbot, dialog, expected(dialog, [], {}))

    fill_in(qtbot, dialog)

    assert (dialog.panel.score_label.text(), dialog.panel.grade_label.text()) == ("60", "BB")
    assert dialog.panel.grade_name.text() == "关注"
    assert "300" in dialog.panel.terms.text() and "140" in dialog.panel.terms.text()
    assert dialog.ratios.values["current_ratio"].text() == "0.9 倍"
    assert dialog.ratios.values["revenue_growth"].text() == "8.7%"
    assert dialog.panel.chart.bar_count() == len(dialog.model.characteristics) == 12
    below = {b.characteristic for b in dialog.panel.chart.bars if b.below}
    assert below == {
        "debt_to_asset_score",
        "current_ratio_score",
        "owner_credit_score",
        "collateral_score",
    }
    reasons = dialog.panel.reason_lines()
    assert reasons[0] == "1. 实际控制人无征信记录，信用历史无法核实"
    assert len(reasons) == 4


def test_a_suggestion_reaches_the_next_grade_when_tried(
    qtbot: QtBot, dialog: ScorecardDialog
) -> None:
    fill_in(qtbot, dialog)
    lines = dialog.panel.improvement_lines()
    sentence = tr("{input} from {old} to {new}: +{points} points → {grade}", "ScorecardTexts")
    assert (
        "• "
        + sentence.format(input="流动比率", old="0.9 倍", new="1.2 倍", points="4", grade="BBB")
        in lines
    )
    assert (
        "• "
        + sentence.format(
            input="实际控制人征信记录", old="无征信记录", new="无逾期", points="8", grade="BBB"
        )
        in lines
    )
    buttons = {b.objectName(): b for b in dialog.panel.try_buttons if b is not None}
    assert set(buttons) == {"try_owner_credit_record", "try_collateral_type"}  # not ratios

    click(qtbot, buttons["try_owner_credit_record"])

    assert dialog.form.editor("owner_credit_record").currentData() == "clean"
    wait_shown(qtbot, dialog, ("68", "BBB"))
    assert dialog.dirty


def test_invalid_text_shows_a_message_at_the_field_and_is_kept(
    qtbot: QtBot, dialog: ScorecardDialog, service: AssessmentService, customer_id: str
) -> None:
    fill_in(qtbot, dialog)
    field, message = (
        dialog.form.editor("relationship_years"),
        dialog.form.message("relationship_years"),
    )
    assert isinstance(field, QLineEdit)

    type_into(qtbot, field, "2y")

    assert field.text() == "2y"
    qtbot.waitUntil(message.isVisible)
    assert message.text() == QCoreApplication.translate("Scoring", "Enter a number")
    wait_shown(qtbot, dialog, ("58", "BB"))  # counted as missing: 0 instead of 2 points

    type_into(qtbot, field, "150")
    assert message.text() == QCoreApplication.translate(
        "Scoring", "Enter a value in the range {range}"
    ).format(range="[0, 100]")

    type_into(qtbot, field, "2")
    qtbot.waitUntil(lambda: not message.isVisible())
    wait_shown(qtbot, dialog, ("60", "BB"))

    # A statement figure that is no amount is kept, named under the grid, and not used.
    cell = dialog.statements.cell(0, "current_assets")
    type_into(qtbot, cell, "18OO")
    assert cell.text() == "18OO" and cell.property("invalid") is True
    assert dialog.statements.message.isVisible()
    qtbot.waitUntil(lambda: dialog.ratios.values["current_ratio"].text() == "—")

    click(qtbot, dialog.save_button)
    box = dialog.message_box
    assert box is not None and box.objectName() == "scorecardMessage"
    box.close()
    settle()
    assert service.history(customer_id) == [] and service.statements(customer_id) == []
    assert cell.text() == "18OO"


# --- saving and submitting -----------------------------------------------------------


def test_save_submit_and_supersede(
    qtbot: QtBot, dialog: ScorecardDialog, service: AssessmentService, customer_id: str
) -> None:
    fill_in(qtbot, dialog)
    assert dialog.dirty

    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.current is not None)
    wait_idle(qtbot, dialog)

    [draft] = service.history(customer_id)
    assert draft.status == "draft" and draft.score == 60 and draft.grade == "BB"
    assert draft.inputs["owner_credit_record"] == "no_record"
    assert draft.inputs["current_ratio"] == "0.9"
    statements = service.statements(customer_id)
    assert [s.period_end for s in statements] == [date(2024, 12, 31), date(2023, 12, 31)]
    assert statements[0].revenue == Decimal("50000000.00")
    assert not dialog.dirty
    assert "rm01" in dialog.banner.text()

    submit_through_confirmation(qtbot, dialog)

    submitted = service.load(draft.id)
    assert submitted.is_submitted and submitted.grade == "BB"
    assert dialog.banner.text().startswith(
        tr("Submitted by {user} at {time}. A submitted assessment cannot be changed.").split(
            "{user}"
        )[0]
        + "rm01"
    )
    assert not dialog.save_button.isVisible() and not dialog.submit_button.isVisible()
    assert dialog.new_button.isVisible()
    assert not dialog.form.editor("owner_credit_record").isEnabled()
    relationship = dialog.form.editor("relationship_years")
    assert isinstance(relationship, QLineEdit) and relationship.isReadOnly()
    assert dialog.statements.cell(0, "revenue").isReadOnly()
    assert dialog.panel.score_label.text() == "60"
    assert dialog.panel.try_buttons and not any(dialog.panel.try_buttons)
    with pytest.raises(ImmutableRecordError):
        service.save_draft(customer_id, dialog.model, {}, assessment_id=draft.id)

    click(qtbot, dialog.new_button)
    qtbot.waitUntil(lambda: dialog.current is not None and dialog.current.id != draft.id)
    wait_idle(qtbot, dialog)

    current = dialog.current
    assert current is not None and not current.is_submitted
    assert current.supersedes_id == draft.id
    assert service.load(draft.id).superseded_by == current.id
    assert dialog.form.editor("owner_credit_record").currentData() == "no_record"
    assert dialog.form.editor("owner_credit_record").isEnabled()
    assert dialog.save_button.isVisible() and not dialog.new_button.isVisible()
    wait_shown(qtbot, dialog, ("60", "BB"))


def test_a_history_entry_is_shown_read_only_and_the_typing_comes_back(
    qtbot: QtBot, dialog: ScorecardDialog, service: AssessmentService, customer_id: str
) -> None:
    fill_in(qtbot, dialog)
    submit_through_confirmation(qtbot, dialog)
    click(qtbot, dialog.new_button)
    qtbot.waitUntil(lambda: dialog.current is not None and not dialog.current.is_submitted)
    wait_idle(qtbot, dialog)
    choose(qtbot, dialog.form.editor("owner_credit_record"), "clean")
    wait_shown(qtbot, dialog, ("68", "BBB"))
    history = dialog.history
    assert history.topLevelItemCount() == 2
    old = history.topLevelItem(1)
    assert old is not None
    superseded = tr("Superseded", "AssessmentStatus")
    assert [old.text(1), old.text(2), old.text(3)] == ["60", "BB", superseded]

    dialog.tabs.setCurrentWidget(history)
    history.scrollToItem(old)
    qtbot.mouseClick(
        history.viewport(), Qt.MouseButton.LeftButton, pos=history.visualItemRect(old).center()
    )

    assert dialog.viewing is not None and dialog.back_button.isVisible()
    wait_shown(qtbot, dialog, ("60", "BB"))
    assert dialog.form.editor("owner_credit_record").currentData() == "no_record"
    assert not dialog.form.editor("owner_credit_record").isEnabled()
    assert not dialog.save_button.isVisible() and not dialog.new_button.isVisible()

    click(qtbot, dialog.back_button)

    assert dialog.viewing is None
    assert dialog.form.editor("owner_credit_record").currentData() == "clean"
    assert dialog.form.editor("owner_credit_record").isEnabled()
    wait_shown(qtbot, dialog, ("68", "BBB"))


# --- windows -------------------------------------------------------------------------


def test_one_window_per_customer_and_application(
    qtbot: QtBot,
    profile: Profile,
    actions: ScorecardActions,
    customer_id: str,
    service: AssessmentService,
) -> None:
    applications = ApplicationService(
        profile.database, "rm01", AttachmentStore(profile.paths.attachments)
    )
    application_id = applications.save(
        ApplicationInput(customer_id, "short_term_credit", Decimal("3000000"), 12)
    )
    first = actions.open_for_customer(customer_id)
    assert actions.open_for_customer(customer_id) is first
    second = actions.open_for_customer(customer_id, application_id)
    assert second is not first and actions.last_dialog is second
    qtbot.waitUntil(lambda: second.snapshot is not None)
    choose(qtbot, second.form.editor("visit_findings"), "good")

    click(qtbot, second.save_button)
    qtbot.waitUntil(lambda: second.current is not None)
    wait_idle(qtbot, second)

    [saved] = service.history(customer_id)
    assert saved.application_id == application_id and saved.inputs["visit_findings"] == "good"
    first.reject()  # nothing typed there: closes at once
    qtbot.waitUntil(lambda: not shiboken6.isValid(first) or not first.isVisible())
    assert actions.open_for_customer(customer_id) is not first


def test_closing_with_unsaved_changes_asks_first(qtbot: QtBot, dialog: ScorecardDialog) -> None:
    choose(qtbot, dialog.form.editor("visit_findings"), "good")
    dialog.reject()
    box = dialog.message_box
    assert box is not None and box.objectName() == "confirmDiscard"
    assert dialog.isVisible()
    box.reject()
    settle()
    assert dialog.isVisible()


def test_english_labels_and_a_small_screen(
    qtbot: QtBot, dialog: ScorecardDialog, translations: Translations
) -> None:
    fill_in(qtbot, dialog)
    translations.apply("en")
    QApplication.sendEvent(dialog, QEvent(QEvent.Type.LanguageChange))
    qtbot.waitUntil(
        lambda: (
            dialog.panel.reason_lines()[:1]
            == ["1. The owner has no credit record, so the credit history cannot be checked"]
        )
    )
    assert dialog.panel.grade_name.text() == "Watch"
    assert dialog.ratios.values["current_ratio"].text() == "0.9 times"
    assert dialog.form.fields["owner_credit_record"].caption.text() == "Owner's credit record"
    hint = dialog.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 700
    assert dialog.width() <= 1024 and dialog.height() <= 700


def test_the_confirmation_can_be_cancelled(
    qtbot: QtBot, dialog: ScorecardDialog, service: AssessmentService, customer_id: str
) -> None:
    choose(qtbot, dialog.form.editor("visit_findings"), "good")
    click(qtbot, dialog.submit_button)
    box = dialog.message_box
    assert box is not None
    assert tr("Not filled in: {items}").split("{items}")[0] in box.informativeText()
    click(qtbot, box.button(QMessageBox.StandardButton.Cancel))
    settle()
    assert service.history(customer_id) == [] and dialog.current is None


def test_stored_statements_are_shown_and_a_moved_period_end_replaces_the_old_one(
    qtbot: QtBot, actions: ScorecardActions, service: AssessmentService, customer_id: str
) -> None:
    service.save_statement(
        customer_id, date(2024, 6, 30), {"revenue": yuan("2400"), "total_assets": yuan("4000")}
    )
    dialog = actions.open_for_customer(customer_id)
    qtbot.waitUntil(lambda: dialog.snapshot is not None)
    assert dialog.statements.dates[0].date_value() == date(2024, 6, 30)
    assert dialog.statements.dates[1].date_value() == date(2023, 6, 30)
    assert dialog.statements.cell(0, "revenue").text() == "2,400.00"

    focus(qtbot, dialog.statements.dates[0])
    dialog.statements.dates[0].set_date_value(date(2024, 12, 31))  # chosen in the calendar
    type_into(qtbot, dialog.statements.cell(0, "total_liabilities"), "2600")
    qtbot.waitUntil(lambda: dialog.ratios.values["debt_to_asset"].text() == "65%")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: dialog.current is not None)
    wait_idle(qtbot, dialog)

    [stored] = service.statements(customer_id)
    assert stored.period_end == date(2024, 12, 31) and stored.revenue == yuan("2400")
    assert stored.total_liabilities == yuan("2600")

    type_into(qtbot, dialog.statements.cell(0, "net_profit"), "100")
    click(qtbot, dialog.save_button)
    wait_idle(qtbot, dialog)
    [again] = service.statements(customer_id)
    assert again.id == stored.id and again.net_profit == yuan("100")
