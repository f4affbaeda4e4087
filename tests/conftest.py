"""Shared fixtures: seed paths, a fresh on-disk store, the app, and a real uvicorn server."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kg.config import Settings
from kg.pipeline import Pipeline
from kg.store import OxigraphStore

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = SEEDS / "000_2ac18dfb8867e55f.txt"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[OxigraphStore]:
    st = OxigraphStore(tmp_path / "store")
    yield st
    st.close()


@pytest.fixture(scope="session")
def seeded_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store on disk holding the seed, built once per session with the real CLI."""
    path = tmp_path_factory.mktemp("seeded") / "store"
    for args in (["load-divisions"], ["ingest", str(SEEDS)]):  # exactly what `make run` does
        subprocess.run([sys.executable, "-m", "kg.cli", *args, "--store", str(path)],
                       check=True, capture_output=True, cwd=ROOT)
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self, base_url: str, proc: subprocess.Popen[bytes], store: Path) -> None:
        self.base_url, self.proc, self.store = base_url, proc, store


def start_server(store: Path, env: dict[str, str] | None = None) -> Server:
    """Start `kg serve` (uvicorn) as a real process on a free port and wait until healthy."""
    port = free_port()
    full_env = {**os.environ, **(env or {})}
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--host", "127.0.0.1",
         "--port", str(port)],
        cwd=ROOT, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            out = proc.stdout.read().decode() if proc.stdout else ""
            raise RuntimeError(f"server exited early:\n{out}")
        try:
            if httpx.get(base + "/health", timeout=1).status_code == 200:
                return Server(base, proc, store)
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not become healthy in 30 s")


def stop_server(server: Server) -> None:
    server.proc.terminate()
    try:
        server.proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.proc.kill()


@pytest.fixture(scope="session")
def server(seeded_store_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A real uvicorn process serving a copy of the seeded store."""
    path = tmp_path_factory.mktemp("served") / "store"
    shutil.copytree(seeded_store_path, path)
    srv = start_server(path)
    yield srv
    stop_server(srv)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(store_path=tmp_path / "store")
