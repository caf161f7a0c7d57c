"""Settings fall back to defaults on bad files and are written atomically."""

from __future__ import annotations

import json
from pathlib import Path

from app.settings import Settings, load_settings, save_settings


def test_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    save_settings(path, Settings(language="en", last_page="customers"))
    loaded = load_settings(path)
    assert (loaded.language, loaded.last_page) == ("en", "customers")


def test_missing_corrupt_or_mistyped_values_give_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert load_settings(path) == Settings()
    path.write_text("{not json", encoding="utf-8")
    assert load_settings(path) == Settings()
    path.write_text(json.dumps({"language": "fr", "last_page": 3}), encoding="utf-8")
    assert load_settings(path) == Settings()
