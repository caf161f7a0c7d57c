"""Credit scorecards: the assessment window with its generated form, live grade and reasons.

Modules here import the data core (SQLAlchemy) through ``app.assessments``;
import them only once the profile is open, never on the start-up path.
"""
