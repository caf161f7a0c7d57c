"""Errors worded for the client (a stable code and a message) and the body-size limit."""

from __future__ import annotations

import json
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class ApiError(Exception):
    """An error answer: HTTP status, stable ``code`` and an English message."""

    def __init__(
        self, status: int, code: str, message: str, headers: dict[str, str] | None = None
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.headers = headers or {}


def error_response(
    status: int, code: str, message: str, headers: dict[str, str] | None = None, **extra: Any
) -> JSONResponse:
    """The JSON body every error uses: ``{"code": …, "message": …}``."""
    return JSONResponse({"code": code, "message": message, **extra}, status, headers=headers)


def _validation_errors(exc: RequestValidationError) -> list[dict[str, Any]]:
    errors = []
    for error in exc.errors()[:20]:
        errors.append(
            {
                "loc": [str(p) for p in error.get("loc", ())],
                "type": str(error.get("type", "")),
                "msg": str(error.get("msg", ""))[:300],
            }
        )
    return errors


def install(app: FastAPI) -> None:
    """Register the handlers that word errors as ``{"code", "message"}``."""

    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _validation_errors(exc)
        first = errors[0] if errors else {"loc": [], "msg": "invalid request"}
        where = ".".join(p for p in first["loc"] if p != "body")
        message = f"{where}: {first['msg']}" if where else str(first["msg"])
        return error_response(422, "request.invalid", message, errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http.error")
        return error_response(exc.status_code, code, str(exc.detail), getattr(exc, "headers", None))


class _TooLarge(Exception):
    pass


class BodyLimit:
    """Refuse bodies over a limit with 413 (uploads get the chunk limit), however sent."""

    def __init__(self, app: ASGIApp, max_body: int, max_chunk: int) -> None:
        self.app = app
        self.max_body = max_body
        self.max_chunk = max_chunk

    def _limit(self, scope: Scope) -> int:
        upload = scope.get("method") == "PUT" and str(scope.get("path", "")).startswith(
            "/attachments/"
        )
        return self.max_chunk if upload else self.max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self._limit(scope)
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None:
            if not length.isdigit():
                await _send_error(send, 400, "request.invalid", "Content-Length is not a number")
                return
            if int(length) > limit:
                await _send_error(send, 413, "request.too_large", _too_large(limit))
                return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _TooLarge
            return message

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, tracking_send)
        except _TooLarge:
            if not started:
                await _send_error(send, 413, "request.too_large", _too_large(limit))


def _too_large(limit: int) -> str:
    return f"The request body is larger than the server accepts ({limit} bytes)"


async def _send_error(send: Send, status: int, code: str, message: str) -> None:
    body = json.dumps({"code": code, "message": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
