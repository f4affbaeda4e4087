"""Worker processes for user SPARQL queries, so that a query past its deadline can be stopped.

pyoxigraph cannot cancel a running query and a Python thread cannot be killed, so an honest
timeout needs the query to run in a process that can be killed. The design, and why:

* The server process keeps the on-disk (RocksDB) store open read-write, as before, and stays
  the only writer. RocksDB allows one read-write process, and ``Store.read_only`` while that
  process writes is undefined behaviour, so workers never open the directory.
* A *template* process is started with :mod:`subprocess` (fork + exec, which is safe from the
  multi-threaded server). It loads an N-Quads dump written by the server into an in-memory
  pyoxigraph ``Store``, then only ever forks workers. It has a single thread (loading starts
  none), so ``fork`` is safe there, and the workers share the loaded data copy-on-write.
* For each worker the server makes a Unix socket pair and hands one end to the template with
  the fork request (SCM_RIGHTS). A request is a small pickled tuple; the worker runs the query,
  serializes the result with pyoxigraph's own writers and sends raw bytes behind a 12-byte
  header. The server's end stays registered with its event loop (an asyncio protocol), so a
  query costs one socket write and one wake-up: no thread hop, no process spawn and no large
  pickle per request. A trivial ASK costs the server ~115 µs of CPU in all (uvicorn and
  FastAPI included; ``/health`` costs ~70 µs) and the worker ~30 µs.
* Past the deadline the server SIGKILLs that worker (the client gets 503, never a partial
  200) and forks a replacement. Workers die with the template (PR_SET_PDEATHSIG), the template
  kills its workers when the server's control socket closes, and with federation disabled the
  template drops network access (a new, empty network namespace, where the OS allows it), so a
  worker cannot reach any host even if a ``SERVICE`` slipped past :mod:`kg.sparql_guard`.
* After a write, :meth:`QueryPool.refresh` dumps again, starts a new template and recycles the
  workers: idle ones at once, busy ones when their query ends (a generation counter). The old
  template exits when its last worker has.
* A store larger than ``in_memory_max_mb`` on disk is not copied into memory: the server
  makes a RocksDB checkpoint of it beside the store (hard links), the template is started on
  that directory without opening it, and each worker opens it read-only after the fork. Start
  and refresh then cost a checkpoint (milliseconds), queries read from disk (slower than memory,
  like the Oxigraph server), and the template deletes its snapshot when it exits.

Measured on the 2-core dev machine with 1 M quads: loading the dump in memory takes 2.6 s
(``Store.load``; ``bulk_load`` 4.2 s), forking a worker 25 ms, and after a full scan a worker
still shares ~590 MB with the template. Rejected alternatives: forking the server itself (it
runs an event loop, a thread pool and RocksDB's background threads: a forked child can
deadlock on a lock some other thread held); forking right after ``Store.read_only`` (RocksDB
threads again, and reads are undefined while the server writes); workers that each load the
dump (N times the memory, and seconds per replacement).

Result caps (``max_rows``, ``max_bytes``) cut a result to whole rows (triples) and report why
(``QueryOutcome.truncated`` = ``"rows"`` or ``"bytes"``). SELECT results are first written as
SPARQL TSV, where each solution is one line, so rows can be counted and cut without Python
objects per row; then, unless TSV was asked for, the cut TSV is parsed back and written in the
requested format. A SPARQL JSON body that was cut also gets a top-level
``"truncated": {"reason": …, "limit": …}`` member.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import io
import itertools
import json
import logging
import os
import pickle
import resource
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import weakref
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

import pyoxigraph as ox

from kg.config import Settings
from kg.store.base import GraphStore, QueryKind, QuerySyntaxError, StoreError
from kg.store.oxigraph import GRAPH_FORMATS, RESULT_FORMATS

_FRAME = struct.Struct("!IQ")  # header length, body length
_PID = struct.Struct("!I")
_KINDS: tuple[QueryKind, ...] = ("select", "ask", "graph")
_TSV = "text/tab-separated-values"
_JSON = "application/sparql-results+json"
_START_TIMEOUT_S = 600.0
_FLAG_ROOM = 80  # bytes kept free in a capped SPARQL JSON body for the "truncated" member


# -- public types ---------------------------------------------------------------------------


class PoolError(Exception):
    """The pool could not run the query (not the query's fault)."""


class PoolBusy(PoolError):
    """Every worker is busy and the wait queue is full (or no worker freed up in time)."""


class QueryTimeout(PoolError):
    """The query ran past its deadline; its worker was killed."""


class WorkerFailed(PoolError):
    """The worker died while running the query (memory limit, crash)."""


@dataclass(frozen=True, slots=True)
class PoolConfig:
    """Sizes and caps of a :class:`QueryPool`."""

    workers: int = 4
    queue_limit: int = 32
    max_rows: int = 10_000
    max_bytes: int = 50_000_000
    memory_mb: int = 2048
    isolate_network: bool = True
    in_memory_max_mb: int = 4096  # larger on-disk stores are queried from a disk snapshot

    @classmethod
    def from_settings(cls, settings: Settings) -> PoolConfig:
        return cls(
            workers=max(1, settings.query_workers),
            queue_limit=max(0, settings.query_queue_limit),
            max_rows=max(0, settings.max_result_rows),
            max_bytes=max(1, settings.max_result_bytes),
            memory_mb=max(0, settings.query_memory_mb),
            isolate_network=not settings.service_allowed_hosts,
            in_memory_max_mb=max(0, settings.query_in_memory_max_mb),
        )


class QueryRequest(NamedTuple):
    """One query. ``media_types`` is the media type wanted for a select, an ask and a graph
    result (None: not acceptable). With ``default_graphs`` or ``named_graphs`` set, those make
    up the whole dataset (SPARQL Protocol); otherwise the default graph is the union of the
    named graphs when ``union_default`` is true, else the query's own FROM clauses apply.
    Relative IRIs in the query resolve against ``base_iri`` (the endpoint's URL).
    A named tuple: it crosses to the worker as a cheap pickle."""

    sparql: str
    media_types: tuple[str | None, str | None, str | None]
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    union_default: bool = True
    base_iri: str | None = None


@dataclass(frozen=True, slots=True)
class QueryOutcome:
    """A finished query: its kind, the chosen media type (None: not acceptable, empty body),
    the serialized result and why it was cut, if it was (``"rows"`` or ``"bytes"``)."""

    kind: QueryKind
    media_type: str | None
    body: bytes
    truncated: str | None = None


# -- framing ----------------------------------------------------------------------------------


def _frame(header: bytes, body: bytes = b"") -> bytes:
    return _FRAME.pack(len(header), len(body)) + header + body


def _recv_exact(sock: socket.socket, n: int) -> bytearray | None:
    """``n`` bytes from a blocking socket; None on EOF."""
    buf = bytearray(n)
    view = memoryview(buf)
    got = 0
    while got < n:
        k = sock.recv_into(view[got:])
        if k == 0:
            return None
        got += k
    return buf


def _recv_frame(sock: socket.socket) -> tuple[bytes, bytes] | None:
    head = _recv_exact(sock, _FRAME.size)
    if head is None:
        return None
    hlen, blen = _FRAME.unpack(head)
    data = _recv_exact(sock, hlen + blen)
    if data is None:
        return None
    return bytes(data[:hlen]), bytes(data[hlen:])


class _Channel(asyncio.Protocol):
    """The server's end of a worker's socket: one request, one framed answer, at a time.

    The socket stays registered with the event loop for the worker's lifetime, so a call
    costs one write and one wake-up, not a registration per read."""

    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self._buf = bytearray()
        self._waiter: asyncio.Future[tuple[bytes, bytes]] | None = None
        self.lost = False

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # type: ignore[assignment]  # (uvloop's is no subclass)

    def data_received(self, data: bytes) -> None:
        self._buf += data
        waiter = self._waiter
        if waiter is None or waiter.done() or len(self._buf) < _FRAME.size:
            return
        hlen, blen = _FRAME.unpack_from(self._buf)
        end = _FRAME.size + hlen + blen
        if len(self._buf) >= end:
            buf, self._buf = self._buf, bytearray()
            waiter.set_result((bytes(buf[_FRAME.size:_FRAME.size + hlen]),
                               bytes(buf[_FRAME.size + hlen:end])))

    def connection_lost(self, exc: Exception | None) -> None:
        self.lost = True
        if self._waiter is not None and not self._waiter.done():
            self._waiter.set_exception(EOFError("the worker closed its socket"))

    async def call(self, payload: bytes) -> tuple[bytes, bytes]:
        if self.lost or self.transport is None:
            raise EOFError("the worker is gone")
        self._waiter = waiter = asyncio.get_running_loop().create_future()
        self.transport.write(payload)
        return await waiter


# -- in the worker: run and serialize -------------------------------------------------------


class _Full(Exception):
    """Raised by :class:`_CappedSink` to stop a serializer (and the query feeding it)."""


class _CappedSink:
    """A write-only file that stops the serializer past ``max_lines`` lines or ``max_bytes``."""

    def __init__(self, max_lines: int, max_bytes: int) -> None:
        self.buf = bytearray()
        self.lines = 0
        self.max_lines, self.max_bytes = max_lines, max_bytes

    def write(self, data: bytes) -> int:
        start = len(self.buf)
        self.buf += data
        self.lines += self.buf.count(b"\n", start)
        if self.lines > self.max_lines or len(self.buf) > self.max_bytes:
            raise _Full
        return len(data)

    def flush(self) -> None:
        pass


def _first_lines(data: bytes, n: int, max_bytes: int) -> bytes:
    """The longest prefix of ``data`` made of at most ``n`` whole lines and ``max_bytes``."""
    end = 0
    for _ in range(n):
        nl = data.find(b"\n", end)
        if nl < 0 or nl + 1 > max_bytes:
            break
        end = nl + 1
    return data[:end]


def _tsv_to(tsv: bytes, media_type: str) -> bytes:
    out = io.BytesIO()
    ox.parse_query_results(tsv, ox.QueryResultsFormat.TSV).serialize(
        out, RESULT_FORMATS[media_type])
    return out.getvalue()


def _select(res: Any, media_type: str, max_rows: int, max_bytes: int
            ) -> tuple[bytes, str | None]:
    sink = _CappedSink(max_rows + 1, max_bytes)  # + the header line
    truncated = None
    try:
        res.serialize(sink, ox.QueryResultsFormat.TSV)
    except _Full:
        truncated = "rows" if sink.lines > max_rows + 1 else "bytes"
    tsv = bytes(sink.buf)
    if truncated:
        tsv = _first_lines(tsv, max_rows + 1, max_bytes)
    if media_type == _TSV:
        return tsv, truncated
    body = _tsv_to(tsv, media_type)
    rows = tsv.count(b"\n") - 1
    while len(body) > max_bytes and rows > 0:
        truncated = "bytes"
        rows = min(rows - 1, int(rows * max_bytes / len(body) * 0.9))
        tsv = _first_lines(tsv, rows + 1, len(tsv))
        body = _tsv_to(tsv, media_type)
    return body, truncated


def _graph(res: Any, media_type: str, max_rows: int, max_bytes: int
           ) -> tuple[bytes, str | None]:
    triples = list(itertools.islice(res, max_rows + 1))
    truncated = "rows" if len(triples) > max_rows else None
    del triples[max_rows:]
    fmt = GRAPH_FORMATS[media_type]
    body = ox.serialize(triples, format=fmt)
    while len(body) > max_bytes and triples:
        truncated = "bytes"
        del triples[min(len(triples) - 1, int(len(triples) * max_bytes / len(body) * 0.9)):]
        body = ox.serialize(triples, format=fmt)
    return body, truncated


def _flag_json(body: bytes, reason: str, limit: int) -> bytes:
    """Add ``"truncated": {...}`` as a last top-level member of a SPARQL JSON document."""
    if not body.endswith(b"}"):
        return body
    extra = json.dumps({"reason": reason, "limit": limit}, separators=(",", ":")).encode()
    return body[:-1] + b',"truncated":' + extra + b"}"


def _dataset(req: QueryRequest) -> dict[str, Any]:
    if req.default_graphs is not None or req.named_graphs is not None:
        return {"default_graph": [ox.NamedNode(g) for g in req.default_graphs or ()],
                "named_graphs": [ox.NamedNode(g) for g in req.named_graphs or ()]}
    return {"use_default_graph_as_union": True} if req.union_default else {}


def execute(store: ox.Store, req: QueryRequest, max_rows: int, max_bytes: int
            ) -> tuple[tuple[Any, ...], bytes]:
    """Run ``req`` on ``store``: ``(("ok", kind, media_type, truncated), body)`` or
    ``(("syntax" | "error", message), b"")``. Runs inside a worker; public for tests."""
    try:
        res = store.query(req.sparql, base_iri=req.base_iri, **_dataset(req))
        kind: QueryKind = ("ask" if isinstance(res, ox.QueryBoolean)
                           else "select" if isinstance(res, ox.QuerySolutions) else "graph")
        media = req.media_types[_KINDS.index(kind)]
        if media is None:
            return ("ok", kind, None, None), b""
        truncated = None
        if media == _JSON:
            max_bytes -= _FLAG_ROOM  # room for the "truncated" member
        if kind == "ask":
            out = io.BytesIO()
            res.serialize(out, RESULT_FORMATS[media])
            body = out.getvalue()
        elif kind == "select":
            body, truncated = _select(res, media, max_rows, max_bytes)
        else:
            body, truncated = _graph(res, media, max_rows, max_bytes)
        if truncated and media == _JSON:
            limit = max_rows if truncated == "rows" else max_bytes + _FLAG_ROOM
            body = _flag_json(body, truncated, limit)
        return ("ok", kind, media, truncated), body
    except SyntaxError as exc:
        return ("syntax", str(exc)), b""
    except (OSError, ValueError, RuntimeError, KeyError, MemoryError) as exc:
        return ("error", str(exc) or type(exc).__name__), b""


def _worker_main(sock: socket.socket, store: ox.Store, config: PoolConfig) -> None:
    """Serve requests on ``sock`` until it closes."""
    _set_parent_death_signal(signal.SIGKILL)
    if config.memory_mb:
        _limit_address_space(config.memory_mb)
    sock.setblocking(True)
    while (frame := _recv_frame(sock)) is not None:
        try:
            req = QueryRequest(*pickle.loads(frame[0]))
            header, body = execute(store, req, config.max_rows, config.max_bytes)
        except Exception as exc:  # never let one bad request take the worker down
            header, body = ("error", f"{type(exc).__name__}: {exc}"), b""
        sock.sendall(_frame(pickle.dumps(header, protocol=pickle.HIGHEST_PROTOCOL), body))


# -- the template process ("zygote") --------------------------------------------------------


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:
        return None


def _set_parent_death_signal(sig: int) -> None:
    """Linux: get ``sig`` when the parent exits (no-op elsewhere)."""
    libc = _libc()
    if libc is not None and sys.platform.startswith("linux"):
        libc.prctl(1, int(sig), 0, 0, 0)  # PR_SET_PDEATHSIG


def _limit_address_space(extra_mb: int) -> None:
    """Cap this process's address space at its current size plus ``extra_mb``."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            size_kb = next(int(line.split()[1]) for line in f if line.startswith("VmSize:"))
    except (OSError, StopIteration, ValueError):
        return
    limit = (size_kb * 1024) + extra_mb * 1024 * 1024
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _drop_network() -> bool:
    """Move this (single-threaded) process into a new, empty network namespace: as root
    directly, otherwise inside a new user namespace. False when the OS refuses."""
    libc = _libc()
    if libc is None or not sys.platform.startswith("linux"):
        return False
    clone_newnet, clone_newuser = 0x40000000, 0x10000000
    return (libc.unshare(clone_newnet) == 0
            or libc.unshare(clone_newuser | clone_newnet) == 0)


def _reap(children: set[int]) -> None:
    for pid in list(children):
        with contextlib.suppress(ChildProcessError):
            if os.waitpid(pid, os.WNOHANG)[0]:
                children.discard(pid)


def _kill_all(children: set[int]) -> None:
    for pid in children:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


def _wait_all(children: set[int], kill: bool, parent: int) -> None:
    """Reap every child, killing them first if ``kill`` — or as soon as the server (our
    ``parent``) is gone: a retired template's last workers must not outlive it."""
    if kill:
        _kill_all(children)
    while children:
        _reap(children)
        if children and os.getppid() != parent:
            _kill_all(children)
        time.sleep(0.05)


def zygote_main(argv: Sequence[str]) -> None:
    """Entry point of the template process: ``CONTROL_FD SOURCE CONFIG_JSON``.

    SOURCE is an N-Quads dump (loaded into memory here, shared with the workers) or a
    directory holding a RocksDB snapshot (each worker opens it read-only after the fork; the
    template never opens it, so it stays single-threaded and safe to fork; it deletes the
    snapshot when it exits). Answers ``R`` + quad count (0 for a snapshot) + ``1`` if the
    network was dropped, then forks a worker per ``F`` message (whose attached fd becomes the
    worker's socket) and answers its pid. ``X``: wait for the workers to finish, then exit.
    EOF: kill them and exit."""
    parent = os.getppid()
    ctrl = socket.socket(fileno=int(argv[0]))
    config = PoolConfig(**json.loads(argv[2]))
    source = Path(argv[1])
    snapshot = source if source.is_dir() else None
    # SIGTERM (docker stop, systemd) unwinds through the finally below: the snapshot goes too
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
    try:
        _template_loop(ctrl, parent, config, snapshot, source)
    finally:
        if snapshot is not None:
            shutil.rmtree(snapshot, ignore_errors=True)


def _template_loop(ctrl: socket.socket, parent: int, config: PoolConfig, snapshot: Path | None,
                   source: Path) -> None:
    store: ox.Store | None = None
    if snapshot is None:
        store = ox.Store()
        store.load(path=str(source), format=ox.RdfFormat.N_QUADS)
    isolated = config.isolate_network and _drop_network()
    ctrl.sendall(b"R" + struct.pack("!QB", len(store) if store is not None else 0, isolated))
    children: set[int] = set()
    kill = True
    while True:
        try:
            msg, fds, _, _ = socket.recv_fds(ctrl, 1, 1)
        except OSError:
            msg, fds = b"", []
        _reap(children)
        if msg == b"F" and fds:
            pid = os.fork()
            if pid == 0:  # the worker
                code = 0
                try:
                    ctrl.close()
                    own = store if store is not None else ox.Store.read_only(str(snapshot))
                    _worker_main(socket.socket(fileno=fds[0]), own, config)
                except BaseException:
                    code = 1
                    traceback.print_exc()  # to the server's stderr: why a worker could not start
                finally:
                    os._exit(code)  # never runs the template's finally (the snapshot stays)
            os.close(fds[0])
            children.add(pid)
            ctrl.sendall(_PID.pack(pid))
            continue
        for fd in fds:
            os.close(fd)
        kill = msg != b"X"
        break
    ctrl.close()
    _wait_all(children, kill, parent)


# -- server side ------------------------------------------------------------------------------


class _Worker:
    """The server's end of one worker process."""

    __slots__ = ("channel", "generation", "pid", "sock")

    def __init__(self, pid: int, sock: socket.socket, channel: _Channel, generation: int
                 ) -> None:
        self.pid, self.sock, self.channel, self.generation = pid, sock, channel, generation

    def kill(self) -> None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(self.pid, signal.SIGKILL)
        self._end(abort=True)

    def close(self) -> None:
        """Let the worker go: it exits when it sees EOF (after its current query, if any)."""
        self._end(abort=False)

    def _end(self, abort: bool) -> None:
        transport = self.channel.transport
        if transport is None:
            return
        try:
            transport.abort() if abort else transport.close()
        except RuntimeError:  # its event loop is already closed: close the socket directly
            self.sock.close()


class _Zygote:
    """The server's handle on a template process."""

    def __init__(self, proc: subprocess.Popen[bytes], ctrl: socket.socket, generation: int,
                 quads: int, isolated: bool) -> None:
        self.proc, self.ctrl, self.generation = proc, ctrl, generation
        self.quads, self.isolated = quads, isolated
        self._lock = threading.Lock()

    @classmethod
    def launch(cls, dump: Path, config: PoolConfig, generation: int) -> _Zygote:
        """Start a template on ``dump`` and wait until it has loaded it (blocking)."""
        ours, theirs = socket.socketpair()
        conf = json.dumps({f: getattr(config, f) for f in config.__dataclass_fields__})
        try:
            proc = subprocess.Popen(
                [sys.executable, "-c",
                 "import sys; from kg.store.pool import zygote_main; zygote_main(sys.argv[1:])",
                 str(theirs.fileno()), str(dump), conf],
                pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, start_new_session=True,
            )
        finally:
            theirs.close()
        ours.settimeout(_START_TIMEOUT_S)
        try:
            ready = _recv_exact(ours, 10)
        except OSError:
            ready = None
        if ready is None or ready[:1] != b"R":
            ours.close()
            proc.kill()
            proc.wait()
            raise PoolError(f"the query worker template failed to load the data "
                            f"(exit status {proc.returncode})")
        quads, isolated = struct.unpack("!QB", ready[1:])
        ours.settimeout(30)
        return cls(proc, ours, generation, quads, bool(isolated))

    def fork_worker(self) -> tuple[int, socket.socket]:
        """A new worker forked from the template, and our end of its socket (blocking)."""
        ours, theirs = socket.socketpair()
        try:
            with self._lock:
                socket.send_fds(self.ctrl, [b"F"], [theirs.fileno()])
                data = _recv_exact(self.ctrl, _PID.size)
        except OSError as exc:
            ours.close()
            raise PoolError(f"could not start a query worker: {exc}") from exc
        finally:
            theirs.close()
        if data is None:
            ours.close()
            raise PoolError("the query worker template has exited")
        ours.setblocking(False)
        return _PID.unpack(data)[0], ours

    def retire(self) -> None:
        """Fork no more; the template exits once its last worker has."""
        with self._lock, contextlib.suppress(OSError):
            self.ctrl.sendall(b"X")
        self.ctrl.close()

    def stop(self) -> None:
        """Close the control socket (the template kills its workers and exits) and reap it."""
        self.ctrl.close()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


def _dump_to_file(store: GraphStore) -> Path:
    fd, name = tempfile.mkstemp(prefix="kg-pool-", suffix=".nq")
    with os.fdopen(fd, "wb") as f:
        for chunk in store.dump("application/n-quads"):
            f.write(chunk)
    return Path(name)


def _launch_from_store(store: GraphStore, config: PoolConfig, generation: int) -> _Zygote:
    try:
        snapshot = _disk_snapshot(store, config, first=generation == 1)
        if snapshot is not None:
            try:
                return _Zygote.launch(snapshot, config, generation)
            except BaseException:
                shutil.rmtree(snapshot, ignore_errors=True)
                raise
        dump = _dump_to_file(store)
        try:
            return _Zygote.launch(dump, config, generation)
        finally:
            dump.unlink(missing_ok=True)
    except PoolError:
        raise
    except Exception as exc:  # a full disk, a failed checkpoint…: the caller closes the pool
        raise PoolError(f"could not load the data into the query workers: {exc}") from exc


def _snapshot_prefix(store_dir: Path) -> str:
    return f".{store_dir.name}.query-snapshot-"


def _disk_snapshot(store: GraphStore, config: PoolConfig, first: bool) -> Path | None:
    """A RocksDB snapshot (checkpoint) of an on-disk store larger than
    ``config.in_memory_max_mb``, beside the store; None when the in-memory copy is used.

    Why: an in-memory copy costs ~360 bytes a quad and a full dump + load per start and per
    write (25 s at 4 M quads); past a few GiB it no longer fits. A checkpoint is hard links
    to the immutable table files (instant at any size, no extra disk until the store
    compacts), and a read-only open of it is safe while the server keeps writing the store,
    which a read-only open of the live directory is not. Each template deletes its snapshot
    when it exits; at the first launch (this server holds the store's RocksDB lock, so it is
    the only user of its snapshots) any left by a killed server are removed."""
    path = getattr(store, "path", None)
    checkpoint = getattr(store, "checkpoint", None)
    if path is None or checkpoint is None:
        return None
    if _dir_mb(path) <= config.in_memory_max_mb:
        return None
    if first:
        for old in path.parent.glob(_snapshot_prefix(path) + "*"):
            shutil.rmtree(old, ignore_errors=True)
    if os.stat(path.parent).st_dev != os.stat(path).st_dev:
        logging.getLogger(__name__).warning(
            "the store %s is on another file system than its parent directory: each query "
            "snapshot is a full copy, not hard links", path)
    target = Path(tempfile.mkdtemp(prefix=_snapshot_prefix(path), dir=path.parent))
    target.rmdir()  # the checkpoint must create the directory itself
    try:
        checkpoint(target)
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    return target


def _dir_mb(path: Path) -> float:
    """Size of the files under ``path``; files that compaction deletes meanwhile count 0."""
    total = 0
    for f in path.rglob("*"):
        with contextlib.suppress(OSError):
            if f.is_file():
                total += f.stat().st_size
    return total / 2**20


def _shutdown(zygotes: list[_Zygote], workers: set[_Worker]) -> None:
    """Kill every worker and stop every template (also run by the finalizer at exit)."""
    for w in list(workers):
        w.kill()
    workers.clear()
    for z in zygotes:
        z.stop()
    zygotes.clear()


class QueryPool:
    """A fixed number of query worker processes with a bounded wait queue.

    Bound to the event loop it was created on; start it with :meth:`start` (or let
    :meth:`run` do it), stop it with :meth:`close` (also done at interpreter exit).
    """

    def __init__(self, store: GraphStore, config: PoolConfig) -> None:
        self.store, self.config = store, config
        self.loop = asyncio.get_running_loop()
        self.closed = False
        self._zygote: _Zygote | None = None
        self._generation = 0
        self._idle: list[_Worker] = []
        self._waiters: deque[asyncio.Future[_Worker]] = deque()
        self._live = 0  # workers alive or being forked, of any generation
        self._load_lock = asyncio.Lock()
        self._tasks: set[asyncio.Task[None]] = set()
        self._zygotes: list[_Zygote] = []
        self._workers: set[_Worker] = set()
        self._finalizer = weakref.finalize(self, _shutdown, self._zygotes, self._workers)

    # -- lifecycle --

    @property
    def started(self) -> bool:
        return self._zygote is not None

    @property
    def network_isolated(self) -> bool:
        """True when the workers run without network access."""
        return bool(self._zygote and self._zygote.isolated)

    async def start(self) -> None:
        """Load the store into a template and fork the workers (once)."""
        if self._zygote is not None:
            return
        async with self._load_lock:
            if self._zygote is None and not self.closed:
                await self._install(await self._launch())

    async def refresh(self) -> None:
        """Reload the data after a write: queries that start after this returns see it."""
        if self._zygote is None or self.closed:
            return
        async with self._load_lock:
            await self._install(await self._launch())

    async def _launch(self) -> _Zygote:
        return await asyncio.to_thread(_launch_from_store, self.store, self.config,
                                       self._generation + 1)

    async def _install(self, zygote: _Zygote) -> None:
        if self.closed:
            zygote.stop()
            return
        old, self._zygote = self._zygote, zygote
        self._generation = zygote.generation
        self._zygotes.append(zygote)
        for w in self._idle:
            self._drop(w, kill=False)
        self._idle.clear()
        if old is not None:
            old.retire()  # it exits once its busy workers are done; reaped below or at close
        self._zygotes[:] = [z for z in self._zygotes if z is zygote or z.proc.poll() is None]
        missing = self.config.workers - self._live
        if missing > 0:
            self._live += missing
            await self._fork(missing)  # ready before the first (or next) query is sent

    def close(self) -> None:
        """Stop every worker and template; waiting queries fail with :class:`PoolError`."""
        if self.closed:
            return
        self.closed = True
        for fut in self._waiters:
            if not fut.done():
                fut.set_exception(PoolError("the query pool is shut down"))
        self._waiters.clear()
        self._idle.clear()
        self._finalizer()

    # -- workers --

    def _top_up(self) -> None:
        """Fork workers until there are ``config.workers`` of them."""
        missing = self.config.workers - self._live
        if missing > 0 and not self.closed:
            self._live += missing
            task = self.loop.create_task(self._fork(missing))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)

    async def _fork(self, n: int) -> None:
        zygote = self._zygote
        for _ in range(n):
            try:
                if zygote is None:
                    raise PoolError("no template")
                pid, sock = await asyncio.to_thread(zygote.fork_worker)
                try:
                    _, channel = await self.loop.create_unix_connection(_Channel, sock=sock)
                except OSError:
                    sock.close()  # the worker sees EOF and exits
                    raise
                worker = _Worker(pid, sock, channel, zygote.generation)
            except (PoolError, OSError):
                self._live -= 1
                if zygote is not self._zygote:  # replaced meanwhile: fork from the new one
                    self._top_up()
                continue
            self._workers.add(worker)
            self._release(worker)

    def _drop(self, worker: _Worker, kill: bool) -> None:
        self._workers.discard(worker)
        self._live -= 1
        worker.kill() if kill else worker.close()

    def _release(self, worker: _Worker) -> None:
        if self.closed or worker.generation != self._generation:
            self._drop(worker, kill=False)
            self._top_up()
            return
        while self._waiters:
            fut = self._waiters.popleft()
            if not fut.done():
                fut.set_result(worker)
                return
        self._idle.append(worker)

    async def _acquire(self) -> _Worker:
        while self._idle:
            worker = self._idle.pop()
            if not worker.channel.lost:
                return worker
            self._drop(worker, kill=True)  # died while idle (OOM killer…): replace it
            self._top_up()
        if len(self._waiters) >= self.config.queue_limit:
            raise PoolBusy(f"all {self.config.workers} query workers are busy and "
                           f"{len(self._waiters)} queries are waiting")
        fut: asyncio.Future[_Worker] = self.loop.create_future()
        self._waiters.append(fut)
        try:
            return await fut
        except BaseException:
            if fut.done() and not fut.cancelled() and fut.exception() is None:
                self._release(fut.result())  # got a worker just as we gave up: hand it on
            with contextlib.suppress(ValueError):
                self._waiters.remove(fut)
            raise

    # -- queries --

    async def run(self, req: QueryRequest, timeout: float) -> QueryOutcome:
        """Run ``req`` within ``timeout`` seconds, waiting for a free worker included.

        Raises :class:`PoolBusy`, :class:`QueryTimeout`, :class:`WorkerFailed`,
        :class:`PoolError`, or the query's :class:`QuerySyntaxError` / :class:`StoreError`.
        """
        if self.closed:
            raise PoolError("the query pool is shut down")
        await self.start()
        payload = _frame(pickle.dumps(tuple(req), protocol=pickle.HIGHEST_PROTOCOL))
        worker = None
        try:
            async with asyncio.timeout_at(self.loop.time() + timeout):
                worker = await self._acquire()
                header, body = await worker.channel.call(payload)
        except TimeoutError as exc:
            if worker is None:
                raise PoolBusy(f"no query worker became free within {timeout:g} s") from exc
            self._drop(worker, kill=True)
            self._top_up()
            raise QueryTimeout(f"the query ran longer than {timeout:g} s and was stopped") \
                from exc
        except (EOFError, OSError) as exc:
            assert worker is not None
            self._drop(worker, kill=True)
            self._top_up()
            limit = (f" (it may have exceeded the {self.config.memory_mb} MiB memory limit)"
                     if self.config.memory_mb else "")
            raise WorkerFailed(f"the query worker died{limit}") from exc
        except BaseException:  # cancelled (client gone): the worker's state is unknown
            if worker is not None:
                self._drop(worker, kill=True)
                self._top_up()
            raise
        self._release(worker)
        return _outcome(pickle.loads(header), body)


def _outcome(header: tuple[Any, ...], body: bytes) -> QueryOutcome:
    status = header[0]
    if status == "ok":
        return QueryOutcome(header[1], header[2], body, header[3])
    if status == "syntax":
        raise QuerySyntaxError(header[1])
    raise StoreError(header[1])


# -- wiring helpers for the app ---------------------------------------------------------------


def query_pool(state: Any, settings: Settings, store: GraphStore) -> QueryPool:
    """The app's pool (``state.query_pool``), created on first use on the running loop.
    Synchronous on purpose: no await between the check and the assignment."""
    pool: QueryPool | None = getattr(state, "query_pool", None)
    if pool is None or pool.closed or pool.loop is not asyncio.get_running_loop():
        if pool is not None:
            pool.close()
        pool = QueryPool(store, PoolConfig.from_settings(settings))
        state.query_pool = pool
    return pool


async def refresh_query_pool(state: Any) -> None:
    """Call after every write to the store so that later queries see it. If the reload
    fails the pool is closed, and the next query starts a new one from the store."""
    pool: QueryPool | None = getattr(state, "query_pool", None)
    if pool is not None and not pool.closed and pool.loop is asyncio.get_running_loop():
        try:
            await pool.refresh()
        except PoolError:
            pool.close()


def close_query_pool(state: Any) -> None:
    """Stop the app's pool, if any (for the app's lifespan shutdown)."""
    pool: QueryPool | None = getattr(state, "query_pool", None)
    if pool is not None:
        pool.close()
