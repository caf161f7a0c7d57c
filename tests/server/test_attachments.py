"""Attachments: missing hashes, resumable chunked upload, verification, download in scope."""

from __future__ import annotations

import hashlib
import os

from tests.server.conftest import Api, World, mutation, new_id


def _put(api: Api, sha: str, data: bytes, start: int, total: int) -> object:
    end = start + len(data) - 1
    return api.client.put(
        f"/attachments/{sha}",
        content=data,
        headers={**api.headers, "Content-Range": f"bytes {start}-{end}/{total}"},
    )


def _attach(api: Api, sha: str, size: int) -> None:
    customer = api.create_customer()
    document = new_id()
    results = api.push(
        mutation("documents", document, customer_id=customer, doc_type="business_licence"),
        mutation(
            "attachments",
            new_id(),
            document_id=document,
            sha256=sha,
            size=size,
            media_type="application/pdf",
            original_name="licence.pdf",
        ),
    )
    assert [r["status"] for r in results] == ["applied", "applied"], results


def test_resumable_upload_then_download_in_scope_only(world: World) -> None:
    rm, other = world.api("rm_a"), world.api("rm_b")
    data = os.urandom(300_000)
    sha = hashlib.sha256(data).hexdigest()
    missing = rm.client.post(
        "/attachments/missing", json={"hashes": [sha, sha]}, headers=rm.headers
    )
    assert missing.json() == {"missing": [sha]}

    first = _put(rm, sha, data[:100_000], 0, len(data))
    assert first.status_code == 200 and first.json()["received"] == 100_000  # type: ignore[attr-defined]
    # the connection drops; the client asks where to resume
    status = rm.client.get(f"/attachments/{sha}/status", headers=rm.headers).json()
    assert status == {"sha256": sha, "size": len(data), "received": 100_000, "complete": False}
    wrong_offset = _put(rm, sha, data[50_000:150_000], 50_000, len(data))
    assert wrong_offset.status_code == 409  # type: ignore[attr-defined]
    assert wrong_offset.json()["status"]["received"] == 100_000  # type: ignore[attr-defined]
    last = _put(rm, sha, data[100_000:], 100_000, len(data))
    assert last.status_code == 201 and last.json()["complete"] is True  # type: ignore[attr-defined]
    assert rm.client.post(
        "/attachments/missing", json={"hashes": [sha]}, headers=rm.headers
    ).json() == {"missing": []}

    # no attachment record refers to it yet: nobody may download it
    assert rm.client.get(f"/attachments/{sha}", headers=rm.headers).status_code == 404
    _attach(rm, sha, len(data))
    download = rm.client.get(f"/attachments/{sha}", headers=rm.headers)
    assert download.status_code == 200 and download.content == data
    assert other.client.get(f"/attachments/{sha}", headers=other.headers).status_code == 404
    manager = world.api("manager")
    assert manager.client.get(f"/attachments/{sha}", headers=manager.headers).status_code == 200


def test_a_hash_mismatch_is_refused_and_nothing_kept(world: World) -> None:
    rm = world.api("rm_a")
    data = os.urandom(5000)
    claimed = hashlib.sha256(b"something else").hexdigest()
    response = _put(rm, claimed, data, 0, len(data))
    assert response.status_code == 422  # type: ignore[attr-defined]
    assert response.json()["code"] == "attachment.mismatch"  # type: ignore[attr-defined]
    status = rm.client.get(f"/attachments/{claimed}/status", headers=rm.headers).json()
    assert status == {"sha256": claimed, "size": None, "received": 0, "complete": False}
    assert rm.client.post(
        "/attachments/missing", json={"hashes": [claimed]}, headers=rm.headers
    ).json() == {"missing": [claimed]}


def test_bad_ranges_and_oversized_uploads_are_refused(world: World) -> None:
    rm = world.api("rm_a")
    settings = world.app.state.rmdesk.settings
    sha = hashlib.sha256(b"abc").hexdigest()
    too_big = _put(rm, sha, b"abc", 0, settings.max_attachment_bytes + 1)
    assert too_big.status_code == 413  # type: ignore[attr-defined]
    bad = rm.client.put(
        f"/attachments/{sha}", content=b"abc", headers={**rm.headers, "Content-Range": "bytes=0-2"}
    )
    assert bad.status_code == 400
    lying = rm.client.put(
        f"/attachments/{sha}",
        content=b"abc",
        headers={**rm.headers, "Content-Range": "bytes 0-9/10"},
    )
    assert lying.status_code == 400
    chunk = rm.client.put(
        f"/attachments/{sha}",
        content=b"x" * (settings.max_chunk_bytes + 1),
        headers={
            **rm.headers,
            "Content-Range": f"bytes 0-{settings.max_chunk_bytes}/{settings.max_chunk_bytes + 1}",
        },
    )
    assert chunk.status_code == 413
