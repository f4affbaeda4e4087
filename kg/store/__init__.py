"""A narrow store interface (:class:`GraphStore`) and its backends."""

from kg.store.base import GraphStore, QueryKind, QueryResult, StoreError
from kg.store.oxigraph import OxigraphStore, open_store

__all__ = ["GraphStore", "OxigraphStore", "QueryKind", "QueryResult", "StoreError", "open_store"]
