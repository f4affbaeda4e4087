"""Writes through the API keep the precomputed statistics (graph/statistics) up to date."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kg import stats
from kg.ns import Vocab
from tests.conftest import Server, start_server, stop_server

TOKEN = "stats-token"
AUTH = {"authorization": f"Bearer {TOKEN}"}
SEED_GRAPH = str(Vocab().graph("000_2ac18dfb8867e55f"))
TOTAL = f"""PREFIX gr: <{Vocab().GR}>
SELECT (SUM(?c) AS ?n) (COUNT(?o) AS ?obs) WHERE {{
  GRAPH <{Vocab().graph(stats.STATISTICS_GRAPH)}> {{ ?o gr:targetCount ?c }} }}"""


@pytest.fixture(scope="module")
def writable(seeded_store_path: Path, tmp_path_factory: pytest.TempPathFactory
             ) -> Iterator[Server]:
    path = tmp_path_factory.mktemp("stats-writes") / "store"
    shutil.copytree(seeded_store_path, path)
    srv = start_server(path, {"KG_UPDATES_ENABLED": "true", "KG_UPDATE_TOKEN": TOKEN})
    yield srv
    stop_server(srv)


def _targets_counted(base: str) -> tuple[int, int]:
    r = httpx.get(base + "/sparql", params={"query": TOTAL}, timeout=30)
    assert r.status_code == 200, r.text
    row = r.json()["results"]["bindings"][0]
    return int(row.get("n", {"value": 0})["value"]), int(row["obs"]["value"])


def test_graph_store_writes_patch_the_statistics(writable: Server) -> None:
    base = writable.base_url
    targets, observations = _targets_counted(base)
    assert targets > 10 and observations > 10  # `kg ingest` built it from the seed
    report = httpx.get(base + "/rdf-graphs", params={"graph": SEED_GRAPH},
                       headers={"accept": "application/n-triples"}, timeout=30)
    assert report.status_code == 200 and report.text
    r = httpx.delete(base + "/rdf-graphs", params={"graph": SEED_GRAPH}, headers=AUTH)
    assert r.status_code == 204, r.text
    assert _targets_counted(base) == (0, 0)  # the seed was the only report
    r = httpx.put(base + "/rdf-graphs", params={"graph": SEED_GRAPH}, content=report.text,
                  headers={**AUTH, "content-type": "application/n-triples"}, timeout=60)
    assert r.status_code == 201, r.text
    assert _targets_counted(base) == (targets, observations)


def test_a_sparql_update_rebuilds_the_statistics_of_a_small_store(writable: Server) -> None:
    base = writable.base_url
    targets, _ = _targets_counted(base)
    r = httpx.post(base + "/sparql/update", content=f"DROP GRAPH <{SEED_GRAPH}>",
                   headers={**AUTH, "content-type": "application/sparql-update"}, timeout=60)
    assert r.status_code == 204, r.text
    assert targets > 0 and _targets_counted(base) == (0, 0)


@pytest.fixture(scope="module")
def large(seeded_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server that treats every store as too large to rebuild the statistics inline."""
    path = tmp_path_factory.mktemp("stats-background") / "store"
    shutil.copytree(seeded_store_path, path)
    srv = start_server(path, {"KG_UPDATES_ENABLED": "true", "KG_UPDATE_TOKEN": TOKEN,
                              "KG_STATISTICS_INLINE_MAX_QUADS": "0"})
    yield srv
    stop_server(srv)


def test_a_sparql_update_on_a_large_store_rebuilds_the_statistics_after_answering(
        large: Server) -> None:
    base = large.base_url
    targets, _ = _targets_counted(base)
    assert targets > 0
    r = httpx.post(base + "/sparql/update", content=f"DROP GRAPH <{SEED_GRAPH}>",
                   headers={**AUTH, "content-type": "application/sparql-update"}, timeout=60)
    assert r.status_code == 204, r.text
    deadline = time.monotonic() + 60
    while _targets_counted(base) != (0, 0):  # rebuilt in the background, then served
        assert time.monotonic() < deadline, "the statistics were not rebuilt within 60 s"
        time.sleep(0.2)
