"""Credit scorecards: versioned models, PMML 4.4 Scorecard scoring, grades and terms.

No Qt and no database here (assessments are stored by :mod:`app.assessments`).
Typical use::

    model = shipped_model()                 # or load_model("card.pmml")
    result = score(model, {"debt_to_asset": "62.5", "owner_credit_record": "clean"})
    result.score, result.grade, result.reason_codes, result.partial_scores
    improvements(model, inputs)             # what would move the grade
"""

from __future__ import annotations

from app.scoring.derived import CustomerFacts, automatic_inputs, customer_inputs, ratio_inputs
from app.scoring.engine import (
    PartialScore,
    ReasonCode,
    ScoreResult,
    evaluate,
    prepare_inputs,
    prepare_value,
    score,
    value_json,
)
from app.scoring.grades import Grade, GradeTable, Terms
from app.scoring.improvements import Improvement, improvements
from app.scoring.loading import (
    DMG_SAMPLE_PATH,
    SME_MODEL_PATH,
    ModelRegistry,
    default_registry,
    load_model,
    load_model_bytes,
    shipped_model,
)
from app.scoring.model import (
    Choice,
    InputError,
    InputProblem,
    InputSpec,
    Interval,
    ModelError,
    ScorecardModel,
    ScoringError,
    Value,
    decimal_text,
)
from app.scoring.ratios import RATIOS, Statement, compute_ratios

__all__ = [
    "DMG_SAMPLE_PATH",
    "RATIOS",
    "SME_MODEL_PATH",
    "Choice",
    "CustomerFacts",
    "Grade",
    "GradeTable",
    "Improvement",
    "InputError",
    "InputProblem",
    "InputSpec",
    "Interval",
    "ModelError",
    "ModelRegistry",
    "PartialScore",
    "ReasonCode",
    "ScoreResult",
    "ScorecardModel",
    "ScoringError",
    "Statement",
    "Terms",
    "Value",
    "automatic_inputs",
    "compute_ratios",
    "customer_inputs",
    "decimal_text",
    "default_registry",
    "evaluate",
    "improvements",
    "load_model",
    "load_model_bytes",
    "prepare_inputs",
    "prepare_value",
    "ratio_inputs",
    "score",
    "shipped_model",
    "value_json",
]
