"""Why the server refuses a mutation: codes and English templates (context ``"Sync"``).

Problems found by the shared validation code (:mod:`app.validation`) keep their
own codes and templates; these are the ones only the server can find.
"""

from __future__ import annotations

from app.sync_wire import WireProblem
from app.text import QT_TRANSLATE_NOOP
from app.validation import Problem

TEMPLATES: dict[str, str] = {
    "not_found": QT_TRANSLATE_NOOP(
        "Sync", "This record is not on the server, or it is not in your portfolio"
    ),
    "parent.missing": QT_TRANSLATE_NOOP(
        "Sync", "The {parent} this belongs to is not on the server, or not in your portfolio"
    ),
    "dependency.rejected": QT_TRANSLATE_NOOP(
        "Sync", "Not saved because an earlier change it depends on was not saved"
    ),
    "record.exists": QT_TRANSLATE_NOOP("Sync", "A record with this id already exists"),
    "record.deleted": QT_TRANSLATE_NOOP("Sync", "This record was deleted on the server"),
    "record.final": QT_TRANSLATE_NOOP(
        "Sync", "This record is final ({state}) and can no longer change"
    ),
    "entity.read_only": QT_TRANSLATE_NOOP("Sync", "Only the bank's systems change these records"),
    "record.append_only": QT_TRANSLATE_NOOP(
        "Sync", "This is an audit record: it cannot be changed or deleted"
    ),
    "field.unknown": QT_TRANSLATE_NOOP("Sync", "The server does not know this field"),
    "field.immutable": QT_TRANSLATE_NOOP("Sync", "This field cannot change once saved"),
    "field.required": QT_TRANSLATE_NOOP("Sync", "This must be filled in"),
    "type.invalid": QT_TRANSLATE_NOOP("Sync", "Expected {expected}"),
    "length.too_long": QT_TRANSLATE_NOOP(
        "Sync", "Too long: at most {maximum} characters, this has {length}"
    ),
    "choice.unknown": QT_TRANSLATE_NOOP("Sync", "“{value}” is not one of the choices"),
    "reference.invalid": QT_TRANSLATE_NOOP(
        "Sync", "The linked {entity} is not on the server or belongs to another customer"
    ),
    "status.transition": QT_TRANSLATE_NOOP(
        "Sync", "The status cannot change from {current} to {target} here"
    ),
    "application.locked": QT_TRANSLATE_NOOP(
        "Sync", "The application is {status}: it can no longer be edited"
    ),
    "mutation.reused": QT_TRANSLATE_NOOP(
        "Sync", "This change id was already used for a different change"
    ),
    "undelete": QT_TRANSLATE_NOOP("Sync", "A deleted record cannot be restored"),
    "attachment.size": QT_TRANSLATE_NOOP(
        "Sync", "The file size must be between 1 byte and {maximum} bytes"
    ),
    "attachment.sha256": QT_TRANSLATE_NOOP(
        "Sync", "The file hash must be 64 lower-case hexadecimal characters"
    ),
    "checklist.transition": QT_TRANSLATE_NOOP("Sync", "{message}"),
}


def problem(field: str, code: str, **params: str) -> Problem:
    """A server :class:`Problem` from :data:`TEMPLATES`."""
    return Problem(field, code, TEMPLATES[code], dict(params))


def to_wire(found: Problem) -> WireProblem:
    """The wire form of a problem (shared or server's)."""
    return WireProblem(
        field=found.field,
        code=found.code,
        message=found.text(),
        template=found.template,
        params=dict(found.params),
    )
