"""Reference data as RDF: divisions, GB/T 4754-2017, Wikidata links, SDG alignment."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS
from typer.testing import CliRunner

from kg import reference as ref
from kg.cli import app
from kg.ns import GR, WD, WDT, Vocab
from kg.pipeline import Pipeline, read_meta
from kg.store import OxigraphStore
from kg.validate import validate
from tests.conftest import ROOT, SEED

V = Vocab()
FIXTURE = Path(__file__).parent / "fixtures" / "wikidata_p442_sample.csv"
GOLD = ROOT / "tests" / "corpus" / "gold"


def region(code: str) -> URIRef:
    return V.iri("region", code)


@pytest.fixture(scope="module")
def divisions_graph() -> Graph:
    return ref.divisions_graph(V)


# -- P442 --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("code", "spaced"), [
    ("530112", "53 01 12"), ("530100", "53 01"), ("530000", "53"),
    ("310110", "31 01 10"),  # Wikidata's own example: Yangpu District (Q661533) → 31 01 10
    ("110000", "11"),        # and Beijing (Q956) → 11
    ("429004", "42 90 04"),  # county-level city administered by the province
])
def test_p442_spaced_form(code: str, spaced: str) -> None:
    assert ref.p442_code(code) == spaced
    assert ref.code_from_p442(spaced) == code


def test_p442_round_trips_for_every_division() -> None:
    for d in ref.divisions():
        assert ref.code_from_p442(ref.p442_code(d.code)) == d.code


@pytest.mark.parametrize("value", ["53 01 12 001", "5", "53 0", "abc", "", "53  01"])
def test_p442_rejects_what_is_not_a_county_level_code(value: str) -> None:
    assert ref.code_from_p442(value) is None


def test_p442_code_rejects_non_codes() -> None:
    with pytest.raises(ValueError):
        ref.p442_code("53011")


# -- divisions ---------------------------------------------------------------------------------

def test_every_division_is_a_region_with_its_codes(divisions_graph: Graph) -> None:
    regions = set(divisions_graph.subjects(RDF.type, GR.Region))
    assert len(regions) == len(ref.divisions()) == 3216
    x = region("530112")
    g = divisions_graph
    assert g.value(x, RDFS.label) == Literal("西山区", lang="zh")
    assert g.value(x, GR.shortName) == Literal("西山", lang="zh")
    assert g.value(x, GR.divisionCode) == Literal("530112")
    assert g.value(x, GR.statsCode) == Literal("530112000000")
    assert g.value(x, GR.level) == Literal("county")
    assert g.value(x, GR.parentRegion) == region("530100")
    assert g.value(x, URIRef("https://schema.org/containedInPlace")) == region("530100")
    assert g.value(x, WDT.P442) == Literal("53 01 12")
    assert g.value(x, GR.wikidataDivisionCode) == Literal("53 01 12")
    assert g.value(region("530000"), GR.parentRegion) is None


def test_external_links_only_where_verified(divisions_graph: Graph) -> None:
    g = divisions_graph
    rows = list(csv.DictReader((ROOT / "kg" / "data" / "wikidata_regions.csv").open()))
    wd = {(region(r["code"]), WD[r["wikidata"]]) for r in rows if r["wikidata"]}
    gn = {(region(r["code"]), URIRef(f"https://sws.geonames.org/{r['geonames']}/"))
          for r in rows if r["geonames"]}
    same = set(g.subject_objects(OWL.sameAs))
    assert same == wd | gn
    assert set(g.subject_objects(SKOS.exactMatch)) == same
    assert (region("530000"), WD.Q43194) in same
    assert (region("530100"), URIRef("https://sws.geonames.org/1804649/")) in same
    assert not any(s == region("530112") for s, _ in same)  # 西山区: nothing verified
    assert not any(s == region("530100") and str(o).startswith(str(WD)) for s, o in same)


def test_divisions_graph_conforms_to_the_shapes(divisions_graph: Graph) -> None:
    assert validate(divisions_graph).conforms


def test_parent_chain_by_sparql(store: OxigraphStore, divisions_graph: Graph) -> None:
    store.replace_graph(str(V.graph(ref.DIVISIONS_GRAPH)), divisions_graph.serialize(format="nt"))
    rows = store.query(f"""PREFIX gr: <{GR}> PREFIX rdfs: <{RDFS}>
        SELECT ?name ?parent ?grand WHERE {{
          ?x gr:divisionCode "530112" ; rdfs:label ?name ; gr:parentRegion ?p .
          ?p gr:divisionCode ?parent ; gr:parentRegion ?g . ?g gr:divisionCode ?grand }}""").rows
    assert [(r["name"].value, r["parent"].value, r["grand"].value) for r in rows] == [
        ("西山区", "530100", "530000")]
    ancestors = store.query(f"""PREFIX gr: <{GR}>
        SELECT ?code WHERE {{ ?x gr:divisionCode "530112" ; gr:parentRegion+ ?a .
          ?a gr:divisionCode ?code }} ORDER BY ?code""").rows
    assert [r["code"].value for r in ancestors] == ["530000", "530100"]


def test_every_report_region_has_a_division() -> None:
    table = ref.divisions()
    codes = {json.loads(p.read_text(encoding="utf-8"))["report"]["region_code"]
             for p in GOLD.glob("*.json")}
    codes.add(json.loads(SEED.with_name(SEED.stem + ".meta.json").read_text())["region_code"])
    assert len(codes) >= 10
    missing = sorted(c for c in codes if table.get(c) is None)
    assert missing == []


def test_every_region_in_the_seeded_store_has_a_known_code(seeded_store_path: Path,
                                                           tmp_path: Path) -> None:
    shutil.copytree(seeded_store_path, tmp_path / "s")
    st = OxigraphStore(tmp_path / "s")
    try:
        rows = st.query(f"""PREFIX gr: <{GR}> SELECT DISTINCT ?code WHERE {{
            ?r a gr:Report ; gr:region ?x . OPTIONAL {{ ?x gr:divisionCode ?code }} }}""").rows
    finally:
        st.close()
    assert rows and all("code" in r and ref.divisions().get(r["code"].value) for r in rows)


# -- GB/T 4754 ---------------------------------------------------------------------------------

def test_gbt4754_scheme_covers_the_industry_codes() -> None:
    g = ref.gbt4754_graph(V)
    scheme = ref.gbt4754_scheme(V)
    assert (scheme, RDF.type, SKOS.ConceptScheme) in g
    assert len(set(g.objects(scheme, SKOS.hasTopConcept))) == 20
    for code in ref.industry_codes():
        c = V.iri("gbt4754", code)
        assert g.value(c, SKOS.notation) == Literal(code)
        assert g.value(c, SKOS.prefLabel).language == "zh", code
        assert (c, SKOS.inScheme, scheme) in g
        if len(code) > 1:
            assert g.value(c, SKOS.broader) == V.iri("gbt4754", code[0])
    assert g.value(V.iri("gbt4754", "K70"), SKOS.prefLabel) == Literal("房地产业", lang="zh")
    assert g.value(V.iri("gbt4754", "I"), SKOS.prefLabel) == Literal(
        "信息传输、软件和信息技术服务业", lang="zh")
    assert validate(g).conforms


def test_industries_link_to_concepts_of_the_scheme(pipeline: Pipeline) -> None:
    _, _, report = pipeline.build(SEED)
    concepts = set(ref.gbt4754_graph(V).subjects(RDF.type, SKOS.Concept))
    targets = {o for p in (SKOS.exactMatch, SKOS.closeMatch, SKOS.broadMatch)
               for o in report.objects(None, p)}
    assert targets and targets <= concepts


# -- Wikidata link set ------------------------------------------------------------------------

def test_wikidata_links_from_the_sample_csv() -> None:
    g, rep = ref.wikidata_links_graph(FIXTURE.read_text(encoding="utf-8"), V)
    assert rep.linked == {"530000": "Q43194", "110000": "Q956", "310110": "Q661533"}
    assert (region("310110"), OWL.sameAs, WD.Q661533) in g
    assert (region("310110"), SKOS.exactMatch, WD.Q661533) in g
    assert len(g) == 6


def test_wikidata_links_skip_doubtful_rows() -> None:
    # Real QIDs deliberately paired with the wrong codes/labels to exercise the guards.
    text = ("item,code,label\n"
            "http://www.wikidata.org/entity/Q43194,53,云南省\n"
            "Q956,53,\n"                      # a second item for code 53 → ambiguous
            "Q956,11,云南省\n"                 # label names another division → skipped
            "Q661533,99,\n"                    # no division 990000
            "not-a-qid,11,\n"
            "Q661533,31 01 10 001,\n")         # township level
    g, rep = ref.wikidata_links_graph(text, V)
    assert rep.linked == {}
    assert rep.ambiguous == {"530000": ["Q43194", "Q956"]}
    assert rep.label_mismatch == {"110000": "云南省"}
    assert rep.unknown_code == ["990000"]
    assert len(rep.bad_row) == 2
    assert len(g) == 0


def test_wikidata_csv_needs_item_and_code_columns() -> None:
    with pytest.raises(ValueError, match="code"):
        ref.wikidata_links_graph("item,value\nQ956,11\n", V)


# -- CLI ---------------------------------------------------------------------------------------

def test_cli_load_divisions_and_link_wikidata(tmp_path: Path) -> None:
    path = tmp_path / "store"
    runner = CliRunner()
    r = runner.invoke(app, ["load-divisions", "--store", str(path)])
    assert r.exit_code == 0, r.output
    r = runner.invoke(app, ["link", "wikidata", str(FIXTURE), "--store", str(path)])
    assert r.exit_code == 0, r.output
    assert "3 divisions linked" in r.output
    st = OxigraphStore(path)
    try:
        graphs = set(st.graphs())
        assert {str(V.graph(n)) for n in (ref.DIVISIONS_GRAPH, ref.GBT4754_GRAPH,
                                          ref.WIKIDATA_LINKS_GRAPH)} <= graphs
        n = st.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{V.graph(ref.DIVISIONS_GRAPH)}> "
                     "{ ?s ?p ?o } }").rows[0]["n"].value
        assert int(n) == len(ref.divisions_graph(V))
    finally:
        st.close()
    # rerunning replaces, it does not duplicate
    assert runner.invoke(app, ["load-divisions", "--store", str(path), "--no-validate"]
                         ).exit_code == 0
    st = OxigraphStore(path)
    try:
        assert st.quad_count() == len(ref.divisions_graph(V)) + len(ref.gbt4754_graph(V)) + 6
    finally:
        st.close()


def test_cli_link_wikidata_reports_a_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("x,y\n1,2\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["link", "wikidata", str(bad), "--store", str(tmp_path / "s")])
    assert r.exit_code == 1 and "lacks column" in r.output


# -- SDG alignment -----------------------------------------------------------------------------

def test_sdg_rules_are_well_formed() -> None:
    rules = ref.sdg_rules()
    assert len(rules) == len({r.keyword for r in rules}) >= 10
    assert all(r.keyword and r.note for r in rules)
    assert {r.target for r in rules} >= {"4.1", "6.1", "7.2", "8.5", "9.5"}


@pytest.mark.parametrize(("label", "targets"), [
    ("科技研发投入", {"9.5"}),
    ("中小学公办学位", {"4.1"}),
    ("城镇新增就业", {"8.5"}),
    ("城镇调查失业率", {"8.5"}),
    ("单位地区生产总值能耗", {"7.3"}),
    ("非化石能源占能源消费总量比重", {"7.2"}),
    ("农村自来水普及率", {"6.1"}),
    ("PM2.5平均浓度", {"11.6"}),
    ("地区生产总值", set()),
    ("实际利用外资", set()),
    ("投入到教育的财政资金每年", set()),
])
def test_matching_rules(label: str, targets: set[str]) -> None:
    assert {r.target for r in ref.matching_rules(label)} == targets


def test_align_sdg_on_the_seed_report(pipeline: Pipeline) -> None:
    _, ex, _ = pipeline.build(SEED)
    meta = read_meta(SEED)
    g = pipeline.builder.build(meta, SEED.read_text("utf-8"), ex)  # before the pipeline aligns
    before = len(g)
    assert ref.align_sdg(g, V) == 2
    links = {(str(g.value(s, SKOS.prefLabel)), str(o)) for s, o in
             g.subject_objects(SKOS.relatedMatch)}
    assert links == {("科技研发投入", "http://metadata.un.org/sdg/9.5"),
                     ("中小学公办学位", "http://metadata.un.org/sdg/4.1")}
    for st in g.subjects(RDF.type, RDF.Statement):
        assert g.value(st, RDF.predicate) == SKOS.relatedMatch
        assert (g.value(st, RDF.subject), SKOS.relatedMatch, g.value(st, RDF.object)) in g
        assert g.value(st, DCTERMS.creator) == Literal("curated")
        assert "sdg_indicators.csv" in str(g.value(st, DCTERMS.description))
    assert ref.align_sdg(g, V) == 0  # idempotent
    assert len(g) > before
    assert set(pipeline.build(SEED)[2]) == set(g)  # the pipeline adds exactly these
    assert validate(g).conforms
