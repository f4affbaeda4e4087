"""Entity triples → a readable, Wikidata-style JSON object (labels, typed claims, links)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from kg import queries
from kg.ns import GR, Vocab
from kg.store.base import GraphStore, Term

PREFIXES = {
    str(GR): "",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf:",
    "http://www.w3.org/2000/01/rdf-schema#": "rdfs:",
    "http://www.w3.org/2004/02/skos/core#": "skos:",
    "https://schema.org/": "schema:",
    "http://www.w3.org/ns/prov#": "prov:",
    "http://www.w3.org/ns/oa#": "oa:",
    "http://purl.org/dc/terms/": "dcterms:",
    "http://www.w3.org/2002/07/owl#": "owl:",
    "http://www.wikidata.org/prop/direct/": "wdt:",
    "http://www.w3.org/ns/org#": "org:",
}
_LABEL = ("http://www.w3.org/2000/01/rdf-schema#label",
          "http://www.w3.org/2004/02/skos/core#prefLabel")
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_SCHEMA = "https://schema.org/"
_OA = "http://www.w3.org/ns/oa#"


def curie(iri: str) -> str:
    for ns, prefix in PREFIXES.items():
        if iri.startswith(ns):
            return prefix + iri[len(ns):]
    return iri


def _value(t: Term) -> Any:
    if t.type != "literal":
        return t.value
    dt = t.datatype or ""
    if dt in (_XSD + "integer", _XSD + "nonNegativeInteger", _XSD + "int", _XSD + "long"):
        return int(t.value)
    if dt in (_XSD + "decimal", _XSD + "double", _XSD + "float"):
        f = float(t.value)
        return int(f) if f.is_integer() else f
    if dt == _XSD + "boolean":
        return t.value == "true"
    return t.value


class Describer:
    """Builds entity descriptions from a store."""

    def __init__(self, store: GraphStore, vocab: Vocab, public_base: str | None = None) -> None:
        self.store = store
        self.vocab = vocab
        self.public_base = public_base  # e.g. http://127.0.0.1:8000/ for `url` fields

    def local_url(self, iri: str) -> str | None:
        path = self.vocab.path_of(iri)
        if path is None or self.public_base is None:
            return None
        return self.public_base.rstrip("/") + "/" + path

    def triples(self, iri: str) -> list[tuple[Term, Term, Term]]:
        """Distinct triples: the union default graph repeats a triple held by two graphs."""
        return list(dict.fromkeys(self.store.query(queries.describe(iri)).triples))

    def describe(self, iri: str) -> dict[str, Any] | None:
        triples = self.triples(iri)
        inc = self.store.query(queries.incoming(iri)).rows
        if not triples and not inc:
            return None
        objects = {o.value for s, p, o in triples if o.type == "uri"} | {
            r["s"].value for r in inc
        }
        labels = self._labels(sorted(objects | {iri}))
        own = [(p, o) for s, p, o in triples if s.value == iri]
        children: dict[str, list[tuple[Term, Term]]] = defaultdict(list)
        for s, p, o in triples:
            if s.value != iri:
                children[s.value].append((p, o))

        out: dict[str, Any] = {
            "id": iri,
            "url": self.local_url(iri),
            "types": [curie(o.value) for p, o in own if p.value == _RDF_TYPE],
            "labels": self._lang_map(own),
        }
        claims: dict[str, list[Any]] = defaultdict(list)
        for p, o in own:
            if p.value == _RDF_TYPE or p.value in _LABEL:
                continue
            claims[curie(p.value)].append(self._claim(o, labels, children))
        out["claims"] = dict(claims)
        incoming: dict[str, list[Any]] = defaultdict(list)
        for r in inc:
            incoming[curie(r["p"].value)].append(self._link(r["s"].value, labels))
        out["incoming"] = dict(incoming)
        out["sources"] = [
            {"mention": r["mention"].value, "document": r["document"].value,
             "start": int(r["start"].value), "end": int(r["end"].value),
             "text": r["exact"].value}
            for r in self.store.query(queries.mention_spans(iri)).rows
        ]
        out.update(self._summary(out, own, children, labels))
        return out

    # -- helpers --------------------------------------------------------------------------

    def _labels(self, iris: list[str]) -> dict[str, dict[str, str]]:
        found: dict[str, dict[str, str]] = defaultdict(dict)
        for chunk in range(0, len(iris), 200):
            part = iris[chunk: chunk + 200]
            if not part:
                continue
            for row in self.store.query(queries.labels_of(part)).rows:
                lab = row["label"]
                found[row["s"].value].setdefault(lab.lang or "", lab.value)
        return found

    @staticmethod
    def _lang_map(pairs: list[tuple[Term, Term]]) -> dict[str, str]:
        out: dict[str, str] = {}
        for p, o in pairs:
            if p.value in _LABEL and o.type == "literal":
                out.setdefault(o.lang or "", o.value)
        return out

    def _link(self, iri: str, labels: dict[str, dict[str, str]]) -> dict[str, Any]:
        lab = labels.get(iri, {})
        return {"id": iri, "label": lab.get("zh") or lab.get("en") or lab.get("") or None,
                "url": self.local_url(iri)}

    def _claim(self, o: Term, labels: dict[str, dict[str, str]],
               children: dict[str, list[tuple[Term, Term]]]) -> Any:
        if o.type == "literal":
            c: dict[str, Any] = {"value": _value(o)}
            if o.lang:
                c["lang"] = o.lang
            elif o.datatype and o.datatype != _XSD + "string":
                c["datatype"] = curie(o.datatype).replace(_XSD, "xsd:")
            return c
        link = self._link(o.value, labels)
        if o.value in children:  # an embedded node (#quantity, #target): inline it
            link["properties"] = {
                curie(p.value): _value(v) for p, v in children[o.value] if p.value != _RDF_TYPE
            }
            link["types"] = [curie(v.value) for p, v in children[o.value] if p.value == _RDF_TYPE]
        return link

    def _summary(self, out: dict[str, Any], own: list[tuple[Term, Term]],
                 children: dict[str, list[tuple[Term, Term]]],
                 labels: dict[str, dict[str, str]]) -> dict[str, Any]:
        """Flat convenience fields for targets and actuals: value, unit, region, report…"""
        if not {"Target", "Actual"} & set(out["types"]):
            return {}
        props = {curie(p.value): o for p, o in own}
        q = children.get(props["quantity"].value, []) if "quantity" in props else []
        qp = {curie(p.value): _value(o) for p, o in q}
        value: Any = qp.get("schema:value")
        if value is None and "schema:minValue" in qp and "schema:maxValue" in qp:
            value = [qp["schema:minValue"], qp["schema:maxValue"]]
        elif value is None:
            value = qp.get("schema:minValue", qp.get("schema:maxValue"))
        report = props.get("setBy") or props.get("reportedIn")

        def tail(key: str) -> str | None:
            t = props.get(key)
            return t.value.rsplit("/", 1)[-1] if t else None

        return {
            "value": value,
            "min_value": qp.get("schema:minValue"),
            "max_value": qp.get("schema:maxValue"),
            "unit": qp.get("schema:unitText"),
            "normalized": qp.get("gr:normalizedValue", qp.get("normalizedValue")),
            "currency": qp.get("schema:currency"),
            "text": qp.get("surfaceText"),
            "comparator": tail("comparator"),
            "kind": tail("kind"),
            "commitment": tail("commitment"),
            "indicator": self._link(props["indicator"].value, labels)
            if "indicator" in props else None,
            "region": self._link(props["region"].value, labels) if "region" in props else None,
            "report": self._link(report.value, labels) if report else None,
        }
