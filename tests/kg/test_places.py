"""Place rules on sentences written for these tests (regions and names outside the evaluation
corpora). Every expected value was read off the sentence by hand."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg import lexicon as lx
from kg.extract import Extractor


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _places(extractor: Extractor, text: str, code: str | None = None, name: str | None = None) -> list[str]:
    ex = extractor.extract(text, year=2025, region_code=code, region_name=name)
    return [p.name for p in ex.places]


def test_ftz_areas_then_a_second_zone(extractor: Extractor) -> None:
    text = "用好长株潭国家自主创新示范区长沙片区和中国（湖南）自由贸易试验区长沙片区两大平台。"
    assert _places(extractor, text) == ["长株潭国家自主创新示范区长沙片区", "中国（湖南）自由贸易试验区长沙片区"]


def test_ftz_area_called_quyu(extractor: Extractor) -> None:
    text = "高水平建设中国（云南）自由贸易试验区昆明区域，支持昆明高新区发展。"
    assert _places(extractor, text) == ["中国（云南）自由贸易试验区昆明区域", "昆明高新区"]


def test_long_name_and_dash_name(extractor: Extractor) -> None:
    text = "建设洞庭湖生态经济区现代农业高新技术产业示范区和中国—东盟产业合作示范区。"
    assert _places(extractor, text) == ["洞庭湖生态经济区现代农业高新技术产业示范区", "中国—东盟产业合作示范区"]


def test_a_phase_is_a_project_and_a_park_in_a_project_list_a_place(extractor: Extractor) -> None:
    # (docs/annotation.md, session 11, rule 20: parks listed with projects are places)
    text = "推进金华新兴产业园三期、义乌综合保税区二期建设；推进婺城电子信息产业园、兰溪光膜产业园等50个重大项目。"
    assert _places(extractor, text) == ["婺城电子信息产业园", "兰溪光膜产业园"]


def test_a_zone_hosting_key_projects_is_a_place(extractor: Extractor) -> None:
    # 重点项目 after a zone are the projects inside it; 产业园二期项目 stays a project
    text = "推动赣江科学城重点项目建设，加快临川新材料产业园重大项目落地，实施抚北物流园二期项目。"
    assert _places(extractor, text) == ["赣江科学城", "临川新材料产业园"]


def test_industry_new_town_named_by_its_own_words(extractor: Extractor) -> None:
    # a proper stem before 产业 names the zone; a kind of industry before it does not
    text = "加快桐溪产业新城建设，壮大主导产业集聚区，培育特色产业园区。"
    assert _places(extractor, text) == ["桐溪产业新城"]


def test_park_named_only_by_industry_words(extractor: Extractor) -> None:
    assert _places(extractor, "推动两个新区建设生物医药配套产业园。") == []
    assert _places(extractor, "建设邵东打火机产业园。") == ["邵东打火机产业园"]


def test_town_after_its_county_and_the_county(extractor: Extractor) -> None:
    text = "新宁县崀山镇将打造旅游小镇，邵阳市双清区北塔街道加快发展。"
    names = _places(extractor, text, "430500", "邵阳市")
    assert "崀山镇" in names and "新宁县" in names
    assert not any(n.startswith(("新宁县崀", "邵阳市")) for n in names)


def test_division_in_route_dateline_and_school_is_not_a_place(extractor: Extractor) -> None:
    text = "新华社金华3月2日电 开工建设东阳至永康、武义至磐安高速公路，完成浦江县第三中学迁建。"
    assert _places(extractor, text, "330700", "金华市") == []


def test_short_division_name_before_a_verb(extractor: Extractor) -> None:
    text = "支持常德、武陵两个城区建设区域中心，支持汉寿建设现代农业强县。"
    assert _places(extractor, text, "430700", "常德市") == ["武陵", "汉寿"]


def test_shared_suffix_of_a_list(extractor: Extractor) -> None:
    # without 等 the category completes every name; a counted list with 和 too
    assert _places(extractor, "以石门洞、天池峡、龙潭沟景区为依托。") == ["石门洞景区", "天池峡景区", "龙潭沟景区"]
    assert _places(extractor, "以白云岩、青龙峡和九重瀑三个景区为重点。") == ["白云岩景区", "青龙峡景区", "九重瀑景区"]


def test_suffixed_item_inside_a_list_is_not_shared(extractor: Extractor) -> None:
    text = "以千年银杏、老街古镇、石板寨为重点发展文旅。"
    assert _places(extractor, text) == ["老街古镇", "石板寨"]


def test_deng_lists(extractor: Extractor) -> None:
    assert _places(extractor, "实施北门、河西、南湖路等片区有机更新。") == ["北门片区", "河西片区", "南湖路片区"]
    assert _places(extractor, "打造凤凰古城、崀山、紫鹊界梯田等世界级旅游景区。") == ["凤凰古城", "崀山", "紫鹊界梯田"]
    assert _places(extractor, "提升龙泉山、洛带等景区品质。") == ["龙泉山", "洛带"]
    assert _places(extractor, "推进红色旅游、乡村旅游等旅游景区提档升级。") == []
    assert _places(extractor, "加快高新区、经开区等园区建设，推进老旧小区改造、背街小巷整治等片区更新。") == []


def test_landmarks_without_suffix(extractor: Extractor) -> None:
    text = "巩固西湖世界文化遗产保护成果，提升宽窄巷子、杜甫草堂周边环境，加强洱海保护治理。"
    assert _places(extractor, text) == ["西湖", "宽窄巷子", "杜甫草堂", "洱海"]


def test_two_character_landmarks_need_a_boundary(extractor: Extractor) -> None:
    assert _places(extractor, "加强与广东江门合作，工作稳如泰山，推动长江经济带发展。") == []
    assert _places(extractor, "武夷山市加快发展。") == []


def test_rivers_and_mountains_named_for_their_area(extractor: Extractor) -> None:
    text = "持续开展渠江流域综合治理，实施华蓥山、铜鼓山生态修复，确保大巴山南麓生态屏障稳固。"
    assert _places(extractor, text) == ["渠江", "华蓥山", "铜鼓山", "大巴山南麓"]


def test_common_nouns_ending_like_rivers_are_not_places(extractor: Extractor) -> None:
    text = ("践行绿水青山就是金山银山理念，加强矿山生态修复，统筹山水林田湖草沙系统治理，全面推行河湖长制，"
            "抓好中小河流治理和城市内河整治，实施护城河生态修复和沿江生态保护，推进黄河流域生态保护。")
    assert _places(extractor, text) == []


def test_river_inside_a_project_name(extractor: Extractor) -> None:
    assert _places(extractor, "建成白沙河生态长廊一期。") == []


def test_landmark_list_after_a_place(extractor: Extractor) -> None:
    text = "以芙蓉古镇、红石峡、老鹰寨为重点。"
    assert _places(extractor, text) == ["芙蓉古镇", "红石峡", "老鹰寨"]


def test_gazetteer_loads() -> None:
    names = lx.landmark_names()
    assert len(lx.landmarks()) > 400
    assert {"九寨沟", "鼓浪屿", "洱海", "秦岭"} <= names
    assert "长江" not in names and "黄河" not in names  # national strategies, not local places


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("山河江湖岭麓北等、，。景区片区镇县市至第期和与及流域生态修复"
                                             "梵净鼓浪屿大唐芙蓉园一二三0123（）—")), max_size=80))
def test_place_rules_never_crash(text: str) -> None:
    ex = Extractor().extract(text, year=2025, region_code="430500", region_name="邵阳市")
    for p in ex.places:
        assert 0 <= p.start <= p.end <= len(text)


def test_street_list_before_a_clinic_keeps_the_streets(extractor: Extractor) -> None:
    text = "实现青石、白沙、金桥街道社区卫生服务中心全覆盖。"
    assert _places(extractor, text) == ["青石街道", "白沙街道", "金桥街道"]


def test_towns_before_a_generic_town_phrase(extractor: Extractor) -> None:
    text = "加快云溪镇、石门镇特色风情小镇建设，打造桂花村乡村振兴样板。"
    assert _places(extractor, text) == ["云溪镇", "石门镇", "桂花村"]


def test_towns_in_a_road_name_are_not_places(extractor: Extractor) -> None:
    assert _places(extractor, "推进青溪镇至云台镇公路建设。") == []


def test_crafts_listed_as_intangible_heritage_are_not_places(extractor: Extractor) -> None:
    assert _places(extractor, "加强竹编、蓝染等非物质文化遗产保护利用。") == []


def test_hills_named_for_their_trails(extractor: Extractor) -> None:
    assert _places(extractor, "推进龟山、蛇山步道连通。") == ["龟山", "蛇山"]


def test_new_zone_suffixes(extractor: Extractor) -> None:
    text = "加快青川老工业区搬迁改造，推进白鹭湖中央活动区建设。"
    assert _places(extractor, text) == ["青川老工业区", "白鹭湖中央活动区"]


@pytest.mark.parametrize("text", [
    "成立工作专班负责园区日常管理，推动人才、资本、数据等要素向园区集聚。",  # what goes to a park
    "始终坚持以生态立县，打造全省一流强县。",          # a title to earn
    "大力整治环境卫生、集镇秩序、村容镇貌。",           # 镇 starts 镇貌
    "今年是高新区建设的关键之年，年是开发区攻坚年。",     # clauses cut before a suffix
])
def test_clauses_and_titles_before_a_place_suffix_are_not_places(extractor: Extractor,
                                                                text: str) -> None:
    assert _places(extractor, text) == []


def test_a_named_town_or_park_still_reads_as_a_name(extractor: Extractor) -> None:
    text = "推进向阳镇、于山街道和鹤鸣湖产业园协同发展，建设工业强镇。"
    assert _places(extractor, text) == ["向阳镇", "于山街道", "鹤鸣湖产业园"]


@pytest.mark.parametrize(("text", "names"), [
    ("白水河、青溪河出境断面水质稳定达标。", ["白水河", "青溪河"]),
    ("完成青溪河县城段河道整治3公里。", ["青溪河"]),
    ("鹭岛湾、金沙湾水质持续改善。", ["鹭岛湾", "金沙湾"]),
    ("加强江河湖泊保护，推进大江河治理，守护美丽海湾。", []),
])
def test_rivers_and_bays_named_with_their_water(extractor: Extractor, text: str,
                                                names: list[str]) -> None:
    assert _places(extractor, text) == names


def test_slogans_for_a_new_town_are_not_its_name(extractor: Extractor) -> None:
    text = "擦亮滨江新城品牌，建设高素质高颜值现代化国际化滨江新城，实现客运站点覆盖所有行政村。"
    assert _places(extractor, text) == ["滨江新城", "滨江新城"]


@pytest.mark.parametrize("text", [
    "吸引能人回故乡、建家乡，喜迎老乡。",
    "创建省定示范镇、市定示范镇，新建3处休闲公园。",
    "力争千亿元园区、百亿园区分别达到2个和6个，攻坚园区主战场。",
    "努力成为生态旅游度假区。",
])
def test_words_titles_and_classes_ending_like_places(extractor: Extractor, text: str) -> None:
    assert _places(extractor, text) == []


@pytest.mark.parametrize(("text", "names"), [
    ("打造青溪玉屏省级旅游度假区，建设东丽空港国际航空城。",
     ["青溪玉屏省级旅游度假区", "东丽空港国际航空城"]),
    ("创建省级旅游度假区，晋升为国家级湿地公园，争当省级新区。", []),
])
def test_a_grade_inside_a_named_place_and_titles_to_win(extractor: Extractor, text: str,
                                                         names: list[str]) -> None:
    assert _places(extractor, text) == names


def test_villages_counted_after_their_names(extractor: Extractor) -> None:
    assert _places(extractor, "推进青松、白桦等3个贫困村出列。") == ["青松村", "白桦村"]
    assert _places(extractor, "尽快获批省级化工园区，兴办集中园区。") == []


def test_titles_to_win_and_generic_streets(extractor: Extractor) -> None:
    assert _places(extractor, "创建湖北省全域旅游示范区，打造商业街区、科创街区。") == []


def test_a_leading_preposition_or_entry_verb_and_generic_parks(extractor: Extractor) -> None:
    text = "以青溪经济开发区为龙头，争取进入湖南自贸试验区，建设专业园区和县域特色产业园。"
    assert _places(extractor, text) == ["青溪经济开发区", "湖南自贸试验区"]


def test_towns_named_before_the_kind_of_their_works(extractor: Extractor) -> None:
    assert _places(extractor, "改造蕲州、刘河、向桥等一批乡镇卫生院。") == ["蕲州", "刘河", "向桥"]
    assert _places(extractor, "推进城乡、教育、医疗等乡镇工作。") == []


@pytest.mark.parametrize("text", [
    "打造直通西安乡村旅游线，推进通达城乡公交，提高开发区承载力。",
    "建设一流新城，保护古村镇，打造高新技术产业园区。",
])
def test_verbs_slogans_and_kinds_before_a_suffix(extractor: Extractor, text: str) -> None:
    assert _places(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("培育甲山乙园、丙河丁庄等乡旅融合示范点。", ["甲山乙园", "丙河丁庄"]),
    ("完成东坪、西岭、北湾等镇区污水处理工程。", ["东坪", "西岭", "北湾"]),
    ("修葺一批乡居、整理一批乡味、传承一批乡俗。", []),
    ("推进东坪、西岭等3个贫困村出列。", ["东坪村", "西岭村"]),
])
def test_a_list_category_that_only_looks_like_a_town_suffix(extractor: Extractor, text: str,
                                                            expected: list[str]) -> None:
    assert _places(extractor, text) == expected


def test_an_industry_park_the_text_names_is_a_place(extractor: Extractor) -> None:
    assert _places(extractor, "加快建设新材料产业园。") == ["新材料产业园"]


def test_a_place_named_by_sites_joined_with_dashes(extractor: Extractor) -> None:
    assert _places(extractor, "推进东坪湾—西岭广场—南门片区城市更新。") == ["东坪湾—西岭广场—南门片区"]


@pytest.mark.parametrize("text", [
    "2031年2月25日南坡镇第十届人民代表大会第六次会议召开，东坪镇人民政府镇长作报告。",
    "争取到位园区配套资金，推动20户企业入驻园区。",
    "建设示范乡镇，提升中心集镇功能，推进整村整乡建设。",
    "获批省级开发区，创成国家现代农业产业园。",
])
def test_dates_roles_verbs_and_kinds_of_town_are_not_places(extractor: Extractor, text: str) -> None:
    assert [p for p in _places(extractor, text) if p not in ("南坡镇", "东坪镇")] == []


def test_planning_and_ranking_verbs_before_a_zone(extractor: Extractor) -> None:
    # the verbs make no name; the county's own zone, named by its kind, is a place (rule 26)
    assert _places(extractor, "编制了县经济开发区“一区五园”规划，跻身国家级开发区。") == ["经济开发区"]


@pytest.mark.parametrize("text", [
    "作为全镇的重点，打通全镇交通瓶颈，推进文旅兴镇、生态立镇。",
    "助力东海自贸港建设，共建科学城，跃居国家级高新区。",
])
def test_the_whole_town_slogans_and_verbs_before_a_zone_are_not_places(extractor: Extractor, text: str) -> None:
    assert [p for p in _places(extractor, text) if p != "东海自贸港"] == []


def test_a_day_word_before_a_town_is_not_its_name(extractor: Extractor) -> None:
    assert _places(extractor, "昨天东坪镇召开党代会，西岭镇也召开会议。") == ["东坪镇", "西岭镇"]


def test_strengthening_and_stressing_are_verbs_before_a_zone(extractor: Extractor) -> None:
    assert _places(extractor, "强化东湖自主创新示范区建设，更加注重城乡统筹。") == ["东湖自主创新示范区"]


def test_a_village_where_a_village_is_expected(extractor: Extractor) -> None:
    text = ("在青桥乡石窑沟村北坡一带，今年在柳家屯村接着栽植榛子，在永丰、杏树等村接着推广，"
            "在贫困村帮扶，在中心村建设，甲、乙等村级组织换届。")
    assert _places(extractor, text) == ["青桥乡", "石窑沟村", "柳家屯村", "永丰村", "杏树村"]


def test_industrial_concentration_zones_enclaves_and_incubators(extractor: Extractor) -> None:
    text = ("加快建设孔桥纺织工业集中区、杉林陶瓷工业集中区，建成明珠、嘉禾科创飞地，推进青禾科技孵化园建设，"
            "新建大学生创业园。东区位居国家级高新区前列，西区更名为青山高新区。")
    assert _places(extractor, text) == ["孔桥纺织工业集中区", "杉林陶瓷工业集中区", "明珠科创飞地", "嘉禾科创飞地",
                                        "青禾科技孵化园", "青山高新区"]


def test_verb_tails_slogans_and_kinds_of_town_are_not_places(extractor: Extractor) -> None:
    text = ("全力打造海港新区，对标自由贸易港，建设生态宜居城乡，创建文明村镇，坚持二抓强县促镇，"
            "其中镇村道路改造完成，积极推进十二连城乡、青林镇建设。")
    assert _places(extractor, text) == ["海港新区", "自由贸易港", "十二连城乡", "青林镇"]


def test_a_figures_unit_before_a_parks_name_is_not_part_of_it(extractor: Extractor) -> None:
    text = "引进占地100亩中新数字创新产业园，建成3.2平方公里东海临港工业园。"
    assert _places(extractor, text) == ["中新数字创新产业园", "东海临港工业园"]


def test_an_officials_title_and_a_leading_verb_are_not_places(extractor: Extractor) -> None:
    text = "东城市委常委、西湾开发区党工委书记作报告。全力引领青川河，推进青湾开发区发展。"
    assert _places(extractor, text) == ["西湾开发区", "青湾开发区"]


def test_city_and_venue_where_the_session_meets(extractor: Extractor) -> None:
    # the city a provincial session meets in is inside the province; its hall is a place too
    assert _places(extractor, "湖南省第十四届人民代表大会第三次会议今天在长沙开幕。", "430000", "湖南省") == ["长沙"]
    assert _places(extractor, "会议在湘潭湖湘会堂隆重开幕。", "430000", "湖南省") == ["湘潭", "湖湘会堂"]
    assert _places(extractor, "大会在开福区长沙大剧院举行。", "430100", "长沙市") == ["开福区", "长沙大剧院"]
    assert _places(extractor, "大会在省人民会堂开幕。", "430000", "湖南省") == []
    # a hall inside a hotel or a school, and a long name
    assert _places(extractor, "会议在湘潭韶山宾馆礼堂隆重举行。", "430000", "湖南省") == ["湘潭", "韶山宾馆礼堂"]
    assert _places(extractor, "会议在某某区委党校明德堂主会议厅开幕。", "430000", "湖南省") == [
        "某某区委党校明德堂主会议厅"]
    assert _places(extractor, "长沙臭豆腐远近闻名。", "430000", "湖南省") == []  # inside a word


def test_short_division_name_after_a_listed_one(extractor: Extractor) -> None:
    text = "积极推动衡南、祁东撤县设市。"
    assert _places(extractor, text, "430400", "衡阳市") == ["衡南", "祁东"]


def test_a_park_inside_a_development_zone_is_named_by_both(extractor: Extractor) -> None:
    text = "青溪高新区、东坪开发区、石门开发区云岭科技园、北塘工业区完成工业总产值。"
    assert _places(extractor, text) == ["青溪高新区", "东坪开发区", "石门开发区云岭科技园", "北塘工业区"]


def test_one_village_before_a_count_parks_in_a_list_and_awards(extractor: Extractor) -> None:
    assert _places(extractor, "启动青石寨等4个村整村搬迁。") == ["青石寨村"]
    # a park's name ending in 园 is whole before the list's category
    assert _places(extractor, "支持青溪软件园、东坪高新技术园、石门创意产业园等园区发展。") == [
        "青溪软件园", "东坪高新技术园", "石门创意产业园"]
    # an award and a stage of work are no places
    assert _places(extractor, "获评2030年度综合排名进步前三名镇（街道），完成前期农业产业园规划。") == []


def test_more_kinds_of_named_place(extractor: Extractor) -> None:
    text = ("加快青溪综保区、东坪口岸建设，改造北塘大街、南门商业街，推进石门化工园、云岭科创园、"
            "东湖文化园发展，建成青山茶叶基地，完善设施蔬菜基地和航空口岸。")
    assert _places(extractor, text) == ["青溪综保区", "东坪口岸", "北塘大街", "南门商业街", "石门化工园",
                                        "云岭科创园", "东湖文化园", "青山茶叶基地"]


def test_a_town_joins_its_chemical_park(extractor: Extractor) -> None:
    assert "东坪镇石门化工园区" in _places(extractor, "推进东坪镇石门化工园区扩区。")


def test_a_street_offices_guiding_line_names_its_own_region(extractor: Extractor) -> None:
    ex = extractor.extract("2031年青石街道工作的指导思路是：以创新为引领，建好北门社区。")
    assert ex.report.region_name == "青石街道" and "青石街道" not in [p.name for p in ex.places]


def test_a_street_offices_own_plan_and_qualities_are_not_places(extractor: Extractor) -> None:
    text = ("青石街道2031年工作计划\n青石街道要以争创文明城市为契机，加快推进东园里、西园里两个社区改造，"
            "打造和谐宜居街区。青石作为老城，要留住乡愁。")
    ex = extractor.extract(text)
    assert ex.report.region_name == "青石街道"
    assert [p.name for p in ex.places] == ["东园里社区", "西园里社区"]


def test_a_verb_before_a_zone_is_cut(extractor: Extractor) -> None:
    text = ("争取设立青溪综合保税区，东坪纳入国家首批生态文明试验区，推出全省首家青创大街，"
            "开启石门临空经济示范区建设新篇章。")
    names = _places(extractor, text)
    assert "青溪综合保税区" in names and "石门临空经济示范区" in names
    assert not any(n.startswith(("设立", "纳入", "推出", "开启")) for n in names)


def test_a_lakes_name_is_not_shared_with_a_list_closed_by_its_own_category(extractor: Extractor) -> None:
    text = "抓好金石、唐溪、借马湖等6个省级美丽宜居乡村建设。县长王某某在镇调研。"
    names = _places(extractor, text)
    assert "借马湖" in names and not any(n in ("金石湖", "唐溪湖") or "县长" in n for n in names)


@pytest.mark.parametrize(("text", "place"), [
    ("某集团增资宝坻京津科技城，引进项目10个。", "宝坻京津科技城"),
    ("继续搞好浐灞金融商务区建设。", "浐灞金融商务区"),
    ("报告再一次让老城区百姓备感振奋，东河区将加快北梁新区建设。", "北梁新区"),
    ("为方便北梁新区居民生活，还将同步加快医院建设。", "北梁新区"),
    ("建强大飞机航空产业园、航空机电产业园。", "大飞机航空产业园"),
    ("重磅发布隆平片区教育配套规划。", "隆平片区"),
    ("携手天府新区共建总部基地。", "天府新区"),
    ("打通人民大街剩余道路，提升东坪街道功能。", "人民大街"),
    ("青溪（不含东坪街道）完成地区生产总值48亿元。", "东坪街道"),
])
def test_more_verbs_are_cut_before_a_place(extractor: Extractor, text: str, place: str) -> None:
    places = _places(extractor, text)
    assert place in places
    assert not [p for p in places if p.endswith(place) and p != place]


@pytest.mark.parametrize(("text", "dropped"), [
    ("加快南大街中心商贸街区创建最清洁、最诚信、最安全街区。", ["最安全街区", "最清洁街区"]),
    ("打造生态、智慧、安全园区，推进主体功能区建设。", ["安全园区", "主体功能区"]),
    ("加快钦州滨海新城和其他中心城市新区建设，以园区建设拉动城市新区扩展。", ["其他中心城市新区", "拉动城市新区"]),
    ("掀起南宁五象新区开发建设新高潮。", ["掀起南宁五象新区"]),
])
def test_kinds_qualities_and_verbs_are_no_places(extractor: Extractor, text: str, dropped: list[str]) -> None:
    assert not set(dropped) & set(_places(extractor, text))


@pytest.mark.parametrize(("text", "place"), [
    ("向客商介绍盐城高新区、推介冈中工业园的投资环境。", "盐城高新区"),
    ("向客商介绍盐城高新区、推介冈中工业园的投资环境。", "冈中工业园"),
    ("力争东坪经济开发区晋升省级开发区。", None),
    ("按照市委城乡统筹的要求，建设东坪工业园。", "东坪工业园"),
])
def test_verbs_of_telling_and_following_are_cut_before_a_place(
        extractor: Extractor, text: str, place: str | None) -> None:
    places = _places(extractor, text)
    assert place is None or place in places
    assert not [p for p in places if p.startswith(("介绍", "推介", "晋升", "按照"))]


@pytest.mark.parametrize(("text", "places"), [
    ("实施松花江街北延工程，改造黄河路。", []),  # a river in a street's name
    ("副县长主持召开会议，治理城乡环境。", []),  # 城乡 (town and country) is no 乡
    ("在古城乡建设游客中心。", ["古城乡"]),  # but a township may be called 某城乡
    ("关于下达青溪乡县2031年计划的通知", []),  # 乡 inside a county's name
])
def test_rivers_in_street_names_and_town_and_country(extractor: Extractor, text: str,
                                                     places: list[str]) -> None:
    assert _places(extractor, text) == places


def test_a_designation_without_a_proper_name_is_no_place(extractor: Extractor) -> None:
    # 共同富裕示范区 names a policy's title; a place's name in the stem makes it a place
    text = "争创共同富裕示范区和绿色低碳先行区，建设浦东综合改革试验区。"
    assert _places(extractor, text) == ["浦东综合改革试验区"]


@pytest.mark.parametrize(("text", "places"), [
    ("加快东港、北湾、临江三大国际枢纽物流园区建设。",
     ["东港国际枢纽物流园区", "北湾国际枢纽物流园区", "临江国际枢纽物流园区"]),
    ("推进东湖、西岭两个工业园区建设。", ["东湖工业园区", "西岭工业园区"]),
])
def test_a_zones_modifier_after_the_count_goes_with_every_item(
        extractor: Extractor, text: str, places: list[str]) -> None:
    assert _places(extractor, text) == places


def test_going_home_is_no_township(extractor: Extractor) -> None:
    assert _places(extractor, "鼓励他们回乡创业，吸引乡贤回乡投资。") == []
    assert _places(extractor, "全县推进东坪乡、西岭乡建设。") == ["东坪乡", "西岭乡"]


def test_the_reports_region_after_its_parents_names_is_no_place(extractor: Extractor) -> None:
    text = ("天津滨海新区今年将新建学校5所\n某某社天津1月7日电 天津市滨海新区人代会开幕，"
            "推进响螺湾片区建设。")
    assert _places(extractor, text, "120116", "滨海新区") == ["响螺湾片区"]


@pytest.mark.parametrize(("text", "places"), [
    ("实施灌区工程，把三江平原建成优质水稻基地。", ["三江平原"]),
    ("加快建设东部肉牛产业带。", ["东部肉牛产业带"]),
    ("全县地处平原，平原地区要加快发展。", []),
])
def test_plains_and_industrial_belts(extractor: Extractor, text: str, places: list[str]) -> None:
    assert _places(extractor, text) == places


def test_sites_listed_before_their_grade_and_a_water_park(extractor: Extractor) -> None:
    text = "发展全域旅游，巩固青龙山、白云寺4A级景区，打造东湖水上乐园新品牌。"
    assert _places(extractor, text) == ["青龙山", "白云寺", "东湖水上乐园"]


def test_a_former_residence_is_a_site(extractor: Extractor) -> None:
    assert _places(extractor, "修缮某某烈士故居，推进故居保护。") == ["某某烈士故居"]


def test_zones_listed_before_the_projects_they_host_are_places(extractor: Extractor) -> None:
    text = ("加大临江港区、古银杏森林群落风景区等服务业项目建设。"
            "重点实施卫东智能装备产业园、心连心化工新材料等一批项目。")
    ex = extractor.extract(text, year=2031)
    assert [p.name for p in ex.places] == ["临江港区", "古银杏森林群落风景区", "卫东智能装备产业园"]
    assert [p.name for p in ex.projects] == ["心连心化工新材料"]


def test_a_document_before_a_town_in_a_list_is_no_town(extractor: Extractor) -> None:
    text = "会议审议东坪镇人民政府工作报告、东坪镇财政预算执行情况。推进上庄、温泉镇建设。"
    # (东坪镇 twice: each mention, the first after the verb 审议)
    assert _places(extractor, text) == ["东坪镇", "东坪镇", "上庄镇", "温泉镇"]


def test_a_named_nature_reserve_is_a_place(extractor: Extractor) -> None:
    assert _places(extractor, "加强青龙山国家级自然保护区建设，推进自然保护区整合优化。") == [
        "青龙山国家级自然保护区"]


@pytest.mark.parametrize(("text", "places"), [
    ("努力提升新常态下镇域经济社会贡献份额。", []),            # 镇域: the town's area, a word
    ("高品位建设生态城乡，推进古城乡建设。", ["古城乡"]),     # 生态城乡: town and country
    ("加快建设好洋山保税港区。", ["洋山保税港区"]),            # 建设好: the verb's tail
    ("發揮好洋山保稅港區的政策效應。", ["洋山保税港区"]),          # 發揮好, traditional (name simplified)
])
def test_words_that_end_like_towns_and_a_verbs_tail(extractor: Extractor, text: str,
                                                    places: list[str]) -> None:
    assert _places(extractor, text) == places


def test_kinds_of_zones_counted_in_figures_are_no_places(extractor: Extractor) -> None:
    text = ("新建高效规模化种植园区1个、农业养殖园区2个。打造新政镇、什玲镇两个示范镇。"
            "推进夜间文旅消费集聚区3个建设。")
    assert _places(extractor, text) == ["新政镇", "什玲镇"]  # (两个 sums up the towns just named)


def test_two_landmarks_side_by_side(extractor: Extractor) -> None:
    assert "苍山" in _places(extractor, "两会刚刚过，苍山洱海之畔，全市又启动了新一轮发展。")


@pytest.mark.parametrize(("text", "places"), [
    # a web page's credits name the publisher, not a place of the text
    ("工作思路 来源：湖北省孝南经济开发区(朱湖农场、毛陈镇) 发布时间：2018-03-02。推进毛陈镇建设。",
     ["毛陈镇"]),
    ("以龙潭、石门等建设乡村旅游集聚区为重点。", []),        # 乡|村: 乡村 is one word
    ("推动每个乡镇(街道)建成特色产业基地。", []),               # 每个: a quantifier, no name
    ("启动城市更新片区试点，加快滨湖新片区建设。", ["滨湖新片区"]),  # 更新|片区: no 新片区
    ("推进孝南经济开发区(朱湖旅游度假区、毛陈镇)建设。",            # no name with a bracket never closed
     ["孝南经济开发区", "朱湖旅游度假区", "毛陈镇"]),
])
def test_credits_quantifiers_and_cut_words_are_no_places(extractor: Extractor, text: str,
                                                          places: list[str]) -> None:
    assert _places(extractor, text) == places


@pytest.mark.parametrize(("text", "places"), [
    ("推进老街综合更新和滨河带状公园建设。", ["滨河带状公园"]),   # 更新|和: no county 新和 here
    ("清理整顿开发区，核减开发区8个，加快临港开发区建设。", ["临港开发区"]),  # what is done to zones
    ("建设高颜值城乡。", []),                                          # a quality, not a place
    ("完成原三里桥园区规划，推进原平经济开发区建设。", ["三里桥园区", "原平经济开发区"]),  # 原: former
    ("建设沪苏深度合作区、闽台特别合作区，成为重要国际区域经济合作区。",   # 深度 is no verb here
     ["沪苏深度合作区", "闽台特别合作区"]),
    ("加强区域合作，建设跨境经济合作区。", []),                               # a kind of zone
])
def test_conjunctions_zone_actions_and_qualities(extractor: Extractor, text: str, places: list[str]) -> None:
    assert _places(extractor, text) == places


def test_mongolian_townships_and_villages_are_places(extractor: Extractor) -> None:
    assert _places(extractor, "推进乌兰苏木建设，加快巴音嘎查发展。实施哈日苏木安全饮水工程。") == [
        "乌兰苏木", "巴音嘎查", "哈日苏木"]


@pytest.mark.parametrize(("text", "places"), [
    ("改造北杨村、南杨村土地1200亩。", ["北杨村", "南杨村"]),  # a village after a village; 村土地 is its land
    ("整治北杨村、南杨村。", ["北杨村", "南杨村"]),            # the works' verb is not the first name's
])
def test_villages_listed_together(extractor: Extractor, text: str, places: list[str]) -> None:
    assert [p.name for p in extractor.extract(text, year=2025).places] == places


@pytest.mark.parametrize(("text", "places"), [
    ("抢抓洞庭湖生态经济区建设机遇。", ["洞庭湖生态经济区"]),  # an economic zone; 抢抓 is a verb
    ("这标志着北部湾经济区开放开发进入新阶段。", ["北部湾经济区"]),
    ("研究设立特殊经济区。", []),                                # a kind of zone
])
def test_economic_zones_are_places(extractor: Extractor, text: str, places: list[str]) -> None:
    assert [p.name for p in extractor.extract(text, year=2025).places] == places


def test_an_industrial_area_by_its_own_name_is_a_place(extractor: Extractor) -> None:
    assert _places(extractor, "规划建设临港产业区，推进保税物流中心建设。") == ["临港产业区"]


def test_what_a_slogan_s_term_means_is_the_place_and_a_customs_line_is_none(extractor: Extractor) -> None:
    text = "今年将打造“一轴、两城”。“两城”指青溪新城、石湖居住新城。推进“二线口岸”查验设施建设。"
    assert _places(extractor, text) == ["青溪新城", "石湖居住新城"]


def test_towns_and_street_offices_together_are_no_town(extractor: Extractor) -> None:
    assert _places(extractor, "构建市级领导领衔、部门镇街协同的招商机制，推进青石镇老街改造。") == ["青石镇"]


@pytest.mark.parametrize(("text", "places"), [
    ("市人大代表汇聚一堂、共绘青岛发展蓝图。", []),  # a city whose name ends in 岛, after a verb
    ("林木覆盖率、自然湿地保护率分别达到25%、60%。", []),  # indicators, no wetland
    ("推进孝丰镇和天荒坪镇环境提升。", ["孝丰镇", "天荒坪镇"]),  # 丰镇 is also a city: the town stays
])
def test_indicators_and_cities_that_end_like_a_place(extractor: Extractor, text: str, places: list[str]) -> None:
    assert _places(extractor, text) == places


def test_a_district_before_a_venue_with_no_name_of_its_own_is_part_of_it(extractor: Extractor) -> None:
    text = "今天上午，广州市第十五届人民代表大会第三次会议在白云国际会议中心开幕。"
    assert _places(extractor, text, code="440100", name="广州市") == ["白云国际会议中心"]


def test_a_park_with_its_zone_word_said_twice_is_the_park(extractor: Extractor) -> None:
    assert _places(extractor, "全力支持矿山企业、支持磷化产业园园区建设。") == ["磷化产业园"]


def test_a_station_named_after_a_zone_and_kinds_of_area_are_no_places(extractor: Extractor) -> None:
    assert _places(extractor, "推动京港澳高速新区站建成投用。加快周边片区开发，建设节点公园。") == []


@pytest.mark.parametrize(("text", "places"), [
    ("抓好化工园区申报，推进县经开区扩区。", ["化工园区", "经开区"]),  # the region's own zones
    ("抓好国家级和省级开发区、高新区建设。", []),  # kinds of zone in a list
    ("加快青溪经济开发区建设。", ["青溪经济开发区"]),  # a named one is found by its name
    ("加快推进经济开发区和数字经济园晋位升级，产业集聚区扩区。", ["经济开发区", "产业集聚区"]),
])
def test_the_region_s_own_zone_named_by_its_kind_is_a_place(
        extractor: Extractor, text: str, places: list[str]) -> None:
    assert _places(extractor, text) == places


def test_a_list_of_departments_names_no_zone(extractor: Extractor) -> None:
    text = "发布会上，临淄区发改局、住建局、农业农村局、教体局及齐鲁化工区、临淄经济开发区等部门相关负责人作了解读。"
    assert not any("局" in p for p in _places(extractor, text))


@pytest.mark.parametrize(("text", "expected", "absent"), [
    # a county before a place with a name of its own is a division of its own
    ("加快屏南县白鹭湾景区提质升级。", "白鹭湾景区", "屏南县白鹭湾景区"),
    # (a park named by what it makes keeps its county)
    ("建设屏南县茶叶加工园区。", "屏南县茶叶加工园区", "茶叶加工园区"),
    # lead-in words are no part of a name
    ("重点投向基础设施领域，包括青港医疗健康产业园、垃圾处理厂。", "青港医疗健康产业园", "包括青港医疗健康产业园"),
    ("两项目共线采用双层桥梁跨越白石湖。", "白石湖", "两项目共线采用双层桥梁跨越白石湖"),
])
def test_a_county_before_a_named_place_and_lead_in_words(
        extractor: Extractor, text: str, expected: str, absent: str) -> None:
    names = [p.name for p in extractor.extract(text, year=2024).places]
    assert expected in names
    assert absent not in names


@pytest.mark.parametrize(("text", "places"), [
    ("计划投资200万元用于青石村道路硬化，投资300万元进行镇区改造。", ["青石村"]),
    ("擦亮“工业强镇(街道)”名片，打造循环经济强镇镇、现代农业镇，盘活白石工业园、青溪机械工业园两处特色园区。",
     ["白石工业园", "青溪机械工业园"]),
    ("培育竹子特色村，消除薄弱村，提升成熟景区。", []),  # kinds of place
    ("启用街道综合服务中心，谱写美丽富裕幸福金乡新篇章，新模式入选全国自贸试验区。", []),
])
def test_verbs_titles_kinds_and_a_praised_county_are_no_places(
        extractor: Extractor, text: str, places: list[str]) -> None:
    assert _places(extractor, text) == places


def test_a_section_in_brackets_is_no_part_of_a_place_s_name(extractor: Extractor) -> None:
    assert _places(extractor, "开展东屿片区、青菱片区(坂上段)征迁工作，建设杭州高新区（滨江）。") == [
        "东屿片区", "青菱片区", "杭州高新区（滨江）"]


@pytest.mark.parametrize("text", [
    "要把青庙建设成为生态强镇。",
    "首页区县招商产业园区",
])
def test_clauses_and_page_furniture_are_no_places(extractor: Extractor, text: str) -> None:
    assert _places(extractor, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("重点发力青湖周边5平方公里区域开发。", ["青湖"]),
    ("新区托管白石镇以来，人口持续增长。", ["白石镇"]),
    ("会议回顾总结过去一年新区工作，描绘新区发展新蓝图。", []),
    ("岛内将推行片区综合开发。", []),
])
def test_verbs_of_managing_and_looking_back_are_no_part_of_a_place(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert _places(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("着力打造滨湖田园生态新城，加快建设青湖新城。", ["青湖新城"]),
    ("建设国际化都市郊区新城和宜居活力新城。", []),
    ("推进月光岛文旅新城和东部新城建设。", ["月光岛文旅新城", "东部新城"]),
])
def test_what_a_new_town_is_to_be_is_no_name(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert _places(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 创新发展, 融合发展: a designation's own words, not a clause cut before the name
    ("抢抓青州数字经济创新发展试验区建设机遇。", ["青州数字经济创新发展试验区"]),
    ("打造产城融合发展的青河北部新城。", ["青河北部新城"]),
    # a park named by its trade may start with 家 (家居, 家具); the projects it counts are its own
    ("家具产业园18个优质项目建成投产。", ["家具产业园"]),
])
def test_designations_with_their_own_verbs_and_parks_named_by_a_trade(
        extractor: Extractor, text: str, expected: list[str]) -> None:
    assert _places(extractor, text) == expected


def test_a_title_won_or_aimed_at_is_no_place(extractor: Extractor) -> None:
    text = ("青山区荣获全国电子信息产业创新发展示范园区，奋进百强园区，迈进国家级经开区。"
            "加快青山工业园区建设。")
    assert _places(extractor, text) == ["青山工业园区"]


def test_titles_a_city_aims_at_are_no_sites(extractor: Extractor) -> None:
    text = "聚力打造芯片之都、储能第一城、青湖科学谷等产业地标。"
    assert _places(extractor, text) == ["青湖科学谷"]


def test_a_two_character_county_before_a_named_place_is_split_off(extractor: Extractor) -> None:
    # 忠县 and 萧县 are counties whose full names have two characters; 建成县城 holds no 成县
    text = "加快建设忠县银山片区，推进萧县龙城片区建设，建成县城滨河公园。"
    assert _places(extractor, text)[:2] == ["银山片区", "龙城片区"]


def test_a_zone_a_region_plans_by_its_role_is_a_place(extractor: Extractor) -> None:
    text = "打造郑新共同发展区，抓好青湖生态发展区、东部资源经济发展区等区域发展。"
    assert _places(extractor, text) == ["郑新共同发展区", "青湖生态发展区", "东部资源经济发展区"]


def test_a_county_before_a_town_or_village_is_a_place_of_its_own(extractor: Extractor) -> None:
    # 龙胜县 and 恭城县 are how texts write 龙胜各族自治县 and 恭城瑶族自治县
    text = ("今年，重点推进龙胜县马堤乡、恭城县莲花镇、永福县苏桥镇和阳朔县白沙镇遇龙村"
            "乡村振兴示范点建设。")
    names = {p.name for p in extractor.extract(text, region_code="450300").places}
    assert {"马堤乡", "莲花镇", "苏桥镇", "白沙镇", "遇龙村"} <= names
    assert {"龙胜县", "恭城县", "永福县", "阳朔县"} <= names
    assert not [n for n in names if len(n) > 4 and n.startswith(("龙胜县", "恭城县", "永福县", "阳朔县"))]


def test_a_county_before_a_town_in_any_report_and_what_a_list_holds(extractor: Extractor) -> None:
    text = "有一定景观效果的村庄有阳朔县白沙镇遇龙村。"
    names = [p.name for p in extractor.extract(text).places]
    assert names == ["阳朔县", "白沙镇", "遇龙村"]


def test_a_list_opened_by_fenbiewei_names_its_towns_without_it() -> None:
    text = "青溪县获得投资的5个村分别为白沙镇石门村、青山镇杨家坪村，分别为青岭乡三和村。"
    names = [p.name for p in Extractor().extract(text, year=2032).places]
    assert not any(n.startswith("分别") for n in names)
    assert "白沙镇" in names and "青岭乡" in names


def test_a_lead_word_of_news_is_no_part_of_a_place_and_a_counted_list_s_full_names_stay() -> None:
    text = ("图为白沙镇新貌。项目位于青溪工业园。目前，歌乐村、金刚村、茅山峡村等8个村已编制完成规划。")
    names = [p.name for p in Extractor().extract(text, year=2032).places]
    assert "白沙镇" in names and "青溪工业园" in names
    assert {"歌乐村", "金刚村", "茅山峡村"} <= set(names)
    assert not any(n.startswith(("图为", "位于")) or n.endswith("村村") for n in names)


def test_where_a_school_lies_is_said_without_the_clause_s_words(extractor: Extractor) -> None:
    names = _places(extractor, "学校全部位于东部新城区，堪称无边界公园。")
    assert not any(n.startswith(("全部", "位于")) for n in names)



def test_the_report_s_own_region_by_its_short_name_is_no_place() -> None:
    from kg.extract import _names_the_region

    assert _names_the_region("连江", "350122")  # 连江县
    assert _names_the_region("福州市连江县", "350122")
    assert not _names_the_region("连江口", "350122")
    assert not _names_the_region("福州", "350122")  # a parent is not the region itself


@pytest.mark.parametrize(("text", "name"), [
    ("重点项目中事关产业转型升级的有71项，事关高铁生态新区崛起的有12项。", "高铁生态新区"),
    ("诞生第一个工业总产值过千亿元的经济强镇；联手天安节能科技园、某工业经济总部园区等打造第二个过千亿。",
     "天安节能科技园"),
    ("抓大平台，全力打造蓝色强引擎。某县将以改革为统领，重构临港装备产业港、未来海洋科创港、蓝色粮仓集散港。",
     "临港装备产业港"),
])
def test_words_a_place_name_is_run_into_are_cut(text: str, name: str) -> None:
    from kg.extract import Extractor

    assert name in [p.name for p in Extractor().extract(text, year=2031).places]


def test_organic_is_no_verb_before_a_place() -> None:
    from kg.extract import Extractor

    names = [p.name for p in Extractor().extract("今年新建有机粘玉米种植基地500亩。", year=2031).places]
    assert "机粘玉米种植基地" not in names


@pytest.mark.parametrize(("text", "expected"), [
    # a verb before a place's own name ends the clause in front of it (jieba's tags)
    ("调研组一行先后来到南湖经济开发区、青云街道考察。", ["南湖经济开发区", "青云街道"]),
    ("地铁线路横跨珠江大道片区，带动沿线发展。", ["珠江大道片区"]),
    ("疫情感染着街道的每一户居民，也考验着北岭镇。", ["北岭镇"]),
    # (a division's name that jieba tags a verb is no verb: 开封, 自贡)
    ("加快开封智慧岛建设，打造自贡盐帮美食街区。", ["开封智慧岛", "自贡盐帮美食街区"]),
])
def test_a_verb_before_a_name_is_no_part_of_it(extractor: Extractor, text: str,
                                               expected: list[str]) -> None:
    assert _places(extractor, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the speaker's own town and a clause ending in 的 are no names
    ("这些举措有利于我镇发展，拉近我镇与县城的距离，林业站共同为本镇服务。", []),
    ("选出取得成效的村，推广到各村。", []),
    # a word of joining before the name is no part of it (but 天全, 含山 are counties' names)
    ("全县重点项目集中开工仪式暨金村新区文化创意产业园开工，含秀山新区在内的各园区同步推进。",
     ["金村新区", "金村新区文化创意产业园", "秀山新区"]),
    ("加快四川天全经济开发区建设。", ["四川天全经济开发区"]),
])
def test_the_speaker_s_own_town_and_a_word_of_joining_before_a_name(extractor: Extractor, text: str,
                                                                  expected: list[str]) -> None:
    assert _places(extractor, text) == expected
