"""Reference data: an index of the current versions, and each version's content."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Response

from app.sync_wire import ReferenceIndex
from server.api.deps import CurrentPrincipal, SessionDep
from server.api.errors import ApiError
from server.crud import reference

router = APIRouter(prefix="/reference", tags=["reference"])


@router.get("")
def reference_index(_principal: CurrentPrincipal, session: SessionDep) -> ReferenceIndex:
    """The newest published version of each reference data set, with its SHA-256."""
    return ReferenceIndex(entries=reference.index(session))


@router.get(
    "/{name}/{version}",
    response_class=Response,
    responses={200: {"content": {"application/json": {}}}, 404: {"description": "No such set"}},
)
def reference_content(
    name: Annotated[str, Path(pattern=r"^[a-z][a-z0-9_]{0,63}$")],
    version: Annotated[str, Path(pattern=r"^[A-Za-z0-9._-]{1,32}$")],
    _principal: CurrentPrincipal,
    session: SessionDep,
) -> Response:
    """One published version (immutable: cache it forever)."""
    found = reference.content(session, name, version)
    if found is None:
        raise ApiError(404, "not_found", f"No reference data {name} version {version}")
    return Response(
        found.content,
        media_type="application/json",
        headers={
            "ETag": f'"{found.sha256}"',
            "Cache-Control": "private, max-age=31536000, immutable",
        },
    )
