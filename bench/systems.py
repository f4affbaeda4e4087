"""The three systems under test, each a real server process on 127.0.0.1:

* ``kg``       — this service, ``kg serve`` on a copy of the ingested store;
* ``oxigraph`` — the Oxigraph server (PyPI ``oxigraph``) on the N-Quads dump, read-only,
  ``--union-default-graph``;
* ``rdflib``   — rdflib-endpoint (PyPI ``rdflib-endpoint``) serving the same dump from an
  in-memory ``Dataset(default_union=True)``.

The two others are installed into their own virtualenvs under ``bench/`` so their
dependencies never touch the project's.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
VENVS = {
    "oxigraph": (HERE / ".venv-oxigraph", ["oxigraph==0.5.13"], "oxigraph"),
    "rdflib": (HERE / ".venv-rdflib-endpoint", ["rdflib-endpoint[cli]==0.6.3"],
               "rdflib-endpoint"),
}
ASK_ANY = "ASK { ?s ?p ?o }"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ensure_tool(system: str, install: bool, log: Any = print) -> Path | None:
    """The CLI of ``system`` from its own venv, created (pip install) when missing."""
    venv, pkgs, exe = VENVS[system]
    path = venv / "bin" / exe
    if path.exists():
        return path
    if not install:
        return None
    log(f"installing {' '.join(pkgs)} into {venv} (once) …")
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True,
                       capture_output=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", *pkgs], check=True,
                       capture_output=True, timeout=600)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        err = getattr(exc, "stderr", b"") or b""
        log(f"  could not install {system}: {err.decode(errors='replace')[-500:]}")
        return None
    return path if path.exists() else None


def dir_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def proc_mem(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM (peak RSS) of a process, in bytes, from /proc."""
    out: dict[str, int] = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, val = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(val.split()[0]) * 1024
    except OSError:
        pass
    return out


def _stat(pid: int) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def tree(pid: int) -> list[int]:
    """``pid`` and all its descendants (this service runs query workers as child processes)."""
    children: dict[int, list[int]] = {}
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            st = _stat(int(d.name))
            if st:
                children.setdefault(int(st[1]), []).append(int(d.name))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(children.get(p, []))
    return out


def cpu_seconds(pid: int) -> float:
    """CPU time (user + system, reaped children included) of the whole process tree."""
    total = 0
    for p in tree(pid):
        st = _stat(p)
        if st:
            total += int(st[11]) + int(st[12]) + int(st[13]) + int(st[14])
    return total / os.sysconf("SC_CLK_TCK")


def tree_memory(pid: int) -> dict[str, int]:
    """RSS and PSS summed over the process tree (PSS counts shared copy-on-write pages once)."""
    rss = pss = 0
    procs = tree(pid)
    for p in procs:
        try:
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1]) * 1024
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1]) * 1024
        except OSError:
            continue
    return {"rss": rss, "pss": pss, "processes": len(procs)}


@dataclass
class Server:
    name: str
    base_url: str
    proc: subprocess.Popen[bytes]
    log_path: Path
    cmd: list[str] = field(default_factory=list)
    sparql_path: str = "/sparql"
    port: int = 0
    startup_s: float = 0.0  # spawn → first answered query (includes loading the data)
    load_s: float = 0.0  # separate bulk load step (oxigraph load), if any
    disk_bytes: int | None = None
    notes: list[str] = field(default_factory=list)
    restarts: int = 0
    peak: dict[str, int] = field(default_factory=dict)  # max tree RSS / PSS seen by sample()
    cell_peak: dict[str, int] = field(default_factory=dict)  # same, since the caller reset it

    @property
    def pid(self) -> int:
        return self.proc.pid

    def memory(self) -> dict[str, int]:
        return proc_mem(self.pid)

    def sample(self) -> dict[str, int]:
        """Tree RSS/PSS now; remembers the maxima in ``peak``."""
        m = tree_memory(self.pid)
        for k in ("rss", "pss", "processes"):
            self.peak[k] = max(self.peak.get(k, 0), m[k])
            self.cell_peak[k] = max(self.cell_peak.get(k, 0), m[k])
        return m

    def restart(self, timeout: float = 1800.0) -> None:
        """Kill and start again (a server that cannot abort a runaway query)."""
        self.proc.kill()
        self.proc.wait(timeout=10)
        new = _spawn(self.name, self.cmd, self.sparql_path, self.log_path.parent, self.port,
                     timeout)
        self.proc, self.restarts = new.proc, self.restarts + 1

    def quiesce(self, max_wait: float = 120.0, idle_cpu: float = 0.03) -> float:
        """Wait until the server stops burning CPU (work queued by the last load run)."""
        t0 = time.monotonic()
        last = cpu_seconds(self.pid)
        while time.monotonic() - t0 < max_wait:
            time.sleep(0.25)
            now = cpu_seconds(self.pid)
            if now - last < idle_cpu * 0.25:
                return time.monotonic() - t0
            last = now
        return time.monotonic() - t0

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)


def _sparql_ok(url: str) -> bool:
    try:
        r = httpx.post(url, content=ASK_ANY, timeout=5,
                       headers={"Content-Type": "application/sparql-query",
                                "Accept": "application/sparql-results+json"})
    except httpx.HTTPError:
        return False
    return r.status_code == 200


def _spawn(name: str, cmd: list[str], sparql_path: str, workdir: Path, port: int,
           timeout: float, env: dict[str, str] | None = None) -> Server:
    log_path = workdir / f"{name}.log"
    log = log_path.open("ab")
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT,
                            env={**os.environ, **(env or {})}, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{name} exited early; see {log_path}:\n"
                               + log_path.read_text(errors="replace")[-2000:])
        if _sparql_ok(base + sparql_path):
            return Server(name, base, proc, log_path, cmd=cmd, sparql_path=sparql_path,
                          port=port, startup_s=time.perf_counter() - t0)
        time.sleep(0.2)
    proc.kill()
    raise RuntimeError(f"{name} did not answer within {timeout:.0f} s; see {log_path}")


def start_kg(store: Path, workdir: Path, timeout: float = 60.0) -> Server:
    port = free_port()
    cmd = [sys.executable, "-m", "kg.cli", "serve", "--store", str(store),
           "--host", "127.0.0.1", "--port", str(port)]
    srv = _spawn("kg", cmd, "/sparql", workdir, port, timeout)
    srv.disk_bytes = dir_size(store)
    return srv


def start_oxigraph(exe: Path, dump: Path, workdir: Path, timeout: float = 120.0) -> Server:
    location = workdir / "oxigraph-db"
    t0 = time.perf_counter()
    subprocess.run([str(exe), "load", "--location", str(location), "--file", str(dump)],
                   check=True, capture_output=True, timeout=1800)
    load_s = time.perf_counter() - t0
    port = free_port()
    # No --timeout-s: in 0.5.13 it starts a thread per query that lives for the whole timeout,
    # and under load the server runs out of threads (EAGAIN → HTTP 500) and then aborts.
    cmd = [str(exe), "serve-read-only", "--location", str(location),
           "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
    srv = _spawn("oxigraph", cmd, "/query", workdir, port, timeout)
    srv.load_s = load_s
    srv.disk_bytes = dir_size(location)
    return srv


def start_rdflib(exe: Path, dump: Path, workdir: Path, timeout: float = 1800.0) -> Server:
    port = free_port()
    cmd = [str(exe), "serve", str(dump), "--host", "127.0.0.1", "--port", str(port)]
    srv = _spawn("rdflib", cmd, "/", workdir, port, timeout)
    srv.notes.append("in-memory Dataset: no on-disk store")
    srv.notes.append("cannot abort a running query")
    return srv
