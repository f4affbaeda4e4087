"""Namespaces and the one IRI-minting function."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

DEFAULT_BASE = "https://w3id.org/govreport-kg/"
# The ontology namespace is fixed whatever base the data IRIs use: the terms are one vocabulary.
GR = Namespace("https://w3id.org/govreport-kg/def/")

SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
ORG = Namespace("http://www.w3.org/ns/org#")
SH = Namespace("http://www.w3.org/ns/shacl#")
VOID = Namespace("http://rdfs.org/ns/void#")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
WD = Namespace("http://www.wikidata.org/entity/")

__all__ = [
    "DCAT", "DCTERMS", "GR", "OA", "ORG", "OWL", "PROV", "RDF", "RDFS", "SCHEMA", "SH", "SKOS",
    "VOID", "WD", "WDT", "XSD", "Vocab", "mint", "slug",
]


class Vocab:
    """The ontology namespace (fixed) and the data namespace (``<base>id/``)."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        if not base.endswith("/"):
            base += "/"
        self.base = base
        self.GR = GR
        self.ID = base + "id/"

    def iri(self, kind: str, *parts: str | int) -> URIRef:
        """Mint a data IRI ``<base>id/<kind>/<part>/<part>…``; parts are slugged."""
        return mint(self.ID, kind, *parts)

    def graph(self, report_key: str) -> URIRef:
        """Named graph holding everything extracted from one source document."""
        return URIRef(f"{self.base}graph/{slug(report_key)}")

    def path_of(self, iri: str) -> str | None:
        """The path of a minted IRI below the base, or None if it is not ours."""
        return iri[len(self.base) :] if iri.startswith(self.base) else None


_UNSAFE = re.compile(r"[^\w\-.~\u3400-\u9fff]+")


def slug(text: str | int, max_len: int = 48) -> str:
    """A readable, IRI-safe slug: Chinese and ASCII word characters kept, others collapsed to -.

    Long slugs are cut and suffixed with a short hash so they stay unique and stable.
    """
    s = unicodedata.normalize("NFKC", str(text)).strip().lower()
    s = _UNSAFE.sub("-", s).strip("-") or "x"
    if len(s) > max_len:
        digest = hashlib.sha1(s.encode()).hexdigest()[:8]
        s = f"{s[: max_len - 9]}-{digest}"
    return s


def mint(prefix: str, kind: str, *parts: str | int) -> URIRef:
    """Join slugged parts under ``prefix/kind``; the same parts always give the same IRI."""
    return URIRef(prefix + "/".join([kind, *(slug(p) for p in parts)]))


class TermCache:
    """``NS.name`` that makes each term once. rdflib's namespaces build (and validate) a new
    URIRef on every attribute access, a tenth of the time of building a report graph. Bind
    prefixes with the namespace itself (``.namespace``)."""

    def __init__(self, namespace: object) -> None:
        self.namespace = namespace

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        term = getattr(self.namespace, name)
        setattr(self, name, term)
        return term  # type: ignore[no-any-return]

    def __getitem__(self, name: str) -> URIRef:
        return self.__dict__.get(name) or self.__getattr__(name)
