"""Honest limits, against real servers: a timeout that stops the query (503, never a partial
200), explicit row/byte caps, a bounded queue (503 + Retry-After), and a service that keeps
answering while a pathological query runs. The last tests drive :mod:`kg.store.pool`
directly: refresh after a write, a crashed or memory-starved worker, shutdown."""

from __future__ import annotations

import asyncio
import csv
import io
import os
import shutil
import signal
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
import rdflib

from kg.store import OxigraphStore
from kg.store.base import QuerySyntaxError
from kg.store.pool import (
    PoolBusy,
    PoolConfig,
    PoolError,
    QueryPool,
    QueryRequest,
    QueryTimeout,
    WorkerFailed,
)
from tests.conftest import Server, start_server, stop_server

# Both run for minutes on the seed (2 000+ triples): a triple cross join, and a regex over a
# cross product.
CROSS_JOIN = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
REGEX_JOIN = ('SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i '
              'FILTER(REGEX(CONCAT(STR(?c), STR(?f), STR(?i)), "^(a|b|c)*(x|y)+z$")) }')
JSON = "application/sparql-results+json"
MEDIA = (JSON, JSON, "text/turtle")
CLK_TCK = os.sysconf("SC_CLK_TCK")


def _copy(seeded: Path, tmp: Path) -> Path:
    path = tmp / "store"
    shutil.copytree(seeded, path)
    return path


def _children(pid: int) -> list[int]:
    kids = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            if ppid == pid:
                kids.append(int(entry))
    return kids


def _tree_cpu_s(pid: int) -> float:
    """CPU seconds used so far by ``pid`` and its live descendants."""
    total = 0
    stack = [pid]
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/stat", encoding="ascii") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime + stime
        stack.extend(_children(p))
    return total / CLK_TCK


def _busy_seconds(server: Server, window: float = 1.0) -> float:
    """CPU seconds the server and its query workers burn over ``window`` seconds."""
    before = _tree_cpu_s(server.proc.pid)
    time.sleep(window)
    return _tree_cpu_s(server.proc.pid) - before


def is_error(r: httpx.Response, status: int) -> dict[str, object]:
    assert r.status_code == status, (r.status_code, r.text)
    err = r.json()["error"]
    assert err["status"] == status and err["title"]
    assert r.headers["content-type"].startswith("application/json")
    return err


@pytest.fixture(scope="module")
def limited(seeded_store_path: Path, tmp_path_factory: pytest.TempPathFactory
            ) -> Iterator[Server]:
    path = _copy(seeded_store_path, tmp_path_factory.mktemp("limited"))
    # 4 workers: two heavy queries leave two free (the default is one per core)
    srv = start_server(path, {"KG_QUERY_TIMEOUT_S": "8", "KG_MAX_RESULT_ROWS": "20",
                              "KG_MAX_RESULT_BYTES": "4000", "KG_QUERY_WORKERS": "4"})
    yield srv
    stop_server(srv)


# -- timeout ---------------------------------------------------------------------------------


@pytest.mark.parametrize("query", [CROSS_JOIN, REGEX_JOIN])
def test_timeout_is_503_and_stops_the_query(limited: Server, query: str) -> None:
    started = time.monotonic()
    r = httpx.get(limited.base_url + "/sparql", params={"query": query, "timeout": "2"},
                  timeout=60)
    elapsed = time.monotonic() - started
    assert "longer than 2 s" in is_error(r, 503)["detail"]
    assert int(r.headers["retry-after"]) >= 1
    assert 1.5 < elapsed < 15
    # Stopped, not abandoned: nothing keeps burning CPU once the answer is out.
    assert _busy_seconds(limited) < 0.5
    ok = httpx.get(limited.base_url + "/sparql", params={"query": "ASK { ?s ?p ?o }"})
    assert ok.status_code == 200 and ok.json()["boolean"] is True


def test_server_timeout_applies_without_parameter(seeded_store_path: Path, tmp_path: Path
                                                  ) -> None:
    srv = start_server(_copy(seeded_store_path, tmp_path), {"KG_QUERY_TIMEOUT_S": "1.5"})
    try:
        started = time.monotonic()
        r = httpx.get(srv.base_url + "/sparql", params={"query": CROSS_JOIN}, timeout=60)
        is_error(r, 503)
        assert time.monotonic() - started < 12
        # A client cannot raise the limit.
        r = httpx.get(srv.base_url + "/sparql", params={"query": CROSS_JOIN, "timeout": "60"},
                      timeout=60)
        assert "longer than 1.5 s" in is_error(r, 503)["detail"]
    finally:
        stop_server(srv)


@pytest.mark.parametrize("value", ["abc", "0", "-1"])
def test_bad_timeout_parameter(limited: Server, value: str) -> None:
    r = httpx.get(limited.base_url + "/sparql", params={"query": "ASK {}", "timeout": value})
    is_error(r, 400)


# -- result caps -----------------------------------------------------------------------------


def _get(server: Server, query: str, accept: str) -> httpx.Response:
    r = httpx.get(server.base_url + "/sparql", params={"query": query},
                  headers={"accept": accept}, timeout=30)
    assert r.status_code == 200, r.text
    return r


ONES = "SELECT (1 AS ?x) { ?s ?p ?o }"  # 2 000+ short rows


def test_row_cap_json(limited: Server) -> None:
    r = _get(limited, ONES, JSON)
    assert r.headers["x-result-truncated"] == "rows"
    doc = r.json()
    assert len(doc["results"]["bindings"]) == 20
    assert doc["truncated"] == {"reason": "rows", "limit": 20}
    assert all(b["x"]["value"] == "1" for b in doc["results"]["bindings"])


def test_row_cap_csv_tsv_xml(limited: Server) -> None:
    r = _get(limited, ONES, "text/csv")
    assert r.headers["x-result-truncated"] == "rows"
    assert list(csv.reader(io.StringIO(r.text))) == [["x"]] + [["1"]] * 20
    r = _get(limited, ONES, "text/tab-separated-values")
    assert r.headers["x-result-truncated"] == "rows"
    assert r.text == "?x\n" + "1\n" * 20
    r = _get(limited, ONES, "application/sparql-results+xml")
    assert r.headers["x-result-truncated"] == "rows"
    root = ET.fromstring(r.content)
    assert len(root.findall(".//{http://www.w3.org/2005/sparql-results#}result")) == 20


def test_row_cap_graph(limited: Server) -> None:
    r = _get(limited, "CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle")
    assert r.headers["x-result-truncated"] == "rows"
    assert len(rdflib.Graph().parse(data=r.text, format="turtle")) == 20


def test_byte_cap_keeps_whole_rows(limited: Server) -> None:
    r = _get(limited, "SELECT * { ?s ?p ?o }", JSON)
    assert r.headers["x-result-truncated"] == "bytes"
    assert len(r.content) <= 4000
    doc = r.json()  # still a valid document
    assert 0 < len(doc["results"]["bindings"]) < 20
    assert doc["truncated"] == {"reason": "bytes", "limit": 4000}
    long_triples = ("CONSTRUCT { ?s <http://example.org/long> ?l } WHERE { "
                    "{ SELECT DISTINCT ?s { ?s ?p ?o } } "
                    "BIND(CONCAT(STR(?s), STR(?s), STR(?s), STR(?s), STR(?s)) AS ?l) }")
    r = _get(limited, long_triples, "application/rdf+xml")
    assert r.headers["x-result-truncated"] == "bytes"
    assert len(r.content) <= 4000
    assert 0 < len(rdflib.Graph().parse(data=r.content, format="xml")) < 20


@pytest.mark.parametrize(("query", "accept"), [
    ("SELECT * { ?s ?p ?o } LIMIT 3", JSON),
    ("SELECT (1 AS ?x) { ?s ?p ?o } LIMIT 20", "text/csv"),  # exactly at the cap
    ("ASK { ?s ?p ?o }", JSON),
])
def test_small_results_are_not_flagged(limited: Server, query: str, accept: str) -> None:
    r = _get(limited, query, accept)
    assert "x-result-truncated" not in r.headers
    if accept == JSON:
        assert "truncated" not in r.json()


# -- bounded concurrency -----------------------------------------------------------------------


def test_full_queue_is_503_with_retry_after(seeded_store_path: Path, tmp_path: Path) -> None:
    srv = start_server(_copy(seeded_store_path, tmp_path), {
        "KG_QUERY_WORKERS": "1", "KG_QUERY_QUEUE_LIMIT": "1", "KG_QUERY_TIMEOUT_S": "6"})
    url = srv.base_url + "/sparql"
    try:
        with ThreadPoolExecutor(2) as ex:
            running = ex.submit(httpx.get, url, params={"query": CROSS_JOIN}, timeout=60)
            time.sleep(1)
            queued = ex.submit(httpx.get, url, params={"query": "ASK {}"}, timeout=60)
            time.sleep(1)
            started = time.monotonic()
            r = httpx.get(url, params={"query": "ASK {}"}, timeout=60)
            assert time.monotonic() - started < 5  # refused at once, not queued
            assert "busy" in is_error(r, 503)["detail"]
            assert r.headers["retry-after"] == "1"
            assert not running.done() and not queued.done()
            is_error(running.result(), 503)  # the heavy query times out...
            assert queued.result().json()["boolean"] is True  # ...and the queued one runs
        assert httpx.get(url, params={"query": "ASK {}"}).status_code == 200
    finally:
        stop_server(srv)


def _entity_path(server: Server) -> str:
    r = httpx.get(server.base_url + "/sparql", params={"query": (
        'SELECT ?s { ?s a ?t FILTER(STRSTARTS(STR(?s), "https://w3id.org/govreport-kg/id/")) '
        "} LIMIT 1")})
    iri = r.json()["results"]["bindings"][0]["s"]["value"]
    return "/id/" + iri.split("/id/", 1)[1]


def test_service_stays_responsive_during_heavy_queries(limited: Server) -> None:
    base = limited.base_url
    entity = _entity_path(limited)
    with ThreadPoolExecutor(2) as ex:
        heavy: list[Future[httpx.Response]] = [
            ex.submit(httpx.get, base + "/sparql", params={"query": q}, timeout=60)
            for q in (CROSS_JOIN, REGEX_JOIN)]
        time.sleep(0.5)
        with httpx.Client(base_url=base, timeout=5) as c:  # each answer within 5 s
            for _ in range(3):
                assert c.get("/health").json()["status"] == "ok"
                page = c.get(entity, headers={"accept": "application/json"})
                assert page.status_code == 200, page.text
                r = c.get("/sparql", params={"query": "ASK { ?s ?p ?o }"})
                assert r.status_code == 200 and r.json()["boolean"] is True
                r = c.get("/sparql", params={"query": "SELECT ?s { ?s ?p ?o } LIMIT 2"})
                assert len(r.json()["results"]["bindings"]) == 2
        assert not any(f.done() for f in heavy)  # the heavy queries were still running
        for f in heavy:
            is_error(f.result(), 503)


# -- the pool itself ---------------------------------------------------------------------------


G = "http://example.org/graph/pool"


@pytest.fixture
def small_store(tmp_path: Path) -> Iterator[OxigraphStore]:
    store = OxigraphStore(tmp_path / "store")
    store.replace_graph(G, "".join(f"<http://example.org/s{i}> <http://example.org/p> "
                                   f"<http://example.org/o{j}> .\n"
                                   for i in range(60) for j in range(3)))
    yield store
    store.close()


def _run(coro_fn, store: OxigraphStore, config: PoolConfig):  # type: ignore[no-untyped-def]
    async def main():  # type: ignore[no-untyped-def]
        pool = QueryPool(store, config)
        try:
            return await coro_fn(pool)
        finally:
            pool.close()
    return asyncio.run(main())


def _count(pool: QueryPool) -> object:
    return pool.run(QueryRequest("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", MEDIA), 10)


def test_pool_refresh_sees_writes(small_store: OxigraphStore) -> None:
    async def scenario(pool: QueryPool) -> tuple[bytes, bytes, bytes]:
        before = (await _count(pool)).body  # type: ignore[attr-defined]
        small_store.replace_graph(G + "/2", "<http://example.org/x> <http://example.org/p> 1 .")
        stale = (await _count(pool)).body  # type: ignore[attr-defined]
        await pool.refresh()
        return before, stale, (await _count(pool)).body  # type: ignore[attr-defined]

    before, stale, after = _run(scenario, small_store, PoolConfig(workers=2))
    assert b'"180"' in before and b'"180"' in stale and b'"181"' in after


ON_DISK = {"in_memory_max_mb": 0}  # workers read a RocksDB snapshot instead of a memory copy


def test_pool_on_disk_snapshot_sees_writes_after_refresh_and_is_removed(
        small_store: OxigraphStore) -> None:
    parent = small_store.path.parent  # type: ignore[union-attr]
    pattern = f".{small_store.path.name}.query-snapshot-*"  # type: ignore[union-attr]
    stale = parent / f".{small_store.path.name}.query-snapshot-left-by-a-killed-server"  # type: ignore[union-attr]
    stale.mkdir()

    async def scenario(pool: QueryPool) -> tuple[bytes, bytes, bytes, int]:
        before = (await _count(pool)).body  # type: ignore[attr-defined]
        small_store.replace_graph(G + "/2", "<http://example.org/x> <http://example.org/p> 1 .")
        old = (await _count(pool)).body  # type: ignore[attr-defined]
        await pool.refresh()
        after = (await _count(pool)).body  # type: ignore[attr-defined]
        return before, old, after, len(list(parent.glob(pattern)))

    before, old, after, snapshots = _run(scenario, small_store, PoolConfig(workers=2, **ON_DISK))
    assert b'"180"' in before and b'"180"' in old and b'"181"' in after
    assert snapshots >= 1
    assert not stale.exists()  # removed at the first launch
    deadline = time.monotonic() + 5  # each template deletes its snapshot when it exits
    while time.monotonic() < deadline and list(parent.glob(pattern)):
        time.sleep(0.05)
    assert list(parent.glob(pattern)) == []


def test_pool_on_disk_keeps_its_limits(small_store: OxigraphStore) -> None:
    async def scenario(pool: QueryPool) -> bytes:
        with pytest.raises(QueryTimeout):
            await pool.run(QueryRequest(CROSS_JOIN, MEDIA), 0.5)
        with pytest.raises(QuerySyntaxError):
            await pool.run(QueryRequest("SELEC", MEDIA), 10)
        return (await pool.run(QueryRequest("ASK { ?s ?p ?o }", MEDIA), 10)).body

    assert _run(scenario, small_store, PoolConfig(workers=1, **ON_DISK)) \
        == b'{"head":{},"boolean":true}'


def test_pool_survives_a_killed_worker(small_store: OxigraphStore) -> None:
    async def scenario(pool: QueryPool) -> bytes:
        await pool.start()
        task = asyncio.ensure_future(pool.run(QueryRequest(CROSS_JOIN, MEDIA), 30))
        await asyncio.sleep(0.5)
        for w in list(pool._workers):
            os.kill(w.pid, signal.SIGKILL)
        with pytest.raises(WorkerFailed):
            await task
        return (await pool.run(QueryRequest("ASK { ?s ?p ?o }", MEDIA), 10)).body

    assert _run(scenario, small_store, PoolConfig(workers=1)) == b'{"head":{},"boolean":true}'


def test_pool_replaces_a_worker_that_died_while_idle(small_store: OxigraphStore) -> None:
    async def scenario(pool: QueryPool) -> list[bytes]:
        await pool.start()
        for w in list(pool._workers):
            os.kill(w.pid, signal.SIGKILL)
        await asyncio.sleep(0.3)
        return [(await pool.run(QueryRequest("ASK {}", MEDIA), 10)).body for _ in range(3)]

    bodies = _run(scenario, small_store, PoolConfig(workers=2))
    assert bodies == [b'{"head":{},"boolean":true}'] * 3


def test_pool_memory_limit_stops_the_query(small_store: OxigraphStore) -> None:
    q = "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i LIMIT 1"

    async def scenario(pool: QueryPool) -> bytes:
        with pytest.raises(WorkerFailed, match="memory"):
            await pool.run(QueryRequest(q, MEDIA), 60)
        return (await pool.run(QueryRequest("ASK {}", MEDIA), 10)).body

    assert _run(scenario, small_store, PoolConfig(workers=1, memory_mb=32)).endswith(b"true}")


def test_pool_errors_and_timeouts(small_store: OxigraphStore) -> None:
    async def scenario(pool: QueryPool) -> None:
        with pytest.raises(QuerySyntaxError):
            await pool.run(QueryRequest("SELEC", MEDIA), 10)
        with pytest.raises(QueryTimeout):
            await pool.run(QueryRequest(CROSS_JOIN, MEDIA), 0.5)
        await asyncio.sleep(0.5)  # the killed worker's replacement is forked meanwhile
        heavy = asyncio.ensure_future(pool.run(QueryRequest(CROSS_JOIN, MEDIA), 3))
        await asyncio.sleep(0.3)
        with pytest.raises(PoolBusy):  # one worker, no queue
            await pool.run(QueryRequest("ASK {}", MEDIA), 3)
        with pytest.raises(QueryTimeout):
            await heavy
        pool.close()
        with pytest.raises(PoolError):
            await pool.run(QueryRequest("ASK {}", MEDIA), 3)

    _run(scenario, small_store, PoolConfig(workers=1, queue_limit=0))


def test_pool_close_leaves_no_process(small_store: OxigraphStore) -> None:
    async def scenario(pool: QueryPool) -> list[int]:
        await pool.start()
        pids = [w.pid for w in pool._workers] + [z.proc.pid for z in pool._zygotes]
        assert len(pids) == 3
        pool.close()
        return pids

    pids = _run(scenario, small_store, PoolConfig(workers=2))
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(_alive(p) for p in pids):
        time.sleep(0.05)
    assert [p for p in pids if _alive(p)] == []


def _alive(pid: int) -> bool:
    """Running (a zombie waiting to be reaped by its parent counts as gone)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _descendants(pid: int) -> list[int]:
    out, stack = [], [pid]
    while stack:
        kids = _children(stack.pop())
        out += kids
        stack += kids
    return out


def test_no_process_outlives_a_killed_server(seeded_store_path: Path, tmp_path: Path) -> None:
    """SIGKILL the server while a heavy query runs on a template retired by a write: the
    templates and every worker, the busy one included, go too."""
    token = "t0ken"
    srv = start_server(_copy(seeded_store_path, tmp_path), {
        "KG_UPDATES_ENABLED": "true", "KG_UPDATE_TOKEN": token, "KG_QUERY_TIMEOUT_S": "60",
        "KG_QUERY_WORKERS": "4"})
    try:
        with ThreadPoolExecutor(1) as ex:
            heavy = ex.submit(httpx.get, srv.base_url + "/sparql", params={"query": CROSS_JOIN},
                              timeout=60)
            time.sleep(1)
            r = httpx.put(srv.base_url + "/rdf-graphs", params={"graph": G},
                          content="<http://example.org/a> <http://example.org/b> 1 .",
                          headers={"content-type": "text/turtle",
                                   "authorization": f"Bearer {token}"})
            assert r.status_code == 201, r.text
            procs = _descendants(srv.proc.pid)
            # old template + its busy worker, new template + 3 (the busy one still counts
            # toward the 4 workers; the 3 idle old ones exit on their own, maybe not yet)
            assert len(procs) >= 6
            assert not heavy.done()
            srv.proc.kill()
            srv.proc.wait()
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and any(_alive(p) for p in procs):
                time.sleep(0.1)
            assert [p for p in procs if _alive(p)] == []
            with pytest.raises(httpx.HTTPError):
                heavy.result()
    finally:
        stop_server(srv)
