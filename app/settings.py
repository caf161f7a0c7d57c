"""Typed user settings, declared once with their defaults, stored per profile as JSON."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

LANGUAGES = ("system", "zh_CN", "en")
SETTINGS_VERSION = 1


@dataclass
class Settings:
    """Every user setting with its default."""

    language: str = "system"  # one of LANGUAGES
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""  # base64 of QMainWindow.saveState()
    last_page: str = "today"
    auto_sync: bool = True  # sync when the server becomes reachable and at day end
    day_end_sync: str = "18:00"  # local time of the daily sync, HH:MM


def load_settings(path: Path) -> Settings:
    """Settings from ``path``; missing, unreadable or mistyped values fall back to defaults."""
    settings = Settings()
    try:
        raw: Any = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return settings
    except (OSError, ValueError) as exc:
        log.warning("settings %s unreadable, using defaults: %s", path, exc)
        return settings
    if not isinstance(raw, dict):
        return settings
    for f in fields(Settings):
        value = raw.get(f.name)
        if isinstance(value, type(getattr(settings, f.name))):
            setattr(settings, f.name, value)
    if settings.language not in LANGUAGES:
        settings.language = "system"
    return settings


def save_settings(path: Path, settings: Settings) -> None:
    """Write ``settings`` atomically (a crash leaves the old file or the new one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"version": SETTINGS_VERSION, **asdict(settings)}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)
