"""Style of the onboarding dialogs, on top of the application's style sheet."""

from __future__ import annotations

ONBOARDING_STYLE = """
QListWidget#onboardingSteps { font-size: 11pt; padding: 4px; border: none; background: #f4f6f8; }
QListWidget#onboardingSteps::item { padding: 8px 6px; border-radius: 4px; }
QListWidget#onboardingSteps::item:selected { background: #c8102e; color: white; }
QLabel#pageHeading { font-size: 14pt; font-weight: bold; padding: 4px 0 8px 0; }
QLabel#nextWarning { background: #fff4e5; border: 1px solid #f0b429; border-radius: 4px;
                     padding: 6px; }
QLabel#saveStatus { color: #4a5560; }
QFrame#assessmentPanel { background: white; border: 1px solid #dde2e6; border-radius: 6px; }
"""
