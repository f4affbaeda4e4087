"""pyshacl's verdict on each example graph is pinned, and each invalid example fails for the
one constraint it was written to break."""

from __future__ import annotations

import pytest
from rdflib import Graph, URIRef

import ontology
from kg.ns import SH
from kg.validate import validate

GR = "https://w3id.org/govreport-kg/def/"
OA = "http://www.w3.org/ns/oa#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"

# file → the property path (or the sh:message, or None for a SPARQL constraint) whose violation is expected
EXPECTED = {
    "report-year-out-of-range.ttl": GR + "planYear",
    "quantity-unit-not-in-list.ttl": SCHEMA + "unitText",
    "target-comparator-not-in-list.ttl": GR + "comparator",
    "region-code-not-six-digits.ttl": GR + "divisionCode",
    "target-without-provenance.ttl": PROV + "wasDerivedFrom",
    "mention-span-ends-before-start.ttl": OA + "start",
    "quantity-negative.ttl": SCHEMA + "minValue",
    "target-without-report.ttl": GR + "setBy",
    "mention-target-without-source.ttl": OA + "hasSource",
    "quantity-without-value.ttl": "A quantity needs a value, a minimum or a maximum.",  # sh:message
}


def _load(kind: str, name: str) -> Graph:
    return Graph().parse(data=ontology.path("examples", kind, name).read_text("utf-8"),
                         format="turtle")


def test_valid_example_conforms() -> None:
    result = validate(_load("valid", "target.ttl"))
    assert result.conforms, result.text


def test_every_invalid_example_is_pinned() -> None:
    files = {f.name for f in ontology.path("examples", "invalid").iterdir()
             if f.name.endswith(".ttl")}
    assert files == set(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_invalid_example_fails_for_its_constraint(name: str) -> None:
    result = validate(_load("invalid", name))
    assert not result.conforms
    paths = {str(p) for p in result.report.objects(None, SH.resultPath)}
    paths |= {str(m) for m in result.report.objects(None, SH.resultMessage)}
    expected = EXPECTED[name]
    if expected is None:
        components = set(result.report.objects(None, SH.sourceConstraintComponent))
        assert URIRef(str(SH) + "SPARQLConstraintComponent") in components
    else:
        assert expected in paths, result.text


def test_shapes_accept_every_unit_the_parser_emits() -> None:
    import re

    from kg.numbers import EMITTED_UNITS, canonical_unit
    from kg.validate import shapes_graph

    patterns = [str(p) for p in shapes_graph().objects(None, SH.pattern) if "百分点" in str(p)]
    assert len(patterns) == 1
    unit_re = re.compile(patterns[0])
    missing = {canonical_unit(u) for u in EMITTED_UNITS if not unit_re.match(canonical_unit(u))}
    assert not missing, f"run scripts/gen_unit_list.py: {sorted(missing)}"
    assert not unit_re.match("furlongs") and not unit_re.match("亿元x")


def test_every_corpus_report_conforms(pipeline) -> None:
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[1] / "corpus" / "reports"
    for f in sorted(corpus.glob("*.txt")):
        _, _, graph = pipeline.build(f)
        result = validate(graph)
        assert result.conforms, f"{f.name}\n{result.text[:2000]}"


def _violations(report: Graph) -> set[tuple[str, str, str]]:
    return {(str(report.value(r, SH.focusNode)), str(report.value(r, SH.resultPath)),
             str(report.value(r, SH.sourceConstraintComponent)))
            for r in report.subjects(SH.resultSeverity, None)}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_flattened_shapes_find_what_the_authored_shapes_find(name: str) -> None:
    """kg.validate runs the property shapes with their node shape's targets (faster in
    pyshacl); on every example it must report exactly what the shapes as written report."""
    from pyshacl import validate as shacl_validate

    from kg.validate import shapes_graph

    data = _load("invalid", name)
    ours = validate(data)
    conforms, report, _ = shacl_validate(data, shacl_graph=shapes_graph(), inference="none",
                                         allow_warnings=True)
    assert ours.conforms == conforms is False
    assert _violations(ours.report) == _violations(report)


def test_pyshacl_speed_up_keeps_its_parameter_list() -> None:
    """kg.validate swaps pyshacl's list of constraint parameters for one with a set lookup:
    same members, same order, still a list."""
    import pyshacl.shape
    from pyshacl.constraints import ALL_CONSTRAINT_PARAMETERS

    import kg.validate  # noqa: F401  (applies the speed-up)

    params = pyshacl.shape.CONSTRAINT_PARAMS[0]
    assert isinstance(params, list) and list(params) == list(ALL_CONSTRAINT_PARAMETERS)
    assert all(p in params for p in ALL_CONSTRAINT_PARAMETERS) and SH.foo not in params
