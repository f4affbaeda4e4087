"""One JSON error shape for every failure: ``{"error": {"status", "title", "detail"}}``."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

_ERROR_SCHEMA = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {
        "type": "object",
        "required": ["status", "title"],
        "properties": {"status": {"type": "integer"}, "title": {"type": "string"},
                       "detail": {"type": ["string", "null"]}},
    }},
}
_ERRORS = {
    400: "Malformed request (for SPARQL: the parser's message)",
    401: "Missing bearer token (writes)",
    403: "Forbidden (SERVICE to a host not allow-listed; wrong token)",
    404: "Not found",
    406: "No acceptable result format",
    413: "Query or body too large",
    414: "Query string too long",
    415: "Unsupported media type",
    422: "Invalid parameters",
    500: "A query worker failed (e.g. memory limit)",
    501: "Not implemented by this store",
    503: "Query timed out or the queue is full (Retry-After)",
}
# Every operation documents the one JSON error shape for every status it may answer with.
ERROR_RESPONSES: dict[int | str, dict[str, object]] = {
    code: {"description": text, "content": {"application/json": {"schema": _ERROR_SCHEMA}}}
    for code, text in _ERRORS.items()
}


class ApiError(Exception):
    """Raised by routes; turned into the JSON error shape at the edge."""

    def __init__(self, status: int, title: str, detail: str | None = None,
                 headers: dict[str, str] | None = None, **extra: Any) -> None:
        super().__init__(detail or title)
        self.status, self.title, self.detail = status, title, detail
        self.headers = headers or {}
        self.extra = extra


def error_response(status: int, title: str, detail: str | None = None,
                   headers: dict[str, str] | None = None, **extra: Any) -> JSONResponse:
    body = {"error": {"status": status, "title": title, "detail": detail, **extra}}
    return JSONResponse(body, status_code=status, headers=headers)


async def api_error_handler(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.title, exc.detail, exc.headers, **exc.extra)


async def http_error_handler(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    return error_response(exc.status_code, str(exc.detail), None,
                          dict(exc.headers) if exc.headers else None)


async def validation_error_handler(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    detail = "; ".join(
        f"{'.'.join(str(x) for x in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors()
    )
    return error_response(422, "Invalid request parameters", detail)
