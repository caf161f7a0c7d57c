"""PySide6 user interface. Talks to app/ services only."""
