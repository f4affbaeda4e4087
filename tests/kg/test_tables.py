"""Flattened tables of the year's targets and their progress (kg/tables.py, rule 55)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.tables import table_cells

PIPED = ("2031年上半年计划主要预期目标完成情况\n|\n指标名称 |\n预期增长(%) |\n上半年完成(%) |\n|\n"
         "地区生产总值 |\n6左右 |\n4 |\n|\n规上工业增加值 |\n6.5以上 |\n-3.6 |\n|\n"
         "城镇新增就业 |\n2.7万人以上 |\n1.34万人 |\n|\n居民消费价格涨幅 |\n与全省保持一致 |\n")


def test_a_piped_table_s_columns_give_role_unit_and_row_label() -> None:
    cells = table_cells(PIPED)
    got = [(PIPED[a:b].strip(" |"), c.role, c.unit, c.label) for a, b, c in cells.spans]
    assert got[:4] == [("6左右", "target", "%", "地区生产总值"), ("4", "actual", "%", "地区生产总值"),
                       ("6.5以上", "target", "%", "规上工业增加值"), ("-3.6", "actual", "%", "规上工业增加值")]


def test_bare_numbers_under_a_header_unit_are_targets_and_actuals() -> None:
    ex = Extractor().extract(PIPED, year=2031)
    assert [(g.text, g.value, g.unit, g.comparator, g.kind, g.indicator) for g in ex.goals[:2]] == [
        ("6左右", 6, "%", "about", "growth", "地区生产总值"),
        ("6.5以上", 6.5, "%", "at_least", "growth", "规上工业增加值"),
    ]
    assert [g.text for g in ex.goals] == ["6左右", "6.5以上", "2.7万人以上"]
    assert [(a.text, a.value) for a in ex.actuals] == [("4", 4), ("-3.6", -3.6), ("1.34万人", 1.34)]


def test_a_numbered_row_that_lost_a_merged_cell_on_its_left_is_aligned_on_its_right() -> None:
    # rows 2 and 3 have lost their 项目名称 cell (merged over several rows on the page)
    text = ("序号\n项目名称\n主要工作内容\n牵头单位\n完成进度\n1\n主要经济指标\n地区生产总值增长5.5%。\n"
            "区发改局\n52%\n2\n一般公共预算收入增长6%。\n区财政局\n48%\n3\n有效投资增长8%。\n区发改局\n53%\n")
    cells = table_cells(text)
    assert [(text[a:b], c.role) for a, b, c in cells.spans] == [
        ("地区生产总值增长5.5%。", "target"), ("52%", "actual"), ("一般公共预算收入增长6%。", "target"),
        ("48%", "actual"), ("有效投资增长8%。", "target"), ("53%", "actual")]


def test_a_table_of_targets_alone_takes_each_row_s_unit_and_skips_a_row_without_its_figure() -> None:
    text = ("2031年青溪区国民经济和社会发展主要目标\n序号\n指标名称\n单位\n2031年目标\n指标属性\n"
            "1\n地区生产总值增长\n%\n7\n预期性\n2\n全员劳动生产率\n万元/人\n预期性\n"
            "3\n文化及相关产业增加值\n亿元\n20\n预期性\n4\n固定资产投资\n%\n8\n预期性\n"
            "5\n其中：民间投资\n%\n8\n预期性\n6\n制造业投资\n%\n8\n预期性\n"
            "7\n制造业增加值占GDP比重\n%\n30.5\n预期性\n")
    ex = Extractor().extract(text, year=2031)
    assert [(g.text, g.unit, g.indicator, g.kind, g.qualifier) for g in ex.goals] == [
        ("7", "%", "地区生产总值", "growth", "expected"), ("20", "亿元", "文化及相关产业增加值", "level", "expected"),
        ("8", "%", "固定资产投资", "growth", "expected"), ("8", "%", "民间投资", "growth", "expected"),
        ("8", "%", "制造业投资", "growth", "expected"), ("30.5", "%", "制造业增加值占GDP比重", "share", "expected")]


def test_a_section_s_title_across_a_numbered_table_is_no_row() -> None:
    text = ("序号\n重点工作任务\n完  成  情  况\n牵头责任单位\n一、确保完成全年主要预期目标\n1\n"
            "地区生产总值增长8%左右。\n全年地区生产总值增长5.8%。\n市发展改革委\n2\n固定资产投资增长12%。\n"
            "全年固定资产投资增长8%。\n市发展改革委\n")
    ex = Extractor().extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["8%左右", "12%"]
    assert [a.text for a in ex.actuals] == ["5.8%", "8%"]


def test_a_table_of_one_row_a_line_aligns_rows_that_lost_merged_cells_on_the_right() -> None:
    text = ("大类 | 序号 | 工作任务 | 牵头单位 | 落实进展情况 |\n"
            "一、提高民生保障水平 | 1 | 将低保标准提高到每人每月609元。 | 市民政局 | 已完成。已提高到835元/人月。 |\n"
            "2 | 新增公办学位3000个。 | 市教育局 | 已新增学位2600个。 |\n")
    ex = Extractor().extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["609元", "3000个"]
    assert "2600个" in [a.text for a in ex.actuals]


def test_a_programme_s_items_in_a_one_row_a_line_table_with_rows_that_lost_their_number() -> None:
    text = ("2031年青溪市为民办实事项目完成情况\n序号 | 实事项目名称 | 完成情况 | 占全年计划 |\n"
            "1 | 新增4000张养老床位 | 4385 | 110% |\n新增800张残疾人养护床位 | 810 | 101% | |\n"
            "2 | 新增30个社区长者食堂 | 39 | 130% |\n")
    ex = Extractor().extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["4000张", "800张", "30个"]


def test_a_column_of_the_current_progress_under_the_page_s_furniture() -> None:
    text = ("2031年度民生实事未完成项目进度表（截至10月31日）\n\n  • 浏览次数:\n  • 来源:青溪县人民政府办公室\n"
            "  • 字体:[ ]\n\n序号\n\n项目内容\n\n当前进度\n\n牵头单位\n\n备注\n\n1\n\n新建公办园5所。\n\n"
            "80%（新区实验幼儿园进度滞后）\n\n县教育局\n\n市民生实事\n\n2\n\n建设四好农村路55公里。\n\n95%\n\n"
            "县交通局\n\n县民生实事\n")
    ex = Extractor().extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["5所", "55公里"]
    assert [a.text for a in ex.actuals] == ["80%", "95%"]


def test_a_list_of_work_items_and_their_progress_whose_last_row_the_page_cut_short() -> None:
    text = ("青溪县2031年度重点工作清单（一季度执行落实情况）\n"
            "序号 | 工作事项 | 进度安排 | 进展情况 | 完成情况 |\n"
            "1 | 新建公办幼儿园3所。 | ①3月底前完成设计。 | ①已完成设计招标。 | 达序推进 |\n"
            "2 | 出境水II类以上水质天数占比保持在98%以上。 | ①每月完成监测。 | "
            "①一季度，出境水有效监测天数90天，Ⅰ类水质75天")
    ex = Extractor().extract(text, year=2031)
    assert [g.text for g in ex.goals] == ["3所", "98%以上"]
    assert [a.text for a in ex.actuals] == ["90天", "75天"]


def test_a_row_wider_than_its_header_and_a_row_s_percent_as_growth() -> None:
    text = ("表1 2031年上半年青溪区主要目标完成情况\n指标名称 | 年度目标 | 上半年完成情况 | |\n绝对值 | 增幅 | ||\n"
            "1.增加值 | 5.5%以上 | 1248.3亿元 | 9.1% |\n2.城镇调查失业率 | 5%以内 | 4.6% | |\n"
            "3.城乡登记失业人数 | 5600人以内 | 5457人 | |\n")
    ex = Extractor().extract(text, year=2031)
    assert [(g.text, g.kind) for g in ex.goals] == [("5.5%以上", "growth"), ("5%以内", "share"),
                                                     ("5600人以内", "level")]
    assert [a.text for a in ex.actuals] == ["1248.3亿元", "9.1%", "4.6%", "5457人"]


def test_rows_read_from_their_numbered_labels_when_a_category_is_merged_over_them() -> None:
    text = ("青溪区2031年上半年国民经济和社会发展计划执行情况\n\n"
            "类别\n\n指标名称\n\n年度目标\n\n完成情况\n\n责任部门\n\n"
            "高质量发展\n\n1、地区生产总值增长率\n\n与市保持同步\n\n9.8%\n\n区发改委\n\n2、区级财政收入增长率\n\n6%以上\n\n"
            "28.97%\n\n区财政局\n\n3、外商直接投资实际到位金额增长率\n\n3%\n\n13.01%\n\n区商务委\n\n区投促办\n\n"
            "4、新增跨国公司地区总部数\n\n3家\n\n4家\n\n区商务委\n\n区投促办\n")
    ex = Extractor().extract(text, year=2031)
    assert [(g.text, g.kind, g.indicator) for g in ex.goals] == [
        ("6%以上", "growth", "区级财政收入增长率"), ("3%", "growth", "外商直接投资实际到位金额增长率"),
        ("3家", "increment", "新增跨国公司地区总部数")]
    assert [a.text for a in ex.actuals] == ["9.8%", "28.97%", "13.01%", "4家"]




def test_a_numbered_task_row_between_spaces_keeps_its_number_out_of_the_indicator() -> None:
    text = ("青溪县2031年度政府重点工作任务第一季度完成情况汇总表\n"
            "序号 目标任务 牵头县领导 牵头责任单位 一季度完成情况\n"
            "1 地区生产总值增长9%以上。 王 明 发展改革委 数据上报中\n"
            "2 社会消费品零售总额增长11%。 李 强 商务局 一季度增长8.5%。\n")
    ex = Extractor().extract(text, year=2031)
    assert [(g.text, g.indicator) for g in ex.goals] == [("9%以上", "地区生产总值"), ("11%", "社会消费品零售总额")]
    assert [a.text for a in ex.actuals] == ["8.5%"]

@pytest.mark.parametrize(("text", "year", "goals", "actuals"), [
    # no 序号 and no pipes: the first row"s short cells run on after the header"s names; a row
    # that lost its 单位 cell has its target where the unit should be
    ("2031年青溪区经济社会发展主要指标完成情况\n\n指标\n\n单位\n\n全年目标\n\n完成情况\n\n"
     "地区生产总值\n\n%\n\n7左右\n\n7.4\n\n实际使用外资\n\n亿美元\n\n12\n\n13.5\n\n"
     "外贸进出口总值\n\n%\n\n正增长\n\n4.2\n\n每万人发明专利拥有量\n\n40\n\n46\n\n"
     "城镇登记失业率\n\n%\n\n3.5以内\n\n3.1\n\n全区上下齐心协力，各项工作取得新的成效。\n",
     2032, [("7左右", "%", "地区生产总值"), ("12", "亿美元", "实际使用外资"), ("3.5以内", "%", "城镇登记失业率")],
     ["7.4", "13.5", "4.2", "3.1"]),
    # one row a line, its cells between spaces; a row's lost unit leaves its figures unread
    ("2031年经济和社会发展指标完成情况\n\n序号 指标名称 单位 年初目标 全年完成数\n"
     "1 区级一般公共预算收入增长率 % 5左右 16.5\n2 引进内资 亿元 170 363.98\n"
     "3 新增跨国公司地区总部 6 7\n",
     2032, [("5左右", "%", "区级一般公共预算收入增长率"), ("170", "亿元", "引进内资")],
     ["16.5", "363.98"]),
    # a traditional-character page: columns named for the months so far, then a ratio column (an actual)
    ("表2：\n性 質 |\n年度投資目標(萬元) |\n1-6月底累計到位資金(萬元) |\n1-6月底累計完成投資(萬元) |\n"
     "完成投資占年度投資目標的比例(%) |\n新建項目 |\n295471 |\n142061 |\n142259 |\n48.15% |\n"
     "續建項目 |\n762958 |\n441117 |\n435601 |\n57.09% |\n表3：\n青溪州2031年1-6月投資完成情況表 |\n",
     2031, [("295471", "万元", "新建项目"), ("762958", "万元", "续建项目")],
     ["142259", "48.15%", "435601", "57.09%"]),
    # 2030年完成 | 2031年计划 over 绝对值 | 增长%: the plan's two columns hold targets; rows lost
    # empty cells on the right; | % | - | 10 | is no scraper's noise
    ("青溪区2031年国民经济和社会发展计划指标\n"
     "指 标 名 称 | 单位 | 2030年完成 | 2031年计划 | 责任(牵头)部门 | ||||||\n"
     "绝对值 | 增长% | 绝对值 | 增长% | |||||||\n"
     "研发经费投入增长 | % | - | - | - | 10 | 区科技局 | ||||\n"
     "孵化载体总数 | 个 | 16 | - | 17 | - | |||||\n"
     "各类科技研发及转化平台总数 | 项 | 950 | - | 1000 | - | |||||\n"
     "年培育、集聚高层次人才数量 | 人 | 617 | - | 648 | - | 区委组织部 | ||||\n"
     "进出口贸易总额 | 亿元 | 8.71 | -2 | 10.2 | 15 | 区自贸办 |\n",
     2031, [("10", "%", "研发经费投入增长"), ("17", "个", "孵化载体总数"),
            ("1000", "项", "各类科技研发及转化平台总数"), ("648", "人", "年培育、集聚高层次人才数量"),
            ("10.2", "亿元", "进出口贸易总额"), ("15", "%", "进出口贸易总额")],
     ["16", "950", "617", "8.71", "-2"]),
])
def test_tables_of_targets_and_results_in_more_layouts(text: str, year: int, goals: list[tuple[str, str, str]],
                                                       actuals: list[str]) -> None:
    ex = Extractor().extract(text, year=year)
    assert [(g.text, g.unit, g.indicator) for g in ex.goals] == goals
    assert [a.text for a in ex.actuals] == actuals
