"""The one place where the steps are chained: read → extract → build → validate → store."""

from __future__ import annotations

import itertools
import json
import multiprocessing
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph, Literal

from kg.build import GraphBuilder, ReportMeta
from kg.config import INGEST_BATCH_REPORTS
from kg.extract import Extraction, Extractor
from kg.ns import Vocab
from kg.reference import align_sdg
from kg.report_graph import OneGraphMemory
from kg.store.base import GraphStore, GraphWrite, StoreError
from kg.validate import ValidationResult, validate

MAX_INPUT_BYTES = 5 * 1024 * 1024  # a long full report is ~100 KB; anything far larger is not one


class InputError(Exception):
    """The input file cannot be read as a report (missing, empty, not UTF-8, binary, too big)."""


class ValidationFailed(Exception):
    """The built graph does not conform to the shapes; nothing was stored."""

    def __init__(self, path: Path, result: ValidationResult) -> None:
        super().__init__(f"{path}: graph does not conform to the SHACL shapes")
        self.result = result


@dataclass
class RunReport:
    path: str
    graph: str
    triples: int
    goals: int
    projects: int
    places: int
    industries: int
    shared_triples: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


def read_text(path: Path) -> str:
    """The report text; a clear :class:`InputError` for anything that is not one."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from exc
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{path}: {len(data)} bytes is larger than the {MAX_INPUT_BYTES} limit")
    if b"\x00" in data:
        raise InputError(f"{path}: binary file (contains NUL bytes), expected UTF-8 text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 (byte {exc.start}: {exc.reason})") from exc
    if not text.strip():
        raise InputError(f"{path}: empty file")
    return text


def sidecar_path(path: Path) -> Path:
    return path.with_name(path.stem + ".meta.json")


def read_meta(path: Path, overrides: dict[str, object] | None = None,
              text: str | None = None) -> ReportMeta:
    """Metadata from ``<stem>.meta.json`` beside the text, updated by ``overrides``; what
    neither gives (region, plan year) is read from ``text`` when it says so unambiguously."""
    data: dict[str, object] = {}
    side = sidecar_path(path)
    if side.exists():
        try:
            data = json.loads(side.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"{side}: unreadable sidecar ({exc})") from exc
    data.update({k: v for k, v in (overrides or {}).items() if v is not None})
    if text is not None and not (data.get("region_code") and data.get("year")):
        data = {**_meta_from_text(text), **{k: v for k, v in data.items() if v}}
    missing = [k for k in ("region_code", "year") if not data.get(k)]
    if missing:
        raise InputError(
            f"{path}: missing {', '.join(missing)}; write {side.name} or pass "
            "--region-code/--year"
        )
    try:
        return ReportMeta.from_json(path.stem, data)
    except TypeError as exc:
        raise InputError(f"{side}: {exc}") from exc


def load_ontology(store: GraphStore, vocab: Vocab) -> str:
    """(Re)load the ontology, with its controlled lists, into its own named graph."""
    import ontology

    g = Graph().parse(data=ontology.path("core.ttl").read_text("utf-8"), format="turtle")
    graph = vocab.graph("ontology")
    store.replace_graph(str(graph), g.serialize(format="nt"))
    return str(graph)


def _meta_from_text(text: str) -> dict[str, object]:
    """Region and plan year as the text itself states them (title, lead, 20XX年政府工作报告)."""
    from kg.extract import region_from_text, report_facts
    from kg.segment import parse

    doc = parse(text[:3000])
    code, name = region_from_text(doc.text, None)
    facts = report_facts(doc, year=None, region_name=name, region_code=code)
    return {k: v for k, v in (("region_code", facts.region_code),
                              ("region_name", facts.region_name),
                              ("year", facts.year)) if v}


class Pipeline:
    """Extractor, builder and validator, initialised once and reused for many files."""

    def __init__(self, vocab: Vocab | None = None, extractor: Extractor | None = None) -> None:
        self.vocab = vocab or Vocab()
        self.extractor = extractor or Extractor()
        self.builder = GraphBuilder(self.vocab)

    def extract(self, text: str, meta: ReportMeta) -> Extraction:
        return self.extractor.extract(text, year=meta.year, region_name=meta.region_name,
                                      region_code=meta.region_code, date=meta.date)

    def build(self, path: Path, overrides: dict[str, object] | None = None
              ) -> tuple[ReportMeta, Extraction, Graph]:
        text = read_text(path)
        meta = read_meta(path, overrides, text)
        ex = self.extract(text, meta)
        graph = self.builder.build(meta, text, ex)
        align_sdg(graph, self.vocab)  # curated indicator → UN SDG target alignments
        return meta, ex, graph

    def prepare(self, path: Path, overrides: dict[str, object] | None = None) -> Prepared:
        """Everything but the write: build and validate. Raises InputError/ValidationFailed."""
        t0 = time.perf_counter()
        meta, ex, graph = self.build(path, overrides)
        t1 = time.perf_counter()
        result = validate(graph)
        t2 = time.perf_counter()
        if not result.conforms:
            raise ValidationFailed(path, result)
        own, shared, n_own, n_shared = split_shared(graph, self.vocab)
        t3 = time.perf_counter()
        report = RunReport(
            path=str(path), graph=str(self.vocab.graph(meta.key)), triples=n_own,
            goals=len(ex.goals), projects=len(ex.projects), places=len(ex.places),
            industries=len(ex.industries), shared_triples=n_shared,
            seconds={"extract_build": t1 - t0, "validate": t2 - t1, "serialize": t3 - t2},
        )
        return Prepared(report, own, shared, str(self.vocab.graph(SHARED_GRAPH)))

    def ingest(self, path: Path, store: GraphStore,
               overrides: dict[str, object] | None = None) -> RunReport:
        """Build, validate and — only if the graph conforms — replace its named graph."""
        return store_prepared(self.prepare(path, overrides), store)


@dataclass
class Prepared:
    """A validated report graph ready to be written (plain data: crosses process borders)."""

    report: RunReport
    ntriples: str  # the report's own triples
    shared_ntriples: str  # descriptions of shared concepts (regions, indicators, industries)
    shared_graph: str


SHARED_GRAPH = "shared-concepts"
# Subjects described the same way by every report that mentions them. Written once into one
# shared graph, not into each report's graph: Oxigraph's union default graph would otherwise
# repeat every such triple once per report (and inflate COUNTs over them).
_SHARED_KINDS = ("region", "indicator", "industry", "gbt4754", "scheme")
PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"


def split_shared(graph: Graph, vocab: Vocab) -> tuple[str, str, int, int]:
    """(report-specific N-Triples, N-Triples about shared concepts, and their line counts).
    Provenance links of a shared concept (prov:wasDerivedFrom a mention) stay with the report
    that made them.

    Works on N-Triples lines rather than on two new rdflib graphs (a quarter of the time of a
    report went into ``Graph.add``): the built graphs have no blank nodes, so a line can go to
    either graph on its own, by its subject."""
    subjects = tuple(f"<{vocab.ID}{kind}/" for kind in _SHARED_KINDS)
    derived = f"<{PROV_DERIVED}>"
    own: list[str] = []
    shared: list[str] = []
    for line in ntriples_lines(graph):
        if line.startswith(subjects) and not line.startswith(derived, line.index(" ") + 1):
            shared.append(line)
        else:
            own.append(line)
    return "\n".join(own) + "\n", "\n".join(shared) + "\n", len(own), len(shared)


def ntriples_lines(graph: Graph) -> list[str]:
    """The graph as N-Triples lines (no newline), written as rdflib's ``nt`` serializer writes
    them (its own term and literal encoders) but with each term encoded once: a report graph
    uses each IRI ~5 times, and encoding per use was 60 % of serializing it."""
    from rdflib.plugins.serializers.nt import _quoteLiteral

    encoded: dict[object, str] = {}

    def enc(term: object) -> str:
        out = encoded.get(term)
        if out is None:
            out = encoded[term] = (_quoteLiteral(term) if isinstance(term, Literal)
                                   else term.n3())  # type: ignore[attr-defined]
        return out

    store = graph.store
    if not isinstance(store, OneGraphMemory):
        return [f"{enc(s)} {enc(p)} {enc(o)} ." for s, p, o in graph]
    # a report graph: read its subject index, each subject and predicate encoded once per run
    # of lines (iterating the Graph makes a triples() call and tuple per triple)
    lines: list[str] = []
    for s, po in store.subject_index().items():
        subject = enc(s)
        for p, objects in po.items():
            head = f"{subject} {enc(p)} "
            lines.extend([f"{head}{enc(o)} ." for o in objects])
    return lines


def store_prepared(prepared: Prepared, store: GraphStore) -> RunReport:
    """Replace the report's named graph, and merge its shared concepts, in one transaction."""
    t = time.perf_counter()
    store.replace_graph(prepared.report.graph, prepared.ntriples,
                        merge_into=(prepared.shared_graph, prepared.shared_ntriples))
    prepared.report.seconds["store"] = time.perf_counter() - t
    return prepared.report


# -- many reports on several cores -------------------------------------------------------------

_worker_pipeline: Pipeline | None = None


def _init_worker(base_iri: str) -> None:
    global _worker_pipeline
    _die_with_parent()
    _worker_pipeline = Pipeline(Vocab(base_iri))


def _die_with_parent() -> None:
    """Linux: a worker gets SIGTERM when `kg ingest` dies, even by SIGKILL (no orphans)."""
    import ctypes
    import ctypes.util
    import signal

    name = ctypes.util.find_library("c")
    if name:
        ctypes.CDLL(name, use_errno=True).prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG


def prepare_or_error(pipeline: Pipeline, path: Path, overrides: dict[str, object] | None
                     ) -> Prepared | InputError | str:
    """``pipeline.prepare`` with failures as values (a SHACL report as text): they cross
    process borders and let a batch go on."""
    try:
        return pipeline.prepare(path, overrides)
    except InputError as exc:
        return exc
    except ValidationFailed as exc:
        return f"{exc}; store unchanged\n{exc.result.text}"


def _prepare_in_worker(path: Path, overrides: dict[str, object] | None
                       ) -> Prepared | InputError | str:
    assert _worker_pipeline is not None
    return prepare_or_error(_worker_pipeline, path, overrides)


def prepare_many(paths: list[Path], base_iri: str, jobs: int,
                 overrides: dict[str, object] | None = None, window: int = 0
                 ) -> Iterator[tuple[Path, Prepared | InputError | str]]:
    """Extract, build and validate reports on ``jobs`` worker processes, in input order.

    Workers are spawned (not forked): the parent may hold an open RocksDB store, whose
    background threads make fork unsafe. Writing stays in the parent (:func:`store_batch`)."""
    ctx = multiprocessing.get_context("spawn")
    # reports in flight: enough for the workers to go on while the caller writes a batch,
    # few enough to bound memory
    window = max(2, 4 * jobs, window)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                             initargs=(base_iri,)) as pool:
        pending: deque[tuple[Path, Future[Prepared | InputError | str]]] = deque()
        todo = iter(paths)
        for path in itertools.islice(todo, window):
            pending.append((path, pool.submit(_prepare_in_worker, path, overrides)))
        while pending:
            path, future = pending.popleft()
            for nxt in itertools.islice(todo, 1):
                pending.append((nxt, pool.submit(_prepare_in_worker, nxt, overrides)))
            yield path, future.result()


def store_batch(batch: list[Prepared], store: GraphStore, written_shared: set[str] | None = None
                ) -> list[tuple[Prepared, RunReport | str]]:
    """Write several prepared reports: the new graphs with one bulk load
    (``GraphStore.add_new_graphs``), then the ones that replace a stored graph one
    transaction each. A report that cannot be stored gets why, as text; the others are
    stored. ``written_shared``: lines of the shared graph already written by this run, left
    out of the bulk load (most reports describe the same regions and indicators again, and a
    bulk load would write each line again until RocksDB compacts it away)."""
    done: dict[str, RunReport | str] = {}
    rest = batch
    if len(batch) > 1:
        t = time.perf_counter()
        seen = written_shared if written_shared is not None else set()
        shared = {p.report.graph: [x for x in p.shared_ntriples.split("\n") if x] for p in batch}
        writes = [GraphWrite(p.report.graph, p.ntriples, (p.shared_graph, "\n".join(
            x for x in shared[p.report.graph] if x not in seen) + "\n")) for p in batch]
        try:
            skipped = set(store.add_new_graphs(writes))
        except StoreError:  # nothing of it is stored: one at a time, to find the culprit
            skipped = {p.report.graph for p in batch}
        for g, lines in shared.items():
            if g not in skipped:
                seen.update(lines)
        rest = [p for p in batch if p.report.graph in skipped]
        loaded = [p for p in batch if p.report.graph not in skipped]
        for p in loaded:
            p.report.seconds["store"] = (time.perf_counter() - t) / len(loaded)
            done[p.report.path] = p.report
    for p in rest:
        try:
            done[p.report.path] = store_prepared(p, store)
        except StoreError as exc:
            done[p.report.path] = f"{p.report.path}: not stored: {exc}"
    return [(p, done[p.report.path]) for p in batch]


def ingest_many(pipeline: Pipeline, paths: list[Path], store: GraphStore, jobs: int,
                overrides: dict[str, object] | None = None, batch_size: int = INGEST_BATCH_REPORTS
                ) -> Iterator[tuple[Path, RunReport | InputError | str]]:
    """Ingest ``paths`` in order: extraction and SHACL on ``jobs`` worker processes (in this
    process when ``jobs`` is 1 or the batch is small), writes here, ``batch_size`` reports
    per write (:func:`store_batch`; a later file of the same report replaces an earlier one).
    Yields each path with its :class:`RunReport` or why it was not stored; the ontology
    graph is (re)loaded once the first report has been stored."""
    if jobs > 1 and len(paths) >= 8:
        results = prepare_many(paths, pipeline.vocab.base, jobs, overrides, window=batch_size)
    else:
        results = ((p, prepare_or_error(pipeline, p, overrides)) for p in paths)
    ontology_loaded = False
    pending: list[tuple[Path, Prepared | InputError | str]] = []
    written_shared: set[str] = set()

    def flush() -> Iterator[tuple[Path, RunReport | InputError | str]]:
        nonlocal ontology_loaded
        prepared = [o for _, o in pending if isinstance(o, Prepared)]
        stored = {id(p): outcome for p, outcome in store_batch(prepared, store, written_shared)}
        for path, outcome in pending:
            result = stored[id(outcome)] if isinstance(outcome, Prepared) else outcome
            if isinstance(result, RunReport) and not ontology_loaded:
                load_ontology(store, pipeline.vocab)  # the store changes only once one conforms
                ontology_loaded = True
            yield path, result
        pending.clear()

    for path, outcome in results:
        if isinstance(outcome, Prepared) and any(
                isinstance(o, Prepared) and o.report.graph == outcome.report.graph
                for _, o in pending):
            yield from flush()  # the same report twice: the first is written first
        pending.append((path, outcome))
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()
