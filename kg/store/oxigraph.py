"""Embedded, persistent Oxigraph store (pyoxigraph) behind :class:`GraphStore`."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.sparql_guard import has_dataset_clause
from kg.store.base import (
    GraphWrite,
    QueryKind,
    QueryResult,
    QuerySyntaxError,
    StoreError,
    Term,
)

RESULT_FORMATS = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
DATASET_FORMATS = {
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}


# Graphs being bulk-loaded by add_new_graphs; not a dataset graph, it exists only while a
# load runs or after a crash (until recover()).
JOURNAL_GRAPH = "urn:x-govreport-kg:ingest-journal"
_LOADING = ox.NamedNode("urn:x-govreport-kg:loading")
_TRUE = ox.Literal("true", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))


def _term(t: object) -> Term:
    if isinstance(t, ox.NamedNode):
        return Term("uri", t.value)
    if isinstance(t, ox.BlankNode):
        return Term("bnode", t.value)
    if isinstance(t, ox.Literal):
        return Term("literal", t.value, t.datatype.value, t.language)
    return Term("triple", str(t))


def _graph_names(iris: Sequence[str] | None) -> list[ox.NamedNode] | None:
    return None if iris is None else [ox.NamedNode(i) for i in iris]


def _quads(ntriples: str, graph: ox.NamedNode) -> list[ox.Quad]:
    """N-Triples text → quads in ``graph`` (parsed by Oxigraph: comments, escapes as
    N-Triples defines them); SyntaxError if it is not strict N-Triples. Blank nodes get
    fresh identities, as when a document is loaded (``ox.parse`` keeps the labels, which
    would join ``_:b`` of this text to ``_:b`` of every other)."""
    fresh: dict[ox.BlankNode, ox.BlankNode] = {}

    def own(term: Any) -> Any:
        if isinstance(term, ox.BlankNode):
            return fresh.setdefault(term, ox.BlankNode())
        return term

    triples = list(ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))
    if "_:" not in ntriples:
        return [ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples]
    return [ox.Quad(own(t.subject), t.predicate, own(t.object), graph) for t in triples]


def _as_nquads(writes: Sequence[GraphWrite]) -> bytes | None:
    """The writes' N-Triples as one N-Quads document, each line put into its graph by text
    (a line ``s p o .`` becomes ``s p o <g> .``), or None when a text has a blank node
    label (``_:``, which one document would share across graphs) or may have a comment
    after a triple (``. #``). A line this turns into bad N-Quads is bad N-Triples too: the
    caller then parses write by write.

    Why by text: building one Python ``Quad`` per triple was a third of the parent's time in
    ``kg ingest``; Oxigraph parses the document in Rust (bench/README.md)."""
    parts: list[str] = []
    for w in writes:
        pairs = [(w.graph, w.ntriples)]
        if w.merge_into is not None:
            pairs.append(w.merge_into)
        for graph, ntriples in pairs:
            if "_:" in ntriples or ". #" in ntriples or ".#" in ntriples:
                return None
            end = f"<{graph}> ."
            parts.extend(line[:-1] + end for line in ntriples.split("\n") if line.strip())
    parts.append("")
    return "\n".join(parts).encode()


class OxigraphStore:
    """A pyoxigraph ``Store`` on disk (or in memory when ``path`` is None)."""

    def __init__(self, path: Path | None = None, read_only: bool = False) -> None:
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as exc:
            raise StoreError(f"cannot open store at {path}: {exc}") from exc
        self.path = path
        self.read_only = read_only
        if not read_only:
            self.recover()

    # -- writes ---------------------------------------------------------------------------

    def replace_graph(self, graph: str, ntriples: str,
                      merge_into: tuple[str, str] | None = None) -> None:
        g = ox.NamedNode(graph)
        # check-then-write: fine for the one writer there is (the ingester, or the API under
        # its write lock); two concurrent writers of one graph could merge instead of replace
        if not self._store.contains_named_graph(g):
            # A new graph (every report of a first ingest): one transaction adding its triples
            # and the shared ones, a third faster than the update below. Text
            # that is not strict N-Triples (SPARQL-style `1` or prefixed names) takes the
            # update path, which accepts what INSERT DATA accepts.
            try:
                quads = _quads(ntriples, g)
                if merge_into is not None:
                    quads += _quads(merge_into[1], ox.NamedNode(merge_into[0]))
                self._store.extend(quads)
                return
            except SyntaxError:
                pass
        try:
            # One SPARQL update is one Oxigraph transaction: readers see the old or the new graph.
            update = f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{ntriples}\n}} }}"
            if merge_into is not None:  # shared triples join their graph in the same transaction
                shared, shared_nt = merge_into
                update += f" ;\nINSERT DATA {{ GRAPH {ox.NamedNode(shared)} {{\n{shared_nt}\n}} }}"
            self._store.update(update)
        except SyntaxError as exc:
            raise StoreError(f"could not write graph {graph}: {exc}") from exc
        # No flush per write: a committed transaction is in RocksDB's write-ahead log, which
        # survives a crash of the process (tests/e2e/test_ingest_safety.py) but not of the OS
        # before the background flush; close() flushes.

    def add_new_graphs(self, writes: Sequence[GraphWrite]) -> list[str]:
        """Oxigraph's bulk loader for graphs the store does not have yet (3–4× faster per
        report than a transaction each: it writes sorted files straight into RocksDB, see
        bench/README.md). The bulk loader is not transactional, so the graphs are first
        listed in a journal graph (one transaction), loaded, then struck off (another); a
        crash in between leaves them listed, and :meth:`recover` drops them at the next
        open. Triples merged into shared graphs are not rolled back: they are additions
        that hold on their own (a concept's label), at worst describing a concept no
        report uses yet. Text that is not strict N-Triples is skipped like an existing
        graph, for :meth:`replace_graph` to take."""
        fresh: list[GraphWrite] = []
        skipped: list[str] = []
        for w in writes:
            if w.graph in {f.graph for f in fresh} or self._store.contains_named_graph(
                    ox.NamedNode(w.graph)):
                skipped.append(w.graph)
            else:
                fresh.append(w)
        if not fresh:
            return skipped
        text = _as_nquads(fresh)
        if text is not None:  # the whole batch as one N-Quads document, parsed by Oxigraph
            try:
                self._bulk([ox.NamedNode(w.graph) for w in fresh],
                           lambda: self._store.bulk_load(text, ox.RdfFormat.N_QUADS))
                return skipped
            except SyntaxError:  # undone by _bulk; find the write at fault below
                pass
        quads: list[ox.Quad] = []
        loaded: list[ox.NamedNode] = []
        for w in fresh:
            g = ox.NamedNode(w.graph)
            try:
                mine = _quads(w.ntriples, g)
                if w.merge_into is not None:
                    mine += _quads(w.merge_into[1], ox.NamedNode(w.merge_into[0]))
            except SyntaxError:
                skipped.append(w.graph)
                continue
            quads += mine
            loaded.append(g)
        if loaded:
            self._bulk(loaded, lambda: self._store.bulk_extend(quads))
        return [w.graph for w in writes if w.graph in skipped]

    def _bulk(self, graphs: list[ox.NamedNode], load: Callable[[], None]) -> None:
        """Run a bulk ``load`` of ``graphs`` under the journal (see :meth:`add_new_graphs`);
        a failure drops them again (StoreError; SyntaxError passes through)."""
        journal = ox.NamedNode(JOURNAL_GRAPH)
        self._store.extend([ox.Quad(g, _LOADING, _TRUE, journal) for g in graphs])
        try:
            load()
        except SyntaxError:
            self.recover()
            raise
        except (OSError, ValueError, RuntimeError) as exc:
            self.recover()
            raise StoreError(f"bulk load failed: {exc}") from exc
        self._store.update(f"DROP SILENT GRAPH {journal}")

    def recover(self) -> list[str]:
        """Drop the graphs an interrupted :meth:`add_new_graphs` left listed in the journal
        (they may be half-written); returns them."""
        journal = ox.NamedNode(JOURNAL_GRAPH)
        if not self._store.contains_named_graph(journal):
            return []
        graphs = [q.subject for q in self._store.quads_for_pattern(None, _LOADING, None, journal)
                  if isinstance(q.subject, ox.NamedNode)]
        drops = [f"DROP SILENT GRAPH {g}" for g in graphs] + [f"DROP SILENT GRAPH {journal}"]
        self._store.update(" ;\n".join(drops))  # one transaction
        self._store.flush()
        return [g.value for g in graphs]

    def update(self, sparql: str) -> None:
        """Run a SPARQL 1.1 Update (one transaction) and flush."""
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except (OSError, ValueError, RuntimeError) as exc:
            raise StoreError(str(exc)) from exc
        self._store.flush()

    def drop_graph(self, graph: str) -> None:
        self._store.update(f"DROP SILENT GRAPH {ox.NamedNode(graph)}")
        self._store.flush()

    def load_dataset(self, data: bytes, media_type: str = "application/n-quads") -> None:
        """Bulk-load a dataset dump (not transactional; for fresh stores)."""
        self._store.bulk_load(data, format=DATASET_FORMATS[media_type])
        self._store.flush()

    # -- reads ----------------------------------------------------------------------------

    def _run(self, sparql: str, default_graphs: Sequence[str] | None,
             named_graphs: Sequence[str] | None) -> object:
        kwargs: dict[str, object] = {}
        if default_graphs is not None:
            kwargs["default_graph"] = _graph_names(default_graphs) or [ox.DefaultGraph()]
        elif not has_dataset_clause(sparql):  # the union would override the query's own FROM
            kwargs["use_default_graph_as_union"] = True
        if named_graphs is not None:
            kwargs["named_graphs"] = _graph_names(named_graphs)
        try:
            return self._store.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except (OSError, ValueError, RuntimeError) as exc:
            raise StoreError(str(exc)) from exc

    def query(self, sparql: str, *, default_graphs: Sequence[str] | None = None,
              named_graphs: Sequence[str] | None = None,
              max_rows: int | None = None) -> QueryResult:
        res = self._run(sparql, default_graphs, named_graphs)
        if isinstance(res, ox.QueryBoolean):
            return QueryResult("ask", [], [], bool(res), [])
        if isinstance(res, ox.QuerySolutions):
            variables = [v.value for v in res.variables]
            rows: list[dict[str, Term]] = []
            truncated = False
            for sol in res:
                if max_rows is not None and len(rows) >= max_rows:
                    truncated = True
                    break
                rows.append({v: _term(sol[v]) for v in variables if sol[v] is not None})
            return QueryResult("select", variables, rows, None, [], truncated)
        triples = [(_term(t.subject), _term(t.predicate), _term(t.object)) for t in res]
        return QueryResult("graph", [], [], None, triples)

    def serialize(self, sparql: str, choose: Callable[[QueryKind], str | None], *,
                  default_graphs: Sequence[str] | None = None,
                  named_graphs: Sequence[str] | None = None
                  ) -> tuple[QueryKind, str | None, bytes]:
        res = self._run(sparql, default_graphs, named_graphs)
        kind: QueryKind = (
            "ask" if isinstance(res, ox.QueryBoolean)
            else "select" if isinstance(res, ox.QuerySolutions) else "graph"
        )
        media_type = choose(kind)
        if media_type is None:
            return kind, None, b""
        fmt = (GRAPH_FORMATS if kind == "graph" else RESULT_FORMATS).get(media_type)
        if fmt is None:
            raise StoreError(f"{media_type} is not a result format for a {kind} query")
        out = io.BytesIO()
        res.serialize(out, fmt)  # type: ignore[attr-defined]
        return kind, media_type, out.getvalue()

    def checkpoint(self, target: Path) -> None:
        """A consistent copy of the on-disk store at ``target`` (hard links where possible)."""
        if self.path is None:
            raise StoreError("an in-memory store has no checkpoint")
        self._store.flush()
        self._store.backup(str(target))

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def quad_count(self) -> int:
        return len(self._store)

    def dump(self, media_type: str, graph: str | None = None) -> Iterator[bytes]:
        out = io.BytesIO()
        if graph is None:
            self._store.dump(out, DATASET_FORMATS[media_type])
        else:
            self._store.dump(out, GRAPH_FORMATS[media_type], from_graph=ox.NamedNode(graph))
        yield out.getvalue()

    def close(self) -> None:
        if hasattr(self, "_store"):
            if not self.read_only:
                self._store.flush()
            del self._store


def open_store(path: Path | None, read_only: bool = False) -> OxigraphStore:
    return OxigraphStore(path, read_only=read_only)
