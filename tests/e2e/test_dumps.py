"""End to end: `kg load-divisions` and `kg link wikidata` on a copy of the seeded store, served by
a real uvicorn process; the dumps reload into an empty store to the same quads, and the VoID
figures equal what the SPARQL endpoint counts."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, URIRef

from kg.ns import VOID, Vocab
from kg.store import OxigraphStore
from tests.conftest import ROOT, Server, start_server, stop_server

V = Vocab()
FIXTURE = ROOT / "tests" / "kg" / "fixtures" / "wikidata_p442_sample.csv"


def kg(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "kg.cli", *args], check=True, capture_output=True,
                   cwd=ROOT)


@pytest.fixture(scope="module")
def linked_server(seeded_store_path: Path, tmp_path_factory: pytest.TempPathFactory
                  ) -> Iterator[Server]:
    path = tmp_path_factory.mktemp("linked") / "store"
    shutil.copytree(seeded_store_path, path)
    kg("load-divisions", "--store", str(path))
    kg("link", "wikidata", str(FIXTURE), "--store", str(path))
    srv = start_server(path)
    yield srv
    stop_server(srv)


def sparql_count(server: Server, where: str) -> int:
    r = httpx.post(server.base_url + "/sparql",
                   data={"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"},
                   headers={"Accept": "application/sparql-results+json"}, timeout=30)
    r.raise_for_status()
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize(("path", "media"), [("/dump.nq", "application/n-quads"),
                                             ("/dump.trig", "application/trig")])
def test_dump_reloads_to_the_same_quad_count(linked_server: Server, store: OxigraphStore,
                                             path: str, media: str) -> None:
    quads = sparql_count(linked_server, "GRAPH ?g { ?s ?p ?o }")
    assert quads > 30_000  # seed + divisions + GB/T 4754 + Wikidata links
    with httpx.stream("GET", linked_server.base_url + path, timeout=60) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith(media)
        body = b"".join(r.iter_bytes())
    assert store.quad_count() == 0
    store.load_dataset(body, media)
    assert store.quad_count() == quads
    r = httpx.post(linked_server.base_url + "/sparql",
                   data={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"},
                   headers={"Accept": "application/sparql-results+json"}, timeout=30)
    served = {b["g"]["value"] for b in r.json()["results"]["bindings"]}
    assert set(store.graphs()) == served >= {
        str(V.graph(n)) for n in ("000_2ac18dfb8867e55f", "reference-divisions",
                                  "reference-gbt4754", "links-wikidata")}


def test_void_counts_equal_the_endpoint(linked_server: Server) -> None:
    r = httpx.get(linked_server.base_url + "/.well-known/void", timeout=30)
    assert r.status_code == 200
    g = Graph().parse(data=r.text, format="turtle")
    ds = URIRef(V.base + "dataset")
    distinct = "{ SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
    assert int(g.value(ds, VOID.triples)) == sparql_count(linked_server, distinct)
    wikidata = URIRef(V.base + "dataset/linkset/wikidata")
    assert int(g.value(wikidata, VOID.triples)) == sparql_count(linked_server, """
        { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o }
          VALUES ?p { <http://www.w3.org/2002/07/owl#sameAs>
                      <http://www.w3.org/2004/02/skos/core#exactMatch> }
          FILTER(STRSTARTS(STR(?o), "http://www.wikidata.org/entity/")) } }""")


def test_region_chain_over_http(linked_server: Server) -> None:
    r = httpx.post(linked_server.base_url + "/sparql", data={"query": """
        PREFIX gr: <https://w3id.org/govreport-kg/def/>
        SELECT DISTINCT ?code WHERE { ?x gr:divisionCode "530112" ; gr:parentRegion+ ?a .
                             ?a gr:divisionCode ?code } ORDER BY ?code"""},
        headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert [b["code"]["value"] for b in r.json()["results"]["bindings"]] == ["530000", "530100"]
    g = httpx.get(linked_server.base_url + "/rdf-graphs",
                  params={"graph": str(V.graph("links-wikidata"))},
                  headers={"Accept": "text/turtle"}, timeout=30)
    assert g.status_code == 200 and len(Graph().parse(data=g.text, format="turtle")) == 6
