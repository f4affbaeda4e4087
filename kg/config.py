"""Typed settings, read from the environment (prefix ``KG_``) once and passed down."""

from __future__ import annotations

import os
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

# Reports written per bulk load by `kg ingest` (kg.pipeline.ingest_many): 3–4× cheaper per
# report than one transaction each, and fewer, larger loads leave RocksDB less to compact
# (64 → 200: the parent's CPU for 1,000 reports 31.6 → 24.2 s; bench/README.md). About
# 100 MB of N-Triples in memory at a time.
INGEST_BATCH_REPORTS = 200

class Settings(BaseSettings):
    """Every setting of the service and the CLI; each maps to the env var ``KG_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="KG_", env_file=None, extra="ignore")

    store_path: Path = Field(
        default=Path("data/store"),
        description="Directory of the embedded Oxigraph store (created if missing).",
    )
    base_iri: str = Field(
        default="https://w3id.org/govreport-kg/",
        description="Base of every minted IRI. Entity pages resolve the path part on any host.",
    )
    host: str = Field(default="127.0.0.1", description="Interface `kg serve` binds to.")
    port: int = Field(default=8000, description="Port `kg serve` listens on.")
    query_timeout_s: float = Field(
        default=10.0,
        description="Wall-clock limit of one SPARQL query (waiting for a worker included), in "
        "seconds; past it the worker process is killed and the client gets 503.",
    )
    max_result_rows: int = Field(
        default=10_000,
        description="Row cap of a SELECT result (triple cap of CONSTRUCT/DESCRIBE); larger "
        "results are cut and flagged with the X-Result-Truncated header.",
    )
    max_result_bytes: int = Field(
        default=50_000_000,
        description="Byte cap of one serialized SPARQL result; larger results are cut to whole "
        "rows and flagged with the X-Result-Truncated header.",
    )
    max_query_length: int = Field(
        default=100_000, description="Longest accepted SPARQL query text, in characters."
    )
    max_request_bytes: int = Field(
        default=1_000_000,
        description="Largest accepted request body and query string of /sparql, in bytes "
        "(413 / 414 beyond).",
    )
    query_workers: int = Field(
        default_factory=lambda: min(8, max(2, len(os.sched_getaffinity(0)))),
        description="SPARQL queries that may run at once (query worker processes; default one "
        "per core, 2 to 8: more workers than cores only slow scans down); also bounds the "
        "threads serving entity pages and lists.",
    )
    query_queue_limit: int = Field(
        default=32,
        description="SPARQL queries that may wait for a free worker; beyond it the endpoint "
        "answers 503 with Retry-After.",
    )
    query_memory_mb: int = Field(
        default=2048,
        description="Address space one query worker may add to the shared data, in MiB; a "
        "query past it is stopped (0 = unlimited).",
    )
    query_in_memory_max_mb: int = Field(
        default=4096,
        description="Query workers share an in-memory copy of the store when its directory is "
        "at most this many MiB (fastest); a larger store is queried from a read-only on-disk "
        "snapshot, which starts at once at any size (0 = always on disk).",
    )
    page_size: int = Field(default=50, description="Default page size of list endpoints.")
    service_allowed_hosts: list[str] = Field(
        default_factory=list,
        description="Hosts a SPARQL SERVICE clause may call (empty = federation disabled).",
    )
    cors_origins: list[str] = Field(
        default_factory=list, description="Origins allowed by CORS (explicit list; empty = none)."
    )
    updates_enabled: bool = Field(
        default=False,
        description="Expose SPARQL Update (POST /sparql/update) and the Graph Store Protocol "
        "writes (PUT/POST/DELETE /rdf-graphs); off = those routes answer 404.",
    )
    update_token: SecretStr = Field(
        default=SecretStr(""),
        description="Bearer token every write must carry (Authorization: Bearer …); empty = "
        "every write is refused.",
    )
    max_update_bytes: int = Field(
        default=50_000_000, description="Largest accepted body of a write request, in bytes."
    )
    statistics_inline_max_quads: int = Field(
        default=2_000_000,
        description="After a SPARQL Update, the statistics graph is rebuilt before the answer "
        "while the store holds at most this many quads (~1 s per million); past it, in the "
        "background after the answer (writes queue behind it).",
    )
