"""Secure defaults, end to end: no outbound calls (SERVICE, FROM, LOAD), request size limits,
CORS allow-list, and writes that are off by default and token-guarded when on."""

from __future__ import annotations

import asyncio
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kg.store import OxigraphStore
from kg.store.pool import PoolConfig, QueryPool, QueryRequest
from tests.conftest import Server, start_server, stop_server

JSON = "application/sparql-results+json"
DIRECT = {"content-type": "application/sparql-query"}
TOKEN = "s3cret-token"
G = "http://example.org/graph/test"


class Listener:
    """A TCP listener on 127.0.0.1 that counts the connections it gets."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.1)
        self.port: int = self.sock.getsockname()[1]
        self.connections = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except (TimeoutError, OSError):
                continue
            self.connections += 1
            conn.close()

    def url(self, path: str = "/sparql") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def settle(self) -> int:
        """The connection count after a short grace period for late callers."""
        time.sleep(0.3)
        return self.connections

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    lst = Listener()
    yield lst
    lst.close()


def _copy(seeded: Path, tmp: Path) -> Path:
    path = tmp / "store"
    shutil.copytree(seeded, path)
    return path


def is_error(r: httpx.Response, status: int) -> dict[str, object]:
    assert r.status_code == status, (r.status_code, r.text)
    err = r.json()["error"]
    assert err["status"] == status and err["title"]
    return err


def test_listener_counts_connections(listener: Listener) -> None:
    """Control: the listener does see a connection when one is made."""
    socket.create_connection(("127.0.0.1", listener.port), timeout=2).close()
    assert listener.settle() == 1


# -- no outbound calls ------------------------------------------------------------------------


@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "select * where {{ service <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "ASK {{ Service\n  Silent <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ BIND(<{url}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
])
def test_service_never_contacts_the_host(server: Server, listener: Listener,
                                         template: str) -> None:
    query = template.format(url=listener.url())
    r = httpx.get(server.base_url + "/sparql", params={"query": query}, timeout=30)
    assert "SERVICE" in is_error(r, 403)["detail"]
    r = httpx.post(server.base_url + "/sparql", content=query, headers=DIRECT, timeout=30)
    is_error(r, 403)
    assert listener.settle() == 0


@pytest.mark.parametrize("query", [
    "# SERVICE <{url}>\nASK {{ ?s ?p ?o }}",
    'ASK {{ ?s ?p ?o FILTER(?o != "SERVICE <{url}>") }}',
    "PREFIX ex: <http://example.org/> ASK {{ ?service ?p ?o FILTER(?p != ex:SERVICE) }}",
])
def test_service_mentioned_in_comments_and_strings_is_fine(server: Server, listener: Listener,
                                                           query: str) -> None:
    r = httpx.get(server.base_url + "/sparql", params={"query": query.format(url=listener.url())},
                  timeout=30)
    assert r.status_code == 200, r.text
    assert r.json()["boolean"] is True
    assert listener.settle() == 0


def test_from_and_dataset_iris_are_graph_names_not_urls(server: Server, listener: Listener
                                                        ) -> None:
    url = listener.url("/x")
    for params in ({"query": f"SELECT * FROM <{url}> WHERE {{ ?s ?p ?o }}"},
                   {"query": f"SELECT * FROM NAMED <{url}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"},
                   {"query": "SELECT * { ?s ?p ?o }", "default-graph-uri": url},
                   {"query": "SELECT * { GRAPH ?g { ?s ?p ?o } }", "named-graph-uri": url}):
        r = httpx.get(server.base_url + "/sparql", params=params, timeout=30)
        assert r.status_code == 200, r.text
        assert r.json()["results"]["bindings"] == []  # no such graph here, nothing fetched
    assert listener.settle() == 0


def test_workers_have_no_network_even_past_the_guard(tmp_path: Path, listener: Listener
                                                     ) -> None:
    """Defense in depth: a SERVICE that reaches a worker directly (bypassing the text guard)
    still cannot connect, because workers run in an empty network namespace."""
    store = OxigraphStore(tmp_path / "store")
    store.replace_graph(G, "<http://example.org/s> <http://example.org/p> 1 .")

    async def run() -> tuple[bool, Exception | None]:
        pool = QueryPool(store, PoolConfig(workers=1))
        try:
            await pool.start()
            query = f"SELECT * {{ SERVICE <{listener.url()}> {{ ?s ?p ?o }} }}"
            try:
                await pool.run(QueryRequest(query, (JSON, JSON, None)), 10)
            except Exception as exc:  # the call fails: network unreachable
                return pool.network_isolated, exc
            return pool.network_isolated, None
        finally:
            pool.close()

    try:
        isolated, error = asyncio.run(run())
    finally:
        store.close()
    if not isolated:
        pytest.skip("this OS does not let the pool drop network access")
    assert error is not None
    assert listener.settle() == 0


# -- request size limits ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def small_limits(seeded_store_path: Path, tmp_path_factory: pytest.TempPathFactory
                 ) -> Iterator[Server]:
    path = _copy(seeded_store_path, tmp_path_factory.mktemp("limits"))
    srv = start_server(path, {"KG_MAX_QUERY_LENGTH": "1000", "KG_MAX_REQUEST_BYTES": "5000"})
    yield srv
    stop_server(srv)


def _long_query(chars: int) -> str:
    base = "ASK { ?s ?p ?o } #"
    return base + "x" * (chars - len(base))


def test_long_query_by_get_is_414(small_limits: Server) -> None:
    r = httpx.get(small_limits.base_url + "/sparql", params={"query": _long_query(1001)})
    assert "1000 characters" in is_error(r, 414)["detail"]
    ok = httpx.get(small_limits.base_url + "/sparql", params={"query": _long_query(1000)})
    assert ok.status_code == 200 and ok.json()["boolean"] is True


def test_long_query_string_is_414(small_limits: Server) -> None:
    r = httpx.get(small_limits.base_url + "/sparql",
                  params={"query": "ASK {}", "default-graph-uri": "http://g/" + "a" * 6000})
    is_error(r, 414)


def test_long_query_by_post_is_413(small_limits: Server) -> None:
    r = httpx.post(small_limits.base_url + "/sparql", content=_long_query(1001), headers=DIRECT)
    is_error(r, 413)


@pytest.mark.parametrize("chunked", [False, True])
def test_large_body_is_413(small_limits: Server, chunked: bool) -> None:
    body = ("query=" + "a" * 6000).encode()
    content: bytes | Iterator[bytes] = iter([body[:3000], body[3000:]]) if chunked else body
    r = httpx.post(small_limits.base_url + "/sparql", content=content,
                   headers={"content-type": "application/x-www-form-urlencoded"})
    assert "5000 bytes" in is_error(r, 413)["detail"]


# -- CORS --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cors_server(seeded_store_path: Path, tmp_path_factory: pytest.TempPathFactory
                ) -> Iterator[Server]:
    path = _copy(seeded_store_path, tmp_path_factory.mktemp("cors"))
    srv = start_server(path, {"KG_CORS_ORIGINS": '["https://allowed.example"]'})
    yield srv
    stop_server(srv)


def test_cors_only_for_listed_origins(cors_server: Server) -> None:
    url = cors_server.base_url + "/sparql"
    params = {"query": "ASK {}"}
    ok = httpx.get(url, params=params, headers={"origin": "https://allowed.example"})
    assert ok.headers["access-control-allow-origin"] == "https://allowed.example"
    other = httpx.get(url, params=params, headers={"origin": "https://evil.example"})
    assert other.status_code == 200
    assert "access-control-allow-origin" not in other.headers
    preflight = httpx.options(url, headers={"origin": "https://evil.example",
                                            "access-control-request-method": "POST"})
    assert "access-control-allow-origin" not in preflight.headers


def test_no_cors_by_default(server: Server) -> None:
    r = httpx.get(server.base_url + "/sparql", params={"query": "ASK {}"},
                  headers={"origin": "https://allowed.example"})
    assert r.status_code == 200
    assert not any(h.startswith("access-control-") for h in r.headers)


# -- writes ------------------------------------------------------------------------------------


def _graph_size(base: str, graph: str = G) -> int:
    r = httpx.get(base + "/sparql", params={
        "query": f"SELECT (COUNT(*) AS ?n) {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"}, timeout=30)
    assert r.status_code == 200, r.text
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


TTL = "@prefix ex: <http://example.org/> .\nex:a ex:p 1, 2 .\n"
TTL_HEADERS = {"content-type": "text/turtle", "authorization": f"Bearer {TOKEN}"}


def test_writes_are_off_by_default(server: Server) -> None:
    base = server.base_url
    auth = {"authorization": f"Bearer {TOKEN}"}
    is_error(httpx.post(base + "/sparql/update", content="CLEAR ALL",
                        headers={"content-type": "application/sparql-update", **auth}), 404)
    for method in ("PUT", "POST", "DELETE"):
        r = httpx.request(method, base + "/rdf-graphs", params={"graph": G}, content=TTL,
                          headers=TTL_HEADERS)
        is_error(r, 404)
    assert _graph_size(base) == 0
    assert httpx.get(base + "/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"]


@pytest.fixture(scope="module")
def writable(seeded_store_path: Path, tmp_path_factory: pytest.TempPathFactory
             ) -> Iterator[Server]:
    path = _copy(seeded_store_path, tmp_path_factory.mktemp("writable"))
    srv = start_server(path, {"KG_UPDATES_ENABLED": "true", "KG_UPDATE_TOKEN": TOKEN,
                              "KG_MAX_UPDATE_BYTES": "20000"})
    yield srv
    stop_server(srv)


@pytest.mark.parametrize(("headers", "status"), [
    ({}, 401),
    ({"authorization": "Basic czNjcmV0OnRva2Vu"}, 401),
    ({"authorization": "Bearer"}, 401),
    ({"authorization": "Bearer wrong"}, 403),
    ({"authorization": f"Bearer {TOKEN}x"}, 403),
])
def test_writes_need_the_token(writable: Server, headers: dict[str, str], status: int) -> None:
    base = writable.base_url
    r = httpx.put(base + "/rdf-graphs", params={"graph": G}, content=TTL,
                  headers={"content-type": "text/turtle", **headers})
    err = is_error(r, status)
    if status == 401:
        assert r.headers["www-authenticate"].startswith("Bearer")
    assert "s3cret" not in str(err)
    r = httpx.post(base + "/sparql/update", content=f"INSERT DATA {{ GRAPH <{G}> {{ <a:b> "
                   "<a:c> <a:d> } }", headers={"content-type": "application/sparql-update",
                                               **headers})
    is_error(r, status)
    assert _graph_size(base) == 0


def test_graph_store_put_and_delete(writable: Server) -> None:
    base = writable.base_url
    r = httpx.put(base + "/rdf-graphs", params={"graph": G}, content=TTL, headers=TTL_HEADERS)
    assert r.status_code == 201, r.text
    assert _graph_size(base) == 2  # visible to the very next query
    nt = "<http://example.org/b> <http://example.org/q> \"x\" .\n"
    r = httpx.put(base + "/rdf-graphs", params={"graph": G}, content=nt,
                  headers={**TTL_HEADERS, "content-type": "application/n-triples"})
    assert r.status_code == 204, r.text
    assert _graph_size(base) == 1  # replaced, not merged
    r = httpx.delete(base + "/rdf-graphs", params={"graph": G}, headers=TTL_HEADERS)
    assert r.status_code == 204, r.text
    assert _graph_size(base) == 0
    is_error(httpx.delete(base + "/rdf-graphs", params={"graph": G}, headers=TTL_HEADERS), 404)


@pytest.mark.parametrize(("params", "content", "ctype", "status"), [
    ({"graph": G}, "@prefix broken", "text/turtle", 400),
    ({"graph": G}, TTL, "application/pdf", 415),
    ({"graph": "not an iri"}, TTL, "text/turtle", 400),
    ({"default": ""}, TTL, "text/turtle", 400),
    ({}, TTL, "text/turtle", 400),
    ({"graph": G}, "x" * 20001, "text/turtle", 413),
])
def test_graph_store_bad_requests(writable: Server, params: dict[str, str], content: str,
                                  ctype: str, status: int) -> None:
    r = httpx.put(writable.base_url + "/rdf-graphs", params=params, content=content,
                  headers={**TTL_HEADERS, "content-type": ctype})
    is_error(r, status)
    assert _graph_size(writable.base_url) == 0


def test_graph_store_post_merges(writable: Server) -> None:
    base = writable.base_url
    g2 = G + "/merge"
    assert httpx.put(base + "/rdf-graphs", params={"graph": g2}, content=TTL,
                     headers=TTL_HEADERS).status_code == 201
    r = httpx.post(base + "/rdf-graphs", params={"graph": g2},
                   content="<http://example.org/a> <http://example.org/p> 3 .",
                   headers=TTL_HEADERS)
    if hasattr(OxigraphStore, "update"):
        assert r.status_code == 204, r.text
        assert _graph_size(base, g2) == 3
    else:  # the store interface has no generic update yet: refused, nothing changed
        is_error(r, 501)
        assert _graph_size(base, g2) == 2
    assert httpx.delete(base + "/rdf-graphs", params={"graph": g2},
                        headers=TTL_HEADERS).status_code == 204


@pytest.mark.parametrize("template", [
    "LOAD <{url}>",
    "load silent <{url}> INTO GRAPH <http://example.org/g>",
    "INSERT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
])
def test_update_cannot_fetch(writable: Server, listener: Listener, template: str) -> None:
    r = httpx.post(writable.base_url + "/sparql/update",
                   content=template.format(url=listener.url("/data.ttl")),
                   headers={"content-type": "application/sparql-update",
                            "authorization": f"Bearer {TOKEN}"})
    is_error(r, 403)
    assert listener.settle() == 0


def test_sparql_update(writable: Server) -> None:
    base = writable.base_url
    auth = {"authorization": f"Bearer {TOKEN}"}
    g3 = G + "/update"
    r = httpx.post(base + "/sparql/update",
                   data={"update": f"INSERT DATA {{ GRAPH <{g3}> {{ <http://example.org/s> "
                                   "<http://example.org/p> 1 } }"}, headers=auth)
    if hasattr(OxigraphStore, "update"):
        assert r.status_code == 204, r.text
        assert _graph_size(base, g3) == 1
    else:
        is_error(r, 501)
        assert _graph_size(base, g3) == 0
    is_error(httpx.post(base + "/sparql/update", content="CLEAR XYZ",
                        headers={"content-type": "application/sparql-update", **auth}),
             501 if not hasattr(OxigraphStore, "update") else 400)
    is_error(httpx.post(base + "/sparql/update", content="update=CLEAR%20NAMED&update=CLEAR",
                        headers={"content-type": "application/x-www-form-urlencoded", **auth}),
             400)
    is_error(httpx.post(base + "/sparql/update", params={"using-graph-uri": G},
                        content="CLEAR NAMED",
                        headers={"content-type": "application/sparql-update", **auth}), 400)
    is_error(httpx.post(base + "/sparql/update", content="CLEAR NAMED",
                        headers={"content-type": "text/plain", **auth}), 415)
    assert httpx.get(base + "/sparql", params={"query": "ASK { ?s ?p ?o }"}).json()["boolean"]


def test_updates_enabled_without_token_refuse_everything(seeded_store_path: Path,
                                                         tmp_path: Path) -> None:
    srv = start_server(_copy(seeded_store_path, tmp_path), {"KG_UPDATES_ENABLED": "true"})
    try:
        for token in ("", "anything"):
            r = httpx.put(srv.base_url + "/rdf-graphs", params={"graph": G}, content=TTL,
                          headers={"content-type": "text/turtle",
                                   "authorization": f"Bearer {token}".strip()})
            is_error(r, 401 if not token else 403)
        assert _graph_size(srv.base_url) == 0
    finally:
        stop_server(srv)
