"""Attachments: which hashes are missing, resumable chunked upload, download in scope."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Header, Path, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, StreamingResponse
from sqlalchemy.orm import Session

from app.sync_wire import SHA256_PATTERN, AttachmentStatus, MissingRequest, MissingResponse
from server.api.deps import CurrentPrincipal, SessionDep, StateDep
from server.api.errors import ApiError, error_response
from server.core.db import run_in_transaction
from server.core.security import utcnow
from server.crud import attachments

router = APIRouter(prefix="/attachments", tags=["attachments"])
Sha = Annotated[str, Path(pattern=SHA256_PATTERN)]
_RANGE = re.compile(r"^bytes (\d{1,12})-(\d{1,12})/(\d{1,12})$")


@router.post("/missing")
def missing(
    body: MissingRequest, _principal: CurrentPrincipal, session: SessionDep
) -> MissingResponse:
    """The hashes the server lacks: upload only these."""
    return MissingResponse(missing=attachments.missing(session, body.hashes))


@router.get("/{sha256}/status")
def upload_status(sha256: Sha, principal: CurrentPrincipal, state: StateDep) -> AttachmentStatus:
    """How many bytes of the caller's upload arrived (complete once verified)."""
    return run_in_transaction(state.sessions, lambda s: attachments.status(s, principal, sha256))


@router.put(
    "/{sha256}",
    responses={
        201: {"model": AttachmentStatus, "description": "Complete and verified"},
        409: {"description": "Offset is not the size received: resume from the status"},
        413: {"description": "Chunk or file too large"},
        422: {"description": "Hash or size mismatch: nothing was kept"},
    },
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            },
        }
    },
)
async def upload_chunk(
    sha256: Sha,
    request: Request,
    principal: CurrentPrincipal,
    state: StateDep,
    content_range: Annotated[
        str,
        Header(
            max_length=60,
            description="bytes START-END/TOTAL (END inclusive): where this chunk goes",
        ),
    ],
) -> AttachmentStatus:
    """Append one chunk at the received offset; the last one is verified (SHA-256, size)."""
    match = _RANGE.match(content_range)
    if match is None:
        raise ApiError(400, "range.invalid", "Content-Range must be 'bytes START-END/TOTAL'")
    start, end, total = (int(g) for g in match.groups())
    limit = state.settings.max_attachment_bytes
    if total > limit:
        raise ApiError(
            413,
            "attachment.too_large",
            f"The file is larger than the server accepts ({limit} bytes)",
        )
    data = await request.body()
    if total < 1 or end < start or end >= total or end - start + 1 != len(data):
        raise ApiError(400, "range.invalid", "Content-Range does not match the bytes sent")

    def work(session: Session) -> AttachmentStatus | Exception:
        try:
            return attachments.put_chunk(
                session,
                principal,
                sha256,
                start,
                total,
                data,
                utcnow(),
            )
        except attachments.HashMismatch as exc:
            return exc  # commit dropping the upload, then answer 422

    try:
        result = await run_in_threadpool(run_in_transaction, state.sessions, work)
    except attachments.OffsetMismatch:
        status = await run_in_threadpool(
            run_in_transaction, state.sessions, lambda s: attachments.status(s, principal, sha256)
        )
        return JSONResponse(  # type: ignore[return-value]
            {
                "code": "range.offset",
                "message": f"The upload stands at byte {status.received}: resume from there",
                "status": status.model_dump(),
            },
            409,
        )
    if isinstance(result, attachments.HashMismatch):
        return error_response(422, "attachment.mismatch", result.detail)  # type: ignore[return-value]
    assert isinstance(result, AttachmentStatus)
    if result.complete:
        return JSONResponse(result.model_dump(), 201)  # type: ignore[return-value]
    return result


@router.get(
    "/{sha256}",
    response_class=Response,
    responses={
        200: {"content": {"application/octet-stream": {}}},
        404: {"description": "Not in scope"},
    },
)
def download(sha256: Sha, principal: CurrentPrincipal, state: StateDep) -> StreamingResponse:
    """The file, if an attachment in the caller's scope refers to it."""
    blob = run_in_transaction(state.sessions, lambda s: attachments.readable(s, principal, sha256))
    if blob is None:
        raise ApiError(404, "not_found", "No such attachment in your portfolio")
    return StreamingResponse(
        attachments.stream(state.sessions, sha256),
        media_type="application/octet-stream",
        headers={"Content-Length": str(blob.size), "ETag": f'"{sha256}"'},
    )
