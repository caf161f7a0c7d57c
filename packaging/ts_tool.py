"""Developer tool for the Qt translation files in resources/translations.

    python packaging/ts_tool.py fill-en      # English .ts: translation = source text
    python packaging/ts_tool.py unfinished   # list zh_CN entries still to translate
    python packaging/ts_tool.py export FILE  # unfinished zh_CN entries as JSON to fill in
    python packaging/ts_tool.py apply FILE   # apply {context: {source: translation}} JSON

``make lupdate`` runs pyside6-lupdate over ui/ and then ``fill-en``.
"""

from __future__ import annotations

import json
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


def _unfinished_messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                found.append((name, message))
    return found


def export(path: Path) -> None:
    """Write the unfinished zh_CN entries as {context: {source: ""}} JSON."""
    tree = ET.parse(TS_DIR / "rmdesk_zh_CN.ts")
    todo: dict[str, dict[str, str]] = {}
    for context, message in _unfinished_messages(tree):
        todo.setdefault(context, {})[message.findtext("source") or ""] = ""
    path.write_text(json.dumps(todo, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def apply(path: Path) -> None:
    """Fill zh_CN translations from {context: {source: translation}} JSON (non-empty only)."""
    done = json.loads(path.read_text(encoding="utf-8"))
    ts_path = TS_DIR / "rmdesk_zh_CN.ts"
    tree = ET.parse(ts_path)
    for context, message in _unfinished_messages(tree):
        text = done.get(context, {}).get(message.findtext("source") or "")
        if text:
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            translation.text = text
    write_ts(tree, ts_path)


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "fill-en":
        fill_en()
    elif command == "export" and len(sys.argv) > 2:
        export(Path(sys.argv[2]))
    elif command == "apply" and len(sys.argv) > 2:
        apply(Path(sys.argv[2]))
    elif command == "unfinished":
        sys.exit(1 if unfinished() else 0)
    else:
        sys.exit(__doc__)
