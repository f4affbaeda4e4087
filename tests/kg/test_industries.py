"""Industry rules on sentences written for these tests (not corpus text)."""

from __future__ import annotations

import re

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


def test_two_tourism_kinds_after_a_verb(extractor: Extractor) -> None:
    text = "大力发展森林旅游和乡村旅游。"
    assert _industries(extractor, text) == ["森林旅游", "乡村旅游"]


def test_ji_joins_one_industry_in_a_list(extractor: Extractor) -> None:
    text = "聚焦锂电材料及应用、智能装备等产业。"
    assert _industries(extractor, text)[0] == "锂电材料及应用"


def test_spending_areas_are_not_industries(extractor: Extractor) -> None:
    assert _industries(extractor, "财政资金主要用于教育、医疗、养老等领域。") == []


def test_agricultural_industrialisation_is_not_an_industry(extractor: Extractor) -> None:
    assert _industries(extractor, "培育省级农业产业化龙头企业5家。") == []


def test_park_prefix_is_cut_from_a_sector(extractor: Extractor) -> None:
    assert _industries(extractor, "青川工业园区新材料产业产值增长20%。") == ["新材料产业"]


@pytest.mark.parametrize("text", [
    "谋划交通、水利、民生、新基建等领域重大项目。",                   # fields of investment
    "营业收入、进出口总额、高技术产业投资占比均居全省前列。",            # indicators
    "推动消费持续向好、农业农村稳固繁荣、首位产业突破发展。",            # how things go
    "力争三大主导产业规模达800亿元。",                                # a count of its own
    "推动某某公司碳化硅产业化，加快建设储能电站等重大产业项目。",        # 产业化, projects
    "聚力打造高端装备平台新标杆。",                                   # what is built for it
])
def test_lists_and_words_that_are_not_industries(extractor: Extractor, text: str) -> None:
    assert _industries(extractor, text) == []


def test_an_industry_list_still_reads(extractor: Extractor) -> None:
    assert _industries(extractor, "大力发展生物医药、新材料、文化旅游等产业。") == [
        "生物医药", "新材料", "文化旅游"]


@pytest.mark.parametrize(("text", "names"), [
    ("将高山茶、食用菌等主导产业深加工。", ["高山茶", "食用菌"]),
    ("加快推进肉羊、肉鸭全产业链布局。", ["肉羊", "肉鸭"]),
    ("扩大甜玉米、杂豆等种植面积，扩大肉羊养殖规模。", ["甜玉米", "杂豆"]),
    ("甜玉米、杂豆等种植面积达到3万亩。", []),                  # a figure, not a promise
    ("以数字经济带动工业强市，攻坚医药化工产业。", ["数字经济", "医药化工产业"]),
    ("区工业和信息化局牵头，扶持某某药业上市。", []),            # a department, a firm
    ("以脱贫攻坚统揽经济社会发展全局，规模以上工业增加值增长7%。", []),
])
def test_products_departments_firms_and_frames(extractor: Extractor, text: str,
                                               names: list[str]) -> None:
    assert _industries(extractor, text) == names


@pytest.mark.parametrize(("text", "names"), [
    ("加强以茶叶、烟叶等为重点的农业产业链建设。", ["茶叶", "烟叶"]),
    ("巩固橡胶、槟榔等传统产业，加快培育新型职业农民。", ["橡胶", "槟榔"]),
    ("增强泛共和盆地、环湖地区生态旅游、生态农牧等产业支撑。", ["生态旅游", "生态农牧"]),
])
def test_frames_places_and_people_around_industries(extractor: Extractor, text: str,
                                                    names: list[str]) -> None:
    assert _industries(extractor, text) == names


def test_leading_in_an_industry(extractor: Extractor) -> None:
    assert _industries(extractor, "二是领跑数字经济。") == ["数字经济"]


def test_qualities_listed_after_an_industry_are_not_industries(extractor: Extractor) -> None:
    assert _industries(extractor, "培育规模大、后劲足、税收贡献大的产业，发展现代工业。") == []


def test_an_industry_as_the_means(extractor: Extractor) -> None:
    text = "以现代农业促进转型升级，以现代服务业支撑转型，以工业经济推动发展。"
    assert _industries(extractor, text) == ["现代农业", "现代服务业"]


def test_consumer_goods_and_a_town_before_its_industry(extractor: Extractor) -> None:
    assert _industries(extractor, "提振汽车、家电、家具等大宗消费。") == []
    ex = extractor.extract("推动以青花城生态休闲旅游为龙头的服务业发展。", year=2031)
    assert [(i.name, i.text) for i in ex.industries] == [("生态休闲旅游", "生态休闲旅游")]


def test_meetings_and_advantages_are_not_industries(extractor: Extractor) -> None:
    text = "贯彻旗委全会、经济工作会议精神，依托现有、绿电优势、资源禀赋等产业基础，夯实装备制造产业。"
    assert _industries(extractor, text) == ["装备制造"]


@pytest.mark.parametrize(("text", "expected"), [
    ("实施数字经济培育工程，建成一批示范标杆。", ["数字经济"]),
    ("围绕乡村振兴、全域旅游、民生保障等七个方面开展工作。", ["全域旅游"]),
    ("加快推动装备制造业、食品加工业发展。", ["装备制造业", "食品加工业"]),
    ("引进数字经济企业二十家，建设现代服务业集聚区。", []),
])
def test_a_sector_word_counts_wherever_it_stands(extractor: Extractor, text: str,
                                                 expected: list[str]) -> None:
    assert _industries(extractor, text) == expected


def test_a_shorter_scheme_word_inside_a_sector_word_is_not_taken(extractor: Extractor) -> None:
    assert "先进制造" not in _industries(extractor, "发展壮大先进制造业，聚焦汽车产业。")


def test_promoted_and_next_generation_industries(extractor: Extractor) -> None:
    assert _industries(extractor, "超前布局第三代半导体、人工智能等产业生态。") == ["第三代半导体", "人工智能"]
    assert _industries(extractor, "大力发展第三产业，促进农村经济发展。") == []
    assert _industries(extractor, "促进茶叶产业提质增效。") == ["茶叶产业"]


def test_a_class_of_industries_by_size_is_not_one(extractor: Extractor) -> None:
    assert _industries(extractor, "培育百亿级产业、十亿级企业。") == []


def test_events_and_the_towns_economy_are_not_industries(extractor: Extractor) -> None:
    found = _industries(extractor, "承办了全国书法篆刻作品展、文化产业发展大会等活动，促进镇域经济发展。")
    assert not any(n.endswith("作品展") or n == "镇域经济" for n in found)


def test_idioms_and_subjects_before_an_industry_word_are_not_industries(extractor: Extractor) -> None:
    text = "聚焦聚力产业发展，把培育经营主体作为经济增长的动能，推动产业无中生有、有中生新。"
    assert _industries(extractor, text) == []


def test_advanced_manufacturing_is_an_industry_but_manufacturing_is_not(extractor: Extractor) -> None:
    assert _industries(extractor, "发展壮大先进制造业，坚持制造业当家。") == ["先进制造业"]


def test_an_industry_named_by_its_growth_or_its_cluster(extractor: Extractor) -> None:
    text = "为推进白酒产业高质量发展，东区电动两轮车产业集群入选名单，推动主导产业转型升级，打造两个优势产业集群。"
    assert _industries(extractor, text) == ["白酒产业", "电动两轮车产业"]


def test_directions_and_the_towns_own_are_not_industries(extractor: Extractor) -> None:
    text = "推动改革纵向向市县延伸、横向向民生保障等领域拓展，做强我镇龙头主打产业。"
    assert _industries(extractor, text) == []


def test_farming_listed_before_a_special_farming_head(extractor: Extractor) -> None:
    text = "扶持东坪、西岭等村肉牛、猕猴桃、淡水鱼等特色种养殖。甲村、乙村等特色种植面积达到5万亩。"
    assert _industries(extractor, text) == ["肉牛", "猕猴桃", "淡水鱼"]


def test_kinds_of_tourism_are_industries_even_as_consumption_hotspots(extractor: Extractor) -> None:
    text = "加快培育乡村旅游、红色旅游、研学旅游等消费热点，提振汽车、家电、家具等大宗消费。"
    assert _industries(extractor, text) == ["乡村旅游", "红色旅游", "研学旅游"]


def test_a_list_closed_by_a_quoted_slogan_and_a_count_of_chains(extractor: Extractor) -> None:
    text = "加快培育新能源汽车和工程机械装备、节能环保装备、轨道交通装备“一主三副”四条产业链。"
    assert _industries(extractor, text) == ["新能源汽车", "工程机械装备", "节能环保装备", "轨道交通装备"]


def test_qualities_classes_and_programmes_listed_like_industries_are_not(extractor: Extractor) -> None:
    text = ("培育有品牌、有实力、上下游紧密协同的企业群，打造万亿元级、千亿元级产业集群，发展有色、新材料等产业，"
            "实施民生工程、文化工程等重点工程。")
    assert _industries(extractor, text) == ["有色", "新材料"]


def test_what_an_industry_was_named_as_and_a_years_character(extractor: Extractor) -> None:
    text = "东区被市确定为新能源、民用航天航空、电子信息等产业基地。2030年高新技术产业产值达到1134亿元。"
    assert _industries(extractor, text) == ["新能源", "民用航天航空", "电子信息"]


def test_a_list_whose_count_and_head_are_quoted(extractor: Extractor) -> None:
    text = "煤电能源、冶金机械、精细化工、纺织服装“四大支柱产业”发展迅速。"
    assert _industries(extractor, text) == ["煤电能源", "冶金机械", "精细化工", "纺织服装"]


def test_a_groups_name_slogans_and_a_lists_own_word_are_not_industries(extractor: Extractor) -> None:
    text = "延伸拉长、招商引资等产业链条，建强主导、现代新兴支柱等产业，其中淡水产品加工、生物医药产业发展较快。"
    assert _industries(extractor, text) == ["淡水产品加工", "生物医药"]


def test_an_industry_pushed_forward_by_name(extractor: Extractor) -> None:
    assert _industries(extractor, "要深入推进冷链仓储产业，推动茶叶加工产业提质。") == ["冷链仓储产业", "茶叶加工产业"]
    # not a sector: the countryside's, the high end's, or a new town named after industry
    assert _industries(extractor, "推进农村产业融合，推动高端产业集聚，推进某庐产业新城建设。") == []


def test_a_verb_with_its_complement_is_cut_whole(extractor: Extractor) -> None:
    text = "该市已逐步构建起煤制油、煤制气、煤制烯烃等现代煤化工产业体系。"
    assert _industries(extractor, text)[:3] == ["煤制油", "煤制气", "煤制烯烃"]


@pytest.mark.parametrize(("text", "name"), [
    ("延伸拓展重化产业链条，壮大石化产业。", "重化"),
    ("建立适用传统产业转型升级的技术需求库。", "传统"),
    ("深耕高端数控机床、汽车核心零部件等产业。", "高端数控机床"),
    ("将关中打造成全国内陆型经济开放开发的高地。", "全国内陆型经济"),
    ("狠抓优质企业引育、主导产业发展，壮大生物医药产业。", "优质企业引育"),
])
def test_a_verb_is_no_part_of_an_industrys_name(extractor: Extractor, text: str, name: str) -> None:
    assert not [n for n in _industries(extractor, text) if n.endswith(name) and n != name]


def test_a_three_character_sector_word_stands_on_its_own(extractor: Extractor) -> None:
    # 畜牧业 and 会展业 name sectors wherever they stand; 农业 and 工业 are the economy's parts
    text = ("畜牧业健康发展，实现产值12.5亿元。会展业加快复苏。农业稳中有进，工业运行平稳。"
            "开创了经济发展、社会稳定和人民安居乐业的新局面。")
    assert _industries(extractor, text) == ["畜牧业", "会展业"]


def test_a_list_of_industries_the_work_is_built_around(extractor: Extractor) -> None:
    text = "围绕智能装备、生物医药、新材料，培育百亿级产业。围绕稳就业、稳物价，做好民生保障。"
    assert _industries(extractor, text) == ["智能装备", "生物医药", "新材料"]


def test_a_common_word_before_a_schemes_word_narrows_the_industry(extractor: Extractor) -> None:
    # 碳基, 商贸, 现代 make a narrower industry; a place (巴蜀), a firm or a verb (抢占) do not
    text = ("碳基新材料产业链入选省级重点产业链。充分发挥商贸物流业优势。启动一批现代医药产业项目建设。"
            "青溪加快巴蜀文化旅游发展，抢占数字经济赛道。")
    assert _industries(extractor, text) == ["碳基新材料产业", "商贸物流业", "现代医药", "文化旅游", "数字经济"]


def test_sectors_taken_one_by_one_before_a_comma(extractor: Extractor) -> None:
    text = ("推动工业转型升级。焦化行业，打造绿色焦化产业园。建材行业，打造新型建材产业园。"
            "生物医药行业，持续推进甲生产线建设。重点行业，加快推进节能改造。")
    assert _industries(extractor, text) == ["焦化", "建材", "生物医药"]


@pytest.mark.parametrize(("text", "names"), [
    ("新(改)建柑桔、核桃、茶叶等特色产业基地5万亩。", ["柑桔", "核桃", "茶叶"]),  # the verb's tail
    ("优先发展教育事业，深化健康建设。", []),                                  # a public service
    ("确保甲生物智能化生产基地、新航智能制造等项目竣工投产。大力发展智能制造。", ["智能制造"]),
])
def test_a_verbs_tail_a_public_service_and_a_firms_project(extractor: Extractor, text: str,
                                                           names: list[str]) -> None:
    assert _industries(extractor, text) == names


def test_he_may_join_two_items_anywhere_in_a_list_of_sectors(extractor: Extractor) -> None:
    text = "今年将着力培育旅游文化、高原特色农业和食品加工、先进装备制造、生物医药和大健康、现代物流六大产业。"
    assert _industries(extractor, text) == ["旅游文化", "高原特色农业", "食品加工", "先进装备制造", "生物医药",
                                            "大健康", "现代物流"]


def test_a_programme_for_a_sector_names_the_sector(extractor: Extractor) -> None:
    text = "深入实施林果业提质增效工程，深入实施畜牧业振兴行动。推进就业提质增效。"
    ex = extractor.extract(text, year=2031)
    assert [i.name for i in ex.industries] == ["林果业", "畜牧业"] and ex.projects == []


def test_a_towns_own_industry_and_the_verb_peiqiang(extractor: Extractor) -> None:
    text = "做大培强食品、建材、设备制造三大产业板块，推动镇域工业产业转型升级。"
    assert _industries(extractor, text) == ["食品", "建材", "设备制造"]


def test_yiji_joins_two_industries_in_a_list(extractor: Extractor) -> None:
    ex = extractor.extract("壮大纺织、服装以及电子信息三大产业板块。", year=2025)
    assert [i.name for i in ex.industries] == ["纺织", "服装", "电子信息"]


def test_a_crop_praised_as_a_special_industry_is_the_industry(extractor: Extractor) -> None:
    ex = extractor.extract("发展脐橙特色产业，培育特色产业。加强茶叶、油茶特色产业管理。", year=2025)
    assert [i.name for i in ex.industries] == ["脐橙", "茶叶", "油茶"]


@pytest.mark.parametrize("text", [
    "围绕中央预算内资金、一般债、专项债重点支持的行业领域，谋划一批基础设施项目。",  # funding sources
    "单位工业增加值主要污染物排放量降低30%。",                                      # per unit of output
])
def test_funding_sources_and_per_unit_measures_are_no_industries(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text, year=2025).industries == []


def test_the_whole_a_list_makes_up_is_an_industry_of_its_own(extractor: Extractor) -> None:
    ex = extractor.extract("壮大以休闲旅游、健康养老为主的城郊特色农业。", year=2025)
    assert [i.name for i in ex.industries] == ["休闲旅游", "健康养老", "城郊特色农业"]
    ex = extractor.extract("壮大以森林康养、休闲旅游为主题的生态旅游产业。", year=2025)
    assert [i.name for i in ex.industries] == ["森林康养", "休闲旅游", "生态旅游"]


def test_elided_material_bases_share_the_last_item_s_scheme_word(extractor: Extractor) -> None:
    ex = extractor.extract("提升钛基、锂基和化工新材料产业规模。", year=2025)
    assert [i.name for i in ex.industries] == ["钛基新材料", "锂基新材料", "化工新材料"]


@pytest.mark.parametrize(("text", "industries"), [
    ("推动玛瑙产业品牌化、数字化发展。", ["玛瑙产业"]),   # an industry made more modern
    ("推进科技成果产业化。", []),                          # industrialisation, no industry
])
def test_an_industry_pushed_to_be_modern_is_named(extractor: Extractor, text: str,
                                                  industries: list[str]) -> None:
    assert [i.name for i in extractor.extract(text, year=2025).industries] == industries


@pytest.mark.parametrize(("text", "industries"), [
    ("营造税负更低、效率更高的产业环境，组建一支懂产业、会服务的专业队伍。", []),
    ("加强对原有茶叶、中药材等产业基地的管护。", ["茶叶", "中药材"]),
    ("加快推动绿色转型、做大做强康养产业、用心用情改善民生九方面工作。", ["康养"]),
    ("以优势产业发展为主导的新型工业化进程加快，深化改革开放。", []),
    ("把全年发展目标细化到产业、项目、企业。", []),
])
def test_clauses_verbs_and_isations_are_no_industries(
        extractor: Extractor, text: str, industries: list[str]) -> None:
    assert _industries(extractor, text) == industries


def test_sectors_opened_to_investment_lose_the_verb(extractor: Extractor) -> None:
    assert _industries(extractor, "放开会计审计、商贸物流、电子商务等服务业领域外资准入限制。") == [
        "会计审计", "商贸物流", "电子商务"]


def test_for_the_world_s_industries_names_the_industries(extractor: Extractor) -> None:
    assert _industries(extractor, "为全国新材料、医药等产业发展注入新活力。") == ["新材料", "医药"]


def test_a_clause_in_the_past_is_no_industry(extractor: Extractor) -> None:
    assert _industries(extractor, "报告也客观分析了产业转型升级、城乡融合发展等方面存在的短板。") == []


@pytest.mark.parametrize("text", [
    "实现高新技术产业增加值占规上工业增加值比重继续保持前列。",
    "把产业发展作为活跃经济工作的重中之重。",
])
def test_indicator_words_and_enlivening_are_no_industries(extractor: Extractor, text: str) -> None:
    assert "活跃经济" not in _industries(extractor, text)
    assert not any("增加值" in i for i in _industries(extractor, text))


def test_a_joint_an_indicator_and_a_programme_are_no_part_of_an_industry(extractor: Extractor) -> None:
    text = ("全力打造智能制造、新能源新材料及“互联网+实体经济”等新业态，实现战新产业产值、高新技术产业增加值增长10%。"
            "实施民营企业扶持计划和中小企业培育计划。")
    names = _industries(extractor, text)
    assert "新能源新材料" in names
    assert not {"新能源新材料及", "产值", "计划"} & set(names)


@pytest.mark.parametrize("text", [
    "扎实做好“项目推进落实、新型城镇化建设、现代产业体系构建”。",  # the system of industries, no list of them
    "更大力度打造科创高地、拓展承载空间、优化产业布局、提升产业能级。",
    "提出要在创新发展实力、现代产业能级、城乡统筹融合上取得突破。",
    "打造宜居宜业的魅力城区。",  # a good place to live and work
])
def test_the_structure_of_industries_and_a_place_to_work_are_no_industries(
        extractor: Extractor, text: str) -> None:
    assert _industries(extractor, text) == []


@pytest.mark.parametrize(("text", "industries"), [
    ("成立振兴办公室，统筹规划、推进产业升级和区域振兴。", []),  # a task list before 产业升级
    ("加快新码头、青澜湾、轻轨2号和3号线、白沙岛石化产业基地西区建设。", []),  # sites before a base
    ("围绕培育壮大千亿产业集群，压实招商责任。", []),  # a class of size
    ("开展乡村产业振兴行动。", []),
    ("打造供应链完整的特色产业。", []),  # a supply chain
    ("吹响了大抓项目、大抓产业冲锋号。", []),  # drives
    ("打造成为支撑江西经济崛起的龙头城市。", []),  # a region's economy
    ("布局互联网+种植业示范基地。", []),  # a way of working
    ("把青港建设成为全省智能制造先行区。", []),  # a zone to build
    ("把现代金融、文旅融合、商贸物流培育成经济增长新引擎。", ["现代金融", "文旅融合", "商贸物流"]),
    ("支持冶金建材、精细化工、农产品加工向精深方向发展。", ["冶金建材", "精细化工", "农产品加工"]),
    ("推进陶瓷高端化、绿色化、集约化发展，推进城市绿色化、智能化。", ["陶瓷"]),
])
def test_lists_grown_into_and_words_that_only_look_like_sectors(
        extractor: Extractor, text: str, industries: list[str]) -> None:
    assert _industries(extractor, text) == industries


@pytest.mark.parametrize(("text", "industries"), [
    ("不断做大做优新业态、新产业，培育新型业态。", []),  # kinds of business, cut short
    ("做大做强化工新材料、装备制造等特色优势产业。", ["化工新材料", "装备制造"]),  # 做强, then 化工
    ("支持青石镇以高品质房地产、观光农业、商贸物流等新业态，打造新亮点。", ["高品质房地产", "观光农业", "商贸物流"]),
    ("聚焦防风险、促发展以及大抓工业强市、大抓市场主体。", []),
    ("形成茶树与大山、凉亭、水榭相融合的茶产业景观。从强化茶园建设、完善产业标准入手。", []),
    ("通过发展联农带农富农产业，增进民生福祉。", []),
    ("支持青禾药业、白鹭制药等企业加快发展。", []),  # firms
])
def test_lists_that_are_no_sectors_and_words_cut_from_their_verbs(
        extractor: Extractor, text: str, industries: list[str]) -> None:
    assert _industries(extractor, text) == industries


@pytest.mark.parametrize(("text", "industries"), [
    ("围绕稳增长、促消费、增财政、惠民生、提外贸、优环境等重点领域。", []),  # the year's slogans
    ("形成从硅料到铸锭、拉晶、切片、组件的全产业链。", []),  # the stages of one chain
    ("重点项目涵盖尾矿资源综合利用、畜禽养殖等产业。", ["尾矿资源综合利用", "畜禽养殖"]),
    ("坚持新能源汽车及汽车零部件、电子材料等产业集聚发展。", ["新能源汽车及汽车零部件", "电子材料"]),
])
def test_slogans_stages_and_verbs_before_a_list_of_sectors(
        extractor: Extractor, text: str, industries: list[str]) -> None:
    assert _industries(extractor, text) == industries


def test_people_are_no_industries(extractor: Extractor) -> None:
    text = "贵州省人大代表、青水县县长某某对贵州酱香白酒产业发展提出建议。"
    assert not any(("代表" in n or "县长" in n) for n in _industries(extractor, text))


def test_strategic_emerging_industries_are_a_sector_to_grow(extractor: Extractor) -> None:
    text = "改造提升传统产业，发展壮大战略性新兴产业，加快培育未来产业。"
    assert _industries(extractor, text) == ["战略性新兴产业"]


@pytest.mark.parametrize(("text", "name", "code"), [
    ("依托二十余年陶瓷产业发展基础，规划建设新材料产业园。", "陶瓷", "C307"),
    ("大力发展生猪、肉牛养殖，做强白酒产业。", "白酒", "C1512"),
    ("推动智能铸造产业集聚发展。", "智能铸造", "C339"),
    ("做大锂电池产业规模。", "锂电池", "C3841"),
])
def test_narrower_sectors_map_to_their_classes(extractor: Extractor, text: str, name: str, code: str) -> None:
    found = {i.name.removesuffix("产业"): i.extra.get("gbt4754")  # (the scorer strips 产业 too)
             for i in extractor.extract(text, year=2023).industries}
    assert found.get(name) == code


@pytest.mark.parametrize("text", [
    "改造提升34个乡村旅游景点，新建乡村旅游点5个。",
    "打响冰雪旅游品牌，建设国际冰雪旅游名城。",
    "全力打造中部生态旅游区。",
])
def test_sites_and_brands_named_after_a_sector_are_none(extractor: Extractor, text: str) -> None:
    assert _industries(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("形成以茶叶为主、蔬菜、食用菌等为辅的特色产业格局。", ["茶叶", "蔬菜", "食用菌"]),
    ("推动箱包皮具规上工业产值增长10%以上。", ["箱包皮具"]),
    ("重塑现代物流发展新优势。今年畜禽养殖产业规模突破3亿元。", ["现代物流", "畜禽养殖产业"]),
    ("其中规上工业增加值增长8%。", []),
])
def test_frames_and_lead_words_around_a_sector(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert _industries(extractor, text) == expected


def test_fields_of_new_infrastructure_are_no_industries(extractor: Extractor) -> None:
    text = ("今年，某省将抓好5G基站、特高压、城际高速铁路和城市轨道交通、新能源汽车充电桩等7大领域"
            "新型基础设施项目建设。培育壮大新能源、新材料、生物医药等三大领域产业集群。")
    names = [i.name for i in extractor.extract(text).industries]
    assert not {"特高压", "城市轨道交通", "新能源汽车充电桩", "城际高速铁路"} & set(names)
    assert {"新能源", "新材料", "生物医药"} <= set(names)


def test_two_known_sectors_joined_by_ji_are_two(extractor: Extractor) -> None:
    names = [i.name for i in extractor.extract("今年，航空航天及装备制造业增加值增长8%以上。").industries]
    assert "航空航天" in names and "装备制造业" in names
    assert "航空航天及装备制造业" not in names


@pytest.mark.parametrize(("text", "expected"), [
    ("全市工业增加值增长8%，其中汽车产业增长12%。", ["汽车产业"]),
    ("这些项目中，来自新一代信息技术、生物医药健康等现代产业的比比皆是。", ["新一代信息技术", "生物医药健康"]),
    ("推动产业向现代、高端方向发展，提高标准化、集约化水平。", []),
    ("其中产业增加值增长8%。", []),
])
def test_lead_words_and_qualities_are_no_part_of_a_sector(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert [i.name for i in extractor.extract(text).industries] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("加快研发设计、人力资源、交通运输等生产性服务业引进培育。", ["研发设计", "人力资源", "交通运输", "生产性服务业"]),
    ("今年将推动补链强基、增产增效等制造业重点项目各500项以上。", []),
])
def test_a_list_closed_by_a_kind_of_services_or_manufacturing(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert [i.name for i in extractor.extract(text).industries] == expected


@pytest.mark.parametrize("text", [
    "稳定粮油生产是农业农村部门的首要任务。",
    "大力发展山地农业，努力把中药材、水果、茶叶、蔬菜等4个产业培育成百亿产业。",
    "（二）工业生产扭负为正、电力行业拉动明显",
])
def test_a_clause_before_a_sector_s_word_is_no_sector(extractor: Extractor, text: str) -> None:
    names = [i.name for i in extractor.extract(text).industries]
    assert not [n for n in names if re.search(r"是|把|扭负为正", n)]


@pytest.mark.parametrize(("text", "names"), [
    ("2月13日，某县10个项目开工，总投资36亿元，涉及新材料、新能源、基础设施等领域。", ["新材料", "新能源"]),
    ("本次集中开工项目共81个，涵盖新型煤化工、新能源、基础设施、社会民生等领域。", ["新型煤化工", "新能源"]),
    # fields alone, or sectors not spanned by a batch of works, stay out
    ("加大科技、产业、民生等领域投入。", []),
    ("组织调研组分赴农业、工业、社会事业、城乡一体化等领域调研。", []),
])
def test_the_sectors_among_the_fields_a_batch_of_works_spans(text: str, names: list[str]) -> None:
    from kg.extract import Extractor

    assert [i.name for i in Extractor().extract(text, year=2031).industries] == names


@pytest.mark.parametrize("text", [
    "促进传统主导产业老树新花和战略性新兴产业竞相发展。",
    "以三大战略性新兴产业为主导，坚定不移接轨大上海。",
])
def test_strategic_emerging_industries_are_a_sector_wherever_they_stand(text: str) -> None:
    from kg.extract import Extractor

    assert [i.name for i in Extractor().extract(text, year=2031).industries] == ["战略性新兴产业"]


@pytest.mark.parametrize("text", [
    "瞄准汽摩、高铁及轨道交通等领域，力争引进一批龙头企业。",
    "全力打好三大攻坚战，为我镇实现跨越式发展提供了保障。",
    "其他指标在全省排名靠前，如规上工业增加值全省第2。",
    "引进首席科学家、艺术家、金融家等高层次人才。",
])
def test_a_verb_a_lead_in_or_people_are_no_industry(text: str) -> None:
    names = [i.name for i in Extractor().extract(text, year=2031).industries]
    assert not [n for n in names if re.search(r"瞄准|打好|提供|^如|家$", n)]
