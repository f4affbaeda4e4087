"""Closed-loop HTTP load: ``wrk`` with a Lua script that rotates through pre-generated
requests (preferred), or an asyncio + httpx fallback when wrk is not installed.

Both return the same dict: requests, seconds, req_s, p50/p90/p99/max in ms, errors
(non-2xx/3xx statuses + socket errors + timeouts), and which generator produced it.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

from bench.queries import Request

LUA = Path(__file__).resolve().parent / "wrk_rotate.lua"


def wrk_path() -> str | None:
    return shutil.which("wrk")


def write_requests(reqs: list[Request], path: Path) -> Path:
    lines = []
    for r in reqs:
        fields = (r.method, r.path, r.accept, r.content_type, r.body)
        if any("\t" in f or "\n" in f for f in fields):
            raise ValueError(f"request field holds a tab or newline: {r.path}")
        lines.append("\t".join(fields))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run_wrk(base_url: str, reqs: list[Request], concurrency: int, duration: float,
            workdir: Path, timeout_s: float = 30.0, seed: int = 0) -> dict[str, Any]:
    exe = wrk_path()
    if exe is None:
        raise RuntimeError("wrk is not installed")
    rfile = write_requests(reqs, workdir / "wrk-requests.tsv")
    threads = max(1, min(concurrency, 2))  # 2 cores: more wrk threads only steal CPU
    cmd = [exe, f"-t{threads}", f"-c{concurrency}", f"-d{max(1, round(duration))}s",
           f"--timeout={int(timeout_s)}s", "-s", str(LUA), base_url, "--", str(rfile), str(seed)]
    proc = subprocess.run(cmd, capture_output=True, text=True,
                          timeout=duration + timeout_s + 30)
    line = next((x for x in proc.stdout.splitlines() if x.startswith("BENCHJSON ")), None)
    if proc.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed ({proc.returncode}): {proc.stdout}\n{proc.stderr}")
    d = json.loads(line[len("BENCHJSON "):])
    secs = d["duration_us"] / 1e6
    errors = sum(d["errors"].values())
    return {
        "loadgen": "wrk", "requests": d["requests"], "seconds": secs,
        "req_s": d["requests"] / secs if secs else 0.0,
        "p50_ms": d["p50_us"] / 1000, "p90_ms": d["p90_us"] / 1000,
        "p99_ms": d["p99_us"] / 1000, "max_ms": d["max_us"] / 1000,
        "errors": errors, "error_detail": d["errors"],
    }


def run_httpx(base_url: str, reqs: list[Request], concurrency: int, duration: float,
              timeout_s: float = 30.0, seed: int = 0) -> dict[str, Any]:
    """Fallback: ``concurrency`` asyncio workers, each sending one request at a time."""
    import httpx

    latencies: list[float] = []
    errors = {"status": 0, "other": 0, "timeout": 0}
    counter = [seed]

    async def worker(client: httpx.AsyncClient, stop: float) -> None:
        while time.perf_counter() < stop:
            r = reqs[counter[0] % len(reqs)]
            counter[0] += 1
            headers = {"Accept": r.accept}
            if r.content_type:
                headers["Content-Type"] = r.content_type
            t0 = time.perf_counter()
            try:
                resp = await client.request(r.method, r.path, headers=headers,
                                            content=r.body.encode() if r.body else None)
                await resp.aread()
                if resp.status_code >= 400:
                    errors["status"] += 1
            except httpx.TimeoutException:
                errors["timeout"] += 1
                continue
            except httpx.HTTPError:
                errors["other"] += 1
                continue
            latencies.append(time.perf_counter() - t0)

    async def main() -> float:
        limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
        async with httpx.AsyncClient(base_url=base_url, timeout=timeout_s,
                                     limits=limits) as client:
            t0 = time.perf_counter()
            await asyncio.gather(*(worker(client, t0 + duration) for _ in range(concurrency)))
            return time.perf_counter() - t0

    secs = asyncio.run(main())
    lat = sorted(latencies)

    def pct(p: float) -> float:
        return lat[min(len(lat) - 1, int(p / 100 * len(lat)))] * 1000 if lat else float("nan")

    done = len(lat) + errors["status"]
    return {
        "loadgen": "httpx", "requests": done, "seconds": secs,
        "req_s": done / secs if secs else 0.0, "p50_ms": pct(50), "p90_ms": pct(90),
        "p99_ms": pct(99), "max_ms": lat[-1] * 1000 if lat else float("nan"),
        "errors": sum(errors.values()), "error_detail": errors,
    }


def run(kind: str, base_url: str, reqs: list[Request], concurrency: int, duration: float,
        workdir: Path, timeout_s: float = 30.0, seed: int = 0) -> dict[str, Any]:
    if kind == "wrk":
        return run_wrk(base_url, reqs, concurrency, duration, workdir, timeout_s, seed)
    return run_httpx(base_url, reqs, concurrency, duration, timeout_s, seed)
