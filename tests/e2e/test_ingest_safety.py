"""Ingest never loses or corrupts data: SIGKILL mid-ingest, bad files, clear errors."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.ns import Vocab
from kg.pipeline import Pipeline
from kg.store import OxigraphStore

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus" / "reports"


def _graph_sizes(store_path: Path) -> dict[str, int]:
    st = OxigraphStore(store_path)
    try:
        rows = st.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g",
                        default_graphs=None).rows
        return {r["g"].value: int(r["n"].value) for r in rows}
    finally:
        st.close()


@pytest.fixture(scope="module")
def expected_sizes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    """Triples per named graph after a clean ingest of the corpus."""
    st = OxigraphStore(None)
    pipeline = Pipeline()
    sizes = {}
    for f in sorted(CORPUS.glob("*.txt")):
        r = pipeline.ingest(f, st)
        sizes[r.graph] = r.triples
    st.close()
    return sizes


def test_sigkill_during_ingest_leaves_whole_graphs(tmp_path: Path,
                                                   expected_sizes: dict[str, int]) -> None:
    rng = random.Random(7)
    store = tmp_path / "store"
    for attempt in range(3):
        # two reports per bulk load: kills land between and inside bulk loads
        proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "ingest", str(CORPUS),
                                 "--store", str(store), "--batch-size", "2"], cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        # wait until at least one report is stored on the first attempt, then kill at random
        deadline = time.monotonic() + 60
        assert proc.stdout is not None
        line = proc.stdout.readline() if attempt == 0 else b""
        time.sleep(rng.uniform(0.05, 0.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert time.monotonic() < deadline
        if attempt == 0:
            assert b"ingested" in line
        sizes = _graph_sizes(store)
        skip = {str(Vocab().graph(g)) for g in ("ontology", "shared-concepts", "statistics")}
        for graph, n in sizes.items():
            if graph in skip:
                continue
            assert n == expected_sizes[graph], f"{graph} half-written: {n} triples"
    # and a normal run afterwards completes the store
    subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(CORPUS), "--store",
                    str(store)], cwd=ROOT, check=True, capture_output=True)
    sizes = _graph_sizes(store)
    assert {g: n for g, n in sizes.items() if g in expected_sizes} == expected_sizes


@pytest.mark.parametrize(("content", "needle"), [
    (b"", "empty file"),
    ("二〇二四年政府工作报告".encode("gb18030"), "not UTF-8"),
    (bytes(range(256)) * 4, "binary"),
    (os.urandom(50 * 1024 * 1024).replace(b"\x00", b"a"), "larger than"),
])
def test_bad_files_get_one_line_errors(tmp_path: Path, content: bytes, needle: str) -> None:
    f = tmp_path / "report.txt"
    f.write_bytes(content)
    (tmp_path / "report.meta.json").write_text(json.dumps({"region_code": "110101",
                                                          "year": 2024}), "utf-8")
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(f), "--store",
                           str(tmp_path / "store")], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode != 0
    first = proc.stderr.strip().splitlines()[0]
    assert first.startswith("error:") and needle in first


def test_failed_report_leaves_store_bytes_unchanged(tmp_path: Path) -> None:
    """A report failing SHACL changes nothing on disk (compared file by file)."""
    store = tmp_path / "store"
    good = CORPUS / "01_hangzhou_2024.txt"
    subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(good), "--store", str(store)],
                   cwd=ROOT, check=True, capture_output=True)
    before = _graph_sizes(store)
    dump_before = _dump(store)
    bad = tmp_path / "bad.txt"
    shutil.copy(good, bad)
    (tmp_path / "bad.meta.json").write_text(json.dumps({"region_code": "330100",
                                                       "year": 3000}), "utf-8")
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(bad), "--store",
                           str(store)], cwd=ROOT, capture_output=True, text=True)
    assert proc.returncode != 0 and "does not conform" in proc.stderr
    assert _graph_sizes(store) == before
    assert _dump(store) == dump_before


def _dump(store: Path) -> bytes:
    st = OxigraphStore(store)
    try:
        return b"".join(sorted(b"".join(st.dump("application/n-quads")).splitlines(True)))
    finally:
        st.close()


def test_no_worker_outlives_a_killed_ingest(tmp_path: Path) -> None:
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "ingest", str(CORPUS), "--store",
                             str(tmp_path / "store"), "--jobs", "2"], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None
    assert b"ingested" in proc.stdout.readline()  # the workers are up and writing
    children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True,
                              text=True).stdout.split()
    assert children
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 15
    alive = children
    while alive and time.monotonic() < deadline:
        time.sleep(0.2)
        alive = [c for c in alive if Path(f"/proc/{c}").exists()
                 and "Z" not in Path(f"/proc/{c}/stat").read_text().split()[2]]
    assert not alive, f"orphaned workers: {alive}"
