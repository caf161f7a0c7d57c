"""Visits, follow-ups and early-warning alerts in the desktop UI.

- :mod:`ui.visits.actions` – :class:`~ui.visits.actions.VisitActions`: services and windows;
- :mod:`ui.visits.dialog` – the visit log dialog (plan, complete, cancel, files, .ics);
- :mod:`ui.visits.calendar` – the week / month calendar with drag to reschedule;
- :mod:`ui.visits.alerts` – resolving alerts, their history, the profile's alert bar;
- :mod:`ui.visits.today_board` – the Today page's visit, follow-up, inspection, alert lists.

Modules are imported when first needed (nothing here), keeping them off the start-up path.
"""
