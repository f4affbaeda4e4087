"""Side-by-side benchmark of govreport-kg (issue 6).

    python bench/run.py                      # 200 reports, concurrency 1 and 8, 5 s per cell
    python bench/run.py --quick              # 50 reports, 2 s per cell
    python bench/run.py --reports 5 --systems kg --duration 1 --concurrency 1   # smoke

1. generates a synthetic corpus (bench/corpus.py) and ingests it with the real pipeline
   (extract → build → SHACL → store) into a fresh embedded store, timing every stage;
2. dumps the store to N-Quads and serves the same data from this service (``kg serve`` on a
   copy of the store), the Oxigraph server and rdflib-endpoint;
3. checks that every SPARQL query returns the same result on every system, then drives each
   (system, query, concurrency) cell with wrk (or an httpx fallback), interleaved;
4. prints ingest numbers, memory and disk of each system, and the throughput/latency table,
   and writes them as JSON and Markdown to the output folder.
"""

from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:  # `python bench/run.py` from anywhere
    sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402

from bench import corpus, loadgen, systems  # noqa: E402
from bench.queries import (  # noqa: E402
    SEMANTICS,
    Query,
    build,
    compare,
    parse_result,
    request_for,
    sample_params,
)

ALL_SYSTEMS = ("kg", "oxigraph", "rdflib")
LABEL = {"kg": "govreport-kg", "oxigraph": "oxigraph", "rdflib": "rdflib-endpoint"}


def log(*a: Any) -> None:
    print(*a, file=sys.stderr, flush=True)


# --- 1. ingest ---------------------------------------------------------------------------------

def ingest(paths: list[Path], store_dir: Path, progress: bool = True, jobs: int | None = None
           ) -> dict[str, Any]:
    """The batch as ``kg ingest`` runs it (``kg.pipeline.ingest_many``: extraction and SHACL
    on ``jobs`` worker processes, writes in this one), then the warm latency of single reports
    (``Pipeline.ingest`` in one process) on a scratch store."""
    import resource

    from tqdm import tqdm

    from kg.pipeline import InputError, Pipeline, RunReport, ValidationFailed, ingest_many
    from kg.store import OxigraphStore

    jobs = jobs or _cpus()
    pipeline = Pipeline()
    store = OxigraphStore(store_dir)
    stages: dict[str, float] = {}
    counts = {"triples": 0, "goals": 0, "projects": 0, "places": 0, "industries": 0}
    failures: list[str] = []
    ingested = 0
    t0 = time.perf_counter()
    bar = tqdm(ingest_many(pipeline, paths, store, jobs), total=len(paths), unit="report",
               desc=f"ingest ({jobs} jobs)", disable=not progress, file=sys.stderr)
    for p, r in bar:
        if not isinstance(r, RunReport):
            failures.append(f"{p.name}: {r}")
            continue
        ingested += 1
        for k, v in r.seconds.items():
            stages[k] = stages.get(k, 0.0) + v
        for k in counts:
            counts[k] += getattr(r, k)
    wall = time.perf_counter() - t0
    from kg import stats  # as `kg ingest` does after a batch

    stats_s = stats.refresh(store, pipeline.vocab)[1]
    store.close()
    peak_rss = {"parent": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
                "largest child": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024}
    store = OxigraphStore(store_dir)
    quads = store.quad_count()
    store.close()

    # single reports, warm: what one `kg ingest` of a new report costs once the process is up
    sample = paths[: min(len(paths), 21)]
    per_report: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        scratch = OxigraphStore(Path(tmp) / "store")
        for p in sample:
            a = time.perf_counter()
            try:
                pipeline.ingest(p, scratch)
            except (InputError, ValidationFailed):
                continue  # counted among the batch's failures already
            per_report.append(time.perf_counter() - a)
        scratch.close()
    warm = per_report[1:] or per_report
    return {
        "reports": len(paths), "ingested": ingested, "failures": failures, "jobs": jobs,
        "wall_s": wall, "reports_per_s": ingested / wall if wall else 0.0,
        "first_report_s": per_report[0] if per_report else None,
        "warm_p50_s": statistics.median(warm) if warm else None,
        "warm_p90_s": sorted(warm)[int(0.9 * (len(warm) - 1))] if warm else None,
        "stages_s": stages, "counts": counts, "quads": quads, "peak_rss": peak_rss,
        "statistics_s": stats_s,
        "store_bytes": sum(f.stat().st_size for f in store_dir.rglob("*") if f.is_file()),
        "text_bytes": sum(p.stat().st_size for p in paths),
    }


def cli_one_report(path: Path, workdir: Path) -> float:
    """Wall time of ``kg ingest ONE.txt`` in a fresh process: what a user waits for."""
    store = workdir / "cli-one-store"
    shutil.rmtree(store, ignore_errors=True)
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(path), "--store", str(store)],
                   check=True, capture_output=True, cwd=ROOT)
    dt = time.perf_counter() - t0
    shutil.rmtree(store, ignore_errors=True)
    return dt


def dump(store_dir: Path, out: Path) -> tuple[float, int]:
    from kg.store import OxigraphStore

    t0 = time.perf_counter()
    st = OxigraphStore(store_dir)
    with out.open("wb") as fh:
        for chunk in st.dump("application/n-quads"):
            fh.write(chunk)
    st.close()
    return time.perf_counter() - t0, out.stat().st_size


# --- 3. correctness and load -------------------------------------------------------------------

_CLIENT = httpx.Client()  # one pooled client: no per-request connection/TLS-context setup


def send(base_url: str, system: str, q: Query, variant: str,
         timeout: float = 120.0) -> httpx.Response:
    r = request_for(system, q, variant)
    headers = {"Accept": r.accept}
    if r.content_type:
        headers["Content-Type"] = r.content_type
    return _CLIENT.request(r.method, base_url + r.path, headers=headers,
                           content=r.body.encode() if r.body else None, timeout=timeout)


def recover(srv: systems.Server, wait_s: float = 30.0) -> None:
    """After a client-side timeout or a crash: wait for the server to go idle; one that is
    still busy (it cannot abort the runaway query) or dead is restarted, so the next
    measurements do not share the CPU with it."""
    alive = srv.proc.poll() is None
    if alive and srv.quiesce(max_wait=wait_s) < wait_s - 0.5:
        return
    why = "is still busy" if alive else "died"
    log(f"  restarting {LABEL[srv.name]} (it {why}) …")
    srv.restart()


def check_results(servers: dict[str, systems.Server], queries: list[Query],
                  cap_s: float) -> tuple[dict[str, Any], set[tuple[str, str]]]:
    """Run parameterization 0 of every query on every system and compare parsed results.

    Also times that one request; a system that does not answer within ``cap_s`` is not
    load-tested on that query (returned in the skip set)."""
    out: dict[str, Any] = {}
    skip: set[tuple[str, str]] = set()
    answers: dict[str, dict[str, Any]] = {}
    for q in queries:
        results: dict[str, Any] = {}
        errors: list[str] = []
        sizes: dict[str, Any] = {}
        single: dict[str, float] = {}
        for name, srv in servers.items():
            if not q.runs_on(name):
                continue
            t0 = time.perf_counter()
            try:
                resp = send(srv.base_url, name, q, q.variants[0], timeout=cap_s)
            except httpx.TimeoutException:
                errors.append(f"{name}: no answer in {cap_s:g} s")
                skip.add((name, q.name))
                recover(srv)
                continue
            except httpx.HTTPError as exc:
                errors.append(f"{name}: {exc!r}")
                continue
            single[name] = (time.perf_counter() - t0) * 1000
            if resp.status_code != 200:
                errors.append(f"{name}: HTTP {resp.status_code} {resp.text[:120]}")
                continue
            results[name] = parse_result(q.kind, resp.content)
            v = results[name]
            if isinstance(v, list) and len(v) == 1 and len(v[0]) == 1 and v[0][0]:
                sizes[name] = v[0][0][-1]  # a single value (COUNT): show it
            else:
                sizes[name] = len(v) if isinstance(v, (list, set, dict)) else v
        answers[q.name] = results
        verdict = compare(results)
        if errors:
            verdict = "; ".join(errors) + ("" if len(results) < 2 else f"; others: {verdict}")
        if q.same_as:  # the precomputed answer against the aggregate it replaces
            raw = answers.get(q.same_as, {})
            both = [n for n in results if n in raw]
            verdict += (f"; same as {q.same_as}: " + (compare({"raw": raw[both[0]], "stat": results[both[0]]})
                                                      if both else "no raw answer to compare"))
        out[q.name] = {"verdict": verdict, "sizes": sizes, "single_ms": single}
        log(f"  check {q.name:15s} {verdict}  {sizes}  "
            + " ".join(f"{k}={v:.0f}ms" for k, v in single.items()))
    return out, skip


def warm_up(servers: dict[str, systems.Server], queries: list[Query],
            skip: set[tuple[str, str]], budget_s: float) -> None:
    for q in queries:
        for name, srv in servers.items():
            if not q.runs_on(name) or (name, q.name) in skip:
                continue
            t0 = time.perf_counter()
            for v in q.variants[1:4]:
                if time.perf_counter() - t0 > budget_s:
                    break
                try:
                    send(srv.base_url, name, q, v, timeout=budget_s)
                except httpx.TimeoutException:
                    recover(srv)
                    break
                except httpx.HTTPError:
                    break


def cell_duration(duration: float, single_ms: float | None, conc: int, completions: int,
                  max_cell: float) -> float:
    """At least ``duration``; long enough that each of ``conc`` connections can finish
    ``completions`` requests even if the server runs them one at a time (a slow query in a
    short window would count only the few requests that happen to finish)."""
    if not single_ms:
        return duration
    return max(duration, min(max_cell, completions * conc * single_ms / 1000))


def measure(servers: dict[str, systems.Server], queries: list[Query], conc: list[int],
            duration: float, gen: str, workdir: Path, timeout_s: float, rounds: int,
            skip: set[tuple[str, str]], checks: dict[str, Any] | None = None,
            completions: int = 5, max_cell: float = 60.0) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    cells = [(q, c, name) for q in queries for c in conc for name in servers
             if q.runs_on(name) and (name, q.name) not in skip]
    total = len(cells) * rounds
    i = 0
    for rnd in range(rounds):
        for q, c, name in cells:  # systems interleaved within every (query, concurrency)
            i += 1
            srv = servers[name]
            waited = srv.quiesce(max_wait=60)
            if waited >= 59.5 or srv.proc.poll() is not None:
                recover(srv, wait_s=0)
            reqs = [request_for(name, q, v) for v in q.variants]
            single = ((checks or {}).get(q.name, {}).get("single_ms") or {}).get(name)
            secs = cell_duration(duration, single, c, completions, max_cell)
            cpu0 = systems.cpu_seconds(srv.pid)
            srv.cell_peak = {}
            try:
                res = loadgen.run(gen, srv.base_url, reqs, c, secs, workdir,
                                  max(timeout_s, secs), seed=rnd * 31 + c)
            except RuntimeError as exc:  # the server went away under load
                log(f"  [{i}/{total}] {LABEL[name]} {q.name} c={c}: {str(exc)[:200]}")
                res = {"loadgen": gen, "requests": 0, "seconds": duration, "req_s": 0.0,
                       "p50_ms": float("nan"), "p90_ms": float("nan"),
                       "p99_ms": float("nan"), "max_ms": float("nan"), "errors": -1,
                       "error_detail": {"crash": str(exc)[:500]}}
                recover(srv, wait_s=0)
            cpu = systems.cpu_seconds(srv.pid) - cpu0
            srv.sample()
            res.update(system=name, query=q.name, concurrency=c, round=rnd, cell_s=secs,
                       variants=len(q.variants), quiesce_s=waited,
                       peak_pss=srv.cell_peak.get("pss"),
                       server_cpu_ms_per_req=cpu * 1000 / res["requests"]
                       if res["requests"] else None)
            if res["requests"] == 0:  # nothing finished within the cell: no latency to show
                res.update(p50_ms=float("nan"), p90_ms=float("nan"), p99_ms=float("nan"))
            rows.append(res)
            log(f"  [{i}/{total}] {LABEL[name]:16s} {q.name:14s} c={c:<2d} "
                f"{res['req_s']:9.1f} req/s  p50 {res['p50_ms']:8.1f} ms  "
                f"p99 {res['p99_ms']:8.1f} ms  err {res['errors']}")
    return rows


class MemorySampler:
    """Samples every server's process-tree RSS/PSS twice a second (peaks kept per server)."""

    def __init__(self, servers: dict[str, systems.Server], every: float = 0.5) -> None:
        import threading

        self.servers, self.every = servers, every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            for s in list(self.servers.values()):
                s.sample()

    def __enter__(self) -> MemorySampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


# --- 4. report ---------------------------------------------------------------------------------

def ms(x: float) -> str:
    return "—" if x != x else f"{x:.1f}"  # NaN: nothing measured


def mib(n: int | None) -> str:
    return "—" if n is None else f"{n / 2**20:.0f} MiB"


def fmt_ratio(a: float | None, b: float | None) -> str:
    if not a or not b:
        return "—"
    return f"{a / b:.2f}×"


def aggregate(rows: list[dict[str, Any]]) -> dict[tuple[str, str, int], dict[str, Any]]:
    """One cell per (system, query, concurrency); rounds are summed / max-ed."""
    cells: dict[tuple[str, str, int], dict[str, Any]] = {}
    for r in rows:
        key = (r["system"], r["query"], r["concurrency"])
        c = cells.setdefault(key, {"requests": 0, "seconds": 0.0, "errors": 0, "p50": [],
                                   "p99": [], "cpu": [], "pss": 0})
        c["pss"] = max(c["pss"], r.get("peak_pss") or 0)
        c["requests"] += r["requests"]
        c["seconds"] += r["seconds"]
        if r["errors"] < 0:
            c["crashed"] = True
        else:
            c["errors"] += r["errors"]
        c["p50"].append(r["p50_ms"])
        c["p99"].append(r["p99_ms"])
        if r.get("server_cpu_ms_per_req") is not None:
            c["cpu"].append(r["server_cpu_ms_per_req"])
    for c in cells.values():
        c["req_s"] = c["requests"] / c["seconds"] if c["seconds"] else 0.0
        c["p50_ms"] = statistics.median(c["p50"])
        c["p99_ms"] = max(c["p99"])
        if c["requests"] == 0:
            c["error_text"] = "none done" + (f", {c['errors']} err" if c["errors"] else "")
        c.setdefault("error_text", ("crash " if c.get("crashed") else "") + str(c["errors"]))
        c["cpu_ms"] = statistics.median(c["cpu"]) if c["cpu"] else None
    return cells


def table(headers: list[str], rows: list[list[str]], md: bool) -> str:
    if md:
        out = ["| " + " | ".join(headers) + " |",
               "|" + "|".join("---:" if i > 2 else "---" for i in range(len(headers))) + "|"]
        out += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(out)
    widths = [max(len(h), *(len(r[i]) for r in rows)) if rows else len(h)
              for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        return "  ".join(c.ljust(w) if i < 3 else c.rjust(w)
                         for i, (c, w) in enumerate(zip(cells, widths, strict=True)))
    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in rows])


def report(res: dict[str, Any], md: bool = False) -> str:
    parts: list[str] = []
    ing = res.get("ingest")
    h = "### " if md else "== "
    g = res.get("git", {})
    parts.append(f"{h}Run: {res['reports']} reports (seed {res['seed']}), "
                 f"{res['machine']['cpus']} CPUs, load generator {res.get('loadgen')}, "
                 f"commit {g.get('commit', '?')[:10]}"
                 + (f" + {len(g['dirty'])} uncommitted file(s)" if g.get("dirty") else "")
                 + f", {res['started']}")
    if ing:
        st = ing["stages_s"]
        tot = sum(st.values()) or 1.0
        parts.append(f"{h}Ingest ({ing['ingested']}/{ing['reports']} reports, "
                     f"{ing['text_bytes'] / 2**20:.2f} MiB of text, {ing['quads']:,} quads)")
        rows = [
            ["batch throughput", f"{ing['reports_per_s']:.2f} reports/s",
             f"{ing['wall_s']:.1f} s wall, `kg ingest` path with {ing.get('jobs', 1)} worker(s)"],
            ["one report, warm (p50 / p90)",
             f"{ing['warm_p50_s'] * 1000:.0f} ms / {ing['warm_p90_s'] * 1000:.0f} ms",
             "Pipeline.ingest in a warm process, 20 reports"],
            ["first report in process", f"{ing['first_report_s'] * 1000:.0f} ms",
             "includes lazy init (jieba, shapes)"],
            ["`kg ingest ONE.txt` (new process)",
             f"{res.get('cli_one_report_s', float('nan')) * 1000:.0f} ms",
             "end-to-end CLI incl. interpreter start"],
        ]
        rows += [[f"stage: {k}", f"{v:.1f} s", f"{100 * v / tot:.0f} % (summed over workers)"]
                 for k, v in st.items()]
        if ing.get("peak_rss"):
            rows.append(["peak RSS", " / ".join(f"{k} {mib(v)}" for k, v in ing["peak_rss"].items()),
                         "ingest process / largest child process (workers)"])
        if ing.get("statistics_s") is not None:
            rows.append(["statistics graph (`kg stats`)", f"{ing['statistics_s']:.1f} s",
                         "aggregates over every report, rebuilt after the batch"])
        if ing.get("store_bytes"):
            rows.append(["store on disk", mib(ing["store_bytes"]), "RocksDB directory"])
        if res.get("dump_s") is not None:
            rows.append(["dump to N-Quads", f"{res['dump_s']:.2f} s", mib(res["dump_bytes"])])
        if ing["failures"]:
            rows.append(["failures", str(len(ing["failures"])), ing["failures"][0][:80]])
        parts.append(table(["what", "value", "note"], rows, md))
    srv = res.get("servers", {})
    if srv:
        parts.append(f"{h}Systems")
        rows = []
        for name, s in srv.items():
            rows.append([LABEL[name], s["version"], f"{s['startup_s']:.1f} s",
                         f"{s['load_s']:.1f} s" if s["load_s"] else "—",
                         mib(s.get("pss_loaded")), mib(s.get("peak_tree_pss")),
                         mib(s.get("peak_tree_rss")), str(s.get("processes", "?")),
                         mib(s.get("disk_bytes")) if s.get("disk_bytes") else "in memory",
                         str(s.get("restarts", 0))])
        parts.append(table(["system", "version", "startup", "bulk load", "PSS loaded",
                            "peak PSS", "peak RSS", "procs", "disk", "restarts"], rows, md))
        parts.append("startup = spawn → first answered SPARQL query; PSS/RSS summed over the "
                     "server's process tree, sampled every 0.5 s (PSS counts pages shared by "
                     "forked workers once); procs = most processes in the tree.")
    if res.get("checks"):
        parts.append(f"{h}Same results on every system? (parameterization 0 of each query)")
        rows = [[k, v["verdict"], json.dumps(v["sizes"], ensure_ascii=False),
                 " ".join(f"{n}={ms:.0f}" for n, ms in v.get("single_ms", {}).items())]
                for k, v in res["checks"].items()]
        parts.append(table(["query", "verdict", "result sizes", "one request, ms"], rows, md))
    if res.get("load"):
        cells = aggregate(res["load"])
        parts.append(f"{h}Throughput and latency ({res['loadgen']}, ≥ {res['duration']:g} s "
                     f"per cell, rounds={res['rounds']})")
        rows = []
        for q in res["queries"]:
            for c in res["concurrency"]:
                for name in ALL_SYSTEMS:
                    cell = cells.get((name, q["name"], c))
                    if cell is None:
                        if f"{name}/{q['name']}" in res.get("skipped", []):
                            rows.append([LABEL[name], q["name"], str(c), "too slow", "—", "—",
                                         "—", "—", "—", "—", "—"])
                        continue
                    ox = cells.get(("oxigraph", q["name"], c))
                    rl = cells.get(("rdflib", q["name"], c))
                    rows.append([
                        LABEL[name], q["name"], str(c), f"{cell['req_s']:.1f}",
                        ms(cell["p50_ms"]), ms(cell["p99_ms"]), cell["error_text"],
                        f"{cell['cpu_ms']:.1f}" if cell["cpu_ms"] is not None else "—",
                        mib(cell["pss"] or None),
                        fmt_ratio(cell["req_s"], ox["req_s"] if ox else None),
                        fmt_ratio(cell["req_s"], rl["req_s"] if rl else None),
                    ])
        parts.append(table(["system", "query", "conc", "req/s", "p50 ms", "p99 ms", "errors",
                            "srv CPU ms/req", "srv peak PSS", "× oxigraph", "× rdflib-ep"],
                           rows, md))
        parts.append("req/s and latencies are client-side (closed loop); srv CPU = server "
                     "process-tree CPU time per completed request; srv peak PSS = largest "
                     "process-tree PSS sampled during the cell; × = req/s ratio to that system "
                     "for the same query and concurrency; none done = no response within the "
                     "cell. A cell lasts ≥ the set duration, and long enough for every "
                     "connection to finish --min-completions requests at the single-request "
                     "latency (capped by --max-cell).")
        parts.append("\n".join(f"- `{q['name']}`: {q['what']} ({q['variants']} variants)"
                               for q in res["queries"]))
        if res.get("skipped"):
            parts.append(f"too slow = no answer to the first request within --slow-cap "
                         f"({res.get('slow_cap', 0):g} s); not load-tested.")
    return "\n\n".join(parts)


def versions(names: list[str], tools: dict[str, Path]) -> dict[str, str]:
    out = {}
    try:
        from importlib.metadata import version

        out["kg"] = (f"{version('govreport-kg')} (pyoxigraph {version('pyoxigraph')}, "
                     f"fastapi {version('fastapi')})")
    except Exception:  # metadata missing in odd installs
        out["kg"] = "?"
    if "oxigraph" in tools:
        p = subprocess.run([str(tools["oxigraph"]), "--version"], capture_output=True,
                           text=True)
        out["oxigraph"] = p.stdout.strip().replace("oxigraph ", "") or "?"
    if "rdflib" in tools:
        py = tools["rdflib"].parent / "python"
        p = subprocess.run([str(py), "-c", "from importlib.metadata import version as v;"
                            "print(v('rdflib-endpoint'), 'rdflib', v('rdflib'))"],
                           capture_output=True, text=True)
        out["rdflib"] = p.stdout.strip() or "?"
    return {k: out.get(k, "?") for k in names}


# --- main --------------------------------------------------------------------------------------

def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description="govreport-kg benchmark (issue 6)")
    ap.add_argument("--reports", type=int, default=None, help="corpus size (default 200)")
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--concurrency", default="1,8", help="comma list, e.g. 1,8")
    ap.add_argument("--duration", type=float, default=None, help="seconds per cell (default 5)")
    ap.add_argument("--rounds", type=int, default=1, help="repeat the interleaved matrix")
    ap.add_argument("--systems", default=",".join(ALL_SYSTEMS),
                    help="comma list of kg,oxigraph,rdflib")
    ap.add_argument("--queries", default="", help="comma list of query names (default all)")
    ap.add_argument("--loadgen", choices=("auto", "wrk", "httpx"), default="auto")
    ap.add_argument("--timeout", type=float, default=30.0,
                    help="per-request timeout of the load generator, s")
    ap.add_argument("--min-completions", type=int, default=5,
                    help="lengthen a cell so each connection can finish this many requests "
                    "at the single-request latency (slow queries)")
    ap.add_argument("--max-cell", type=float, default=60.0,
                    help="upper bound of a lengthened cell, s")
    ap.add_argument("--slow-cap", type=float, default=60.0,
                    help="a system that takes longer than this for the first request of a "
                    "query is not load-tested on it (reported as too slow)")
    ap.add_argument("--quick", action="store_true", help="50 reports, 2 s per cell")
    ap.add_argument("--out", type=Path, default=HERE / "out", help="output folder")
    ap.add_argument("--reuse", action="store_true",
                    help="reuse the corpus, store and dump of an earlier run of the same "
                    "--reports/--seed in --out (skips ingest)")
    ap.add_argument("--no-install", action="store_true",
                    help="do not pip-install oxigraph / rdflib-endpoint into bench/.venv-*")
    ap.add_argument("--no-progress", action="store_true")
    a = ap.parse_args(argv)
    a.reports = a.reports or (50 if a.quick else 200)
    a.duration = a.duration or (2.0 if a.quick else 5.0)
    a.concurrency = [int(x) for x in a.concurrency.split(",") if x.strip()]
    a.systems = [s for s in a.systems.split(",") if s.strip()]
    bad = set(a.systems) - set(ALL_SYSTEMS)
    if bad:
        ap.error(f"unknown system(s): {', '.join(sorted(bad))}")
    return a


def main(argv: list[str] | None = None) -> int:
    a = parse_args(argv)
    out: Path = a.out
    out.mkdir(parents=True, exist_ok=True)
    cache = out / f"data-{a.reports}-{a.seed}"
    work = out / f"work-{a.reports}-{a.seed}"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    res: dict[str, Any] = {
        "reports": a.reports, "seed": a.seed, "duration": a.duration, "rounds": a.rounds,
        "concurrency": a.concurrency, "systems": a.systems,
        "machine": {"cpus": _cpus(), "python": platform.python_version(),
                    "platform": platform.platform()},
        "started": time.strftime("%Y-%m-%d %H:%M:%S"), "slow_cap": a.slow_cap,
        "git": _git(),
    }
    gen = a.loadgen
    if gen == "auto":
        gen = "wrk" if loadgen.wrk_path() else "httpx"
    elif gen == "wrk" and not loadgen.wrk_path():
        log("wrk not found (apt-get install -y wrk); falling back to httpx")
        gen = "httpx"
    res["loadgen"] = gen
    log(f"load generator: {gen}")

    # external tools first, so a failed install shows before the long ingest
    tools: dict[str, Path] = {}
    for name in a.systems:
        if name == "kg":
            continue
        exe = systems.ensure_tool(name, install=not a.no_install, log=log)
        if exe is None:
            log(f"skipping {name}: not installed (see bench/README.md)")
            continue
        tools[name] = exe
    names = [s for s in a.systems if s == "kg" or s in tools]

    # 1. corpus + ingest (or reuse)
    store_dir, dump_path = cache / "store", cache / "dump.nq"
    meta_path = cache / "ingest.json"
    need_dump = any(n != "kg" for n in names)
    if a.reuse and meta_path.exists() and store_dir.exists():
        log(f"reusing {cache}")
        prev = json.loads(meta_path.read_text())
        res.update({k: prev[k] for k in ("ingest", "cli_one_report_s", "dump_s", "dump_bytes")})
        if need_dump and not dump_path.exists():
            res["dump_s"], res["dump_bytes"] = dump(store_dir, dump_path)
    else:
        shutil.rmtree(cache, ignore_errors=True)
        cache.mkdir(parents=True)
        log(f"generating {a.reports} reports (seed {a.seed}) …")
        paths = corpus.generate(cache / "corpus", a.reports, a.seed)
        res["cli_one_report_s"] = cli_one_report(paths[0], work)
        log("ingesting with kg.pipeline.Pipeline (extract → build → SHACL → store) …")
        res["ingest"] = ingest(paths, store_dir, progress=not a.no_progress)
        res["dump_s"], res["dump_bytes"] = (dump(store_dir, dump_path) if need_dump
                                            else (None, None))
        meta_path.write_text(json.dumps({k: res[k] for k in
                                         ("ingest", "cli_one_report_s", "dump_s", "dump_bytes")},
                                        ensure_ascii=False, indent=1))
        log(f"ingested {res['ingest']['ingested']} reports at "
            f"{res['ingest']['reports_per_s']:.2f}/s")

    # 2. parameters and queries from the data
    from kg.store import OxigraphStore

    st = OxigraphStore(store_dir)
    params = sample_params(st, a.seed)
    st.close()
    queries = build(params)
    if a.queries:
        wanted = set(a.queries.split(","))
        queries = [q for q in queries if q.name in wanted]
    res["queries"] = [{"name": q.name, "what": q.what, "variants": len(q.variants),
                       "only": list(q.only)} for q in queries]
    (work / "example-queries.txt").write_text(
        "\n\n".join(f"# {q.name}\n{q.variants[0]}" for q in queries), encoding="utf-8")

    # 3. servers
    servers: dict[str, systems.Server] = {}
    vers = versions(names, tools)
    try:
        for name in names:
            log(f"starting {LABEL[name]} …")
            if name == "kg":
                copy = work / "kg-store"  # a RocksDB checkpoint: hard links, instant at any size
                shutil.rmtree(copy, ignore_errors=True)
                src = OxigraphStore(store_dir)
                src.checkpoint(copy)
                src.close()
                servers[name] = systems.start_kg(copy, work)
            elif name == "oxigraph":
                servers[name] = systems.start_oxigraph(tools[name], dump_path, work)
            else:
                servers[name] = systems.start_rdflib(tools[name], dump_path, work)
            s = servers[name]
            log(f"  {LABEL[name]} up in {s.startup_s:.1f} s (+{s.load_s:.1f} s load), "
                f"PSS {mib(s.sample()['pss'])}")
        res["servers"] = {n: {"version": vers.get(n, "?"), "startup_s": s.startup_s,
                              "load_s": s.load_s, "disk_bytes": s.disk_bytes,
                              "pss_loaded": s.sample()["pss"], "notes": s.notes}
                          for n, s in servers.items()}
        with MemorySampler(servers):
            log("checking results are equal across systems …")
            res["checks"], skip = check_results(servers, [*queries, SEMANTICS], a.slow_cap)
            res["skipped"] = sorted(f"{s}/{q}" for s, q in skip)
            warm_up(servers, queries, skip, budget_s=10.0)
            log(f"measuring {len(queries)} queries × concurrency {a.concurrency} × "
                f"{len(servers)} systems, {a.duration:g} s each …")
            res["load"] = measure(servers, queries, a.concurrency, a.duration, gen, work,
                                  a.timeout, a.rounds, skip, res["checks"],
                                  a.min_completions, a.max_cell)
        for n, s in servers.items():
            s.sample()
            res["servers"][n].update(peak_tree_rss=s.peak.get("rss"),
                                     peak_tree_pss=s.peak.get("pss"),
                                     processes=s.peak.get("processes"),
                                     peak_rss_main=s.memory().get("VmHWM"),
                                     restarts=s.restarts)
    finally:
        for s in servers.values():
            s.stop()

    text = report(res)
    print(text)
    stem = f"results-{a.reports}"
    (out / f"{stem}.json").write_text(json.dumps(res, ensure_ascii=False, indent=1,
                                                 default=str))
    (out / f"{stem}.md").write_text(report(res, md=True) + "\n", encoding="utf-8")
    log(f"wrote {out / (stem + '.json')} and {out / (stem + '.md')}")
    return 0


def _git() -> dict[str, Any]:
    def run(*cmd: str) -> str:
        p = subprocess.run(["git", *cmd], capture_output=True, text=True, cwd=ROOT)
        return p.stdout.strip() if p.returncode == 0 else ""

    dirty = [line[3:] for line in run("status", "--porcelain").splitlines()
             if not line.startswith("??")]
    return {"commit": run("rev-parse", "HEAD") or "?", "dirty": dirty}


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0))


if __name__ == "__main__":
    sys.exit(main())
