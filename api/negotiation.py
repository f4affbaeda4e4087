"""Accept header / file suffix → media type. Table-tested in tests/api/test_negotiation.py."""

from __future__ import annotations

from functools import lru_cache

import mimeparse

# Result formats by query kind; the first is the default.
SELECT_TYPES = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
)
# ASK results: the SPARQL CSV/TSV formats define no boolean, so only JSON and XML.
ASK_TYPES = SELECT_TYPES[:2]
GRAPH_TYPES = (
    "text/turtle",
    "application/n-triples",
    "application/ld+json",
    "application/rdf+xml",
)
ENTITY_TYPES = ("application/json", "application/ld+json", "text/turtle", "application/n-triples",
                "application/rdf+xml", "text/html")

# Common aliases clients send.
ALIASES = {
    "application/json": {"select": "application/sparql-results+json",
                         "graph": "application/ld+json"},
    "application/xml": {"select": "application/sparql-results+xml", "graph": "application/rdf+xml"},
    "text/xml": {"select": "application/sparql-results+xml", "graph": "application/rdf+xml"},
    "text/plain": {"select": "text/tab-separated-values", "graph": "application/n-triples"},
    "application/x-turtle": {"graph": "text/turtle"},
    "text/n3": {"graph": "text/turtle"},
}

SUFFIXES = {
    "json": "application/json",
    "jsonld": "application/ld+json",
    "ttl": "text/turtle",
    "nt": "application/n-triples",
    "rdf": "application/rdf+xml",
    "html": "text/html",
}
# Short names accepted in a ?format= parameter of /sparql (as Fuseki and Virtuoso do).
FORMAT_PARAM = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv", "tsv": "text/tab-separated-values", "turtle": "text/turtle",
    "ttl": "text/turtle", "nt": "application/n-triples", "ntriples": "application/n-triples",
    "jsonld": "application/ld+json", "json-ld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}


def best(accept: str | None, offered: tuple[str, ...]) -> str | None:
    """The offered type the Accept header prefers (ties go to the earlier one); the first
    offered when Accept is absent; None when Accept rules out everything offered."""
    if not accept or not accept.strip():
        return offered[0]
    try:
        # mimeparse breaks ties in favour of the *last* candidate: pass ours reversed.
        return mimeparse.best_match(list(reversed(offered)), accept) or None
    except (ValueError, IndexError):  # an unparsable header is treated as absent
        return offered[0]


def offered_for(kind: str) -> tuple[str, ...]:
    """The canonical media types a SPARQL result of ``kind`` is available in."""
    return GRAPH_TYPES if kind == "graph" else ASK_TYPES if kind == "ask" else SELECT_TYPES


def for_query(accept: str | None, kind: str) -> str | None:
    """Media type for a SPARQL result of ``kind`` ('select', 'ask' or 'graph')."""
    key = "graph" if kind == "graph" else "select"
    canonical = offered_for(kind)
    offered = canonical + tuple(
        a for a, kinds in ALIASES.items() if kinds.get(key) in canonical
    )
    chosen = best(accept, offered)
    return ALIASES.get(chosen, {}).get(key, chosen) if chosen else None


@lru_cache(maxsize=256)
def for_query_kinds(accept: str | None) -> tuple[str | None, str | None, str | None]:
    """The media types for a select, an ask and a graph result, decided before the query runs
    (the kind is only known once it has been parsed). Cached: clients resend the same header."""
    return for_query(accept, "select"), for_query(accept, "ask"), for_query(accept, "graph")


def for_entity(accept: str | None, suffix: str | None) -> str | None:
    """Media type for an entity page: a known suffix wins over the Accept header."""
    if suffix:
        return SUFFIXES.get(suffix)
    return best(accept, ENTITY_TYPES)
