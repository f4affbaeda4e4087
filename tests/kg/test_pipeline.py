"""Ingest: validate before storing, replace one named graph atomically, stable IRIs."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

from kg.pipeline import InputError, Pipeline, ValidationFailed, read_text
from kg.store import OxigraphStore

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "000_2ac18dfb8867e55f.txt"


def _copy_seed(tmp: Path, meta: dict | None = None) -> Path:
    dst = tmp / SEED.name
    shutil.copy(SEED, dst)
    data = json.loads(SEED.with_name(SEED.stem + ".meta.json").read_text("utf-8"))
    data.update(meta or {})
    dst.with_name(dst.stem + ".meta.json").write_text(json.dumps(data), "utf-8")
    return dst


def _dump(store: OxigraphStore) -> bytes:
    return b"".join(sorted(b"".join(store.dump("application/n-quads")).splitlines(True)))


def test_ingest_stores_one_named_graph(pipeline: Pipeline, store: OxigraphStore) -> None:
    report = pipeline.ingest(SEED, store)
    shared = str(pipeline.vocab.graph("shared-concepts"))
    assert store.graphs() == sorted([report.graph, shared])
    assert report.goals == 17
    n = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0]["n"]
    assert int(n.value) == report.triples + report.shared_triples == store.quad_count()


def test_shared_concepts_are_stored_once(pipeline: Pipeline, store: OxigraphStore,
                                         tmp_path: Path) -> None:
    """Two reports naming the same indicator: its label is one quad, not one per report."""
    pipeline.ingest(SEED, store)
    other = tmp_path / "other.txt"
    other.write_text("2021年主要目标：实际利用外资6000万美元以上。", "utf-8")
    other.with_name("other.meta.json").write_text(json.dumps(
        {"region_code": "530112", "region_name": "西山区", "year": 2021}), "utf-8")
    pipeline.ingest(other, store)
    rows = store.query("""SELECT (COUNT(*) AS ?n) WHERE {
        ?i a <https://w3id.org/govreport-kg/def/Indicator> ;
           <http://www.w3.org/2004/02/skos/core#prefLabel> "实际利用外资"@zh }""").rows
    assert int(rows[0]["n"].value) == 1
    targets = store.query("""SELECT (COUNT(*) AS ?n) WHERE {
        ?t <https://w3id.org/govreport-kg/def/indicator> ?i .
        ?i <http://www.w3.org/2004/02/skos/core#prefLabel> "实际利用外资"@zh }""").rows
    assert int(targets[0]["n"].value) == 2


def test_reingest_gives_the_same_triples(pipeline: Pipeline, store: OxigraphStore,
                                         tmp_path: Path) -> None:
    pipeline.ingest(SEED, store)
    first = _dump(store)
    pipeline.ingest(SEED, store)
    assert _dump(store) == first


def test_build_is_deterministic(pipeline: Pipeline) -> None:
    _, _, g1 = pipeline.build(SEED)
    _, _, g2 = Pipeline().build(SEED)
    assert set(g1) == set(g2)


def test_non_conforming_report_is_rejected_and_store_unchanged(
        pipeline: Pipeline, store: OxigraphStore, tmp_path: Path) -> None:
    pipeline.ingest(SEED, store)
    before = _dump(store)
    bad = _copy_seed(tmp_path, {"year": 1800})  # plan year outside the shapes' range
    with pytest.raises(ValidationFailed) as err:
        pipeline.ingest(bad, store)
    assert not err.value.result.conforms
    assert "planYear" in err.value.result.text or "1949" in err.value.result.text
    assert _dump(store) == before


def test_cli_rejects_non_conforming_report_with_readable_violations(tmp_path: Path) -> None:
    bad = _copy_seed(tmp_path, {"year": 1800})
    store = tmp_path / "store"
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(bad), "--store",
                           str(store)], capture_output=True, text=True, cwd=ROOT)
    assert proc.returncode != 0
    assert "does not conform" in proc.stderr and "Constraint Violation" in proc.stderr
    st = OxigraphStore(store)
    try:
        assert st.quad_count() == 0
    finally:
        st.close()


@pytest.mark.parametrize(("content", "message"), [
    (b"", "empty"),
    (b"\xff\xfe\x00\x01binary", "binary"),
    ("政府工作报告".encode("gbk"), "not UTF-8"),
])
def test_bad_input_files_get_clear_errors(tmp_path: Path, content: bytes, message: str) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_text(f)


def test_missing_metadata_is_a_clear_error(tmp_path: Path, pipeline: Pipeline) -> None:
    f = tmp_path / "report.txt"
    f.write_text("今年地区生产总值增长6%。", "utf-8")
    with pytest.raises(InputError, match="region_code"):
        pipeline.build(f)


def test_extract_json_contract(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "extract", str(SEED), "--format",
                           "json"], capture_output=True, text=True, cwd=ROOT, check=True)
    data = json.loads(proc.stdout)
    assert set(data) >= {"report", "goals", "projects", "industries", "places"}
    text = SEED.read_text("utf-8")
    for g in data["goals"]:
        assert set(g) >= {"text", "start", "end", "indicator", "value", "unit", "comparator",
                          "qualifier", "kind", "normalized", "currency"}
        assert text[g["start"]:g["end"]] == g["text"]
        assert g["comparator"] in {"about", "at_least", "at_most", "exactly", "range"}
        assert g["kind"] in {"growth", "level", "count", "increment", "reduction", "share",
                             "percentage_point"}
    money = next(g for g in data["goals"] if g["text"] == "120亿元")
    assert (money["value"], money["unit"], money["normalized"], money["currency"]) == (
        120, "亿元", 12_000_000_000, "CNY")


def test_extract_turtle_parses(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "extract", str(SEED), "--format",
                           "turtle"], capture_output=True, text=True, cwd=ROOT, check=True)
    g = Graph().parse(data=proc.stdout, format="turtle")
    assert len(g) > 500


def test_page_breaks_and_unicode_line_separators_survive_ingest(
        tmp_path: Path, pipeline: Pipeline, store: OxigraphStore) -> None:
    """PDF text has a form feed at every page break; U+2028/U+2029 occur too. The stored
    source text keeps them, and the report is stored whole."""
    path = tmp_path / "paged.txt"
    text = ("2025年政府工作报告\n\f一、主要预期目标\u2028地区生产总值增长6%左右，"
            "城镇新增就业1.2万人以上。\u2029\x0b二、重点工作\x1c新建学校3所。")
    path.write_text(text, "utf-8")
    path.with_name("paged.meta.json").write_text(json.dumps(
        {"region_code": "420100", "region_name": "武汉市", "year": 2025}), "utf-8")
    report = pipeline.ingest(path, store)
    assert report.goals >= 2
    rows = store.query("SELECT ?t WHERE { ?d <https://schema.org/text> ?t }").rows
    assert [r["t"].value for r in rows] == [text]


def test_a_report_that_cannot_be_stored_does_not_stop_the_batch(
        tmp_path: Path, pipeline: Pipeline, store: OxigraphStore,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import pipeline as pipeline_module
    from kg.store import StoreError

    first = _copy_seed(tmp_path)
    second_dir = tmp_path / "b"
    second_dir.mkdir()
    second = _copy_seed(second_dir, {"year": 2021})
    real = pipeline_module.store_prepared
    calls = []

    def flaky(prepared, st):  # type: ignore[no-untyped-def]
        calls.append(prepared.report.path)
        if len(calls) == 1:
            raise StoreError("disk full")
        return real(prepared, st)

    monkeypatch.setattr(pipeline_module, "store_prepared", flaky)
    out = list(pipeline_module.ingest_many(pipeline, [first, second], store, jobs=1))
    assert isinstance(out[0][1], str) and "disk full" in out[0][1]
    assert not isinstance(out[1][1], str)  # the second report was stored
