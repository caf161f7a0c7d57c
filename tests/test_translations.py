"""Every user-visible string has a finished Simplified Chinese translation."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "rmdesk_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def lupdate() -> str:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    return found


def test_every_source_string_has_a_finished_zh_cn_translation(tmp_path: Path) -> None:
    """Re-extract strings (ui/, app/, the server's sync problems) into a copy: none unfinished."""
    copy = tmp_path / "rmdesk_zh_CN.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for d in ("ui", "app") for p in (ROOT / d).rglob("*.py"))
    sources.append(str(ROOT / "server" / "sync" / "problems.py"))  # shown by the client
    subprocess.run(
        [lupdate(), *sources, "-source-language", "en", "-no-obsolete", "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    missing = []
    for context in ET.parse(copy).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or not (translation.text or ""):
                missing.append(f"{context.findtext('name')}: {message.findtext('source')!r}")
    assert missing == [], "untranslated (run `make lupdate` and translate):\n" + "\n".join(missing)


def test_placeholders_survive_translation() -> None:
    """Every {placeholder} of a source text is in its finished translation, and no other."""
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") or not translation.text:
            continue  # unfinished: the test above reports it
        source = message.findtext("source") or ""
        assert set(PLACEHOLDER.findall(source)) == set(PLACEHOLDER.findall(translation.text)), (
            source,
            translation.text,
        )
