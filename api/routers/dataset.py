"""Dataset self-description (DCAT, VoID), dumps, the read side of the SPARQL 1.1 Graph Store
Protocol and the JSON-LD context of the entity JSON."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from rdflib import Graph, URIRef

from api import negotiation
from api.caching import cache_headers, etag_for, not_modified
from api.errors import ApiError
from kg import catalog
from kg import catalog_queries as cq
from kg.describe import PREFIXES, curie
from kg.ns import Vocab
from kg.store.base import GraphStore, StoreError

router = APIRouter(tags=["dataset"])

_RDFLIB_FORMAT = {"text/turtle": "turtle", "application/n-triples": "nt",
                  "application/ld+json": "json-ld", "application/rdf+xml": "xml"}
_RDF_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {"content": {t: {} for t in negotiation.GRAPH_TYPES}}}


def _media(request: Request) -> str:
    media = negotiation.best(request.headers.get("accept"), negotiation.GRAPH_TYPES)
    if media is None:
        raise ApiError(406, "Not acceptable",
                       "available as " + ", ".join(negotiation.GRAPH_TYPES))
    return media


def _ctype(media: str) -> str:
    return media + ("; charset=utf-8" if media != "application/n-triples" else "")


# The descriptions are built once per dataset version with this stand-in for the service's
# URL, and given the URL each request was made to when they are written out: the Host header
# is the client's to choose, so it must not pick which expensive computation runs.
_PUBLIC_URL = "http://public-url.invalid/"


async def _described(request: Request,
                     build: Callable[[GraphStore, Vocab, str], Graph]) -> Response:
    """``build(store, vocab, public_url)``, computed off the event loop once per dataset
    version (its statistics scan the whole store: minutes at national scale, so never once
    per request) and serialized as negotiated, with an ETag."""
    services = request.app.state.services
    media = _media(request)
    etag = etag_for(request)
    if cached := not_modified(request, etag):
        return cached
    built = await _built_once(services, build)
    public_url = str(request.base_url)

    def serialize() -> str:
        graph = _rebased(built, _PUBLIC_URL, public_url)
        if media == "application/ld+json":
            ctx = {p: str(ns) for p, ns in graph.namespaces() if p}
            return json.dumps(json.loads(graph.serialize(format="json-ld", context=ctx)),
                              ensure_ascii=False, indent=2)
        return graph.serialize(format=_RDFLIB_FORMAT[media])

    body = await anyio.to_thread.run_sync(serialize, limiter=services.query_slots)
    return Response(body, media_type=_ctype(media),
                    headers={"Vary": "Accept", **cache_headers(request, etag)})


def _rebased(graph: Graph, old: str, new: str) -> Graph:
    """``graph`` with every IRI under ``old`` moved under ``new``."""
    if old == new:
        return graph

    def move(term: Any) -> Any:
        return URIRef(new + term[len(old):]) if isinstance(term, URIRef) and term.startswith(old) \
            else term

    out = Graph()
    for prefix, ns in graph.namespaces():
        out.bind(prefix, move(URIRef(ns)), override=True)
    for s, p, o in graph:
        out.add((move(s), move(p), move(o)))
    return out


async def _built_once(services: Any, build: Callable[[GraphStore, Vocab, str], Graph]) -> Graph:
    """One computation per (description, dataset version); concurrent requests wait for the
    same one. Descriptions of older versions are dropped."""
    cache: dict[tuple[str, str], asyncio.Task[Graph]] = services.described
    key = (build.__name__, services.dataset_version)
    for old in [k for k in cache if k[1] != services.dataset_version]:
        del cache[old]
    task = cache.get(key)
    if task is None or (task.done() and (task.cancelled() or task.exception() is not None)):
        task = asyncio.ensure_future(anyio.to_thread.run_sync(
            build, services.store, services.vocab, _PUBLIC_URL, limiter=services.query_slots))
        cache[key] = task
    return await asyncio.shield(task)  # a client that goes away does not cancel the others'


@router.get("/.well-known/void", summary="VoID description with statistics",
            response_class=Response, responses=_RDF_RESPONSES)
async def void(request: Request) -> Response:
    """VoID (Turtle by default): triples, subjects, class/property partitions, URI space,
    example resources, SPARQL endpoint, dumps, one linkset per external target — all counted
    from the store."""
    return await _described(request, catalog.void_graph)


@router.get("/catalog", summary="DCAT 3 catalog", response_class=Response,
            responses=_RDF_RESPONSES)
async def dcat_catalog(request: Request) -> Response:
    """DCAT 3 (Turtle by default): the dataset, its N-Quads and TriG distributions, the SPARQL
    data service, and one sub-dataset per named graph with source attribution and licence."""
    return await _described(request, catalog.catalog_graph)


async def _stream(request: Request, media: str, graph: str | None = None
                  ) -> AsyncIterator[bytes]:
    services = request.app.state.services
    chunks = services.store.dump(media, graph)
    while True:
        chunk = await anyio.to_thread.run_sync(next, chunks, None, limiter=services.query_slots)
        if chunk is None:
            return
        yield chunk


def _dump(request: Request, media: str, filename: str) -> StreamingResponse:
    return StreamingResponse(_stream(request, media), media_type=media,
                             headers={"Content-Disposition": f'inline; filename="{filename}"'})


@router.get("/dump.nq", summary="Whole dataset as N-Quads", response_class=StreamingResponse,
            responses={200: {"content": {"application/n-quads": {}}}})
async def dump_nquads(request: Request) -> StreamingResponse:
    """Every named graph, streamed from the store."""
    return _dump(request, "application/n-quads", "govreport-kg.nq")


@router.get("/dump.trig", summary="Whole dataset as TriG", response_class=StreamingResponse,
            responses={200: {"content": {"application/trig": {}}}})
async def dump_trig(request: Request) -> StreamingResponse:
    """Every named graph, streamed from the store."""
    return _dump(request, "application/trig", "govreport-kg.trig")


@router.head("/rdf-graphs", summary="Graph Store Protocol HEAD", operation_id="graph_store_head",
             response_class=Response, include_in_schema=False)
@router.get("/rdf-graphs", summary="SPARQL 1.1 Graph Store Protocol (read-only)",
            operation_id="graph_store_get", response_class=Response, responses=_RDF_RESPONSES)
async def graph_store(request: Request) -> Response:
    """`?graph=IRI` returns that named graph, `?default` the default graph — the union of all
    named graphs, as at the SPARQL endpoint. Turtle, N-Triples, JSON-LD or RDF/XML by Accept;
    404 for a graph the store does not hold. (The token-guarded write methods are in
    `api/routers/update.py`.)"""
    services = request.app.state.services
    params = request.query_params
    graphs, default = params.getlist("graph"), "default" in params
    if default == bool(graphs) or len(graphs) > 1:
        raise ApiError(400, "Give exactly one of ?graph=IRI or ?default",
                       "SPARQL 1.1 Graph Store Protocol, indirect graph identification")
    media = _media(request)
    headers = {"Vary": "Accept"}

    def named() -> bytes | None:
        if graphs[0] not in services.store.graphs():
            return None
        return b"".join(services.store.dump(media, graphs[0]))

    def union() -> bytes:
        _, _, body = services.store.serialize(cq.UNION_GRAPH, lambda _: media)
        return body

    try:
        body = await anyio.to_thread.run_sync(union if default else named,
                                              limiter=services.query_slots)
    except (StoreError, ValueError) as exc:
        raise ApiError(400, "Cannot read the graph", str(exc)) from exc
    if body is None:
        raise ApiError(404, "No such graph", f"the store holds no graph <{graphs[0]}>")
    return Response(body, media_type=_ctype(media), headers=headers)


# -- JSON-LD context of the entity JSON (kg/describe.py) ---------------------------------------

_SUMMARY_KEYS = ("value", "min_value", "max_value", "unit", "normalized", "currency", "text",
                 "report")
_LITERAL = {"value": "@value", "lang": "@language", "datatype": "@type"}


def entity_context(predicates: Iterable[tuple[str, bool]]) -> dict[str, Any]:
    """A JSON-LD 1.1 context that reads the entity JSON of :mod:`kg.describe` as the entity's
    own triples.

    ``claims`` (and the ``properties`` of an embedded node) are nested (``@nest``) properties of
    the node they sit in and ``incoming`` holds reverse properties. Each property key gets a
    property-scoped context in which ``value``/``lang``/``datatype`` are ``@value``/
    ``@language``/``@type``, so literal claims become value objects; that is why the keys are
    listed (``predicates``: every predicate in the store, with True when all its objects are
    IRIs — such a key is ``@type: @id``, so the plain strings of ``properties`` are IRIs).
    ``labels`` is ``rdfs:label`` (every labelled entity has one). Outside claims those words mean
    nothing: the convenience fields that only repeat other triples — ``url``, a link's
    ``label``, ``sources`` and the flat summary of targets and actuals — are mapped to null.
    ``kind``, ``comparator`` and ``commitment`` expand the summary's last segment and the
    claim's IRI to the same concept. Numbers in ``properties`` are plain JSON numbers, so they
    come out as xsd:integer / xsd:double where the store has xsd:decimal."""
    gr = next(ns for ns, prefix in PREFIXES.items() if prefix == "")
    ctx: dict[str, Any] = {"@version": 1.1, "@vocab": gr, "gr": gr,
                           "xsd": "http://www.w3.org/2001/XMLSchema#"}
    ctx.update({prefix.rstrip(":"): ns for ns, prefix in PREFIXES.items() if prefix})
    ctx.update({
        "id": "@id",
        "types": "@type",
        "labels": {"@id": "rdfs:label", "@container": "@language"},
        "claims": "@nest",
        "properties": "@nest",
        "incoming": "@reverse",
        "label": None,
        "url": None,
        "sources": None,
        **{k: None for k in _SUMMARY_KEYS},
    })
    for p, iri_valued in sorted(set(predicates)):
        key = curie(p)
        if key not in ctx:
            ctx[key] = {"@id": p, "@context": _LITERAL}
            if iri_valued:
                ctx[key]["@type"] = "@id"
    for key in ("kind", "comparator", "commitment"):
        # "growth" in the summary is relative to the concept namespace; claims hold full IRIs
        ctx[key] = {"@id": gr + key, "@type": "@id",
                    "@context": {"@base": f"{gr}{key}/", **_LITERAL}}
    return {"@context": ctx}


@router.get("/context.jsonld", summary="JSON-LD context of the entity JSON", response_class=Response,
            responses={200: {"content": {"application/ld+json": {}}}})
async def context(request: Request) -> JSONResponse:
    """With this context the JSON of `/id/…` is JSON-LD: add it as `@context`, or read the JSON
    with this document as its context."""
    services = request.app.state.services

    def predicates() -> list[tuple[str, bool]]:
        return [(r["p"].value, int(r["literals"].value) == 0)
                for r in services.store.query(cq.PREDICATES).rows]

    used = await anyio.to_thread.run_sync(predicates, limiter=services.query_slots)
    return JSONResponse(entity_context(used), media_type="application/ld+json")
