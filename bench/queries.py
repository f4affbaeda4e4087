"""The benchmark's queries, their parameters (drawn from the ingested data) and the HTTP
requests that carry them to each system.

Every SPARQL query is written once against the default graph; each system is configured so
that the default graph is the union of the named graphs (this service always does that;
Oxigraph server gets ``--union-default-graph``; rdflib-endpoint serves a
``Dataset(default_union=True)``), so the same text means the same thing everywhere.
Oxigraph (so this service too) builds that union as a *bag*: a triple asserted in k named
graphs (a region's label, an indicator's prefLabel: every report repeats them) matches k
times, where the SPARQL dataset merge — and rdflib — match it once. The load queries are
written so both readings give the same answer (DISTINCT, COUNT(DISTINCT), no region labels
inside an aggregate); ``SEMANTICS`` shows the difference and is only checked, not timed.
Each query is a template with parameters (a region, a year, a target, a LIMIT…) and a
benchmark run rotates through up to ``VARIANTS`` different parameterizations, more than
rdflib-endpoint's 128-entry parsed-query cache, so no cache can answer them all.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any
from urllib.parse import quote, urlencode

VARIANTS = 256

PREFIXES = (
    "PREFIX gr: <https://w3id.org/govreport-kg/def/> "
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
    "PREFIX schema: <https://schema.org/> "
    "PREFIX prov: <http://www.w3.org/ns/prov#> "
    "PREFIX qb: <http://purl.org/linked-data/cube#> "
)
SPARQL_JSON = "application/sparql-results+json"
NTRIPLES = "application/n-triples"
XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "long", "int",
                             "nonNegativeInteger")}


@dataclass
class Params:
    """Values drawn from the store: what the query templates are filled with."""

    reports: list[tuple[str, str, int]]  # (region IRI, division code, plan year)
    targets: list[str]  # target IRIs
    years: list[int]
    base: str = "https://w3id.org/govreport-kg/"


@dataclass
class Request:
    method: str
    path: str  # path + query string
    accept: str
    content_type: str = ""
    body: str = ""


@dataclass
class Query:
    name: str
    what: str
    kind: str  # select | ask | graph | http
    variants: list[str]  # SPARQL texts, or for kind == "http" request paths
    only: tuple[str, ...] = ()  # systems that run it (empty: all)
    accept: str = ""
    notes: list[str] = field(default_factory=list)
    same_as: str = ""  # a query whose variant i must give the same result (checked)

    def runs_on(self, system: str) -> bool:
        return not self.only or system in self.only


def one_line(sparql: str) -> str:
    """Queries travel as one line in wrk's request file (they contain no comments)."""
    return " ".join(sparql.split())


def sample_params(store: Any, seed: int = 6) -> Params:
    """Regions, years and targets that exist in ``store`` (a kg OxigraphStore)."""
    rows = store.query(PREFIXES + """
        SELECT DISTINCT ?region ?code ?year WHERE {
          ?report a gr:Report ; gr:region ?region ; gr:planYear ?year .
          ?region gr:divisionCode ?code .
          FILTER EXISTS { ?t gr:setBy ?report }
        } ORDER BY ?code ?year""").rows
    reports = [(r["region"].value, r["code"].value, int(r["year"].value)) for r in rows]
    rng = random.Random(seed)
    targets = [r["t"].value for r in store.query(PREFIXES + """
        SELECT ?t WHERE { ?t a gr:Target ; gr:quantity ?q ; prov:wasDerivedFrom ?m }
        ORDER BY ?t""").rows]
    rng.shuffle(reports)
    targets = rng.sample(targets, min(len(targets), VARIANTS))
    years = sorted({y for _, _, y in reports})
    if not reports or not targets:
        raise SystemExit("the store holds no reports with targets: nothing to query")
    return Params(reports=reports, targets=targets, years=years)


def _cycle(items: list[Any], n: int = VARIANTS) -> list[Any]:
    return [items[i % len(items)] for i in range(min(n, max(len(items), 1)))]


def build(p: Params) -> list[Query]:
    """The benchmark queries, each with its list of parameterizations."""
    rng = random.Random(7)
    ask = [one_line(PREFIXES + f'ASK {{ ?r gr:divisionCode "{code}" ; a gr:Region }}')
           for _, code, _ in _cycle(p.reports)]
    describe = [one_line(PREFIXES + f"""
        CONSTRUCT {{ <{t}> ?p ?o . ?x ?xp ?xo }} WHERE {{
          {{ <{t}> ?p ?o }}
          UNION {{ <{t}> gr:quantity ?x . ?x ?xp ?xo }}
          UNION {{ <{t}> prov:wasDerivedFrom ?x . ?x ?xp ?xo }}
        }}""") for t in p.targets]
    region_year = [one_line(PREFIXES + f"""
        SELECT DISTINCT ?t ?label ?indicator ?value ?unit WHERE {{
          ?report gr:region <{region}> ; gr:planYear {year} .
          ?t gr:setBy ?report ; rdfs:label ?label ; gr:quantity ?q .
          ?q schema:unitText ?unit .
          OPTIONAL {{ ?t gr:indicator ?i . ?i skos:prefLabel ?indicator }}
          OPTIONAL {{ ?q schema:value ?value }}
        }} ORDER BY ?t""") for region, _, year in _cycle(p.reports)]
    combos = [(y, k) for y in p.years for k in range(5, 31)]
    rng.shuffle(combos)
    top = [one_line(PREFIXES + f"""
        SELECT ?region (SUM(?v) AS ?total) (COUNT(?t) AS ?targets) WHERE {{
          ?t a gr:Target ; gr:region ?region ; gr:setBy ?report ; gr:quantity ?q .
          ?report gr:planYear {y} .
          ?q schema:unitText "亿元" ; schema:value ?v .
        }} GROUP BY ?region ORDER BY DESC(?total) ?region LIMIT {k}""")
        for y, k in combos[:VARIANTS]]
    pages = [(k, o) for o in (0, 5, 10, 20) for k in range(10, 74)]
    rng.shuffle(pages)
    per_indicator = [one_line(PREFIXES + f"""
        SELECT ?indicator ?label (COUNT(DISTINCT ?t) AS ?n) WHERE {{
          ?t a gr:Target ; gr:indicator ?indicator .
          ?indicator skos:prefLabel ?label .
        }} GROUP BY ?indicator ?label ORDER BY DESC(?n) ?indicator LIMIT {k} OFFSET {o}""")
        for k, o in pages[:VARIANTS]]
    # the same questions answered from the precomputed statistics (kg/stats.py, Data Cube)
    by_indicator = p.base + "id/statistics/targets-by-indicator-year"
    by_region = p.base + "id/statistics/values-by-region-year-unit"
    stat_top = [one_line(PREFIXES + f"""
        SELECT ?region (SUM(?s) AS ?total) (SUM(?c) AS ?targets) WHERE {{
          <{by_region}/{y}/亿元> qb:observation ?o .
          ?o gr:region ?region ; gr:valueSum ?s ; gr:valueCount ?c .
        }} GROUP BY ?region ORDER BY DESC(?total) ?region LIMIT {k}""")
        for y, k in combos[:VARIANTS]]
    stat_per_indicator = [one_line(PREFIXES + f"""
        SELECT ?indicator ?label (SUM(?c) AS ?n) WHERE {{
          ?o qb:dataSet <{by_indicator}> ; gr:indicator ?indicator ; gr:targetCount ?c .
          ?indicator skos:prefLabel ?label .
        }} GROUP BY ?indicator ?label ORDER BY DESC(?n) ?indicator LIMIT {k} OFFSET {o}""")
        for k, o in pages[:VARIANTS]]
    id_prefix = p.base + "id/"
    entity = ["/id/" + quote(t[len(id_prefix):], safe="/") for t in p.targets
              if t.startswith(id_prefix)]
    lists = ["/api/targets?" + urlencode({"region": code, "year": year})
             for _, code, year in _cycle(p.reports)]
    return [
        Query("ask", "trivial ASK: is there a region with this code", "ask", ask,
              accept=SPARQL_JSON),
        Query("describe", "CONSTRUCT one target with its quantity and mention (~20 triples)",
              "graph", describe, accept=NTRIPLES),
        Query("region_year", "targets of one region in one year (3-way join, ORDER BY)",
              "select", region_year, accept=SPARQL_JSON),
        Query("top_regions", "top regions by summed 亿元 targets of a year "
              "(join, SUM, GROUP BY, ORDER BY)", "select", top, accept=SPARQL_JSON),
        Query("per_indicator", "targets per indicator (full scan, COUNT, GROUP BY)",
              "select", per_indicator, accept=SPARQL_JSON),
        Query("stat_top_regions", "top_regions from the precomputed statistics graph",
              "select", stat_top, accept=SPARQL_JSON, same_as="top_regions"),
        Query("stat_per_indicator", "per_indicator from the precomputed statistics graph",
              "select", stat_per_indicator, accept=SPARQL_JSON, same_as="per_indicator"),
        Query("entity_page", "GET /id/target/… as JSON (this service only)", "http", entity,
              only=("kg",), accept="application/json"),
        Query("api_targets", "GET /api/targets?region=…&year=… (this service only)", "http",
              lists, only=("kg",), accept="application/json"),
    ]


# Not timed: shows how each system reads "the union of the named graphs" (set vs bag).
SEMANTICS = Query(
    "union_semantics", "COUNT(*) of (indicator, prefLabel) pairs: duplicates across graphs?",
    "select", [one_line(PREFIXES + "SELECT (COUNT(*) AS ?pairs) WHERE { ?i a gr:Indicator ; "
                        "skos:prefLabel ?label }")], accept=SPARQL_JSON)


# --- requests per system ------------------------------------------------------------------

# rdflib-endpoint serves its endpoint at / (SparqlEndpoint(path="/") in its CLI)
SPARQL_PATH = {"kg": "/sparql", "oxigraph": "/query", "rdflib": "/"}


def request_for(system: str, q: Query, variant: str) -> Request:
    if q.kind == "http":
        return Request("GET", variant, q.accept)
    # SPARQL 1.1 Protocol "query via POST directly": the same bytes to every system.
    return Request("POST", SPARQL_PATH[system], q.accept, "application/sparql-query", variant)


def requests_for(system: str, q: Query) -> list[Request]:
    return [request_for(system, q, v) for v in q.variants]


# --- comparing results across systems --------------------------------------------------------

def _num(v: str) -> str:
    try:
        d = Decimal(v)
    except InvalidOperation:
        return v
    return f"{float(d):.9g}"


def norm_term(t: dict[str, Any] | None) -> tuple[str, ...] | None:
    """A SPARQL-JSON term reduced to what must agree (numbers compared by value)."""
    if t is None:
        return None
    kind = t.get("type")
    if kind in ("literal", "typed-literal"):
        dt = t.get("datatype")
        if dt in NUMERIC:
            return ("num", _num(t["value"]))
        lang = t.get("xml:lang")
        if lang:
            return ("lit", t["value"], "@" + lang.lower())
        return ("lit", t["value"], dt or XSD + "string")
    return (kind or "?", t.get("value", ""))


def parse_result(kind: str, body: bytes) -> Any:
    """A comparable value: a bool (ASK), a row list (SELECT), a triple set (CONSTRUCT)."""
    if kind == "ask":
        return bool(json.loads(body)["boolean"])
    if kind == "select":
        data = json.loads(body)
        names = data["head"]["vars"]
        return [tuple(norm_term(b.get(v)) for v in names) for b in data["results"]["bindings"]]
    if kind == "graph":
        import pyoxigraph as ox

        out = set()
        for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES):
            terms = []
            for x in (t.subject, t.predicate, t.object):
                if isinstance(x, ox.Literal):
                    dt = x.datatype.value
                    terms.append(norm_term({"type": "literal", "value": x.value,
                                            "datatype": dt, "xml:lang": x.language}))
                else:
                    terms.append(("uri" if isinstance(x, ox.NamedNode) else "bnode", x.value))
            out.add(tuple(terms))
        return out
    return json.loads(body)


def _size(r: Any) -> Any:
    if isinstance(r, list) and len(r) == 1 and len(r[0]) == 1 and r[0][0]:
        return r[0][0][-1]  # one value (a COUNT)
    return len(r) if isinstance(r, (list, set)) else r


def compare(results: dict[str, Any]) -> str:
    """'equal', 'same rows, other order' or a short description of the difference."""
    systems = list(results)
    if len(systems) < 2:
        return "n/a (one system)"
    ref_name, ref = systems[0], results[systems[0]]
    verdicts = []
    for name in systems[1:]:
        other = results[name]
        if other == ref:
            continue
        if isinstance(ref, list) and isinstance(other, list) and sorted(map(repr, ref)) == sorted(
                map(repr, other)):
            verdicts.append(f"{name}: same rows, other order")
            continue
        verdicts.append(f"{name} differs from {ref_name} ({_size(other)} vs {_size(ref)})")
    return "equal" if not verdicts else "; ".join(verdicts)


Checker = Callable[[str, Query, str], bytes]
