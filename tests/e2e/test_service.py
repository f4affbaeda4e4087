"""End to end: a real uvicorn process serving the ingested seed, queried with third-party
clients (SPARQLWrapper, rdflib's SPARQLStore) and httpx."""

from __future__ import annotations

import httpx
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, SPARQLWrapper

from tests.conftest import Server

GR = "https://w3id.org/govreport-kg/def/"


def test_count_with_sparqlwrapper(server: Server) -> None:
    sw = SPARQLWrapper(server.base_url + "/sparql")
    sw.setQuery("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
    sw.setReturnFormat(JSON)
    n = int(sw.query().convert()["results"]["bindings"][0]["n"]["value"])
    assert n > 1000


def test_targets_with_rdflib_sparqlstore(server: Server) -> None:
    g = Graph(store=SPARQLStore(server.base_url + "/sparql", returnFormat="json"))
    rows = list(g.query(f"""
        PREFIX gr: <{GR}> PREFIX schema: <https://schema.org/>
        SELECT ?text ?unit WHERE {{ ?t a gr:Target ; gr:quantity ?q .
          ?q gr:surfaceText ?text ; schema:unitText ?unit }}"""))
    got = {(str(r[0]), str(r[1])) for r in rows}
    assert ("5000万美元以上", "万美元") in got and ("2500亩", "亩") in got
    assert len(rows) == 17


def test_target_entity_json_has_value_unit_region_report(server: Server) -> None:
    listing = httpx.get(server.base_url + "/api/targets",
                        params={"region": "530112", "year": 2020, "per_page": 100}).json()
    item = next(i for i in listing["items"] if i["text"] == "120亿元")
    r = httpx.get(item["url"])
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    d = r.json()
    assert d["id"] == item["id"] and "Target" in d["types"]
    assert (d["value"], d["unit"], d["normalized"], d["currency"]) == (
        120, "亿元", 12_000_000_000, "CNY")
    assert d["region"]["id"].endswith("/id/region/530112")
    assert d["report"]["id"].endswith("/id/report/530112/2020")
    assert d["sources"][0]["text"] == "120亿元"
    assert "Vary" in r.headers and 'rel="alternate"' in r.headers["link"]


def test_entity_formats_by_suffix_and_accept(server: Server) -> None:
    report = server.base_url + "/id/report/530112/2020"
    ttl = httpx.get(report + ".ttl")
    assert ttl.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=ttl.text, format="turtle")
    assert any(str(o) == "2020" for o in g.objects(predicate=None))
    jsonld = httpx.get(report, headers={"Accept": "application/ld+json"})
    assert jsonld.headers["content-type"].startswith("application/ld+json")
    assert len(Graph().parse(data=jsonld.text, format="json-ld")) == len(g)
    html = httpx.get(report, headers={"Accept": "text/html"})
    assert html.headers["content-type"].startswith("text/html") and "2020" in html.text
    assert httpx.get(server.base_url + "/id/report/999999/2020").status_code == 404


def test_lists_paginate(server: Server) -> None:
    first = httpx.get(server.base_url + "/api/targets", params={"per_page": 5}).json()
    assert len(first["items"]) == 5 and first["next"]
    second = httpx.get(first["next"]).json()
    assert second["page"] == 2
    assert not {i["id"] for i in first["items"]} & {i["id"] for i in second["items"]}
    for path in ("/api/regions", "/api/reports", "/api/projects", "/api/industries",
                 "/api/places", "/api/indicators"):
        r = httpx.get(server.base_url + path)
        assert r.status_code == 200 and r.json()["items"], path


def test_malformed_query_is_400_with_parser_message(server: Server) -> None:
    r = httpx.get(server.base_url + "/sparql", params={"query": "SELECT ?s WHERE {"})
    assert r.status_code == 400
    assert "error at 1:" in r.json()["error"]["detail"]


def test_ontology_at_namespace_and_docs(server: Server) -> None:
    r = httpx.get(server.base_url + "/def/", headers={"Accept": "text/turtle"})
    g = Graph().parse(data=r.text, format="turtle")
    assert len(g) > 100
    html = httpx.get(server.base_url + "/def/", headers={"Accept": "text/html"})
    assert "gr:Target" in html.text or "Target" in html.text
    assert httpx.get(server.base_url + "/docs").status_code == 200
    assert httpx.get(server.base_url + "/openapi.json").json()["paths"]
    assert httpx.get(server.base_url + "/health").json()["status"] == "ok"


def test_http_caching_with_etags(server: Server) -> None:
    """Repeats are cheap: an ETag from the dataset version, 304 on If-None-Match."""
    for url in (server.base_url + "/id/report/530112/2020",
                server.base_url + "/api/targets?per_page=3",
                server.base_url + "/sparql?query=ASK%20%7B%3Fs%20%3Fp%20%3Fo%7D"):
        first = httpx.get(url)
        etag = first.headers["etag"]
        assert first.status_code == 200 and "max-age" in first.headers["cache-control"]
        again = httpx.get(url, headers={"If-None-Match": etag})
        assert again.status_code == 304 and again.content == b""
        other = httpx.get(url, headers={"If-None-Match": etag, "Accept": "text/turtle"})
        assert other.status_code in (200, 406)  # another representation, another tag
    post = httpx.post(server.base_url + "/sparql", data={"query": "ASK { ?s ?p ?o }"})
    assert "etag" not in post.headers  # POST answers are not cached
