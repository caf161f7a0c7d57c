"""Printable loan application packets (PDF), built offline with reportlab.

Typical use::

    facts = load_packet_facts(database, actor, store, application_id)
    result = build_packet(facts, PacketOptions(lang="zh_CN", with_attachments=True))
    result.write(path); result.pages; result.sha256  # digest of the packet data

The packet data (:func:`packet_data`) is the canonical JSON of the facts
printed; its SHA-256 is printed on the cover and carried by the QR code with the
application id, so the branch can recompute it from the synced records.
"""

from __future__ import annotations

from app.packet.builder import PacketResult, build_application_packet, build_packet
from app.packet.data import (
    DATA_FORMAT,
    PacketFacts,
    canonical_json,
    data_sha256,
    load_packet_facts,
    mask_id_number,
    packet_data,
    short_id,
)
from app.packet.labels import LANGS, Lang
from app.packet.options import Letterhead, PacketOptions, letterhead_for, load_letterhead
from app.packet.qr import QrPayload, parse_payload

__all__ = [
    "DATA_FORMAT",
    "LANGS",
    "Lang",
    "Letterhead",
    "PacketFacts",
    "PacketOptions",
    "PacketResult",
    "QrPayload",
    "build_application_packet",
    "build_packet",
    "canonical_json",
    "data_sha256",
    "letterhead_for",
    "load_letterhead",
    "load_packet_facts",
    "mask_id_number",
    "packet_data",
    "parse_payload",
    "short_id",
]
