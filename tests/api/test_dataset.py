"""The dataset routes in process: VoID, DCAT, dumps, Graph Store Protocol, JSON-LD context."""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from fastapi.testclient import TestClient
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, RDF

from api.app import create_app
from kg import reference as ref
from kg.config import Settings
from kg.ns import GR, VOID, WD, WDT, Vocab
from kg.store import OxigraphStore

# open namespaces: pytest probes module globals, and closed rdflib namespaces warn about it
DCAT = Namespace("http://www.w3.org/ns/dcat#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
V = Vocab()
SEED_GRAPH = str(V.graph("000_2ac18dfb8867e55f"))
RDF_FORMATS = {"text/turtle": "turtle", "application/n-triples": "nt",
               "application/ld+json": "json-ld", "application/rdf+xml": "xml"}


@pytest.fixture(scope="module")
def store(seeded_store_path: Path, tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[OxigraphStore]:
    path = tmp_path_factory.mktemp("dataset") / "store"
    shutil.copytree(seeded_store_path, path)
    st = OxigraphStore(path)
    for name, g in ((ref.DIVISIONS_GRAPH, ref.divisions_graph(V)),
                    (ref.GBT4754_GRAPH, ref.gbt4754_graph(V))):
        st.replace_graph(str(V.graph(name)), g.serialize(format="nt"))
    yield st
    st.close()


@pytest.fixture(scope="module")
def client(store: OxigraphStore) -> Iterator[TestClient]:
    app = create_app(Settings(store_path=store.path or Path("unused")), store=store)
    with TestClient(app) as c:
        yield c


def count(st: OxigraphStore, where: str) -> int:
    return int(st.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}").rows[0]["n"].value)


# -- VoID and DCAT -----------------------------------------------------------------------------

@pytest.mark.parametrize("media", list(RDF_FORMATS))
def test_void_in_every_rdf_format(client: TestClient, store: OxigraphStore, media: str) -> None:
    r = client.get("/.well-known/void", headers={"Accept": media})
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    g = Graph().parse(data=r.text, format=RDF_FORMATS[media])
    ds = URIRef(V.base + "dataset")
    assert (ds, RDF.type, VOID.Dataset) in g
    assert int(g.value(ds, VOID.triples)) == count(
        store, "{ SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")
    assert g.value(ds, VOID.sparqlEndpoint) == URIRef("http://testserver/sparql")


def test_void_is_turtle_by_default_and_406_otherwise(client: TestClient) -> None:
    assert client.get("/.well-known/void").headers["content-type"].startswith("text/turtle")
    r = client.get("/.well-known/void", headers={"Accept": "image/png"})
    assert r.status_code == 406 and r.json()["error"]["status"] == 406


def test_catalog(client: TestClient, store: OxigraphStore) -> None:
    r = client.get("/catalog")
    assert r.status_code == 200
    g = Graph().parse(data=r.text, format="turtle")
    cat = URIRef(V.base + "catalog")
    assert (cat, RDF.type, DCAT.Catalog) in g
    downloads = {str(o) for o in g.objects(None, DCAT.downloadURL)}
    assert downloads == {"http://testserver/dump.nq", "http://testserver/dump.trig"}
    assert {str(p) for p in g.objects(URIRef(V.base + "dataset"),
                                      URIRef("http://purl.org/dc/terms/hasPart"))} == set(
        store.graphs())
    jsonld = client.get("/catalog", headers={"Accept": "application/ld+json"})
    assert len(Graph().parse(data=jsonld.text, format="json-ld")) == len(g)


# -- dumps -------------------------------------------------------------------------------------

@pytest.mark.parametrize(("path", "media", "fmt"), [
    ("/dump.nq", "application/n-quads", ox.RdfFormat.N_QUADS),
    ("/dump.trig", "application/trig", ox.RdfFormat.TRIG),
])
def test_dumps_reload_to_the_same_quads(client: TestClient, store: OxigraphStore, path: str,
                                        media: str, fmt: ox.RdfFormat) -> None:
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    empty = ox.Store()
    empty.load(io.BytesIO(r.content), format=fmt)
    assert len(empty) == store.quad_count()
    assert {g.value for g in empty.named_graphs()} == set(store.graphs())


# -- Graph Store Protocol ----------------------------------------------------------------------

@pytest.mark.parametrize("media", list(RDF_FORMATS))
def test_gsp_named_graph(client: TestClient, store: OxigraphStore, media: str) -> None:
    r = client.get("/rdf-graphs", params={"graph": SEED_GRAPH}, headers={"Accept": media})
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    g = Graph().parse(data=r.text, format=RDF_FORMATS[media])
    assert len(g) == count(store, f"GRAPH <{SEED_GRAPH}> {{ ?s ?p ?o }}")


def test_gsp_default_graph_is_the_union(client: TestClient, store: OxigraphStore) -> None:
    r = client.get("/rdf-graphs?default", headers={"Accept": "application/n-triples"})
    assert r.status_code == 200
    g = Graph().parse(data=r.text, format="nt")
    assert len(g) == count(store, "{ SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")


@pytest.mark.parametrize(("query", "status"), [
    ({"graph": "https://w3id.org/govreport-kg/graph/nope"}, 404),
    ({}, 400),
    ({"graph": SEED_GRAPH, "default": ""}, 400),
    ({"graph": "not an iri"}, 404),
])
def test_gsp_errors(client: TestClient, query: dict[str, str], status: int) -> None:
    r = client.get("/rdf-graphs", params=query)
    assert r.status_code == status and r.json()["error"]["status"] == status


def test_gsp_writes_are_not_open(client: TestClient, store: OxigraphStore) -> None:
    before = store.quad_count()
    for method in ("put", "post", "delete"):  # token-guarded and off by default (update.py)
        r = getattr(client, method)("/rdf-graphs", params={"graph": SEED_GRAPH})
        assert r.status_code in (404, 405)
    assert store.quad_count() == before


# -- JSON-LD context ---------------------------------------------------------------------------

def _as_jsonld(client: TestClient, path: str) -> tuple[dict, Graph]:
    ctx = client.get("/context.jsonld")
    assert ctx.headers["content-type"].startswith("application/ld+json")
    entity = client.get(path).json()
    doc = {**entity, "@context": ctx.json()["@context"]}
    return entity, Graph().parse(data=json.dumps(doc, ensure_ascii=False), format="json-ld")


def _stored(store: OxigraphStore, iri: str) -> set[tuple]:
    """The entity's triples in the store (outgoing, hash children, incoming), numbers compared
    by value: the JSON carries numbers as JSON numbers."""
    from api.routers.entities import _node
    from kg.queries import describe, incoming

    triples = [tuple(_node(t) for t in tr) for tr in store.query(describe(iri)).triples]
    triples += [(_node(r["s"]), _node(r["p"]), URIRef(iri))
                for r in store.query(incoming(iri)).rows]
    return {_norm(t) for t in triples}


def _norm(t: tuple) -> tuple:
    out = []
    for x in t:
        if isinstance(x, Literal) and x.datatype == XSD.string:
            x = Literal(str(x))
        elif isinstance(x, Literal) and x.datatype in (XSD.integer, XSD.decimal, XSD.double,
                                                       XSD.nonNegativeInteger):
            x = ("number", float(x))
        out.append(x)
    return tuple(out)


def test_region_json_with_the_context_is_its_rdf(client: TestClient,
                                                 store: OxigraphStore) -> None:
    iri = V.iri("region", "530112")
    entity, g = _as_jsonld(client, "/id/region/530112")
    assert entity["id"] == str(iri)
    assert {_norm(t) for t in g} <= _stored(store, str(iri))
    assert (iri, RDF.type, GR.Region) in g
    assert (iri, GR.parentRegion, V.iri("region", "530100")) in g
    assert (iri, WDT.P442, Literal("53 01 12")) in g
    assert (V.iri("report", "530112", 2020), GR.region, iri) in g  # from "incoming"
    _, yunnan = _as_jsonld(client, "/id/region/530000")
    assert (V.iri("region", "530000"), OWL.sameAs, WD.Q43194) in yunnan


def test_target_json_with_the_context_is_its_rdf(client: TestClient,
                                                 store: OxigraphStore) -> None:
    rows = store.query(f"SELECT ?t WHERE {{ ?t a <{GR.Target}> ; <{GR.commitment}> ?c }} "
                       "ORDER BY ?t LIMIT 3").rows
    assert rows
    for row in rows:
        iri = URIRef(row["t"].value)
        entity, g = _as_jsonld(client, "/id/" + V.path_of(str(iri))[len("id/"):])
        assert "value" in entity and "kind" in entity  # the flat summary is there …
        assert {_norm(t) for t in g} <= _stored(store, str(iri))  # … and adds nothing wrong
        assert (iri, RDF.type, GR.Target) in g
        assert g.value(iri, GR.kind) == URIRef(f"{GR}kind/{entity['kind']}")
        assert g.value(iri, GR.commitment) == URIRef(f"{GR}commitment/{entity['commitment']}")
        assert g.value(iri, GR.setBy) == V.iri("report", "530112", 2020)
        quantity = g.value(iri, GR.quantity)
        assert g.value(quantity, GR.surfaceText) == Literal(entity["text"])


def test_void_is_computed_once_per_dataset_version_and_cached(
        client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import catalog

    calls = []
    original = catalog.void_graph

    def counting(*args: object) -> object:
        calls.append(1)
        return original(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(catalog, "void_graph", counting)
    client.app.state.services.data_changed()  # nothing cached from earlier tests
    first = client.get("/.well-known/void")
    second = client.get("/.well-known/void", headers={"accept": "application/n-triples"})
    assert first.status_code == second.status_code == 200
    assert len(calls) == 1  # the second format came from the same computation
    other = client.get("/.well-known/void", headers={"host": "mirror.example"})
    assert "http://mirror.example/sparql" in other.text and "public-url.invalid" not in other.text
    assert len(calls) == 1  # the Host header does not start another computation
    etag = first.headers["etag"]
    assert client.get("/.well-known/void", headers={"if-none-match": etag}).status_code == 304
    client.app.state.services.data_changed()  # a write: the next request recomputes
    assert client.get("/.well-known/void").status_code == 200
    assert len(calls) == 2


def test_statistics_slices_and_observations_have_entity_pages(client: TestClient) -> None:
    """`kg ingest` builds graph/statistics; its slice and observation IRIs resolve."""
    from kg import stats

    r = client.get("/sparql", params={"query": f"""SELECT ?slice ?o WHERE {{
        ?slice <http://purl.org/linked-data/cube#observation> ?o .
        FILTER(STRSTARTS(STR(?slice), "{client.app.state.services.vocab.ID}{stats.BY_REGION}/"))
        }} LIMIT 1"""}, headers={"accept": "application/sparql-results+json"})
    row = r.json()["results"]["bindings"][0]
    for iri in (row["slice"]["value"], row["o"]["value"]):
        path = "/id/" + iri.split("/id/", 1)[1]
        page = client.get(path, headers={"accept": "application/json"})
        assert page.status_code == 200, (path, page.text)
