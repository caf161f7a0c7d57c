"""The RM dashboard: charts and tiles of :mod:`app.rm_dashboard`, exportable to .xlsx."""
