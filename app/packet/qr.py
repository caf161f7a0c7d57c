"""The cover's QR code: the application id and the SHA-256 of the packet data.

Payload: ``RMDESK-PACKET:1:<application id>:<sha256 hex>``; :func:`parse_payload`
reads it back (the branch's check).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reportlab.graphics.barcode.qr import QrCode
from reportlab.platypus import Flowable

PREFIX = "RMDESK-PACKET:1:"
_PAYLOAD = re.compile(r"RMDESK-PACKET:1:(?P<id>[0-9A-Za-z-]{1,64}):(?P<sha>[0-9a-f]{64})\Z")


@dataclass(frozen=True)
class QrPayload:
    """What the QR code says."""

    application_id: str
    sha256: str


def payload(application_id: str, sha256: str) -> str:
    """The QR text for ``application_id`` and the packet data's ``sha256``."""
    return f"{PREFIX}{application_id}:{sha256}"


def parse_payload(text: str) -> QrPayload:
    """The application id and digest in a QR text; ValueError if it is not a packet's."""
    match = _PAYLOAD.match(text.strip())
    if match is None:
        raise ValueError(f"not an RM Desk packet code: {text!r}")
    return QrPayload(match["id"], match["sha"])


def qr_flowable(text: str, size: float) -> Flowable:
    """A ``size`` × ``size`` point QR code of ``text`` (level M, 4-module quiet zone).

    Drawn straight on the canvas as rectangles: unlike a graphics Drawing it sets
    no font (a Drawing would pull in an unembedded Helvetica).
    """
    flowable: Flowable = QrCode(text, width=size, height=size, qrLevel="M", qrBorder=4)
    return flowable
