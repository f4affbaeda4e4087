"""The store interface every backend implements; plain Python types in and out."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Literal, NamedTuple, Protocol

QueryKind = Literal["select", "ask", "graph"]


class StoreError(Exception):
    """A query or update the store could not run (syntax error, unknown graph…)."""


class QuerySyntaxError(StoreError):
    """The SPARQL text does not parse; the message is the parser's."""


@dataclass
class QueryResult:
    """A finished query: SELECT rows, an ASK boolean or CONSTRUCT/DESCRIBE triples.

    ``body`` is the serialized result in the requested format, produced by the backend's own
    serializer; ``rows``/``boolean``/``triples`` are for callers that want values.
    """

    kind: QueryKind
    variables: list[str]
    rows: list[dict[str, Term]]
    boolean: bool | None
    triples: list[tuple[Term, Term, Term]]
    truncated: bool = False


@dataclass(frozen=True)
class Term:
    """An RDF term as plain data, shaped like a SPARQL JSON results binding."""

    type: Literal["uri", "bnode", "literal", "triple"]
    value: str
    datatype: str | None = None
    lang: str | None = None

    def n3(self) -> str:
        if self.type == "uri":
            return f"<{self.value}>"
        if self.type == "bnode":
            return f"_:{self.value}"
        esc = self.value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        if self.lang:
            return f'"{esc}"@{self.lang}'
        if self.datatype and self.datatype != "http://www.w3.org/2001/XMLSchema#string":
            return f'"{esc}"^^<{self.datatype}>'
        return f'"{esc}"'


class GraphWrite(NamedTuple):
    """One named graph to write: its N-Triples, and optionally triples merged into another
    graph in the same write (a report's shared concepts)."""

    graph: str
    ntriples: str
    merge_into: tuple[str, str] | None = None


class GraphStore(Protocol):
    """What the library and the API need from a triple store."""

    def replace_graph(self, graph: str, ntriples: str,
                      merge_into: tuple[str, str] | None = None) -> None:
        """Atomically replace named graph ``graph`` by the N-Triples document ``ntriples``;
        ``merge_into=(graph2, ntriples2)`` adds triples to another graph in the same
        transaction (shared concepts)."""

    def add_new_graphs(self, writes: Sequence[GraphWrite]) -> list[str]:
        """Add several named graphs at once (each with its ``merge_into``), faster than one
        :meth:`replace_graph` each, but only graphs not in the store yet: returns the graphs
        it skipped because they exist, for the caller to replace. All or nothing as far as
        readers opening the store afterwards can tell: a crash part way is undone when the
        store is next opened for writing."""

    def drop_graph(self, graph: str) -> None:
        """Remove a named graph (no error if it does not exist)."""

    def query(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        max_rows: int | None = None,
    ) -> QueryResult:
        """Run a SPARQL query. The default graph is the union of all named graphs unless
        ``default_graphs`` is given (SPARQL Protocol ``default-graph-uri``)."""

    def serialize(
        self,
        sparql: str,
        choose: Callable[[QueryKind], str | None],
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> tuple[QueryKind, str | None, bytes]:
        """Run a query and serialize it with the backend's own writer in the media type that
        ``choose(kind)`` picks once the query kind is known (None: not acceptable, no body)."""

    def graphs(self) -> list[str]:
        """The named graphs in the store."""

    def quad_count(self) -> int:
        """Number of quads in the store."""

    def dump(self, media_type: str, graph: str | None = None) -> Iterator[bytes]:
        """The whole dataset (N-Quads/TriG) or one graph (Turtle/N-Triples…) as bytes."""

    def close(self) -> None:
        """Release the store (flushes to disk)."""
