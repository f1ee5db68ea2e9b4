"""JSON error responses: every failure becomes ``{"status", "error", "parameter"}``, never a traceback."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from tidings.errors import QueryError, StoreBusy, StoreError, TidingsError

log = logging.getLogger("tidings.api")
BUSY = "store is busy, retry"


class ApiError(Exception):
    """An error the API reports on purpose, with its HTTP status and the parameter at fault."""

    def __init__(self, status: int, message: str, parameter: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.parameter = parameter
        self.headers = headers


def error_response(status: int, message: str, parameter: str | None = None,
                   headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    body: dict[str, Any] = {"status": status, "error": message, "parameter": parameter, **extra}
    return JSONResponse(body, status_code=status, headers=headers)


def _param_of(loc: tuple[Any, ...] | list[Any]) -> str | None:
    parts = [str(p) for p in loc if p not in ("query", "path", "body", "header", "form")]
    return parts[0] if parts else None


def _validation(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    details = [
        {"parameter": _param_of(e.get("loc", ())), "message": str(e.get("msg", "invalid"))}
        for e in exc.errors()
    ]
    name = details[0]["parameter"] if details else None
    reason = str(details[0]["message"]) if details else "invalid request"
    message = f"invalid parameter '{name}': {reason}" if name else reason
    return error_response(422, message, name, details=details)


def _api_error(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.message, exc.parameter, exc.headers)


def _http(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    message = exc.detail if isinstance(exc.detail, str) else "request failed"
    if exc.status_code == 404 and message == "Not Found":
        message = "no such endpoint; see /docs for the API"
    return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))


QUERY_PARAMETERS = ("actor", "country", "dyad", "cameo", "root", "plover", "status", "min_confidence", "text",
                    "since", "until", "limit", "offset", "cursor")


def _query_error(_: Request, exc: Exception) -> JSONResponse:
    message = str(exc)
    head = message.split(":", 1)[0].split(" ", 1)[0]
    return error_response(422, message, head if head in QUERY_PARAMETERS else None)


def _store_error(_: Request, exc: Exception) -> JSONResponse:
    if isinstance(exc, StoreBusy) or "already open in this process" in str(exc):
        return error_response(503, BUSY, headers={"Retry-After": "2"})
    return error_response(503, f"store unavailable: {exc}")


def _tidings_error(_: Request, exc: Exception) -> JSONResponse:
    return error_response(400, str(exc))


def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal server error; the server log has the details")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(RequestValidationError, _validation)
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StarletteHTTPException, _http)
    app.add_exception_handler(QueryError, _query_error)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(TidingsError, _tidings_error)
    app.add_exception_handler(Exception, _unexpected)
