"""Place-name resolution inside the report's region first, and region detection from text."""

from __future__ import annotations

import json

import pytest

from kg.extract import Extractor
from kg.resolve import own_town, qualified, region_from_text, resolve, resolve_code
from tests.conftest import ROOT, SEED

CORPUS = ROOT / "tests" / "corpus"


def test_haikou_in_a_xishan_report_is_not_hainan() -> None:
    # 海口 in a 西山区 report is the local 海口街道 / 海口工业园区, not a division of the table.
    r = resolve("海口", within="530112")
    assert r.status == "withheld" and r.code is None
    assert [d.code for d in r.candidates] == ["460100"]
    assert resolve("海口", within="530100").code is None  # nor in a Kunming report
    assert resolve_code("海口", within="530112") is None


def test_haikou_without_context_or_by_full_name_is_the_city() -> None:
    assert resolve("海口").code == "460100"
    assert resolve("海口", within="460000").code == "460100"
    r = resolve("海口市", within="530112")  # an explicit full name is unambiguous nationally
    assert (r.status, r.code, r.scope) == ("resolved", "460100", "national")


@pytest.mark.parametrize(("name", "within", "code", "scope"), [
    ("西山", "530112", "530112", "530112"),    # the report's own region
    ("西山区", "530100", "530112", "530100"),  # a county of the report's city
    ("昆明", "530112", "530100", "530100"),    # the parent
    ("昆明市", "530112", "530100", "530100"),
    ("五华", "530112", "530102", "530100"),    # a sibling, via the parent's scope
    ("云南", "530112", "530000", "530000"),
    ("大理", "530112", "532900", "530000"),    # elsewhere in the province
    ("朝阳", "110000", "110105", "110000"),    # 北京 朝阳区, not 朝阳市 (辽宁) …
    ("朝阳", "220100", "220104", "220100"),    # … and in 长春 the local one
    ("上海", "530112", "310000", "national"),  # a province's short name is safe nationally
    ("南山区", "440300", "440305", "440300"),
])
def test_resolves_in_widening_scopes(name: str, within: str, code: str, scope: str) -> None:
    r = resolve(name, within=within)
    assert (r.status, r.code, r.scope) == ("resolved", code, scope)


def test_ambiguous_names_pick_nothing() -> None:
    r = resolve("南山区")
    assert r.status == "ambiguous" and r.code is None
    assert {d.code for d in r.candidates} == {"230404", "440305"}
    assert resolve("朝阳").status == "ambiguous"
    assert resolve("朝阳", within="530112").status == "withheld"


@pytest.mark.parametrize(("name", "code"), [
    ("云南省昆明市西山区", "530112"),
    ("昆明西山区", "530112"),
    ("深圳市南山区", "440305"),
    ("黑龙江省鹤岗市南山区", "230404"),
])
def test_qualified_names(name: str, code: str) -> None:
    assert qualified(name) is not None and qualified(name).code == code
    assert resolve(name, within="110000").code == code  # the qualification beats the scope


def test_traditional_characters_and_unknown_names() -> None:
    assert resolve("廈門市").code == "350200"
    assert resolve("火星基地").status == "not_found"
    assert resolve("  ").status == "not_found"


def _gold() -> list[tuple[str, str]]:
    cases = []
    for gold in sorted((CORPUS / "gold").glob("*.json")):
        code = json.loads(gold.read_text(encoding="utf-8"))["report"]["region_code"]
        cases.append((gold.stem, code))
    return cases


@pytest.mark.parametrize(("stem", "code"), _gold())
def test_region_from_text_on_the_corpus(stem: str, code: str) -> None:
    text = (CORPUS / "reports" / f"{stem}.txt").read_text(encoding="utf-8")
    assert region_from_text(text) == code


@pytest.mark.parametrize(("text", "code"), [
    ("政府工作报告提出：2040年漳州经济社会发展预期目标", "350600"),  # a prefecture's short name
    ("福建今年将新增就业5万人", "350000"),
])
def test_a_province_or_prefecture_named_as_the_subject_of_a_lead(text: str, code: str) -> None:
    assert region_from_text(text) == code


def test_region_from_text_on_the_seed() -> None:
    assert region_from_text(SEED.read_text(encoding="utf-8")) == "530112"
    assert region_from_text("5月20日，昆明市西山区区长陈瑞斌在《政府工作报告》中提出") == "530112"


@pytest.mark.parametrize(("text", "code"), [
    ("昆明西山区：打造门户区", "530112"),                 # no cue: a qualified title
    ("深圳市南山区第七届人民代表大会第二次会议开幕", "440305"),
    ("12月18日，芗城区第九届人大一次会议开幕", "350602"),
    ("南山区政府工作报告：今年GDP力争突破5000亿元", None),  # 南山区 alone is ambiguous
    ("湖州两县晒出任务书", None),
    ("新华今年将新建学校3所", None),                      # a county's short name alone: no
    ("朝阳今年将新建学校3所", None),                      # 朝阳 names a city and districts
    ("今年GDP增长6%", None),
    ("", None),
])
def test_region_from_text_says_nothing_when_unsure(text: str, code: str | None) -> None:
    assert region_from_text(text) == code


def test_a_city_whose_counties_the_text_lists_by_full_name() -> None:
    # 赣州市 360700: 章贡区 360702, 南康区 360703, 瑞金市 360781 (no frame names the city)
    text = "政府工作报告解读\n今年将建成章贡区、南康区两座体育馆，瑞金市新建学校5所。"
    assert region_from_text(text) == "360700"
    # two counties only, or counties of two cities: no guess
    assert region_from_text("今年章贡区、南康区各建一座体育馆。") is None
    assert region_from_text("今年章贡区、南康区、西湖区各建一座体育馆。") is None


def test_the_local_outlet_that_published_it_when_the_text_says_our_city() -> None:
    text = "十件实事\n作者：佚名  来源：赣州新闻网\n今年，我市将办好十件实事。"
    assert region_from_text(text) == "360700"
    assert region_from_text("来源：赣州新闻网\n今年，我县将办好十件实事。") is None


def test_a_county_named_in_the_title_of_a_provincial_outlets_story() -> None:
    text = "香河重点项目建设全面提速\n河北新闻网讯（记者 某某）6月底前，一批项目开工。全省…"
    assert region_from_text(text) == "131024"


def test_the_province_named_in_full_in_a_lead_that_says_our_province() -> None:
    assert region_from_text("某某网2月7日电 2036年是我省开局之年，江西省科学谋划。") == "360000"
    # a county's text ranking itself in the province: not the province
    assert region_from_text("全县上下努力，江西省排名前20。") is None


@pytest.mark.parametrize(("text", "code"), [
    ("二、2031年工作安排\n宜春经济稳中向好，全市新建学校5所。宜春将加快建设。", "360900"),
    ("今年工作安排\n金华要打造高能级平台。金华将加快建设。", "330700"),
    ("今年工作安排\n苏州工业园区新增企业200家。", None),         # once, inside another name
    ("今年工作安排\n宜春、上饶两市合作，全市新建学校5所。", None),  # two candidates
    ("今年工作安排\n全市建设铁东街、上海路等6条市政道路。", None),    # a street named after a city
])
def test_the_one_region_the_text_names_at_its_own_level(text: str, code: str | None) -> None:
    assert region_from_text(text) == code


@pytest.mark.parametrize(("text", "expected"), [
    ("2031年青溪县东坪镇政府工作报告\n各位代表：现在，我代表镇人民政府作报告。", ("东坪镇", "青溪县")),
    ("2031年西岭乡工作计划\n2031年是开局之年，全乡上下…", ("西岭乡", None)),
    ("2031年，北湾镇将紧紧围绕“示范镇”工作目标，奋力打造高地。", ("北湾镇", None)),
    ("2031年南坪镇政府主要工作安排和任务分解\n2031年是开局之年。", ("南坪镇", None)),
    ("南坪党代会明确今年目标\n今年，南坪镇经济社会发展的主要预期目标是：增长6%。", ("南坪镇", None)),
    ("通海口镇2030年工作总结及2031年工作计划\n发布时间：2031-01-10", ("通海口镇", None)),
    ("2031年青溪县政府工作报告\n各位代表：推进东坪镇、西岭乡建设。", None),
])
def test_a_towns_own_report(text: str, expected: tuple[str, str | None] | None) -> None:
    assert own_town(text) == expected


def test_a_city_s_name_at_the_end_of_a_town_s_is_not_the_region() -> None:
    # 通海口镇 ends in 海口 (a prefecture's short name): the town's report is not 海口's
    text = "通海口镇2030年工作总结及2031年工作计划\n来源：通海口\n2030年工作回顾\n全镇新建学校1所。"
    assert region_from_text(text) is None


def test_a_towns_report_keeps_the_town_and_its_county_out_of_places() -> None:
    from kg.extract import Extractor

    text = "2031年青溪县东坪镇政府工作报告\n推进东坪镇南坡村、北坡村建设，打造东坪镇特色产业园。"
    ex = Extractor().extract(text)
    assert (ex.report.region_name, ex.report.region_code) == ("东坪镇", None)
    assert "东坪镇" not in [p.name for p in ex.places]
    assert "青溪县" not in [p.name for p in ex.places]


def test_a_zones_own_news_names_the_zone_and_keeps_it_out_of_places() -> None:
    from kg.extract import Extractor

    text = ("青溪经开区召开2031年工作会议\n1月8日，青溪经开区党工委召开会议，要求经开区全力冲刺。"
            "会议指出，2031年经开区将加快城南工业园建设，全区规模工业增加值增长12%以上，"
            "力争经开区实现营业收入突破300亿元。")
    ex = Extractor().extract(text)
    assert (ex.report.region_name, ex.report.region_code) == ("青溪经开区", None)
    places = [p.name for p in ex.places]
    assert "城南工业园" in places
    assert not [p for p in places if p.endswith("经开区")]


def test_a_district_named_with_the_zone_it_governs_is_the_region() -> None:
    from kg.extract import Extractor

    # one government, two names (区 and 开发区): the district reports, its code is known
    text = ("关于萧山区 萧山经济技术开发区2031年计划执行情况的报告\n各位代表：\n受萧山区人民政府、"
            "萧山经济技术开发区管委会委托，现向大会报告萧山区 萧山经济技术开发区2031年计划执行情况。"
            "2031年，全区工业增加值增长8%。")
    ex = Extractor().extract(text)
    assert (ex.report.region_name, ex.report.region_code) == ("萧山区", "330109")


@pytest.mark.parametrize("text", [
    # a division's report: its zones are places of it
    "2031年青溪市政府工作报告\n各位代表：加快青溪新区建设。青溪新区要…，全区…。支持新区发展，新区…。",
    # the zone is not named in the opening
    "各位代表：\n" + "全年经济平稳。" * 40 + "加快青溪新区建设，青溪新区党工委…，新区…，新区…",
])
def test_a_zone_named_often_in_another_text_is_not_its_region(text: str) -> None:
    from kg.resolve import own_zone

    assert own_zone(text) is None


def test_a_county_s_news_under_its_city_s_dateline_is_the_county_s() -> None:
    text = ("经济新闻联播4月18日江西宜春电(记者 魏某 通讯员 刘某)为深入贯彻落实宜春市委经济工作会议"
            "决策部署,统筹推进经济社会发展,奉新县于2031年4月18日上午10点举行了奉新县2031年重点项目"
            "集中开工仪式。\n\n宜春市委常委、秘书长某某,宜春市经合局等市直部门主要领导,奉新县四个班子"
            "主要领导,奉新县招商工作领导小组各成员单位主要领导出席集中开工仪式。此次奉新县集中开工项目12个。")
    assert region_from_text(text) == "360921"
    # the city's government speaking: its own text, whatever county it names most
    spoken = text.replace("为深入贯彻落实宜春市委", "宜春市人民政府办公厅发布通知，为落实宜春市委")
    assert region_from_text(spoken) == "360900"


def test_a_town_congress_names_the_town() -> None:
    assert own_town("政府工作报告\n——在东坪镇第十届人民代表大会第一次会议上\n各位代表：") == ("东坪镇", None)


def test_a_name_made_of_the_tail_of_another_and_a_common_word_is_not_named() -> None:
    # 合肥|城市总体规划 does not name 肥城市 (Shandong); the counties named are 合肥's
    text = ("政府工作报告\n各位代表：\n现在，我代表市人民政府向大会报告工作。\n"
            "一、2030年工作回顾\n过去一年，我们全面贯彻新发展理念，" + "稳中求进，攻坚克难，" * 30 + "\n"
            "——城市能级明显提升。国务院正式批复合肥城市总体规划。全市生产总值增长10%。\n"
            "——肥西县、肥东县、长丰县进入全国百强县，巢湖市入选百强，庐江县荣获生态名县。\n")
    assert region_from_text(text) == "340100"


@pytest.mark.parametrize(("text", "code"), [
    # 梧州市|长洲区: no 市长 in it; the district's own congress
    ("政府工作报告\n——2031年3月16日在梧州市长洲区第五届人民代表大会第三次会议上\n区长 某某", "450405"),
    ("湖南省长沙市第十五届人民代表大会第二次会议开幕", "430100"),
    # a city's congress in the title, its district's in the lead, the district named most
    ("深圳二届人大二次会议开幕\n4月21日，坪山区二届人大二次会议开幕。坪山区将建设学校，坪山区…",
     "440310"),
    # a city's delegates from one district: the city is still the subject
    ("上海人大代表充满信心\n上海市十四届人大五次会议开幕，杨浦区人民政府代表发言。上海将…上海…", "310000"),
])
def test_the_government_named_before_a_cue_of_its_congress(text: str, code: str) -> None:
    assert region_from_text(text) == code


@pytest.mark.parametrize("text", [
    "在市委、市政府和县委的坚强领导下，全县经济稳步增长。",  # 和|县委, not 和县
    "加快完善新老城区道路，全区建设学校5所。",               # 老城区 is a common word
    "以项目带动城东区域发展，我区新建道路3条。",             # 城东区|域
])
def test_common_words_that_spell_a_division_name_are_no_evidence(text: str) -> None:
    assert region_from_text(text) is None


def test_a_league_and_the_level_a_report_calls_its_own() -> None:
    # 盟 is a suffix like 州; 全盟 is the level of a league
    text = "3月12日，锡林郭勒盟行政公署下达全盟计划。\n锡林郭勒盟将推进项目，全盟新增企业20家。"
    assert region_from_text(text) == "152500"
    # 我代表县人民政府 says the report is a county's: a city named alone is not its region
    text = "各位代表：现在，我代表县人民政府向大会报告工作。\n学习深圳经验，全市排名第一。"
    assert region_from_text(text) is None


@pytest.mark.parametrize(("text", "code"), [
    ("政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作。\n商洛市今年将新建学校5所。", "611000"),
    # 宜城 is a county-level city of 襄阳, the only one named and as the text's own (宜城发展):
    # the 市 that reports is 宜城, led by its prefecture's 市委
    ("政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作。\n站上宜城发展新起点。在襄阳市委领导下…",
     "420684"),
    ("政府工作报告\n各位代表：现在，我代表市人民政府向大会报告工作。\n学习宜城经验。在襄阳市委领导下…", None),
])
def test_a_city_government_that_reports(text: str, code: str | None) -> None:
    assert region_from_text(text) == code


@pytest.mark.parametrize(("text", "expected"), [
    ("二○三○年主要工作情况\n（东坪街道2031年1月11日）\n2030年，东坪街道锁定全年任务目标不动摇，"
     "全街道累计完成工业总产值22亿元。", ("东坪街道", None)),
    ("连日来，青溪区北湾街道党委书记赴上海招商。与此同时，该街道推进重点工程，北湾街道将…",
     ("北湾街道", None)),
    # a county's text that names two towns as often: none is its own
    ("今年全县推进东坪镇、西岭镇建设，东坪镇、西岭镇各建学校一所。全镇…", None),
])
def test_the_town_a_summary_names_most(text: str, expected: tuple[str, None] | None) -> None:
    assert own_town(text) == expected


@pytest.mark.parametrize(("text", "code"), [
    ("今年工作安排\n新昌经济稳中向好，全县新建学校5所。新昌将加快建设。", "330624"),
    ("今年工作安排\n如皋要打造高能级平台，全市新建学校5所，如皋将加快建设。", "320682"),
    ("今年工作安排\n建设智造新昌，谱写现代化新昌篇章。全县新建学校5所。", "330624"),
    ("2031年是开局之年，也是龙游加快建设的关键之年。全县要亮明“龙游的态度”。", "330825"),
    # named once, the only county named, as the text's own (a subject, 落户某县, 是某县发展…)
    ("今年工作安排\n全县新建学校5所。新昌将加快建设。", "330624"),
    ("全县新建学校5所。三个大项目成功落户宜丰。", "360924"),
    ("2031年是泽州发展历程中不平凡的一年。全县新建学校5所。", "140525"),
    ("全县新建学校5所，学习新昌经验。", None),                      # named once, someone else's
    ("全县工业产值突破100亿元大关。", None),                         # 大关: a milestone
    ("今年工作安排\n新昌将新建学校5所。新昌、如皋各建一座桥。", None),  # nothing called its own
    ("今年工作安排\n全县推进平安建设，平安将更有保障，平安乡村全覆盖。", None),  # a common word
    ("今年工作安排\n全县新建学校5所，新建道路3条，新建公园2个。", None),  # a verb, never a subject
    ("今年工作安排\n新昌将对接安吉，安吉将对接新昌，全县受益。", None),  # two counties
])
def test_a_county_that_names_itself_only_by_its_short_name(text: str, code: str | None) -> None:
    assert region_from_text(text) == code


@pytest.mark.parametrize(("text", "code"), [
    # the levels above the speaker, then the speaker's own: the one below the prefecture named
    ("贯彻落实省、襄阳市、市委工作要求。\n一、站上宜城高质量发展新起点\n全市新建学校5所。", "420684"),
    ("按照省、赣州市、瑞金市党代会部署要求，坚持稳字当头。全市生产总值增长8%。", "360781"),
    ("贯彻落实省、襄阳市、市委工作要求，学习枣阳、宜城经验。", None),  # two below it
])
def test_a_chain_of_the_levels_above_the_speaker(text: str, code: str | None) -> None:
    assert region_from_text(text) == code


def test_a_slogan_that_ends_in_a_countys_name_is_no_mention() -> None:
    text = "各位代表：\n我们坚持工业强县、生态立县、和谐兴县“三大战略”，全县经济稳步增长。"
    assert region_from_text(text) is None


def test_a_common_word_that_is_a_districts_short_name_makes_no_chain() -> None:
    # 辽宁|振兴: 振兴 is a word here, not 丹东's 振兴区
    assert region_from_text("各位代表，我们贯彻关于东北、辽宁振兴发展的重要讲话精神。") is None


def test_a_city_measured_against_its_province_does_not_call_the_province_its_own() -> None:
    text = "政务服务\n在全省率先推行一网通办，年报公示率居全省首位。辽宁振兴，阜新有为。"
    assert region_from_text(text) != "210000"


def test_a_city_in_an_autonomous_region_that_says_quanqu_of_the_region() -> None:
    text = ("各位代表：\n现在，我代表市人民政府，向大会报告政府工作。\n"
            "我们贯彻关于广西工作论述的重要要求，全区发展大局中玉林勇挑重担，建设美丽新玉林。"
            "玉林人民圆了高铁梦，全市各项事业全面进步。北流陶瓷产业加快发展。玉林港建成，玉林机场扩建。")
    assert region_from_text(text) == "450900"


def test_a_two_character_county_name_inside_a_common_word_is_no_mention() -> None:
    # 示范县 holds 范县 (a county of Henan) after 示: no evidence of it
    text = "各位代表：\n我县成功创建省级示范县，全县上下奋力拼搏。"
    assert region_from_text(text) is None


def test_the_issuer_of_a_cited_document_is_not_the_reporting_region() -> None:
    text = ("2019年我州认真落实省委、省政府对红河提出的要求。目前，在参照《云南省人民政府关于促进"
            "经济发展22条措施的意见》的基础上，结合我州实际，提出了稳增长实施意见。全州生产总值增长9%。")
    assert region_from_text(text) == "532500"


@pytest.mark.parametrize(("text", "code"), [
    # a prefecture inside the province also named, as the text's own: the prefecture's report
    ("2031年是安徽发展的关键一年，也是池州现代化建设的重要一年。", "341700"),
    ("2031年是安徽发展的关键一年，要学习池州经验。", None),  # the city is someone else
])
def test_a_prefecture_named_as_its_own_inside_its_province(text: str, code: str | None) -> None:
    assert region_from_text(text) == code


def test_plenums_a_report_follows_give_its_level_and_a_word_across_a_name_is_none() -> None:
    # 州委…和县委…全会: a county's report; 把漾濞打造成, 作出漾濞贡献: the county names itself;
    # 发展和安全 holds no 和安县
    text = ("2031年政府工作总体要求是：认真贯彻州委十届三次全会和县委十四届三次全会精神，统筹发展和安全，"
            "主动融入大理发展，把漾濞打造成宜居家园，作出漾濞贡献。地区生产总值增长6%。")
    assert region_from_text(text) == "532922"


@pytest.mark.parametrize(("text", "code"), [
    # 河北 is also a district of 天津: the cue 省长 asks for a province
    ("河北省长在省人大会议上作政府工作报告时指出，要提高开放水平。", "130000"),
    # a county that names itself once, in its own new chapter
    ("全县经济社会发展的主要预期目标是：地区生产总值增长7%以上。奋力谱写中国式现代化磴口新篇章。", "150822"),
])
def test_a_leader_s_title_gives_the_level_and_a_new_chapter_names_the_county(text: str, code: str) -> None:
    assert region_from_text(text) == code


@pytest.mark.parametrize(("text", "town"), [
    # the town named as the one whose year it is, in a text that says 我镇: its own plan
    ("2031年是“十六五”规划的开局之年，也是青石镇迈向高质量发展的攻坚之年。今年我镇工作的总体要求是：稳中求进。",
     "青石镇"),
    ("2031年是关键之年，也是青石镇迈向高质量发展的攻坚之年。", None),  # nothing says 我镇
])
def test_a_town_whose_year_it_is_reports_itself(text: str, town: str | None) -> None:
    found = own_town(text)
    assert (found[0] if found else None) == town


def test_a_city_first_in_its_autonomous_region_and_the_end_of_a_route_are_no_other_region() -> None:
    # 率先在全区: the autonomous region the city is measured in; 至那曲: where a road goes
    text = ("今年也是拉萨市率先在全区实现全面小康的决胜之年。加快拉萨至那曲高等级公路建设，"
            "实现拉萨所有乡镇公交全覆盖。地区生产总值增长10%。")
    assert region_from_text(text) == "540100"


def test_a_town_whose_name_ends_in_a_market_town_s_word_is_a_town() -> None:
    # 魏集镇: 集镇 (a market town) ends the name of a town all the same
    text = ("2031年，青集镇完成地区生产总值29亿元。青集镇党委书记：2032年全镇主要预期目标是：地区生产总值增长7%左右。"
            "推动青集镇高质量发展。")
    assert own_town(text) == ("青集镇", None)


def test_taiwan_hong_kong_and_macao_are_never_the_reporting_region() -> None:
    # 台湾农民创业园 is a mainland park; the text names no region of its own
    text = "围绕农业稳县，打造全省粮食生产基地。推动台湾农民创业园转型发展，生产绿色优质粮食55万吨以上。"
    assert region_from_text(text) is None


@pytest.mark.parametrize(("text", "code"), [
    # the title under a site's breadcrumb
    ("您现在所在的位置：首页 > 政务公开 > 规划计划\n湛江市麻章区2021年工作计划\n2021年是“十四五”开局之年，"
     "是湛江经济特区建立40周年。", "440811"),
    # a district head introduced by the district's party post
    ("全国“两会”期间，东城区委副书记、区长某某做客访谈间，介绍东城区的亮点举措。", "110101"),
    # a region the text serves is no subject of it: 支撑广西经济崛起
    ("桂林讯（记者某某）15日，桂林市委、市政府印发了《决定》，《决定》指出，我市要打造成为支撑广西经济崛起的"
     "龙头城市。", "450300"),
    # a town's own plan, following its own party committee's plenum: no code
    ("2020年工作的总体要求是：全面贯彻省委十二届六次全会、市决策部署和镇党委十五届四次会议精神，"
     "全面贯彻落实总书记对广东重要讲话和对广东工作重要指示精神。", None),
])
def test_titles_under_a_breadcrumb_party_posts_served_regions_and_town_plenums(text: str, code: str | None) -> None:
    assert region_from_text(text) == code


@pytest.mark.parametrize(("text", "town"), [
    # the town named in the title, its subject further down
    ("您当前的位置：首页>政务公开>工作动态\n\n青湾：全面奏响高质量发展强音，奋力书写新答卷发布日期：2023-02-01浏览次数：\n\n"
     "2023年，青湾街道将坚持“敢”字为先，“干”字为要，全面奏响高质量发展“最”强音，奋力书写中国式现代化答卷，"
     "在全区勇当排头兵。", "青湾街道"),
    ("2018年，石门街道认真贯彻落实全市经济工作会议，牢牢把握全市发展思路。", "石门街道"),
    ("为加快推进白鹭镇经济社会建设各项事业全面发展，确保全年目标任务的全面实现，经镇党委、政府研究，白鹭镇年度工作意见如下。",
     "白鹭镇"),
])
def test_a_town_s_own_text_by_its_subject_and_its_party_committee(text: str, town: str) -> None:
    assert (own_town(text) or ("", None))[0] == town


@pytest.mark.parametrize(("name", "full"), [
    ("管城区", "管城回族区"), ("长阳县", "长阳土家族自治县"), ("恩施州", "恩施土家族苗族自治州")])
def test_an_autonomous_division_by_its_short_name_and_level(name: str, full: str) -> None:
    from kg.reference import divisions

    assert [d.name for d in divisions().named(name)] == [full]


def test_the_district_that_convenes_the_congress() -> None:
    text = "记者从5月28日管城区召开的第十六届人民代表大会第五次会议上获悉，今年地区生产总值增长6.5%左右。"
    assert region_from_text(text) == "410104"


@pytest.mark.parametrize(("text", "code"), [
    ("摘要：灵寿县隶属石家庄市，总面积1546平方公里，辖15个乡镇。2017年，灵寿县财政收入突破6亿元。", "130126"),
    ("（上接第一版）某某：在充分衔接綦江区第十五次党代会提出的奋斗目标基础上，我们对今后五年的发展提出了具体目标。",
     "500110"),
    ("1月19日，云南日报全媒体对中共石林县委副布告、县长某某进行了专访。", "530126"),  # a mirror's synonym
    ("出席省第十三次党代会的代表、上饶市委常委、余干县委书记某某接受了记者专访。", "361127"),
])
def test_a_county_under_its_parent_its_party_congress_and_its_secretary(text: str, code: str) -> None:
    assert region_from_text(text) == code


@pytest.mark.parametrize(("text", "code"), [
    ("2014年上半年，榆树市在总体环境趋紧的情况下，经济社会实现了平稳较快发展。", "220182"),
    ("合肥报业网 不久前本报报道：长丰县在去年的全省县域经济综合排名中位列第十。", "340121"),
])
def test_a_region_as_the_subject_before_zai(text: str, code: str) -> None:
    assert region_from_text(text) == code


@pytest.mark.parametrize(("text", "expected"), [
    # the street office convenes its own year-end meeting
    ("首页 / 新闻\n1月15日，东湖街道召开2023年度工作总结大会，对全年工作进行全面总结。", ("东湖街道", None)),
    ("1月20日上午，西岭镇2024年工作会议召开，部署全年工作。", ("西岭镇", None)),
    # the town leads a text that speaks of itself
    ("青石乡严格按照县委全会精神，紧密结合本乡的实际情况，力争全乡经济再上新台阶。", ("青石乡", None)),
    # looking back on the year gone, the town as subject
    ("本网讯：过去的一年，白沙镇经济社会发展成果丰硕，被评为先进单位。", ("白沙镇", None)),
])
def test_a_town_s_own_meeting_or_a_text_it_leads_is_its_own_report(text: str, expected: tuple) -> None:
    assert own_town(text) == expected


def test_a_town_named_first_in_a_county_s_report_is_not_its_subject() -> None:
    assert own_town("青石乡、白沙镇等乡镇加快发展特色产业，全县农业增加值增长5%。") is None


def test_a_county_named_in_full_again_and_again_is_the_text_s_region() -> None:
    text = ("东北网讯 2022年是实施“十四五”规划的关键之年。青冈县以乡村振兴为主线，扎实推进各项工作。"
            "按照省市要求，今年青冈县大豆种植面积增加到120万亩。青冈县还将建设高标准农田10万亩。")
    assert region_from_text(text) == "231223"
    # two counties named as often: neither
    assert region_from_text("青冈县、明水县、青冈县、明水县、青冈县、明水县共建合作园区。") is None


def test_a_county_named_by_its_short_name_in_its_city_s_text_is_not_the_region() -> None:
    # 奉新 is named more often than 宜春, but in full only twice (奉新工业园, 奉新站…): the
    # city's projects, among them the county's
    text = ("2031年，宜春安排重点项目954个，总投资1358亿元。其中，奉新工业园项目12个，奉新站扩建，"
            "奉新大道改造；奉新县、上高县各开工项目20个，奉新县城南片区开发，上高县城北新区建设。"
            "宜春中心城区项目40个。")
    assert region_from_text(text) == "360900"


def test_the_byline_of_delivery_names_the_region_whatever_else_the_head_cues() -> None:
    text = ("——2031年2月4日在奉新县第十八届人民代表大会第三次会议上\n某某\n各位代表：\n"
            "现在，我代表县人民政府向大会报告工作。\n一、2030年工作回顾\n一年来，在省委书记、市委书记、"
            "贵州省委副书记、省长某某的关心下，全县上下…")
    assert region_from_text(text) == "360921"


def test_a_county_head_who_is_a_provincial_deputy_speaks_for_the_county() -> None:
    text = "专访江西省人大代表、奉新县县长某某：围绕食用菌一二三产融合 创出乡村振兴的新经验\n主持人：聚焦省两会。"
    assert region_from_text(text) == "360921"


def test_a_city_whose_ceremony_a_county_attends_is_not_the_county() -> None:
    text = "5月23日，我县参加石家庄市2031年二季度重点项目集中开工仪式，县委书记某某在县分会场出席活动。"
    assert region_from_text(text) is None


def test_a_county_s_government_named_in_a_title_below_page_furniture_is_the_region() -> None:
    text = ("发布时间:2031-05-06 10:00\n访问次数:\n信息来源:县府办\n信息来源:\n"
            "2031年新昌县政府十方面民生实事进展情况登记表\n项目名称 | 工作任务 | 计划完成时间 | 牵头单位 |\n")
    assert region_from_text(text) == "330624"


def test_a_region_s_government_under_its_autonomous_region_s_is_no_cue_for_the_region() -> None:
    text = "中新网柳州2月3日电 2月3日，广西壮族自治区政府、柳州市政府与某集团签署战略合作协议。柳州市将…"
    assert region_from_text(text) != "450000"


@pytest.mark.parametrize(("text", "town"), [
    ("11月12日上午，青溪镇举行四季度重大项目集中开工仪式，共8个项目。", "青溪镇"),
    ("石狮市白沙镇召开第五届人大七次会议\n会议听取了镇政府工作报告。", "白沙镇"),
    ("2031，我们这样干 | 专访青溪镇党委书记某某某\n政务 2031", "青溪镇"),
    ("白石乡委书记某某某：\n发展壮大特色产业，今年全乡力争…", "白石乡"),
])
def test_a_town_s_own_meeting_launch_or_head_makes_the_text_the_town_s(text: str, town: str) -> None:
    assert own_town(text) == (town, None)


def test_the_town_a_text_is_from_is_no_place_of_it() -> None:
    text = "11月12日上午，青溪镇举行四季度重大项目集中开工仪式。此次开工项目8个，涉及白沙村、石门村。"
    assert "青溪镇" not in [p.name for p in Extractor().extract(text).places]


def test_a_report_carrying_out_the_province_s_and_the_city_s_plans_is_the_city_s() -> None:
    text = ("二、2031年工作安排\n2031年是“十五五”开局之年。政府工作的总体要求是：深入学习贯彻总书记考察安徽重要讲话"
            "精神，按照省委、市委全会和经济工作会议部署要求，奋力谱写中国式现代化合肥篇章。\n"
            "经济社会发展主要预期目标是：地区生产总值增长5.5%以上。\n"
            "（一）更大力度提振消费激发活力。全力促消费、扩投资，当好全省发展的“压舱石”和“主引擎”。")
    assert region_from_text(text) == "340100"


def test_a_city_doing_its_part_for_the_province_calls_the_province_no_own_level() -> None:
    text = ("2031年，是实施“十五五”规划的关键一年，也是杭州阔步迈入超大城市行列的重要一年。深入学习贯彻总书记考察浙江"
            "重要讲话精神，推动“八八战略”杭州实践持续走深走实，以杭州的“稳”“进”“立”为全省全国大局多做贡献。")
    assert region_from_text(text) == "330100"


@pytest.mark.parametrize(("text", "code"), [
    # a county named twice, first in the opening, and no other division: its own news
    ("项目建设引领当涂经济高质量发展\n抓发展必须抓项目。当涂县始终把项目作为推动经济转型的“牛鼻子”。"
     "正是一批重大项目的招引，为发展注入了动力。据了解，今年当涂县计划实施重点项目60个。", "340521"),
    # … but not the parent of the town whose news it is
    ("延吉市三道湾镇：\n今年，镇党委要求各村抓好产业。近日，延吉市三道湾镇召开会议，部署全年工作。", None),
])
def test_a_division_named_twice_from_the_opening_is_the_region(text: str, code: str | None) -> None:
    assert region_from_text(text) == code
