"""Customer onboarding: the wizard, its input widgets and the read-only profile view."""

from __future__ import annotations

from ui.onboarding.profile_view import CustomerProfileDialog, CustomerProfileView
from ui.onboarding.wizard import OnboardingWizard

__all__ = ["CustomerProfileDialog", "CustomerProfileView", "OnboardingWizard"]
