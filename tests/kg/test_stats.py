"""The precomputed statistics (kg/stats.py) give the same answers as the aggregates they
replace, computed over the raw targets."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from kg import stats
from kg.pipeline import Pipeline
from kg.queries import PREFIXES
from kg.store import OxigraphStore

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "reports"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphStore]:
    st = OxigraphStore(tmp_path_factory.mktemp("stats") / "store")
    pipeline = Pipeline()
    for path in sorted(CORPUS.glob("*.txt")):
        pipeline.ingest(path, st)
    count, _ = stats.refresh(st, pipeline.vocab)
    assert count > 0
    yield st
    st.close()


def _rows(st: OxigraphStore, query: str) -> set[tuple[str, ...]]:
    res = st.query(PREFIXES + "PREFIX qb: <http://purl.org/linked-data/cube#>\n" + query)
    return {tuple(f"{Decimal(t.value).normalize():f}" if t.datatype in _NUMBERS else t.value
                  for t in (row[v] for v in res.variables)) for row in res.rows}


_NUMBERS = {f"http://www.w3.org/2001/XMLSchema#{t}" for t in ("integer", "decimal", "double")}


def test_targets_per_indicator_match_the_raw_count(store: OxigraphStore) -> None:
    raw = _rows(store, """SELECT ?indicator (COUNT(DISTINCT ?t) AS ?n) WHERE {
        ?t a gr:Target ; gr:indicator ?indicator } GROUP BY ?indicator""")
    cube = _rows(store, f"""SELECT ?indicator (SUM(?c) AS ?n) WHERE {{
        ?o qb:dataSet <{Pipeline().vocab.ID}{stats.BY_INDICATOR}> ;
           gr:indicator ?indicator ; gr:targetCount ?c }} GROUP BY ?indicator""")
    assert len(raw) > 50
    assert cube == raw


def test_sums_per_region_year_and_unit_match_the_raw_sums(store: OxigraphStore) -> None:
    raw = _rows(store, """SELECT ?region ?year ?unit (SUM(?v) AS ?total) (COUNT(?t) AS ?n) WHERE {
        ?t a gr:Target ; gr:region ?region ; gr:setBy ?r ; gr:quantity ?q .
        ?r gr:planYear ?year . ?q schema:unitText ?unit ; schema:value ?v .
        } GROUP BY ?region ?year ?unit""")
    cube = _rows(store, f"""SELECT ?region ?year ?unit ?total ?n WHERE {{
        ?o qb:dataSet <{Pipeline().vocab.ID}{stats.BY_REGION}> ; gr:region ?region ;
           gr:planYear ?year ; schema:unitText ?unit ; gr:valueSum ?total ; gr:valueCount ?n }}""")
    assert any(row[2] == "亿元" for row in raw)
    assert cube == raw


def test_refresh_replaces_the_graph(store: OxigraphStore) -> None:
    vocab = Pipeline().vocab
    before = store.quad_count()
    stats.refresh(store, vocab)
    assert store.quad_count() == before  # same data, same statistics: replaced, not added


def test_a_year_and_unit_slice_lists_its_observations(store: OxigraphStore) -> None:
    raw = _rows(store, """SELECT ?year ?region (SUM(?v) AS ?total) WHERE {
        ?t a gr:Target ; gr:region ?region ; gr:setBy ?r ; gr:quantity ?q .
        ?r gr:planYear ?year . ?q schema:unitText "亿元" ; schema:value ?v .
        } GROUP BY ?year ?region""")
    years = {row[0] for row in raw}
    assert len(years) >= 3
    cube = set()
    for year in years:
        cube |= {(year, *row) for row in _rows(store, f"""SELECT ?region ?total WHERE {{
            <{stats.slice_iri(Pipeline().vocab, int(year), "亿元")}> qb:observation ?o .
            ?o gr:region ?region ; gr:valueSum ?total }}""")}
    assert cube == raw


def test_every_statistics_node_has_an_entity_page_iri(store: OxigraphStore) -> None:
    """Slice and observation IRIs hold no percent-escapes (an entity page decodes the path)."""
    rows = store.query(f"""SELECT ?s WHERE {{ GRAPH <{Pipeline().vocab.graph(stats.STATISTICS_GRAPH)}>
        {{ ?s ?p ?o }} }}""").rows
    assert rows and not [r["s"].value for r in rows if "%" in r["s"].value]
    assert stats.unit_slug("微克/立方米") == "微克-per-立方米" and stats.unit_slug("%") == "percent"
