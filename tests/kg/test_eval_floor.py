"""The extractor's scores on the hand-annotated corpus must not fall below these floors.

Floors are set a little under the scores measured when they were last raised (see
`kg eval tests/corpus`); raise them when the extractor improves, never lower them silently.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate import evaluate

CORPORA = {
    "corpus": Path(__file__).resolve().parents[1] / "corpus",
    "corpus_holdout": Path(__file__).resolve().parents[1] / "corpus_holdout",
    "corpus_blind": Path(__file__).resolve().parents[1] / "corpus_blind",
}

# one floor for all three sets: a little under the lowest of them (places and industries:
# the set written blind, tests/corpus_blind)
FLOORS = {
    ("goals", "precision"): 0.98,
    ("goals", "recall"): 0.98,
    ("projects", "f1"): 0.94,
    ("places", "f1"): 0.85,
    ("industries", "f1"): 0.86,
}
ACCURACY_FLOORS = {"comparator": 0.98, "kind": 0.98, "qualifier": 0.97, "region_code": 0.98}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def scores(request: pytest.FixtureRequest):
    total, per_file = evaluate(CORPORA[request.param])
    assert len(per_file) >= 8
    return total


@pytest.mark.parametrize(("field", "metric"), sorted(FLOORS))
def test_field_floor(scores, field: str, metric: str) -> None:
    value = getattr(scores.fields[field], metric)
    assert value >= FLOORS[(field, metric)], f"{field} {metric} fell to {value:.3f}"


@pytest.mark.parametrize("attr", sorted(ACCURACY_FLOORS))
def test_attribute_accuracy_floor(scores, attr: str) -> None:
    assert scores.accuracy(attr) >= ACCURACY_FLOORS[attr]
