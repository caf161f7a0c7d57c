"""What the visit dialog's buttons write, as functions to run off the GUI thread.

Each function here is the work one button sends to the background (through
``run_in_background``): plan, save changes, mark done, plan again, keep or
remove files, export to calendar. They touch services and files only, never a
widget; the dialog gathers what was entered before and shows what comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ui.visits.actions import DRAFT_KIND, draft_key

if TYPE_CHECKING:
    from app.attachment_store import AttachmentStore, StoredFile
    from app.drafts import DraftStore
    from app.follow_ups import FollowUpService
    from app.visits.service import (
        Completion,
        VisitInput,
        VisitOutcome,
        VisitService,
        VisitView,
    )

#: Files checked and kept (each with its stored blob), and the errors of those refused.
CheckedFiles = tuple[list[tuple[Path, "StoredFile"]], list[BaseException]]


def store_files(service: VisitService, visit_id: str, paths: list[Path]) -> None:
    """Keep ``paths`` with the visit: pictures as its photos, other files as its files.

    Disk heavy: runs in the background.
    """
    from app.attachment_store import IMAGE_TYPES, detect_media_type

    photos: list[Path] = []
    others: list[Path] = []
    for path in paths:
        try:
            with path.open("rb") as handle:
                head = handle.read(32)
        except OSError:
            head = b""  # unreadable: the store says so
        (photos if detect_media_type(head) in IMAGE_TYPES else others).append(path)
    if photos:
        service.add_photos(visit_id, photos)
    if others:
        service.add_attachments(visit_id, others)


def plan(
    service: VisitService,
    data: VisitInput,
    files: list[Path],
    drafts: DraftStore,
    leftover: dict[str, Any] | None,
) -> str:
    """Plan a new visit with ``files``; its id.

    ``leftover``: the form, when checks, signals or follow-ups were entered: they
    count once the visit is done, so they wait as the planned visit's draft.
    """
    visit_id = service.plan(data)
    store_files(service, visit_id, files)
    if leftover is not None:  # the files are stored with the visit now: not again from the draft
        waiting = {**leftover, "visit_id": visit_id, "files": []}
        drafts.save(draft_key(visit_id, ""), DRAFT_KIND, waiting)
    return visit_id


def update_done(
    service: VisitService,
    data: VisitInput,
    follow_ups: FollowUpService,
    items: list[tuple[str, date]],
    customer_id: str,
) -> str:
    """Save the changed details of a done visit, and the follow-ups added to it; its id."""
    service.update(data)
    for title, due in items:
        follow_ups.create(customer_id, title, due, data.id)
    return str(data.id)


def update(service: VisitService, data: VisitInput) -> str:
    """Save the changed plan; the visit's id."""
    service.update(data)
    return str(data.id)


def record(
    service: VisitService, data: VisitInput, outcome: VisitOutcome, files: list[Path]
) -> Completion:
    """Record a visit not planned before as done, with ``files``."""
    completion = service.record(data, outcome)
    store_files(service, completion.visit_id, files)
    return completion


def complete(service: VisitService, data: VisitInput, outcome: VisitOutcome) -> Completion:
    """Save the plan as entered, then record the planned visit as done."""
    service.update(data)
    return service.complete(str(data.id), outcome)


def reinstate(service: VisitService, data: VisitInput) -> str:
    """Plan a cancelled visit again at the time entered, with its details; its id."""
    visit_id = str(data.id)
    service.reinstate(visit_id, data.planned_start, data.planned_end)
    service.update(data)
    return visit_id


def check_files(store: AttachmentStore, paths: list[Path]) -> CheckedFiles:
    """Check and keep ``paths`` for a visit not saved yet (a bad file is refused, not raised)."""
    kept: list[tuple[Path, StoredFile]] = []
    refused: list[BaseException] = []
    for path in paths:
        try:
            kept.append((path, store.add(path)))
        except ValueError as exc:
            refused.append(exc)
    return kept, refused


def add_files(service: VisitService, visit_id: str, paths: list[Path]) -> VisitView:
    """Keep ``paths`` with a saved visit; the visit as it is now."""
    store_files(service, visit_id, paths)
    return service.load(visit_id)


def remove_file(service: VisitService, visit_id: str, attachment_id: str) -> VisitView:
    """Take a file off a saved visit; the visit as it is now."""
    service.remove_file(attachment_id)
    return service.load(visit_id)


def ics_export(service: VisitService, visit_id: str, target: Path, lang: str) -> Callable[[], Path]:
    """The work writing the saved visit as an .ics file at ``target`` (in ``lang``).

    It returns where the file was written.
    """
    from app.ics import save_ics, visit_to_ics

    def export() -> Path:
        view = service.load(visit_id)
        text = visit_to_ics(
            view, view.customer_name, zone=service.zone, lang=lang, templates=service.templates
        )
        return save_ics(text, target)

    return export
