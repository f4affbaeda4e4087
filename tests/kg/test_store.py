"""Contract tests of the GraphStore interface, run against every backend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.store import OxigraphStore, StoreError
from kg.store.base import QuerySyntaxError

G1 = "http://example.org/graph/1"
G2 = "http://example.org/graph/2"
NT1 = '<http://example.org/a> <http://example.org/p> "一"@zh .\n'
NT2 = '<http://example.org/b> <http://example.org/p> "2"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'


@pytest.fixture(params=["disk", "memory"])
def backend(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[OxigraphStore]:
    st = OxigraphStore(tmp_path / "s" if request.param == "disk" else None)
    yield st
    st.close()


def test_replace_graph_replaces_only_that_graph(backend: OxigraphStore) -> None:
    backend.replace_graph(G1, NT1)
    backend.replace_graph(G2, NT2)
    backend.replace_graph(G1, NT2.replace("/b>", "/c>"))
    assert backend.graphs() == [G1, G2]
    rows = backend.query(f"SELECT ?s WHERE {{ GRAPH <{G1}> {{ ?s ?p ?o }} }}").rows
    assert [r["s"].value for r in rows] == ["http://example.org/c"]


def test_default_graph_is_the_union(backend: OxigraphStore) -> None:
    backend.replace_graph(G1, NT1)
    backend.replace_graph(G2, NT2)
    res = backend.query("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s")
    assert [r["s"].value for r in res.rows] == ["http://example.org/a", "http://example.org/b"]


def test_default_graphs_and_named_graphs_are_honoured(backend: OxigraphStore) -> None:
    backend.replace_graph(G1, NT1)
    backend.replace_graph(G2, NT2)
    res = backend.query("SELECT ?s WHERE { ?s ?p ?o }", default_graphs=[G2])
    assert [r["s"].value for r in res.rows] == ["http://example.org/b"]
    res = backend.query("SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", named_graphs=[G1])
    assert [r["g"].value for r in res.rows] == [G1]


def test_terms_are_plain_data(backend: OxigraphStore) -> None:
    backend.replace_graph(G1, NT1 + NT2)
    rows = backend.query("SELECT ?o WHERE { ?s ?p ?o } ORDER BY STR(?o)").rows
    assert {(r["o"].value, r["o"].lang, r["o"].datatype) for r in rows} == {
        ("一", "zh", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"),
        ("2", None, "http://www.w3.org/2001/XMLSchema#integer"),
    }


def test_ask_construct_and_row_cap(backend: OxigraphStore) -> None:
    backend.replace_graph(G1, NT1 + NT2)
    assert backend.query("ASK { ?s ?p ?o }").boolean is True
    assert len(backend.query("CONSTRUCT WHERE { ?s ?p ?o }").triples) == 2
    capped = backend.query("SELECT * WHERE { ?s ?p ?o }", max_rows=1)
    assert len(capped.rows) == 1 and capped.truncated


def test_syntax_error_carries_the_parser_message(backend: OxigraphStore) -> None:
    with pytest.raises(QuerySyntaxError, match="error at 1:"):
        backend.query("SELECT ?s WHERE {")


def test_bad_triples_leave_the_graph_as_it_was(backend: OxigraphStore) -> None:
    backend.replace_graph(G1, NT1)
    with pytest.raises(StoreError):
        backend.replace_graph(G1, "<http://example.org/x> this is not ntriples")
    rows = backend.query("SELECT ?s WHERE { ?s ?p ?o }").rows
    assert [r["s"].value for r in rows] == ["http://example.org/a"]


def test_serialize_uses_the_chosen_format(backend: OxigraphStore) -> None:
    backend.replace_graph(G1, NT1)
    kind, media, body = backend.serialize("SELECT ?s WHERE { ?s ?p ?o }", lambda k: "text/csv")
    assert (kind, media) == ("select", "text/csv")
    assert body.decode().splitlines() == ["s", "http://example.org/a"]
    kind, media, body = backend.serialize("ASK { ?s ?p ?o }", lambda k: None)
    assert (kind, media, body) == ("ask", None, b"")


def test_dump_reloads_to_the_same_count(backend: OxigraphStore) -> None:
    backend.replace_graph(G1, NT1)
    backend.replace_graph(G2, NT2)
    data = b"".join(backend.dump("application/n-quads"))
    other = OxigraphStore(None)
    other.load_dataset(data)
    assert other.quad_count() == backend.quad_count() == 2


def test_store_persists_on_disk(tmp_path: Path) -> None:
    st = OxigraphStore(tmp_path / "p")
    st.replace_graph(G1, NT1)
    st.close()
    again = OxigraphStore(tmp_path / "p")
    try:
        assert again.quad_count() == 1
    finally:
        again.close()
