"""Checklist item states: the state machine, expiry, completeness and the submit gate's test.

Stored states are ``missing → received → verified`` and ``waived`` (with a
reason). ``expired`` is never stored: it is computed from the item's validity
rule, its document's dates and today's date, so it is re-evaluated every day
without a job that could be missed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from app.text import QT_TRANSLATE_NOOP


class ItemState(StrEnum):
    """What the RM has recorded for a checklist item."""

    MISSING = "missing"
    RECEIVED = "received"
    VERIFIED = "verified"
    WAIVED = "waived"


class EffectiveState(StrEnum):
    """The state shown and enforced: the stored state, or ``expired``."""

    MISSING = "missing"
    RECEIVED = "received"
    VERIFIED = "verified"
    WAIVED = "waived"
    EXPIRED = "expired"


#: Allowed moves of the stored state.
TRANSITIONS: dict[ItemState, frozenset[ItemState]] = {
    ItemState.MISSING: frozenset({ItemState.RECEIVED, ItemState.WAIVED}),
    ItemState.RECEIVED: frozenset({ItemState.VERIFIED, ItemState.MISSING, ItemState.WAIVED}),
    ItemState.VERIFIED: frozenset({ItemState.RECEIVED, ItemState.MISSING}),
    ItemState.WAIVED: frozenset({ItemState.MISSING}),
}

#: States that count as collected (unless expired).
SATISFIED = frozenset({EffectiveState.RECEIVED, EffectiveState.VERIFIED, EffectiveState.WAIVED})


class ChecklistError(ValueError):
    """A refused change to a checklist, with a translatable message."""

    def __init__(self, template: str, **params: str) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params

    def text(self) -> str:
        """The English message."""
        return self.template.format(**self.params)


def check_transition(current: ItemState, target: ItemState, reason: str = "") -> None:
    """Raise :class:`ChecklistError` unless ``current → target`` is allowed."""
    if target == current:
        return
    if target not in TRANSITIONS[current]:
        raise ChecklistError(
            QT_TRANSLATE_NOOP("Checklist", "This is not possible in the item's present state")
        )
    if target == ItemState.WAIVED and not reason.strip():
        raise ChecklistError(QT_TRANSLATE_NOOP("Checklist", "Give a reason for the waiver"))


def effective_state(state: ItemState, valid: bool | None) -> EffectiveState:
    """The state to show: received or verified documents that are not valid are ``expired``.

    ``valid`` is None when the item has no validity rule (or no document).
    """
    if state in (ItemState.RECEIVED, ItemState.VERIFIED) and valid is False:
        return EffectiveState.EXPIRED
    return EffectiveState(state.value)


@dataclass(frozen=True)
class Progress:
    """How far the required documents of an application are collected."""

    required: int
    satisfied: int

    @property
    def percent(self) -> int:
        """Completeness in whole per cent (100 when nothing is required)."""
        if self.required == 0:
            return 100
        return self.satisfied * 100 // self.required

    @property
    def complete(self) -> bool:
        """True when every required item is collected and valid."""
        return self.satisfied == self.required


def progress(items: Iterable[tuple[bool, bool, EffectiveState]]) -> Progress:
    """Completeness of ``(required, applicable, effective state)`` items."""
    required = satisfied = 0
    for is_required, applicable, state in items:
        if is_required and applicable:
            required += 1
            satisfied += state in SATISFIED
    return Progress(required, satisfied)


def is_blocking(required: bool, applicable: bool, state: EffectiveState) -> bool:
    """True for an item that stops the application from being ready to submit."""
    return required and applicable and state not in SATISFIED
