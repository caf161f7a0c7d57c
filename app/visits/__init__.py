"""Customer visits: planning, on-site checks, photos, risk signals and the Today page.

Submodules (import them directly; this package imports nothing itself):

- :mod:`app.visits.times` – the RM's time zone and local-day arithmetic;
- :mod:`app.visits.types` – visit types, statuses and their transitions;
- :mod:`app.visits.templates` – notes outlines and on-site checks per type (data);
- :mod:`app.visits.service` – :class:`~app.visits.service.VisitService`;
- :mod:`app.visits.today` – the Today page's summary.
"""
