"""SPARQL 1.1 Protocol query endpoint: GET, form POST and direct POST at ``/sparql``.

Limits, all answered with the JSON error shape:

* request size: a query string over ``max_request_bytes`` → 414, a body over it → 413, a
  query text over ``max_query_length`` characters → 414 (GET) / 413 (POST);
* time: each query runs in a worker process (:mod:`kg.store.pool`) that is killed at
  ``query_timeout_s`` (a ``timeout`` parameter, in seconds, may lower it) → 503 with
  Retry-After, never a 200 with a partial body;
* concurrency: ``query_workers`` queries run at once and ``query_queue_limit`` may wait; a
  query that finds the queue full → 503 with ``Retry-After: 1``;
* result size: a result over ``max_result_rows`` rows (triples) or ``max_result_bytes`` is cut
  to whole rows and answered 200 with the header ``X-Result-Truncated: rows`` (or ``bytes``);
  a cut SPARQL JSON result also has a top-level ``"truncated": {"reason", "limit"}`` member.
  To get everything, page with ORDER BY / LIMIT / OFFSET.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import parse_qsl

from fastapi import APIRouter, Request
from fastapi.responses import Response

from api import negotiation
from api.caching import cache_headers, etag_for, not_modified
from api.errors import ApiError
from api.service_description import service_description
from kg.config import Settings
from kg.sparql_guard import ForbiddenQuery, guard_query
from kg.store.base import QuerySyntaxError, StoreError
from kg.store.pool import (
    PoolBusy,
    PoolError,
    QueryRequest,
    QueryTimeout,
    WorkerFailed,
    query_pool,
)

router = APIRouter(tags=["sparql"])

_FORM = "application/x-www-form-urlencoded"
_DIRECT = "application/sparql-query"
_UPDATE_PARAMS = ("update", "using-graph-uri", "using-named-graph-uri")


def _decode(raw: bytes, what: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(400, "Request is not UTF-8", f"{what}: byte {exc.start} is invalid "
                       "UTF-8") from exc


def _content_type(request: Request) -> tuple[str, str | None]:
    """The media type of the body (lower case) and its charset parameter, if any."""
    media, *params = request.headers.get("content-type", "").split(";")
    charset = next((v.strip().strip('"').lower() for k, _, v in
                    (p.partition("=") for p in params) if k.strip().lower() == "charset"), None)
    return media.strip().lower(), charset


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing (413) one over ``limit`` bytes without buffering it."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ApiError(413, "Request body too large", f"limit is {limit} bytes")
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > limit:
            raise ApiError(413, "Request body too large", f"limit is {limit} bytes")
    return bytes(body)


async def _params(request: Request, settings: Settings) -> list[tuple[str, str]]:
    """Protocol parameters from the query string and, for POST, the body."""
    if len(request.scope.get("query_string", b"")) > settings.max_request_bytes:
        raise ApiError(414, "URI too long", f"the query string is limited to "
                       f"{settings.max_request_bytes} bytes; POST the query instead")
    params = list(request.query_params.multi_items())
    if request.method == "GET":
        return params
    ctype, charset = _content_type(request)
    if charset not in (None, "utf-8", "utf8"):
        raise ApiError(415, "Unsupported charset", f"the body must be UTF-8, not {charset}")
    if ctype == "application/sparql-update":
        raise ApiError(415, "Updates are not accepted here",
                       "this is the read-only query endpoint")
    if ctype not in (_FORM, _DIRECT):
        raise ApiError(415, "Unsupported media type",
                       f"POST needs {_FORM} or {_DIRECT}, got {ctype or 'no Content-Type'}")
    body = await read_body(request, settings.max_request_bytes)
    if ctype == _FORM:
        text = _decode(body, "form body")
        try:
            return params + parse_qsl(text, keep_blank_values=True, strict_parsing=bool(text),
                                      encoding="utf-8", errors="strict")
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError(400, "Malformed form body", str(exc)) from exc
    if any(k == "query" for k, _ in params):
        raise ApiError(400, "Two queries", "a direct POST carries the query in the body; "
                       "the query string must not have a `query` parameter")
    return [*params, ("query", _decode(body, "query body"))]


def _timeout(params: list[tuple[str, str]], settings: Settings) -> float:
    """The server's limit, or a lower one asked for with ``timeout`` (seconds)."""
    asked = next((v for k, v in params if k == "timeout"), None)
    if not asked:
        return settings.query_timeout_s
    try:
        value = float(asked)
    except ValueError as exc:
        raise ApiError(400, "Invalid timeout", f"`timeout` is in seconds, got {asked!r}") from exc
    if not value > 0:
        raise ApiError(400, "Invalid timeout", "`timeout` must be positive")
    return min(value, settings.query_timeout_s)


@lru_cache(maxsize=8)
def _allowed_hosts(hosts: tuple[str, ...]) -> frozenset[str]:
    return frozenset(h.lower() for h in hosts)


def _endpoint(request: Request) -> str:
    """The endpoint's URL (the base IRI of the queries), cheaper than ``request.url``."""
    scope = request.scope
    host = request.headers.get("host") or "{}:{}".format(*scope.get("server", ("localhost", 80)))
    return f"{scope.get('scheme', 'http')}://{host}{scope.get('root_path', '')}{scope['path']}"


def _query_request(request: Request, params: list[tuple[str, str]], settings: Settings
                   ) -> QueryRequest:
    """The query with its dataset, media types and base IRI, checked; ApiError otherwise."""
    queries: list[str] = []
    default_graphs: list[str] = []
    named_graphs: list[str] = []
    fmt = None
    for k, v in params:
        if k == "query":
            queries.append(v)
        elif k == "default-graph-uri":
            default_graphs.append(v)
        elif k == "named-graph-uri":
            named_graphs.append(v)
        elif k == "format":
            fmt = v
        elif k in _UPDATE_PARAMS:
            raise ApiError(400, "Updates are not accepted here", "this is the read-only "
                           "query endpoint; SPARQL Update is at POST /sparql/update when enabled")
    if len(queries) != 1:
        raise ApiError(400, "Exactly one query parameter is required",
                       f"got {len(queries)} `query` parameters")
    query = queries[0]
    if len(query) > settings.max_query_length:
        raise ApiError(414 if request.method == "GET" else 413, "Query too long",
                       f"limit is {settings.max_query_length} characters")
    try:
        own_dataset = guard_query(query, _allowed_hosts(tuple(settings.service_allowed_hosts)))
    except ForbiddenQuery as exc:
        raise ApiError(403, "Query not allowed", str(exc)) from exc
    accept = (negotiation.FORMAT_PARAM.get(fmt.lower(), fmt) if fmt
              else request.headers.get("accept"))
    media_types = negotiation.for_query_kinds(accept)
    if not any(media_types):
        raise ApiError(406, "Not acceptable", "SPARQL results are available as "
                       f"{', '.join(negotiation.SELECT_TYPES + negotiation.GRAPH_TYPES)}")
    if default_graphs or named_graphs:  # the protocol's dataset replaces the query's
        return QueryRequest(query, media_types, tuple(default_graphs), tuple(named_graphs),
                            False, _endpoint(request))
    return QueryRequest(query, media_types, None, None, not own_dataset, _endpoint(request))


async def sparql(request: Request) -> Response:
    """SPARQL 1.1 Protocol: `query` by GET, form POST or direct POST; `default-graph-uri`
    and `named-graph-uri` honoured (they replace the query's FROM clauses; without any, the
    default graph is the union of all named graphs); result format by Accept (or `format`);
    `timeout` (seconds) may lower the server's limit. Without a query, GET answers the SPARQL
    Service Description. Results over the row or byte cap are cut and flagged with
    `X-Result-Truncated`; a query past its time limit, or one that finds the queue full, gets
    503 with Retry-After."""
    services = request.app.state.services
    settings: Settings = services.settings
    params = await _params(request, settings)
    if not params and request.method == "GET":
        return service_description(request)
    etag = etag_for(request) if request.method == "GET" else ""  # POST answers are not cached
    if etag and (cached := not_modified(request, etag)):
        return cached
    req = _query_request(request, params, settings)
    timeout = _timeout(params, settings)
    pool = query_pool(request.app.state, settings, services.store)
    try:
        out = await pool.run(req, timeout)
    except QueryTimeout as exc:
        raise ApiError(503, "Query timed out", str(exc),
                       headers={"Retry-After": str(max(1, round(timeout)))}) from exc
    except PoolBusy as exc:
        raise ApiError(503, "Too many queries", str(exc), headers={"Retry-After": "1"}) from exc
    except WorkerFailed as exc:
        raise ApiError(500, "Query failed", str(exc)) from exc
    except PoolError as exc:
        raise ApiError(503, "Query service unavailable", str(exc),
                       headers={"Retry-After": "5"}) from exc
    except QuerySyntaxError as exc:
        raise ApiError(400, "SPARQL syntax error", str(exc)) from exc
    except StoreError as exc:
        raise ApiError(400, "Query failed", str(exc)) from exc
    if out.media_type is None:
        raise ApiError(406, "Not acceptable", f"a {out.kind} result is available as "
                       f"{', '.join(negotiation.offered_for(out.kind))}")
    headers = {"Vary": "Accept", **cache_headers(request, etag)}
    if out.truncated:
        headers["X-Result-Truncated"] = out.truncated
    return Response(out.body, media_type=_CONTENT_TYPES[out.media_type], headers=headers)


_CONTENT_TYPES = {t: t + ("; charset=utf-8" if t.startswith("text/") or "json" in t or "xml" in t
                          else "") for t in negotiation.SELECT_TYPES + negotiation.GRAPH_TYPES}

# The endpoint is served by a plain Starlette route: FastAPI's per-request dependency and
# response machinery costs about as much as a trivial query itself. The identical FastAPI
# route after it is there for the OpenAPI document only (the first matching route wins).
router.add_route("/sparql", sparql, methods=["GET", "POST"], include_in_schema=False)
_QUERY_PARAMS = [
    {"name": "query", "in": "query", "schema": {"type": "string"}, "description": "SPARQL query"},
    {"name": "default-graph-uri", "in": "query", "schema": {"type": "string"}},
    {"name": "named-graph-uri", "in": "query", "schema": {"type": "string"}},
]
_POST_BODY = {"requestBody": {"content": {
    "application/x-www-form-urlencoded": {"schema": {
        "type": "object", "required": ["query"],
        "properties": {"query": {"type": "string"}, "default-graph-uri": {"type": "string"},
                       "named-graph-uri": {"type": "string"}}}},
    "application/sparql-query": {"schema": {"type": "string"}},
}}}
for _method in ("GET", "POST"):
    router.add_api_route("/sparql", sparql, methods=[_method], operation_id=f"sparql_{_method}",
                         summary="SPARQL 1.1 query endpoint", response_class=Response,
                         responses={200: {"content": {t: {} for t in negotiation.SELECT_TYPES
                                                      + negotiation.GRAPH_TYPES}}},
                         openapi_extra={"parameters": _QUERY_PARAMS} if _method == "GET"
                         else _POST_BODY)
