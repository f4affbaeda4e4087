"""Precomputed statistics: aggregates over every report, as W3C Data Cube observations.

An aggregate over the whole store (targets per indicator, sums of 亿元 targets per region)
scans every target: seconds at 2,000 reports, past the query time limit at 30,000 (59 M
quads). Researchers and dashboards ask these questions constantly, so the ingester answers
them once, after a batch, into the named graph ``graph/statistics``; a query over that graph
reads a few thousand observations instead of millions of triples.

Two data sets (``qb:DataSet``), each observation a ``qb:Observation``:

* ``statistics/targets-by-indicator-year`` — dimensions ``gr:indicator``, ``gr:planYear``;
  measure ``gr:targetCount`` (targets, not actuals, set by reports of that year);
* ``statistics/values-by-region-year-unit`` — dimensions ``gr:region`` (the target's own
  region), ``gr:planYear``, ``schema:unitText``; measures ``gr:valueCount`` (targets with a
  single value, not a range) and ``gr:valueSum`` (the sum of those values, in that unit).
  One ``qb:Slice`` per year and unit, ``…/values-by-region-year-unit/<year>/<unit>`` (see
  :func:`slice_iri`), lists its observations (``qb:observation``): "all regions' 亿元 targets
  of 2024" starts from one known node instead of joining two unselective dimensions.

The graph is rebuilt from the store by :func:`refresh` (``kg stats``; ``kg ingest`` after a
large batch), or patched by :func:`update`: only the observations whose cells the written
graphs touch, before and after the write (:func:`cells_of`), are recomputed — what ``kg
ingest`` does after a small batch and the Graph Store Protocol writes of the API do. Each data
set carries ``dcterms:modified``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, XSD

from kg.ns import Vocab
from kg.queries import PREFIXES
from kg.store.base import GraphStore

QB = Namespace("http://purl.org/linked-data/cube#")
STATISTICS_GRAPH = "statistics"
BY_INDICATOR = "statistics/targets-by-indicator-year"
BY_REGION = "statistics/values-by-region-year-unit"


def _by_indicator(vocab: Vocab, only: str = "") -> str:
    base = vocab.ID + BY_INDICATOR
    return PREFIXES + f"""PREFIX qb: <{QB}>
CONSTRUCT {{
  ?obs a qb:Observation ; qb:dataSet <{base}> ;
       gr:indicator ?indicator ; gr:planYear ?year ; gr:targetCount ?n .
}} WHERE {{
  {{ SELECT ?indicator ?year (COUNT(DISTINCT ?t) AS ?n) WHERE {{
      {only}
      ?t a gr:Target ; gr:indicator ?indicator ; gr:setBy ?report .
      ?report gr:planYear ?year .
    }} GROUP BY ?indicator ?year }}
  BIND(IRI(CONCAT("{base}/", STRAFTER(STR(?indicator), "/indicator/"), "/", STR(?year))) AS ?obs)
}}"""


# Units go into slice IRIs as written (亿元, 万人), except the three characters of the unit list
# that an IRI path cannot hold as they are. Readable, and an entity page decodes back to it.
_UNIT_CHARACTERS = (("%", "percent"), ("‰", "permille"), ("/", "-per-"))
_UNIT_SLUG_SPARQL = "?unit"
for _char, _word in _UNIT_CHARACTERS:
    _UNIT_SLUG_SPARQL = f'REPLACE({_UNIT_SLUG_SPARQL}, "{_char}", "{_word}")'


def unit_slug(unit: str) -> str:
    """The unit as it appears in a slice IRI (…/2024/亿元, …/2024/percent)."""
    for char, word in _UNIT_CHARACTERS:
        unit = unit.replace(char, word)
    return unit


def slice_iri(vocab: Vocab, year: int, unit: str) -> str:
    """The qb:Slice of one year and unit of the values-by-region data set."""
    return f"{vocab.ID}{BY_REGION}/{year}/{unit_slug(unit)}"


def _by_region(vocab: Vocab, only: str = "") -> str:
    base = vocab.ID + BY_REGION
    return PREFIXES + f"""PREFIX qb: <{QB}>
CONSTRUCT {{
  ?slice a qb:Slice ; qb:observation ?obs ; gr:planYear ?year ; schema:unitText ?unit .
  <{base}> qb:slice ?slice .
  ?obs a qb:Observation ; qb:dataSet <{base}> ;
       gr:region ?region ; gr:planYear ?year ; schema:unitText ?unit ;
       gr:valueCount ?n ; gr:valueSum ?sum .
}} WHERE {{
  {{ SELECT ?region ?year ?unit (COUNT(DISTINCT ?t) AS ?n) (SUM(?v) AS ?sum) WHERE {{
      {only}
      ?t a gr:Target ; gr:region ?region ; gr:setBy ?report ; gr:quantity ?q .
      ?report gr:planYear ?year .
      ?q schema:unitText ?unit ; schema:value ?v .
    }} GROUP BY ?region ?year ?unit }}
  BIND(IRI(CONCAT("{base}/", STR(?year), "/", {_UNIT_SLUG_SPARQL})) AS ?slice)
  BIND(IRI(CONCAT(STR(?slice), "/", STRAFTER(STR(?region), "/region/"))) AS ?obs)
}}"""


def build(store: GraphStore, vocab: Vocab) -> tuple[str, int]:
    """The statistics graph computed from ``store`` as N-Triples, and its triple count (no
    time limit: this is the ingester's job, not a user query)."""
    lines = [f"{s.n3()} {p.n3()} {o.n3()} ."
             for query in (_by_indicator(vocab), _by_region(vocab))
             for s, p, o in store.query(query).triples]
    g = Graph()
    now = Literal(datetime.now(UTC).replace(microsecond=0).isoformat(), datatype=XSD.dateTime)
    for name, label in ((BY_INDICATOR, "目标数：按指标和年度 / targets by indicator and year"),
                        (BY_REGION, "目标值合计：按地区、年度和单位 / target values by region, "
                                    "year and unit")):
        ds = URIRef(vocab.ID + name)
        g.add((ds, RDF.type, QB.DataSet))
        g.add((ds, RDFS.label, Literal(label)))
        g.add((ds, DCTERMS.modified, now))
    return "\n".join(lines) + "\n" + g.serialize(format="nt"), len(lines) + len(g)


def refresh(store: GraphStore, vocab: Vocab) -> tuple[int, float]:
    """Rebuild ``graph/statistics`` from the store in one transaction: (triples, seconds)."""
    t0 = time.perf_counter()
    ntriples, count = build(store, vocab)
    store.replace_graph(str(vocab.graph(STATISTICS_GRAPH)), ntriples)
    return count, time.perf_counter() - t0


@dataclass
class Cells:
    """The observations some targets count in: (indicator, year) and (region, year, unit)."""

    by_indicator: set[tuple[str, int]] = field(default_factory=set)
    by_region: set[tuple[str, int, str]] = field(default_factory=set)

    def __or__(self, other: Cells) -> Cells:
        return Cells(self.by_indicator | other.by_indicator, self.by_region | other.by_region)

    def __bool__(self) -> bool:
        return bool(self.by_indicator or self.by_region)


def cells_of(store: GraphStore, graphs: Sequence[str]) -> Cells:
    """The cells of the targets in the named graphs ``graphs`` (absent graphs have none)."""
    out = Cells()
    if not graphs:
        return out
    values = " ".join(f"<{g}>" for g in graphs)
    rows = store.query(PREFIXES + f"""SELECT DISTINCT ?indicator ?region ?year ?unit WHERE {{
  VALUES ?g {{ {values} }}
  GRAPH ?g {{ ?t a gr:Target ; gr:setBy ?report .
             OPTIONAL {{ ?t gr:indicator ?indicator }}
             OPTIONAL {{ ?t gr:region ?region }}
             OPTIONAL {{ ?t gr:quantity ?q . ?q schema:unitText ?unit }} }}
  ?report gr:planYear ?year .
}}""").rows
    for r in rows:
        year = int(r["year"].value)
        if "indicator" in r:
            out.by_indicator.add((r["indicator"].value, year))
        if "region" in r and "unit" in r:
            out.by_region.add((r["region"].value, year, r["unit"].value))
    return out


def _observations(vocab: Vocab, cells: Cells) -> list[str]:
    """The observation IRIs of ``cells``, as the CONSTRUCTs above mint them."""
    base = vocab.ID + BY_INDICATOR
    out = [f"{base}/{indicator.split('/indicator/', 1)[-1]}/{year}"
           for indicator, year in cells.by_indicator]
    out += [f"{slice_iri(vocab, year, unit)}/{region.split('/region/', 1)[-1]}"
            for region, year, unit in cells.by_region]
    return out


def update(store: GraphStore, vocab: Vocab, cells: Cells) -> tuple[int, float]:
    """Recompute the observations of ``cells`` and swap them into ``graph/statistics`` in one
    SPARQL update (one transaction): (triples written, seconds). Rebuilds the whole graph when
    there is none yet."""
    t0 = time.perf_counter()
    graph = str(vocab.graph(STATISTICS_GRAPH))
    if graph not in store.graphs():
        return refresh(store, vocab)
    if not cells:
        return 0, time.perf_counter() - t0
    run = getattr(store, "update", None)
    if run is None:  # a backend without SPARQL Update: rebuild instead
        return refresh(store, vocab)
    lines: list[str] = []
    if cells.by_indicator:
        only = "VALUES (?indicator ?year) { " + " ".join(
            f"(<{i}> {y})" for i, y in sorted(cells.by_indicator)) + " }"
        lines += [f"{s.n3()} {p.n3()} {o.n3()} ."
                  for s, p, o in store.query(_by_indicator(vocab, only)).triples]
    if cells.by_region:
        only = "VALUES (?region ?year ?unit) { " + " ".join(
            f"(<{r}> {y} {json.dumps(u, ensure_ascii=False)})"
            for r, y, u in sorted(cells.by_region)) + " }"
        lines += [f"{s.n3()} {p.n3()} {o.n3()} ."
                  for s, p, o in store.query(_by_region(vocab, only)).triples]
    observations = " ".join(f"<{o}>" for o in _observations(vocab, cells))
    now = datetime.now(UTC).replace(microsecond=0).isoformat()
    datasets = " ".join(f"<{vocab.ID}{name}>" for name in (BY_INDICATOR, BY_REGION))
    body = "\n".join(lines)
    slices = " ".join(sorted({f"<{slice_iri(vocab, y, u)}>" for _, y, u in cells.by_region}))
    run(f"""PREFIX qb: <{QB}>
PREFIX dcterms: <http://purl.org/dc/terms/>
DELETE {{ GRAPH <{graph}> {{ ?obs ?p ?o . ?slice qb:observation ?obs }} }}
WHERE {{ VALUES ?obs {{ {observations} }}
         GRAPH <{graph}> {{ {{ ?obs ?p ?o }} UNION {{ ?slice qb:observation ?obs }} }} }} ;
DELETE {{ GRAPH <{graph}> {{ ?ds dcterms:modified ?m }} }}
WHERE {{ VALUES ?ds {{ {datasets} }} GRAPH <{graph}> {{ ?ds dcterms:modified ?m }} }} ;
INSERT DATA {{ GRAPH <{graph}> {{
{body}
}} }} ;
INSERT {{ GRAPH <{graph}> {{ ?ds dcterms:modified "{now}"^^<{XSD.dateTime}> }} }}
WHERE {{ VALUES ?ds {{ {datasets} }} }} ;
DELETE {{ GRAPH <{graph}> {{ ?slice ?p ?o . ?ds qb:slice ?slice }} }}
WHERE {{ VALUES ?slice {{ {slices or "<urn:x-govreport-kg:none>"} }}
         GRAPH <{graph}> {{ ?slice ?p ?o . OPTIONAL {{ ?ds qb:slice ?slice }}
                           FILTER NOT EXISTS {{ ?slice qb:observation ?any }} }} }}""")
    return len(lines), time.perf_counter() - t0
