"""SPARQL 1.1 Service Description of the endpoint (answered by GET /sparql without a query)."""

from __future__ import annotations

from fastapi import Request
from fastapi.responses import Response
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF

from api import negotiation

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
RDF_FORMATS = {
    "text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
    "application/rdf+xml": "xml",
}


def endpoint_url(request: Request) -> str:
    """The URL the request reached, without query string: the endpoint's IRI."""
    return str(request.url.replace(query="", fragment=""))


def description_graph(endpoint: str, void_url: str, federated: bool = False) -> Graph:
    """The description of the query endpoint at ``endpoint``. ``federated``: SERVICE calls
    are allowed to some hosts (sd:BasicFederatedQuery is only claimed then)."""
    g = Graph()
    g.bind("sd", SD)
    svc = URIRef(endpoint)
    g.add((svc, RDF.type, SD.Service))
    g.add((svc, SD.endpoint, svc))
    g.add((svc, SD.supportedLanguage, SD.SPARQL11Query))
    for f in ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
              "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"):
        g.add((svc, SD.resultFormat, FORMATS[f]))
    g.add((svc, SD.feature, SD.UnionDefaultGraph))
    if federated:
        g.add((svc, SD.feature, SD.BasicFederatedQuery))
    ds = BNode("dataset")
    g.add((svc, SD.defaultDataset, ds))
    g.add((ds, RDF.type, SD.Dataset))
    dg = BNode("defaultGraph")
    g.add((ds, SD.defaultGraph, dg))
    g.add((dg, RDF.type, SD.Graph))
    g.add((dg, URIRef("http://rdfs.org/ns/void#inDataset"), URIRef(void_url)))
    g.add((svc, URIRef("http://purl.org/dc/terms/description"),
           Literal("Read-only SPARQL 1.1 query endpoint of govreport-kg. The default graph is "
                   "the union of all named graphs (one per source document).", lang="en")))
    return g


def service_description(request: Request) -> Response:
    """The Service Description in the RDF format the Accept header prefers (Turtle default)."""
    base = str(request.base_url)
    settings = request.app.state.services.settings
    g = description_graph(endpoint_url(request), base + ".well-known/void",
                          federated=bool(settings.service_allowed_hosts))
    media = negotiation.best(request.headers.get("accept"), tuple(RDF_FORMATS)) or "text/turtle"
    return Response(g.serialize(format=RDF_FORMATS[media]), media_type=media,
                    headers={"Vary": "Accept"})
