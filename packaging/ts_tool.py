"""Developer tool for the Qt translation files in resources/translations.

    python packaging/ts_tool.py fill-en      # English .ts: translation = source text
    python packaging/ts_tool.py unfinished   # list zh_CN entries still to translate

``make lupdate`` runs pyside6-lupdate over ui/ and then ``fill-en``.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TS_DIR = Path(__file__).resolve().parent.parent / "resources" / "translations"
HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    """Write a .ts tree back with Qt's header."""
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(HEADER + body + "\n", encoding="utf-8")


def fill_en() -> None:
    """Mark every English message finished with the source text as translation."""
    path = TS_DIR / "rmdesk_en.ts"
    tree = ET.parse(path)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        if message.get("numerus") == "yes":
            continue
        translation.attrib.pop("type", None)
        translation.text = source
    write_ts(tree, path)


def unfinished() -> int:
    """Print zh_CN messages without a finished translation; returns their number."""
    tree = ET.parse(TS_DIR / "rmdesk_zh_CN.ts")
    count = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                count += 1
                print(f"{name}: {message.findtext('source')!r}")
    return count


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "fill-en":
        fill_en()
    elif command == "unfinished":
        sys.exit(1 if unfinished() else 0)
    else:
        sys.exit(__doc__)
