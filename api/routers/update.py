"""Token-guarded writes: SPARQL 1.1 Update and the Graph Store Protocol's write methods.

* ``POST /sparql/update`` — body ``application/sparql-update``, or a form with one ``update``;
* ``PUT /rdf-graphs?graph=IRI`` — replace the named graph by the RDF body (201 new, 204 replaced);
* ``POST /rdf-graphs?graph=IRI`` — merge the RDF body into it (201 new, 204 merged);
* ``DELETE /rdf-graphs?graph=IRI`` — drop it (204; 404 if absent).

Off unless ``KG_UPDATES_ENABLED=true``: every route then answers 404. When on, each request
must carry ``Authorization: Bearer <KG_UPDATE_TOKEN>``: 401 without a bearer token, 403 with a
wrong one (and with no token configured every write is refused). ``LOAD`` and ``SERVICE`` are
refused (403) because they make the server fetch URLs; ``using-graph-uri`` /
``using-named-graph-uri`` are not supported (400). Writes to the default graph are refused: it
is the union of the named graphs. Writes run one at a time, in a worker thread, through the
store interface (:class:`~kg.store.base.GraphStore` ``replace_graph`` / ``drop_graph``, and an
``update(sparql)`` method where the backend has one); after each the query worker pool reloads
the data, so a query sent after the response sees the write, and the precomputed statistics
(``kg/stats.py``) are brought up to date with it (:func:`_keep_statistics`); after a SPARQL
Update on a large store, in the background.
"""

from __future__ import annotations

import asyncio
import hmac
import logging
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import parse_qsl

import anyio
import pyoxigraph as ox
from fastapi import APIRouter, Request
from fastapi.responses import Response

from api.errors import ApiError
from api.routers.sparql import read_body
from kg import stats
from kg.config import Settings
from kg.ns import Vocab
from kg.sparql_guard import ForbiddenQuery, check_update
from kg.store.base import GraphStore, QuerySyntaxError, StoreError
from kg.store.pool import refresh_query_pool

log = logging.getLogger(__name__)

router = APIRouter(tags=["update"])
T = TypeVar("T")

_FORM = "application/x-www-form-urlencoded"
_UPDATE = "application/sparql-update"
_RDF_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}


def _authorize(request: Request) -> Settings:
    """The settings, once the request may write; 404 / 401 / 403 otherwise."""
    settings: Settings = request.app.state.services.settings
    if not settings.updates_enabled:
        raise ApiError(404, "Not Found", "writes are disabled on this server")
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ApiError(401, "Authentication required", "send Authorization: Bearer <token>",
                       headers={"WWW-Authenticate": 'Bearer realm="govreport-kg"'})
    expected = settings.update_token.get_secret_value()
    if not expected or not hmac.compare_digest(token.strip().encode(), expected.encode()):
        raise ApiError(403, "Forbidden", "the bearer token is not valid for writes")
    return settings


def _media_type(request: Request) -> str:
    media, _, params = request.headers.get("content-type", "").partition(";")
    charset = params.partition("charset=")[2].strip().strip('"').lower()
    if charset and charset not in ("utf-8", "utf8"):
        raise ApiError(415, "Unsupported charset", f"the body must be UTF-8, not {charset}")
    return media.strip().lower()


def _utf8(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ApiError(400, "Request is not UTF-8", f"byte {exc.start} is invalid") from exc


def _graph_iri(request: Request) -> str:
    params = request.query_params
    if "default" in params:
        raise ApiError(400, "The default graph is read-only",
                       "it is the union of the named graphs; write to a named graph")
    graphs = params.getlist("graph")
    if len(graphs) != 1:
        raise ApiError(400, "Exactly one graph parameter is required",
                       f"got {len(graphs)} `graph` parameters")
    try:
        return ox.NamedNode(graphs[0]).value
    except ValueError as exc:
        raise ApiError(400, "Invalid graph IRI", str(exc)) from exc


def _ntriples(body: bytes, media: str, graph: str) -> str:
    """The RDF body as an N-Triples document (relative IRIs resolved against ``graph``)."""
    fmt = _RDF_FORMATS.get(media)
    if fmt is None:
        raise ApiError(415, "Unsupported media type",
                       f"send one of {', '.join(_RDF_FORMATS)}, got {media or 'none'}")
    try:
        quads = ox.parse(body, format=fmt, base_iri=graph)
        return ox.serialize([q.triple for q in quads], format=ox.RdfFormat.N_TRIPLES).decode()
    except (SyntaxError, ValueError) as exc:
        raise ApiError(400, "Invalid RDF", str(exc)) from exc


def run_update(store: GraphStore, sparql: str) -> None:
    """Run a SPARQL Update through the store's ``update`` method (501 without one)."""
    update: Callable[[str], Any] | None = getattr(store, "update", None)
    if update is None:
        raise ApiError(501, "SPARQL Update not supported",
                       f"the {type(store).__name__} backend has no update method")
    try:
        update(sparql)
    except (SyntaxError, QuerySyntaxError) as exc:
        raise ApiError(400, "SPARQL syntax error", str(exc)) from exc
    except (StoreError, OSError, ValueError) as exc:
        raise ApiError(400, "Update failed", str(exc)) from exc


def _keep_statistics(store: GraphStore, vocab: Vocab, graphs: list[str] | None,
                     write: Callable[[], T], inline_max_quads: int = 2_000_000,
                     later: Callable[[], None] | None = None) -> T:
    """``write()``, then the precomputed statistics brought up to date: the cells of the
    targets in ``graphs`` before and after the write are recomputed (``kg.stats.update``);
    ``graphs=None`` (a SPARQL Update may touch any target): rebuilt at once while the store
    holds at most ``inline_max_quads`` (~1 s per million quads), else ``later()`` is called to
    rebuild them after the answer. Nothing is done when the store has no statistics graph."""
    if str(vocab.graph(stats.STATISTICS_GRAPH)) not in store.graphs():
        return write()
    before = stats.cells_of(store, graphs) if graphs is not None else None
    result = write()
    if before is not None and graphs is not None:
        stats.update(store, vocab, before | stats.cells_of(store, graphs))
    elif store.quad_count() <= inline_max_quads:
        stats.refresh(store, vocab)
    elif later is not None:
        later()
    return result


def _write_lock(state: Any) -> asyncio.Lock:
    lock: asyncio.Lock | None = getattr(state, "write_lock", None)
    if lock is None:
        lock = state.write_lock = asyncio.Lock()
    return lock


async def _write(request: Request, action: Callable[[GraphStore], Any]) -> Any:
    """Run ``action(store)`` alone, off the event loop, then reload the query workers."""
    state = request.app.state
    async with _write_lock(state):
        result = await anyio.to_thread.run_sync(action, state.services.store)
        state.services.data_changed()  # new ETags from now on
        await refresh_query_pool(state)  # only after a write that went through
        return result


def _refresh_statistics_later(state: Any) -> None:
    """Rebuild the statistics of a large store in the background, after the answer; a rebuild
    already running is followed by one more, so the last write is always counted."""
    task: asyncio.Task[None] | None = getattr(state, "statistics_task", None)
    if task is not None and not task.done():
        state.statistics_again = True
        return
    state.statistics_task = asyncio.get_running_loop().create_task(_refresh_statistics(state))


async def _refresh_statistics(state: Any) -> None:
    while True:
        state.statistics_again = False
        try:
            async with _write_lock(state):
                services = state.services
                await anyio.to_thread.run_sync(stats.refresh, services.store, services.vocab)
                services.data_changed()
                await refresh_query_pool(state)
        except Exception:  # a background task has no caller to tell: log it
            log.exception("rebuilding the statistics after an update failed; run `kg stats`")
            return
        if not state.statistics_again:
            return


@router.post("/sparql/update", summary="SPARQL 1.1 Update (token-guarded; off by default)",
             status_code=204, response_class=Response)
async def sparql_update(request: Request) -> Response:
    """SPARQL 1.1 Update by direct POST (`application/sparql-update`) or form POST (one
    `update` parameter). `LOAD` and `SERVICE` are refused."""
    settings = _authorize(request)
    media = _media_type(request)
    if media not in (_UPDATE, _FORM):
        raise ApiError(415, "Unsupported media type", f"POST needs {_UPDATE} or {_FORM}")
    body = _utf8(await read_body(request, settings.max_update_bytes))
    params = list(request.query_params.multi_items())
    if media == _FORM:
        try:
            params += parse_qsl(body, keep_blank_values=True, strict_parsing=bool(body),
                                encoding="utf-8", errors="strict")
        except (ValueError, UnicodeDecodeError) as exc:
            raise ApiError(400, "Malformed form body", str(exc)) from exc
        updates = [v for k, v in params if k == "update"]
    else:
        updates = [body, *(v for k, v in params if k == "update")]
    if len(updates) != 1:
        raise ApiError(400, "Exactly one update is required", f"got {len(updates)}")
    if any(k in ("using-graph-uri", "using-named-graph-uri") for k, _ in params):
        raise ApiError(400, "Unsupported parameter", "using-graph-uri and "
                       "using-named-graph-uri are not supported; use USING / WITH")
    try:
        check_update(updates[0])
    except ForbiddenQuery as exc:
        raise ApiError(403, "Update not allowed", str(exc)) from exc
    vocab = request.app.state.services.vocab
    stale: list[bool] = []
    await _write(request, lambda store: _keep_statistics(
        store, vocab, None, lambda: run_update(store, updates[0]),
        settings.statistics_inline_max_quads, lambda: stale.append(True)))
    if stale:
        _refresh_statistics_later(request.app.state)
    return Response(status_code=204)


async def _write_body(request: Request, merge: bool) -> Response:
    """PUT (replace) or POST (merge) the RDF body into the graph `graph`: 201 if it is new."""
    settings = _authorize(request)
    graph = _graph_iri(request)
    text = _ntriples(await read_body(request, settings.max_update_bytes),
                     _media_type(request), graph)

    vocab = request.app.state.services.vocab

    def action(store: GraphStore) -> bool:
        existed = graph in store.graphs()

        def write() -> None:
            if merge:
                run_update(store, f"INSERT DATA {{ GRAPH <{graph}> {{\n{text}\n}} }}")
            else:
                store.replace_graph(graph, text)

        _keep_statistics(store, vocab, [graph], write)
        return existed

    existed = await _write(request, action)
    return Response(status_code=204 if existed else 201)


@router.put("/rdf-graphs", summary="Graph Store Protocol: replace a named graph",
            status_code=204, response_class=Response)
async def put_graph(request: Request) -> Response:
    """Replace the graph `graph` by the RDF body (Turtle, N-Triples, RDF/XML or JSON-LD)."""
    return await _write_body(request, merge=False)


@router.post("/rdf-graphs", summary="Graph Store Protocol: merge into a named graph",
             status_code=204, response_class=Response)
async def post_graph(request: Request) -> Response:
    """Add the triples of the RDF body to the graph `graph` (created if absent)."""
    return await _write_body(request, merge=True)


@router.delete("/rdf-graphs", summary="Graph Store Protocol: drop a named graph",
               status_code=204, response_class=Response)
async def delete_graph(request: Request) -> Response:
    """Drop the graph `graph`; 404 if there is no such graph."""
    _authorize(request)
    graph = _graph_iri(request)

    vocab = request.app.state.services.vocab

    def action(store: GraphStore) -> None:
        if graph not in store.graphs():
            raise ApiError(404, "Not Found", f"no graph {graph}")
        _keep_statistics(store, vocab, [graph], lambda: store.drop_graph(graph))

    await _write(request, action)
    return Response(status_code=204)
