"""SPARQL 1.1 Protocol query endpoint: GET, form POST and direct POST at ``/sparql``."""

from __future__ import annotations

from urllib.parse import parse_qsl

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import Response

from api import negotiation
from api.errors import ApiError
from api.service_description import service_description
from kg.sparql_guard import ForbiddenQuery, check_query
from kg.store.base import QuerySyntaxError, StoreError

router = APIRouter(tags=["sparql"])

_FORM = "application/x-www-form-urlencoded"
_DIRECT = "application/sparql-query"
_PROTOCOL_PARAMS = {"query", "default-graph-uri", "named-graph-uri", "format", "timeout"}


def _decode(raw: bytes, what: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(400, "Request is not UTF-8", f"{what}: byte {exc.start} is invalid "
                       "UTF-8") from exc


async def _params(request: Request) -> list[tuple[str, str]]:
    """Protocol parameters from the query string and, for POST, the body."""
    params = list(request.query_params.multi_items())
    if request.method == "GET":
        return params
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    settings = request.app.state.services.settings
    body = await request.body()
    if len(body) > settings.max_query_length * 4:
        raise ApiError(413, "Request body too large",
                       f"limit is {settings.max_query_length * 4} bytes")
    if ctype == _FORM:
        text = _decode(body, "form body")
        try:
            return params + parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text),
                                      encoding="utf-8", errors="strict")
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError(400, "Malformed form body", str(exc)) from exc
    if ctype == _DIRECT:
        if any(k == "query" for k, _ in params):
            raise ApiError(400, "Two queries", "a direct POST carries the query in the body; "
                           "the query string must not have a `query` parameter")
        return [*params, ("query", _decode(body, "query body"))]
    if ctype == "application/sparql-update":
        raise ApiError(415, "Updates are not accepted here",
                       "this is the read-only query endpoint")
    raise ApiError(415, "Unsupported media type",
                   f"POST needs {_FORM} or {_DIRECT}, got {ctype or 'no Content-Type'}")


@router.api_route("/sparql", methods=["GET", "POST"], summary="SPARQL 1.1 query endpoint",
                  response_class=Response,
                  responses={200: {"content": {t: {} for t in negotiation.SELECT_TYPES
                                               + negotiation.GRAPH_TYPES}}})
async def sparql(request: Request) -> Response:
    """SPARQL 1.1 Protocol: `query` by GET, form POST or direct POST; `default-graph-uri`
    and `named-graph-uri` honoured; result format by Accept (or `format`). Without a query,
    GET answers the SPARQL Service Description."""
    services = request.app.state.services
    settings = services.settings
    params = await _params(request)
    if any(k in ("update", "using-graph-uri", "using-named-graph-uri") for k, _ in params):
        raise ApiError(400, "Updates are not accepted here", "this is the read-only query "
                       "endpoint; SPARQL Update is disabled")
    queries = [v for k, v in params if k == "query"]
    if not queries and request.method == "GET" and not params:
        return service_description(request)
    if len(queries) != 1:
        raise ApiError(400, "Exactly one query parameter is required",
                       f"got {len(queries)} `query` parameters")
    query = queries[0]
    if len(query) > settings.max_query_length:
        raise ApiError(413, "Query too long", f"limit is {settings.max_query_length} characters")
    default_graphs = [v for k, v in params if k == "default-graph-uri"] or None
    named_graphs = [v for k, v in params if k == "named-graph-uri"] or None
    try:
        check_query(query, frozenset(h.lower() for h in settings.service_allowed_hosts))
    except ForbiddenQuery as exc:
        raise ApiError(403, "Query not allowed", str(exc)) from exc

    accept = request.headers.get("accept")
    fmt = next((v for k, v in params if k == "format"), None)
    if fmt:
        accept = negotiation.FORMAT_PARAM.get(fmt.lower(), fmt)

    def choose(kind: str) -> str | None:
        return negotiation.for_query(accept, kind)

    def run() -> tuple[str, str | None, bytes]:
        return services.store.serialize(query, choose, default_graphs=default_graphs,
                                        named_graphs=named_graphs)

    try:
        with anyio.fail_after(settings.query_timeout_s):
            kind, media_type, body = await anyio.to_thread.run_sync(
                run, limiter=services.query_slots, abandon_on_cancel=True
            )
    except TimeoutError as exc:
        raise ApiError(503, "Query timed out",
                       f"the query ran longer than {settings.query_timeout_s} s",
                       headers={"Retry-After": "5"}) from exc
    except QuerySyntaxError as exc:
        raise ApiError(400, "SPARQL syntax error", str(exc)) from exc
    except StoreError as exc:
        raise ApiError(400, "Query failed", str(exc)) from exc
    if media_type is None:
        offered = negotiation.GRAPH_TYPES if kind == "graph" else negotiation.SELECT_TYPES
        raise ApiError(406, "Not acceptable", f"a {kind} result is available as "
                       f"{', '.join(offered)}")
    ctype = media_type + ("; charset=utf-8" if media_type.startswith("text/") or "json"
                          in media_type or "xml" in media_type else "")
    return Response(body, media_type=ctype, headers={"Vary": "Accept"})
