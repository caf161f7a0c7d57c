"""Visit types, statuses and the moves between them."""

from __future__ import annotations

from enum import StrEnum

from app.text import QT_TRANSLATE_NOOP


class VisitType(StrEnum):
    """Why the RM visits (names and on-site checks come from the visit templates)."""

    FIRST_CONTACT = "first_contact"  # 首次拜访
    DUE_DILIGENCE = "due_diligence"  # 尽职调查
    POST_LOAN = "post_loan"  # 贷后检查
    RENEWAL = "renewal"  # 续授信
    COLLECTION = "collection"  # 催收
    OTHER = "other"


class VisitStatus(StrEnum):
    """``planned`` → ``done`` (final) or ``cancelled``; a cancelled visit may be planned again."""

    PLANNED = "planned"
    DONE = "done"
    CANCELLED = "cancelled"


#: Allowed status moves.
TRANSITIONS: dict[VisitStatus, frozenset[VisitStatus]] = {
    VisitStatus.PLANNED: frozenset({VisitStatus.DONE, VisitStatus.CANCELLED}),
    VisitStatus.DONE: frozenset(),
    VisitStatus.CANCELLED: frozenset({VisitStatus.PLANNED}),
}


class VisitError(ValueError):
    """A refused visit change; ``template`` (context ``Visit``) filled with ``params``."""

    context = "Visit"

    def __init__(self, code: str, template: str, **params: str) -> None:
        self.code = code
        self.template = template
        self.params = params
        super().__init__(self.text())

    def text(self) -> str:
        """The English message, placeholders filled in."""
        return self.template.format(**self.params)


_MOVE_REFUSED = {
    VisitStatus.DONE: QT_TRANSLATE_NOOP("Visit", "This visit is done and can no longer change"),
    VisitStatus.CANCELLED: QT_TRANSLATE_NOOP(
        "Visit", "This visit is cancelled: plan it again first"
    ),
    VisitStatus.PLANNED: QT_TRANSLATE_NOOP("Visit", "This visit is still planned"),
}


def check_transition(current: VisitStatus, target: VisitStatus) -> None:
    """Raise :class:`VisitError` unless a visit may move from ``current`` to ``target``."""
    if target not in TRANSITIONS[current]:
        raise VisitError(f"status.{current.value}", _MOVE_REFUSED[current])
