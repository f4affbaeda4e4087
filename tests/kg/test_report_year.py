"""Plan year, date and speaker from a report's own front matter, and review sections whose
figures stay actuals whatever words they use (made-up texts)."""

from __future__ import annotations

import pytest

from kg.extract import Extraction, Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _run(extractor: Extractor, text: str) -> Extraction:
    return extractor.extract(text, year=None, region_name=None, region_code=None)


FRONT = """政 府 工 作 报 告
——{date}在青溪县第九届人民代表大会第三次会议上
{byline}
各位代表：
一、{review}年工作回顾
{review}年，是开局之年。地区生产总值增长5%，固定资产投资增长4%。
二、{plan}年工作安排
地区生产总值增长6%左右，固定资产投资增长8%以上。
"""


def test_delivery_line_gives_date_and_plan_year_and_byline_the_speaker(
        extractor: Extractor) -> None:
    ex = _run(extractor, FRONT.format(date="2025年1月8日", byline="县长  李 明远",
                                      review=2024, plan=2025))
    assert (ex.report.year, ex.report.date) == (2025, "2025-01-08")
    assert (ex.report.speaker, ex.report.speaker_role) == ("李明远", "县长")
    assert ex.report.title is None or "会议" not in ex.report.title
    assert sorted(g.text for g in ex.goals) == ["6%左右", "8%以上"]
    assert sorted(a.text for a in ex.actuals) == ["4%", "5%"]


def test_a_report_delivered_in_december_plans_for_the_next_year(extractor: Extractor) -> None:
    text = FRONT.format(date="2023年12月26日", byline="青溪县人民政府县长 王立", review=2023,
                        plan=2024).replace("二、2024年工作安排", "二、今后工作安排")
    ex = _run(extractor, "2023年青溪县政府工作报告\n" + text)
    assert ex.report.year == 2024
    assert (ex.report.speaker, ex.report.speaker_role) == ("王立", "县长")
    assert sorted(a.text for a in ex.actuals) == ["4%", "5%"]


def test_traditional_byline(extractor: Extractor) -> None:
    text = "2019年某某區政府工作報告\n──第十六屆人民代表大會第二次會議上\n區長 孫立寧\n各位代表：\n"
    assert _run(extractor, text).report.speaker == "孙立宁"


@pytest.mark.parametrize(("lead", "speaker"), [
    ("代市長陳立昨日在政府工作報告中提出", ("陈立", "代市长")),
    ("县长王小明今天作政府工作报告", ("王小明", "县长")),
])
def test_a_speaker_named_with_when_they_spoke(extractor: Extractor, lead: str,
                                              speaker: tuple[str, str]) -> None:
    ex = _run(extractor, "本报讯 " + lead + "，今年地区生产总值增长6%左右。\n")
    assert (ex.report.speaker, ex.report.speaker_role) == speaker


def test_review_and_plan_headings_set_the_year_without_a_date(extractor: Extractor) -> None:
    news = ("记者获悉，青山区2024年政府工作报告出炉。\n2024年工作回顾\n全年安排重点项目40个。\n"
            "2025年工作计划\n计划安排重点项目45个。\n")
    ex = _run(extractor, news)
    assert ex.report.year == 2025
    assert [g.text for g in ex.goals] == ["45个"] and [a.text for a in ex.actuals] == ["40个"]
    ex = _run(extractor, "一、2024年工作回顾\n地区生产总值增长5%。\n")
    assert ex.report.year == 2025 and not ex.goals


@pytest.mark.parametrize("sentence", [
    "预计，全年实现地区生产总值300亿元，增长5%。",
    "面对预期转弱的压力，初步预计，地区生产总值完成300亿元，增长5%。",
    "实际利用外资完成500万美元，完成年计划的80%；社会消费品零售总额完成20亿元，增长6%。",
    "落实稳增长行动计划，全年在建工业项目155个，完成投资70亿元。",
    "紧扣建设区域中心的目标定位，地区生产总值增长5%。",
])
def test_soft_future_words_in_a_review_section_do_not_make_targets(
        extractor: Extractor, sentence: str) -> None:
    ex = _run(extractor, f"一、2024年工作回顾\n2024年，是开局之年。\n{sentence}\n二、2025年工作安排\n"
                         "地区生产总值增长6%左右。\n")
    assert [g.text for g in ex.goals] == ["6%左右"]
    assert ex.actuals


def test_an_explicit_commitment_in_a_review_section_is_still_a_target(
        extractor: Extractor) -> None:
    ex = _run(extractor, "一、2024年工作回顾\n地区生产总值增长5%。今年力争新增就业5000人。\n")
    assert [g.text for g in ex.goals] == ["5000人"]


def test_a_role_followed_by_a_verb_is_not_a_speaker(extractor: Extractor) -> None:
    ex = _run(extractor, "陈某代市长正在作政府工作报告。今年地区生产总值增长6%左右。")
    assert ex.report.speaker != "正在"


PLAN = "二、2025年工作安排\n"


def test_a_past_year_in_an_aside_does_not_end_the_target_list(extractor: Extractor) -> None:
    ex = _run(extractor, PLAN + "主要预期目标是：地区生产总值增长7%；一般公共预算支出（扣除2024年专项资金）"
                                "增长4%；社会消费品零售总额增长6%。")
    assert [g.text for g in ex.goals] == ["7%", "4%", "6%"] and not ex.actuals


def test_a_count_with_its_comparator_before_the_noun(extractor: Extractor) -> None:
    ex = _run(extractor, PLAN + "今年新增40家以上高新技术企业，招引15个以上亿元项目，"
                                "实现25户以上自然村通硬化路。")
    assert [(g.text, g.comparator) for g in ex.goals] == [("40家以上", "at_least"),
                                                          ("15个以上", "at_least")]


def test_at_least_ahead_of_the_verb(extractor: Extractor) -> None:
    ex = _run(extractor, PLAN + "今年至少新建口袋公园12个。")
    assert [(g.text, g.comparator, g.indicator) for g in ex.goals] == [
        ("12个", "at_least", "新建口袋公园")]


def test_a_unit_character_that_starts_a_word_is_no_unit(extractor: Extractor) -> None:
    assert _run(extractor, PLAN + "两项目共线跨越月亮湖，三部门联合执法。").goals == []


def test_list_numbers_bullets_and_footnotes_stay_out_of_indicators(extractor: Extractor) -> None:
    ex = _run(extractor, PLAN + "主要预期目标：\n1.地区生产总值增长5%\n●固定资产投资[3]增长8%\n")
    assert [g.indicator for g in ex.goals] == ["地区生产总值", "固定资产投资"]


@pytest.mark.parametrize(("sentence", "indicators"), [
    ("城镇、农村居民人均可支配收入分别增长7%和8%。", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("城乡居民人均可支配收入分别增长7%、8%。", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ("工业投资和技改投资分别增长23%、39%。", ["工业投资", "技改投资"]),
    ("甲装备及零部件、乙材料产业产值分别增长25%、30%以上。", ["甲装备及零部件产业产值", "乙材料产业产值"]),
    ("钒钛产业产值增长15%，达到440亿元。", ["钒钛产业产值", "钒钛产业产值"]),
    ("完成年度投资200亿元，开展职业技能培训3万人次。", ["年度投资", "职业技能培训"]),
    ("青湖新区完成投资50亿元。", ["青湖新区投资"]),
])
def test_indicators_of_lists_and_shared_subjects(extractor: Extractor, sentence: str,
                                                 indicators: list[str]) -> None:
    assert [g.indicator for g in _run(extractor, PLAN + sentence).goals] == indicators


def test_a_cumulative_target_in_a_five_year_list(extractor: Extractor) -> None:
    ex = _run(extractor, PLAN + "主要目标是：到2030年，地区生产总值突破1000亿元；"
                                "全社会固定资产投资五年累计完成3500亿元。")
    assert [g.text for g in ex.goals] == ["突破1000亿元", "3500亿元"]


def test_a_heading_opens_a_list_of_expected_targets_over_sub_headings(
        extractor: Extractor) -> None:
    ex = _run(extractor, PLAN + "主要预期目标\n青州\n●地区生产总值增长6%以上\n●固定资产投资增长8%\n")
    assert [(g.text, g.qualifier) for g in ex.goals] == [("6%以上", "expected"),
                                                         ("8%", "expected")]


def test_the_count_of_a_list_just_given_is_no_target(extractor: Extractor) -> None:
    ex = _run(extractor, PLAN + "着力打造新材料、生物医药、高端装备3个百亿级产业集群。"
                                "建设甲、乙等10个示范村。")
    assert [g.text for g in ex.goals] == ["10个"]


def test_plan_year_of_an_annual_plan_report(extractor: Extractor) -> None:
    ex = _run(extractor, "关于青州市2023年国民经济和社会发展计划执行情况与2024年计划（草案）的报告\n")
    assert ex.report.year == 2024


def test_region_named_as_the_subject_of_a_news_lead(extractor: Extractor) -> None:
    ex = _run(extractor, "即墨区将加快发展，明年至少引进项目120个。")
    assert ex.report.region_code == "370215"


@pytest.mark.parametrize(("head", "year"), [
    ("发布时间：2031-02-27 20:51:32\n今年，全市新建学校5所。", 2031),
    ("某某网 2031/11/20\n明年，全市新建学校5所。", 2032),
    # cleaning drops the space between the date and the page's next field
    ("来源：某某日报 发布时间：2031年03月06日 浏览次数：79次\n2030年\n全市实现增长6%。\n2031年\n"
     "完成新建学校5所，今年投入使用。", 2031),
    ("2030年是攻坚的一年，全市实现增长6%。\n2031年是开局之年，新建学校5所。", 2031),
    # a news piece naming the report by its year; a plan report reviewing the year before
    ("记者从2031年青溪市政府工作报告获悉，去年青溪实现地区生产总值1629亿元。", 2031),
    ("一、2030年国民经济和社会发展执行情况\n全区实现地区生产总值100亿元。", 2031),
    # a digest of the year's achievements, from the report given at the next year's congress
    ("2030年\n全市地区生产总值迈上3万亿元新台阶\n城镇新增就业73.9万人\n"
     "（数据来自某市第六届人民代表大会第二次会议《政府工作报告》）", 2031),
    # the year a news piece says the report summed up, and the one it plans for
    ("报告对2030年政府工作及“十五”计划完成情况作了详细总结，同时对2031年的工作作了部署。"
     "2030年，全市实现增长6%。", 2031),
])
def test_plan_year_from_a_dateline_or_the_later_of_two_years(extractor: Extractor, head: str,
                                                             year: int) -> None:
    assert _run(extractor, head).report.year == year


def test_the_date_under_a_reports_title(extractor: Extractor) -> None:
    ex = _run(extractor, "（某省）青溪县人民政府工作报告（2031年1月8日）\n今年要新建学校5所。\n")
    assert (ex.report.year, ex.report.date) == (2031, "2031-01-08")


@pytest.mark.parametrize(("text", "year"), [
    ("2月1日，某市人大会议开幕。今年作为“十三五”开局之年，新建学校5所。", 2016),
    ("今年是“十四五”规划承上启下之年，新建学校5所。", 2023),
    ("明年是“十五五”收官之年，新建学校5所。", 2030),
    ("奋力实现“十四五”良好开局。今年新建学校5所。", 2021),  # the period's good start, ahead
    ("我们实现了“十四五”良好开局。今年新建学校5所。", None),  # looking back: no year said
    ("某市政府工作报告（2031年1月3日 王某）\n今年新建学校5所。", 2031),
    ("2030年，全县取得了发展新成绩。今年新建学校5所。", 2031),
])
def test_plan_year_from_the_five_year_plan_and_the_year_looked_back_on(
        extractor: Extractor, text: str, year: int | None) -> None:
    assert _run(extractor, text).report.year == year


@pytest.mark.parametrize(("text", "year"), [
    ("2031年青溪县政府工作报告\n各位代表：\n一、主要工作\n2030年生产总值预计达100亿元，增长6%。\n", 2031),
    ("2032年行署工作报告\n一、工作回顾\n过去一年，生产总值增长5%。\n", 2032),
    ("报告说，关于某省2030年国民经济和社会发展计划执行情况及2031年国民经济和社会发展计划草案的报告。", 2031),
    ("市长向市人大会议作报告。今年要以优异成绩迎接党的二十大胜利召开，生产总值增长6%。", 2022),
    ("会议1月10日召开，报告显示，2030年，预计，某县生产总值突破100亿元，增长7%左右。", 2031),
])
def test_plan_year_from_a_title_a_plan_draft_a_congress_or_an_estimate(
        extractor: Extractor, text: str, year: int) -> None:
    assert _run(extractor, text).report.year == year


def test_figures_describing_one_project_are_not_targets(extractor: Extractor) -> None:
    text = ("（一）苹果种植示范园项目：该项目位于我乡东坡村，总投资350万元，占地300余亩，预计2031年5月竣工。"
            "全年实施重点项目30个，总投资120亿元。")
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["30个", "120亿元"]


def test_a_title_may_open_on_its_year_but_not_on_a_list_number(extractor: Extractor) -> None:
    assert _run(extractor, "2031年青溪县政府工作报告\n各位代表：").report.title == "2031年青溪县政府工作报告"
    assert _run(extractor, "1、加快发展\n各位代表：").report.title is None
    # a page's dateline is no title
    assert _run(extractor, "2031-01-31 17:58:05 来源：某某网 责任编辑：某某\n各位代表：").report.title is None


def test_a_heading_of_expected_targets_without_nian_names_the_plan_year(extractor: Extractor) -> None:
    text = "本报讯 2030年的最后一天，某市全会召开。\n2031预期目标\n●生产总值增长8%以上\n回顾\n财政收入预计30亿元。\n"
    ex = _run(extractor, text)
    assert ex.report.year == 2031
    assert [g.text for g in ex.goals] == ["8%以上"]


def test_a_report_titled_by_the_year_it_reviews(extractor: Extractor) -> None:
    text = "2030年青溪县政府工作报告\n一、过去一年工作\n2030年，是我县极不平凡的一年。生产总值增长5%。\n"
    assert _run(extractor, text).report.year == 2031


def test_news_of_a_congress_session_reports_last_year_as_past(extractor: Extractor) -> None:
    text = "新华社1月12日电 某市十五届人大三次会议今天开幕。市长说，2030年东站枢纽实现开工，52个合作项目进展顺利。"
    ex = _run(extractor, text)
    assert ex.report.year == 2031
    assert [g.text for g in ex.goals] == []


@pytest.mark.parametrize(("text", "year"), [
    ("政府工作报告显示，某省经济结构持续优化。2030年，某省有力应对冲击，生产总值增长2%。", 2031),
    ("2030年，某省生产总值增长2%。2031年某省经济社会发展的主要预期目标是：增长5%以上。", 2031),
])
def test_plan_year_of_news_about_a_report(extractor: Extractor, text: str, year: int) -> None:
    assert _run(extractor, text).report.year == year


def test_a_review_excerpt_without_a_heading_gives_actuals(extractor: Extractor) -> None:
    text = ("政府工作报告\n——2031年1月26日在某省人民代表大会上\n"
            "(接1版)某装置开始临床试验，标志着国产化取得突破。推动245项成果转化，创造效益600亿元。\n"
            "——开放带动走深走实，拓展了对外开放的空间。新开通班列30条。\n")
    ex = _run(extractor, text)
    assert ex.goals == []
    assert [a.text for a in ex.actuals] == ["245项", "600亿元", "30条"]


def test_a_sentence_introducing_last_years_work_opens_a_review(extractor: Extractor) -> None:
    text = ("一年来，主要抓了以下重点工作：\n（一）狠抓脱贫攻坚。投入资金170亿元，帮助65万户脱贫。\n"
            "二、2031年工作安排\n生产总值增长6%。\n")
    ex = extractor.extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["6%"]


def test_a_delivery_line_that_lost_its_month_still_gives_the_year(extractor: Extractor) -> None:
    text = ("某省政府工作报告\n——2031111日在某省第十四届人民代表大会第一次会议上\n"
            "一、过去五年工作回顾\n生产总值达到4.2万亿元。\n")
    ex = _run(extractor, text)
    assert ex.report.year == 2031 and ex.goals == []


def test_an_estimate_in_an_aside_says_nothing_of_tense(extractor: Extractor) -> None:
    text = "一、2030年工作回顾\n经济发展快速恢复。全区生产总值增长4%（预计数，下同），财政收入增长2.6%。\n"
    assert extractor.extract(text, year=2031).goals == []


def test_a_review_heading_run_into_the_title_line(extractor: Extractor) -> None:
    text = "某市东坪镇2031年政府工作报告2030年工作回顾刚刚过去的一年，初步预计全镇生产总值增长1.6%。"
    assert extractor.extract(text).goals == []


def test_a_year_looked_back_on_after_a_comma(extractor: Extractor) -> None:
    text = ("市长某某政府工作报告（摘要）\n2030年高质量发展取得新成效\n"
            "2030年，是全面贯彻落实的开局之年，是本市发展历程中极具挑战、殊为不易的一年。"
            "全年地区生产总值增长3.3%。\n新增高新技术企业73户。\n")
    ex = extractor.extract(text)
    assert ex.report.year == 2031 and ex.goals == []


def test_the_part_of_the_year_gone_is_an_actual(extractor: Extractor) -> None:
    text = ("今年上半年，某省主要经济指标增速继续位居全国前列，固定资产投资增长24.6%。\n"
            "上半年全市共接待游客2459.3万人次。上半年，力争完成投资50亿元。"
            "下一步，确保实现接待游客4200万人次的年度目标。")
    goals = extractor.extract(text, year=2031).goals
    assert [g.text for g in goals] == ["50亿元", "4200万人次"]


def test_the_half_year_of_a_named_year_is_an_actual_with_its_change(extractor: Extractor) -> None:
    # a progress report on the year's targets: the half year is gone, and so is its change
    text = ("2031年县政府工作报告目标任务半年完成情况\n"
            "2031年上半年，实现地区生产总值88.2亿元，同比增长4.1%。全县社会消费品零售总额"
            "30.5亿元，同比下降2.2%。\n2031年上半年，力争完成投资50亿元。")
    goals = extractor.extract(text, year=2031).goals
    assert [g.text for g in goals] == ["50亿元"]


def test_a_flattened_page_keeps_its_unnumbered_review_heading(extractor: Extractor) -> None:
    # the page lost its line breaks: "2030年工作回顾" runs into the paragraph after it, and the
    # estimate there is of the year just ended
    text = ("2031年青溪县政府工作报告 ——2031年1月9日在青溪县第九届人民代表大会第三次会议上 "
            "各位代表：现在，我代表县人民政府向大会报告工作。 "
            "2030年工作回顾 2030年是开局之年。过去一年，我们稳中求进。对标要求，全力拼经济。"
            "预计地区生产总值增长6%，固定资产投资12.5亿元。 2031年工作安排 地区生产总值增长7%左右。")
    goals = extractor.extract(text).goals
    assert [(g.value, g.unit) for g in goals] == [(7, "%")]


@pytest.mark.parametrize("text", [
    "报告在回顾2030年工作时称，这一年某县圆满完成全年任务。\n2030年，某县实现突破。预计，全年生产总值突破千亿，"
    "增长10%左右；规上工业产值超2000亿，增长28%。\n",
    "各位代表：现在我作报告。 2030 年及本届政府工作回顾 2030 年，生产总值增长10%以上，完成投资38亿元。",
])
def test_last_years_estimate_and_a_term_review_are_actuals(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text, year=2031).goals == []


def test_two_bottom_lines_are_a_slogan(extractor: Extractor) -> None:
    assert extractor.extract("守好发展和生态两条底线，生产总值增长6%。", year=2031).goals[0].text == "6%"


def test_a_paragraph_that_tells_what_was_done_is_a_review(extractor: Extractor) -> None:
    text = ("2031年某区政府工作报告3篇\n"
            "推进东坪小学等5所学校建设，新增幼儿园18所。教师待遇稳步提高。有力推进文化馆建设，"
            "开展演出1200余场。成功举办第十一届登山节。\n"
            "今年，新建学校3所。\n")
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["3所"]


def test_a_news_date_stamp_and_five_year_targets(extractor: Extractor) -> None:
    text = ("版次：03 作者：2031年01月12日\n"
            "（上接第一版）区长：我们对今后五年提出了目标，要实现地区生产总值超过1800亿元。"
            "\n2032年班列到发量占全市50%。\n")
    ex = _run(extractor, text)
    assert ex.report.year == 2031
    assert [g.text for g in ex.goals] == ["超过1800亿元", "50%"]


@pytest.mark.parametrize("text", [
    "报告首先回顾了2030年工作。市长介绍，2030年，某市稳中向好。预计全年地区生产总值2.15万亿元，增长7%以上。"
    "完成固定资产投资6000亿元。\n",
    "某省人代会开幕。\n2030年成就：\n实现生产总值2.62万亿元，增长2.2%\n城乡居民收入分别增长4.9%和8%\n",
])
def test_a_year_reviewed_by_news_of_the_report(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text, year=2031).goals == []


def test_a_winter_news_date_of_a_report_that_names_the_next_year(extractor: Extractor) -> None:
    text = ("【聚焦两会】某市：蓄势奋进\n 2030/12/16/ 12:14 来源：某报\n"
            "预计2030年地区生产总值突破900亿元。会上发布了2031年发展“任务表”。"
            "力争2031年原油产量达到1050万吨，天然气产量达到7亿方。\n")
    ex = _run(extractor, text)
    assert ex.report.year == 2031
    assert [g.text for g in ex.goals] == ["1050万吨", "7亿方"]


def test_the_first_future_year_is_the_plan_year_and_later_ones_are_deadlines(extractor: Extractor) -> None:
    text = ("2031年，全县将培育十二大重点产业，加快建设污水处理厂，2032年底前投入使用，力争全覆盖；"
            "垃圾焚烧厂2032年建成，确保运行。\n")
    assert _run(extractor, text).report.year == 2031


def test_an_estimate_named_after_its_subject_is_last_years(extractor: Extractor) -> None:
    text = ("据消息，1月15日上午，某省人大会议开幕，省长作政府工作报告。报告指出，2030年全省GDP预计突破9万亿元、"
            "人均达12.1万元左右。2031年，全省目标经济增长5%左右。\n")
    ex = _run(extractor, text)
    assert ex.report.year == 2031
    assert [g.text for g in ex.goals] == ["5%左右"]


def test_a_repost_dated_years_after_the_text_is_dated_by_its_own_years(extractor: Extractor) -> None:
    text = ("某镇政府工作报告 发表于 2036年07月08日\n"
            "2030年，是进位之年。预计全年完成地区生产总值50亿元。\n2031年，全镇将新建道路10公里。\n")
    assert _run(extractor, text).report.year == 2031


def test_a_first_estimate_measures_a_period_already_gone(extractor: Extractor) -> None:
    text = ("今年是关键之年。近日，一季度经济运行会议举行。初步预计，全市生产总值将达到103亿元左右，增长14%以上。"
            "其中：一产业增加值12.8亿元，增长3.5%以上。\n今年，全市力争生产总值增长12%。\n")
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["12%"]


def test_a_bulleted_review_keeps_its_tense_down_the_bullets(extractor: Extractor) -> None:
    text = ("报告指出：\n●2030年某省地区生产总值达到13.5万亿元、增长4.8%；\n●甲市经济总量突破3万亿元；\n"
            "●地方一般公共预算收入达1.39万亿元、增长4.3%。\n报告提出，今年主要预期目标是：\n"
            "◆地区生产总值增长5%；\n◆固定资产投资增长4%。\n")
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["5%", "4%"]


def test_the_past_five_years_with_its_particle_is_a_review(extractor: Extractor) -> None:
    text = "据报告，在过去的五年里，某省地区生产总值达到3.65万亿元，净增1.43万亿元。今年地区生产总值增长7.5%。\n"
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["7.5%"]


def test_a_paragraph_that_estimates_the_year_it_opened_with(extractor: Extractor) -> None:
    text = ("某市两会闭幕\n1月16日，某市人大会议圆满完成所有议程。\n"
            "2030年，某市紧抓重大机遇，加快构建城市格局。预计全年地区生产总值增长6.1%，固定资产投资增长13%。\n"
            "今年某市经济社会发展的主要预期目标是：地区生产总值增长6%。\n")
    ex = _run(extractor, text)
    assert ex.report.year == 2031
    assert [g.text for g in ex.goals] == ["6%"]


def test_one_item_a_line_and_a_dated_outlook_heading(extractor: Extractor) -> None:
    text = ("回顾2030年\n生产总值增长9.5%，规模以上工业增加值增长14.5%\n成功举办生态旅游节十大品牌活动\n"
            "展望2031年\n生产总值增长9%左右，规模以上工业增加值增长12%左右\n全社会固定资产投资增长12%左右\n")
    assert [g.text for g in _run(extractor, text).goals] == ["9%左右", "12%左右", "12%左右"]


def test_a_review_sentence_that_strove_is_still_the_review(extractor: Extractor) -> None:
    text = ("2030年是全面贯彻新理念的第一年。我们团结依靠全市人民，努力寻标对标，在加快建设现代化城市的进程中"
            "迈出坚实步伐。全市生产总值实现8006.6亿元，增长10%；固定资产投资增长21.1%。\n")
    assert extractor.extract(text, year=2031).goals == []


def test_the_congress_delegates_are_not_targets(extractor: Extractor) -> None:
    text = ("昨日上午，某市人民代表大会开幕，近300名人大代表参加大会。本次会议应到人大代表316名，实到代表294名。"
            "今年，全市新增城镇就业1.2万人，培训新型职业农民2000人。\n")
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["1.2万人", "2000人"]


def test_an_estimate_after_its_subject_in_a_review_paragraph(extractor: Extractor) -> None:
    text = ("某市人大会议开幕。\n2030年，某市加强改革创新，推动经济平稳发展。地区生产总值预计完成1620亿元，增长8.6%。\n"
            "2030年，某市南京路片区预计地区生产总值增长4.7%左右。\n今年，全市地区生产总值增长7.5%。\n")
    ex = _run(extractor, text)
    assert ex.report.year == 2031
    assert [g.text for g in ex.goals] == ["7.5%"]


def test_a_headline_naming_the_plan_year_after_last_years_estimate(extractor: Extractor) -> None:
    text = "2030年某省地区生产总值预计可实现全年预期目标，2031年计划增长5.0%—5.5%\n\n会上，省长作政府工作报告。\n"
    assert [g.text for g in _run(extractor, text).goals] == ["5.0%—5.5%"]


def test_a_bulleted_list_heading_and_a_list_whose_lines_lost_their_semicolons(extractor: Extractor) -> None:
    text = ("市长在政府工作报告中提出了今年的主要任务。\n●主要预期目标\n"
            "导向性指标：地区生产总值增长8%左右；工业增加值增长6%；固定资产投资增长25%\n"
            "；社会消费品零售总额增长15%；城镇登记失业率控制在4%以内。\n"
            "2031年全区主要预期目标为：一般公共预算收入增长10%、力争完成65亿元\n\n"
            "固定资产投资增长6%，其中工业投资完成200亿元；规上工业总产值增长20%\n")
    ex = extractor.extract(text, year=2031)
    assert [(g.text, g.qualifier) for g in ex.goals] == [
        ("8%左右", "expected"), ("6%", "expected"), ("25%", "expected"), ("15%", "expected"),
        ("控制在4%以内", "expected"), ("10%", "expected"), ("65亿元", "strive"), ("6%", "expected"),
        ("200亿元", "expected"), ("20%", "expected")]


@pytest.mark.parametrize(("text", "year"), [
    ("新华社1月13日电 某市人代会13日开幕。市长在报告中透露：2031年某市生产总值增长的预期目标为9%。\n"
     "市长说，2030年是近年来某市经济发展最困难的一年。2030年，某市生产总值增长10%。\n", 2031),
    ("某省：实打实\n\n2031年02月08日11:31来源：某网\n"
     "某网2月8日讯 2030年，某省地区生产总值7.6万亿元，增长7.8%。\n", 2031),
    ("本文帮您从2030年重点工作回顾、2031年主要预期目标两部分解读政府工作报告。\n"
     "2030年，某市地区生产总值增长5%。\n", 2031),
    ("某省人大三次会议1月20日闭幕。1月20日，2031年某省两会胜利闭幕。数据显示，2030年某省地区生产总值"
     "同比增长5.1%。2031年全省地区生产总值增长5%左右。\n", 2031),
])
def test_news_of_a_session_names_its_plan_year(extractor: Extractor, text: str, year: int) -> None:
    assert _run(extractor, text).report.year == year


def test_an_estimate_inside_a_review_sentence_and_a_target_missed(extractor: Extractor) -> None:
    text = ("回顾过去5年的工作，某市六个支柱产业均迈上千亿级台阶，数字经济核心产业增加值预计达到2200亿元。\n"
            "2030年某省在固定资产投资增长11.6%、低于预期目标的情况下，实现地区生产总值增长8.9%。\n"
            "去年全省生产总值突破一万亿元，今年预计GDP增长百分之十左右。\n")
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["百分之十左右"]


def test_a_review_goes_on_over_lines_that_name_no_future(extractor: Extractor) -> None:
    text = ("本文帮您解读某市政府工作报告。\n"
            "2030年，面对多重超预期挑战，某市坚持疫情要防住、经济要稳住、发展要安全，经受住了重大考验。\n"
            "以超常规力度出台235项稳增长举措，为120万户市场主体减免税费347亿元。\n"
            "某市在大战大考中交出了合格答卷。预计实现地区生产总值5312亿元，增长3.6%。\n"
            "报告数据显示，预计地区生产总值迈上5000亿元台阶。\n"
            "今年主要预期目标是：地区生产总值增长7%左右。\n")
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["7%左右"]


def test_a_sentence_of_what_was_done_and_these_five_years(extractor: Extractor) -> None:
    text = ("在19日开幕的某市人代会上，市长作政府工作报告时交出了“十三五”成绩单，人均GDP突破13万元。\n"
            "“这五年，某市GDP连续迈上5000亿元、6000亿元两大台阶。”\n今年，全市地区生产总值增长6%。\n")
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["6%"]


def test_a_list_of_targets_one_a_line_without_punctuation(extractor: Extractor) -> None:
    text = ("今年，某区定下这些具体目标：\n产业◢\n"
            "完成东、中、西三大先进制造业园区启动区260公顷产业空间保障\n新增规上工业企业超300家\n"
            "新增国家级专精特新企业20家、省级专精特新企业50家以上\n整备连片产业用地1.5平方公里以上\n"
            "新增国高企业300家以上\n")
    assert [g.text for g in extractor.extract(text, year=2031).goals] == [
        "260公顷", "超300家", "20家", "50家以上", "1.5平方公里以上", "300家以上"]


def test_a_sessions_agenda_and_estimates_after_a_short_clause(extractor: Extractor) -> None:
    text = ("1月12日，某省人大会议召开。会议主要任务8项：审议省政府关于三十个重点县履行节能减排目标承诺情况的报告。\n"
            "刚刚过去的一年，是某省遇到困难最多的一年。投资增速明显加快，预计全年全社会固定资产投资1.23万亿元、"
            "增长38%左右。服务业和高新技术产业的投资预计分别增长55%和45%。\n"
            "今年，提请省人大常委会审议地方性法规草案12件，全省生产总值增长9%以上。\n")
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["12件", "9%以上"]


def test_emoji_at_the_end_of_lines_do_not_join_them(extractor: Extractor) -> None:
    text = ("某县2031工作报告📜\n在这春意盎然的季节里，我们齐聚一堂，共同回顾过去一年的工作成果，向大家汇报。🌟\n"
            "回顾2030年工作成果🏆\n过去的一年，某县取得了显著的成绩。\n"
            "经济发展稳中向好，全县GDP增长6%，财政收入增长5%。📈\n展望2031年工作目标🎯\n"
            "2031年，我们将努力实现以下目标：\n经济高质量发展，确保GDP增长7%，财政收入增长6%。📈💪\n")
    ex = extractor.extract(text, year=2031)
    # (确保 governs both: one growth after another, docs/annotation.md decision 13)
    assert [(g.text, g.qualifier) for g in ex.goals] == [("7%", "ensure"), ("6%", "ensure")]


def test_lifelines_and_titles_to_earn_are_slogans(extractor: Extractor) -> None:
    text = "坚决守好三条生命线。今年，力争四项先进、争创五个优秀、树立六个标兵，全年新增就业500人。"
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["500人"]


def test_so_far_this_year_in_a_december_report_is_the_review(extractor: Extractor) -> None:
    text = ("政府工作报告\n—2030年12月20日在某县人民代表大会第二次会议上\n2030年工作回顾\n"
            "今年以来，我们凝心聚力，较好地完成了目标任务。全年地区生产总值增长4.5%（预计数，下同），"
            "固定资产投资增长15%。\n2031年工作安排\n地区生产总值增长6%左右。\n")
    ex = _run(extractor, text)
    assert ex.report.year == 2031
    assert [g.text for g in ex.goals] == ["6%左右"]


def test_a_named_programme_is_no_word_of_the_future(extractor: Extractor) -> None:
    text = ("80%以上贫困群众受益，获评省旅游扶贫示范县。二是发展实现可持续。推进“志智双扶”计划，"
            "建设扶贫项目119个，建成“幸福驿站”64个，新增就业5331人，内生动力稳步提高。\n今年，新增就业1000人。\n")
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["1000人"]


def test_a_delivery_line_of_december_that_lost_its_month_plans_for_the_next_year(
        extractor: Extractor) -> None:
    # ——20301217日: 2030年12月17日 (no other reading), so the report plans for 2031 and the
    # estimates for 2030 are actuals
    text = ("某区人民政府工作报告\n——20301217日在某区第十四届人民代表大会第四次会议上\n"
            "一、2030年工作回顾\n2030年预计实现地区生产总值528亿元，增长9%。\n")
    ex = _run(extractor, text)
    assert ex.report.year == 2031 and ex.goals == []


@pytest.mark.parametrize(("text", "year"), [
    # a delivery line that lost 年, 月 and 日, with the session's vote
    ("某县政府工作报告\n——2031115县十六届人大四次会议通过\n县长 某某\n各位代表：\n", 2031),
    # the review of a five-year plan's period as a heading: the plan year follows it
    ("各位代表：\n一、“十一五”工作回顾\n“十一五”时期，是我县经济实力快速提升的五年。\n", 2011),
    # a year introduced as an opening year, then looked back on in the next sentence
    ("2030年是实施规划的开局之年。一年来，我市圆满完成了各项任务。\n", 2031),
    # a news heading that looks back on a year written without 年
    ("某某网2月19日讯 昨日，某市人代会开幕。\n回顾2030——全市实现生产总值1523亿元\n", 2031),
    # last year's figures, then this year's deadline; slogans of later years in quotes
    ("某县聚焦“2034年前后全县工业总产值突破800亿元，2040年城市规模达到40万人”的目标。\n"
     "2030年，某县地区生产总值增长6.2%。2031年底城镇化率达到55%以上。\n", 2031),
    # a plan report titled by the year whose plan it reports on
    ("某区2030年国民经济和社会发展\n计划执行情况与计划安排的报告\n一、2030年计划执行情况\n", 2031),
    # the date the report was given, written before its name in a news lead
    ("编者按：教育、就业等大事，都在2031年4月27日的某县政府工作报告中做了部署。\n", 2031),
    # the year just gone, introduced as one that was
    ("各位代表，刚刚过去的2030年是本届政府的收官之年。这一年，我们推进高质量发展。\n", 2031),
])
def test_more_ways_a_text_gives_its_plan_year(extractor: Extractor, text: str, year: int) -> None:
    assert _run(extractor, text).report.year == year


@pytest.mark.parametrize(("text", "year"), [
    # a title naming the region without 市 still names the year the report plans for
    ("解读2021年洛阳政府工作报告：今年生产总值增长7%左右，去年增长3%。", 2021),
    # 二、“十二五”发展的目标: the report that opens a five-year plan is given in its first year
    ("二、“十二五”发展的目标和主要任务\n地区生产总值年均增长9%，到2015年达到3000亿元。", 2011),
    # a report's opening: the one year it names is the one looked back on
    ("各位代表：\n现在，我代表市人民政府向大会报告工作。\n2023年全市上下交出了一份优异成绩单\n"
     "过去的一年，成绩殊为不易。", 2024),
    # a news dateline with the hour as 16时41分
    ("规划获批准\nhttp://www.example.cn    2009年01月12日16时41分   来源：新闻网\n"
     "代主席今日在此间召开的会议上表示，国务院批准实施规划。", 2009),
])
def test_titles_and_period_headings_name_the_plan_year(extractor: Extractor, text: str, year: int) -> None:
    assert _run(extractor, text).report.year == year


@pytest.mark.parametrize(("text", "year"), [
    # a page titled by the year glued to the region, with 全文
    ("2031青溪政府工作报告全文\n\n今年主要预期目标是：地区生产总值增长6%以上。", 2031),
    # the last year of a five-year plan, whose tasks are completed
    ("今年是全面完成“十六五”规划任务的收官之年。地区生产总值增长6%。", 2035),
    # a news page dated with its weekday cut off
    ("2031年4月24日 星期\n青溪区两会召开，政府工作报告明确今年发展目标\n地区生产总值增长6%。", 2031),
    # a provincial congress's session (terms by province); a county's terms follow no calendar
    ("河北省长在省十二届人大二次会议上作政府工作报告。全省生产总值增长8%左右。", 2014),
    ("海南省长在省六届人大三次会议上作政府工作报告。全省生产总值增长7%左右。", 2020),
    ("青溪县长在县十二届人大二次会议上作政府工作报告。", None),
    # a year built on, and a period's first year
    ("本网讯：青石镇按照市委的总体思路，在2030年各项工作取得显著成绩的基础上，确定生产总值增长15%。", 2031),
    ("市长在报告中说，今年是“十六五”开局起步之年。地区生产总值增长5%。", 2031),
])
def test_titles_sessions_periods_and_datelines_of_news_pages(
        extractor: Extractor, text: str, year: int | None) -> None:
    assert _run(extractor, text).report.year == year


def test_a_plan_posted_in_the_next_spring_keeps_its_own_year(extractor: Extractor) -> None:
    text = ("乡镇重点工作安排\n\n时间:2022-04-09 08:27:37\n\n（一）打造一批党建示范单位。2021年计划申报并打造3个以上的"
            "示范村。\n（二）推动重点项目建设。一是计划投资2500万元再建27公里农村道路。")
    ex = extractor.extract(text)
    assert ex.report.year == 2021
    assert {g.text for g in ex.goals} == {"3个以上", "2500万元", "27公里"}


def test_a_congress_that_looks_back_five_years_plans_from_the_next(extractor: Extractor) -> None:
    text = ("本报讯 5月30日上午，青石镇第十三次党代会召开。记者从会上获悉，过去五年，青石镇经济社会各项事业取得新成效。"
            "2020年，青石镇实现工业总产值265.7亿元，年均增长8.8%。会议提出，今后五年的主要目标是：力争到2025年，"
            "全镇实现工业总产值420亿元，年均增长9.5%。")
    ex = extractor.extract(text)
    assert ex.report.year == 2021
    assert [g.text for g in ex.goals] == ["420亿元", "9.5%"]


def test_a_year_whose_figures_are_about_is_the_plan_year(extractor: Extractor) -> None:
    text = ("围绕两个“功能布局”，提速“三大核心板块”\n本报讯 记者从5月28日某区召开的人民代表大会第五次会议上获悉，"
            "2020年围绕两个“功能布局”，提速“三大核心板块”建设，地区生产总值增长6.5%左右，一般公共预算收入增长3%左右。")
    ex = extractor.extract(text)
    assert ex.report.year == 2020
    assert [g.text for g in ex.goals] == ["6.5%左右", "3%左右"]


def test_a_review_of_last_year_and_of_this_year_so_far_names_the_year_before_the_plan(
        extractor: Extractor) -> None:
    text = ("各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2021年和今年以来工作回顾\n"
            "2021年是本市发展史上具有里程碑意义的一年。全市生产总值增长7.1%，一般公共预算收入增长5.2%。")
    ex = _run(extractor, text)
    assert ex.report.year == 2022
    assert ex.goals == []
    assert [a.text for a in ex.actuals] == ["7.1%", "5.2%"]


def test_an_economy_running_within_expectations_is_no_word_of_the_future(
        extractor: Extractor) -> None:
    text = ("2023年，我们坚持稳中求进。\n预计全区生产总值210亿元、增长6.2%，经济运行保持在预期的合理区间，"
            "服务业增加值98亿元、增长7%。")
    ex = extractor.extract(text, year=2024)
    assert ex.goals == []
    assert [a.text for a in ex.actuals] == ["210亿元", "6.2%", "98亿元", "7%"]


def test_a_review_goes_on_over_headings_that_name_no_time(extractor: Extractor) -> None:
    # a town's year-end meeting told as an infographic: big figures as headings between
    # paragraphs of last year's work; the plan year named only in the caption
    text = ("某镇2024年工作会议召开。\n据悉，2023年某镇实现工业总产值320亿元，同比增长9.1%，"
            "顺利完成年度预期目标。\n有温度的民生实事\n1200套\n"
            "全镇上下齐心协力，建成保障性住房1200套，改造农村公路46公里。\n5.6亿元\n"
            "引进先进制造项目12个，总投资约5.6亿元。")
    ex = extractor.extract(text, year=2024)
    assert ex.goals == []
    assert {"1200套", "46公里", "12个"} <= {a.text for a in ex.actuals}


def test_a_news_headline_with_its_figure_names_no_plan_section(extractor: Extractor) -> None:
    text = ("今年青河计划新建学校5所实现投资8亿元以上\n2月20日，青河县第十届人民代表大会第二次会议开幕。\n"
            "报告指出，2021年，青河县保持了经济平稳健康发展。\n"
            "民生事业成效显著。新增城镇就业3200人，建成农村公路86公里。")
    ex = extractor.extract(text, year=2022)
    assert [g.text for g in ex.goals] == ["5所", "8亿元以上"]
    assert {"3200人", "86公里"} <= {a.text for a in ex.actuals}


def test_a_slogan_whose_quotes_were_lost_says_nothing_of_the_future(extractor: Extractor) -> None:
    text = ("2022年，我们坚决落实疫情要防住、经济要稳住、发展要安全要求，"
            "经受住了疫情反复、需求收缩、供给冲击的严峻考验。\n"
            "以超常规力度出台纾困举措86项，为市场主体减免税费52亿元。")
    ex = extractor.extract(text, year=2023)
    assert ex.goals == []
    assert [a.text for a in ex.actuals] == ["86项", "52亿元"]


def test_a_year_whose_results_are_ranked_is_the_year_reviewed(extractor: Extractor) -> None:
    text = ("春风吹绿了山岗。\n2021年，青河县地区生产总值完成86亿元，增长7.4%，总量排名全市第三；"
            "一般公共预算收入9.2亿元，增长10.1%。")
    ex = _run(extractor, text)
    assert ex.report.year == 2022
    assert ex.goals == []


def test_a_record_set_and_a_verdict_of_strong_support_review_the_year(extractor: Extractor) -> None:
    text = ("经济运行持续向好，产业发展支撑有力\n"
            "加快农业结构调整。全县粮食播种面积 120.5 万亩，粮食产量达到 9 亿斤以上，创历史新高。"
            "建设高标准农田 12 万亩。")
    ex = extractor.extract(text, year=2023)
    assert ex.goals == []
    assert [a.text for a in ex.actuals] == ["120.5 万亩", "9 亿斤以上", "12 万亩"]


@pytest.mark.parametrize(("text", "year"), [
    # given in December, the report says which year it plans for
    ("本报讯 12月20日，青山区2024年政府工作报告出炉。初步预计，2024年青山区实现地区生产总值820亿元。"
     "报告对青山区2025年的工作作出谋划。", 2025),
    # a look back, then a look ahead
    ("回首2023年，青河市主要经济指标全省排名大幅进位。展望2024年，青河市经济长期向好的基本面没有变。", 2024),
    # a town's plan titled with its year, though its opening looks back on the year
    ("2021年某镇农业工作计划\n2021年是收获的一年，在这一年里，我们取得了长足的进步。", 2021),
])
def test_the_year_a_text_plans_for_in_so_many_words(extractor: Extractor, text: str, year: int) -> None:
    assert _run(extractor, text).report.year == year


def test_an_estimate_of_what_the_named_year_completes_is_an_actual(extractor: Extractor) -> None:
    text = ("2031年，青溪县坚持稳中求进，高质量发展成色更亮。有形之数见证发展之势。"
            "预计2031年，全县地区生产总值完成57.2亿元，增长3.5%；预计全年完成工业投资6.6亿元。"
            "项目预计2031年底并网发电，实现产值5亿元。")
    goals = extractor.extract(text, year=2031).goals
    assert [g.text for g in goals] == ["5亿元"]


def test_a_plan_s_aim_of_progress_before_a_year_to_reach_is_no_review(extractor: Extractor) -> None:
    text = ("——自主创新优势更加突出，在关键产业领域核心技术创新取得突破性进展，创新体系更趋完善，"
            "到2035年科技进步贡献率达到60%，全社会研发支出占GDP比重达到4%。")
    goals = extractor.extract(text, year=2031).goals
    assert [g.text for g in goals] == ["60%", "4%"]


def test_a_flattened_table_of_targets_and_progress_keeps_its_columns(extractor: Extractor) -> None:
    text = ("2031年上半年经济社会发展主要预期目标进展情况表\n\n指    标\n\n年度预期目标\n\n上半年完成情况\n\n"
            "1.地区生产总值\n\n增长5.5%以上\n\n增长6.3%\n\n2.固定资产投资\n\n增长10%\n\n增长2.1%\n\n"
            "2031年重点工作推进情况\n序号\n重点工作\n责任单位\n进展情况\n1\n规上工业增加值增长9%。\n区发改局\n"
            "1-10月规上工业增加值增速9.6%。\n2\n全社会固定资产投资增长6%。\n区发改局\n1-10月投资同比增长0.1%。\n"
            "3\n新增市场主体3000户。\n区发改局\n1-10月新增2450户。\n")
    ex = extractor.extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["5.5%以上", "10%", "9%", "6%", "3000户"]
    assert [a.text for a in ex.actuals] == ["6.3%", "2.1%", "9.6%", "0.1%", "2450户"]


def test_a_year_the_report_is_said_to_speak_of_is_no_deadline(extractor: Extractor) -> None:
    text = ("1月5日，青溪市人大会议开幕。市长作报告时表示，2030年，抓紧抓实重点工作，实现了良好开局，"
            "预计全市地区生产总值突破500亿元，增长8%左右。\n市政府工作报告提到2031年经济社会发展主要预期"
            "目标为：地区生产总值增长7.5%。")
    ex = extractor.extract(text)
    assert ex.report.year == 2031 and [g.text for g in ex.goals] == ["7.5%"]


def test_a_report_on_how_the_plan_went_reports_figures_reached(extractor: Extractor) -> None:
    text = ("青溪县2031年上半年国民经济和社会发展计划执行情况报告\n一、执行情况\n"
            "(一)农业生产保持稳定，特色产业发展良好\n完成农林牧渔业总产值25.2亿元，同比增长6.8%，增速全市第一。")
    assert extractor.extract(text, year=2031).goals == []


def test_a_progress_report_restates_each_task_before_how_it_went(extractor: Extractor) -> None:
    text = ("市政府督查室对2031年重点工作上半年完成情况进行了督办。现将有关情况通报如下：\n"
            "一、主要指标任务完成情况\n（二）报告中确定的其他指标任务完成情况\n"
            "1.引进龙头企业投资项目不少于3个；新开工亿元以上产业项目100个。上半年，引进龙头企业投资项目2个，"
            "新开工亿元以上产业项目80个。\n")
    ex = extractor.extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["不少于3个", "100个"]
    assert [a.text for a in ex.actuals] == ["2个", "80个"]


def test_a_year_in_a_designation_list_s_name_says_nothing_of_the_time(extractor: Extractor) -> None:
    text = ("一、2031年上半年工作总结\n项目建设扎实推进。成功保障青溪奥莱入选2031年省绿色低碳高质量发展重点项目，"
            "甲、乙等4个项目入选省现代服务业重点项目；累计办理项目审批手续19件，平均时限缩短40%。")
    assert extractor.extract(text, year=2031).goals == []


def test_the_half_year_goes_on_over_the_paragraph(extractor: Extractor) -> None:
    text = ("青溪区2031年区政府工作报告目标任务半年完成情况\n2031年上半年，完成地区生产总值550.5亿元、同比增长6%。"
            "固定资产投资同比增长7.3%。空气质量优良天数为161天。城镇调查失业率控制在5.5%以内。\n"
            "下半年，力争完成投资60亿元。")
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["60亿元"]


@pytest.mark.parametrize("text", [
    "青溪州197个重点项目开工总投资183亿元\n6月30日，青溪州举行第三批项目集中开工仪式，2031年计划完成投资50亿元。",
    "青溪省十大产业项目集中开工 项目总投资685.3亿元\n9日，青溪省重大项目集中开工仪式举行，2031年计划完成投资50亿元。",
    "6月30日，青溪州举行项目开工仪式。白石县集中开工项目共35项，总投资25.70亿元，2031年计划完成投资50亿元。",
])
def test_a_launch_headline_or_count_tells_of_a_batch_launched(extractor: Extractor, text: str) -> None:
    assert [g.text for g in extractor.extract(text, year=2031).goals] == ["50亿元"]


def test_the_year_s_task_given_aside_of_an_estimate(extractor: Extractor) -> None:
    text = ("2032年1-10月份，规模以上工业企业主营业务收入完成315亿元，占年任务的97%，预计1-12月份规模以上工业企业"
            "主营业务收入完成360亿元（市下达任务325亿元）。1-10月份，工业固投增长24.1%，预计1-12月份工业固投增长24.6%"
            "（年度增长计划为10.5%）。")
    ex = extractor.extract(text, year=2032)
    assert [(g.text, g.indicator, g.qualifier) for g in ex.goals] == [
        ("325亿元", "规模以上工业企业主营业务收入", None), ("10.5%", "工业固投", None)]


def test_a_half_year_s_bulleted_results_against_the_year_s_targets_in_brackets(extractor: Extractor) -> None:
    text = ("一、上半年国民经济和社会发展计划执行情况\n2032年我市12项主要预期目标中，其余9项均进展良好，具体如下：\n"
            "——上半年地区生产总值完成5474.12亿元，增长17.3%，好于全年预期目标（增长6%以上）要求；\n"
            "——上半年固定资产投资增长25.1%，好于全年预期目标（增长5%）要求；")
    ex = extractor.extract(text, year=2032)
    assert [(g.text, g.indicator, g.qualifier) for g in ex.goals if g.unit == "%"] == [
        ("6%以上", "地区生产总值", "expected"), ("5%", "固定资产投资", "expected")]
    assert [a.text for a in ex.actuals] == ["9项", "5474.12亿元", "17.3%", "25.1%"]


# (text, the plan year, the targets; None: not checked) — the year a text states, told in many ways
_PLAN_YEARS = [
    pytest.param(
        "青溪市长某某代表市政府作《政府工作报告》，回顾了2031年政府工作，定下2032年奋斗目标。\n"
        "2031年，青溪主要经济指标总量位居全省前列。预计全市完成生产总值2400亿元，增长9.3%左右。",
        2032, [], id="reviewed or set targets for 1"),
    pytest.param(
        "3月6日，青溪县人民代表大会第四次会议开幕。县长某某首先回顾了2031年县人民政府工作。他说，2031年，是全面"
        "贯彻落实的开局之年。全年完成生产总值237.2亿元，增长9.4%。",
        2032, [], id="reviewed or set targets for 2"),
    pytest.param(
        "青溪区国民经济和社会发展第十四个五年规划和2035年远景目标纲要\n"
        "表1：“十三五”期间经济社会发展的主要目标\n指 标 |\n2015年 完成 |\n2020年 完成 |\n"
        "地区生产总值(亿元) |\n300.41 |\n469.5 |\n"
        "经济总量跃上新台阶。地区生产总值从2015年末的300.41亿元跃升至2020年的469.5亿元，年均增长9.3%。",
        2021, [], id="outline"),
    pytest.param(
        "新闻\n锚定目标任务，今年青溪区力争谋划项目总投资达300亿元以上\n2032\n03/06\n15:24\n\n"
        "近日，青溪区“两会”闭幕。2031年，面对多重困难挑战，青溪区全力以赴抓项目、强产业、拼经济。",
        2032, None, id="split dateline"),
    pytest.param(
        "青溪省人民政府日前发布\n关于做好2031年青溪省重点项目工作的通知\n共列项目810个\n"
        "2031年预计完成投资7916.5亿元\n其中，续建项目532个，新开工项目278个。",
        2031, ["810个", "7916.5亿元", "532个", "278个"], id="notice"),
    pytest.param(
        "2034 年 03 月 28 日 星期四\n您当前的位置 : 青溪新闻网\n\n关注市县党代会丨青溪：打造特色农业标杆\n\n"
        "青溪网 时间:2032-01-06 20:56 来源:青溪网\n\n6日，中国共产党青溪县第十五次代表大会开幕。"
        "五年来，全县累计完成固定资产投资300亿元。",
        2032, None, id="labelled date"),
    pytest.param(
        "1月7日，在青溪市八届人大四次会议上，政府工作报告提出：地区生产总值增长10%左右。\n"
        "2031年，全市生产总值比2030年增长3.1%。\n2032年，受预期转弱冲击，全市经济增长4.5%，"
        "取得了来之不易的发展成绩。",
        2033, None, id="预期转弱"),
    pytest.param(
        "5月23日，我县举行重点项目集中开工仪式。\n2032年我县预计二季度全县生产总值增长12%，固定资产投资增长12%。"
        "据了解，2032年我县共3个项目争列为省重点项目，年度计划投资5.2亿元。",
        2032, ["12%", "12%", "3个", "5.2亿元"], id="a quarter estimated"),
    pytest.param(
        "青溪部署启动重大项目“双百攻坚”行动\n自6月21日起开展百日攻坚，确保攻坚期间完成投资不少于80.7亿元。\n"
        "2031年，青溪县全面贯彻新发展理念，实现全年地区生产总值457.8亿元，增长8.1%。",
        2032, ["不少于80.7亿元"], id="whole results told"),
    pytest.param(
        "2031年，青溪市坚持稳中求进，全市经济持续回升向好。\n一季度、上半年、全年全市GDP分别增长6.7%、6.6%、6.0%，"
        "分别排全区第2、第1、第3位。2031年外贸进出口总额在高基数下实现2730亿元。",
        2032, [], id="ranked"),
    pytest.param(
        "2032年,青溪文旅这么干！\n今年州两会政府工作报告提出，2032年，青溪州要延续旅游火爆势头。\n"
        "主要预期目标是：2032年，全州预计接待国内游客3200万人次，同比增长20%；预计完成国内旅游收入470亿元。"
        "2032年计划推进重点项目19个。",
        2032, ["3200万人次", "20%", "470亿元", "19个"], id="estimated and planned"),
    pytest.param(
        "省长某某作政府工作报告。\n某某在回顾青溪省2031年工作时表示，2031年预计全省生产总值增长5.2%。"
        "\n2031年，协同发展纵深推进。",
        2032, None, id="reviewed then estimated"),
    pytest.param(
        "报告指出，过去一年，全州经济社会发展稳中有进。\n"
        "2031年，青溪州经济发展呈现快速增长势头，全州地区生产总值完成1123亿元，增长8.4%，增速全省第3。\n"
        "2031年是青溪州扶贫力度最大、脱贫措施最实、减贫成效最好的一年。",
        2032, [], id="hardest working"),
]


@pytest.mark.parametrize(("text", "year", "goals"), _PLAN_YEARS)
def test_the_plan_year_a_text_states(extractor: Extractor, text: str, year: int, goals: list[str] | None) -> None:
    ex = extractor.extract(text)
    assert ex.report.year == year
    if goals is not None:
        assert [g.text for g in ex.goals] == goals


# (text, its targets, its actuals; None: not checked) in a report of 2032 — figures done or ahead
_DONE_OR_AHEAD = [
    pytest.param(
        "市经信委负责人介绍，去年全市工业经济稳中有进。该负责人表示，今年我市将力争全市规模以上工业增加值"
        "增长6%左右，工业投资增长7%左右。合作社负责人表示，今年将力争养殖规模达到500头。",
        ["6%左右", "7%左右"],
        None, id="an official quoted on the government plan"),
    pytest.param(
        "报告明确了今后五年青溪发展蓝图：地区生产总值增速保持7.6%左右，常住人口达500万人左右。"
        "报告交出了成绩单，人均GDP突破13万元。",
        ["7.6%左右", "500万人左右"],
        ["突破13万元"], id="set out ahead, handed in done"),
    pytest.param(
        "区长现场发言表示，三年来，青溪区经济总量从6103亿元增长到8036亿元，增长近2000亿元。"
        "今年，青溪区全年计划实施项目400个。",
        ["400个"],
        None, id="三年来 looks back"),
    pytest.param(
        "26项未达到序时进度要求的具体目标如下：\n1.地区生产总值（第1项）：增长6.1%，低于目标0.9个百分点。\n"
        "2.一般公共预算收入（第2项）：增长3.9%，低于目标11.1个百分点。\n"
        "2032年上半年，全区实现地区生产总值806亿元，同比增长3.2%，塌目标1.8个百分点；"
        "规模以上工业增加值同比增长10.1%，高于目标2.1个百分点。",
        [],
        ["26项", "6.1%", "0.9个百分点", "3.9%", "11.1个百分点", "806亿元", "3.2%", "1.8个百分点", "10.1%",
         "2.1个百分点"], id="a result against its target"),
    pytest.param(
        "主要预期目标\n1.地区生产总值增长8%左右。1-9月，完成地区生产总值1321.29亿元，比上年同期增长4.4%。\n"
        "2.规模以上工业增加值增长10%。1-9全市规模以上工业企业累计完成产值1662.25亿元，同比增长9.6%；"
        "规模以上工业增加值增长7.2%，全省排名第10位。",
        ["8%左右", "10%"],
        None, id="the months so far"),
    pytest.param(
        "截至11月20日，全师预计实现固定资产投资105亿元，完成下达全年目标任务的109%，确保实现固定资产投资106亿元，"
        "增长7.5%，完成下达全年目标任务的110%。",
        ["106亿元", "7.5%", "110%"],
        ["105亿元", "109%"], id="a pledge after the year so far"),
    pytest.param(
        "区政府督查办对2032年政府工作报告重点工作任务完成情况进行跟踪督办。\n"
        "1.启动建设技术交易中心，技术交易合同登记额增长15%。全年完成技术合同登记382项、交易金额26亿元。\n"
        "2.积极引进甲光电等项目。2032年，共签约48个项目，协议引资338.91亿元。\n"
        "3.拆除新山路沿线10万平方米违法建筑。累计整治新山路沿线违建22处。",
        ["15%", "10万平方米"],
        ["382项", "26亿元", "48个", "338.91亿元", "22处"], id="after a restated task"),
]


@pytest.mark.parametrize(("text", "goals", "actuals"), _DONE_OR_AHEAD)
def test_figures_done_or_ahead(extractor: Extractor, text: str, goals: list[str], actuals: list[str] | None) -> None:
    ex = extractor.extract(text, year=2032)
    assert [g.text for g in ex.goals] == goals
    if actuals is not None:
        assert [a.text for a in ex.actuals] == actuals


@pytest.mark.parametrize(("text", "year", "goals"), [
    ("某省人大会议在某市举行，省长作政府工作报告。报告指出，2030年，某省数字经济作用更加明显，"
     "实施融合行动，2280户企业完成改造，软件业务收入增长18%以上。", 2031, []),
    ("某省人大会议在某市举行，省长作政府工作报告。报告指出，2031年，某省生产总值增长6%左右。", 2031, ["6%左右"]),
    ("某省人大会议在某市举行，省长作政府工作报告。报告指出，2031年要新建学校5所。", 2031, ["5所"]),
])
def test_the_year_a_report_is_said_to_point_out_is_looked_back_on_unless_planned(
        extractor: Extractor, text: str, year: int, goals: list[str]) -> None:
    ex = _run(extractor, text)
    assert ex.report.year == year
    assert [g.text for g in ex.goals] == goals


@pytest.mark.parametrize(("text", "year"), [
    # the one year named, then looked back on
    ("2030年，某县锚定高质量发展这一首要任务，砥砺奋进。\n过去一年，某县推动经济实现质的有效提升。", 2031),
    # looked back on first, then the year ahead named
    ("县长在政府工作报告中指出，过去一年，某县聚力乡村振兴。\n2031年，如何让农业更有干头？县长说，要加强监测。", 2031),
    # 去年以来 … Y年…打好了: the year told as done
    ("去年以来，某战略层层深化。2030年，我市可以说是打好了首场仗。全市实现地区生产总值3238亿元，增长8.4%。", 2031),
])
def test_a_year_told_as_over(extractor: Extractor, text: str, year: int) -> None:
    ex = _run(extractor, text)
    assert ex.report.year == year
    assert ex.goals == []


def test_a_year_whose_tasks_were_carried_out_is_over(extractor: Extractor) -> None:
    text = ("某市政府工作报告摘登\n2030年经济社会呈现新气象\n2030年，在市委的坚强领导下，市人民政府牢固树立新发展理念，"
            "砥砺初心、开拓创新，圆满完成了市人大会议确定的主要目标任务。\n全市地区生产总值同比增长7%。")
    ex = _run(extractor, text)
    assert ex.report.year == 2031
    assert ex.goals == []


@pytest.mark.parametrize("text", [
    "某省人大会议在某市举行，省长作政府工作报告。报告指出，2030年，某省主要经济指标稳中有进，生产总值增长5%。",
    "某省人大会议在某市举行，省长作政府工作报告。报告指出，2030年，某省完成主要目标任务，生产总值增长5%。",
])
def test_words_that_only_look_like_plans_do_not_keep_a_pointed_out_year(extractor: Extractor, text: str) -> None:
    assert _run(extractor, text).report.year == 2031


@pytest.mark.parametrize(("text", "year"), [
    ("二、2030年工作总体要求和主要目标\n今年要坚持稳中求进。主要预期目标是：地区生产总值增长6%左右。", 2030),
    ("今年是“十四五”规划实施收官之年。新建学校5所。", 2025),
    # preparing the next period's good start is no start of it
    ("今年要为实现“十五五”良好开局打牢基础。新建学校5所。", None),
])
def test_plan_year_from_the_general_requirements_and_the_period(
        extractor: Extractor, text: str, year: int | None) -> None:
    assert _run(extractor, text).report.year == year


def test_a_quarter_of_the_year_done_leaves_the_year_running(extractor: Extractor) -> None:
    text = ("5月11日下午，某省2031年二季度重大项目集中开工仪式举行。某州汇报2031年一季度集中开工产业项目完成投资情况。"
            "今年一季度，某州计划开工项目188个。")
    assert _run(extractor, text).report.year == 2031


@pytest.mark.parametrize(("text", "year"), [
    # a reading of the report titled by the year it reviews, then the year it plans
    ("登录长江云平台账号\n解读2030年青溪市政府工作报告(八)\n市九届人大二次会议上，市长代表市政府作《政府工作报告》。\n"
     "2030年 青溪交出了怎样的成绩单？\n2031年 青溪擘画了怎样的新蓝图？\n继续解读\n2030年青溪市政府工作报告\n"
     "1、优化教育资源布局。", 2031),
    # a feature posted in October speaks of its own year, though it names the next
    ("青溪县“四轮驱动”力推县域经济驶入“快车道”\n2030-10-19 07:00\n如何推动县域经济快速发展？"
     "青溪县抓招商、建项目，力争到2031年工业总产值突破百亿元。", 2030),
])
def test_the_year_of_a_reading_and_of_an_autumn_feature(extractor: Extractor, text: str, year: int) -> None:
    assert extractor.extract(text).report.year == year
