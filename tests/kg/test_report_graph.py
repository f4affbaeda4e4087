"""The report graph's lighter store gives the same triples, serializations and SHACL
verdicts as rdflib's default store."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.pipeline import Pipeline
from kg.report_graph import OneGraphMemory, report_graph
from kg.validate import validate

ROOT = Path(__file__).resolve().parents[2]
REPORTS = sorted((ROOT / "tests" / "corpus" / "reports").glob("*.txt"))[:4]


def _copies(triples: list) -> tuple[Graph, Graph]:  # type: ignore[type-arg]
    default, light = Graph(), report_graph()
    for t in triples:
        default.add(t)
        light.add(t)
    return default, light


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_built_graph_uses_the_light_store_and_serializes_the_same(path: Path) -> None:
    _, _, built = Pipeline().build(path)
    assert isinstance(built.store, OneGraphMemory)
    default, light = _copies(list(built))
    assert len(light) == len(default) > 500
    for fmt in ("nt", "turtle", "json-ld"):
        assert isomorphic(Graph().parse(data=light.serialize(format=fmt), format=fmt),
                          Graph().parse(data=default.serialize(format=fmt), format=fmt)), fmt


@pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.stem)
def test_shacl_reports_the_same_violations_on_both_stores(path: Path) -> None:
    _, _, built = Pipeline().build(path)
    triples = list(built)
    rng = random.Random(path.stem)
    for _ in range(3):  # drop triples at random until something required is missing
        drop = set(rng.sample(triples, 25))
        default, light = _copies([t for t in triples if t not in drop])
        a, b = validate(default), validate(light)
        assert not a.conforms
        assert (a.conforms, sorted(a.text.splitlines())) == (b.conforms, sorted(b.text.splitlines()))


def test_ntriples_lines_are_rdflib_nt_lines() -> None:
    from rdflib import Literal, URIRef

    from kg.pipeline import ntriples_lines

    _, _, built = Pipeline().build(REPORTS[0])
    built.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"),
               Literal('a "quote" \\ back\nline\r\x0c\u2028 end', lang="zh")))
    built.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal(1.5)))
    expected = [line for line in built.serialize(format="nt").split("\n") if line]
    assert sorted(ntriples_lines(built)) == sorted(expected)  # read from the light store's index
    assert sorted(ntriples_lines(_copies(list(built))[0])) == sorted(expected)  # any other Graph
    assert len(expected) == len(built)


def test_every_triple_pattern_finds_the_same_triples_on_both_stores() -> None:
    _, _, built = Pipeline().build(REPORTS[0])
    default, light = _copies(list(built))
    light.add(next(iter(built)))  # adding a triple again changes nothing
    assert len(light) == len(default)
    rng = random.Random(7)
    for s, p, o in rng.sample(list(built), 40):
        for pattern in ((s, None, None), (None, p, None), (None, None, o), (s, p, None),
                        (None, p, o), (s, None, o), (s, p, o)):
            assert sorted(light.triples(pattern)) == sorted(default.triples(pattern)), pattern
