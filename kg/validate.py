"""Graph + SHACL shapes → validation result (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pyshacl import validate as shacl_validate
from rdflib import Graph
from rdflib.collection import Collection

import ontology
from kg.report_graph import report_graph


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    text: str  # pyshacl's human-readable report
    report: Graph  # the sh:ValidationReport graph

    @property
    def violation_count(self) -> int:
        from kg.ns import SH

        return len(set(self.report.subjects(predicate=SH.resultSeverity)))


class _ParameterList(list):  # type: ignore[type-arg]
    """pyshacl's list of constraint parameters, with membership looked up in a set."""

    def __init__(self, items: list[object]) -> None:
        super().__init__(items)
        self._set = frozenset(items)

    def __contains__(self, item: object) -> bool:
        return item in self._set


def _speed_up_pyshacl() -> None:
    """pyshacl (0.40) looks up every predicate of a shape in a *list* of ~40 constraint
    parameters, once per shape per focus node: a quarter of the validation time of a report
    went into ``URIRef.__eq__``. It caches that list on its ``shape`` module; a list whose
    ``in`` uses a set gives the same answers in O(1) and is still a list for its other uses."""
    import pyshacl.shape
    from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP

    pyshacl.shape.CONSTRAINT_PARAMS = (  # type: ignore[attr-defined]
        _ParameterList(list(ALL_CONSTRAINT_PARAMETERS)), CONSTRAINT_PARAMETERS_MAP)


_speed_up_pyshacl()


@cache
def shapes_graph() -> Graph:
    """All SHACL shapes of ontology/shapes/, parsed once."""
    g = Graph()
    for f in sorted(ontology.path("shapes").iterdir(), key=lambda p: p.name):
        if f.name.endswith(".ttl"):
            g.parse(data=f.read_text(encoding="utf-8"), format="turtle")
    return g


_TARGETS = ("targetClass", "targetNode", "targetObjectsOf", "targetSubjectsOf")
_SHAPE_REFERENCES = ("node", "and", "or", "not", "xone", "qualifiedValueShape")


@cache
def validation_shapes() -> Graph:
    """The shapes as pyshacl runs them: each property shape of a targeted node shape gets the
    node shape's targets itself, instead of being reached through ``sh:property``.

    The same constraints on the same focus nodes (SHACL 1.0 §2.1: a property shape with a
    target validates each focus node), so the verdict and the violations are the same; only
    ``sh:sourceShape`` names the property shape. Why: pyshacl validates a ``sh:property``
    nested in a node shape once per focus node, building its constraint objects each time,
    but a targeted property shape once for all focus nodes; for a report graph that is 2.5×
    faster. Node shapes that are also used by reference (``sh:node``, members of ``sh:or``
    lists…), closed or deactivated keep their form."""
    from kg.ns import SH

    authored = shapes_graph()
    flat = report_graph()
    for triple in authored:
        flat.add(triple)
    referenced = set()
    for ref in _SHAPE_REFERENCES:
        for o in authored.objects(None, SH[ref]):
            # sh:and/or/xone take a list of shapes: its members are the references
            members = list(Collection(authored, o)) if ref in ("and", "or", "xone") else [o]
            referenced.update(members)
    special = set(authored.subjects(SH.closed, None)) | set(authored.subjects(SH.deactivated, None))
    for node_shape in set(authored.subjects(SH.property, None)) - referenced - special:
        targets = [(SH[t], o) for t in _TARGETS for o in authored.objects(node_shape, SH[t])]
        if not targets:
            continue
        for prop in list(authored.objects(node_shape, SH.property)):
            flat.remove((node_shape, SH.property, prop))
            for predicate, target in targets:
                flat.add((prop, predicate, target))
    return flat


def validate(data: Graph) -> ValidationResult:
    """Validate ``data`` against the shapes. No inference: the ingester asserts every type,
    and controlled lists are checked with sh:in, so the ontology need not be mixed in."""
    conforms, report, text = shacl_validate(
        data,
        shacl_graph=validation_shapes(),
        inference="none",
        inplace=True,  # no inference, so nothing is added to ``data``; skips a full copy
        allow_warnings=True,
    )
    return ValidationResult(bool(conforms), str(text), report)
