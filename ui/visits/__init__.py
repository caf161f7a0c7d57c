"""Visits, follow-ups and early-warning alerts in the desktop UI.

- :mod:`ui.visits.actions` – :class:`~ui.visits.actions.VisitActions`: services and windows;
- :mod:`ui.visits.dialog` – the visit log dialog (plan, complete, cancel, files, .ics),
  built of :mod:`~ui.visits.visit_fields` (the Visit tab), :mod:`~ui.visits.visit_form`
  (the form as data), :mod:`~ui.visits.field_rules`, :mod:`~ui.visits.visit_tabs`,
  :mod:`~ui.visits.draft_banner` and :mod:`~ui.visits.writes` (the background writes);
- :mod:`ui.visits.calendar` – the week / month calendar with drag to reschedule;
- :mod:`ui.visits.alerts` – resolving alerts, their history, the profile's alert bar;
- :mod:`ui.visits.today_board` – the Today page's visit, follow-up, inspection, alert lists.

Modules are imported when first needed (nothing here), keeping them off the start-up path.
"""
