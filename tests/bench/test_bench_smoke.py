"""Keeps the benchmark (bench/run.py) working: a tiny corpus, this service only, 1 s cells.

Nothing here times anything or asserts a speed: only that every stage runs, every query is
answered without errors and the results are written.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench import corpus  # noqa: E402
from bench.queries import SEMANTICS, Query, compare, parse_result  # noqa: E402


def run_bench(out: Path, *extra: str) -> dict:
    cmd = [sys.executable, str(ROOT / "bench" / "run.py"), "--reports", "5", "--systems", "kg",
           "--duration", "1", "--concurrency", "1", "--out", str(out), "--no-progress",
           "--no-install", *extra]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    assert "Throughput and latency" in proc.stdout
    return json.loads((out / "results-5.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    out = tmp_path_factory.mktemp("bench")
    return out, run_bench(out)


def test_ingest_stage_ran(results: tuple[Path, dict]) -> None:
    _, res = results
    ing = res["ingest"]
    assert ing["ingested"] == 5 and not ing["failures"]
    assert ing["counts"]["goals"] > 0 and ing["quads"] > 0
    assert set(ing["stages_s"]) >= {"validate", "store"}
    assert ing["store_bytes"] > 0 and ing["warm_p50_s"] > 0
    assert res["dump_bytes"] is None  # only this service was run: no dump is written


def test_every_query_answered_without_errors(results: tuple[Path, dict]) -> None:
    _, res = results
    names = {q["name"] for q in res["queries"]}
    assert {"ask", "describe", "region_year", "top_regions", "per_indicator",
            "entity_page", "api_targets"} <= names
    for name in names:
        check = res["checks"][name]
        assert "kg" in check["sizes"], check  # answered 200 and parsed
    rows = {r["query"]: r for r in res["load"] if r["system"] == "kg"}
    assert set(rows) == names
    for r in rows.values():
        assert r["errors"] == 0, r
        assert r["requests"] >= 1, r
    assert res["servers"]["kg"]["peak_tree_pss"]


def test_report_files_written(results: tuple[Path, dict]) -> None:
    out, _ = results
    md = (out / "results-5.md").read_text(encoding="utf-8")
    assert "| govreport-kg |" in md and "entity_page" in md


def test_httpx_fallback_and_reuse(results: tuple[Path, dict]) -> None:
    out, _ = results
    res = run_bench(out, "--reuse", "--loadgen", "httpx", "--queries", "ask,entity_page")
    assert res["loadgen"] == "httpx"
    assert {r["query"] for r in res["load"]} == {"ask", "entity_page"}
    assert all(r["errors"] == 0 and r["requests"] >= 1 for r in res["load"])


def test_corpus_is_deterministic_and_has_sidecars(tmp_path: Path) -> None:
    a = corpus.generate(tmp_path / "a", 3, seed=11)
    b = corpus.generate(tmp_path / "b", 3, seed=11)
    assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]
    for p in a:
        meta = json.loads(p.with_name(p.stem + ".meta.json").read_text(encoding="utf-8"))
        assert meta["document_type"] == "full_report"
        assert 2016 <= meta["year"] <= 2025 and len(meta["region_code"]) == 6
        assert meta["region_name"] and meta["date"].startswith(str(meta["year"]))
        assert "主要预期目标" in p.read_text(encoding="utf-8")


def test_chinese_numerals() -> None:
    assert [corpus.cn_int(n) for n in (10, 12, 105, 2000, 12000, 20500)] == [
        "十", "十二", "一百零五", "两千", "一万二千", "两万零五百"]


def test_result_comparison_normalises_numbers() -> None:
    q = Query("x", "", "select", [])
    a = parse_result(q.kind, json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": [
        {"n": {"type": "literal", "value": "2.50",
               "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}}]}}).encode())
    b = parse_result(q.kind, json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": [
        {"n": {"type": "literal", "value": "2.5",
               "datatype": "http://www.w3.org/2001/XMLSchema#decimal"}}]}}).encode())
    assert compare({"kg": a, "oxigraph": b}) == "equal"
    assert SEMANTICS.kind == "select"
