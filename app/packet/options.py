"""What the RM chooses for a packet: language, attachments, ID masking, letterhead."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from app.packet.labels import Lang

log = logging.getLogger(__name__)

#: The letterhead file in a profile folder (optional; defaults otherwise).
LETTERHEAD_FILE = "letterhead.json"


@dataclass(frozen=True)
class Letterhead:
    """The bank and branch printed on every page, in both languages."""

    bank_zh: str = "某某商业银行"
    branch_zh: str = "杭州分行"
    bank_en: str = "Sample Commercial Bank"
    branch_en: str = "Hangzhou Branch"

    def text(self, lang: Lang) -> str:
        """Bank and branch in ``lang``, e.g. ``"某某商业银行 杭州分行"``."""
        if lang == "zh_CN":
            return f"{self.bank_zh} {self.branch_zh}".strip()
        return f"{self.bank_en}, {self.branch_en}".strip(", ")


def load_letterhead(path: Path) -> Letterhead:
    """The letterhead in ``path`` (JSON with bank_zh, branch_zh, bank_en, branch_en).

    Missing keys keep their defaults; a missing or unreadable file gives the defaults.
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Letterhead()
    except (OSError, ValueError) as exc:
        log.warning("letterhead %s unreadable, using the default: %s", path, exc)
        return Letterhead()
    if not isinstance(raw, dict):
        return Letterhead()
    default = Letterhead()
    values = {
        key: str(raw[key]).strip() if isinstance(raw.get(key), str) else getattr(default, key)
        for key in ("bank_zh", "branch_zh", "bank_en", "branch_en")
    }
    return Letterhead(**values)


def letterhead_for(profile_root: Path) -> Letterhead:
    """The letterhead of the profile in ``profile_root`` (its ``letterhead.json``, if any)."""
    return load_letterhead(profile_root / LETTERHEAD_FILE)


@dataclass(frozen=True)
class PacketOptions:
    """How to print a packet.

    ``full_ids`` prints ID numbers in full (masked to the last 4 otherwise);
    ``printed_at`` (timezone-aware) defaults to now; it is printed in the footer
    and the watermark but is not part of the packet data.
    """

    lang: Lang = "zh_CN"
    with_attachments: bool = False
    full_ids: bool = False
    letterhead: Letterhead = field(default_factory=Letterhead)
    printed_at: datetime | None = None
