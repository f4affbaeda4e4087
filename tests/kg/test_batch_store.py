"""Batch ingest: new report graphs are bulk-loaded a batch at a time, with the same result as
one transaction per report, and a crash part way through a bulk load is undone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kg import pipeline as pipeline_module
from kg.pipeline import Pipeline, RunReport, ingest_many
from kg.store import OxigraphStore, StoreError
from kg.store.base import GraphWrite
from kg.store.oxigraph import JOURNAL_GRAPH

ROOT = Path(__file__).resolve().parents[2]
REPORTS = sorted((ROOT / "tests" / "corpus" / "reports").glob("*.txt"))[:6]
A = "http://example.org/graph/a"
B = "http://example.org/graph/b"
SHARED = "http://example.org/graph/shared"


def _dump(store: OxigraphStore) -> list[bytes]:
    return sorted(b"".join(store.dump("application/n-quads")).splitlines())


def _ingest(store: OxigraphStore, batch_size: int, paths: list[Path] = REPORTS
            ) -> list[RunReport | str]:
    return [o for _, o in ingest_many(Pipeline(), paths, store, jobs=1,
                                      batch_size=batch_size)]  # type: ignore[misc]


def test_bulk_batch_stores_the_same_quads_as_one_transaction_each(tmp_path: Path) -> None:
    one_by_one = OxigraphStore(tmp_path / "one")
    batched = OxigraphStore(tmp_path / "batched")
    calls: list[int] = []
    real = batched.add_new_graphs
    batched.add_new_graphs = lambda writes: calls.append(len(writes)) or real(writes)  # type: ignore[method-assign]
    assert all(isinstance(o, RunReport) for o in _ingest(one_by_one, 1))
    assert all(isinstance(o, RunReport) for o in _ingest(batched, 4))
    assert calls == [4, 2]  # 6 reports in batches of 4: the bulk path was taken
    assert _dump(batched) == _dump(one_by_one)
    assert JOURNAL_GRAPH not in batched.graphs()


def test_a_second_run_replaces_graphs_instead_of_adding_to_them(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "s")
    _ingest(store, 4)
    first = _dump(store)
    outcomes = _ingest(store, 4)  # every graph exists now: skipped by the bulk path, replaced
    assert all(isinstance(o, RunReport) for o in outcomes)
    assert _dump(store) == first


def test_add_new_graphs_skips_existing_graphs_and_text_that_is_not_ntriples(
        tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "s")
    store.replace_graph(A, '<http://example.org/x> <http://example.org/p> "old" .\n')
    skipped = store.add_new_graphs([
        GraphWrite(A, '<http://example.org/x> <http://example.org/p> "new" .\n'),
        GraphWrite(B, "<http://example.org/x> <http://example.org/p> 1 .\n"),  # not N-Triples
        GraphWrite("http://example.org/graph/c", '<http://example.org/y> <http://example.org/p> "c" .\n',
                   (SHARED, '<http://example.org/z> <http://example.org/p> "s" .\n')),
    ])
    assert skipped == [A, B]
    assert store.graphs() == [A, "http://example.org/graph/c", SHARED]
    assert b'"old"' in b"".join(store.dump("application/n-quads"))


def test_bulk_load_keeps_each_writes_blank_nodes_and_comments_to_itself(tmp_path: Path) -> None:
    """The batch goes to Oxigraph as one N-Quads document; a blank node label used by two
    writes must still name two nodes, and a comment after a triple must not move the
    triple out of its graph."""
    store = OxigraphStore(tmp_path / "s")
    blank = '_:n <http://example.org/p> "x" .\n'
    commented = '<http://example.org/s> <http://example.org/p> "y" . # a note\n'
    c = "http://example.org/graph/c"
    assert store.add_new_graphs([GraphWrite(A, blank), GraphWrite(B, blank),
                                 GraphWrite(c, commented)]) == []
    rows = store.query("SELECT (COUNT(DISTINCT ?n) AS ?k) WHERE { ?n ?p \"x\" }").rows
    assert rows[0]["k"].value == "2"
    assert store.graphs() == [A, B, c]
    ask = store.query(f"ASK {{ GRAPH <{c}> {{ <http://example.org/s> ?p \"y\" }} }}")
    assert ask.boolean is True


def test_store_error_in_bulk_load_falls_back_to_one_write_per_report(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = OxigraphStore(tmp_path / "s")

    def broken(writes: list[GraphWrite]) -> list[str]:
        raise StoreError("no space left on device")

    monkeypatch.setattr(store, "add_new_graphs", broken)
    real = pipeline_module.store_prepared
    failing = REPORTS[1].stem

    def flaky(prepared, st):  # type: ignore[no-untyped-def]
        if failing in prepared.report.path:
            raise StoreError("disk full")
        return real(prepared, st)

    monkeypatch.setattr(pipeline_module, "store_prepared", flaky)
    outcomes = _ingest(store, 16, REPORTS[:3])
    assert isinstance(outcomes[0], RunReport) and isinstance(outcomes[2], RunReport)
    assert isinstance(outcomes[1], str) and "disk full" in outcomes[1]
    graphs = store.graphs()
    assert outcomes[0].graph in graphs and outcomes[2].graph in graphs
    assert not any(failing in g for g in graphs)


CRASH = """
import os, sys
import pyoxigraph as ox
from kg.store.oxigraph import JOURNAL_GRAPH, OxigraphStore, _LOADING, _TRUE, _quads
store = OxigraphStore(__import__("pathlib").Path(sys.argv[1]))
g = ox.NamedNode(sys.argv[2])
quads = _quads(sys.argv[3], g)
# what add_new_graphs does, killed after half of the bulk load
store._store.extend([ox.Quad(g, _LOADING, _TRUE, ox.NamedNode(JOURNAL_GRAPH))])
store._store.bulk_extend(quads[: len(quads) // 2])
os._exit(9)
"""


def test_a_crash_during_a_bulk_load_is_undone_when_the_store_is_next_opened(
        tmp_path: Path) -> None:
    path = tmp_path / "s"
    store = OxigraphStore(path)
    kept = '<http://example.org/x> <http://example.org/p> "kept" .\n'
    store.replace_graph(A, kept)
    store.close()
    nt = "".join(f'<http://example.org/s{i}> <http://example.org/p> "{i}" .\n' for i in range(10))
    proc = subprocess.run([sys.executable, "-c", CRASH, str(path), B, nt], cwd=ROOT,
                          capture_output=True, text=True)
    assert proc.returncode == 9, proc.stderr
    crashed = OxigraphStore(path, read_only=True)  # as the crash left it: half a graph
    assert B in crashed.graphs() and JOURNAL_GRAPH in crashed.graphs()
    assert crashed.quad_count() == 1 + 1 + 5  # graph A, the journal entry, half of B
    crashed.close()
    del crashed
    reopened = OxigraphStore(path)
    assert reopened.graphs() == [A]
    assert _dump(reopened) == [f"{kept[:-3]} <{A}> .".encode()]
