"""Reference-data and linking commands (``kg load-divisions``, ``kg link …``)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from kg import reference

if TYPE_CHECKING:
    from kg.ns import Vocab
    from kg.store import GraphStore

StoreOpt = Annotated[Path | None, typer.Option("--store", help="Store directory (KG_STORE_PATH).")]

link_app = typer.Typer(no_args_is_help=True, help="Build link sets to external datasets.")


def _open(store: Path | None) -> tuple[GraphStore, Vocab]:
    """The store (``--store`` or KG_STORE_PATH) and the vocabulary of the configured base."""
    from kg.config import Settings
    from kg.ns import Vocab
    from kg.store import StoreError, open_store

    settings = Settings()
    if store:
        settings = settings.model_copy(update={"store_path": store})
    try:
        return open_store(settings.store_path), Vocab(settings.base_iri)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from exc


def load_divisions(
    store: StoreOpt = None,
    validate: Annotated[bool, typer.Option(help="Check the graphs against the SHACL shapes "
                                                "first.")] = True,
) -> None:
    """Load the 3,216 administrative divisions (with verified Wikidata/GeoNames links) into
    graph <base>graph/reference-divisions and the GB/T 4754-2017 scheme into
    <base>graph/reference-gbt4754. Each graph is replaced atomically; rerunning is safe."""
    st, vocab = _open(store)
    try:
        graphs = {
            reference.DIVISIONS_GRAPH: reference.divisions_graph(vocab),
            reference.GBT4754_GRAPH: reference.gbt4754_graph(vocab),
        }
        if validate:
            from kg.validate import validate as shacl

            for name, g in graphs.items():
                result = shacl(g)
                if not result.conforms:
                    typer.echo(f"error: {name} does not conform; store unchanged\n{result.text}",
                               err=True)
                    raise typer.Exit(1)
        for name, g in graphs.items():
            iri = vocab.graph(name)
            st.replace_graph(str(iri), g.serialize(format="nt"))
            typer.echo(f"loaded {iri}: {len(g)} triples")
    finally:
        st.close()


_LINK_HELP = f"""Link every division to its Wikidata item by the China administrative \
division code (P442).

\b
1. Run this query at https://query.wikidata.org/ and choose Download → CSV:
\b
{reference.WIKIDATA_QUERY}
\b
2. kg link wikidata query.csv

P442 codes are spaced and drop trailing zero pairs ("53 01 12", "53 01", "53"); they are \
normalised to 6 digits. A code with several items, or whose Chinese label names neither the \
full nor the short name of the division, is skipped and reported. The links (owl:sameAs and \
skos:exactMatch) replace graph <base>graph/links-wikidata."""


@link_app.command("wikidata", help=_LINK_HELP)
def link_wikidata(
    file: Annotated[Path, typer.Argument(help="Query-results CSV from query.wikidata.org.")],
    store: StoreOpt = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report, do not store.")] = False,
) -> None:
    """Build <base>graph/links-wikidata from a query.wikidata.org CSV (see ``_LINK_HELP``)."""
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        typer.echo(f"error: {file}: cannot read ({exc})", err=True)
        raise typer.Exit(1) from exc
    st, vocab = _open(store)
    try:
        try:
            g, rep = reference.wikidata_links_graph(text, vocab)
        except ValueError as exc:
            typer.echo(f"error: {file}: {exc}", err=True)
            raise typer.Exit(1) from exc
        typer.echo(f"{len(rep.linked)} divisions linked; skipped: {len(rep.ambiguous)} codes "
                   f"with several items, {len(rep.label_mismatch)} label mismatches, "
                   f"{len(rep.unknown_code)} codes not in the table, {len(rep.bad_row)} "
                   "unusable rows")
        for code, qids in sorted(rep.ambiguous.items())[:20]:
            typer.echo(f"  ambiguous {code}: {' '.join(qids)}")
        for code, label in sorted(rep.label_mismatch.items())[:20]:
            typer.echo(f"  label mismatch {code}: Wikidata says {label}")
        if dry_run:
            return
        iri = vocab.graph(reference.WIKIDATA_LINKS_GRAPH)
        st.replace_graph(str(iri), g.serialize(format="nt"))
        typer.echo(f"loaded {iri}: {len(g)} triples")
    finally:
        st.close()


def register(app: typer.Typer) -> None:
    """Add this module's commands to the main CLI."""
    app.command("load-divisions")(load_divisions)
    app.add_typer(link_app, name="link")
