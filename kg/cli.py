"""Command line: ``kg ingest | extract | validate | serve | export``."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kg import cli_data
from kg.config import INGEST_BATCH_REPORTS, Settings

if TYPE_CHECKING:
    from kg.ns import Vocab
    from kg.stats import Cells
    from kg.store import GraphStore

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="govreport-kg: Chinese government work reports as linked open data.")

StoreOpt = Annotated[Path | None, typer.Option("--store", help="Store directory (KG_STORE_PATH).")]
RegionOpt = Annotated[str | None, typer.Option("--region-code", help="GB/T 2260 code.")]
YearOpt = Annotated[int | None, typer.Option("--year", help="Plan year of the report.")]
NameOpt = Annotated[str | None, typer.Option("--region-name", help="Region name, e.g. 西山区.")]


def _settings(store: Path | None = None) -> Settings:
    s = Settings()
    return s.model_copy(update={"store_path": store}) if store else s


def _fail(msg: str, code: int = 1) -> typer.Exit:
    typer.echo(f"error: {msg}", err=True)
    return typer.Exit(code)


def _expand(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for p in paths:
        if p.is_dir():
            files.extend(sorted(f for f in p.glob("*.txt") if f.is_file()))
        else:
            files.append(p)
    return files


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Report .txt files or folders of them.")],
    store: StoreOpt = None,
    region_code: RegionOpt = None,
    year: YearOpt = None,
    region_name: NameOpt = None,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", help="Worker processes for extraction and SHACL (default: cores, ≤4).")
    ] = None,
    statistics: Annotated[bool, typer.Option(
        "--statistics/--no-statistics",
        help="Rebuild the precomputed statistics graph after the batch (`kg stats`).")] = True,
    batch_size: Annotated[int, typer.Option(
        "--batch-size", min=1,
        help="Reports written per bulk load (new reports only; 1 = one transaction each).")
    ] = INGEST_BATCH_REPORTS,
) -> None:
    """Extract, validate (SHACL) and store reports; a non-conforming report changes nothing."""
    from tqdm import tqdm

    from kg.ns import Vocab
    from kg.pipeline import Pipeline, RunReport, ingest_many
    from kg.store import StoreError, open_store

    settings = _settings(store)
    files = _expand(paths)
    if not files:
        raise _fail("no report files given")
    overrides = {"region_code": region_code, "year": year, "region_name": region_name}
    try:
        st = open_store(settings.store_path)
    except StoreError as exc:
        raise _fail(str(exc)) from exc
    pipeline = Pipeline(Vocab(settings.base_iri))
    jobs = jobs or min(4, os.cpu_count() or 1)
    failures = 0
    try:
        # a small batch into a store with statistics patches them (the cells its reports
        # touch, before and after); a large one, or a first one, rebuilds them
        from kg.stats import STATISTICS_GRAPH

        patch = statistics and len(files) <= STATISTICS_PATCH_MAX_REPORTS and str(
            pipeline.vocab.graph(STATISTICS_GRAPH)) in st.graphs()
        graphs = [str(pipeline.vocab.graph(f.stem)) for f in files]
        before = _statistics_cells(st, graphs) if patch else None
        results = ingest_many(pipeline, files, st, jobs, overrides, batch_size)
        for f, outcome in tqdm(results, total=len(files), unit="report",
                               disable=len(files) < 5 or not sys.stderr.isatty()):
            if not isinstance(outcome, RunReport):
                failures += 1
                typer.echo(f"error: {outcome}", err=True)
                continue
            r = outcome
            typer.echo(f"ingested {f} → {r.graph}: {r.triples} triples, {r.goals} targets, "
                       f"{r.projects} projects, {r.places} places, {r.industries} industries")
        if statistics and failures < len(files):
            if before is not None:
                _patch_statistics(st, pipeline.vocab, before, graphs)
            else:
                _refresh_statistics(st, pipeline.vocab)
    finally:
        st.close()
    if failures:
        raise _fail(f"{failures} of {len(files)} file(s) not ingested")


# Past this many reports a full rebuild of the statistics is about as quick as patching them.
STATISTICS_PATCH_MAX_REPORTS = 200


def _statistics_cells(store: GraphStore, graphs: list[str]) -> Cells:
    from kg import stats

    return stats.cells_of(store, graphs)


def _patch_statistics(store: GraphStore, vocab: Vocab, before: Cells, graphs: list[str]) -> None:
    from kg import stats

    triples, seconds = stats.update(store, vocab, before | stats.cells_of(store, graphs))
    typer.echo(f"statistics: {triples} triples updated in {vocab.graph(stats.STATISTICS_GRAPH)} "
               f"({seconds:.1f} s)")


def _refresh_statistics(store: GraphStore, vocab: Vocab) -> None:
    from kg import stats

    triples, seconds = stats.refresh(store, vocab)
    typer.echo(f"statistics: {triples} triples in {vocab.graph(stats.STATISTICS_GRAPH)} "
               f"({seconds:.1f} s)")


@app.command("stats")
def stats_command(store: StoreOpt = None) -> None:
    """Rebuild the precomputed statistics graph (aggregates over every report, Data Cube)."""
    from kg.store import StoreError, open_store

    settings = _settings(store)
    try:
        st = open_store(settings.store_path)
    except StoreError as exc:
        raise _fail(str(exc)) from exc
    from kg.ns import Vocab

    try:
        _refresh_statistics(st, Vocab(settings.base_iri))
    finally:
        st.close()


@app.command()
def extract(
    file: Path,
    format: Annotated[str, typer.Option("--format", "-f", help="json or turtle")] = "json",
    region_code: RegionOpt = None,
    year: YearOpt = None,
    region_name: NameOpt = None,
) -> None:
    """Print what would be ingested from FILE, without storing anything."""
    from kg.build import ReportMeta
    from kg.pipeline import InputError, Pipeline, read_meta, read_text, sidecar_path

    if format not in ("json", "turtle"):
        raise _fail("--format must be json or turtle", 2)
    try:
        text = read_text(file)
        overrides = {"region_code": region_code, "year": year, "region_name": region_name}
        if format == "json" and not sidecar_path(file).exists() and not (region_code and year):
            meta = None  # JSON needs no IRIs: extract with what the text itself says
        else:
            meta = read_meta(file, overrides, text)
    except InputError as exc:
        raise _fail(str(exc)) from exc
    pipeline = Pipeline(_vocab())
    if meta is None:
        ex = pipeline.extractor.extract(text, year=year, region_name=region_name,
                                        region_code=region_code)
    else:
        ex = pipeline.extract(text, meta)
    if format == "json":
        out = ex.to_json()
        out["report"]["file"] = str(file)
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        assert isinstance(meta, ReportMeta)
        typer.echo(pipeline.builder.build(meta, text, ex).serialize(format="turtle"))


def _vocab():
    from kg.ns import Vocab

    return Vocab(Settings().base_iri)


@app.command(name="eval")
def evaluate(
    corpus: Annotated[Path, typer.Argument(help="Folder with reports/ and gold/.")] = Path(
        "tests/corpus"),
    as_json: Annotated[bool, typer.Option("--json", help="Print scores as JSON.")] = False,
    errors: Annotated[bool, typer.Option("--errors", help="List every miss and mistake.")] = False,
) -> None:
    """Precision/recall/F1 of the extractor against hand-made gold files."""
    from kg.evaluate import evaluate as run
    from kg.evaluate import format_table

    total, per_file = run(corpus)
    if as_json:
        typer.echo(json.dumps({"total": total.to_json(),
                               "files": {k: v.to_json() for k, v in per_file.items()}},
                              ensure_ascii=False, indent=2))
    else:
        typer.echo(format_table(total, per_file))
    if errors:
        for name, r in per_file.items():
            for kind, items in r.errors.items():
                for item in items:
                    typer.echo(f"{name}\t{kind}\t{json.dumps(item, ensure_ascii=False)}")


@app.command()
def validate(
    file: Annotated[Path, typer.Argument(help="An RDF file (Turtle, N-Triples, JSON-LD…).")],
) -> None:
    """Validate an RDF graph against the SHACL shapes; exit 1 when it does not conform."""
    from rdflib import Graph

    from kg.validate import validate as run

    try:
        g = Graph().parse(file)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise _fail(f"{file}: cannot parse RDF: {exc}") from exc
    result = run(g)
    typer.echo(result.text)
    if not result.conforms:
        raise typer.Exit(1)


@app.command()
def serve(
    store: StoreOpt = None,
    host: Annotated[str | None, typer.Option(help="Interface (KG_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (KG_PORT).")] = None,
) -> None:
    """Serve SPARQL, entity pages and lists over HTTP (uvicorn)."""
    import uvicorn

    from api.app import create_app

    settings = _settings(store)
    settings = settings.model_copy(update={k: v for k, v in {"host": host, "port": port}.items()
                                           if v is not None})
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port,
                log_level="info", access_log=False)


@app.command()
def export(
    store: StoreOpt = None,
    format: Annotated[str, typer.Option("--format", "-f", help="nquads or trig")] = "nquads",
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
) -> None:
    """Write the whole dataset as N-Quads or TriG (stdout by default)."""
    from kg.store import StoreError, open_store

    media = {"nquads": "application/n-quads", "trig": "application/trig"}.get(format)
    if media is None:
        raise _fail("--format must be nquads or trig", 2)
    try:
        st = open_store(_settings(store).store_path)
    except StoreError as exc:
        raise _fail(str(exc)) from exc
    try:
        sink = output.open("wb") if output else sys.stdout.buffer
        for chunk in st.dump(media):
            sink.write(chunk)
        sink.flush()
    finally:
        st.close()


cli_data.register(app)

if __name__ == "__main__":
    app()
