"""Graph + SHACL shapes → validation result (pyshacl)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from pyshacl import validate as shacl_validate
from rdflib import Graph

import ontology


@dataclass(frozen=True)
class ValidationResult:
    conforms: bool
    text: str  # pyshacl's human-readable report
    report: Graph  # the sh:ValidationReport graph

    @property
    def violation_count(self) -> int:
        from kg.ns import SH

        return len(set(self.report.subjects(predicate=SH.resultSeverity)))


def _speed_up_pyshacl() -> None:
    """pyshacl (0.40) looks up every predicate of a shape in a *list* of ~40 constraint
    parameters, once per shape per focus node: a quarter of the validation time of a report
    went into ``URIRef.__eq__``. It caches that list on its ``shape`` module; putting a set
    there gives the same answers (order comes from the shape, not from this collection) in
    O(1). Safe as long as js/advanced mode, which would ``.append`` to it, stay off (they are)."""
    import pyshacl.shape
    from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS, CONSTRAINT_PARAMETERS_MAP

    pyshacl.shape.CONSTRAINT_PARAMS = (  # type: ignore[attr-defined]
        frozenset(ALL_CONSTRAINT_PARAMETERS), CONSTRAINT_PARAMETERS_MAP)


_speed_up_pyshacl()


@cache
def shapes_graph() -> Graph:
    """All SHACL shapes of ontology/shapes/, parsed once."""
    g = Graph()
    for f in sorted(ontology.path("shapes").iterdir(), key=lambda p: p.name):
        if f.name.endswith(".ttl"):
            g.parse(data=f.read_text(encoding="utf-8"), format="turtle")
    return g


def validate(data: Graph) -> ValidationResult:
    """Validate ``data`` against the shapes. No inference: the ingester asserts every type,
    and controlled lists are checked with sh:in, so the ontology need not be mixed in."""
    conforms, report, text = shacl_validate(
        data,
        shacl_graph=shapes_graph(),
        inference="none",
        inplace=True,  # no inference, so nothing is added to ``data``; skips a full copy
        allow_warnings=True,
    )
    return ValidationResult(bool(conforms), str(text), report)
