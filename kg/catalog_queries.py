"""SPARQL text of the dataset description (VoID statistics, DCAT per-graph metadata).

Every statistic is computed over the named graphs of the store (``GRAPH ?g``), so a triple that
several graphs share (a region named in its report and in the reference graph) counts once in
dataset-wide figures and once per graph in per-graph figures.
"""

from __future__ import annotations

from kg.queries import iri, literal

PREFIXES = """PREFIX gr: <https://w3id.org/govreport-kg/def/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

_DISTINCT = "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"

# Properties that state a mapping to another dataset (what a void:Linkset counts).
LINK_PREDICATES = (
    "http://www.w3.org/2002/07/owl#sameAs",
    "http://www.w3.org/2004/02/skos/core#exactMatch",
    "http://www.w3.org/2004/02/skos/core#closeMatch",
    "http://www.w3.org/2004/02/skos/core#broadMatch",
    "http://www.w3.org/2004/02/skos/core#narrowMatch",
    "http://www.w3.org/2004/02/skos/core#relatedMatch",
)

GRAPH_SIZES = """SELECT ?g (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } }
GROUP BY ?g ORDER BY ?g"""

TOTALS = f"""SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects)
       (COUNT(DISTINCT ?p) AS ?properties) (COUNT(DISTINCT ?o) AS ?objects)
WHERE {{ {{ {_DISTINCT} }} }}"""

CLASS_PARTITIONS = """SELECT ?class (COUNT(DISTINCT ?s) AS ?entities) WHERE {
  GRAPH ?g { ?s a ?class }
} GROUP BY ?class ORDER BY ?class"""

PROPERTY_PARTITIONS = f"""SELECT ?p (COUNT(*) AS ?triples) WHERE {{ {{ {_DISTINCT} }} }}
GROUP BY ?p ORDER BY ?p"""


def entities(uri_space: str) -> str:
    """Distinct IRI subjects inside ``uri_space`` (void:entities)."""
    return f"""SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{
  GRAPH ?g {{ ?s ?p ?o }}
  FILTER(isIRI(?s) && STRSTARTS(STR(?s), {literal(uri_space)}))
}}"""


def links(uri_space: str, target_space: str) -> str:
    """Mapping triples from our entities to IRIs in ``target_space``, per predicate."""
    values = " ".join(iri(p) for p in LINK_PREDICATES)
    return f"""SELECT ?p (COUNT(*) AS ?triples) WHERE {{
  {{ SELECT DISTINCT ?s ?p ?o WHERE {{
    VALUES ?p {{ {values} }}
    GRAPH ?g {{ ?s ?p ?o }}
    FILTER(isIRI(?o) && STRSTARTS(STR(?o), {literal(target_space)})
           && STRSTARTS(STR(?s), {literal(uri_space)}))
  }} }}
}} GROUP BY ?p ORDER BY ?p"""


def examples(uri_space: str) -> str:
    """One stable example resource of each main class (void:exampleResource)."""
    return PREFIXES + f"""SELECT ?class (MIN(STR(?s)) AS ?example) WHERE {{
  VALUES ?class {{ gr:Report gr:Target gr:Region }}
  GRAPH ?g {{ ?s a ?class }}
  FILTER(STRSTARTS(STR(?s), {literal(uri_space)}))
}} GROUP BY ?class ORDER BY ?class"""


REPORTS = PREFIXES + """SELECT ?g ?report ?label ?year ?region ?doc ?source ?publisher ?license
       ?docType WHERE {
  GRAPH ?g {
    ?report a gr:Report ; gr:sourceDocument ?doc .
    OPTIONAL { ?report rdfs:label ?label FILTER(LANG(?label) = "zh") }
    OPTIONAL { ?report gr:planYear ?year }
    OPTIONAL { ?report gr:region ?region }
    OPTIONAL { ?doc dcterms:source ?source }
    OPTIONAL { ?doc dcterms:publisher ?publisher }
    OPTIONAL { ?doc dcterms:license ?license }
    OPTIONAL { ?doc gr:documentType ?docType }
  }
} ORDER BY ?g ?report"""
"""One row per report (and per named graph holding it) with its source attribution."""

UNION_GRAPH = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {_DISTINCT} }}"
"""The default graph of the Graph Store Protocol: the union of all named graphs."""

PREDICATES = """SELECT ?p (SUM(IF(isIRI(?o) || isBlank(?o), 0, 1)) AS ?literals) WHERE {
  GRAPH ?g { ?s ?p ?o }
} GROUP BY ?p ORDER BY ?p"""
"""Every predicate in the store with the number of its literal objects (the keys the entity
JSON-LD context defines; a predicate without literals is IRI-valued)."""
