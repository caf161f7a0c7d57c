"""Texts the app already translates, looked up in the UI's own translation file.

Rule explanations (size, eligibility, validity) and the words of states and
profile fields are English templates marked for Qt's translators. The packet is
built without Qt, so it reads ``resources/translations/rmdesk_zh_CN.ts`` itself
(parsed once): the same translation the UI shows, never a second one. Unfinished
or unknown messages fall back to the English source.
"""

from __future__ import annotations

import logging
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType

from app.packet.labels import Lang
from resources import TRANSLATIONS_DIR

log = logging.getLogger(__name__)

ZH_TS_PATH = TRANSLATIONS_DIR / "rmdesk_zh_CN.ts"


@cache
def zh_translations() -> Mapping[tuple[str, str], str]:
    """``(context, source) → finished Chinese translation`` from the .ts file (cached)."""
    found: dict[tuple[str, str], str] = {}
    try:
        root = ET.parse(ZH_TS_PATH).getroot()
    except (OSError, ET.ParseError) as exc:
        log.warning("cannot read %s, the packet falls back to English: %s", ZH_TS_PATH, exc)
        return MappingProxyType(found)
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type"):
                continue
            if translation.text:
                found[(name, source)] = translation.text
    return MappingProxyType(found)


def translate(context: str, source: str, lang: Lang) -> str:
    """``source`` (an English template of ``context``) in ``lang``; the source if untranslated."""
    if lang != "zh_CN":
        return source
    return zh_translations().get((context, source), source)


def has_translation(context: str, source: str) -> bool:
    """True when the .ts file holds a finished Chinese translation of ``source``."""
    return (context, source) in zh_translations()


def fill(context: str, template: str, params: Mapping[str, str], lang: Lang) -> str:
    """``template`` translated into ``lang`` with its ``{placeholders}`` filled in."""
    text = translate(context, template, lang)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        log.warning("translation of %r does not fit its parameters", template)
        return template.format(**params)
