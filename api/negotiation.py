"""Accept header / file suffix → media type. Table-tested in tests/api/test_negotiation.py."""

from __future__ import annotations

import mimeparse

# Result formats by query kind; the first is the default.
SELECT_TYPES = (
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
)
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
    "application/json": {"select": "application/sparql-results+json", "graph": "application/ld+json"},
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


def for_query(accept: str | None, kind: str) -> str | None:
    """Media type for a SPARQL result of ``kind`` ('select', 'ask' or 'graph')."""
    key = "graph" if kind == "graph" else "select"
    offered = (GRAPH_TYPES if key == "graph" else SELECT_TYPES) + tuple(
        a for a, kinds in ALIASES.items() if key in kinds
    )
    chosen = best(accept, offered)
    return ALIASES.get(chosen, {}).get(key, chosen) if chosen else None


def for_entity(accept: str | None, suffix: str | None) -> str | None:
    """Media type for an entity page: a known suffix wins over the Accept header."""
    if suffix:
        return SUFFIXES.get(suffix)
    return best(accept, ENTITY_TYPES)
