"""Entity resolution: every minted IRI ``<base>id/…`` answers at ``/id/…`` on this service,
as JSON (default), JSON-LD, Turtle, N-Triples, RDF/XML or HTML, by Accept or suffix."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import quote

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from rdflib import BNode, Graph, Literal, URIRef

from api import negotiation
from api.caching import cache_headers, etag_for, not_modified
from api.errors import ApiError
from api.html import entity_page
from kg.describe import Describer
from kg.queries import describe as describe_query
from kg.queries import exists as exists_query
from kg.store.base import StoreError, Term

router = APIRouter(tags=["entities"])

_RDFLIB_FORMAT = {
    "application/ld+json": "json-ld", "text/turtle": "turtle",
    "application/n-triples": "nt", "application/rdf+xml": "xml",
}


def _split_suffix(path: str) -> tuple[str, str | None]:
    head, dot, suffix = path.rpartition(".")
    if dot and suffix in negotiation.SUFFIXES and "/" not in suffix:
        return head, suffix
    return path, None


def _node(t: Term) -> URIRef | BNode | Literal:
    if t.type == "uri":
        return URIRef(t.value)
    if t.type == "bnode":
        return BNode(t.value)
    if t.lang:
        return Literal(t.value, lang=t.lang)
    return Literal(t.value, datatype=URIRef(t.datatype) if t.datatype else None)


def _public_base(request: Request) -> str:
    return str(request.base_url)


def _alternates(request: Request, path: str) -> dict[str, str]:
    base = str(request.base_url).rstrip("/")
    return {sfx: f"{base}/id/{quote(path)}.{sfx}" for sfx in negotiation.SUFFIXES}


@router.get("/id/{path:path}", summary="Describe an entity",
            responses={200: {"content": {t: {} for t in negotiation.ENTITY_TYPES}}})
async def entity(path: str, request: Request) -> Response:
    """The entity whose IRI is `<base>id/{path}`; a `.json`, `.jsonld`, `.ttl`, `.nt`, `.rdf`
    or `.html` suffix picks the format, otherwise the Accept header does (JSON by default)."""
    services = request.app.state.services
    vocab = services.vocab
    store = services.store
    etag = etag_for(request)
    if cached := not_modified(request, etag):
        return cached
    bare, suffix = _split_suffix(path)

    def resolve() -> str | None:
        for candidate in ([bare, path] if suffix else [path]):
            iri = vocab.ID + candidate
            if store.query(exists_query(iri)).boolean:
                return candidate
        return None

    try:
        found = await anyio.to_thread.run_sync(resolve, limiter=services.query_slots)
    except (ValueError, StoreError) as exc:  # the path does not make a valid IRI
        raise ApiError(404, "Not found", f"no entity {vocab.ID}{bare}") from exc
    if found is None:
        raise ApiError(404, "Not found", f"no entity {vocab.ID}{bare}")
    if found == path:
        suffix = None
    iri = vocab.ID + found
    media = negotiation.for_entity(request.headers.get("accept"), suffix)
    if media is None:
        raise ApiError(406, "Not acceptable", "entities are available as "
                       + ", ".join(negotiation.ENTITY_TYPES))
    alternates = _alternates(request, found)
    links = ", ".join(
        f'<{u}>; rel="alternate"; type="{negotiation.SUFFIXES[s]}"' for s, u in alternates.items()
    )
    headers = {"Vary": "Accept", "Link": links, **cache_headers(request, etag)}
    describer = Describer(store, vocab, _public_base(request))

    if media in ("application/json", "text/html"):
        d = await anyio.to_thread.run_sync(describer.describe, iri, limiter=services.query_slots)
        if d is None:
            raise ApiError(404, "Not found", f"no entity {iri}")
        if media == "text/html":
            return HTMLResponse(entity_page(d, alternates), headers=headers)
        context = (f'<{request.base_url}context.jsonld>; '
                   'rel="http://www.w3.org/ns/json-ld#context"; type="application/ld+json"')
        return JSONResponse(d, headers={**headers, "Link": f"{links}, {context}"})

    def triples() -> list[tuple[Term, Term, Term]]:
        return store.query(describe_query(iri)).triples + _incoming_triples(store, iri)

    g = Graph()
    for prefix, ns in (("gr", "https://w3id.org/govreport-kg/def/"), ("schema", "https://schema.org/"),
                       ("prov", "http://www.w3.org/ns/prov#"), ("oa", "http://www.w3.org/ns/oa#"),
                       ("skos", "http://www.w3.org/2004/02/skos/core#")):
        g.bind(prefix, ns)
    for s, p, o in await anyio.to_thread.run_sync(triples, limiter=services.query_slots):
        g.add((_node(s), _node(p), _node(o)))
    body: Any = g.serialize(format=_RDFLIB_FORMAT[media])
    if media == "application/ld+json":
        body = json.dumps(json.loads(body), ensure_ascii=False, indent=2)
    return Response(body, media_type=media, headers=headers)


def _incoming_triples(store: Any, iri: str) -> list[tuple[Term, Term, Term]]:
    from kg.queries import incoming

    rows = store.query(incoming(iri)).rows
    return [(r["s"], r["p"], Term("uri", iri)) for r in rows]
