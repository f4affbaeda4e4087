"""Extraction on texts written for these tests (other regions, years and phrasings) and on
the seed. Every expected value below was read off the text by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import Extraction, Extractor

DATA = Path(__file__).resolve().parent.parent / "data"
SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_2ac18dfb8867e55f.txt"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _goals(ex: Extraction) -> dict[str, tuple]:
    return {g.text: (g.value, g.unit, g.comparator, g.qualifier, g.kind) for g in ex.goals}


def test_full_report_targets_and_actuals(extractor: Extractor) -> None:
    text = (DATA / "full_report_2024.txt").read_text("utf-8")
    ex = extractor.extract(text, year=2024)
    assert _goals(ex) == {
        "5.5%左右": (5.5, "%", "about", "expected", "growth"),
        "6%以上": (6, "%", "at_least", "expected", "growth"),
        "8%": (8, "%", "exactly", "expected", "growth"),
        "6.5%": (6.5, "%", "exactly", "expected", "growth"),
        "控制在5.5%以内": (5.5, "%", "at_most", "expected", "share"),
        "3%左右": (3, "%", "about", "expected", "growth"),
        "3%": (3, "%", "exactly", "expected", "reduction"),
        "50万吨以上": (50, "万吨", "at_least", "expected", "level"),
        "30个": (30, "个", "exactly", "ensure", "count"),
        "1.2亿美元": (1.2, "亿美元", "exactly", "strive", "level"),
        "50家": (50, "家", "exactly", None, "increment"),  # 新增 starts a new predicate
        "1500个": (1500, "个", "exactly", None, "count"),
        "12所": (12, "所", "exactly", None, "increment"),
        "8000个以上": (8000, "个", "at_least", None, "increment"),
        "62%": (62, "%", "exactly", None, "share"),
        "7%": (7, "%", "exactly", None, "growth"),
        "8%以上": (8, "%", "at_least", None, "growth"),
    }
    # last year's figures are kept apart
    assert [a.text for a in ex.actuals] == ["5.8%", "128亿元", "2.1万人"]
    assert [p.name for p in ex.projects] == ["滨江大道", "科创中心", "第二水厂"]
    money = next(g for g in ex.goals if g.unit == "亿美元")
    assert (money.normalized, money.currency, money.indicator) == (120_000_000, "USD", "实际利用外资")


def test_spans_quote_the_input(extractor: Extractor) -> None:
    text = (DATA / "full_report_2024.txt").read_text("utf-8")
    ex = extractor.extract(text, year=2024)
    for m in [*ex.goals, *ex.actuals]:
        assert text[m.start:m.end] == m.text
    for n in [*ex.projects, *ex.places, *ex.industries]:
        assert text[n.start:n.end] == n.text


def test_news_summary_with_chinese_numerals_and_distractors(extractor: Extractor) -> None:
    text = (DATA / "county_news_2025.txt").read_text("utf-8")
    ex = extractor.extract(text, year=2025)
    assert _goals(ex) == {
        "6%": (6, "%", "exactly", "expected", "growth"),
        "一百二十亿元": (120, "亿元", "exactly", "strive", "level"),
        # 新增 starts a new predicate, so 力争 no longer governs what follows
        "不少于三千户": (3000, "户", "at_least", None, "increment"),
        "0.3个百分点": (0.3, "百分点", "exactly", None, "percentage_point"),
    }
    assert ex.report.speaker == "王建国" and ex.report.speaker_role == "县长"
    assert [p.name for p in ex.places] == ["临江经济开发区", "白鹭湖片区"]
    assert {i.name for i in ex.industries} == {"新能源", "生物医药"}
    # 依托现有15家 is existing stock; 1号线, 第五幼儿园, 三级医院 are no numbers at all
    assert [a.text for a in ex.actuals] == ["15家"]


def test_one_predicate_several_values(extractor: Extractor) -> None:
    ex = extractor.extract("2024年，力争农业、工业增加值分别增长4%、7%以上。", year=2024)
    # the trailing 以上 speaks for both values of the 分别 list
    assert [(g.value, g.comparator, g.kind) for g in ex.goals] == [
        (4, "at_least", "growth"), (7, "at_least", "growth")]


def test_traditional_characters(extractor: Extractor) -> None:
    text = "今年確保實際利用外資增長10%以上，新建保障性住房三千套。"
    ex = extractor.extract(text, year=2024)
    assert [(g.text, g.value, g.unit, g.kind) for g in ex.goals] == [
        ("10%以上", 10, "%", "growth"), ("三千套", 3000, "套", "increment")]


def test_seed_targets(extractor: Extractor) -> None:
    """The 17 forward-looking numeric targets of the seed, read off the text by hand."""
    ex = extractor.extract(SEED.read_text("utf-8"), year=2020)
    got = {(g.text, g.value, g.unit) for g in ex.goals}
    assert got == {
        ("2500亩", 2500, "亩"), ("2400亩", 2400, "亩"), ("60个", 60, "个"), ("49个", 49, "个"),
        ("14个", 14, "个"), ("5个", 5, "个"), ("13亿元以上", 13, "亿元"),
        ("30项以上", 30, "项"), ("6家", 6, "家"), ("3家", 3, "家"), ("6%以上", 6, "%"),
        ("120亿元", 120, "亿元"), ("5000万美元以上", 5000, "万美元"), ("12%以上", 12, "%"),
        ("21个", 21, "个"), ("4000个以上", 4000, "个"),
    }
    assert len(ex.goals) == 17  # two distinct 5个 targets
    by_text = {g.text: g for g in ex.goals}
    assert by_text["13亿元以上"].normalized == 1_300_000_000
    assert by_text["13亿元以上"].kind == "reduction"
    assert by_text["5000万美元以上"].comparator == "at_least"
    assert by_text["5000万美元以上"].currency == "USD"
    assert by_text["4000个以上"].kind == "increment"


_ALPHABET = list("增长确保力争以上左右亿元万个家%1234567890.，。、等项目片区产业一二三新\n ")


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=120))
def test_extractor_never_raises_and_offsets_slice_back(text: str) -> None:
    ex = Extractor().extract(text, year=2024)
    for m in [*ex.goals, *ex.actuals]:
        assert text[m.start:m.end] == m.text
    for n in [*ex.projects, *ex.places, *ex.industries]:
        assert text[n.start:n.end] == n.text


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=200))
def test_extractor_never_raises_on_any_text(text: str) -> None:
    ex = Extractor().extract(text, year=2024)
    for m in [*ex.goals, *ex.actuals, *ex.projects, *ex.places, *ex.industries]:
        assert text[m.start:m.end] == m.text


def _texts(items) -> set[str]:
    return {g.text for g in items}


def test_review_section_figures_are_actuals(extractor: Extractor) -> None:
    # 完成…确定的目标任务, 超预期, 重要 and 由…增加到2016年的… say nothing about the future.
    text = (
        "一、2016年工作回顾\n"
        "一年来，面对超预期的困难，县政府较好完成了县人大会议确定的各项目标任务。"
        "全县生产总值完成88.8亿元，增长7.7%。\n"
        "财政收入由2012年的3.3亿元增加到2016年的5.5亿元，成为重要支撑。"
        "五年新建学校12所。\n"
        "二、2017年工作安排\n"
        "全县生产总值增长8%，基本恢复到2015年水平。\n"
    )
    ex = extractor.extract(text, year=2017)
    assert _texts(ex.goals) == {"8%"}
    assert {"88.8亿元", "7.7%", "5.5亿元", "12所"} <= _texts(ex.actuals)


def test_numbers_that_are_not_targets(extractor: Extractor) -> None:
    text = (
        "二、2021年主要任务\n"
        "继续办好八件惠民实事。推动30户以上自然村通硬化路。"
        "推进某县20万千瓦风光互补电站建设，全年新增光伏装机15万千瓦。"
        "本次大会为期两天。\n"
        "一位合作社负责人告诉记者，今年计划新建冷库5座。\n"
        "依托现有9个工业园区，依托铁路口岸开行国际班列800列以上。\n"
        "人口自然增长率控制在6%以内。\n"
    )
    ex = extractor.extract(text, year=2021)
    goals = {g.text: g for g in ex.goals}
    assert set(goals) == {"15万千瓦", "800列以上", "控制在6%以内"}
    assert goals["控制在6%以内"].kind == "share"


def test_qualifier_ends_at_a_clause_with_its_own_verb(extractor: Extractor) -> None:
    text = (
        "二、2022年重点工作\n"
        "全年游客接待量力争达到900万人次，旅游综合收入增长15%。"
        "确保完成项目投资60亿元、外资3000万美元以上。"
        "力争新增上市企业2家，本地6个乡镇实现脱贫摘帽。"
        "快递业务量力争突破2亿件，邮政收入突破5亿元。\n"
        "2022年全县主要预期目标是：生产总值增长7%，财政收入增长6%，城镇登记失业率控制在4%以内。\n"
    )
    ex = extractor.extract(text, year=2022)
    q = {g.text: g.qualifier for g in ex.goals}
    assert q["900万人次"] == "strive" and q["15%"] is None
    assert q["60亿元"] == q["3000万美元以上"] == "ensure"
    assert q["2家"] == "strive" and q["6个"] is None
    assert q["突破2亿件"] == "strive" and q["突破5亿元"] is None
    assert q["7%"] == q["6%"] == q["控制在4%以内"] == "expected"


def test_kinds_of_new_verbs_reductions_and_firms(extractor: Extractor) -> None:
    text = (
        "二、2020年重点工作\n"
        "新栽茶园3万亩、改造老茶园2万亩。新批内资项目40个。"
        "新增风电装机60万千瓦，其中海上风电20万千瓦。引进亿元以上项目30个，其中5亿元以上项目6个。"
        "不动产登记时间压缩至5个工作日以内。调减籽粒玉米1万亩，审批事项再精简15%。"
        "培育农业龙头企业4户，改造农村危房800户。\n"
    )
    ex = extractor.extract(text, year=2020)
    k = {g.text: g.kind for g in ex.goals}
    assert k["3万亩"] == "increment" and k["2万亩"] == "level"
    assert k["40个"] == "increment"
    assert k["20万千瓦"] == "increment" and k["6个"] == "count"
    assert k["5个工作日以内"] == "level"
    assert k["1万亩"] == k["15%"] == "reduction"
    assert k["4户"] == "count" and k["800户"] == "level"


def test_two_counties_in_one_news_piece(extractor: Extractor) -> None:
    # 湖州市 330500 with 安吉县 330523 and 长兴县 330522 (made-up figures).
    text = (
        "安吉长兴两县报告出炉：安吉GDP预期增长7%左右　长兴GDP力争突破900亿元\n"
        "本报讯 安吉县、长兴县人代会近日召开。\n"
        "安吉：今年地区生产总值增长7%左右，新增市场主体5000家。\n"
        "长兴：今年地区生产总值力争突破900亿元。\n"
        "问：今年安吉的底气从何而来？\n"
        "张明：今年全县计划实施重点项目90个。\n"
        "两县共同发力\n"
        "两县今年分别计划新增城镇就业3000人、3500人。\n"
    )
    ex = extractor.extract(text, year=2023, region_name="湖州市", region_code="330500")
    regions = [(g.text, g.region_code) for g in ex.goals]
    assert regions[:2] == [("7%左右", "330523"), ("突破900亿元", "330522")]
    assert ("90个", "330523") in regions
    assert ("3000人", "330523") in regions and ("3500人", "330522") in regions


def test_a_round_up_of_cities_that_names_no_parent(extractor: Extractor) -> None:
    # 苏州 320500 and 无锡 320200, both in 江苏省 320000 (made-up figures); no sidecar
    text = ("各地主要预期目标出炉\n"
            "近日各地陆续召开两会，部署今年工作。\n"
            "苏州\n●地区生产总值增长5.5%左右\n●新增城镇就业15万人\n"
            "重点工作\n1.强化科技创新\n"
            "无锡\n●地区生产总值增长6%\n")
    ex = extractor.extract(text)
    assert (ex.report.region_code, ex.report.region_name) == ("320000", "江苏省")
    assert [(g.text, g.region_code) for g in ex.goals] == [
        ("5.5%左右", "320500"), ("15万人", "320500"), ("6%", "320200")]
    assert not ex.places  # the cities report; they are not places of a 江苏 report


def test_sub_regions_taking_turns_in_one_paragraph(extractor: Extractor) -> None:
    # 洛阳市 410300: 偃师区 410307, 孟津区 410308, 新安县 410323 (made-up figures); the city
    # itself is never named outside the sub-regions
    text = ("各地晒出目标\n"
            "今年，全市地区生产总值预期增长7%以上。"
            "各地结合实际，偃师区提出的目标是：GDP增速8%，固定资产投资增速12%。"
            "孟津区围绕文旅融合，确保经济增速9%以上。新安县力争新增市场主体3000户。\n")
    ex = extractor.extract(text)
    assert ex.report.region_code == "410300"
    assert [(g.text, g.region_code) for g in ex.goals] == [
        ("7%以上", "410300"), ("8%", "410307"), ("12%", "410307"), ("9%以上", "410308"),
        ("3000户", "410323")]


def test_one_region_named_at_the_head_of_a_paragraph_is_not_a_round_up(
        extractor: Extractor) -> None:
    text = "今年主要目标\n苏州工业园区新增企业200家。\n全年地区生产总值增长6%。\n"
    ex = extractor.extract(text)
    assert ex.report.region_code is None and {g.region_code for g in ex.goals} == {None}


def test_total_investment_of_new_projects_is_a_level(extractor: Extractor) -> None:
    ex = extractor.extract("二、2019年重点工作\n全年新签约项目35个、总投资超过120亿元。\n", year=2019)
    assert {g.text: g.kind for g in ex.goals} == {"35个": "increment", "超过120亿元": "level"}


def test_what_a_list_of_targets_is_introduced_as(extractor: Extractor) -> None:
    text = ("二、预期目标\n\n全县生产总值增长6.5%，固定资产投资增长8%。\n"
            "三、重点工作\n\n新建学校3所。\n"
            "建议2031年全县的努力目标为：一般公共预算收入增长7%以上；外贸出口增长5%。\n"
            "2031年全乡经济社会的预期发展目标是：农民人均纯收入增长9%。\n")
    q = {g.text: g.qualifier for g in extractor.extract(text, year=2031).goals}
    assert q == {"6.5%": "expected", "8%": "expected", "3所": None, "7%以上": "strive",
                 "5%": "strive", "9%": "expected"}


def test_sizes_of_plants_and_classes_of_parks_are_not_targets(extractor: Extractor) -> None:
    text = ("今年要建成某某煤电600万吨矿井，推动某公司二期80万吨氧化铝尽快投产，"
            "全市煤炭总产量达到1.2亿吨以上，焦炭生产能力达到3000万吨左右。"
            "力争千亿元园区、300亿元园区分别达到2个、5个。519名市人大代表出席会议。")
    goals = [g.text for g in extractor.extract(text, year=2031).goals]
    assert goals == ["1.2亿吨以上", "3000万吨左右", "2个", "5个"]


def test_the_year_so_far_and_last_years_estimate_are_actuals(extractor: Extractor) -> None:
    text = ("今年前4个月，全县财政收入完成9.5亿元。"
            "2030年，全县经济预计增长8%左右；2031年预期增长6%左右。")
    ex = extractor.extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["6%左右"]
    assert sorted(a.text for a in ex.actuals) == ["8%左右", "9.5亿元"]


def test_price_caps_removals_and_leading_words_of_an_indicator(extractor: Extractor) -> None:
    text = ("居民消费价格涨幅控制在3%以内，消除集体经济薄弱村80个，"
            "促进地区生产总值增长7%，即一般公共预算收入增长6%。")
    goals = {g.text: (g.kind, g.indicator) for g in extractor.extract(text, year=2031).goals}
    assert goals["控制在3%以内"][0] == "growth"
    assert goals["80个"] == ("reduction", "集体经济薄弱村")
    assert goals["7%"][1] == "地区生产总值" and goals["6%"][1] == "一般公共预算收入"


def test_descriptions_done_works_meetings_and_thresholds_are_not_targets(
        extractor: Extractor) -> None:
    text = ("12月18日，某区人大会议开幕，会议共4天。\n近五年，全省农村公路超过20万公里。\n"
            "总投资4.6亿元的某某100兆瓦光伏发电项目正在建设，38公里输电线路也已建成。\n"
            "今年新增年收入超50万元的经济强村6个，经济总量跨越6万亿元。")
    goals = {g.text: g.comparator for g in extractor.extract(text, year=2031).goals}
    assert goals == {"6个": "exactly", "跨越6万亿元": "at_least"}


def test_indicators_of_things_counted_together_and_of_a_named_region(extractor: Extractor) -> None:
    text = ("今年新引进首店、旗舰店、新概念店800家以上，新组建教育集团20个，"
            "打通断头路15条，全区的地区生产总值突破900亿元。")
    ind = {g.text: g.indicator for g in extractor.extract(text, year=2031).goals}
    assert ind == {"800家以上": "首店、旗舰店、新概念店", "20个": "教育集团", "15条": "断头路",
                   "突破900亿元": "地区生产总值"}


def test_programme_counts_attendees_durations_and_pairs(extractor: Extractor) -> None:
    text = ("今年要全力抓好九项重点工作。230名来自全县各条战线的人大代表出席会议。"
            "车程缩短近两个小时。打造两大千亿产业和一批五百亿产业，做强甲稻和乙鸡两个产业集群，"
            "新增市场主体3000户。")
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["3000户"]


def test_life_expectancy_is_not_an_expectation(extractor: Extractor) -> None:
    text = "民生福祉实现新改善，人均预期寿命达到80岁，每千人口托位数达到4.5个。"
    assert {g.qualifier for g in extractor.extract(text, year=2031).goals} == {None}


def test_thresholds_with_dollars_batches_and_plans_already_approved(extractor: Extractor) -> None:
    text = ("全年招引总投资超30亿元或3亿美元产业项目2个，签约一批项目。"
            "我区4个大型风电基地已经全部纳入国家规划。")
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["2个"]


@pytest.mark.parametrize(("text", "expected"), [
    ("今年全市经济社会发展主要预期目标\n生产总值增长7%；\n固定资产投资增长9%；\n", ["expected", "expected"]),
    ("【经济社会发展主要预期目标建议】\n生产总值增长7%，固定资产投资增长9%。\n", ["expected", "expected"]),
    ("主要预期目标是：生产总值增长6%以上、力争达到7%，固定资产投资增长9%。\n", ["expected", "strive", "expected"]),
])
def test_a_list_of_expected_targets_keeps_its_qualifier(extractor: Extractor, text: str,
                                                        expected: list[str]) -> None:
    assert [g.qualifier for g in extractor.extract(text, year=2031).goals] == expected


def test_a_striven_for_level_after_a_growth_target_is_the_same_growth(extractor: Extractor) -> None:
    text = "主要预期目标是：生产总值增长7%以上、力争达到8%，城乡居民人均可支配收入分别增长8%和10%。"
    got = [(g.text, g.kind, g.indicator) for g in extractor.extract(text, year=2031).goals]
    assert got == [("7%以上", "growth", "生产总值"), ("8%", "growth", "生产总值"),
                   ("8%", "growth", "城镇居民人均可支配收入"), ("10%", "growth", "农村居民人均可支配收入")]


def test_a_count_of_the_years_tasks_is_not_a_target(extractor: Extractor) -> None:
    goals = extractor.extract("生产总值增长10%；2031年切实抓好八项重要工作。", year=2031).goals
    assert [g.text for g in goals] == ["10%"]


def test_capacities_inside_project_names_are_not_targets(extractor: Extractor) -> None:
    text = ("实施东县6万吨、西县3万吨石墨负极材料等项目，推进分别年产10万辆新能源汽车的甲项目投产，"
            "建成20万吨乙二醇项目。全年新增规上工业企业30家，完成工业投资120亿元。")
    ex = extractor.extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["30家", "120亿元"]


def test_sizes_rankings_counted_points_and_county_names_are_not_targets(extractor: Extractor) -> None:
    text = ("2031年竣工的项目包括：青溪风电场、甲能600兆瓦多晶硅太阳能电池、乙化210万吨PTA、青溪县医院。\n"
            "空气质量排名退出全国168个重点城市后20位。有序推进五台经青溪至乐安高速前期工作。\n"
            "政府要着力提升四个能力\n•着力提高政治能力\n•着力提高法治能力\n•着力提高执行能力\n•着力提高廉政能力\n"
            "全年新增装机容量60万千瓦，新增规上企业30家。")
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["60万千瓦", "30家"]


def test_life_expectancy_and_output_per_worker_are_targets_ages_of_people_are_not(extractor: Extractor) -> None:
    text = ("到2035年，全员劳动生产率达到25万元/人，人均预期寿命达到83岁以上。"
            "为全市65岁以上老年人免费体检，支持幼儿园招收2-3岁幼儿。")
    goals = extractor.extract(text, year=2031).goals
    assert [(g.text, g.value, g.unit) for g in goals] == [("25万元/人", 25, "万元/人"), ("83岁以上", 83, "岁")]


def test_a_five_year_plan_gone_is_a_review_and_a_slogans_count_no_target(extractor: Extractor) -> None:
    text = ("“十一五”期间，某市地区生产总值年均增长11%以上，总量超过1.3万亿元。"
            "“十二五”时期，地区生产总值年均增长8%。把着力点放在三个加快上。")
    goals = extractor.extract(text, year=2011).goals
    assert [g.text for g in goals] == ["8%"]


def test_a_new_areas_geography_and_a_works_own_cost_are_not_targets(extractor: Extractor) -> None:
    text = ("青溪新区地处甲、乙、丙3个省会城市共生带中部，建设面积246平方公里，距甲市直线距离38.5公里。"
            "完成总投资4152万元的青河城区段综合整治工程，地区生产总值增长22%。")
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["22%"]


def test_a_task_heading_ends_a_list_of_expected_targets(extractor: Extractor) -> None:
    text = ("2031年预期目标\n地区生产总值增长6.5%左右\n固定资产投资增长6.5%左右\n"
            "狠抓重大项目建设\n全市新增签约项目不少于210个。\n")
    goals = extractor.extract(text, year=2031).goals
    assert [(g.text, g.qualifier) for g in goals] == [
        ("6.5%左右", "expected"), ("6.5%左右", "expected"), ("不少于210个", None)]


def test_money_spent_on_listed_projects_is_a_target(extractor: Extractor) -> None:
    text = "青溪今年投资300亿元完成环城高速改造等重点项目，建成20万吨乙二醇项目。"
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["300亿元"]


def test_a_rate_named_as_growth_after_it(extractor: Extractor) -> None:
    text = ("今年主要预期目标是：地区生产总值增长7%至於7.5%，力争实现社会消费品零售总额3540亿元，达到18%以上的增长，"
            "GDP保持百分之十的增长速度。")
    ex = extractor.extract(text, year=2031)
    assert [(g.text, g.value, g.kind) for g in ex.goals] == [
        ("7%至於7.5%", [7, 7.5], "growth"), ("3540亿元", 3540, "level"), ("18%以上", 18, "growth"),
        ("百分之十", 10, "growth")]


def test_page_furniture_and_facts_of_geography_are_not_targets(extractor: Extractor) -> None:
    text = "0浏览 0条评论\n某省陆域面积只有10万平方公里，却有着26万平方公里海域。今年新增就业10万人。"
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["10万人"]


def test_two_digit_growth_names_no_figure(extractor: Extractor) -> None:
    text = "今年我们力争是两位数增长，保持两位数增长，新增企业两家。"
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["两家"]


def test_a_paragraph_that_goes_on_with_last_years_figures_under_a_plan_title(
        extractor: Extractor) -> None:
    text = ("某区今年规划实现双轮驱动\n某区将布局一轴两翼，完成供应用地10公顷。\n"
            "去年，初步预计某区实现地区生产总值4150亿元，增长7.5%。\n"
            "此外，第三产业实现增加值3895亿元，占GDP比重达93.9%。\n"
            "此外，今年新建学校3所。\n")
    ex = extractor.extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["10公顷", "3所"]
    assert "3895亿元" in [a.text for a in ex.actuals]


@pytest.mark.parametrize(("text", "actuals"), [
    # a target met, named in quotes longer than a phrase
    ("各项改革扎实有序。精减机构数量达80%，实现了“保运转、保工资、保民生、保重点、保稳定”目标。\n",
     ["80%"]),
    # a stock of projects and the sum they are planned to cost
    ("2030年，全市入库项目1530个，计划总投资640亿元，开工亿元以上项目77个。\n", ["1530个", "640亿元", "77个"]),
    # the year so far opens a news piece; its points go on reviewing it (即将: how a works stands)
    ("今年以来，某镇突出三个重点，镇域经济有了新突破。\n一是强化项目培育。架设520米高压线路，"
     "新建的保温厂房即将投产。\n", ["520米"]),
    # a year looked back on, its course set by a strategic 目标 (a noun), then its estimate
    ("一年来，县政府紧紧围绕推动高质量发展的战略目标，全县经济保持平稳发展。"
     "预计全县生产总值63.2亿元、增长7.4%。\n", ["63.2亿元", "7.4%"]),
    # a plan report's review of last year's plan, as it was carried out
    ("某省2031年国民经济和社会发展计划\n全省认真执行2030年国民经济和社会发展计划，疫情要防住、经济要稳住，计划执行情况总体较好，"
     "保持了经济社会大局稳定。全年地区生产总值5320亿元，同比增长4.1%。\n", ["5320亿元", "4.1%"]),
    # projects of named national programmes (火炬计划) won in a review
    ("创新实力显著增强。获批国家火炬计划项目4项、星火计划项目2项。\n", ["4项", "2项"]),
    # a five-year review's paragraph led by two tasks and a verdict on them
    ("抓改革、添动能，发展活力有效释放。外贸企业由600户增至2100户，引进市外资金300亿元。\n",
     ["600户", "2100户", "300亿元"]),
])
def test_review_paragraphs_whose_words_only_look_ahead(extractor: Extractor, text: str,
                                                       actuals: list[str]) -> None:
    ex = extractor.extract(text, year=2031)
    assert ex.goals == []
    assert [a.text for a in ex.actuals if a.text in actuals] == actuals


def test_a_news_piece_turns_from_the_review_to_the_plan(extractor: Extractor) -> None:
    # a sentence (no heading) opened the review; the plan year's list and paragraphs close it
    text = ("某区政府工作报告回顾了2030年工作。全区固定资产投资增长7%。\n"
            "2031年全区主要预期目标是：地区生产总值增长5%。\n"
            "2031年，某区高标准实施城市建设。\n建设甲路等12条市政道路，改造乙桥等6座危桥。\n")
    ex = extractor.extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["5%", "12条", "6座"]
    assert [a.text for a in ex.actuals] == ["7%"]


def test_what_was_made_sure_of_in_a_review_is_no_future(extractor: Extractor) -> None:
    # 确保了 tells what the measures achieved: the review's figures after it stay actuals
    text = ("2030年工作回顾\n面对困难，我县及时出台措施，确保了经济平稳增长。"
            "全县实现生产总值210亿元，增长8.1%。\n")
    ex = extractor.extract(text, year=2031)
    assert ex.goals == [] and [a.text for a in ex.actuals] == ["210亿元", "8.1%"]


def test_a_paragraph_led_by_a_verdict_on_its_field_reviews(extractor: Extractor) -> None:
    # no heading says which part this is: 某某成效显著。 judges what was done; 加快… is a task
    text = ("加快招商引资。新签约项目15个，新改建农村公路90公里。\n"
            "招商引资成效显著。签约农副产品加工等项目12个，总投资9.6亿元。\n"
            "城乡面貌日臻完善。投资4200万元，新改建农村公路86公里。\n")
    ex = extractor.extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["15个", "90公里"]
    assert [a.text for a in ex.actuals] == ["12个", "9.6亿元", "4200万元", "86公里"]


@pytest.mark.parametrize(("text", "goals"), [
    # how a news piece counts its points
    ("解读我市2031年政府工作报告：30条信息干货满满！\n以下是小编整理出的30条与市民生活密切相关的信息。\n"
     "今年新建学校5所。", ["5所"]),
    ("8个关键词，读懂青溪县2031年政府工作报告\n今年新建学校5所。", ["5所"]),
    # a duration, and ministries counted in a body's name
    ("据介绍，报告是经过两个多月的深入调研形成的。今年城市居民人均可支配收入增长14%。", ["14%"]),
    ("今年文化站建设要代表我省通过中央六部委检查，新建文化站3个。", ["3个"]),
    # 主要成效有： opens a review
    ("我镇推动经济持续发展。主要成效有：\n1、民生工程有效推进。建设12个自然村自来水管网、"
     "5.6公里农村水泥路。", []),
])
def test_counts_that_are_no_targets(extractor: Extractor, text: str, goals: list[str]) -> None:
    assert [g.text for g in extractor.extract(text, year=2031).goals] == goals


def test_year_on_year_growth_under_a_plan_heading_is_a_target(extractor: Extractor) -> None:
    text = "2031年主要目标:\n规模以上工业总产值同比增长30%以上、固定资产投资同比增长30%以上。\n"
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["30%以上", "30%以上"]
    # with no heading that says so, 同比增长 still reads as a figure reached
    text = "报告显示\n规模以上工业总产值同比增长30%以上。\n"
    assert extractor.extract(text, year=2031).goals == []


def test_an_estimate_inside_a_review_paragraph_is_an_actual(extractor: Extractor) -> None:
    text = ("发展质量逐步提升。某公司技师荣获“工匠”称号。全市高新技术企业达24家，预计完成高新技术产业"
            "增加值21亿元。完成科技成果转化22项。\n")
    ex = extractor.extract(text, year=2031)
    assert {"21亿元", "22项"} <= {a.text for a in ex.actuals}
    # a plan word beside the estimate keeps it a target
    text = "某公司技师荣获“工匠”称号。今年力争高新技术企业达30家，预计完成增加值25亿元。\n"
    assert "25亿元" in [g.text for g in extractor.extract(text, year=2031).goals]


def test_figures_measured_against_the_years_plan_are_progress(extractor: Extractor) -> None:
    text = ("(二)项目带动成效显著。新增在库项目114个，占年度计划126.7%；重点项目累计完成投资38.1亿元。\n"
            "一、加大有效投资。街道实现固定资产投资25.8亿元，完成全年任务的113.98%。\n"
            "二、今年力争新增企业10家，确保完成全年目标任务。\n")
    ex = extractor.extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["10家"]
    assert {"114个", "126.7%", "25.8亿元", "113.98%"} <= {a.text for a in ex.actuals}


def test_an_amount_right_before_a_count_is_the_class_counted(extractor: Extractor) -> None:
    text = "今年完成市外境内投资5.5亿元，其中5亿元以上3只，10亿元以上1只。"
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["5.5亿元", "3只", "1只"]


def test_delegates_on_leave_are_the_congress_itself(extractor: Extractor) -> None:
    text = "会议应到代表180名，出席大会代表165名，因事因病请假15名，符合法定人数。今年新增就业3000人。"
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["3000人"]


def test_a_roll_call_of_delegates_is_not_a_target(extractor: Extractor) -> None:
    text = "本次大会应出席代表210名，实出席197名，符合法定人数。今年新增城镇就业1200人以上。"
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["1200人以上"]


@pytest.mark.parametrize(("text", "kind"), [
    ("甲市2031年GDP增速目标为6%左右。", "growth"),
    ("某省GDP预期目标拟调整为8%左右。", "growth"),
    ("服务业增加值占GDP比重达到52%。", "share"),
])
def test_a_rate_of_the_gdp_itself_is_its_growth(extractor: Extractor, text: str, kind: str) -> None:
    assert [g.kind for g in extractor.extract(text, year=2031).goals] == [kind]


def test_doubling_by_a_deadline_is_a_growth_target(extractor: Extractor) -> None:
    ex = extractor.extract("到2035年，全县生产总值比2030年翻一番以上。", year=2031)
    assert [(g.text, g.kind, g.comparator, g.indicator) for g in ex.goals] == [
        ("翻一番以上", "growth", "at_least", "生产总值")]


def test_a_commitment_word_before_a_comma_opens_its_sentence(extractor: Extractor) -> None:
    text = "《计划》预期，2031年全省生产总值增长6%以上，一般公共预算收入增长5.5%。确保新建学校3所，新增停车位500个。"
    ex = extractor.extract(text, year=2031)
    assert [(g.text, g.qualifier) for g in ex.goals] == [
        ("6%以上", "expected"), ("5.5%", "expected"), ("3所", "ensure"), ("500个", None)]


def test_one_growth_after_another_keeps_the_commitment(extractor: Extractor) -> None:
    text = "力争全县GDP增长8%以上，规上工业增加值增长9%以上，新建学校3所。"
    ex = extractor.extract(text, year=2031)
    assert [(g.text, g.qualifier) for g in ex.goals] == [
        ("8%以上", "strive"), ("9%以上", "strive"), ("3所", None)]


@pytest.mark.parametrize(("text", "goals"), [
    # 个 before 人居 counts villages; 以上 after a count with a verb before it is no threshold
    ("今年要建成20个人居环境示范村，推动2个以上片区更新项目。", ["20个", "2个以上"]),
    # the size of a named work is no target of its own
    ("今年突出抓好受益灌面770万亩、惠及3600万人的某某引水工程，新建水库3座。", ["3座"]),
    ("今年形成项目500个、总投资4000亿元的优质项目库。", ["500个", "4000亿元"]),
])
def test_counts_with_a_verb_and_sizes_of_named_works(extractor: Extractor, text: str,
                                                      goals: list[str]) -> None:
    assert [g.text for g in extractor.extract(text, year=2031).goals] == goals


def test_a_five_year_plan_named_after_a_past_year_keeps_the_review(extractor: Extractor) -> None:
    # 十五计划 is the name of a plan, not a plan to do: the sentence still looks back on 2030
    text = "2030年，全市生产总值达到146.2亿元，是十五计划时期发展最快的一年；人均生产总值达到4189元。"
    ex = extractor.extract(text, year=2031)
    assert ex.goals == []
    assert [a.text for a in ex.actuals] == ["146.2亿元", "4189元"]


def test_a_requirement_is_no_word_of_the_future(extractor: Extractor) -> None:
    # 要求 (a requirement) in the sentence that opens a review of 2030 leaves it a review
    text = ("县长说，2030年，全县坚持稳中求进工作总基调，落实高质量发展要求，统筹推进各项工作。"
            "全县生产总值完成40.94亿元，增长7.3%。")
    ex = extractor.extract(text, year=2031)
    assert ex.goals == []
    assert [a.text for a in ex.actuals] == ["40.94亿元", "7.3%"]


@pytest.mark.parametrize(("text", "goals"), [
    # a figure ranked among its peers has been reached; a ranking promised is still a target
    ("固定资产投资增长10.7%、增速居全省第一，外贸进出口总额增长17.7%。", ["17.7%"]),
    ("力争固定资产投资增长10%、增速居全省前列。", ["10%"]),
    # 年度计划 is a plan as a thing: the review goes on after it
    ("过去一年全市经济稳中有进。重点项目完成投资200亿元，占年度计划投资总额153%；工业投资192亿元，增长41%。", []),
    # the starting level of a change, and thresholds of the things counted
    ("力争通过3年时间推动产业集群总规模从6000亿元发展壮大到8000亿元以上。", ["8000亿元以上"]),
    ("形成1个收入超1000亿元、6个超500亿元的集聚区。", ["1个", "6个"]),
    # 开拓创新的一年 is a year of innovation, not the new year; 29个主要指标 counts a plan's indicators
    ("这一年，是披荆斩棘、开拓创新的一年。工业固废处理形成专利87项。", []),
    ("规划纲要草案提出29个主要指标，今年地区生产总值增长5%。", ["5%"]),
    # 实现翻番 right before a stop is a doubling to reach; 翻番 in a slogan is none
    ("今年规上工业产值实现翻番，以加快脱贫翻番为目标。", ["翻番"]),
])
def test_ranked_figures_plans_as_things_starting_levels_and_doublings(
        extractor: Extractor, text: str, goals: list[str]) -> None:
    assert [g.text for g in extractor.extract(text, year=2031).goals] == goals


def test_a_plan_overfulfilled_is_progress_reported(extractor: Extractor) -> None:
    # 超额完成年度计划 reports progress: the figures of its sentence and the review after it
    text = ("对重点项目落实调度机制，58个重点项目完成投资180亿元，超额完成年度计划，16个项目建成投产。"
            "固定资产投资同比增长22.7%。")
    ex = extractor.extract(text, year=2031)
    assert ex.goals == []
    assert [a.text for a in ex.actuals] == ["58个", "180亿元", "16个", "22.7%"]


def test_figures_that_a_later_sentence_plans_for_anew_are_actuals(extractor: Extractor) -> None:
    text = ("报告指出，全县地区生产总值完成85亿元，增长6.2%，财政总收入4.1亿元。"
            "农民人均可支配收入1.9万元。\n"
            "今年，全县地区生产总值增长6.5%左右，粮食产量稳定在30万吨。")
    ex = extractor.extract(text)
    assert [g.text for g in ex.goals] == ["6.5%左右", "30万吨"]
    assert [a.text for a in ex.actuals] == ["85亿元", "6.2%", "4.1亿元", "1.9万元"]
    # the same value planned again is the same target said twice; another indicator is no sign
    again = extractor.extract("全县地区生产总值增长6.5%。今年，全县地区生产总值增长6.5%左右。")
    assert len(again.goals) == 2
    other = extractor.extract("全县新建学校8所。今年，全县地区生产总值增长6.5%左右。")
    assert [g.text for g in other.goals] == ["8所", "6.5%左右"]


def test_an_estimate_for_a_year_to_come_after_a_past_sentence_is_a_target(extractor: Extractor) -> None:
    text = "报告描绘了全市未来五年的发展蓝图。到2035年，预计全市人均生产总值达到2万美元。"
    ex = extractor.extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["2万美元"] and ex.actuals == []
    # an estimate of the year just ended stays an actual
    past = extractor.extract("2030年，全县经受住了考验。预计，全年生产总值增长8%。", year=2031)
    assert [a.text for a in past.actuals] == ["8%"]


def test_target_and_basis_words_after_an_indicator_are_not_part_of_it(extractor: Extractor) -> None:
    text = "今年，地区生产总值预期目标增长6%左右，一般公共预算收入同口径增长5%。"
    assert [g.indicator for g in extractor.extract(text).goals] == ["地区生产总值", "一般公共预算收入"]


def test_figures_up_to_a_date_of_the_year_are_actuals(extractor: Extractor) -> None:
    text = ("一季度，全镇上下扎实推进各项工作。截止到3月15日完成财政总收入210万元，"
            "地方一般公共预算收入完成95万元。截至目前，新签约项目6个。")
    ex = extractor.extract(text, year=2031)
    assert ex.goals == [] and [a.text for a in ex.actuals] == ["210万元", "95万元", "6个"]


def test_capacities_joined_by_he_inside_a_project_list_and_spindles(extractor: Extractor) -> None:
    text = ("加快甲纺织等项目建设，年内纺织规模超过80万锭；"
            "加快丙20万头生猪和30万吨饲料等项目建设，年内饲料生产能力达到90万吨。")
    goals = {g.text: g.indicator for g in extractor.extract(text, year=2031).goals}
    assert goals == {"超过80万锭": "纺织", "90万吨": "饲料生产能力"}


def test_a_list_of_rates_in_percent_and_per_mille_shares_its_comparator(extractor: Extractor) -> None:
    text = "今年，城镇登记失业率、居民消费价格指数和人口自然增长率分别控制在4.5%、3%、6‰以内。"
    goals = [(g.text, g.comparator, g.kind, g.indicator) for g in extractor.extract(text).goals]
    assert goals == [("控制在4.5%", "at_most", "share", "城镇登记失业率"),
                     ("3%", "at_most", "growth", "居民消费价格指数"),
                     ("6‰以内", "at_most", "share", "人口自然增长率")]


def test_an_expected_list_goes_on_after_a_full_stop_in_its_paragraph(extractor: Extractor) -> None:
    text = ("2031年经济社会发展主要预期目标是：地区生产总值增长6.5%左右，单位GDP能耗下降1.3%，"
            "排放量等完成国家下达任务。居民消费价格指数涨幅3%左右，城镇新增就业50万人。"
            "这些目标，是立足实际确定的。我们新建学校5所。")
    qualifiers = {g.text: g.qualifier for g in extractor.extract(text).goals}
    assert qualifiers == {"6.5%左右": "expected", "1.3%": "expected", "3%左右": "expected",
                          "50万人": "expected", "5所": None}


@pytest.mark.parametrize("text", [
    "建材行业，打造总产值60亿元的绿色建材产业园。",           # the size of one park
    "启动800万亩玉米单产提升工程，抓好800万亩设施农业开发工程。",  # a programme's scope
    "努力形成一批20万至40万人口的中等城市。",                 # the class of the cities
    "继续实施抓两头带中间战略。",                             # a saying
])
def test_sizes_scopes_classes_and_sayings_are_no_targets(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text, year=2031).goals == []


def test_a_heading_that_gives_a_verdict_on_a_field_opens_a_review(extractor: Extractor) -> None:
    text = ("（一）全面深化改革，营商环境持续优化\n深入推进改革，明确容缺受理事项868项。新增市场主体2.6万户。\n"
            "二、2031年工作安排\n（一）全面深化改革，持续优化营商环境\n明确容缺受理事项900项。\n")
    ex = extractor.extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["900项"]
    assert [a.text for a in ex.actuals] == ["868项", "2.6万户"]


def test_a_review_page_under_a_verdict_heading_alone(extractor: Extractor) -> None:
    text = ("（一）全面深化改革，营商环境持续优化\n"
            "明确容缺受理事项868项。1075个高频事项进入综合窗口。新增市场主体2.6万户。")
    ex = extractor.extract(text, year=2031)
    assert ex.goals == [] and len(ex.actuals) == 3


def test_a_goal_the_work_was_built_around_is_a_noun_not_a_word_of_the_future(extractor: Extractor) -> None:
    text = ("2030年，某镇紧紧围绕“建设滨海工业强镇”奋斗目标，攻坚克难，"
            "全年实现规模以上工业总产值180.5亿元、财政总收入9.2亿元，均位居全市首位。")
    ex = extractor.extract(text, year=2031)
    assert ex.goals == [] and [a.text for a in ex.actuals] == ["180.5亿元", "9.2亿元"]


def test_bizeng_is_growth_on_last_years_figure(extractor: Extractor) -> None:
    text = "今年，全镇争取实现财政总收入11亿元，比增7%；规上工业总产值300亿元，比增24%。"
    goals = [(g.text, g.kind, g.indicator) for g in extractor.extract(text, year=2031).goals]
    assert goals == [("11亿元", "level", "财政总收入"), ("7%", "growth", "财政总收入"),
                     ("300亿元", "level", "规上工业总产值"), ("24%", "growth", "规上工业总产值")]


def test_newly_opened_firms_are_an_increment(extractor: Extractor) -> None:
    goals = extractor.extract("确保新办民营企业1200家。", year=2031).goals
    assert [(g.kind, g.indicator) for g in goals] == [("increment", "民营企业")]


def test_an_amount_equal_to_a_part_of_the_whole_is_a_share(extractor: Extractor) -> None:
    goals = extractor.extract("今年，环保投入相当于全市生产总值的百分之三左右。", year=2031).goals
    assert [(g.text, g.kind) for g in goals] == [("百分之三左右", "share")]


def test_a_half_year_news_piece_and_its_parts(extractor: Extractor) -> None:
    text = ("青溪县上半年财政收入超12亿元 同比增长20%\n"
            "今年上半年，青溪县完成财政收入12.1亿元，同比增长20%。其中，今年6月财政收入完成2.5亿元。"
            "县委书记表示，今年，青溪县将实现财政收入25亿元。\n"
            "相关负责人透露，今年该县招商引资取得新突破，实际到位外资1.2亿美元。"
            "甲集团10亿元汽车整车生产基地、乙公司4亿元显示器生产基地等项目落户该县。\n"
            "目前，该县已全面落实水利工程，即200公里渠道防渗护砌。")
    ex = extractor.extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["25亿元"]


def test_people_counted_by_ming_are_a_level(extractor: Extractor) -> None:
    goals = extractor.extract("今年，为3000名孕产妇免费提供产前筛查。", year=2031).goals
    assert [(g.text, g.kind) for g in goals] == [("3000名", "level")]


def test_each_respectively_list_has_its_own_subjects(extractor: Extractor) -> None:
    text = ("主要目标\n财政总收入和地方财政收入分别增长10%和12%左右，城乡居民收入分别增长9%和11%左右，"
            "城镇登记失业率、居民消费价格指数分别控制在4%、3%以内。")
    goals = [(g.text, g.indicator) for g in extractor.extract(text, year=2031).goals]
    assert goals == [("10%", "财政总收入"), ("12%左右", "地方财政收入"),
                     ("9%", "城镇居民收入"), ("11%左右", "农村居民收入"),
                     ("控制在4%", "城镇登记失业率"), ("3%以内", "居民消费价格指数")]


def test_per_mille_in_words_a_bare_million_in_a_list_and_how_things_stand(extractor: Extractor) -> None:
    text = ("今年，人口自然增长率控制在千分之四以内，粮食、肉蛋奶、蔬菜产量均稳定在百万吨以上。\n"
            "据了解，目前，全县省级农业园区已发展到5家，全县园区入驻经营主体达121家，其中省级龙头企业6家。"
            "二十名公民以及七国总领事旁听大会。")
    ex = extractor.extract(text, year=2031)
    assert [(g.text, g.value, g.unit) for g in ex.goals] == [
        ("控制在千分之四以内", 4, "‰"), ("百万吨以上", 100, "万吨")]
    assert [a.text for a in ex.actuals] == ["5家", "121家", "6家"]


@pytest.mark.parametrize(("text", "targets"), [
    # a policy package's number of articles is its name
    ("坚决落实省支持民营经济30条、市支持民营经济高质量发展20条政策措施。支持新建农村公路25条。", ["25条"]),
    # the points a speaker goes on to list are no count
    ("着力优化三个结构：一是优化产业结构，新建种植园区1个。", ["1个"]),
    # the number of a congress's seats
    ("某市第十届人民代表大会代表名额为338名，现在实有代表334名。今年新建学校3所。", ["3所"]),
    # a part of last year's figure (其中) can still be planned for
    ("2030年生产总值增长5%。其中，2030年投资增长5.2%，2031年预期增长5.5%左右。", ["5.5%左右"]),
    # a plain area next to a programme stays a target
    ("新建高标准农田5万亩和农田水利工程。", ["5万亩"]),
    # how things stand now: 目前…共/累计
    ("目前通过滩涂开发、旱地改水田，共新增耕地约15公顷。今年新增耕地20公顷。", ["20公顷"]),
    # … but a plan can follow how things stand in the same sentence
    ("目前，某省已绘就茶产业蓝图，根据规划，未来3年，茶园面积要增加到700万亩，加工企业增至3000家。",
     ["700万亩", "3000家"]),
    ("目前，某县已建成茶园5万亩，未来两年茶园面积要增加到8万亩。", ["8万亩"]),
    # a programme counted with its items named is a count (rule 25); counted alone it is not
    ("今年将着力办好养老服务改革试点、新生儿疾病筛查等10件民生实事。", ["10件"]),
    ("推进燃气管网改造、自来水进村等15件民生实事；持续推进教育。", ["15件"]),
    ("今年将办好十件民生实事。", []),
    # what there is now (现在有); the counts of a plan's own indicators; a list section's count
    ("今年民心工程安排200公里改造任务。全市现在有天然气用户559万户。", ["200公里"]),
    ("2031年计划共安排21项指标，包括以经济发展类为主的12项预期性指标以及以民生改善类为主的9项约束性指标。"
     "地区生产总值增长6%。", ["6%"]),
    ("确定以下两类4个项目为2031年度政府民生实事项目：\n一、“优化教育资源布局”类，共1项\n"
     "1.实施某中学小学部建设工程。\n二、“优化城乡人居环境”类，共3项\n2.在全区遴选4-8个村居培育和美乡村。\n",
     ["4个", "4-8个"]),
    # what a work is to yield once built is no target; the year's own aims after it still count
    ("某锂电项目建设磷酸铁锂生产线。项目建成后，可实现年销售收入约150亿元，新增就业600人。", []),
    ("某港扩建工程计划今年开工，建成后年吞吐量将达到450万吨。", []),
    ("电站建成后，我镇耕地面积缩减，但今年要实现粮食总产3500吨。", ["3500吨"]),
    ("项目投产后将带动就业，今年力争实现规上工业产值30亿元。", ["30亿元"]),
    # funds and pilots 争取 after what was done, in a paragraph looking back, were obtained
    ("过去的一年，某县坚持向外看的主动和自觉。深化重点改革。圆满完成178项省市改革事项，"
     "争取国家级改革试点2项、省级5项。\n今年要争取国家级改革试点3项。\n", ["3项"]),
])
def test_which_figures_of_a_sentence_are_targets(extractor: Extractor, text: str,
                                                 targets: list[str]) -> None:
    assert [g.text for g in extractor.extract(text, year=2031).goals] == targets


def test_participating_and_planning_clauses_end_a_commitments_scope(extractor: Extractor) -> None:
    text = ("力争新创国家级名牌产品2-3个，参与制定行业标准3-5个。"
            "对接争取国家超长期特别国债，谋划储备500个重大项目。")
    qualifiers = {g.text: g.qualifier for g in extractor.extract(text, year=2031).goals}
    assert qualifiers == {"2-3个": "strive", "3-5个": None, "500个": None}


@pytest.mark.parametrize(("text", "targets"), [
    ("在5平方公里范围内实施土地平整，新建道路12公里。", ["12公里"]),          # a scope, not a target
    ("今年将推进四项新的重大战略任务，包括：新建学校3所。", ["3所"]),          # a programme's count
    ("结合本县实际，制定18条稳增长实施意见，新增企业20家。", ["20家"]),       # a policy's articles
    ("推动总投资56亿元的4批次31个重点项目开工。", ["31个"]),                  # batches group the count
    ("人均生产总值在2010年基础上提前翻番，达到1万美元。", ["翻番", "1万美元"]),  # a base year, a doubling
])
def test_scopes_programmes_and_bases_are_not_targets(extractor: Extractor, text: str,
                                                     targets: list[str]) -> None:
    ex = extractor.extract(text, year=2016)
    assert [g.text for g in ex.goals] == targets


def test_works_carried_on_are_counted_and_a_state_is_no_target(extractor: Extractor) -> None:
    ex = extractor.extract("计划实施85项重点项目（新建30项、续建55项）。全镇耕地人均才0.3亩，"
                           "引进高层次人才80名。", year=2021)
    kinds = {g.text: g.kind for g in ex.goals}
    assert kinds == {"85项": "count", "30项": "increment", "55项": "count", "80名": "level"}
    assert [a.text for a in ex.actuals] == ["0.3亩"]


@pytest.mark.parametrize(("text", "goals"), [
    ("积极引导800名以上高校毕业生到基层就业。", ["800名以上"]),
    ("今年转移农村劳动力3万人以上。", ["3万人以上"]),
    ("新增200人以上企业6家。", ["6家"]),  # 200人以上 describes the firms counted
])
def test_people_led_somewhere_are_a_count_not_a_threshold(
        extractor: Extractor, text: str, goals: list[str]) -> None:
    assert [g.text for g in extractor.extract(text, year=2031).goals] == goals


def test_an_indicator_with_its_own_verb_does_not_take_the_list_s_new(extractor: Extractor) -> None:
    ex = extractor.extract("城镇新增就业8000人、城镇调查失业率控制在5%以内。", year=2031)
    assert [(g.text, g.kind) for g in ex.goals] == [("8000人", "increment"), ("控制在5%以内", "share")]


@pytest.mark.parametrize(("text", "goals"), [
    ("全年签约10亿元（1.4亿美元）以上项目25个。", ["25个"]),  # the threshold in two currencies
    ("新增公办学位6000个以上等一批民生举措。", ["6000个以上"]),  # 以上等 closes a list item
    ("主导或参与30项以上行业标准的制定。", ["30项以上"]),  # standards to take part in, counted
    ("由市级领导牵头协调5个招商工作专班。", []),  # task forces are how the work is organised
    ("加快八所港扩能，推进三里镇建设。", []),  # place names that start with a numeral
])
def test_thresholds_lists_and_names_that_hold_a_count(
        extractor: Extractor, text: str, goals: list[str]) -> None:
    assert [g.text for g in extractor.extract(text, year=2031).goals] == goals


def test_an_item_with_its_own_verb_of_land_does_not_take_the_list_s_new(extractor: Extractor) -> None:
    ex = extractor.extract("新增规上企业20家、盘活闲置厂房8万平方米、收储土地3000亩。", year=2031)
    assert [(g.text, g.kind) for g in ex.goals] == [
        ("20家", "increment"), ("8万平方米", "level"), ("3000亩", "level")]


def test_a_level_told_with_its_change_on_last_year_has_been_reached(extractor: Extractor) -> None:
    ex = extractor.extract("摘要：产业集群竞争力不断增强。工业投资保持强劲增长势头，实现投资95亿元，同比增长12.5%。",
                           year=2031)
    assert ex.goals == []
    assert [a.text for a in ex.actuals] == ["95亿元", "12.5%"]


def test_a_figure_measured_against_the_last_period_s_end_has_been_reached(extractor: Extractor) -> None:
    ex = extractor.extract("青溪区各领域同向发力，地区生产总值达到1200亿元，较“十五五”末增长21.5%。", year=2031)
    assert ex.goals == []
    assert [a.text for a in ex.actuals] == ["1200亿元", "21.5%"]


def test_last_year_as_a_base_is_no_time_spoken_of(extractor: Extractor) -> None:
    ex = extractor.extract("主要预期目标是：固定资产投资与上年度持平；粮食总产量稳定在12.5万吨以上。", year=2031)
    assert [g.text for g in ex.goals] == ["12.5万吨以上"]


def test_the_bar_a_share_is_measured_by_is_no_target(extractor: Extractor) -> None:
    ex = extractor.extract("力争实现30%的村集体年收入超20万元。", year=2031)
    assert [(g.text, g.kind) for g in ex.goals] == [("30%", "share")]


def test_a_leading_comparator_of_a_respectively_list_speaks_for_every_value(extractor: Extractor) -> None:
    ex = extractor.extract("今年PM2.5、PM10年均浓度分别低于35μg/m3、60μg/m3，空气质量优良率达到80%以上。", year=2031)
    assert [(g.text, g.comparator) for g in ex.goals] == [
        ("低于35μg/m3", "at_most"), ("60μg/m3", "at_most"), ("80%以上", "at_least")]


def test_the_length_of_a_named_section_s_works_is_its_size(extractor: Extractor) -> None:
    ex = extractor.extract("实施青溪路甲桥至乙村2.6公里道路拓宽改造工程。新建农村公路300公里。", year=2031)
    assert [g.text for g in ex.goals] == ["300公里"]


def test_the_points_and_fields_of_an_outline_are_no_targets(extractor: Extractor) -> None:
    ex = extractor.extract("报告提出，今年会把焦点聚集于协调发展，促使城乡融合。而此项工作涵盖了4个重点要点。"
                           "今年重点抓好5个方面工作，新增就业岗位3000个。", year=2031)
    assert [g.text for g in ex.goals] == ["3000个"]


def test_the_points_of_an_outline_in_quotes_are_no_target(extractor: Extractor) -> None:
    ex = extractor.extract("具体做到三个“不放松”。一是咬住产业发展不放松。新建3个“口袋公园”。", year=2031)
    assert [g.text for g in ex.goals] == ["3个"]


def test_a_page_s_date_line_names_no_plan_section(extractor: Extractor) -> None:
    text = ("青溪县第十八届人民代表大会第四次会议开幕\n| 招商动态 |2031-04-24\n"
            "会上，县长代表县人民政府向大会作政府工作报告。他指出，过去一年，全县发展呈现良好态势。\n"
            "经济运行质量明显提升。全县经济运行稳中向好，主要经济指标好于预期。规模工业增加值增长4.3%，增幅位居全市第一；"
            "完成地方公共财政预算收入7.43亿元，税收占比66%，增幅位居全市第四。\n关于今年的政府工作\n")
    assert [g.text for g in extractor.extract(text, year=2031).goals] == []


def test_necessity_and_a_quoted_slogan_say_nothing_of_the_future(extractor: Extractor) -> None:
    text = ("报告指出，2030年是极其不易的一年，县人民政府全面落实“疫情要防住、经济要稳住”要求，"
            "采取一系列行之有效的必要举措，经济社会发展行稳致远。全县实现地区生产总值122.3亿元、增长3.2%。")
    ex = extractor.extract(text)
    assert ex.report.year == 2031
    assert ex.goals == []


def test_the_report_s_parts_and_the_four_leading_bodies_are_no_targets(extractor: Extractor) -> None:
    ex = extractor.extract("报告共分两部分。县四套班子其他领导出席会议。今年新建保障房3000套。", year=2031)
    assert [g.text for g in ex.goals] == ["3000套"]


def test_funds_obtained_in_a_sentence_that_looks_back_are_actuals(extractor: Extractor) -> None:
    text = ("报告指出，一年来，主要做了以下工作：谋划储备重大项目98个，争取上级各类项目资金9.6亿元，"
            "实施重点项目30个，完成投资35亿元。")
    ex = extractor.extract(text, year=2031)
    assert ex.goals == []
    assert "9.6亿元" in [a.text for a in ex.actuals]


@pytest.mark.parametrize(("text", "expected"), [
    # a rate is no new addition, even after a verb starting with 新
    ("新开工重大项目上半年开工率达到75%，9月底前新建项目100%开工。",
     {"75%": "share", "100%": "share"}),
    # 增加值 is a measure, not the verb 增加; a part of the whole is a share
    ("主要预期目标是：地区生产总值增长8%；高技术制造业增加值占规模以上工业增加值比重65%。",
     {"8%": "growth", "65%": "share"}),
    ("新供工业用地3万亩以上，新竣工重点项目4个，新进规上企业12家以上。",
     {"3万亩以上": "increment", "4个": "increment", "12家以上": "increment"}),
])
def test_kinds_of_rates_and_of_verbs_starting_with_new(
        extractor: Extractor, text: str, expected: dict[str, str]) -> None:
    goals = extractor.extract(text, year=2024).goals
    assert {g.text: g.kind for g in goals} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("力保360个一季度开工项目完成投资80亿元以上。", {"360个": "ensure", "80亿元以上": "ensure"}),
    # 为确保… is why, not a commitment
    ("为确保目标任务顺利完成，今年全镇排出了28个重点项目。", {"28个": None}),
    # a commitment word before a time and a comma opens its whole sentence
    ("力争到2025年，全镇实现工业总产值420亿元，年均增长7.5%。", {"420亿元": "strive", "7.5%": "strive"}),
    # a clause with its own verb (整修) ends the scope
    ("力争年内改造老旧小区18个，整修背街小巷9公里。", {"18个": "strive", "9公里": None}),
    # a bullet starts an item of its own
    ("●力争全市地区生产总值增长9%以上 ●财政总收入增长11%以上", {"9%以上": "strive", "11%以上": None}),
])
def test_qualifier_scope_purpose_time_and_bullets(
        extractor: Extractor, text: str, expected: dict[str, str | None]) -> None:
    goals = extractor.extract(text, year=2024).goals
    assert {g.text: g.qualifier for g in goals} == expected


def test_a_year_in_chinese_numerals_marks_last_year_s_figures(extractor: Extractor) -> None:
    text = ("市长在会上公布二〇二六年主要预期目标，其中全市生产总值增长目标设定为百分之五左右。"
            "二〇二五年全市生产总值增长百分之五点二。二○二五年，地方一般公共预算收入达九百亿元，年增百分之一点八。")
    ex = extractor.extract(text)
    assert ex.report.year == 2026
    assert [(g.text, g.indicator) for g in ex.goals] == [("百分之五左右", "生产总值")]
    assert ex.report.speaker is None  # 市长在会上: no name


@pytest.mark.parametrize(("text", "expected"), [
    ("加快培育产值超80亿元、30亿元、5亿元的链主企业。", set()),  # the classes of firms grown
    ("项目选址定在青石村，共占地8亩多，力争年内开馆。", set()),  # a site's size
    ("大会分三个阶段进行。", set()),
    ("《意见》提出六个主要目标，一是经济总量做大。", set()),  # the outline of a document
    ("大会还特邀12个国家的驻外官员旁听会议。", set()),  # guests
    ("力争到2027年建成一个300亿元规模的光电集群，引进规上企业15家。", {"15家"}),  # a size
    ("力争每个乡镇建成一个综合文化站，省级园区至少引进一个10亿元以上项目。", {"一个"}),  # one each
    ("抓好甲等2800多个拟投产项目，推进乙等1.05万个亿元以上新建续建项目建设。",
     {"2800多个", "1.05万个"}),
])
def test_sizes_guests_outlines_and_counts_of_one_each(
        extractor: Extractor, text: str, expected: set[str]) -> None:
    assert {g.text for g in extractor.extract(text, year=2025).goals} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("完成85%以上行政村生活污水治理。", {"85%以上"}),  # a share before what it measures
    ("完成白石150万只蛋鸡标准化养殖基地建设，新增肉牛3000头。", {"3000头"}),  # a farm's size, in its name
    ("坚持一个统领，抓好两个落实，补齐三个短板。", set()),  # a slogan's counts
    ("签到天数: 512 天 [LV.8]", set()),  # a forum's furniture
    ("请获取验证码设置8-12位密码", set()),
    ("6个开发项目实现完工总面积120万平方米以上。", {"6个", "120万平方米以上"}),  # floor space built
    ("居民消费价格涨幅从去年的4%左右，下降到3%左右。", {"3%左右"}),  # last year's level is the start
])
def test_shares_before_nouns_farm_sizes_slogans_furniture_and_from_last_year_to(
        extractor: Extractor, text: str, expected: set[str]) -> None:
    assert {g.text for g in extractor.extract(text, year=2021).goals} == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("将企业开办时间由3个工作日压减至半天以内。", {"半天以内": (0.5, "天", "at_most")}),  # the end point, a half
    ("严格管控面积285.4平方公里的生态保护红线区域。", {}),  # the size of an area
    ("村集体经济组织年经营性收入全部达5万元以上，高于10万元的占60%。",
     {"5万元以上": (5, "万元", "at_least"), "60%": (60, "%", "exactly")}),  # the bar of a share
])
def test_from_a_start_to_half_a_day_sizes_of_areas_and_bars_of_shares(
        extractor: Extractor, text: str, expected: dict) -> None:
    goals = extractor.extract(text, year=2023).goals
    assert {g.text: (g.value, g.unit, g.comparator) for g in goals} == expected


def test_figures_up_to_this_year_s_end_are_actuals(extractor: Extractor) -> None:
    text = ("截至今年底，7家企业进入全省民营企业100强，21家企业进入全市100强。全区25家重点服务业企业销售收入48亿元，"
            "增长21.5%。明年，力争新增规上企业20家。")
    assert [g.text for g in extractor.extract(text, year=2010).goals] == ["20家"]


@pytest.mark.parametrize(("text", "expected"), [
    ("单晶拉棒产能达到80GW，储能电池产能超12GWh，电网容量达到150万千伏安。", {"80GW", "超12GWh", "150万千伏安"}),
    ("甲能、乙电、丙光3个光伏发电项目，丁风、戊能2个风电项目取得核准手续。", set()),  # the count of the names given
    ("新建方山乡、白水镇食用菌基地2个，新开工重大项目3个、重点项目2个。", {"2个", "3个"}),
])
def test_plant_capacities_and_counts_of_the_names_just_given(
        extractor: Extractor, text: str, expected: set[str]) -> None:
    assert {g.text for g in extractor.extract(text, year=2016).goals} == expected


def test_the_bar_villages_are_counted_by_is_no_target(extractor: Extractor) -> None:
    text = "下半年，全镇将于年底实现4个村集体经济收入达到10万元以上，农民人均收入达到2万元。"
    assert [g.text for g in extractor.extract(text, year=2022).goals] == ["4个", "2万元"]


@pytest.mark.parametrize(("text", "expected"), [
    ("2021年发展主要预期目标\n地区生产总值增长7.5%以上，地方一般公共预算收入增长5%。",
     {"7.5%以上": "expected", "5%": "expected"}),  # a heading with the year and 发展
    ("地下空间开工建设26万平米，白酒产能突破20万千升。", {"26万平米": None, "突破20万千升": None}),  # units
    ("打造百个精品乡村酒店，百家争鸣。", {"百个": None}),  # a hundred after 打造
    ("计划举办展览面积超3万平米的“第三届青石塑料制品展览会”。", {}),  # the size of a fair
])
def test_a_dated_heading_colloquial_units_a_bare_hundred_built_and_a_fair_s_size(
        extractor: Extractor, text: str, expected: dict) -> None:
    assert {g.text: g.qualifier for g in extractor.extract(text, year=2021).goals} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the same verb again carries the commitment on; another verb ends it
    ("力争全县新增规模工业企业20家，新增省级专精特新企业5家，规模工业产值突破300亿元。",
     {"20家": "strive", "5家": "strive", "突破300亿元": None}),
    # a commitment word before a span of time and a comma opens its sentence
    ("力争用2-3年时间，使全市数字经济占GDP比重达到40%以上。", {"40%以上": "strive"}),
])
def test_the_same_verb_again_and_a_span_of_time_after_the_commitment_word(
        extractor: Extractor, text: str, expected: dict) -> None:
    assert {g.text: g.qualifier for g in extractor.extract(text, year=2023).goals} == expected


def test_a_bracketed_headline_with_a_verdict_opens_a_review(extractor: Extractor) -> None:
    # a news piece that never names its year: 【…迈出新步伐】 headlines review a year gone
    text = ("【深化改革扩大开放，对外合作迈出新步伐】\n"
            "预计进出口总额增长9%，新设外商投资企业12家。\n"
            "【坚持绿色发展，生态环境赢得新胜利】\n"
            "完成造林3.2万亩，预计PM2.5平均浓度下降6%。")
    extraction = extractor.extract(text)
    assert extraction.goals == []
    assert [a.text for a in extraction.actuals] == ["9%", "12家", "3.2万亩", "6%"]


def test_a_plan_heading_that_aims_at_new_steps_stays_a_plan(extractor: Extractor) -> None:
    text = "（二）坚持创新驱动，在培育新动能上迈出新步伐\n全年新增高新技术企业30家以上。"
    assert [g.text for g in extractor.extract(text, year=2024).goals] == ["30家以上"]


def test_figures_up_to_a_month_s_end_are_the_year_so_far(extractor: Extractor) -> None:
    text = ("今年计划改造老旧小区30个，计划投资1.8亿元。"
            "至6月底，已有12个小区开工，累计完成投资6500万元，占投资比例36%。")
    extraction = extractor.extract(text, year=2021)
    assert [g.text for g in extraction.goals] == ["30个", "1.8亿元"]
    assert [a.text for a in extraction.actuals] == ["12个", "6500万元", "36%"]


def test_a_launch_held_is_an_event_and_the_year_s_investment_its_target(extractor: Extractor) -> None:
    text = ("3月2日，某县举行春季重大项目集中开工仪式。此次集中开工项目共26个，总投资达41.5亿元，"
            "当年计划完成投资12.3亿元。\n其中产业项目15个，总投资30亿元，年度计划投资8亿元。\n"
            "据了解，今年全县计划实施重点项目120个，总投资260亿元。")
    extraction = extractor.extract(text, year=2022)
    assert [g.text for g in extraction.goals] == ["12.3亿元", "8亿元", "120个", "260亿元"]
    assert {"26个", "41.5亿元", "15个", "30亿元"} <= {a.text for a in extraction.actuals}


def test_the_parts_of_a_figure_done_and_a_count_already_done_are_actuals(extractor: Extractor) -> None:
    text = ("我市计划新增8条公交线路，现已新增11条，其中主城区7条、东湖区4条。"
            "5个县区126个村人居环境整治已全部通过验收。")
    extraction = extractor.extract(text, year=2013)
    assert [g.text for g in extraction.goals] == ["8条"]
    assert [a.text for a in extraction.actuals] == ["11条", "7条", "4条", "5个", "126个"]


def test_a_list_of_a_batch_s_sizes_keeps_the_year_s_plan_a_target(extractor: Extractor) -> None:
    text = "全年计划实施续建项目30个、总投资40亿元、当年计划完成投资12亿元。"
    assert [g.text for g in extractor.extract(text, year=2020).goals] == ["30个", "40亿元", "12亿元"]


def test_a_count_in_the_two_thousands_in_a_list_line_is_no_year(extractor: Extractor) -> None:
    text = "1.改造县乡公路800公里\n\n2.改造2000个行政村配电网\n\n3.建设标准化学校120所"
    assert [g.text for g in extractor.extract(text, year=2011).goals] == ["800公里", "2000个", "120所"]


def test_years_inside_project_names_and_two_groups_told_alike(extractor: Extractor) -> None:
    text = ("近日获悉，2023年青山旗拟实施重点项目12项，总投资40亿元。\n"
            "盟级重点项目7项，主要包括青山旗2022年老旧小区改造项目、青山旗2023年内蒙古草原保护工程等项目，"
            "总投资25亿元，年度计划投资8亿元。\n"
            "旗级重点项目5项，主要包括青山旗2021年森林植被恢复项目等项目，总投资15亿元，年度计划投资5亿元。")
    assert [g.text for g in extractor.extract(text).goals] == [
        "12项", "40亿元", "7项", "25亿元", "8亿元", "5项", "15亿元", "5亿元"]


def test_works_in_hand_and_a_task_done_to_a_share_are_actuals(extractor: Extractor) -> None:
    text = ("计划改造15个农贸市场，现已建成9个，另有6个正在改造。"
            "改造完成公交候车亭90个，完成任务数112%。")
    extraction = extractor.extract(text, year=2014)
    assert [g.text for g in extraction.goals] == ["15个"]
    assert [a.text for a in extraction.actuals] == ["9个", "6个", "90个", "112%"]


def test_a_headline_and_a_dated_launch_are_events_held(extractor: Extractor) -> None:
    text = ("青河县12个项目集体开工\n"
            "4月8日，青河县以甲新材料、乙冷链物流为代表的12个项目集中开工建设，总投资近30亿元。"
            "“十四五”期间，青河县新材料产业产值超80亿元。")
    extraction = extractor.extract(text, year=2023)
    assert [g.text for g in extraction.goals] == ["超80亿元"]
    assert [a.text for a in extraction.actuals] == ["12个", "12个", "近30亿元"]


def test_works_being_built_now_are_no_promise(extractor: Extractor) -> None:
    text = "目前，青河区正在建设3家五星级酒店、6家四星级酒店，今年将新建游客中心2个。"
    assert [g.text for g in extractor.extract(text, year=2019).goals] == ["2个"]


@pytest.mark.parametrize(("text", "expected"), [
    ("今年关停退出300家以上落后产能企业。", ["300家以上"]),  # closing firms down is a count to reach
    ("推动15个以上的县依托产业园区发展特色产业。", ["15个以上"]),  # 的县依托…产业园: no size of a park
    ("推进8条约620公里高速公路项目建设。", ["8条", "约620公里"]),  # the roads' length, no plant's size
])
def test_counts_closed_down_counties_that_rely_on_parks_and_lengths_of_road(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert [g.text for g in extractor.extract(text, year=2016).goals] == expected


def test_a_list_of_targets_with_no_qualifier_keeps_its_items_targets(extractor: Extractor) -> None:
    text = ("2023年，青石街道确定的主要经济发展目标为：全年完成一般公共预算收入1.8亿元，同比增长9%；"
            "规模以上工业产值42亿元，同比增长15%；限额以上企业销售额5.1亿元，同比增长18%。")
    goals = extractor.extract(text, year=2023).goals
    assert [g.text for g in goals] == ["1.8亿元", "9%", "42亿元", "15%", "5.1亿元", "18%"]
    assert {g.qualifier for g in goals} == {None}


def test_a_profile_of_the_region_as_it_stands_holds_no_targets(extractor: Extractor) -> None:
    text = ("全乡辖7个行政村62个村民组，总户数4120户，总人口16800人，其中贫困户860户2950人。"
            "今年力争贫困发生率下降6个百分点以上。")
    extraction = extractor.extract(text, year=2017)
    assert [g.text for g in extraction.goals] == ["6个百分点以上"]


def test_a_quoted_pledge_is_a_target_and_a_quoted_name_is_not(extractor: Extractor) -> None:
    text = ("市长在报告中指出，今年地区生产总值要“增长6.5%左右”，“落实亿元以上项目800个”。"
            "深入实施“双十”工程。")
    assert [g.text for g in extractor.extract(text, year=2022).goals] == ["6.5%左右", "800个"]


def test_a_progress_section_and_a_bar_of_villages_savings(extractor: Extractor) -> None:
    text = ("二、目标任务\n全年贫困发生率下降5个百分点以上，3个村村集体经济积累达到3万元以上。\n"
            "三、工作开展情况\n常规产业稳步推进，种植烤烟3200亩，新建温室大棚40座。")
    assert [g.text for g in extractor.extract(text, year=2016).goals] == ["5个百分点以上", "3个"]


def test_january_to_april_last_year_s_period_and_where_a_county_lies(extractor: Extractor) -> None:
    text = ("青河县地处青州省西北部，为青州省白石市辖县，南北长42.1公里，区域面积1180平方公里，辖16个乡镇。\n"
            "全县今年计划实施千万元以上项目70个，年度计划投资52亿元，元-4月累计完成投资9.8亿元，"
            "占年度计划投资的18.8%。亿元以上项目41个，比去年同期增加12个。")
    extraction = extractor.extract(text, year=2016)
    assert [g.text for g in extraction.goals] == ["70个", "52亿元"]
    assert {"42.1公里", "1180平方公里", "16个", "9.8亿元", "18.8%", "41个", "12个"} <= {
        a.text for a in extraction.actuals}


def test_money_spent_on_works_done_and_growth_of_several_on_last_year(extractor: Extractor) -> None:
    text = ("投资260余万元，完成了青石线道路拓宽改造工程；投资90万元，建成了村文化广场。"
            "全市生产总值、固定资产投资同比分别增长9.1%、15.2%。今年将新建文化广场5个。")
    extraction = extractor.extract(text, year=2013)
    assert [g.text for g in extraction.goals] == ["5个"]


def test_a_page_s_bookmark_count_is_no_target(extractor: Extractor) -> None:
    text = "加入收藏共计208311个\n今年全镇新增规上企业8家。"
    assert [g.text for g in extractor.extract(text, year=2023).goals] == ["8家"]


def test_the_first_quarter_gone_is_no_target(extractor: Extractor) -> None:
    text = "据统计，全县首季实现税收3亿元，一季度新增市场主体1200户。今年力争全年完成投资30亿元。"
    assert [g.text for g in extractor.extract(text, year=2023).goals] == ["30亿元"]


def test_this_year_so_far_written_short_is_no_target(extractor: Extractor) -> None:
    text = "今年来，青河策划对接活动180场次，贷款余额历史性突破500亿元。下半年将新签约项目20个。"
    assert [g.text for g in extractor.extract(text, year=2024).goals] == ["20个"]


def test_the_items_of_a_programme_for_the_people_are_no_target(extractor: Extractor) -> None:
    text = ("今年，全市实施100件左右的民生实事，其中，遴选了12件提请人大代表票决。"
            "初步形成了拟列入为民办实事项目清单共38件。每个乡镇办实事不少于2件，放映电影300场次。")
    goals = extractor.extract(text, year=2031).goals
    assert [(g.text, g.unit) for g in goals] == [("不少于2件", "件"), ("300场次", "场次")]


def test_figures_quoted_as_the_year_s_main_indicators_are_targets(extractor: Extractor) -> None:
    text = ("今年，全镇将全力推进“博物馆、产业园”五件大事，努力实现“地区生产总值增长15%、"
            "固定资产投资增长20%、精准脱贫1215人”五项主要指标。打造“十五分钟生活圈”。")
    goals = extractor.extract(text, year=2031).goals
    assert [(g.text, g.kind) for g in goals] == [("15%", "growth"), ("20%", "growth"), ("1215人", "level")]


def test_one_project_told_of_keeps_only_this_year_s_investment(extractor: Extractor) -> None:
    text = ("今年6个重点项目中，有两个新开工项目：一个是青溪东部外环高速公路二期工程，建设高速公路"
            "12.8公里，总投资192.4亿元，今年计划投资1.8亿元；另一个是青溪储备粮直属库二期工程，"
            "建设粮食仓容8万吨，建筑面积约0.9万平方米，总投资约1.3亿元。")
    goals = extractor.extract(text, year=2031).goals
    assert [g.text for g in goals] == ["6个", "两个", "1.8亿元"]


def test_launch_news_told_in_batches_so_far_and_as_a_headline(extractor: Extractor) -> None:
    text = ("青溪集中开工重点项目25个\n11月17日，青溪县在城关镇举行集中动工仪式。"
            "今年，青溪县实施重点项目180个，当年计划完成投资110亿元。前三批集中开工项目132个，完成投资27亿元，"
            "其中50个续建项目已全部复工、完成投资17亿元。")
    goals = extractor.extract(text, year=2031).goals
    assert [g.text for g in goals] == ["180个", "110亿元"]


@pytest.mark.parametrize(("text", "targets"), [
    # the launched batch broken down: its counts and sizes are events, the year's investment a target
    ("据介绍，48项集中开工项目中，产业项目36项，总投资251亿元，今年计划投资61亿元。"
     "其中，新兴项目15项，总投资99亿元，今年计划投资27亿元。", ["61亿元", "27亿元"]),
    # a signing told in a headline and at the ceremony
    ("某新区：36个项目集中签约投资总额147亿元\n3月27日，某新区举行冲刺2031全年目标动员大会暨招商项目"
     "集中签约仪式，仪式上36个项目集中签约，投资总额147亿元。", []),
    ("2月12日至14日，某市63个项目陆续开工，总投资224亿元。", []),
    ("此次大会某开发区共签约8个项目，总投资约25亿元。", []),
    # a headline's second line gives its total; a news lead before the launch's date
    ("某州208个项目集中开复工\n投资总额达1053.14亿元\n本报讯 记者从州发改委获悉，3月27日，某州208个项目集中开复工。",
     []),
    # a headline run into its dateline and the lines after it, which speak of the works ahead
    ("总投资123亿,我区14个重大项目集中开工\n发布时间:2031-02-24 来源:今日某区\n"
     "随着挖土机进场，某安置房项目正式启动，这里将建设高层住宅，为甲村、乙村等4个村的村民解决安置问题。", []),
    ("区委书记出席讲话并宣布开工。本次集中开工项目14个，年度计划投资7.46亿元。", ["7.46亿元"]),
    ("开工活动上，除甲县、乙县率先开工61个项目外，其他县区299个项目同步开工。"
     "其中，甲基地等总投资10亿元以上项目5个。", []),
    # a ceremony held, under a news item's dateline
    ("本报讯 8月28日，青溪县8月重点项目集中开工仪式举行，集中开工13个重点项目，总投资11.8亿元。"
     "根据位置划分，位于甲街道的项目2个，总投资5.28亿元。", []),
    ("青溪县重点项目集中签约活动在县会议中心举行，现场签约项目9个，总投资36亿元。", []),
    # … though what the month's programme plans is its target
    ("本报讯1月14日，全市一月份重点项目集中开工活动举行。据悉，全市一月份计划开工重点项目36个，总投资58.7亿元。",
     ["36个", "58.7亿元"]),
    # launched together by several places (联合开工, 联动开工, 同日开工)
    ("青溪市3日举行重大项目联合开工会，联合开工项目242个，总投资1609亿元。", []),
    ("青溪47个项目同日开工\n据悉，项目总投资521.1亿元。", []),
    ("此次集中开竣工的12个项目总投资23.3亿元，其中开工7项，竣工5项。", []),
    ("青溪区昨日集中开工29个重点工程，总投资299.2亿元。", []),
    ("本报讯(记者某某)3月10日，青溪县14个重点项目集中开工。", []),
    # (年度投资 before the investment, not before the count of the works launched)
    ("5月12日，青溪县第二季度总投资85.9亿元、年度投资56.6亿元的60个重点项目集中开工。", ["56.6亿元"]),
    # works started one after another (相继开工, 陆续复工) are under way
    ("青溪新河综合治理、中心公园等73个重点城建工程相继开工。", []),
    ("春节过后，全县10个5000万元以上项目陆续复工。", []),
    # this batch (这批) is the batch launched
    ("这批新开工项目中10亿元以上的大项目15个，占41%，总投资258亿元。", []),
    # … but a launch ahead is planned
    ("今年将有30个项目集中签约，总投资100亿元。", ["30个", "100亿元"]),
    # the length of a work described is no target, what is to be built or opened is
    ("青溪环线全长17公里、11座车站，今年计划通车9.5公里；全长258公里的青万高铁12月开工。", ["9.5公里"]),
    ("建设白沙河以南区域配套给水管道总长3480米。", ["3480米"]),
    # a half year's result with the year's target in brackets after it
    ("上半年主要指标：——地区生产总值增长4.1%（目标6.0%左右）；——固定资产投资完成194.7亿元（目标410亿元左右）。",
     ["6.0%左右", "410亿元左右"]),
    # 全区共 + a verb of planning: the year's programme, not a stock
    ("2031年全区共安排重点建设项目191个，计划投资1430亿元。", ["191个", "1430亿元"]),
    ("全县共谋划普惠性项目106个。", ["106个"]),
    # 全区共有: what there is
    ("全区共有规上工业企业191家。", []),
    # a sentence opened by 目前 tells what there is now, all of it
    ("目前，全市陶瓷企业达757家，其中规上企业272家，产业集群年创产值约740亿元。", []),
    # … unless it speaks of what is to come
    ("目前，全省已绘就蓝图，根据规划，未来3年全省茶园面积要增加到700万亩。", ["700万亩"]),
    # the parts of a stock broken down, one after another
    ("青溪镇现有耕地面积17.2万亩，其中水田97275亩，旱田70095亩，经济作物4860亩。", []),
    ("全省大陆海岸线长1628.59公里。", []),
    # the half year's own estimate
    ("上半年，地区生产总值预计实现65.3亿元，固定资产投资预计实现21.3亿元。", []),
    # … but a quarter's planned launches, told ahead
    ("一季度预计开工9项，开工率70%。", ["9项", "70%"]),
    ("一季度计划开工重点项目95个，总投资96.4亿元。", ["95个", "96.4亿元"]),
])
def test_which_figures_of_launch_and_progress_news_are_targets(extractor: Extractor, text: str,
                                                              targets: list[str]) -> None:
    assert [g.text for g in extractor.extract(text, year=2031).goals] == targets


def test_what_there_is_now_and_the_base_of_an_increase_are_no_targets(extractor: Extractor) -> None:
    text = ("目前，青溪市有151家机器人企业。今年，我们计划在151家机器人企业的基础上再新增100家企业，"
            "在原有810亩的基础上新栽植李子树200亩。")
    goals = extractor.extract(text, year=2031).goals
    assert [g.text for g in goals] == ["100家", "200亩"]


def test_a_deadline_makes_the_whole_city_s_total_a_target(extractor: Extractor) -> None:
    text = ("二、发展目标\n到2035年，全市共建成9个千亿级产业。其中，石油化工产业达到3000亿，"
            "现代物流、食品加工、文化旅游等3个产业各达到2000亿。目前全市共有规上企业300家。")
    goals = extractor.extract(text, year=2031).goals
    assert [(g.text, g.unit) for g in goals] == [("9个", "个"), ("3000亿", "亿元"), ("2000亿", "亿元")]


def test_a_plan_execution_line_gives_the_target_then_the_estimate(extractor: Extractor) -> None:
    text = ("一、2031年国民经济和社会发展计划执行情况\n"
            "——全年地方一般公共预算收入预期目标增长5%：预计全年地方一般公共预算收入完成137亿元，同比增长0.8%。\n"
            "——全社会固定资产投资完成365亿元：预计全年固定资产投资完成380亿元左右。\n"
            "——全年计划实施重大项目215项，年度计划投资300亿元以上：预计全年实施重大项目230项。\n")
    ex = extractor.extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["5%", "365亿元", "215项", "300亿元以上"]
    assert {"137亿元", "380亿元左右", "230项"} <= {a.text for a in ex.actuals}


@pytest.mark.parametrize(("text", "targets"), [
    ("今年确定重点项目55个，年度计划投资68.4亿元。已复工开工32个，开工率58%，完成投资16.4亿元，占年度投资计划的24%。",
     ["55个", "68.4亿元"]),
    ("前10月，累计完成投资1015亿元；其中计划新开工项目已开工21个，开工率87.5%。", []),
    ("建立5项长效工作机制，完成新型城镇化投资226.12亿元，为年度计划的55.1%。", []),
    ("99项重点工作任务中，2项已完成年度目标任务，占总任务数的2.02%；8项未完成年初确定的季度目标任务，"
     "占总任务数的8.08%。", []),
    # a rate pledged after what has been done is a target
    ("部分项目已完成立项，力争二季度结束前重大项目开复工率达80%以上。", ["80%以上"]),
])
def test_rates_of_works_already_started_are_progress(extractor: Extractor, text: str, targets: list[str]) -> None:
    assert [g.text for g in extractor.extract(text, year=2031).goals] == targets


def test_the_months_so_far_named_after_a_news_lead_go_on_over_the_paragraph(extractor: Extractor) -> None:
    text = ("本报讯 记者从某市发改委获悉,前7个月,某市开复工投资500万元以上项目733个,开复工率99.7%;"
            "开复工投资5000万元以上项目373个,其中新开工项目87个;开复工投资亿元以上项目204个。")
    ex = extractor.extract(text, year=2031)
    assert ex.goals == []
    assert [a.text for a in ex.actuals] == ["733个", "99.7%", "373个", "87个", "204个"]


def test_a_headline_over_both_the_review_and_the_plan_sets_no_part(extractor: Extractor) -> None:
    text = ("某镇第四次党代会召开\n总结过去五年历程 展望未来五年宏图\n\n"
            "本报讯 5月22日上午，某镇第四次代表大会召开。\n\n"
            "大会提出，今后五年的经济发展预期目标是：到2025年，全镇生产总值年均递增14%，财政收入年均递增18%。")
    goals = extractor.extract(text).goals
    assert [(g.text, g.indicator) for g in goals] == [("14%", "生产总值"), ("18%", "财政收入")]


def test_a_task_set_from_above_amid_progress_is_a_target(extractor: Extractor) -> None:
    text = ("一、上半年主要工作目标任务完成情况\n"
            "固定资产投资。2031年1-5月份市级下达目标3.51亿元，1-5月份累计已完成4.12亿元。\n"
            "市定任务新签约亿元以上项目5个，亿元以上新开工项目3个。截至目前，已签约项目3个。\n"
            "全年完成兵团下达全年目标任务的110%。\n")
    ex = extractor.extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["3.51亿元", "5个", "3个"]
    assert ex.goals[-1].indicator == "亿元以上新开工项目"


def test_the_year_s_investment_in_a_group_of_works_is_a_target(extractor: Extractor) -> None:
    text = "今年将突出抓好年度投资5839.9亿元的2020个重大项目、年度投资807亿元的233个市本级政府投资项目。"
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["5839.9亿元", "2020个", "807亿元", "233个"]
    # a launched group's total stays the size of what is launched
    text = "某县总投资15亿元的10个重点工程集中开工。"
    assert "15亿元" not in [g.text for g in extractor.extract(text, year=2031).goals]


def test_a_review_heading_led_by_a_verb_phrase_then_a_verdict(extractor: Extractor) -> None:
    text = ("（六）围绕强农兴农添活力，乡村振兴稳步推进。粮食安全更加稳固。严格落实粮食安全责任，"
            "全年粮食种植面积61.57万亩，预计总产34.93万吨，实现稳中有增。\n")
    ex = extractor.extract(text)
    assert ex.goals == []
    assert [a.text for a in ex.actuals] == ["61.57万亩", "34.93万吨"]


def test_the_year_s_target_in_brackets_after_a_result(extractor: Extractor) -> None:
    text = ("一、2030年国民经济和社会发展计划执行情况\n"
            "——全社会固定资产投资增长5.8%，低于年初预期目标（10%）4.2个百分点。\n")
    ex = extractor.extract(text, year=2031)
    assert [(g.text, g.kind) for g in ex.goals] == [("10%", "growth")]
    assert [a.text for a in ex.actuals] == ["5.8%", "4.2个百分点"]


def test_the_year_s_plan_amid_progress_is_a_target(extractor: Extractor) -> None:
    text = ("全盟2031年重点建设项目截至5月末进展情况\n"
            "2031年，我盟计划实施重点建设项目100个，截至5月末，已开复工73个。\n"
            "——按行业分：\n农牧林水项目9个，年度计划投资7.2亿元，开工7个，开工率78%，完成投资1.9亿元，"
            "占年度计划投资27%。")
    ex = extractor.extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["100个", "9个", "7.2亿元"]


def test_the_year_s_plan_in_a_summary_of_the_whole_year_is_history(extractor: Extractor) -> None:
    text = ("- 标 题: 青溪区2031年1-12月各类项目总结\n- 发布日期: 2032-02-06\n青溪区2031年1-12月各类项目总结\n"
            "一、1-12月重大投资项目总体情况\n省重点项目共9项，总投资171.2亿元，年度计划投资23.5亿元，"
            "1-12月累计完成投资33.8亿元，占年度计划投资144%。")
    assert extractor.extract(text).goals == []


def test_the_count_of_schools_just_named_is_no_target(extractor: Extractor) -> None:
    text = "今年，新建区实验中学、青溪八中、青溪十中3所学校，新增学位5000个。"
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["5000个"]


def test_starting_levels_listed_before_a_shared_raise_are_no_targets(extractor: Extractor) -> None:
    text = "今年，将城乡低保补差水平从每人每月574元、271元分别提高到每人每月609元、300元。"
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["609元", "300元"]


def test_a_task_s_size_before_the_part_done_is_a_target(extractor: Extractor) -> None:
    ex = extractor.extract("今年，126条农村黑臭水体治理已完成120条。41公里输电线路也已建成。", year=2031)
    assert [g.text for g in ex.goals] == ["126条"]
    assert [a.text for a in ex.actuals] == ["120条"]


def test_a_list_item_s_number_before_a_figure_is_no_decimal_point() -> None:
    text = ("为民办实事：\n1.既有多层住宅加装电梯新增400台。\n2.50个小区新增电动自行车充电设施。\n"
            "3.开设40个爱心暑托班办班点。")
    goals = Extractor().extract(text, year=2032).goals
    assert [(g.text, g.value) for g in goals] == [("400台", 400), ("50个", 50), ("40个", 40)]
    alone = Extractor().extract("主要目标：\n2.5万亩高标准农田力争年内建成。", year=2032).goals
    assert [(g.text, g.value) for g in alone] == [("2.5万亩", 2.5)]  # no list around it: a decimal


def test_the_size_of_a_work_named_after_it_is_no_target() -> None:
    text = ("围绕产业美，谋划实施文旅项目6项，投资4.5亿元的五指岭国际旅游度假区、"
            "投资1亿元的青溪谷微度假综合体正在实施；力争完成投资5亿元的目标。")
    assert [g.text for g in Extractor().extract(text, year=2032).goals] == ["6项", "5亿元"]



def test_since_the_last_congress_is_a_term_looked_back_on(extractor: Extractor) -> None:
    text = ("中新网青溪4月7日电 今后5年，青溪将基本建成物流枢纽城市。7日，青溪市代市长王某在青溪市第六届人民代表大会"
            "第一次会议上作政府工作报告时表示。\n\n王某表示，青溪市五届人大一次会议以来，全市经济发展持续保持"
            "“增速领先、总量进位”态势；地区生产总值由1011亿元增长到1413.4亿元，年均增长8.2%。")
    assert [g.text for g in extractor.extract(text).goals] == []


def test_a_completion_report_s_numbered_lines_are_the_tasks(extractor: Extractor) -> None:
    text = ("2031年青溪区共安排12个为民办实事项目，已全部完成，具体情况如下：\n\n"
            "(一)新增养老床位250张\n\n新增378张养老床位，超额完成年度任务。\n\n"
            "(二)开设20个小学生爱心暑托班\n\n开设27个小学生爱心暑托班，超额完成年度任务。\n"
            # (a 一、 inside the paragraph, 真西一、, is no numbered line)
            "(三)完成2家社区综合为老服务中心建设\n\n完成祥和片区、真西一、高陵片区等3家社区综合为老服务中心建设，"
            "超额完成年度任务。\n")
    ex = extractor.extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["250张", "20个", "2家"]
    assert [a.text for a in ex.actuals] == ["378张", "27个", "3家"]
