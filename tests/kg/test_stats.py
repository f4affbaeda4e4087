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


def _statistics(st: OxigraphStore) -> set[bytes]:
    """The statistics graph's triples, without its timestamps."""
    graph = str(Pipeline().vocab.graph(stats.STATISTICS_GRAPH))
    return {line for line in b"".join(st.dump("application/n-triples", graph)).splitlines()
            if b"purl.org/dc/terms/modified" not in line}


def test_an_update_of_the_cells_written_equals_a_rebuild(tmp_path: Path) -> None:
    pipeline = Pipeline()
    paths = sorted(CORPUS.glob("*.txt"))
    st = OxigraphStore(tmp_path / "store")
    for path in paths[:-2]:
        pipeline.ingest(path, st)
    stats.refresh(st, pipeline.vocab)
    # a new report, a replaced one (read as another plan year), and a dropped one
    new, replaced, dropped = paths[-2], paths[0], str(pipeline.vocab.graph(paths[1].stem))
    graphs = [str(pipeline.vocab.graph(p.stem)) for p in (new, replaced)] + [dropped]
    before = stats.cells_of(st, graphs)
    pipeline.ingest(new, st)
    pipeline.ingest(replaced, st, {"year": 2031})
    st.drop_graph(dropped)
    after = stats.cells_of(st, graphs)
    assert before.by_indicator - after.by_indicator and after.by_region - before.by_region
    written, _ = stats.update(st, pipeline.vocab, before | after)
    assert written > 0
    patched = _statistics(st)
    stats.refresh(st, pipeline.vocab)
    assert patched == _statistics(st)
    st.close()


def test_kg_ingest_of_a_few_reports_patches_the_statistics(tmp_path: Path) -> None:
    import subprocess
    import sys

    root = Path(__file__).resolve().parents[2]
    store = tmp_path / "store"
    paths = sorted(CORPUS.glob("*.txt"))

    def kg(*args: str) -> str:
        proc = subprocess.run([sys.executable, "-m", "kg.cli", *args, "--store", str(store)],
                              cwd=root, capture_output=True, text=True, check=True)
        return proc.stdout

    assert "statistics:" in kg("ingest", *map(str, paths[:-1]))
    out = kg("ingest", str(paths[-1]))
    assert "triples updated" in out  # patched, not rebuilt
    st = OxigraphStore(store)
    patched = _statistics(st)
    stats.refresh(st, Pipeline().vocab)
    assert patched == _statistics(st)
    st.close()
