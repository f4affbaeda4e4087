"""Report text → mentions: the report's facts and sections here; targets, projects, places
and industries in kg.goals, kg.projects, kg.places and kg.industries.

Pure functions over a parsed :class:`~kg.segment.Document`; no I/O, no RDF. Offsets in every
mention are code-point offsets into the *original* text.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import cn2an

from kg import lexicon as lx
from kg.goals import YEAR, find_goals, lead_divisions
from kg.industries import find_industries
from kg.mentions import Extraction, GoalMention, NameMention, ReportFacts, Section
from kg.places import find_places
from kg.projects import find_projects
from kg.resolve import BREADCRUMB, own_town, own_zone
from kg.segment import Document, Segmenter, parse
from kg.textrules import VERBS

if TYPE_CHECKING:
    from kg.reference import Division

__all__ = ["Extraction", "Extractor", "GoalMention", "NameMention", "ReportFacts", "Section",
           "region_from_text", "report_facts"]


class Extractor:
    """Runs every rule over a document. Holds the (lazily loaded) segmenter."""

    def __init__(self, segmenter: Segmenter | None = None) -> None:
        self.segmenter = segmenter or Segmenter()

    def extract(self, text: str, year: int | None = None, region_name: str | None = None,
                region_code: str | None = None, date: str | None = None) -> Extraction:
        doc = parse(text)
        from_text = region_code is None
        town = own_town(doc.text) if from_text else None
        zone = own_zone(doc.text) if from_text and not town else None
        if town:  # a town's own report: below GB/T 2260, so named but without a code
            region_name = region_name or town[0]
        elif zone:  # a zone's own report or news (丽水开发区…): no GB/T 2260 code either
            region_name = region_name or zone
        elif from_text:  # no sidecar: the region named in the title or lead
            region_code, region_name = region_from_text(doc.text, region_name)
        facts = report_facts(doc, year=year, region_name=region_name, region_code=region_code)
        facts.date = date or facts.date
        sections = find_sections(doc)
        subregions = _subregion_names(region_code)
        leads_found = False
        leads = lead_divisions(doc) if from_text else []
        if len(leads) >= 2 and region_code in {None, *(code for _, code, _ in leads)}:
            # a round-up of several regions that names no parent (the lead may name one of
            # them): each keeps its own targets; the report is their nearest common division
            subregions, leads_found = leads, True
            parent = _common_parent([code for _, code, _ in leads])
            region_code = facts.region_code = parent.code if parent else None
            facts.region_name = parent.name if parent else None
        goals, actuals = find_goals(doc, facts.year, self.segmenter, subregions, leads_found)
        projects = find_projects(doc, self.segmenter)
        # sub-regions that report themselves (德清：…) are report regions, not places
        reporting = {g.region_code for g in goals if g.region_code}
        if leads_found:
            reporting |= {code for _, code, _ in subregions}
        places = find_places(doc, self.segmenter,
                             [t for t in subregions if t[1] not in reporting])
        inside = [(p.start, p.end) for p in projects]
        places = [p for p in places if p.extra.get("type") != "division" or not any(
            a <= p.start and p.end <= b and (a, b) != (p.start, p.end) for a, b in inside)]  # 六安-安庆铁路
        if town:  # the town itself and the county written before it are the report's region
            places = [p for p in places if not p.name.endswith(town[0]) and p.name != town[1]
                      and p.name + town[0] not in doc.text]
        if zone:  # the zone itself, and its kind alone (要求经开区), are the report's region
            places = [p for p in places if not _names_own_zone(p.name, zone)]
        if region_code:
            places = [p for p in places if not _names_the_region(p.name, region_code)]
        industries = find_industries(doc, self.segmenter)
        for group in (goals, actuals, projects, places, industries):
            for m in group:
                m.section = _section_at(sections, doc, m.start)
        for g in goals:
            g.region_code = g.region_code or region_code
        return Extraction(facts, goals, actuals, projects, places, industries, sections)

_ZONE_KIND_AT_END = re.compile(r"(?:经济技术开发区|高新技术产业开发区|经济开发区|开发区|经开区|高新区|新区|"
                               r"综合实验区)$")


def _names_own_zone(name: str, zone: str) -> bool:
    """长春新区, 长春新区地区, and 经开区 or 要求经开区 in the zone's own text."""
    if zone in name and len(name) <= len(zone) + 2:
        return True
    kind = _ZONE_KIND_AT_END.search(name)
    return bool(kind and zone.endswith(kind.group(0)) and re.fullmatch(
        rf"(?:{VERBS}|总结|部署|要求|召开)?", name[:kind.start()]))


_ROLE = r"(?:代理?|常务副|副)?(?:省长|市长|区长|县长|州长|盟长|旗长|主席|镇长|乡长)"

_SPEAKER = re.compile(
    rf"(?P<role>{_ROLE})(?P<name>[\u4e00-\u9fff]{{2,3}}?)(?=在|作|代表|所作|同志|向|，|说|表示|指出|提出|进行|(?:昨|今|前|近)(?:日|天))"
)

# The byline of a full report, on its own line: 县长 王某某 / 某某区区长 赵 某 (names are often
# spaced out to the width of the line).
_BYLINE = re.compile(
    rf"^[ \t　]*(?:[\u4e00-\u9fff]{{0,12}}?人民政府)?[\u4e00-\u9fff]{{0,8}}?(?P<role>{_ROLE})"
    r"[ \t　]+(?P<name>[\u4e00-\u9fff](?:[ \t　]{0,3}[\u4e00-\u9fff]){1,3})[ \t　]*$",
    re.MULTILINE,
)
# Words that follow a role but are not a name: 市长正在作报告, 区长表示…
_NOT_A_NAME = re.compile(r"^(?:正在|在作|作了|表示|指出|强调|提出|介绍|说|代表|同志|所作|向大|进行)")
# ——2024年1月6日在某县第十八届人民代表大会第三次会议上 / （2024年1月6日在…会议上）
_DELIVERY = re.compile(
    r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*在[^。]{0,60}?会\s*议\s*上"
)


def report_facts(doc: Document, year: int | None, region_name: str | None,
                 region_code: str | None) -> ReportFacts:
    text = doc.text
    facts = ReportFacts(region_name=region_name, region_code=region_code, year=year)
    # the cleaned text has lost the byline's line breaks and spaces
    raw = (doc.clean.simplified or doc.clean.original)[:3000]
    if m := _BYLINE.search(raw):
        facts.speaker = re.sub(r"[ \t　]", "", m.group("name"))
        facts.speaker_role = m.group("role")
    else:
        for m in _SPEAKER.finditer(text):
            if not _NOT_A_NAME.match(m.group("name")):
                facts.speaker, facts.speaker_role = m.group("name"), m.group("role")
                break
    delivered = _DELIVERY.search(raw) or _TITLE_DATE.search(raw[:200])
    if delivered:
        y, month, day = (int(g) for g in delivered.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            facts.date = f"{y:04d}-{month:02d}-{day:02d}"
    if facts.year is None:
        facts.year = _plan_year(text, delivered) or _provincial_session_year(text, region_code)
    lead = [st for st in doc.sentences[:4] if not BREADCRUMB.search(st.text)]  # (a site's trail)
    first = lead[0] if lead else None
    if (first and first.heading and not re.match(r"^(?:[一二三四五六七八九十\d]+[、.．]|[（(—―-])", first.text)
            and not _DELIVERY.search(first.text) and not _DATELINE.search(first.text)):  # (a page's dateline)
        facts.title = first.text
    return facts

# The first year of each provincial congress's term elected in 2013 (most provinces' 12th);
# terms last five years, so a session's number gives its year: 省十二届人大二次会议 → 2014
_TERM_OF_2013 = {"110000": 14, "120000": 16, "310000": 14, "500000": 4, "460000": 5, "540000": 10,
                 "640000": 11}
_PROVINCIAL_SESSION = re.compile(
    r"(?:省|自治区|市)(?:第)?([一二三四五六七八九十]{1,3})届(?:人大|人民代表大会)(?:第)?([一二三四五六七])次(?:会议)?")


def _provincial_session_year(text: str, region_code: str | None) -> int | None:
    """The year of a provincial congress's session, which meets early in the year it plans."""
    if not region_code or not region_code.endswith("0000") or not (
            m := _PROVINCIAL_SESSION.search(text[:2000])):
        return None
    term, session = (int(cn2an.cn2an(g, "smart")) for g in m.groups())
    return 2013 + 5 * (term - _TERM_OF_2013.get(region_code, 12)) + session - 1


# Strong cues, in order: a heading that names the year planned for (2024年工作安排, 2024年
# 主要预期目标) and the year reviewed (一、2023年工作回顾 → 2024). Weak cues after them.
_PLAN_HEADING_CUE = re.compile(
    r"(?<![到至])((?:19|20)\d{2})年[，,]?(?:的|全[省市区县州旗]|[\u4e00-\u9fff]{2,4}[省市区县州旗]|[\u4e00-\u9fff]{2}(?=经济社会)"
    r"|[\u4e00-\u9fff]{1,4}?(?:镇|乡|街道)(?:农业|工业|经济|城建|招商)?)?"  # (2020年某镇农业工作计划)
    r"(?:经济社会发展|政府)?(?:工作(?:安排|计划|打算|思路|建议)|"
    r"的?主要(?:预期)?目标|(?:主要)?预期目标|主要任务|重点工作(?!回顾|总结)|重点任务|计划[（(]草案[)）]"
    r"|工作(?:的)?总体要求)"  # 二、2025年工作总体要求和主要目标
    r"|((?:19|20)\d{2})年(?:国民经济和)?社会发展计划[（(]?草案|^((?:19|20)\d{2})(?:主要)?预期目标"
    , re.M)
# the report says which year it plans for: 对某区2022年的工作作出谋划, 展望2022年
_PLANS_FOR_THE_YEAR = re.compile(
    r"对[^。；]{0,12}?((?:19|20)\d{2})年(?:的|度)?(?:工作|发展)[^。；]{0,6}?(?:作出|做出|进行|作了)了?(?:谋划|部署|安排)"
    r"|(?:^|[。！\n])\s*展望((?:19|20)\d{2})年"
    r"|(?:定下|确定了|明确了|提出了)((?:19|20)\d{2})年(?:的)?(?:奋斗|发展|主要|预期|工作)?目标"  # 定下2018年奋斗目标
    r"|关于(?:做好|抓好|下达|印发)((?:19|20)\d{2})年[^。；，\n]{0,30}?的通知")  # 关于做好2025年某省重点项目工作的通知
_REVIEW_HEADING_CUE = re.compile(
    r"((?:19|20)\d{2})年(?:以来)?(?:[和及]今年以来)?(?:的)?(?:主要)?(?:工作)?(?:回顾|总结|成绩)|回顾了?((?:19|20)\d{2})(?:年|(?=[—―\-：:]))"
    r"|((?:19|20)\d{2})年(?:国民经济和社会发展)?(?:计划)?(?:的)?执行情况"  # 2015年计划执行情况与计划安排
)
_PERIOD_REVIEW_HEADING = re.compile(r"(?:^|\n)[^\n]{0,6}“?(十[一二三四五六]五)”?(?:时期|期间)?(?:工作)?(?:回顾|总结)")
# 某区国民经济和社会发展第十四个五年规划和2035年远景目标纲要: the outline opens its period
_PERIOD_OUTLINE_TITLE = re.compile(r"^\s*[^\n]{0,20}?第(十[一二三四五六])个五年规划[^\n]{0,20}?纲要")
_PERIOD_PLAN_HEADING = re.compile(
    r"(?:^|\n)[^\n]{0,6}“?(十[一二三四五六]五)”?(?:时期|期间)?(?:发展|经济社会发展)?的?(?:主要|总体|奋斗)?(?:目标|任务)")
_LOOKS_BACK = re.compile(r"[^。；]{0,40}?(?:极不平凡|很不平凡|不平凡|不寻常|极为不易|殊为不易|极其不易|"
                         r"极为艰难|十分艰难|最困难|最为困难|"
                         r"近年来|历程中|非常特殊|极其特殊|经受|取得了|交出了"
                         r"|力度最大|措施最实|成效最好|(?:最多|最快|最好)的一年)"  # 2019年是…力度最大…: looked back
                         r"|[^。；]{0,60}?。\s*(?:一年来|过去的?一年)")  # …开局之年。一年来，…
_SESSION_YEAR = re.compile(r"((?:19|20)\d{2})年(?:[01]?[1-3]月\d{1,2}日)?[^。，；\d]{0,10}?"
                           r"(?:两会|人代会|人民代表大会|人大[一二三四五六七八九十]次会议)")
_PLAN_YEAR_CUE = re.compile(
    r"((?:19|20)\d{2})年(?:[，,]?是|要|将|政府工作报告|政府工作|全[省市区县州旗]经济社会发展"
    r"|[\u4e00-\u9fff]{1,6}?[省市区县州旗]?(?:人民)?政府工作报告)"  # 2025年某市政府工作报告, 2018年济南政府工作报告
)
# a title line: 2021年某市政府工作报告
_TITLE_YEAR = re.compile(
    r"^\s*((?:19|20)\d{2})年?[\u4e00-\u9fff]{0,12}?(?:(?:人民)?政府|行署|行政公署)工作报告"
    r"(?:全文|[（(]全文[）)])?\s*$", re.M)
# 迎接党的十九大胜利召开: the report is given in the year of that party congress
_PARTY_CONGRESS_YEAR = re.compile(r"迎接党的(十[六七八九]|二十)大(?:胜利)?召开")
_PARTY_CONGRESSES = {"十六": 2002, "十七": 2007, "十八": 2012, "十九": 2017, "二十": 2022}

# 某县人民政府工作报告（2023年1月8日）: the date the report was given, under its title
_TITLE_DATE = re.compile(
    r"[（(]\s*((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"
    r"\s*(?:[在于][^）)]{0,40}|[\u4e00-\u9fff]{2,4})?\s*[）)]")  # (…日 在某会议上), (…日 某某)
# (a time may follow with no space: cleaning drops the spaces between digits)
# The year a report plans for, named by its place in a five-year plan
_PLAN_PERIOD_YEAR = re.compile(
    r"(?:今年|明年)(?:是|作为)[^。；]{0,40}?“?(十[一二三四五六]五)”?(?:规划)?(?:实施)?(?:任务|目标)?(?:的)?"
    r"(开局|起步|承上启下|收官|决胜)(?:起步|开局)?(?:之年|的一年|年)")
# 奋力实现“十五五”良好开局, 为“十五五”开好局: a report for the first year of the period
# (实现了…良好开局 looks back)
_PLAN_PERIOD_OPENING = re.compile(
    r"(?:奋力|努力|确保|力争|全力|为)(?:实现)?“?(十[一二三四五六]五)”?(?:规划)?(?:实现)?(?:良好开局|开好局|开门红)"
    r"(?!打[牢好下]基础|奠定|做好准备|夯实)")  # 为实现“十五五”良好开局打牢基础: the year before
_DELIVERY_YEAR_ONLY = re.compile(
    r"——\s*((?:19|20)\d{2})(\d{1,4})\s*(?:日\s*在[^。]{0,60}?会\s*议\s*上|[^。\d]{0,30}?次会议通过)")


def _late_in_the_year(month_day: str) -> int:
    """1 when every reading of the digits left of a date that lost 年 and 月 puts it in
    October or later (1217 → 12月17日: the report plans for the next year), else 0 (111 may be
    1月11日 or 11月1日: reports are mostly given early in their year)."""
    months = [int(month_day[:k]) for k in (1, 2) if 1 <= len(month_day) - k <= 2
              and 1 <= int(month_day[:k]) <= 12 and 1 <= int(month_day[k:]) <= 31]
    return int(bool(months) and min(months) >= 10)


# the date a report was given, written before its name: 2015年4月27日的某县政府工作报告
_DATED_REPORT = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月\d{1,2}日(?:的|召开的|[在于][^。，]{0,20}?上(?:所?作)?的)"
                           r"[\u4e00-\u9fff]{0,10}?(?:人民)?政府工作报告")
_NEWS_OF_REPORT = re.compile(r"工作报告(?:显示|指出|提出|称|说|回顾|摘登|摘要)")
_CONGRESS_SESSION = re.compile(r"人大[^。，]{0,8}次会议|人民代表大会[^。，]{0,8}次会议")
_DATELINE = re.compile(r"(?<!\d)((?:19|20)\d{2})[-/.](0?[1-9]|1[0-2])[-/.](?:[0-2]\d|3[01]|\d(?!\d))"
                       r"|(?<!\d)((?:19|20)\d{2})年(0?[1-9]|1[0-2])月(?:[0-2]?\d|3[01])日(?=\s|$|[|）)]|\d{1,2}[:：]\d\d|\d{1,2}时\d{1,2}分"
                       r"|浏览|阅读|点击|来源|作者|编辑|字号|责任|星期)"  # (cleaning drops the space after 日)
                       r"|^\s*((?:19|20)\d{2})\s*\n\s*(0?[1-9]|1[0-2])/(?:[0-2]\d|3[01])\s*$", re.M)  # 2024⏎03/06


# 2018年，预计…: an estimate of the year (not 2022年我县预计二季度…: a quarter, the year runs on)
_ESTIMATE_OF_IT = re.compile(r"[，,]?[^。；，,]{0,10}?预计(?![^。；，,]{0,4}?(?:季度|上半年))")


# 2024年，某县将…: a year planned for (no other year's 预计 reached first: 2024年工作时表示，2024年预计;
# 2022年，受需求收缩、…预期转弱…冲击: a past year's troubles)
# 报告指出，2019年，…: the year a report looks back on, unless its sentence plans
_PLAN_IN_SENTENCE = re.compile(r"将(?!近)|(?<![主重需只纲])要(?!求|素|点|闻)|力争|确保|预期|预计|计划"
                               r"|(?<!完成)(?<!确定的)(?<!主要)目标(?!任务)|[\d.]+%左右")
_PLANNED_AFTER = re.compile(r"(?:(?!(?:19|20)\d{2}年)[^。；]){0,12}?"
                            r"(?:将(?!近)|(?<![主重需只纲])要(?!求|素|点|闻)|力争|确保|预期(?!转弱|减弱|偏弱|走弱|不稳)|预计|计划|(?<!完成)(?<!实现)(?<!完成主要)(?<!实现主要)目标(?!任务))")


def _article_date(head: str) -> re.Match[str] | None:
    """The page's dateline; one labelled as the article's time (时间：2022-01-06) before a bare
    date of the site's furniture (2024年03月28日星期四, the day the page was seen)."""
    found = list(_DATELINE.finditer(head))
    labelled = [m for m in found if _DATE_LABEL.search(head, max(0, m.start() - 8), m.start())]
    return (labelled or found or [None])[0]


_DATE_LABEL = re.compile(r"(?:时间|日期|发布于?|发表于)[:：]?\s*$")


def _posted(dated: re.Match[str]) -> tuple[int, int]:
    """The year and month of a _DATELINE match, whichever of its forms it took."""
    year, month = next((dated.group(k), dated.group(k + 1)) for k in (1, 3, 5) if dated.group(k))
    return int(year), int(month)


# 2019年，某市紧抓…。预计全年地区生产总值增长6.1%: the paragraph estimates the year it opened with
_ESTIMATE_LATER_IN_PARAGRAPH = re.compile(r"(?:(?!(?:19|20)\d{2}年)[^\n]){0,240}?。预计全年")


# 报告对2005年政府工作及“十五”计划完成情况作了详细总结: the year reviewed
_SUMMED_UP = re.compile(r"[^。；，]{0,24}?(?:作了?[^。；，]{0,4}(?:总结|回顾)|的?(?:总结|回顾))")


def _year_cues(text: str) -> list[int]:
    """The plan years weak cues point to: 2024年要… → 2024; 2008年是近年来…最困难的一年, a year
    looked back on → 2009; 2018年，是进位之年 (a comma before 是) only when it looks back."""
    cues = []
    for m in _PLAN_YEAR_CUE.finditer(text):
        looks_back = (m.group(0).endswith("是") and bool(_LOOKS_BACK.match(text, m.end()))) or (
            m.group(0).endswith("政府工作") and bool(_SUMMED_UP.match(text, m.end()))) or (
            text[max(0, m.start() - 3):m.start()].endswith(("过去的", "过去"))  # 刚刚过去的2021年是…
            and m.group(0).endswith("是"))
        if looks_back or not re.search(r"[，,]是$", m.group(0)):
            cues.append(int(m.group(1)) + looks_back)
    return cues


_RANKED = re.compile(r"(?:总量|增幅|增速)?排名?全[国省市州区县]第[一二三四五六七八九十\d]|位居全[国省市州区县]第"
                     r"|(?:总量|增幅|增速)全[国省市州区县]第[一二三四五六七八九十\d]")  # (增速全省第3)


def _plan_year(text: str, delivered: re.Match[str] | None = None) -> int | None:
    """The plan year as the text states it: the date the report was delivered (reports are
    given early in the year they plan for; one given in the autumn or winter plans for the
    next), a heading naming the plan year or the year reviewed, 2024年是…, or the year after
    the last year reported as past (报告显示，2022年…实现…；今年…)."""
    if delivered:
        y, month = int(delivered.group(1)), int(delivered.group(2))
        return y + 1 if month >= 10 else y
    if m := _DELIVERY_YEAR_ONLY.search(text[:400]):  # ——2023111日在…会议上: 年 and 月 lost
        return int(m.group(1)) + _late_in_the_year(m.group(2))
    if m := _DATED_REPORT.search(text):  # 在2015年4月27日的某县政府工作报告中
        return int(m.group(1)) + (int(m.group(2)) >= 10)
    if m := _TITLE_YEAR.search(text[:200]):
        y = int(m.group(1))
        # a mirror site may title a report by the year it reviews: 2019年某县政府工作报告 over
        # 一、过去一年… 2019年，是我县…卓有成效的一年
        # (解读2022年某市政府工作报告: 2022年交出了怎样的成绩单？2023年擘画了怎样的新蓝图？)
        reviewed = re.search(rf"(?<!\d){y}年[，,]?是[^。]{{0,40}}?的一年", text) or (
            re.search(rf"(?<!\d){y}年[^。？?]{{0,12}}?(?:成绩单|答卷)", text)
            and re.search(rf"(?<!\d){y + 1}年[^。？?]{{0,12}}?(?:蓝图|目标|计划)", text))
        return y + 1 if reviewed else y
    if m := _PLANS_FOR_THE_YEAR.search(text):  # 报告对某区2022年的工作作出谋划 (given in December)
        return int(next(g for g in m.groups() if g))
    if m := _PLAN_HEADING_CUE.search(text):
        return int(m.group(1) or m.group(2) or m.group(3))
    if m := _REVIEW_HEADING_CUE.search(text):
        return int(m.group(1) or m.group(2) or m.group(3)) + 1
    if m := _PERIOD_OUTLINE_TITLE.match(text):
        return lx.FIVE_YEAR_PLAN_START[m.group(1) + "五"]
    if m := _PERIOD_REVIEW_HEADING.search(text):  # 一、“十一五”工作回顾: the plan year follows the period
        return lx.FIVE_YEAR_PLAN_START[m.group(1)] + 5
    if m := _PERIOD_PLAN_HEADING.search(text):  # 二、“十一五”发展的目标: the report opens the period
        return lx.FIVE_YEAR_PLAN_START[m.group(1)]
    if cues := _year_cues(text):
        # 2023年是…的一年 (looking back), then 2024年是…: the later of two consecutive years
        return max(cues) if max(cues) - cues[0] == 1 else cues[0]
    if m := _SESSION_YEAR.search(text):  # 2025年江西省两会胜利闭幕: the session meets in the plan year
        return int(m.group(1))
    if m := _PLAN_PERIOD_YEAR.search(text):  # 今年是“十三五”开局之年
        start = lx.FIVE_YEAR_PLAN_START[m.group(1)]
        return start + {"开局": 0, "起步": 0, "承上启下": 2, "收官": 4, "决胜": 4}[m.group(2)]
    if "今年" in text and (m := _PLAN_PERIOD_OPENING.search(text)):
        return lx.FIVE_YEAR_PLAN_START[m.group(1)]
    if m := _PARTY_CONGRESS_YEAR.search(text):
        return _PARTY_CONGRESSES[m.group(1)]
    mentions = [(int(m.group(1)), m.start(), m.end()) for m in YEAR.finditer(text)
                if text[max(0, m.start() - 1):m.start()] not in ("到", "至", "比", "较")
                or text[max(0, m.start() - 2):m.start()] in _SAID_OF]  # (报告提到2022年…: no deadline)
    dated = _article_date(text[:300])  # a news piece's date: 发布时间：2024-02-27, 2023年01月12日
    planned = _planned_years(text, mentions)
    if dated and (posted := _posted(dated)[0]) - 1 in planned and posted not in planned:
        return posted - 1  # posted in April 2022, 2021年计划…: last year's plan, put online late
    named = [int(m.group(1)) for m in re.finditer(r"(?<!\d)((?:19|20)\d{2})年", text)
             if not (dated and dated.start() <= m.start() < dated.end())]
    if dated and not (named and max(named) < _posted(dated)[0] - 1):
        # (a forum's repost, years after every year the text names, is dated by its own years)
        y, month = _posted(dated)
        return y + 1 if month >= 11 and ("明年" in text or f"{y + 1}年" in text) else y
    if not mentions:
        return None
    # 2018年，预计…; 2022年全省GDP预计突破…: the estimate for the year just ended
    estimated_at = {st for _, st, e in mentions if _ESTIMATE_OF_IT.match(text, e)
                    or _ESTIMATE_LATER_IN_PARAGRAPH.match(text, e)}
    estimated = [y for y, st, _ in mentions if st in estimated_at]
    quoted = [(q.start(), q.end()) for q in re.finditer(r"“[^”]{0,80}”", text)]
    future = [y for y, st, e in mentions if st not in estimated_at
              and _PLANNED_AFTER.match(text, e)
              and not any(a < st < b for a, b in quoted)]  # “2035年…达到50万人”的目标: a slogan
    if future:
        if len(set(future)) > 1 and (first := min(future)) == future[0]:
            return first  # 2019年，…将…；2020年实现…全覆盖: the plan year first, a deadline after
        return max(set(future), key=future.count)
    if estimated:  # 2018年，预计…: the estimate for the year just ended
        return max(estimated) + 1
    reviewed = [y for y, st, e in mentions
                if re.search(r"(?:报告显示|过去的?一年|去年|回顾|一年来)[，,：:]?$", text[max(0, st - 8):st])
                or (re.search(r"报告(?:指出|提到|称)[，,：:]?$", text[max(0, st - 8):st])
                    and not _PLAN_IN_SENTENCE.search(text[e:].split("。", 1)[0]))]
    if reviewed:
        return max(reviewed) + 1
    past = [y for y, st, e in mentions
            if (re.match(r"[^。；]{0,30}?(?:实现|完成|增长|达到|累计|突破|取得|迈上|交出|[打取迈交]\w?了)", text[e:])
                or (re.match(r"[^。；？]*?(?:圆满|顺利|胜利|超额)完成了", text[e:])  # 2019年，…圆满完成了…目标任务
                    and not _PLAN_IN_SENTENCE.search(text[e:].split("。", 1)[0])))
            and not re.match(r"前后|底|末|以前|之前", text[e:])  # 2029年前后…突破1000亿元: a deadline
            # 2022年一季度…完成: a part of the year, which may still be running
            and not re.match(r"第?[一二三四1-4]季度|[上下]半年|前三季度|首季|\d{1,2}(?:[-—–~至]\d{1,2})?月", text[e:])
            and not re.match(r"[^。；]{0,40}?(?:增长|达到|控制在)[\d.]+%左右", text[e:])  # 2020年…增长6.5%左右: a plan
            and not re.match(r"[^。；]{0,30}?(?:预期目标|目标[是为：:])", text[e:])  # 2022年，…确定的主要目标为：
            and not any(a < st < b for a, b in quoted)]  # “2035年城市规模达到50万人”: a slogan
    if past and ("今年" in text or "明年" in text or "过去的一年" in text or "过去一年" in text
                 or re.search(r"去年(?:以来|来|[，,])", text)
                 or re.search(r"过去五年|今后五年|未来五年", text)  # a congress: the past period, then the next
                 or re.search(rf"在{max(past)}年[^。；]{{0,30}}?基础上", text)  # 在2012年…成绩的基础上
                 or re.search(rf"{max(past)}年[^。；]{{0,40}}?(?:实现|完成)全年", text)  # 2019年，…实现全年…: over
                 or _CONGRESS_SESSION.search(text)
                 or _NEWS_OF_REPORT.search(text) or max(past) + 1 in {y for y, _, _ in mentions}
                 or _RANKED.search(text)):  # (…增长8.1%，总量排名全市第四: the year's results are in)
        return max(past) + 1  # (2024年…增长6.7%；2025年底…达到54%, before deadlines of 2035)
    if len({y for y, _, _ in mentions}) == 1 and re.compile(r"过去的?一年[，,]|一年来[，,]").search(
            text, mentions[0][2]):
        return mentions[0][0] + 1  # 2024年，某县…砥砺奋进。⏎过去一年，…: the one year named is over
    return max(y for y, _, _ in mentions)

_SAID_OF = ("提到", "谈到", "说到", "讲到", "聊到", "来到", "看到")


def _planned_years(text: str, mentions: list[tuple[int, int, int]]) -> set[int]:
    """Years the text plans for in so many words: 2021年计划…, 2021年将…"""
    return {y for y, _, e in mentions if re.match(r"[，,]?(?:计划|将|要|力争|确保)", text[e:])}


def find_sections(doc: Document) -> list[Section]:
    out: list[Section] = []
    heads = [s for s in doc.sentences if s.heading]
    for i, s in enumerate(heads):
        end = heads[i + 1].start if i + 1 < len(heads) else len(doc.text)
        start, stop = doc.clean.span(s.start, s.end)
        orig_end = doc.clean.span(end - 1, end)[1] if end > 0 else 0
        out.append(Section(title=doc.clean.original[start:stop], start=start, end=orig_end,
                           index=i))
    return out

def _section_at(sections: list[Section], doc: Document, orig_offset: int) -> int | None:
    found = None
    for s in sections:
        if s.start <= orig_offset:
            found = s.index
    return found

def region_from_text(text: str, name: str | None) -> tuple[str | None, str | None]:
    from kg.reference import divisions
    from kg.resolve import region_from_text as resolve_region

    code = resolve_region(text)
    division = divisions().get(code) if code else None
    return code, name or (division.name if division else None)

def _names_the_region(name: str, code: str) -> bool:
    """True when ``name`` is the report's own region, written after its parents' names
    (天津滨海新区, 天津市滨海新区; also after a dateline's last character: 电天津市滨海新区)."""
    from kg.reference import divisions

    table = divisions()
    own = table.get(code)
    if own is not None and len(own.short_name) >= 2 and name == own.short_name:
        return True  # 云霄 in a report of 云霄县: its short name
    if own is None or len(own.name) < 3 or not name.endswith(own.name):
        return False
    prefix = name[: -len(own.name)]
    parents = {n for d in table.ancestors(code) for n in (d.name, d.short_name) if len(n) >= 2}
    return not prefix or any(prefix.endswith(n) for n in parents)


def _common_parent(codes: list[str]) -> Division | None:
    """The nearest division that is, or is above, every one of ``codes``."""
    from kg.reference import divisions
    from kg.resolve import common_ancestor

    return common_ancestor(set(codes), divisions())


def _subregion_names(region_code: str | None) -> list[tuple[str, str, bool]]:
    """(name, code, is_full_name) of the divisions below the report's region, longest first."""
    if not region_code:
        return []
    from kg.reference import divisions

    table = divisions()
    region = table.get(region_code)
    if region is None:
        return []
    out: list[tuple[str, str, bool]] = []
    for d in table.descendants(region_code):
        out.append((d.name, d.code, True))
        if (kind := re.search(r"自治([县旗])$", d.name)) and len(d.short_name) >= 2:
            out.append((d.short_name + kind.group(1), d.code, True))  # 互助县: 互助土族自治县, as written
        direct = d.parent_code == region_code
        if direct and len(d.short_name) >= 2 and d.short_name != d.name:
            out.append((d.short_name, d.code, False))
    return sorted(out, key=lambda t: -len(t[0]))

