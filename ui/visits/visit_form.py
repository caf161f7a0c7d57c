"""What the RM enters on a visit, across the dialog's tabs, as data.

Read as the service's inputs (:class:`~app.visits.service.VisitInput`, and
:class:`~app.visits.service.VisitOutcome` once done) or as the plain JSON a
draft keeps; filled from a visit on file or from a draft; checked in memory
before anything is sent. Texts keep the ``VisitDialog`` translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.text import QT_TRANSLATE_NOOP
from app.visits.types import VisitStatus
from ui.visits.texts import names_text
from ui.visits.visit_fields import split_names
from ui.visits.visit_tabs import TAB_CHECKS, TAB_FOLLOW_UPS, TAB_VISIT

if TYPE_CHECKING:
    from app.validation import Problem
    from app.visits.service import VisitInput, VisitOutcome, VisitView
    from ui.visits.checks import ChecksPanel
    from ui.visits.field_rules import FieldRules
    from ui.visits.follow_up_rows import FollowUpRows
    from ui.visits.signals_panel import SignalsPanel
    from ui.visits.visit_fields import VisitFields


class VisitForm:
    """The Visit tab's fields (with their ``rules``), checks, signals and follow-ups."""

    def __init__(
        self,
        fields: VisitFields,
        rules: FieldRules,
        checks: ChecksPanel,
        signals: SignalsPanel,
        follow_ups: FollowUpRows,
    ) -> None:
        self.fields = fields
        self.rules = rules
        self.checks = checks
        self.signals = signals
        self.follow_ups = follow_ups

    def fill(self, view: VisitView, now: Callable[[], datetime]) -> None:
        """Show the visit ``view`` (``now`` starts a visit that has no time yet)."""
        fields, rules = self.fields, self.rules
        with rules.quietly():
            rules.select_type(view.visit_type)
            if view.planned_start is not None:
                rules.set_time(fields.planned_start, view.planned_start)
            if view.planned_end is not None:
                rules.set_time(fields.planned_end, view.planned_end)
            rules.set_time(fields.actual_start, view.actual_start or view.start or now())
            actual_end = view.actual_end or view.end
            if actual_end is not None:
                rules.set_time(fields.actual_end, actual_end)
            rules.planned_end_touched = True
            fields.location.setText(view.location)
            fields.attendees_bank.setText(names_text(view.attendees_bank))
            fields.attendees_customer.setText(names_text(view.attendees_customer))
            fields.purpose.setText(view.purpose)
            fields.notes.setPlainText(view.notes)
            rules.outline = ""
            self.checks.set_answers(dict(view.answers))
            self.signals.set_ticks(dict.fromkeys(view.signals, ""))
            self.follow_ups.set_existing(view.follow_ups)

    def values(self) -> dict[str, Any]:
        """What was entered, as plain JSON (a draft keeps it, with the visit's ids)."""
        fields, time = self.fields, self.rules.time
        return {
            "visit_type": fields.visit_type.currentData(),
            "planned_start": time(fields.planned_start).isoformat(),
            "planned_end": time(fields.planned_end).isoformat(),
            "actual_start": time(fields.actual_start).isoformat(),
            "actual_end": time(fields.actual_end).isoformat(),
            "location": fields.location.text(),
            "attendees_bank": fields.attendees_bank.text(),
            "attendees_customer": fields.attendees_customer.text(),
            "purpose": fields.purpose.text(),
            "notes": fields.notes.toPlainText(),
            "answers": self.checks.answers(),
            "signals": self.signals.ticks(),
            "follow_ups": [[title, due.isoformat()] for title, due in self.follow_ups.items()],
        }

    def apply_values(self, payload: dict[str, Any], done: bool) -> None:
        """Fill in what a draft kept (unknown or damaged parts are skipped).

        A ``done`` visit keeps its type, checks and signals.
        """
        fields, rules = self.fields, self.rules
        with rules.quietly():
            if not done and payload.get("visit_type"):
                rules.select_type(str(payload["visit_type"]))
                rules.type_touched = True
            for key, edit in (
                ("planned_start", fields.planned_start),
                ("planned_end", fields.planned_end),
                ("actual_start", fields.actual_start),
                ("actual_end", fields.actual_end),
            ):
                try:
                    rules.set_time(edit, datetime.fromisoformat(str(payload[key])))
                except (KeyError, ValueError):
                    continue
            rules.planned_end_touched = rules.actual_touched = True
            for key, line in (
                ("location", fields.location),
                ("attendees_bank", fields.attendees_bank),
                ("attendees_customer", fields.attendees_customer),
                ("purpose", fields.purpose),
            ):
                line.setText(str(payload.get(key) or ""))
            fields.notes.setPlainText(str(payload.get("notes") or ""))
            rules.outline = ""
            if not done:
                self.checks.set_answers(dict(payload.get("answers") or {}))
                self.signals.set_ticks(
                    {str(k): str(v) for k, v in dict(payload.get("signals") or {}).items()}
                )
            items = []
            for entry in payload.get("follow_ups") or []:
                try:
                    items.append((str(entry[0]), date.fromisoformat(str(entry[1]))))
                except (IndexError, TypeError, ValueError):
                    continue
            self.follow_ups.set_items(items)

    def visit_input(self, customer_id: str | None, visit_id: str | None) -> VisitInput:
        """The plan as entered."""
        from app.visits.service import VisitInput

        fields, time = self.fields, self.rules.time
        return VisitInput(
            customer_id=customer_id or "",
            visit_type=fields.visit_type.currentData(),
            planned_start=time(fields.planned_start),
            planned_end=time(fields.planned_end),
            location=fields.location.text(),
            attendees_bank=split_names(fields.attendees_bank.text()),
            attendees_customer=split_names(fields.attendees_customer.text()),
            purpose=fields.purpose.text(),
            notes=fields.notes.toPlainText(),
            id=visit_id,
        )

    def visit_outcome(self) -> VisitOutcome:
        """What was seen and agreed, as entered."""
        from app.follow_ups import FollowUpInput
        from app.visits.service import VisitOutcome

        fields, time = self.fields, self.rules.time
        return VisitOutcome(
            actual_start=time(fields.actual_start),
            actual_end=time(fields.actual_end),
            notes=fields.notes.toPlainText(),
            answers=self.checks.answers(),
            signals=self.signals.ticks(),
            follow_ups=[FollowUpInput(t, d) for t, d in self.follow_ups.items()],
            attendees_bank=split_names(fields.attendees_bank.text()),
            attendees_customer=split_names(fields.attendees_customer.text()),
        )

    def outcome_entered(self) -> bool:
        """Whether checks were answered, signals ticked or follow-ups added."""
        return bool(self.checks.answers() or self.signals.ticks() or self.follow_ups.items())

    def check(
        self,
        completing: bool,
        status: str,
        data: VisitInput,
        validate: Callable[[VisitInput], list[Problem]],
    ) -> int | None:
        """Check ``data`` (the plan entered) and the tabs; messages where the problems are.

        ``completing``: the visit is to be marked done. The first tab with a
        problem, or None when the visit may be sent.
        """
        fields, time = self.fields, self.rules.time
        fields.clear_messages()
        first_tab: int | None = None
        if not data.customer_id:
            fields.messages["customer"].set_message(
                QCoreApplication.translate("VisitDialog", "Choose the customer")
            )
            first_tab = TAB_VISIT
        problems = validate(data)
        if completing and time(fields.actual_end) <= time(fields.actual_start):
            from app.validation import Problem

            problems.append(Problem("actual_end", "time.end_before_start", _END_BEFORE_START))
        if problems:
            fields.show_problems(problems)
            first_tab = TAB_VISIT
        if completing and status != VisitStatus.DONE and self.checks.check_all():
            first_tab = TAB_CHECKS if first_tab is None else first_tab
        if (completing or status == VisitStatus.DONE) and not self.follow_ups.check():
            first_tab = TAB_FOLLOW_UPS if first_tab is None else first_tab
        return first_tab


_END_BEFORE_START = QT_TRANSLATE_NOOP("Visit", "The visit must end after it starts")
