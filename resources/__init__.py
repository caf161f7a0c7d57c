"""Bundled resources: translations, fonts and reference data."""

from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
FONTS_DIR = RESOURCES_DIR / "fonts"
DATA_DIR = RESOURCES_DIR / "data"
CJK_FONT_PATH = FONTS_DIR / "wqy-microhei.ttc"
