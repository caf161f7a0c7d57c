"""HTTP to the sync server (httpx): sign-in, token refresh, push, pull, blobs, reference data.

Every failure becomes a :class:`SyncError` worded for the RM (offline, TLS, sign in
again, update RM Desk, server error); a 410 on pull becomes :class:`CursorExpired`.
The access token lives only in this object; the refresh token is read from and
written back to the keyring (:class:`TokenStore`) at each rotation.
"""

from __future__ import annotations

import logging
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, BinaryIO

import httpx
from pydantic import ValidationError

from app.sync.credentials import Account, TokenStore, install_redaction, redact
from app.sync.errors import CursorExpired, SyncError
from app.sync_wire import (
    DEVICE_HEADER,
    DEVICE_LOST_CODE,
    AttachmentStatus,
    DeviceStatus,
    LoginRequest,
    MissingRequest,
    MissingResponse,
    PullPage,
    PullRequest,
    PushRequest,
    PushResult,
    ReferenceIndex,
    RefreshRequest,
    TokenPair,
    UserPublic,
)

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 60.0
_JSON = {"Content-Type": "application/json"}


def _ssl_context(ca_bundle: str | None) -> ssl.SSLContext | bool:
    if not ca_bundle:
        return True
    try:
        return ssl.create_default_context(cafile=ca_bundle)
    except (OSError, ssl.SSLError) as exc:
        raise SyncError("tls", detail=f"{ca_bundle}: {exc}") from None


def _message(response: httpx.Response) -> str:
    try:
        body = response.json()
    except ValueError:
        return redact(response.text[:200])
    if isinstance(body, dict) and isinstance(body.get("message"), str):
        return redact(body["message"])[:300]
    return redact(response.text[:200])


def _raise_if_lost(response: httpx.Response) -> None:
    """:class:`DeviceLost` when the server says this device was reported lost."""
    from app.security.device import DeviceLost

    try:
        body = response.json()
    except ValueError:
        return
    if isinstance(body, dict) and body.get("code") == DEVICE_LOST_CODE:
        raise DeviceLost


def raise_for(response: httpx.Response) -> None:
    """Raise the :class:`SyncError` that an unsuccessful answer means."""
    status = response.status_code
    if status < 400:
        return
    if status == 401:
        raise SyncError("auth_required")
    if status == 403:
        _raise_if_lost(response)
        raise SyncError("forbidden", message=_message(response))
    if status == 426:
        raise SyncError("client_outdated")
    if status == 429:
        raise SyncError("locked", seconds=response.headers.get("Retry-After", "60"))
    if status >= 500:
        raise SyncError("server_error", status=status)
    raise SyncError("protocol", status=status, message=_message(response))


class ServerClient:
    """One account's connection to the sync server."""

    def __init__(
        self,
        account: Account,
        device_id: str,
        tokens: TokenStore | None = None,
        *,
        http_transport: httpx.BaseTransport | None = None,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        install_redaction()
        self.account = account
        self.device_id = device_id
        self.tokens = tokens or TokenStore()
        self._access: str | None = None
        self.user: UserPublic | None = None
        self._http = httpx.Client(
            base_url=account.server,
            verify=_ssl_context(account.ca_bundle),
            transport=http_transport,
            timeout=timeout,
            headers={DEVICE_HEADER: device_id},
        )

    def close(self) -> None:
        """Close the connection pool (the access token is forgotten)."""
        self._access = None
        self._http.close()

    def __enter__(self) -> ServerClient:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- sending --------------------------------------------------------------------

    def _send(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        try:
            return self._http.request(method, path, **kwargs)
        except httpx.ConnectError as exc:
            text = str(exc)
            if "CERTIFICATE" in text.upper() or "SSL" in text.upper():
                raise SyncError("tls", detail=redact(text)[:200]) from None
            raise SyncError("offline", server=self.account.server) from None
        except (httpx.ConnectTimeout, httpx.UnsupportedProtocol, httpx.InvalidURL):
            raise SyncError("offline", server=self.account.server) from None
        except httpx.TransportError as exc:
            log.info("sync request %s %s interrupted: %s", method, path, type(exc).__name__)
            raise SyncError("network") from None

    def _headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        headers = dict(extra or {})
        if self._access is not None:
            headers["Authorization"] = f"Bearer {self._access}"
        return headers

    def _authorised(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """Send with the access token; refresh it once on 401 (or when there is none)."""
        if self._access is None:
            self.refresh()
        extra = kwargs.pop("headers", None)
        response = self._send(method, path, headers=self._headers(extra), **kwargs)
        if response.status_code == 401:
            self.refresh()
            response = self._send(method, path, headers=self._headers(extra), **kwargs)
        return response

    @staticmethod
    def _parse(model: Any, response: httpx.Response) -> Any:
        raise_for(response)
        try:
            return model.model_validate_json(response.content)
        except ValidationError:
            raise SyncError(
                "protocol", status=response.status_code, message="malformed answer"
            ) from None

    # --- accounts -------------------------------------------------------------------

    def login(self, password: str) -> UserPublic:
        """Sign in; keeps the refresh token in the keyring and the access token here."""
        try:
            body = LoginRequest(
                username=self.account.username, password=password, device_id=self.device_id
            )
        except ValidationError:  # a username or password the server could never accept
            raise SyncError("login_failed") from None
        response = self._send("POST", "/auth/login", content=body.model_dump_json(), headers=_JSON)
        if response.status_code == 401:
            raise SyncError("login_failed")
        if response.status_code == 422:
            raise SyncError("login_failed")
        pair: TokenPair = self._parse(TokenPair, response)
        self._adopt(pair)
        return pair.user

    def _adopt(self, pair: TokenPair) -> None:
        self.tokens.set(self.account, pair.refresh_token)
        self._access = pair.access_token
        self.user = pair.user

    def refresh(self) -> None:
        """A new token pair for the stored refresh token (rotated in the keyring)."""
        token = self.tokens.get(self.account)
        if not token:
            raise SyncError("not_signed_in")
        try:
            body = RefreshRequest(refresh_token=token)
        except ValidationError:
            self.tokens.delete(self.account)
            raise SyncError("auth_required") from None
        response = self._send(
            "POST", "/auth/refresh", content=body.model_dump_json(), headers=_JSON
        )
        if response.status_code == 401:
            self.tokens.delete(self.account)
            self._access = None
            raise SyncError("auth_required")
        self._adopt(self._parse(TokenPair, response))

    def logout(self) -> bool:
        """End the sign-in on the server (if reachable) and forget the tokens here.

        Returns True when the server confirmed the revocation.
        """
        revoked = False
        try:
            if self.tokens.get(self.account):
                response = self._authorised("POST", "/auth/logout")
                revoked = response.status_code == 204
        except SyncError as exc:
            log.info("sign-out not confirmed by the server: %s", exc.code)
        finally:
            self.tokens.delete(self.account)
            self._access = None
        return revoked

    def device_status(self) -> DeviceStatus | None:
        """This device's status and the offline-lock policy (None: the server has no check).

        A device marked lost raises :class:`app.security.device.DeviceLost`.
        """
        response = self._authorised("GET", "/devices/me")
        if response.status_code == 404:
            return None
        status: DeviceStatus = self._parse(DeviceStatus, response)
        return status

    # --- sync -----------------------------------------------------------------------

    def push(self, request: PushRequest) -> PushResult:
        """Send a batch of mutations; one result per mutation."""
        response = self._authorised(
            "POST", "/sync/push", content=request.model_dump_json(), headers=_JSON
        )
        if response.status_code == 409:
            raise SyncError("server_outdated")
        result: PushResult = self._parse(PushResult, response)
        return result

    def pull(self, request: PullRequest) -> PullPage:
        """One page of changes after the request's cursor (410: :class:`CursorExpired`)."""
        response = self._authorised(
            "POST", "/sync/pull", content=request.model_dump_json(), headers=_JSON
        )
        if response.status_code == 410:
            raise CursorExpired
        if response.status_code == 409:
            raise SyncError("server_outdated")
        page: PullPage = self._parse(PullPage, response)
        return page

    def reference_index(self) -> ReferenceIndex:
        """The server's current version of each reference data set."""
        index: ReferenceIndex = self._parse(ReferenceIndex, self._authorised("GET", "/reference"))
        return index

    def reference_content(self, name: str, version: str) -> bytes:
        """The bytes of one published reference data version."""
        response = self._authorised("GET", f"/reference/{name}/{version}")
        raise_for(response)
        return response.content

    # --- attachments ----------------------------------------------------------------

    def missing(self, hashes: list[str]) -> list[str]:
        """Which of ``hashes`` the server lacks."""
        body = MissingRequest(hashes=hashes)
        response = self._authorised(
            "POST", "/attachments/missing", content=body.model_dump_json(), headers=_JSON
        )
        found: MissingResponse = self._parse(MissingResponse, response)
        return list(found.missing)

    def upload_status(self, sha256: str) -> AttachmentStatus:
        """How many bytes of this upload the server has."""
        status: AttachmentStatus = self._parse(
            AttachmentStatus, self._authorised("GET", f"/attachments/{sha256}/status")
        )
        return status

    def put_chunk(self, sha256: str, start: int, total: int, data: bytes) -> AttachmentStatus:
        """Send ``data`` at ``start``; on 409 (wrong offset) the server's status is returned."""
        end = start + len(data) - 1
        response = self._authorised(
            "PUT",
            f"/attachments/{sha256}",
            content=data,
            headers={
                "Content-Range": f"bytes {start}-{end}/{total}",
                "Content-Type": "application/octet-stream",
            },
        )
        if response.status_code == 409:
            try:
                return AttachmentStatus.model_validate(response.json()["status"])
            except (ValueError, KeyError, ValidationError):
                raise_for(response)
        if response.status_code == 422:
            raise SyncError("protocol", status=422, message=_message(response))
        status: AttachmentStatus = self._parse(AttachmentStatus, response)
        return status

    def download(
        self, sha256: str, sink: BinaryIO, progress: Callable[[int], None] | None = None
    ) -> int:
        """Write the blob into ``sink``; returns the bytes written (SyncError if absent)."""
        with self._stream(f"/attachments/{sha256}") as response:
            raise_for(response)
            written = 0
            try:
                for chunk in response.iter_bytes():
                    sink.write(chunk)
                    written += len(chunk)
                    if progress is not None:
                        progress(len(chunk))
            except httpx.TransportError:
                raise SyncError("network") from None
        return written

    @contextmanager
    def _stream(self, path: str) -> Iterator[httpx.Response]:
        if self._access is None:
            self.refresh()
        for attempt in range(2):
            try:
                with self._http.stream("GET", path, headers=self._headers()) as response:
                    if response.status_code == 401 and attempt == 0:
                        response.read()
                    else:
                        yield response
                        return
            except httpx.ConnectError:
                raise SyncError("offline", server=self.account.server) from None
            except httpx.TransportError:
                raise SyncError("network") from None
            self.refresh()
        raise SyncError("auth_required")
