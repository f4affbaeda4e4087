"""Rules for projects, places, industries and units found on longer reports (made-up
sentences; no name here is from an evaluation text)."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.numbers import find_quantities


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _names(extractor: Extractor, text: str, kind: str) -> list[str]:
    return [n.name for n in getattr(extractor.extract(text, year=2025), kind)]


def test_a_facility_is_a_project_only_where_its_own_clause_builds_it(
        extractor: Extractor) -> None:
    text = "加强青松水库水源地保护，加快建设柳岸大道。县医院成功创建二级甲等医院，建成村卫生室10个。"
    projects = _names(extractor, text, "projects")
    assert "柳岸大道" in projects
    assert not any("水库" in p or "医院" in p for p in projects)


def test_works_on_one_building_of_a_hospital(extractor: Extractor) -> None:
    projects = _names(extractor, "加快市第二人民医院新病房楼建设，年内主体封顶。", "projects")
    assert projects == ["市第二人民医院新病房楼"]


def test_a_facility_put_into_use_is_a_project(extractor: Extractor) -> None:
    projects = _names(extractor, "去年，湖滨东站综合交通枢纽投入使用。", "projects")
    assert projects == ["湖滨东站综合交通枢纽"]


@pytest.mark.parametrize("text", ["打响“中国花椒之乡”品牌。", "坚持以城带乡，推动城乡融合。",
                                  "坚持以港促城，发展临港经济。"])
def test_honorifics_and_slogans_are_not_places(extractor: Extractor, text: str) -> None:
    assert _names(extractor, text, "places") == []


def test_temples_shrines_and_ruins_are_places(extractor: Extractor) -> None:
    places = _names(extractor, "修缮东岳祠，推进石峡遗址保护展示，改造城隍庙周边街巷。", "places")
    assert {"东岳祠", "石峡遗址", "城隍庙"} <= set(places)


def test_two_character_place_ending_in_dai_is_not_a_slogan(extractor: Extractor) -> None:
    assert _names(extractor, "提升龙泉山、柳带等景区品质。", "places") == ["龙泉山", "柳带"]


def test_industries_with_one_character_stems_and_what_a_growth_verb_also_takes(
        extractor: Extractor) -> None:
    industries = _names(extractor, "做强果业、奶业，培育菌业。发展循环高效型、节约环保型农业，"
                                   "支持青山职业技术学院发展，繁荣体育事业。", "industries")
    assert {"果业", "奶业", "菌业"} <= set(industries)
    assert not any(i.endswith(("型", "学院", "事业")) for i in industries)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("企业开办时间压缩至3个工作日以内", 3, "工作日"),
    ("林下养鸭20万羽", 20, "万羽"),
    ("发展香菇一千万棒", 1000, "万棒"),
    ("污水处理率达到百分之百", 100, "%"),
])
def test_units(text: str, value: float, unit: str) -> None:
    q = find_quantities(text)[-1]
    assert (q.value, q.unit) == (value, unit)


def test_hundred_is_not_a_number_outside_a_percentage() -> None:
    assert find_quantities("培育产值过百亿元企业") == []


def test_a_town_or_port_area_followed_by_its_park_gives_both(extractor: Extractor) -> None:
    places = _names(extractor, "青石镇金沙化工园区、白沙港区冷链物流园加快发展。", "places")
    assert {"青石镇", "青石镇金沙化工园区", "白沙港区", "白沙港区冷链物流园"} <= set(places)
    assert "金沙化工园区" not in places


def test_demonstration_and_expo_parks_and_villages_before_wei_zhongdian(
        extractor: Extractor) -> None:
    places = _names(extractor, "以花卉高科技示范园、松涛生态博览园、柳营村为重点，发展观光农业。",
                    "places")
    assert {"花卉高科技示范园", "松涛生态博览园", "柳营村"} <= set(places)


def test_chemical_and_e_commerce_industries(extractor: Extractor) -> None:
    industries = _names(extractor, "青石园区重点发展盐化工、氟化工和石油化工。大力发展农村电子商务。",
                        "industries")
    assert {"盐化工", "氟化工", "石油化工", "农村电子商务"} <= set(industries)


@pytest.mark.parametrize("text", ["培育新型农业经营主体。", "高新技术企业新增80家。",
                                  "万元工业增加值能耗下降4%。"])
def test_an_industry_word_inside_another_noun_is_not_an_industry(
        extractor: Extractor, text: str) -> None:
    assert _names(extractor, text, "industries") == []


@pytest.mark.parametrize("text", [
    "推动合肥、芜湖、滁州打造智能家电产业集群。",
    "主动承接上海、杭州产业外溢。",
    "国资国企改革、农村综合改革等重点领域改革取得突破。",
    "推动生物制造在医药中间体、食品添加剂等领域形成特色。",
    "持续推进钢铁、焦化、水泥等重点行业超低排放改造。",
    "抢抓人工智能、具身智能、低空经济等未来产业新赛道。",
])
def test_lists_that_are_not_industries_to_grow(extractor: Extractor, text: str) -> None:
    industries = _names(extractor, text, "industries")
    assert not {"合肥", "上海", "杭州", "农村综合改革", "食品添加剂", "焦化", "水泥", "未来",
                "抢抓人工智能", "滁州打造智能家电"} & set(industries)


def test_related_industries_keep_the_name(extractor: Extractor) -> None:
    assert _names(extractor, "推动银发经济相关产业规模增长15%。", "industries") == ["银发经济产业"]


def test_streets_listed_before_a_kind_of_project_are_places(extractor: Extractor) -> None:
    places = _names(extractor, "将实施青松街道、柳塘街道等城市有机更新项目。", "places")
    assert places == ["青松街道", "柳塘街道"]


def test_a_role_in_a_list_is_no_place_and_a_village_before_its_party_branch_is(
        extractor: Extractor) -> None:
    places = _names(extractor, "县人大代表、青溪乡柳岸村党总支书记表示。", "places")
    assert "县人大代表乡" not in places and {"青溪乡", "柳岸村"} <= set(places)


def test_a_direction_after_deng_is_a_category(extractor: Extractor) -> None:
    places = _names(extractor, "推进青松街道、柳塘街道等南部街道基础设施建设，建设东部新城。", "places")
    assert "南部街道" not in places and "东部新城" in places


def _spans(extractor: Extractor, text: str) -> list[tuple[str, str]]:
    return [(p.name, p.text) for p in extractor.extract(text, year=2025).projects]


def test_route_lists_take_the_kind_after_deng(extractor: Extractor) -> None:
    assert _spans(extractor, "推动甲州至乙镇、丙山至丁县等高速公路开工。") == [
        ("甲州至乙镇高速公路", "甲州至乙镇"), ("丙山至丁县高速公路", "丙山至丁县")]
    assert _spans(extractor, "谋划建设甲肥至乙沂、丙庆至丁州等铁路项目。") == [
        ("甲肥至乙沂铁路", "甲肥至乙沂"), ("丙庆至丁州铁路", "丙庆至丁州")]


def test_names_end_before_deng_and_spans_keep_to_what_is_written(extractor: Extractor) -> None:
    assert _spans(extractor, "推进甲光至乙湖高速公路等重点路段建设。") == [
        ("甲光至乙湖高速公路", "甲光至乙湖高速公路")]
    assert _spans(extractor, "加快建设地铁5号线、6号线。") == [
        ("地铁5号线", "地铁5号线"), ("地铁6号线", "6号线")]


@pytest.mark.parametrize("text", [
    "甲、乙、丙等市承接产业转移项目120个。",
    "每个县均建成1所县级医院。",
    "必须始终坚持项目为王。",
    "实施企业梯次培育工程。",
    "开工建设甲城北郊机场至乙门高铁站快速通道。",
    "建成“东方博物馆之都”。",
])
def test_not_projects(extractor: Extractor, text: str) -> None:
    names = [p.name for p in extractor.extract(text, year=2025).projects]
    assert not {"甲", "乙", "1所县级医院", "必须始终坚持", "企业梯次培育", "甲城北郊机场",
                "东方博物馆"} & set(names)


def _places_in(extractor: Extractor, text: str, code: str, name: str) -> list[str]:
    return [p.name for p in extractor.extract(text, year=2025, region_code=code,
                                              region_name=name).places]


def test_named_areas_of_a_province(extractor: Extractor) -> None:
    places = _places_in(extractor, "推动合肥都市圈、皖北地区协同发展，加强皖南山区保护，融入长江经济带。"
                                   "支持贫困地区、偏远山区发展。", "340000", "安徽省")
    assert {"合肥都市圈", "皖北地区", "皖南山区"} <= set(places)
    assert not {"长江经济带", "贫困地区", "偏远山区"} & set(places)


def test_an_area_named_after_the_report_region_itself_is_not_a_place(
        extractor: Extractor) -> None:
    assert "宝鸡都市圈" not in _places_in(extractor, "加快建设宝鸡都市圈。", "610300", "宝鸡市")


def test_routes_and_applications_are_not_places(extractor: Extractor) -> None:
    places = _names(extractor, "推动甲州至乙镇高速公路开工。积极申建自由贸易试验区。", "places")
    assert not any("至" in p for p in places)
    assert "申建自由贸易试验区" not in places


def test_complete_names_in_a_list_do_not_take_a_later_items_suffix(extractor: Extractor) -> None:
    places = _names(extractor, "重点推进北滨路、青山大道、西湖引水工程、滨海开发区月岛市政配套工程、"
                               "安康苑保障性住房、青州高新区棚户区改造等项目。", "places")
    assert places == ["滨海开发区", "青州高新区"]
    assert _names(extractor, "推进东街、南街街道老旧小区改造。", "places") == ["东街街道", "南街街道"]


def test_a_clause_ending_in_a_suffix_character_is_no_place(extractor: Extractor) -> None:
    ex = extractor.extract("城阳区日前确定今年改善城乡人民生活八项工作，新增就业5000人。", year=2025)
    assert [p.name for p in ex.places] == [] and [g.text for g in ex.goals] == ["5000人"]


def test_fields_of_investment_are_not_industries(extractor: Extractor) -> None:
    industries = _names(extractor, "今年，突出强化工业、能源、城建、交通、服务业等五大重点领域的投资。"
                                   "培育新能源、新材料等产业。", "industries")
    assert industries == ["新能源", "新材料"]


def test_the_industry_of_a_named_chain(extractor: Extractor) -> None:
    industries = _names(extractor, "围绕碳纤维产业链，延伸新能源汽车产业链，打造若干千亿产业链，推行链长制。",
                        "industries")
    assert industries == ["碳纤维", "新能源汽车"]


def test_centres_being_built_are_projects(extractor: Extractor) -> None:
    assert _names(extractor, "推进市急救中心建设，建成青湖算力中心。", "projects") == [
        "市急救中心", "青湖算力中心"]


@pytest.mark.parametrize(("text", "kind", "name"), [
    ("成功举办中国青岚商务区推介会。", "places", "中国青岚商务区"),
    ("获评十佳产业园区的柳溪产业园区加快发展。", "places", "柳溪产业园区"),
    ("出台松江国家自主创新示范区支持政策。", "places", "松江国家自主创新示范区"),
    ("帮助桐山县石岭镇完成村庄规划。", "places", "桐山县石岭镇"),
])
def test_verbs_of_news_are_cut_before_a_name(extractor: Extractor, text: str, kind: str,
                                             name: str) -> None:
    assert name in _names(extractor, text, kind)


def test_anchoring_raising_and_last_year_lead_into_names() -> None:
    from kg.extract import Extractor

    ex = Extractor().extract("锚定智能制造主攻方向，提高管理咨询产业能级，去年青芯芯片项目落地投产。", year=2023)
    assert "智能制造" in [i.name for i in ex.industries]
    assert not any(n.name.startswith(("锚定", "提高", "去年")) for n in (*ex.industries, *ex.projects))
