"""Typed settings, read from the environment (prefix ``KG_``) once and passed down."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


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
        default=10.0, description="Wall-clock limit of one SPARQL query, in seconds."
    )
    max_result_rows: int = Field(
        default=10_000, description="Row cap of a SELECT result; larger results are cut and flagged."
    )
    max_query_length: int = Field(
        default=100_000, description="Longest accepted SPARQL query text, in characters."
    )
    query_workers: int = Field(
        default=4, description="SPARQL queries that may run at once (worker threads)."
    )
    page_size: int = Field(default=50, description="Default page size of list endpoints.")
    service_allowed_hosts: list[str] = Field(
        default_factory=list,
        description="Hosts a SPARQL SERVICE clause may call (empty = federation disabled).",
    )
    cors_origins: list[str] = Field(
        default_factory=list, description="Origins allowed by CORS (explicit list; empty = none)."
    )
