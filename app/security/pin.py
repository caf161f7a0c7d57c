"""PIN rules (no Qt): digits only, 6 to 12 of them, nothing easy to guess.

A refused PIN raises :class:`PinProblem`, whose messages are translated in the
Qt context ``AppLock``.
"""

from __future__ import annotations

import itertools
from typing import Any

from app.text import QT_TRANSLATE_NOOP

MIN_PIN_LENGTH = 6
MAX_PIN_LENGTH = 12

_COMMON_PINS = frozenset(
    {
        "123123",
        "112233",
        "111222",
        "121212",
        "101010",
        "147258",
        "159357",
        "147852",
        "258369",
        "520520",
        "520131",
        "131420",
        "666888",
        "888888",
        "168168",
        "123321",
        "654123",
    }
)

PIN_TEMPLATES: dict[str, str] = {
    "not_digits": QT_TRANSLATE_NOOP("AppLock", "The PIN may contain only digits"),
    "too_short": QT_TRANSLATE_NOOP("AppLock", "The PIN needs at least {min} digits"),
    "too_long": QT_TRANSLATE_NOOP("AppLock", "The PIN may have at most {max} digits"),
    "trivial": QT_TRANSLATE_NOOP(
        "AppLock",
        "This PIN is too easy to guess (repeated or consecutive digits, or a common "
        "pattern): choose another",
    ),
    "mismatch": QT_TRANSLATE_NOOP("AppLock", "The two PINs differ: type the same PIN twice"),
    "wrong_current": QT_TRANSLATE_NOOP("AppLock", "The current PIN is wrong"),
}


class PinProblem(ValueError):
    """A PIN that cannot be used: ``code`` is stable, ``template`` translatable (AppLock)."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.template = PIN_TEMPLATES[code]
        self.params = {k: str(v) for k, v in params.items()}
        super().__init__(self.text())

    def text(self) -> str:
        """The English message with its placeholders filled in."""
        return self.template.format(**self.params)


def _is_sequence(digits: str) -> bool:
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(digits)}
    return steps in ({1}, {9})


def _is_repeated_pattern(digits: str) -> bool:
    for period in (1, 2, 3):
        if len(digits) % period == 0 and digits == digits[:period] * (len(digits) // period):
            return True
    return False


def check_pin(pin: str) -> None:
    """Raise :class:`PinProblem` unless ``pin`` is an acceptable new PIN."""
    if not pin.isascii() or not pin.isdigit():
        raise PinProblem("not_digits")
    if len(pin) < MIN_PIN_LENGTH:
        raise PinProblem("too_short", min=MIN_PIN_LENGTH)
    if len(pin) > MAX_PIN_LENGTH:
        raise PinProblem("too_long", max=MAX_PIN_LENGTH)
    if _is_repeated_pattern(pin) or _is_sequence(pin) or pin in _COMMON_PINS:
        raise PinProblem("trivial")
    if len(set(pin)) <= 2:  # e.g. 110011, 100001
        raise PinProblem("trivial")
