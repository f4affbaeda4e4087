"""All SPARQL text of the library and the API, in one place.

User values enter as RDF terms built by :func:`iri` and :func:`literal`, which escape them;
nothing is pasted into a query as raw text.
"""

from __future__ import annotations

import re

from kg.ns import GR

PREFIXES = f"""PREFIX gr: <{GR}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def iri(value: str) -> str:
    """An IRI term; raises ValueError for text that is not a valid IRI."""
    if not value or _IRI_FORBIDDEN.search(value) or ":" not in value:
        raise ValueError(f"not an IRI: {value!r}")
    return f"<{value}>"


def literal(value: str | int, datatype: str | None = None) -> str:
    """A literal term with every special character escaped."""
    if isinstance(value, int) and not isinstance(value, bool):
        return f'"{value}"^^<http://www.w3.org/2001/XMLSchema#integer>'
    esc = (
        str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        .replace("\r", "\\r")
    )
    return f'"{esc}"' + (f"^^{iri(datatype)}" if datatype else "")


def describe(entity: str) -> str:
    """The entity's own triples and those of its hash children (#quantity, #target…),
    reached from the entity itself so that only indexed lookups are needed."""
    e = iri(entity)
    return PREFIXES + f"""
CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  {{ BIND({e} AS ?s) ?s ?p ?o }}
  UNION
  {{ {e} ?link ?s . FILTER(isIRI(?s) && STRSTARTS(STR(?s), CONCAT(STR({e}), "#"))) ?s ?p ?o }}
  UNION
  {{ {e} ?l1 ?c . ?c ?l2 ?s .
     FILTER(isIRI(?c) && isIRI(?s) && STRSTARTS(STR(?c), CONCAT(STR({e}), "#"))
            && STRSTARTS(STR(?s), CONCAT(STR({e}), "#")))
     ?s ?p ?o }}
}}"""


def labels_of(iris: list[str]) -> str:
    values = " ".join(iri(i) for i in iris)
    return PREFIXES + f"""
SELECT DISTINCT ?s ?label WHERE {{
  VALUES ?s {{ {values} }}
  {{ ?s rdfs:label ?label }} UNION {{ ?s skos:prefLabel ?label }}
}}"""


def incoming(entity: str, limit: int = 200) -> str:
    return PREFIXES + f"""
SELECT DISTINCT ?s ?p ?label WHERE {{
  ?s ?p {iri(entity)} .
  OPTIONAL {{ ?s rdfs:label ?label }}
}} ORDER BY ?p ?s LIMIT {int(limit)}"""


def exists(entity: str) -> str:
    e = iri(entity)
    return f"ASK {{ {{ {e} ?p ?o }} UNION {{ ?s ?p {e} }} }}"


# --- lists ----------------------------------------------------------------------------------

def list_regions(limit: int, offset: int) -> str:
    """One page of regions (by code), then their labels and report counts."""
    return PREFIXES + f"""
SELECT ?region ?code ?label (COUNT(DISTINCT ?report) AS ?reports) WHERE {{
  {{ SELECT DISTINCT ?region ?code WHERE {{ ?region a gr:Region ; gr:divisionCode ?code }}
    ORDER BY ?code LIMIT {int(limit)} OFFSET {int(offset)} }}
  OPTIONAL {{ ?region rdfs:label ?label FILTER(LANG(?label) = "zh") }}
  OPTIONAL {{ ?report gr:region ?region ; a gr:Report }}
}} GROUP BY ?region ?code ?label ORDER BY ?code"""


def list_reports(limit: int, offset: int, region_code: str | None, year: int | None) -> str:
    filters = ""
    if region_code:
        filters += f"  ?region gr:divisionCode {literal(region_code)} .\n"
    if year:
        filters += f"  FILTER(?year = {literal(year)})\n"
    return PREFIXES + f"""
SELECT ?report ?label ?region ?code ?year ?date (COUNT(DISTINCT ?t) AS ?targets) WHERE {{
  ?report a gr:Report ; gr:region ?region ; gr:planYear ?year .
  ?region gr:divisionCode ?code .
{filters}  OPTIONAL {{ ?report rdfs:label ?label FILTER(LANG(?label) = "zh") }}
  OPTIONAL {{ ?report dcterms:date ?date }}
  OPTIONAL {{ ?t gr:setBy ?report }}
}} GROUP BY ?report ?label ?region ?code ?year ?date
ORDER BY ?code DESC(?year) LIMIT {int(limit)} OFFSET {int(offset)}"""


def list_targets(limit: int, offset: int, region_code: str | None, year: int | None,
                 indicator: str | None, kind: str | None, report: str | None = None) -> str:
    """One page of targets. The page is chosen first (selective patterns and filters only,
    ordered and cut in a subquery); the details are then fetched for those rows alone.
    ``report``: the report's IRI when region and year are both known (an indexed lookup)."""
    select = ""
    if report:
        select += f"      BIND({iri(report)} AS ?report)\n      ?t gr:setBy ?report .\n"
    if region_code:
        select += f"      ?region gr:divisionCode {literal(region_code)} .\n"
    select += "      ?t a gr:Target ; gr:setBy ?report ; gr:region ?region .\n"
    select += "      ?report gr:planYear ?year .\n      ?region gr:divisionCode ?code .\n"
    if year:
        select += f"      FILTER(?year = {literal(year)})\n"
    if kind:
        select += f"      ?t gr:kind {iri(str(GR) + 'kind/' + kind)} .\n"
    if indicator:  # the few matching indicator concepts first, then their targets
        select = ("      { SELECT DISTINCT ?i WHERE { ?i a gr:Indicator ; skos:prefLabel ?il .\n"
                  f"        FILTER(CONTAINS(STR(?il), {literal(indicator)})) }} }}\n"
                  "      ?t gr:indicator ?i .\n") + select
    return PREFIXES + f"""
SELECT DISTINCT ?t ?label ?indicator ?indicatorLabel ?value ?min ?max ?unit ?normalized ?currency
       ?comparator ?kind ?commitment ?report ?region ?code ?year ?text WHERE {{
  {{ SELECT DISTINCT ?t ?report ?region ?code ?year WHERE {{
{select}    }} ORDER BY ?code DESC(?year) ?t LIMIT {int(limit)} OFFSET {int(offset)}
  }}
  ?t gr:quantity ?q ; gr:comparator ?comparator ; gr:kind ?kind .
  ?q schema:unitText ?unit ; gr:surfaceText ?text .
  OPTIONAL {{ ?t rdfs:label ?label }}
  OPTIONAL {{ ?t gr:indicator ?indicator . ?indicator skos:prefLabel ?indicatorLabel }}
  OPTIONAL {{ ?q schema:value ?value }}
  OPTIONAL {{ ?q schema:minValue ?min }}
  OPTIONAL {{ ?q schema:maxValue ?max }}
  OPTIONAL {{ ?q gr:normalizedValue ?normalized }}
  OPTIONAL {{ ?q schema:currency ?currency }}
  OPTIONAL {{ ?t gr:commitment ?commitment }}
}} ORDER BY ?code DESC(?year) ?t"""


def list_of_class(cls: str, limit: int, offset: int, region_code: str | None = None) -> str:
    """Projects, areas, industries or indicators with their label and mention count.

    Shared concepts (industries, indicators) are written into every report's graph, so the
    union default graph repeats their type and label triples once per report: the distinct
    entities are taken first and counted on their own, before labels are joined."""
    region = ""
    if region_code:
        region = (f"      ?x gr:region|schema:containedInPlace ?region . "
                  f"?region gr:divisionCode {literal(region_code)} .\n")
    return PREFIXES + f"""
SELECT DISTINCT ?x ?label ?mentions WHERE {{
  {{ SELECT ?x (COUNT(?m) AS ?mentions) WHERE {{
      {{ SELECT DISTINCT ?x WHERE {{
      ?x a {iri(str(GR) + cls)} .
{region}      }} }}
      OPTIONAL {{ ?x prov:wasDerivedFrom ?m }}
    }} GROUP BY ?x }}
  OPTIONAL {{ ?x rdfs:label ?label }}
}} ORDER BY ?label ?x LIMIT {int(limit)} OFFSET {int(offset)}"""


COUNT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def mention_spans(entity: str) -> str:
    """Source spans (document, offsets, quoted text) of every mention an entity came from."""
    return PREFIXES + f"""
SELECT DISTINCT ?mention ?document ?start ?end ?exact WHERE {{
  {iri(entity)} prov:wasDerivedFrom ?mention .
  ?mention a gr:Mention ; oa:hasTarget ?t .
  ?t oa:hasSource ?document ; oa:hasSelector ?pos, ?quote .
  ?pos oa:start ?start ; oa:end ?end .
  ?quote oa:exact ?exact .
}} ORDER BY ?document ?start"""
