"""Quantities, comparators and normalisation, table-tested on phrasings of many reports."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kg.numbers import find_quantities, normalize_amount, parse_number


@pytest.mark.parametrize(("text", "value", "unit", "comparator", "normalized", "currency"), [
    ("实际利用外资8000万美元以上", 8000, "万美元", "at_least", 80_000_000, "USD"),
    ("完成投资35亿元左右", 35, "亿元", "about", 3_500_000_000, "CNY"),
    ("不低于95%", 95, "%", "at_least", 95, None),
    ("控制在3.5%以内", 3.5, "%", "at_most", 3.5, None),
    ("不超过200万元", 200, "万元", "at_most", 2_000_000, "CNY"),
    ("超过1.5万人", 1.5, "万人", "at_least", 15_000, None),
    ("约120公里", 120, "公里", "about", 120, None),
    ("突破500亿元", 500, "亿元", "at_least", 50_000_000_000, "CNY"),
    ("新建一百二十个", 120, "个", "exactly", 120, None),
    ("两千亩", 2000, "亩", "exactly", 2000, None),
    ("百分之六", 6, "%", "exactly", 6, None),
    ("三万人", 3, "万人", "exactly", 30_000, None),
    ("提高0.5个百分点", 0.5, "百分点", "exactly", 0.5, None),
    ("１２０００套", 12000, "套", "exactly", 12000, None),
    ("1,200户", 1200, "户", "exactly", 1200, None),
    ("超10亿", 10, "亿元", "at_least", 1_000_000_000, "CNY"),
    ("7亿方", 7, "亿方", "exactly", 700_000_000, None),
    ("5000万方以上", 5000, "万方", "at_least", 50_000_000, None),
])
def test_single_quantity(text: str, value: float, unit: str, comparator: str,
                         normalized: float, currency: str | None) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.unit, q.comparator, q.normalized, q.currency) == (
        value, unit, comparator, normalized, currency)


@pytest.mark.parametrize(("text", "lo", "hi", "unit"), [
    ("增长5.5-6%", 5.5, 6, "%"),
    ("增长5%—6%", 5, 6, "%"),
    ("增长6%至6.5%", 6, 6.5, "%"),
    ("新增3到5家", 3, 5, "家"),
])
def test_ranges(text: str, lo: float, hi: float, unit: str) -> None:
    (q,) = find_quantities(text)
    assert q.value == (lo, hi) and q.unit == unit and q.comparator == "range"


def test_change_of_level_is_not_a_range() -> None:
    qs = find_quantities("由45%提高到50%")
    assert [q.value for q in qs] == [45, 50]
    assert all(q.comparator == "exactly" for q in qs)


@pytest.mark.parametrize("text", ["2024年", "5月20日", "1号线", "110千伏", "5G网络", "春雨937",
                                  "“20+10+7”", "4A级景区", "十四五"])
def test_not_quantities(text: str) -> None:
    assert find_quantities(text) == []


def test_span_covers_comparator_words() -> None:
    text = "确保不低于90%的覆盖率"
    (q,) = find_quantities(text)
    assert text[q.start:q.end] == "不低于90%"


def test_parse_number_forms() -> None:
    assert parse_number("1,234.5") == 1234.5
    assert parse_number("二〇二五") == 2025
    assert parse_number("十五") == 15
    with pytest.raises(ValueError):
        parse_number("")


def test_normalize_money_and_prefixed_units() -> None:
    assert normalize_amount(13, "亿元") == (1_300_000_000, "CNY")
    assert normalize_amount(5000, "万美元") == (50_000_000, "USD")
    assert normalize_amount(1.2, "万人") == (12_000, None)
    assert normalize_amount(7, "%") == (7, None)


@given(st.text(max_size=200))
def test_find_quantities_never_raises_and_spans_are_in_bounds(text: str) -> None:
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(text)


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("完成食品定量检测4800批次", "4800批次", "批次"),
    ("定性检测30万批次以上", "30万批次以上", "万批次"),
    ("航班起降1.2万架次", "1.2万架次", "万架次"),
    ("新增路灯300盏", "300盏", "盏"),
])
def test_counts_of_batches_flights_and_lamps(text: str, span: str, unit: str) -> None:
    from kg.numbers import find_quantities

    (q,) = find_quantities(text)
    assert (text[q.start:q.end], q.unit) == (span, unit)


@pytest.mark.parametrize(("text", "found"), [
    ("GDP突破百亿元", [("突破百亿元", 100, "亿元", "at_least")]),
    ("营收稳定在千亿元以上", [("千亿元以上", 1000, "亿元", "at_least")]),
    ("打造千亿元园区", []),                                   # a class of parks
    ("产量稳定在百万吨以上", [("百万吨以上", 100, "万吨", "at_least")]),
    ("建设百万亩油茶基地", []),                               # a class of bases
    ("推进100余万平方米厂房建设", [("100余万平方米", 100, "万平方米", "at_least")]),
    ("接待游客三十多万人次", [("三十多万人次", 30, "万人次", "at_least")]),
    ("签约一批项目", [("一批", 1, "批", "exactly")]),        # 约 of 签约 is not "about"
    ("发电量达到640亿度左右", [("640亿度左右", 640, "亿度", "about")]),
    ("能耗降至0.34吨标准煤/万元", [("降至0.34吨标准煤/万元", 0.34, "吨标准煤/万元", "at_most")]),
])
def test_bare_hundreds_kilowatt_hours_energy_intensity_and_signing(
        text: str, found: list[tuple[str, float, str, str]]) -> None:
    from kg.numbers import find_quantities

    assert [(text[q.start:q.end], q.value, q.unit, q.comparator)
            for q in find_quantities(text)] == found


def test_a_trillion_with_its_one_left_out() -> None:
    found = [(q.value, q.unit, q.comparator) for q in find_quantities("推动数字经济规模突破万亿元，总量破万亿。")]
    assert found == [(1, "万亿元", "at_least"), (1, "万亿元", "at_least")]
    assert find_quantities("培育万亿级产业集群。") == []
    assert [q.comparator for q in find_quantities("打破10项纪录。")] == ["exactly"]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("建设县乡村公路200千米", 200, "千米"),       # 千米 is a unit, not 千 × 米
    ("新增装机100千瓦", 100, "千瓦"),
    ("改造危旧房400万m2", 400, "万m2"),          # square metres as a page writes them
    ("整治小区70万㎡", 70, "万㎡"),
    ("两千人", 2000, "人"),
])
def test_kilo_units_and_square_metres(text: str, value: float, unit: str) -> None:
    (q,) = find_quantities(text)
    assert (q.value, q.unit) == (value, unit)


def test_doubling_is_a_quantity_in_fan_but_a_phrase_is_not() -> None:
    found = find_quantities("生产总值比上年翻一番以上，收入翻两番。别有一番风味。")
    assert [(q.value, q.unit, q.comparator) for q in found] == [(1, "番", "at_least"), (2, "番", "exactly")]


def test_a_concentration_in_micrograms_is_a_unit() -> None:
    from kg.numbers import find_quantities
    assert [(q.value, q.unit) for q in find_quantities("年均浓度低于35μg/m3")] == [(35, "μg/m3")]


@pytest.mark.parametrize(("text", "expected"), [
    ("举办促消费活动百场以上", [(100, "场", "at_least")]),  # a hundred with its comparator
    ("培育千家以上", [(1000, "家", "at_least")]),
    ("百家争鸣，千场好戏", []),  # sayings: no comparator, no count
    ("抓好甲等2800多个拟投产项目", [(2800, "个", "exactly")]),  # X多个: as written
    ("建成100余万平方米", [(100, "万平方米", "at_least")]),
    ("培训60多名网格员", []),  # people: left alone
])
def test_bare_hundreds_and_more_than_before_a_count_unit(text: str, expected: list) -> None:
    assert [(q.value, q.unit, q.comparator) for q in find_quantities(text)] == expected


def test_wells_and_pits_are_counted_in_kou() -> None:
    s = "新建农村沼气池1.2万口，打抗旱机井300口，常住人口增长1%。"
    assert [(s[q.start:q.end], q.value, q.unit) for q in find_quantities(s)] == [
        ("1.2万口", 1.2, "万口"), ("300口", 300, "口"), ("1%", 1, "%")]


def test_roads_of_about_a_length_and_a_treaty() -> None:
    s = "推进8条约620公里高速公路建设，落实合作条约300项。"
    assert [(s[q.start:q.end], q.comparator) for q in find_quantities(s)] == [
        ("8条", "exactly"), ("约620公里", "about"), ("300项", "exactly")]


def test_a_spoken_hundred_million_and_counts_of_projects_of_that_class() -> None:
    s = "产值突破30个亿，引进10个亿元以上项目，建设3个亿元级产业园。"
    assert [(s[q.start:q.end], q.value, q.unit, q.normalized) for q in find_quantities(s)] == [
        ("突破30个亿", 30, "亿元", 3_000_000_000), ("10个", 10, "个", 10), ("3个", 3, "个", 3)]


def test_a_rate_per_month_or_per_mu_keeps_its_unit() -> None:
    found = find_quantities("待遇由人均800元/月提高到1560元/月，补贴标准为每亩120元/亩")
    assert [(q.value, q.unit) for q in found] == [(800, "元/月"), (1560, "元/月"), (120, "元/亩")]


def test_ten_thousands_of_people_named_after_the_wan() -> None:
    text = "今年将完成8.7万建卡贫困人口搬迁，160多万贫困户将基本脱贫，惠及1.5万群众。"
    got = [(text[q.start:q.end], q.value, q.unit, q.comparator) for q in find_quantities(text)]
    assert got == [("8.7万", 8.7, "万人", "exactly"), ("160多万", 160.0, "万户", "exactly")]
