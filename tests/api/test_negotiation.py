"""api.negotiation, table-tested: Accept header / suffix / format parameter → media type."""

from __future__ import annotations

import pytest

from api import negotiation

JSON = "application/sparql-results+json"
XML = "application/sparql-results+xml"
CSV, TSV = "text/csv", "text/tab-separated-values"
TTL, NT, JSONLD, RDFXML = ("text/turtle", "application/n-triples", "application/ld+json",
                           "application/rdf+xml")


@pytest.mark.parametrize(("accept", "kind", "expected"), [
    (None, "select", JSON), ("", "select", JSON), ("*/*", "select", JSON),
    (None, "ask", JSON), (None, "graph", TTL), ("*/*", "graph", TTL),
    (XML, "select", XML), (CSV, "select", CSV), (TSV, "select", TSV),
    (f"{CSV};q=0.9, {TSV}", "select", TSV),
    (f"{CSV}, {TSV}", "select", CSV),  # a tie goes to our order
    ("application/json", "select", JSON), ("application/json", "graph", JSONLD),
    ("application/xml", "select", XML), ("text/xml", "graph", RDFXML),
    ("text/plain", "select", TSV), ("text/plain", "graph", NT),
    ("text/n3", "graph", TTL), ("application/x-turtle", "graph", TTL),
    (NT, "graph", NT), (RDFXML, "graph", RDFXML), (JSONLD, "graph", JSONLD),
    ("text/*", "select", CSV), ("text/*", "graph", TTL),
    (XML, "ask", XML),
    (CSV, "ask", None), (TSV, "ask", None), ("text/plain", "ask", None),  # no boolean in CSV
    (TTL, "select", None), (JSON, "graph", None), ("image/png", "select", None),
    ("text/html,application/xhtml+xml,*/*;q=0.8", "select", JSON),  # a browser
    ("garbage;;;", "select", JSON),  # unparsable = absent
])
def test_for_query(accept: str | None, kind: str, expected: str | None) -> None:
    assert negotiation.for_query(accept, kind) == expected


def test_for_query_kinds_matches_for_query() -> None:
    for accept in (None, "*/*", CSV, "application/json", TTL, "image/png"):
        assert negotiation.for_query_kinds(accept) == tuple(
            negotiation.for_query(accept, k) for k in ("select", "ask", "graph"))


@pytest.mark.parametrize(("kind", "expected"), [
    ("select", (JSON, XML, CSV, TSV)), ("ask", (JSON, XML)), ("graph", (TTL, NT, JSONLD, RDFXML)),
])
def test_offered_for(kind: str, expected: tuple[str, ...]) -> None:
    assert negotiation.offered_for(kind) == expected


@pytest.mark.parametrize(("accept", "suffix", "expected"), [
    (None, None, "application/json"),
    ("text/html", None, "text/html"),
    ("text/turtle", "json", "application/json"),  # the suffix wins
    (None, "ttl", TTL), (None, "nt", NT), (None, "rdf", RDFXML), (None, "jsonld", JSONLD),
    (None, "html", "text/html"), (None, "exe", None),
    ("image/png", None, None),
])
def test_for_entity(accept: str | None, suffix: str | None, expected: str | None) -> None:
    assert negotiation.for_entity(accept, suffix) == expected


@pytest.mark.parametrize(("fmt", "expected"), [
    ("json", JSON), ("xml", XML), ("csv", CSV), ("tsv", TSV), ("turtle", TTL), ("ttl", TTL),
    ("nt", NT), ("json-ld", JSONLD), ("rdfxml", RDFXML),
])
def test_format_param(fmt: str, expected: str) -> None:
    assert negotiation.FORMAT_PARAM[fmt] == expected


def test_best_prefers_earlier_on_ties_and_none_when_excluded() -> None:
    assert negotiation.best("a/b, c/d", ("c/d", "a/b")) == "c/d"
    assert negotiation.best("a/b;q=0", ("a/b",)) is None
