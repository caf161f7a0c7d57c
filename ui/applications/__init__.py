"""Loan applications: the editor, the checklist window and what opens them.

Modules here import the data core (SQLAlchemy) through ``app.applications``;
import them only once the profile is open, never on the start-up path.
"""
