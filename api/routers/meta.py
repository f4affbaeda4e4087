"""Health, landing page and the ontology at its namespace IRI."""

from __future__ import annotations

import anyio
from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from rdflib import Graph

import ontology
from api import negotiation

router = APIRouter(tags=["meta"])


@router.get("/health", summary="Liveness and store status")
async def health(request: Request) -> JSONResponse:
    """Answers without touching the query workers, so it stays fast under load."""
    services = request.app.state.services
    return JSONResponse({"status": "ok", "version": request.app.version,
                         "store": str(services.settings.store_path)})


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
async def index(request: Request) -> HTMLResponse:
    services = request.app.state.services
    graphs = await anyio.to_thread.run_sync(services.store.graphs, limiter=services.query_slots)
    return HTMLResponse(f"""<!doctype html><html lang="zh"><head><meta charset="utf-8">
<title>govreport-kg</title></head><body style="font-family:system-ui;max-width:50rem;margin:2rem auto">
<h1>govreport-kg</h1><p>政府工作报告知识图谱 — {len(graphs)} source document(s).</p>
<ul><li><a href="/sparql">SPARQL endpoint</a> (service description)</li>
<li><a href="/api/reports">reports</a> · <a href="/api/regions">regions</a> ·
<a href="/api/targets">targets</a> · <a href="/api/projects">projects</a> ·
<a href="/api/industries">industries</a> · <a href="/api/places">places</a></li>
<li><a href="/def/">ontology</a> · <a href="/docs">OpenAPI</a></li></ul></body></html>""")


_ONTOLOGY_FORMATS = ("text/turtle", "text/html", "application/ld+json", "application/n-triples",
                     "application/rdf+xml")


@router.get("/def/{term:path}", summary="The ontology (Turtle, JSON-LD, N-Triples, RDF/XML, HTML)",
            response_class=Response, responses={200: {"content": {t: {} for t in _ONTOLOGY_FORMATS}}})
async def ontology_doc(term: str, request: Request) -> Response:
    """The ontology is served at its namespace IRI; any term IRI answers with the whole
    ontology (hash-less terms, one document)."""
    text = ontology.path("core.ttl").read_text(encoding="utf-8")
    media = negotiation.best(request.headers.get("accept"), _ONTOLOGY_FORMATS) or "text/turtle"
    headers = {"Vary": "Accept"}
    if media == "text/turtle":
        return Response(text, media_type="text/turtle; charset=utf-8", headers=headers)
    g = Graph().parse(data=text, format="turtle")
    if media == "text/html":
        return HTMLResponse(_ontology_html(g), headers=headers)
    fmt = {"application/ld+json": "json-ld", "application/n-triples": "nt",
           "application/rdf+xml": "xml"}[media]
    return Response(g.serialize(format=fmt), media_type=media, headers=headers)


def _ontology_html(g: Graph) -> str:
    from html import escape

    from rdflib.namespace import OWL, RDF, RDFS

    rows = []
    for kind, title in ((OWL.Class, "Classes"), (OWL.ObjectProperty, "Object properties"),
                        (OWL.DatatypeProperty, "Datatype properties")):
        rows.append(f"<h2>{title}</h2><table>")
        for s in sorted(g.subjects(RDF.type, kind)):
            labels = " / ".join(escape(str(x)) for x in g.objects(s, RDFS.label))
            comment = " ".join(escape(str(x)) for x in g.objects(s, RDFS.comment))
            parents = ", ".join(escape(g.namespace_manager.normalizeUri(p))
                                for p in g.objects(s, RDFS.subClassOf))
            name = escape(g.namespace_manager.normalizeUri(s))
            rows.append(f'<tr id="{name}"><td><code>{name}</code></td><td>{labels}</td>'
                        f"<td>{parents}</td><td>{comment}</td></tr>")
        rows.append("</table>")
    return ('<!doctype html><html><head><meta charset="utf-8"><title>govreport-kg ontology'
            '</title></head><body style="font-family:system-ui;max-width:70rem;margin:2rem auto">'
            "<h1>govreport-kg ontology</h1>" + "".join(rows) + "</body></html>")
