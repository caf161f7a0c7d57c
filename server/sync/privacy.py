"""Privacy reveals in the server's audit log: one ``privacy.reveal`` event per reveal.

A client records each time someone shows a masked ID number or phone in full
(entity ``privacy_reveals``, append-only). Besides the ``sync.create`` event
every applied mutation gets, the push writes a ``privacy.reveal`` event on the
customer, so the bank finds every reveal of a customer's data in one place::

    SELECT at, username, device_id, detail FROM audit_events
    WHERE action = 'privacy.reveal' AND entity_id = :customer_id
"""

from __future__ import annotations

from typing import Any

#: The entity whose records are reveal events.
REVEALS = "privacy_reveals"
#: The audit action of a reveal.
REVEAL_ACTION = "privacy.reveal"
#: The reveal's fields copied into the event's detail.
_DETAIL = ("field", "record_id", "context", "revealed_by", "revealed_at")


def reveal_event(
    sync_event: dict[str, Any], customer_id: str, data: dict[str, Any]
) -> dict[str, Any]:
    """The ``privacy.reveal`` audit row for an applied reveal, beside its ``sync_event`` row."""
    detail = {name: data.get(name) for name in _DETAIL}
    detail["reveal_id"] = sync_event["entity_id"]
    return {
        **sync_event,
        "action": REVEAL_ACTION,
        "entity": "customers",
        "entity_id": customer_id,
        "detail": detail,
    }
