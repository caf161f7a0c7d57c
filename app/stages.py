"""The pipeline's stages and their labels: light enough for start-up (no SQLAlchemy).

:mod:`app.pipeline` computes stages from the data; the pages only need the names.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from app.text import QT_TRANSLATE_NOOP


class Stage(StrEnum):
    """Where an application is in the pipeline (see :mod:`app.pipeline`)."""

    DRAFT = "draft"
    DOCUMENTS_COMPLETE = "documents_complete"
    SUBMITTED = "submitted"
    UNDER_REVIEW = "under_review"
    APPROVED = "approved"
    DECLINED = "declined"
    MORE_DOCUMENTS = "more_documents"
    DISBURSED = "disbursed"


#: Application statuses before submission (completeness decides draft vs documents complete).
OPEN_STATUSES = ("draft", "ready")

#: The stages in funnel order.
STAGES: tuple[Stage, ...] = tuple(Stage)

#: English label of each stage (context ``Stage``), for the UI.
STAGE_LABELS: Mapping[Stage, str] = {
    Stage.DRAFT: QT_TRANSLATE_NOOP("Stage", "Draft"),
    Stage.DOCUMENTS_COMPLETE: QT_TRANSLATE_NOOP("Stage", "Documents complete"),
    Stage.SUBMITTED: QT_TRANSLATE_NOOP("Stage", "Submitted"),
    Stage.UNDER_REVIEW: QT_TRANSLATE_NOOP("Stage", "Under review"),
    Stage.APPROVED: QT_TRANSLATE_NOOP("Stage", "Approved"),
    Stage.DECLINED: QT_TRANSLATE_NOOP("Stage", "Declined"),
    Stage.MORE_DOCUMENTS: QT_TRANSLATE_NOOP("Stage", "More documents requested"),
    Stage.DISBURSED: QT_TRANSLATE_NOOP("Stage", "Disbursed"),
}
