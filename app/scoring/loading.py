"""Loading models from files, the shipped models, and a registry by (id, version).

``.json`` files are our format (:mod:`app.scoring.json_format`), ``.pmml`` and
``.xml`` are PMML (:mod:`app.scoring.pmml`). A grade table may sit beside any
model as ``<name>.grades.json`` (``{"grades": [...]}``); a JSON model may also
carry its own ``"grades"``.
"""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import Iterable
from decimal import Decimal
from functools import cache
from pathlib import Path

from app.reference_data import SCORECARD_PREFIX, kept_files, reference_file, register_cache_of
from app.scoring.grades import parse_grades
from app.scoring.json_format import load_json_model
from app.scoring.model import ModelError, ScorecardModel
from app.scoring.pmml import load_pmml
from resources import DATA_DIR

log = logging.getLogger(__name__)

SCORECARDS_DIR = DATA_DIR / "scorecards"
#: The reference SME scorecard shipped with the app.
SME_MODEL_PATH = SCORECARDS_DIR / "sme_v1.json"
#: The sample scorecard of the PMML 4.4 specification.
DMG_SAMPLE_PATH = SCORECARDS_DIR / "dmg_sample.pmml"
PMML_SUFFIXES = (".pmml", ".xml")


def grades_path(path: Path) -> Path:
    """Where a model's separate grade table would be: ``sme_v1.json`` → ``sme_v1.grades.json``."""
    return path.with_name(f"{path.stem}.grades.json")


def load_model_bytes(data: bytes, kind: str, source: str = "") -> ScorecardModel:
    """A model from ``data``; ``kind`` is ``"json"`` or ``"pmml"`` (ModelError if bad)."""
    if kind == "pmml":
        return load_pmml(data, source)
    if kind != "json":
        raise ValueError(f"unknown model kind {kind!r}")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ModelError(f"the file is not UTF-8 text (byte {exc.start})", "$") from None
    return load_json_model(text, source)


def _kind(path: Path, data: bytes) -> str:
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "json"
    if suffix in PMML_SUFFIXES:
        return "pmml"
    return "pmml" if data.lstrip()[:1] == b"<" else "json"


def load_model(path: str | Path) -> ScorecardModel:
    """The model in ``path`` with its grade table (embedded, or ``<name>.grades.json``).

    Raises OSError when the file cannot be read and :class:`ModelError` when
    the model (or its grade table) is malformed or unsupported.
    """
    path = Path(path)
    data = path.read_bytes()
    model = load_model_bytes(data, _kind(path, data), str(path))
    sidecar = grades_path(path)
    if model.grades is None and sidecar.is_file():
        try:
            raw = json.loads(sidecar.read_text(encoding="utf-8-sig"), parse_float=Decimal)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ModelError(f"grade table is not valid JSON: {exc}", str(sidecar)) from None
        if not isinstance(raw, dict) or "grades" not in raw:
            raise ModelError('must be an object {"grades": [...]}', f"{sidecar.name}: $")
        try:
            grades = parse_grades(raw["grades"], "$.grades")
        except ModelError as exc:
            raise ModelError(exc.message, f"{sidecar.name}: {exc.where}") from None
        model = dataclasses.replace(model, grades=grades)
    return model


@register_cache_of
@cache
def shipped_model(name: str = "sme_v1") -> ScorecardModel:
    """A shipped model (``sme_v1`` by default), as the last sync refreshed it if it did."""
    json_path = reference_file(f"{SCORECARD_PREFIX}{name}", SCORECARDS_DIR / f"{name}.json")
    for path in (json_path, SCORECARDS_DIR / f"{name}.pmml"):
        if path.is_file():
            return load_model(path)
    raise KeyError(f"no shipped scorecard {name!r}")


class ModelRegistry:
    """Models by (id, version): what an assessment names, the engine can find again."""

    def __init__(self, models: Iterable[ScorecardModel] = ()) -> None:
        self._models: dict[tuple[str, str], ScorecardModel] = {}
        for model in models:
            self.add(model)

    def add(self, model: ScorecardModel) -> None:
        """Register ``model`` (a later one with the same id and version replaces it)."""
        self._models[(model.id, model.version)] = model

    def get(self, model_id: str, version: str) -> ScorecardModel:
        """The model ``model_id`` at ``version`` (KeyError if unknown)."""
        try:
            return self._models[(model_id, version)]
        except KeyError:
            raise KeyError(f"no scorecard model {model_id!r} version {version!r}") from None

    def models(self) -> list[ScorecardModel]:
        """Every registered model, by id then version."""
        return [self._models[key] for key in sorted(self._models)]

    def latest(self, model_id: str) -> ScorecardModel:
        """The newest version of ``model_id`` (versions compared number by number)."""
        versions = [m for (i, _), m in self._models.items() if i == model_id]
        if not versions:
            raise KeyError(f"no scorecard model {model_id!r}")
        return max(versions, key=lambda m: _version_key(m.version))


def _version_key(version: str) -> tuple[tuple[int, str], ...]:
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in version.split("."))


@register_cache_of
@cache
def _shipped_json_models() -> tuple[ScorecardModel, ...]:
    """The bundled JSON models and every version sync refreshed (old assessments keep theirs)."""
    paths = sorted(p for p in SCORECARDS_DIR.glob("*.json") if not p.name.endswith(".grades.json"))
    models = [load_model(p) for p in paths]
    for kept in kept_files(SCORECARD_PREFIX):
        try:
            models.append(load_model(kept))
        except (ModelError, OSError, ValueError):
            log.exception("refreshed scorecard %s cannot be loaded", kept)
    return tuple(models)


def default_registry() -> ModelRegistry:
    """The shipped models of our JSON format in a new registry (loaded once per process)."""
    return ModelRegistry(_shipped_json_models())
