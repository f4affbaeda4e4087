"""Industry rules on sentences written for these tests (not corpus text)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _industries(extractor: Extractor, text: str) -> list[str]:
    return [i.name for i in extractor.extract(text, year=2025).industries]


def test_park_named_after_an_industry_is_not_a_promise(extractor: Extractor) -> None:
    assert _industries(extractor, "支持东区建设化工产业集聚区，推进西城新材料产业园建设。") == []


def test_second_verb_is_stripped(extractor: Extractor) -> None:
    assert _industries(extractor, "培育壮大新兴产业。") == []
    assert "数字经济" in _industries(extractor, "培育壮大数字经济。")


def test_negated_industry_is_not_one(extractor: Extractor) -> None:
    assert _industries(extractor, "非煤产业增加值增长10%。") == []
