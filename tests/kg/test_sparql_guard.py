"""kg.sparql_guard: SERVICE allow-list, LOAD/SERVICE in updates, FROM detection."""

from __future__ import annotations

import pytest

from kg.sparql_guard import (
    ForbiddenQuery,
    check_query,
    check_update,
    guard_query,
    has_dataset_clause,
)

ALLOWED = frozenset({"query.wikidata.org"})


@pytest.mark.parametrize("query", [
    "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "select * { service <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVICE SILENT <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * { Service\n\t silent\n<http://evil.example/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVICE<http://evil.example/> { ?s ?p ?o } }",
    "SELECT * { SERVICE ?endpoint { ?s ?p ?o } }",  # a variable: host unknown
    "SELECT * { SERVICE ex:endpoint { ?s ?p ?o } }",  # a prefixed name: host unknown
    "SELECT * { SERVICE <http://query.wikidata.org.evil.example/sparql> { ?s ?p ?o } }",
    "SELECT * { SERVICE <relative> { ?s ?p ?o } }",
    '# SERVICE <https://query.wikidata.org/sparql>\nSELECT * { SERVICE <http://x.example/> {} }',
])
def test_service_refused(query: str) -> None:
    with pytest.raises(ForbiddenQuery):
        check_query(query, ALLOWED)


@pytest.mark.parametrize("query", [
    "SELECT * { ?s ?p ?o }",
    'SELECT * { ?s ?p "SERVICE <http://127.0.0.1:9/sparql>" }',  # in a string
    "SELECT * { ?s ?p '''a\nSERVICE <http://127.0.0.1:9/>''' }",  # in a long string
    "# SERVICE <http://127.0.0.1:9/sparql>\nSELECT * { ?s ?p ?o }",  # in a comment
    "SELECT * { <http://example.org/SERVICE> ?p ?o }",  # in an IRI
    "PREFIX ex: <http://example.org/> SELECT * { ?s ex:SERVICE ?o }",  # a local name
    "SELECT ?service { ?service ?p $SERVICE }",  # variables
    "PREFIX service: <http://x/> SELECT * { ?s service:p ?o }",  # a prefix
    "SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }",  # allowed host
    "SELECT * { SERVICE SILENT <https://QUERY.WIKIDATA.ORG/sparql> { ?s ?p ?o } }",
])
def test_service_allowed_or_absent(query: str) -> None:
    check_query(query, ALLOWED)


def test_no_allowed_hosts_refuses_every_service() -> None:
    with pytest.raises(ForbiddenQuery, match="KG_SERVICE_ALLOWED_HOSTS"):
        check_query("SELECT * { SERVICE <https://query.wikidata.org/sparql> {} }")


def test_every_service_clause_is_checked() -> None:
    q = ("SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } "
         "SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }")
    with pytest.raises(ForbiddenQuery, match=r"127\.0\.0\.1"):
        check_query(q, ALLOWED)


@pytest.mark.parametrize("update", [
    "LOAD <http://127.0.0.1:9/data.ttl>",
    "load silent <http://127.0.0.1:9/data.ttl> INTO GRAPH <http://g>",
    "INSERT DATA { <a> <b> <c> } ;\nLOAD <http://x.example/>",
    "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "DELETE WHERE { service silent <https://query.wikidata.org/sparql> { ?s ?p ?o } }",
])
def test_update_refused(update: str) -> None:
    with pytest.raises(ForbiddenQuery):
        check_update(update)


@pytest.mark.parametrize("update", [
    "INSERT DATA { <http://a> <http://b> \"LOAD <http://x/> and SERVICE\" }",
    "PREFIX ex: <http://e/> INSERT DATA { ex:LOAD ex:SERVICE ex:x }",
    "# LOAD <http://x/>\nCLEAR GRAPH <http://g/LOAD>",
    "DELETE WHERE { ?load ?service ?o }",
])
def test_update_allowed(update: str) -> None:
    check_update(update)


@pytest.mark.parametrize(("query", "expected"), [
    ("SELECT * FROM <http://g> { ?s ?p ?o }", True),
    ("select * from named <http://g> { graph ?g { ?s ?p ?o } }", True),
    ("ASK FROM<http://g>{}", True),
    ("SELECT * { ?s ?p ?o }", False),
    ('SELECT * { ?s ?p "FROM <http://g>" }', False),
    ("# FROM <http://g>\nSELECT * { ?s ?p ?o }", False),
    ("SELECT ?from { ?from <http://example.org/FROM> ?o }", False),
    ("PREFIX from: <http://x/> SELECT * { ?s from:p ?o }", False),
])
def test_has_dataset_clause(query: str, expected: bool) -> None:
    assert has_dataset_clause(query) is expected


@pytest.mark.parametrize("query", [
    "SELECT * { ?s ?p ?o }",
    "SELECT * FROM <http://g> { ?s ?p ?o }",
    "SELECT * FROM NAMED <http://g> { GRAPH ?g { ?s ?p ?o } }",
    'SELECT * { ?s ?p "from here" }',
    "SELECT * { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } }",
    "SELECT * FROM <http://g> { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }",
    "select * { service <http://127.0.0.1:9/> {} }",
])
def test_guard_query_agrees_with_the_two_checks(query: str) -> None:
    try:
        check_query(query, ALLOWED)
    except ForbiddenQuery:
        with pytest.raises(ForbiddenQuery):
            guard_query(query, ALLOWED)
    else:
        assert guard_query(query, ALLOWED) is has_dataset_clause(query)
