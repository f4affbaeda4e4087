"""SPARQL 1.1 Protocol conformance against a real server.

The query-side cases of the W3C protocol test suite (w3c/rdf-tests,
sparql/sparql11/protocol/manifest.ttl), each named after its manifest entry, plus every result
format by Accept (parsed and checked value by value) and the protocol's dataset parameters.
Update cases sent to this read-only endpoint must be refused and change nothing.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import httpx
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.store import OxigraphStore
from tests.conftest import Server, start_server, stop_server

K = "http://kasei.us/2009/09/sparql/data/"
D0, D1, D2, D3 = (f"{K}data{i}.rdf" for i in range(4))
FOAF_DOC = "http://xmlns.com/foaf/0.1/Document"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
FMT = "http://example.org/formats"
EX = "http://example.org/"
SRX = "{http://www.w3.org/2005/sparql-results#}"

# The W3C tests' data1..3: one foaf:Document per graph (the graph is named after it).
GRAPHS = {
    iri: f'<{iri}> <{RDF_TYPE}> <{FOAF_DOC}> .\n<{iri}> <{EX}value> "{n}"'
         f'^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
    for n, iri in enumerate((D1, D2, D3), start=1)
}
# Terms that stress each results format: language tags, datatypes, CJK, quotes, commas, tabs,
# newlines and a blank node.
GRAPHS[FMT] = (
    f'<{EX}a> <{EX}label> "杭州市"@zh .\n'
    f'<{EX}a> <{EX}note> "say \\"hi\\", then\\ttab\\nnewline" .\n'
    f'<{EX}a> <{EX}amount> "3.5"^^<http://www.w3.org/2001/XMLSchema#decimal> .\n'
    f'<{EX}a> <{EX}link> _:b1 .\n'
    f'_:b1 <{EX}label> "blank" .\n'
)
FMT_SELECT = f"SELECT ?p ?o WHERE {{ GRAPH <{FMT}> {{ <{EX}a> ?p ?o }} }} ORDER BY ?p"
FMT_CONSTRUCT = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{FMT}> {{ ?s ?p ?o }} }}"

FORM = {"content-type": "application/x-www-form-urlencoded"}
DIRECT = {"content-type": "application/sparql-query"}


@pytest.fixture(scope="module")
def proto(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    path = tmp_path_factory.mktemp("protocol") / "store"
    store = OxigraphStore(path)
    for graph, nt in GRAPHS.items():
        store.replace_graph(graph, nt)
    store.close()
    srv = start_server(path)
    yield srv
    stop_server(srv)
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def client(proto: Server) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=proto.base_url, timeout=30) as c:
        yield c


def boolean(r: httpx.Response) -> bool:
    """The boolean of an ASK result in SPARQL JSON or XML, checking the status and type."""
    assert r.status_code == 200, r.text
    ctype = r.headers["content-type"]
    if ctype.startswith("application/sparql-results+json"):
        return r.json()["boolean"]
    assert ctype.startswith("application/sparql-results+xml"), ctype
    return ET.fromstring(r.content).find(f"{SRX}boolean").text == "true"


def is_error(r: httpx.Response, status: int | None = None) -> None:
    assert 400 <= r.status_code < 500, (r.status_code, r.text)
    if status is not None:
        assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["status"] == r.status_code and err["title"]


# -- the W3C manifest's query cases -----------------------------------------------------------


def test_query_post_form(client: httpx.Client) -> None:
    r = client.post("/sparql", params={"default-graph-uri": D0}, content="query=ASK%20%7B%7D",
                    headers=FORM)
    assert boolean(r) is True


def test_query_dataset_default_graphs_get(client: httpx.Client) -> None:
    q = f"ASK {{ <{D1}> a ?type . <{D2}> a ?type . }}"
    r = client.get("/sparql", params=[("query", q), ("default-graph-uri", D1),
                                      ("default-graph-uri", D2)])
    assert boolean(r) is True
    # Honoured, not ignored: with data1 alone in the default graph data2 is not there.
    r = client.get("/sparql", params=[("query", q), ("default-graph-uri", D1)])
    assert boolean(r) is False


def test_query_dataset_default_graphs_post(client: httpx.Client) -> None:
    q = f"ASK {{ <{D1}> a ?type . <{D2}> a ?type . }}"
    r = client.post("/sparql", params=[("default-graph-uri", D1), ("default-graph-uri", D2)],
                    content=q, headers=DIRECT)
    assert boolean(r) is True
    r = client.post("/sparql", params=[("default-graph-uri", D3)], content=q, headers=DIRECT)
    assert boolean(r) is False


NAMED_Q = (f"ASK {{ GRAPH ?g1 {{ <{D1}> a ?type }} GRAPH ?g2 {{ <{D2}> a ?type }} }}")


def test_query_dataset_named_graphs_post(client: httpx.Client) -> None:
    r = client.post("/sparql", params=[("named-graph-uri", D1), ("named-graph-uri", D2)],
                    content=NAMED_Q, headers=DIRECT)
    assert boolean(r) is True
    r = client.post("/sparql", params=[("named-graph-uri", D1)], content=NAMED_Q,
                    headers=DIRECT)
    assert boolean(r) is False


def test_query_dataset_named_graphs_get(client: httpx.Client) -> None:
    r = client.get("/sparql", params=[("query", NAMED_Q), ("named-graph-uri", D1),
                                      ("named-graph-uri", D2)])
    assert boolean(r) is True


def test_query_dataset_full(client: httpx.Client) -> None:
    q = (f"ASK {{ <{D3}> a ?type GRAPH ?g1 {{ <{D1}> a ?type }} "
         f"GRAPH ?g2 {{ <{D2}> a ?type }} }}")
    params = [("default-graph-uri", D3), ("named-graph-uri", D1), ("named-graph-uri", D2)]
    assert boolean(client.post("/sparql", params=params, content=q, headers=DIRECT)) is True
    # data3 is the default graph only: it is not also a named graph.
    q3 = f"ASK {{ GRAPH <{D3}> {{ ?s ?p ?o }} }}"
    assert boolean(client.post("/sparql", params=params, content=q3, headers=DIRECT)) is False


def test_query_multiple_dataset(client: httpx.Client) -> None:
    """The protocol's dataset wins over the query's FROM."""
    q = f"ASK FROM <{D1}> {{ <{D1}> ?p ?o }}"
    r = client.post("/sparql", params={"default-graph-uri": D2}, content=q, headers=DIRECT)
    assert boolean(r) is False


def test_query_from_clause_used_without_protocol_dataset(client: httpx.Client) -> None:
    """Without protocol parameters the query's own FROM applies (not the union)."""
    assert boolean(client.get("/sparql", params={
        "query": f"ASK FROM <{D1}> {{ <{D1}> ?p ?o }}"})) is True
    assert boolean(client.get("/sparql", params={
        "query": f"ASK FROM <{D1}> {{ <{D2}> ?p ?o }}"})) is False
    assert boolean(client.get("/sparql", params={
        "query": f"ASK FROM NAMED <{D1}> {{ GRAPH <{D2}> {{ ?s ?p ?o }} }}"})) is False


def test_default_graph_is_union_without_dataset(client: httpx.Client) -> None:
    q = f"ASK {{ <{D1}> a ?t . <{D2}> a ?t . <{D3}> a ?t }}"
    assert boolean(client.get("/sparql", params={"query": q})) is True


def test_named_graph_uri_alone_leaves_default_graph_empty(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }", "named-graph-uri": D1})
    assert boolean(r) is False


def test_query_get(client: httpx.Client) -> None:
    assert boolean(client.get("/sparql", params={"query": "ASK {}"})) is True


def test_query_content_type_select(client: httpx.Client) -> None:
    r = client.post("/sparql", params={"default-graph-uri": D0},
                    content="SELECT (1 AS ?value) {}", headers=DIRECT)
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] in (
        "application/sparql-results+json", "application/sparql-results+xml", "text/csv",
        "text/tab-separated-values")
    assert r.json()["results"]["bindings"][0]["value"]["value"] == "1"


def test_query_content_type_ask(client: httpx.Client) -> None:
    r = client.post("/sparql", params={"default-graph-uri": D0}, content="ASK {}",
                    headers=DIRECT)
    assert boolean(r) is True


@pytest.mark.parametrize("query", ["DESCRIBE <http://example.org/>",
                                   "CONSTRUCT { <s> <p> 1 } WHERE {}"])
def test_query_content_type_graph(client: httpx.Client, proto: Server, query: str) -> None:
    """query_content_type_describe and _construct; relative IRIs resolve against the
    endpoint's URL (the service-defined base)."""
    r = client.post("/sparql", params={"default-graph-uri": D0}, content=query, headers=DIRECT)
    assert r.status_code == 200, r.text
    assert r.headers["content-type"].split(";")[0] in (
        "text/turtle", "application/rdf+xml", "application/n-triples", "application/ld+json")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    if query.startswith("CONSTRUCT"):
        assert set(g) == {(rdflib.URIRef(f"{proto.base_url}/s"),
                           rdflib.URIRef(f"{proto.base_url}/p"), rdflib.Literal(1))}


def test_query_post_direct(client: httpx.Client) -> None:
    assert boolean(client.post("/sparql", content="ASK {}", headers=DIRECT)) is True


def test_bad_query_method(client: httpx.Client) -> None:
    r = client.put("/sparql", params={"query": "ASK {}", "default-graph-uri": D0},
                   headers=FORM)
    is_error(r, 405)


def test_bad_multiple_queries(client: httpx.Client) -> None:
    r = client.get("/sparql", params=[("query", "ASK {}"), ("query", "SELECT * {}")])
    is_error(r, 400)
    r = client.post("/sparql", params={"query": "ASK {}"}, content="SELECT * {}",
                    headers=DIRECT)
    is_error(r, 400)


def test_bad_query_wrong_media_type(client: httpx.Client) -> None:
    is_error(client.post("/sparql", content="ASK {}", headers={"content-type": "text/plain"}),
             415)


def test_bad_query_missing_form_type(client: httpx.Client) -> None:
    is_error(client.post("/sparql", content="query=ASK%20%7B%7D"), 415)


def test_bad_query_missing_direct_type(client: httpx.Client) -> None:
    is_error(client.post("/sparql", content="ASK {}"), 415)


def test_bad_query_non_utf8(client: httpx.Client) -> None:
    body = "ASK {}".encode("utf-16")  # with a BOM
    is_error(client.post("/sparql", content=body,
                         headers={"content-type": "application/sparql-query; charset=UTF-16"}))
    is_error(client.post("/sparql", content=body, headers=DIRECT), 400)  # no charset: bad bytes


def test_bad_query_syntax(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": "ASK {"})
    is_error(r, 400)
    assert r.json()["error"]["title"] == "SPARQL syntax error"


# -- update cases sent to the query endpoint: refused, with no effect --------------------------


def _quads(client: httpx.Client) -> int:
    r = client.get("/sparql", params={"query": "SELECT (COUNT(*) AS ?n) "
                                               "{ GRAPH ?g { ?s ?p ?o } }"})
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


UPDATE = (f"PREFIX dc: <http://purl.org/dc/terms/>\nCLEAR ALL ;\n"
          f"INSERT DATA {{ GRAPH <{D1}> {{ <{D1}> a dc:BibliographicResource }} }}")


@pytest.mark.parametrize(("method", "kwargs"), [
    ("get", {"params": {"update": "CLEAR ALL"}}),  # bad_update_get
    ("post", {"content": "update=CLEAR+ALL", "headers": FORM}),  # update_post_form
    ("post", {"content": "CLEAR ALL",  # update_post_direct
              "headers": {"content-type": "application/sparql-update"}}),
    ("post", {"content": UPDATE, "params": {"using-graph-uri": D1},  # update_dataset_*
              "headers": {"content-type": "application/sparql-update"}}),
    ("post", {"content": "update=CLEAR%20NAMED&update=CLEAR%20DEFAULT",  # bad_multiple_updates
              "headers": FORM}),
    ("post", {"content": "CLEAR NAMED",  # bad_update_wrong_media_type
              "headers": {"content-type": "text/plain"}}),
    ("post", {"content": "update=CLEAR%20NAMED"}),  # bad_update_missing_form_type
    ("post", {"content": "CLEAR NAMED".encode("utf-16"),  # bad_update_non_utf8
              "headers": {"content-type": "application/sparql-update; charset=UTF-16"}}),
    ("post", {"content": "update=CLEAR%20XYZ", "headers": FORM}),  # bad_update_syntax
    ("post", {"content": "WITH <http://example/addresses> DELETE { ?p ?q 'Bill' } "
                         "WHERE { ?p ?q 'Bill' }",  # bad_update_dataset_conflict
              "params": {"using-named-graph-uri": "http://example/people"},
              "headers": {"content-type": "application/sparql-update"}}),
    ("get", {"params": {"query": "CLEAR ALL"}}),  # an update disguised as a query
    ("post", {"content": f"query={UPDATE}", "headers": FORM}),
])
def test_updates_refused_without_effect(client: httpx.Client, method: str,
                                        kwargs: dict[str, object]) -> None:
    before = _quads(client)
    assert before > 0
    r = client.request(method.upper(), "/sparql", **kwargs)  # type: ignore[arg-type]
    is_error(r)
    assert _quads(client) == before
    assert boolean(client.get("/sparql", params={"query": f"ASK {{ <{D1}> a <{FOAF_DOC}> }}"}))


# -- result formats by Accept ----------------------------------------------------------------


def _get(client: httpx.Client, query: str, accept: str | None = None, **params: str
         ) -> httpx.Response:
    headers = {"accept": accept} if accept else {}
    r = client.get("/sparql", params={"query": query, **params}, headers=headers)
    assert r.status_code == 200, r.text
    return r


EXPECTED_ROWS = [  # (?p, ?o) ordered by ?p; the blank node is checked separately
    (f"{EX}amount", "3.5"),
    (f"{EX}label", "杭州市"),
    (f"{EX}link", None),
    (f"{EX}note", 'say "hi", then\ttab\nnewline'),
]


def test_select_json(client: httpx.Client) -> None:
    r = _get(client, FMT_SELECT, "application/sparql-results+json")
    assert r.headers["content-type"] == "application/sparql-results+json; charset=utf-8"
    assert r.headers["vary"] == "Accept"
    doc = r.json()
    assert doc["head"]["vars"] == ["p", "o"]
    rows = doc["results"]["bindings"]
    assert [(b["p"]["value"], b["o"]["value"]) for b in rows if b["o"]["type"] != "bnode"] == [
        (p, o) for p, o in EXPECTED_ROWS if o is not None]
    by_p = {b["p"]["value"]: b["o"] for b in rows}
    assert by_p[f"{EX}label"]["xml:lang"] == "zh"
    assert by_p[f"{EX}amount"]["datatype"] == "http://www.w3.org/2001/XMLSchema#decimal"
    assert by_p[f"{EX}link"]["type"] == "bnode"
    assert "truncated" not in doc and "x-result-truncated" not in r.headers


def test_select_xml(client: httpx.Client) -> None:
    r = _get(client, FMT_SELECT, "application/sparql-results+xml")
    assert r.headers["content-type"] == "application/sparql-results+xml; charset=utf-8"
    root = ET.fromstring(r.content)
    assert [v.get("name") for v in root.iter(f"{SRX}variable")] == ["p", "o"]
    rows = []
    for res in root.iter(f"{SRX}result"):
        b = {e.get("name"): e[0] for e in res.findall(f"{SRX}binding")}
        rows.append((b["p"].text, None if b["o"].tag == f"{SRX}bnode" else b["o"].text))
        if b["o"].tag == f"{SRX}literal" and b["p"].text == f"{EX}label":
            assert b["o"].get("{http://www.w3.org/XML/1998/namespace}lang") == "zh"
    assert rows == EXPECTED_ROWS


def test_select_csv(client: httpx.Client) -> None:
    r = _get(client, FMT_SELECT, "text/csv")
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    rows = list(csv.reader(io.StringIO(r.text, newline="")))
    assert rows[0] == ["p", "o"]
    assert [(p, o) for p, o in rows[1:] if p != f"{EX}link"] == [
        (p, o) for p, o in EXPECTED_ROWS if o is not None]
    assert next(o for p, o in rows[1:] if p == f"{EX}link").startswith("_:")


def test_select_tsv(client: httpx.Client) -> None:
    r = _get(client, FMT_SELECT, "text/tab-separated-values")
    assert r.headers["content-type"] == "text/tab-separated-values; charset=utf-8"
    lines = r.text.split("\n")
    assert lines[0] == "?p\t?o" and lines[-1] == ""
    rows = [line.split("\t") for line in lines[1:-1]]
    assert rows[0] == [f"<{EX}amount>", "3.5"]  # Turtle's short form of an xsd:decimal
    assert rows[1] == [f"<{EX}label>", '"杭州市"@zh']
    assert rows[2][1].startswith("_:")
    assert rows[3] == [f"<{EX}note>", '"say \\"hi\\", then\\ttab\\nnewline"']


def _expected_graph() -> rdflib.Graph:
    return rdflib.Graph().parse(data=GRAPHS[FMT], format="nt")


@pytest.mark.parametrize(("accept", "ctype", "parser"), [
    ("text/turtle", "text/turtle; charset=utf-8", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/ld+json", "application/ld+json; charset=utf-8", "json-ld"),
    ("application/rdf+xml", "application/rdf+xml; charset=utf-8", "xml"),
])
def test_construct_formats(client: httpx.Client, accept: str, ctype: str, parser: str) -> None:
    r = _get(client, FMT_CONSTRUCT, accept)
    assert r.headers["content-type"] == ctype
    assert isomorphic(rdflib.Graph().parse(data=r.content, format=parser), _expected_graph())


def test_describe_returns_the_resource(client: httpx.Client) -> None:
    r = _get(client, f"DESCRIBE <{D2}>", "application/n-triples")
    g = rdflib.Graph().parse(data=r.text, format="nt")
    assert (rdflib.URIRef(D2), rdflib.RDF.type, rdflib.URIRef(FOAF_DOC)) in g
    assert (rdflib.URIRef(D2), rdflib.URIRef(f"{EX}value"), rdflib.Literal(2)) in g


@pytest.mark.parametrize("accept", ["application/sparql-results+json",
                                    "application/sparql-results+xml"])
def test_ask_formats(client: httpx.Client, accept: str) -> None:
    r = _get(client, f"ASK {{ <{D1}> a <{FOAF_DOC}> }}", accept)
    assert r.headers["content-type"].startswith(accept)
    assert boolean(r) is True
    r = _get(client, f"ASK {{ <{D1}> a <{EX}Nothing> }}", accept)
    assert boolean(r) is False


@pytest.mark.parametrize(("accept", "query", "expected"), [
    ("application/json", FMT_SELECT, "application/sparql-results+json"),
    ("application/json", FMT_CONSTRUCT, "application/ld+json"),
    ("application/xml", FMT_SELECT, "application/sparql-results+xml"),
    ("text/xml", FMT_CONSTRUCT, "application/rdf+xml"),
    ("*/*", FMT_SELECT, "application/sparql-results+json"),
    ("*/*", FMT_CONSTRUCT, "text/turtle"),
    (None, "ASK {}", "application/sparql-results+json"),
    ("text/csv;q=0.5, application/sparql-results+xml", FMT_SELECT,
     "application/sparql-results+xml"),
    ("text/html, */*;q=0.1", FMT_SELECT, "application/sparql-results+json"),
])
def test_accept_aliases_and_defaults(client: httpx.Client, accept: str | None, query: str,
                                     expected: str) -> None:
    r = _get(client, query, accept)
    assert r.headers["content-type"].split(";")[0] == expected


@pytest.mark.parametrize(("fmt", "expected"), [
    ("csv", "text/csv"), ("tsv", "text/tab-separated-values"),
    ("xml", "application/sparql-results+xml"), ("json", "application/sparql-results+json"),
])
def test_format_parameter_overrides_accept(client: httpx.Client, fmt: str, expected: str
                                           ) -> None:
    r = _get(client, FMT_SELECT, "application/sparql-results+json", format=fmt)
    assert r.headers["content-type"].split(";")[0] == expected


@pytest.mark.parametrize(("accept", "query"), [
    ("image/png", FMT_SELECT),
    ("text/turtle", FMT_SELECT),  # a table is not a graph
    ("application/sparql-results+json", FMT_CONSTRUCT),
    ("text/csv", "ASK {}"),  # CSV/TSV define no boolean
])
def test_not_acceptable(client: httpx.Client, accept: str, query: str) -> None:
    r = client.get("/sparql", params={"query": query}, headers={"accept": accept})
    is_error(r, 406)


# -- service description ---------------------------------------------------------------------


def test_service_description(client: httpx.Client, proto: Server) -> None:
    r = client.get("/sparql", headers={"accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    svc = rdflib.URIRef(f"{proto.base_url}/sparql")
    assert (svc, rdflib.RDF.type, sd.Service) in g
    assert (svc, sd.endpoint, svc) in g
    assert (svc, sd.supportedLanguage, sd.SPARQL11Query) in g
    assert (svc, sd.feature, sd.UnionDefaultGraph) in g
    # Federation is off by default, so it is not claimed.
    assert (svc, sd.feature, sd.BasicFederatedQuery) not in g
    formats = set(g.objects(svc, sd.resultFormat))
    assert rdflib.URIRef("http://www.w3.org/ns/formats/SPARQL_Results_CSV") in formats


def test_json_bodies_parse(client: httpx.Client) -> None:
    """Every JSON answer (results and errors) is valid JSON with the documented shape."""
    ok = client.get("/sparql", params={"query": "SELECT ?x {}"})
    assert json.loads(ok.content)["head"]["vars"] == ["x"]
    bad = client.get("/sparql", params={"query": "SELEC"})
    assert set(json.loads(bad.content)["error"]) >= {"status", "title", "detail"}

