"""Named places: planning zones, parks, towns, scenic areas, and divisions below the region."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from kg import lexicon as lx
from kg.mentions import NameMention
from kg.reference import short_division_names
from kg.segment import Document, Segmenter
from kg.textrules import VERBS, after_last_and, elided_list_before, list_items, strip_verbs

_PLACE_SUFFIX_RE = "|".join(sorted(lx.PLACE_SUFFIXES, key=len, reverse=True))


_PLACE_RE = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{1,20}?(?:(?:（[\u4e00-\u9fff]{2,4}）|[—·\-])[\u4e00-\u9fff]{0,12}?){0,3})"
    rf"(?P<suffix>{_PLACE_SUFFIX_RE})(?P<more>区?)"
)


_MOVE_OR_VERB = re.compile(rf"[向到在往入进至]|{VERBS}")  # (compiled once: the re cache would churn)
_PLACE_CHAIN = re.compile(rf"(?:{_PLACE_SUFFIX_RE})")


def find_places(doc: Document, segmenter: Segmenter,
                subregions: list[tuple[str, str, bool]] | None = None) -> list[NameMention]:
    out: list[NameMention] = []
    text = doc.text
    seen: set[int] = set()
    by_start: dict[int, NameMention] = {}

    def add(name: str, start: int, suffix: str, elided: bool = False,
            span_len: int | None = None, kind: str | None = None) -> bool:
        """``span_len``: how much of the text at ``start`` the mention covers, when the name
        is completed from a list (郑州、开封片区 → …开封片区)."""
        if span_len is None and (scrap := _scrap_before_name(name, text[start - 1:start])):
            name, start = name[scrap:], start + scrap
        if span_len is None and not elided and suffix in _TOWN_OR_VILLAGE and (k := next(
                (len(sub) for sub, _, full in subregions or [] if full and name.startswith(sub)
                 and len(name) - len(sub) >= len(suffix) + 2), 0)):
            name, start = name[k:], start + k  # 化隆县|甘都镇: the county is a division of its own
        county = None
        if span_len is None and not elided and suffix in _TOWN_OR_VILLAGE and (
                k := _county_first(name, len(suffix))):
            county = (start, name[:k])  # 阳朔县|白沙镇 in any report: the county, a place too
            name, start = name[k:], start + k
        if span_len is None and len(name) > 4 and (
                text[start - 1:start + 1] in _VERB_CUT or name[0] in "为于"
                or (name[0] in "即暨继含" and name[:2] not in short_division_names())
                or (name[0] == "好" and text[start - 1:start] in "设抓办搞管用建做挥理守护設辦揮護")):  # 建设好|某港区
            name, start = name[1:], start + 1  # 打造|海港, 对标|自由贸易港, 为|全省首批…: a verb's tail
        if span_len is None and len(name) > 4 and name[0] == "指" and text[start - 1:start] in "”\"":
            name, start = name[1:], start + 1  # “两城”指甲新城: what a slogan's term means
        if suffix and name.endswith(suffix) and (
                cut := _clause_end(name[: len(name) - len(suffix)], segmenter)):
            if elided or len(name) - cut - len(suffix) < 2:
                return False
            name, start = name[cut:], start + cut  # 擦亮甲新城品牌: the name after the clause
            if span_len is not None:
                span_len -= cut
        if suffix == "园区" and name.endswith("园园区") and span_len is None and not elided:
            name, suffix = name[:-2], "园"  # 支持磷化产业园园区建设: the park, its 园区 said twice
        if not _is_place_name(name, suffix):
            return False
        if _TITLE_WON.search(text, max(0, start - 8), start + len(name)) and not elided:
            return False  # 荣获中国某示范园区, 奋进百强园区, 迈进国家级经开区: a title won or aimed at
        if suffix == "岛" and name[-2:] in short_division_names() and name[-3:-2] not in ("的", ""):
            return False  # 共绘青岛: a city whose name ends like a suffix (岛), after a verb
        if text[start + len(name):start + len(name) + 1] == "站" and not elided:
            return False  # 京港澳高速新区站: a station named after the zone, a work
        if re.match(r"[\u4e00-\u9fff]{0,3}率", text[start + len(name):start + len(name) + 4]):
            return False  # 自然湿地保护率: an indicator, no place
        if suffix and _only_verbs(name[: len(name) - len(suffix)]):
            return False  # 清理整顿开发区, 核减开发区: what is done to zones, no zone's name
        if suffix in _DESIGNATIONS and _only_common_words(name[: len(name) - len(suffix)], segmenter):
            return False  # 共同富裕示范区, 绿色低碳先行区: a title a region earns, not a place
        if name[0] == "村" and text[start - 1:start] == "乡":
            return False  # 建设乡|村旅游集聚区: 乡村 is one word, cut in two
        if text[start - 1:start] == "等" and re.match(r"[东南西北中]部|周边|沿线|沿江", name):
            return False  # 甲、乙等南部街道: the category of a list, not a place
        if suffix in _REGION_GROUP_SUFFIXES and not any(
                name.startswith(sub) for sub, _, _ in subregions or []):
            return False  # 某都市圈 is a place of a report when named after a division inside it
        if start in seen:
            bare = by_start.get(start)
            if not (elided and bare is not None and bare in out and name.startswith(bare.name)):
                return False
            out.remove(bare)  # 黄河大峡谷、…三个景区: the list's suffix completes the name
        seen.add(start)
        length = span_len if span_len is not None else len(name) - (len(suffix) if elided else 0)
        if suffix in ("镇", "乡", "村") and text[start + length:start + length + 1] in _TOWN_WORD_AFTER and (
                not text.startswith("土地", start + length)):
            return False  # 街容镇貌, 乡愁, 村容: the suffix starts a word of its own (甲村土地: the land)
        if suffix == "镇" and re.match(r"街(?!道)", text[start + length:start + length + 2]):
            return False  # 部门镇街协同: 镇街, the towns and street offices, a word
        if not elided and re.match(r"\d+[个家处座片](?![^，。；]{0,6}?(?:项目|企业))",
                                   text[start + length:start + length + 12]):
            return False  # 新建高效规模化种植园区1个、农业养殖园区2个: kinds counted, not named places
        if suffix == "乡" and name[-2:-1] in _GOING_HOME:
            return False  # 鼓励他们回乡创业: going home, not a township
        if suffix == "乡" and text.startswith("县", start + length):
            return False  # 关于下达金乡县…: 乡 is inside a county's name
        if name.endswith("城乡") and (_TOWN_AND_COUNTRY_AFTER.match(text, start + length)
                                    or name[:-2] in lx.GENERIC_PLACE_STEMS):
            return False  # 治理城乡环境, 城北城乡融合发展新区, 建设生态城乡: 城乡 is town and country
        if not elided and suffix not in _TOWN_SUFFIXES and (after := _PROJECT_AFTER.match(
                text, start + length)) and not (after.group(0).endswith("项目") and "等" in after.group(0)
                                                and suffix.endswith(lx.ZONES_HOSTING_PROJECTS)):
            return False  # 产业园三期, 某产业园项目: a project, not the place (甲港区、乙集聚区等项目: zones)
        s, e = doc.clean.span(start, start + length)
        extra: dict[str, Any] = {"type": kind or suffix}
        if elided:
            extra["elided"] = True
        by_start[start] = NameMention(name=name, start=s, end=e, text=doc.clean.original[s:e],
                                      extra=extra)
        out.append(by_start[start])
        if suffix in ("镇", "乡", "街道", "港区", "片区", "新区", "开发区", "高新区", "经济区") and not elided:
            town_ends[start + length] = start
        if county:
            county_before[county[0]] = county[1]
        return True

    town_ends: dict[int, int] = {}  # end → start of each town (or port, area) named so far
    county_before: dict[int, str] = {}  # start → a county written before a town or village

    last_end = 0
    pos = 0
    while m := _PLACE_RE.search(text, pos):
        pos = m.end()
        if m.start() < last_end:
            continue
        if m.group("suffix") in lx.WEAK_PLACE_SUFFIXES and not _weak_ok(text, m.end()):
            strong = _PLACE_RE_STRONG.match(text, m.start())
            if not strong and m.group("suffix") == "村" and _village_ok(text, m.end()):
                strong = m
            if not strong:
                continue  # 太湖图影…: keep scanning after the weak suffix
            m = strong
            pos = m.end()
        suffix = m.group("suffix") + (m.group("more") if m.group("suffix").endswith("园") else "")
        end = m.end("suffix") + len(suffix) - len(m.group("suffix"))
        while (more := _PLACE_CHAIN.match(text, end)) and not text.startswith("乡村", end):
            # 风情镇组团: the last suffix is the type; 甲村乡村振兴: 乡村 is a word of its own
            if (more.group(0) in lx.WEAK_PLACE_SUFFIXES and not _weak_ok(text, more.end())
                    and text[end - 1:more.end()] != "乡村"):
                break  # 甲街道社区卫生服务中心: 社区 starts another word
            suffix, end = more.group(0), more.end()
        if suffix in lx.WEAK_PLACE_SUFFIXES and not _weak_ok(text, end) and not (
                suffix == "村" and _village_ok(text, end)):
            continue  # 太湖图影旅游度假区: 湖 here is inside a longer name
        areas = _FTZ_AREAS.match(text, end) if suffix.endswith(("试验区", "示范区")) else None
        if (paren := re.match(r"[（(][\u4e00-\u9fff]{2,4}[）)]", text[end:])) and not re.search(
                r"[段期][）)]$", paren.group(0)):  # (双菱片区(坂上段): a section of it, not its alias)
            end += paren.end()  # 杭州高新区（滨江）
        full = m.group("name") + text[m.end("name"):end]
        name = _SITE_WORKS.sub("", after_last_and(_strip_verbs_before_compounds(full)))
        if len(name) < len(suffix) < len(full) and strip_verbs(suffix) != suffix:
            # 建设粤澳深度合作区: 深度 is the suffix's own word, no verb
            name = _SITE_WORKS.sub("", after_last_and(strip_verbs(full[: -len(suffix)]))) + suffix
        start = end - len(name)
        last_end = end
        if areas:  # 中国（X）自由贸易试验区A、B、C片区: one place per area
            pos, kind = end, areas.group("kind")
            for i, item in enumerate(areas.group("items").split("、")):
                first = i == 0
                add(name + item + kind, start if first else pos, kind, elided=not first,
                    span_len=(pos - start + len(item)) if first else len(item))
                pos += len(item) + 1
            last_end = pos = areas.end()
            continue
        counted = re.match(r"^(.*?)(?:(?:等)?[一二三四五六七八九十两\d]*[大个]?|"
                           r"等?[一二三四五六七八九十两\d]+个(?:贫困|重点|示范|试点)|"
                           r"[一二三四五六七八九十两\d]+[大个](?P<mod>[\u4e00-\u9fff]{1,8}?))$",
                           name[: -len(suffix)])  # (甲、乙等3个贫困村: 甲村, 乙村)
        # 甲、乙三大国际物流园区: a zone's modifier after the count goes with every item
        mod = counted.group("mod") or "" if counted is not None else ""
        if mod and (not suffix.endswith(_ZONE_SUFFIXES) or _LEVEL_WORD.search(mod)):
            counted = None
        if counted is not None and counted.group(1) != name[: -len(suffix)]:
            # 周庄、千灯、锦溪三大古镇, A、B和C三个景区, 红牌楼、簇桥等片区: every item is one
            items = [*_joined_items(full[: len(full) - len(name)], start), (start, counted.group(1))]
            items += elided_list_before(text, items[0][0])
            own_word = suffix in ("镇", "乡", "村") and (
                text[end:end + 1] in _TOWN_WORD_AFTER or text[end - 1:end + 1] in _LIST_CATEGORY_WORDS)
            for es, item in items:
                if own_word:  # 甲、乙等乡旅融合示范点, 甲、乙等镇区: the items are the places
                    if 2 <= len(item) <= 6 and _site_name_ok(item):
                        add(item, es, "", kind="site")
                elif 2 <= len(item) <= 6 and not (name.startswith("等") and _LANDMARK_END.search(item)):
                    add(item + mod + suffix, es, suffix, elided=True, span_len=len(item) if mod else None)
                elif 2 <= len(item) <= 6:
                    add(item, es, item[-1])  # 崂山、金沙滩等景区: names already
            continue
        if (k := _division_prefix(name)) == len(name):
            continue  # 上海市浦东新区: divisions are named by _division_places
        own_name = len(name) - k - len(suffix) >= 2 and not _NAMED_BY_ITS_TRADE.search(name[k:])
        if k and (suffix in _TOWN_SUFFIXES or own_name) and _is_place_name(name[k:], suffix):
            name, start = name[k:], start + k  # 当雄县羊八井镇, 某县天堂景区: the county is a division of its own
            # (某县茶叶加工园区: a park named by what it makes keeps its county)
        if tail := _GENERIC_TAIL.search(name):  # 甲镇特色小镇, 乙村乡村振兴: the town before it
            inner = re.search(r"(?:镇|乡|街道|村)$", name[: tail.start()])
            if inner is None or name[: tail.start()] in lx.GENERIC_PLACE_HEADS:
                continue
            name, suffix = name[: tail.start()], inner.group(0)
        if _ROUTE_END.match(text, start + len(name)) or "至" in (text[start - 1:start], name[:1]):
            continue  # 甲镇至乙镇公路: inside a road's name
        if ((town := town_ends.get(start)) is not None and suffix.endswith(_ZONE_SUFFIXES)
                and _is_place_name(name, suffix)):
            name, start = text[town:start] + name, town  # 甲镇乙化工园区: the town's park, named
            seen.discard(town)
            if (zone := by_start.get(town)) in out and zone.name.endswith(("开发区", "高新区", "经济区")):
                out.remove(zone)  # 甲开发区乙科技园: one park inside the zone, named by both
        if not add(name, start, suffix):
            continue
        last = text[end:end + 1] != "、"  # 百里柳江、窑埠古镇、程阳八寨: 古镇 is not the list's
        if text[end:end + 1] == "等" and suffix in lx.WEAK_PLACE_SUFFIXES:
            last = False  # 甲、乙、丙湖等6个美丽乡村: 湖 ends the last name, the list's word comes later
        shared = last and suffix in _SHARED_SUFFIXES
        for es, raw in elided_list_before(text, start):
            item = _SITE_WORKS.sub("", raw)  # 整治甲村、乙村: the works' verb is no part of 甲村
            es += len(raw) - len(item)
            own = next((x for x in sorted(lx.PLACE_SUFFIXES, key=len, reverse=True)
                        if item.endswith(x)), None)
            if own and len(item) > len(own) + 1:
                add(item, es, own)  # 上庄镇、温泉镇: a full name of its own
            elif 2 <= len(item) <= 6 and _LANDMARK_END.search(item) and not shared:
                add(item, es, item[-1])  # 腾龙洞、梭布垭石林: the first is a name already
            elif (last and 2 <= len(item) <= 6 and not item.endswith(lx.PLACE_SUFFIXES)
                  and item[-1] not in "区县市州旗盟" and not _COMPLETE_ITEM.search(item)
                  and not item.endswith(_DOCUMENTS)):  # (审议工作报告、某镇…: 报告 is no town)
                add(item + suffix, es, suffix, elided=True)
    for m in _TOWNS_BY_KIND.finditer(text):  # 甲、乙、丙等一批乡镇卫生院: the towns, as named
        kind = m.group("kind")
        for es, item in list_items(m.group("items"), m.start("items")):
            if 2 <= len(item) <= 4 and not _common_word(item, segmenter) and not _PLACE_VERB_INSIDE.search(item) and (
                    item not in lx.GENERIC_PLACE_STEMS):
                add(item, es, "", kind=kind)  # (医疗、教育等乡镇工作: common words, not towns)
    for m in _COUNTED_TOWNS.finditer(text):  # 甲、乙、丙等3个贫困村出列: 甲村, 乙村, 丙村
        for es, item in list_items(m.group("items"), m.start("items")):
            if 2 <= len(item) <= 4 and item.endswith(m.group("suffix")):
                add(item, es, m.group("suffix"))  # 歌乐村、金刚村等8个村: named in full already
            elif 2 <= len(item) <= 4:
                add(item + m.group("suffix"), es, m.group("suffix"), elided=True)
    for m in _ONE_COUNTED_TOWN.finditer(text):  # 启动甲等4个村整村搬迁: 甲村 (and 3 more)
        item = strip_verbs(m.group("item"))
        if 2 <= len(item) <= 4 and not item.endswith(lx.PLACE_SUFFIXES) and _site_name_ok(item):
            add(item + m.group("suffix"), m.end("item") - len(item), m.group("suffix"), elided=True)
    for es, item, suffix, as_written in _listed_before_category(text):
        if as_written or _LANDMARK_END.search(item) or item.endswith((*lx.PLACE_SUFFIXES, "园")):
            if _site_name_ok(item):
                add(item, es, "", kind="site")
        elif _site_name_ok(item):
            add(item + suffix, es, suffix, elided=True)
    taken = [(st, st + len(n.name) - (len(n.extra["type"]) if n.extra.get("elided") else 0))
             for st, n in by_start.items() if n in out]
    for es, item, kind in _named_sites(text, taken):
        add(item, es, "", kind=kind)
    for m in _MEETING_VENUE.finditer(text):  # 在某某会堂开幕: where the session meets
        name, start = m.group("name"), m.start("name")
        if k := next((len(sub) for sub, _, _ in subregions or [] if name.startswith(sub)
                      and len(name) - len(sub) >= 4 and not re.match(_GENERIC_VENUE_HEAD, name[len(sub):])), 0):
            name, start = name[k:], start + k  # 在石家庄|河北会堂开幕: the city is a division
        if k := next((i for i in range(2, len(name) - 3) if name[i - 1] in "区县市镇"
                        and name[i:i + 2] in short_division_names()), 0):
            name, start = name[k:], start + k  # 在临桂新区|桂林大剧院: the district is a place of its own
        if not name.startswith(("省", "市", "区", "县")):  # 在省人民会堂: no proper name
            add(name, start, "", kind="venue")
    for m in _OWN_UNNAMED_ZONE.finditer(text):  # 县经开区, 抓好化工园区申报: the region's own zone
        if m.start("zone") not in seen and not any(
                n.start <= doc.clean.span(m.start("zone"), m.end("zone"))[0] < n.end for n in out):
            seen.add(m.start("zone"))
            s, e = doc.clean.span(m.start("zone"), m.end("zone"))
            out.append(NameMention(name=m.group("zone"), start=s, end=e, text=doc.clean.original[s:e],
                                   extra={"type": "zone"}))
    _division_places(doc, subregions or [], out)
    for start, county in county_before.items():
        if not any(n.start <= doc.clean.span(start, start + 1)[0] < n.end for n in out):
            s, e = doc.clean.span(start, start + len(county))
            out.append(NameMention(name=county, start=s, end=e, text=doc.clean.original[s:e],
                                   extra={"type": "division"}))
    out = _without_address_chains(out)
    credits = [m.span() for m in _CREDIT_LINE.finditer(doc.clean.original)]
    out = [n for n in out if not any(s <= n.start < e for s, e in credits)]
    out.sort(key=lambda n: n.start)
    return out


_TOWN_OR_VILLAGE = ("镇", "乡", "街道", "村", "社区")


def _county_first(name: str, suffix_len: int) -> int:
    """The length of a county's (or district's, county-level city's) full name at the start of
    a town's or village's, when a name of two characters or more follows it (阳朔县|白沙镇)."""
    from kg.reference import divisions

    for k in range(3, len(name) - suffix_len - 1):
        if name[k - 1] in "县区市旗" and any(d.level == "county" for d in divisions().named(name[:k])):
            return k
    return 0


def _without_address_chains(out: list[NameMention]) -> list[NameMention]:
    """Drop a place that is only an address made of places found inside it, after a county
    (永泰县|富泉乡|蜚英村: the town and the village count, each on its own; rule 54 of
    docs/annotation.md). The county before them counts where the text names it otherwise."""
    def is_chain(n: NameMention) -> bool:
        inner = [m for m in out if m is not n and n.start <= m.start and m.end <= n.end
                 and m.end - m.start < n.end - n.start]
        if len(inner) < 2:
            return False
        covered = {i for m in inner for i in range(m.start, m.end)}
        first = min(covered)
        return covered == set(range(first, n.end)) and (
            first == n.start or bool(_COUNTY_BEFORE.fullmatch(n.text[:first - n.start])))
    return [n for n in out if not is_chain(n)]


_COUNTY_BEFORE = re.compile(r"[\u4e00-\u9fff]{0,6}[县区市旗]")


_TITLE_WON = re.compile(r"(?:荣获|获评|被评为|评为|授予|入选|晋升为|迈进|奋进|冲刺|争创|创成)[^，。；、]{0,20}"
                        r"(?:园区|开发区|经开区|高新区|示范区|示范园区|先行区|试验区)$")
# 创新发展, 融合发展…: a designation's own words (数字经济创新发展试验区), no verb that ends a clause
_DESIGNATION_COMPOUND = re.compile(r"(?:创新|融合|协同|协调|高质量|绿色|转型|一体化|统筹|开放|综合|联动|跨越)发展")


def _strip_verbs_before_compounds(full: str) -> str:
    """strip_verbs, cutting only before the last 创新发展-like compound of a designation."""
    compound = next(reversed(list(_DESIGNATION_COMPOUND.finditer(full))), None)
    if compound is None or compound.start() < 2:
        return strip_verbs(full)
    rest = full[compound.end():]
    if strip_verbs(rest) != rest or len(rest) < 2:
        return strip_verbs(full)  # (…融合发展的某新城: a clause before the name after all)
    head = strip_verbs(full[:compound.start()] + "区")[:-1]  # (the 区 stands in for what follows)
    return head + full[compound.start():]


# A web page's credits: 来源：某开发区（某度假区、某镇） 发布时间: the publisher, not a place of the text
_CREDIT_LINE = re.compile(r"(?:来源|来自|作者|编辑|发布单位|发布机构)\s*[:：]\s*[^\s，。；]{1,40}")


def _division_places(doc: Document, subregions: list[tuple[str, str, bool]],
                     out: list[NameMention]) -> None:
    """Divisions below the report's region named in the text (独山子区, 当雄县; 成都 in a
    province report), outside spans already taken by a longer place name."""
    text = doc.text
    taken = {i for n in out for i in range(n.start, n.end)}  # original offsets inside names
    names = {name for name, _, _ in subregions}
    for name, code, _full in subregions:
        for m in re.finditer(re.escape(name), text):
            s, e = doc.clean.span(m.start(), m.end())
            if s in taken or (e - 1) in taken:
                continue
            nxt = text[m.end():m.end() + 1]
            if (not _full and nxt and re.match(r"[\u4e00-\u9fff]", nxt) and nxt not in "市等和、"
                    and not _SHORT_NAME_THEN.match(text, m.end())
                    and not (text[m.start() - 1:m.start()] == "在" and _MEETS.match(text, m.end()))
                    and not _after_listed_name(text, m.start(), names)):
                continue  # a short name inside a longer word (成都建设 and 洛阳两个城市 are fine)
            if text[m.start() - 1:m.start()] == "至" or _NOT_A_PLACE_AFTER.match(text, m.end()):
                continue  # 鹤峰至宣恩高速, 新华社济南1月23日电, 克拉玛依区第十三中学: part of another name
            taken.update(range(s, e))
            out.append(NameMention(name=name, start=s, end=e, text=doc.clean.original[s:e],
                                   extra={"type": "division", "division_code": code}))


def _after_listed_name(text: str, start: int, names: set[str]) -> bool:
    """公安、|江陵撤县设区: the name at ``start`` follows one of ``names`` in a 、-list."""
    return text[start - 1:start] == "、" and any(
        text[start - 1 - k:start - 1] in names for k in range(2, 9))


# 在成都开幕, 在拉萨隆重开幕, 在石家庄河北会堂开幕: the city a session meets in.
_VENUE = r"(?:大会堂|会堂|会议中心|会展中心|宾馆|大剧院|剧院|体育馆|世博中心)(?:礼堂|[主大]?会议厅)?|礼堂|[主大]?会议厅"
_MEETS = re.compile(rf"(?:[\u4e00-\u9fff]{{2,8}}?(?:{_VENUE}))?(?:隆重)?(?:开幕|召开|闭幕|举行)")
# 在福建会堂开幕, 在某某国际会议中心召开, 在某宾馆礼堂举行: the venue, a place of its own (not
# 在省人民会堂).
# The region's own zone, named only by its kind (rule 26 of docs/annotation.md): after the
# region's level or a verb, never inside a longer name (甲经开区 is found by its name).
_OWN_UNNAMED_ZONE = re.compile(
    r"(?:(?<=[县市区旗我全本])|(?<=[，。；：\n（(])|(?<=抓好|推进|建设|加快|支持|做强|做大|提升|打造|服务|入驻|进驻|落户))"
    r"(?P<zone>经开区|经济开发区|高新区|化工园区|工业园区|综保区|综合保税区|自贸区|工业集中区|产业集聚区)"
    r"(?![、等]|内的|管委会|管理委员会)")
# 国际会议中心, 人民会堂: no proper name; a division before them is part of the venue's name
_GENERIC_VENUE_HEAD = r"(?:国际|人民|市民|会议|会展|大会堂|会堂|体育|大剧院)"
_MEETING_VENUE = re.compile(rf"在(?P<name>[\u4e00-\u9fff]{{2,16}}?(?:{_VENUE}))(?:隆重)?(?:开幕|召开|闭幕|举行)")


# A name followed by a phase (二期) or closing a list of projects (…等40个重大项目) names a
# project; the place itself counts only where it is named on its own.
_PROJECT_AFTER = re.compile(
    r"[一二三四五六七八九十\d]+期|(?!重[点大])[^，。；、：\n等]{0,2}(?:项目|工程)|(?:、[^，。；：、\n]{2,24})*等[^，。；：、\n]{0,10}项目"
)


_SHORT_NAME_THEN = re.compile(rf"(?:{VERBS}|[两二三四五六七八九十]个|成为|作为)")
_GENERIC_TAIL = re.compile(r"(?:城镇|特色[\u4e00-\u9fff]{0,4}小镇|城中村|社区)$")
_ROUTE_END = re.compile(r"至[\u4e00-\u9fff]{1,8}?(?:公路|高速|铁路|段|线|大道|通道)")
# After a division: a route (X至Y), a dateline (济南1月23日电), an institution (X区第十三中学).
_NOT_A_PLACE_AFTER = re.compile(
    r"至|\d{1,2}月\d{1,2}日|第[一二三四五六七八九十\d]+|[\u4e00-\u9fff]{0,6}(?:中学|小学|医院|幼儿园|高速|铁路)"
)


_PHRASE_END = re.compile(r"$|[、，。；：）)和与及等的\n]")


# Category words a list shares (世界魔鬼城、黑油山、九龙潭景区 → …景区 each), as opposed to
# the end of a name (腾龙洞、梭布垭石林: 石林 belongs to the last name only).
_SHARED_SUFFIXES_LIST = ("景区", "风景区", "风景名胜区", "旅游区", "度假区", "旅游度假区", "片区", "园区", "工业园",
                    "产业园", "古镇", "小镇", "组团", "街道", "社区", "新区", "新城", "森林公园", "湿地公园")
_SHARED_SUFFIXES = frozenset(_SHARED_SUFFIXES_LIST)
_SCENIC = frozenset(("景区", "风景区", "风景名胜区", "旅游区", "度假区", "旅游度假区", "古镇", "小镇", "森林公园",
                     "湿地公园"))


def _joined_items(before: str, start: int) -> list[tuple[int, str]]:
    """准格尔召和油松王三个景区: the items joined to the last one by 和/与/及 (``before`` is the
    text of the match before the last item, ending at ``start``)."""
    out: list[tuple[int, str]] = []
    pos = start
    while len(before) >= 3 and before[-1] in "和与及":
        m = re.search(r"[\u4e00-\u9fff]{2,6}$", before[:-1])
        if m is None:
            break
        item = strip_verbs(m.group(0))
        pos -= len(item) + 1
        out.insert(0, (pos, item))
        before = before[: -len(item) - 1]
    return out


# A list item ending like this is a name of its own (甲路、乙大道、丙开发区…), not the stem of
# an elided place name.
_COMPLETE_ITEM = re.compile(r"(?:路|大道|桥|工程|住房|改造|项目|线|中心|馆|院|站|场|厂|房|苑|园|广场)$")
# planning areas made of whole cities: a place of the report when a division below the
# report's region names it, not the report's own region nor one reaching beyond it
_REGION_GROUP_SUFFIXES = ("都市圈", "城市带", "城市群", "经济带", "经济圈")
_LEVEL_WORD = re.compile(r"国家级|省级|市级|县级|重点|特色|示范|骨干")
_ZONE_SUFFIXES = ("园区", "工业园", "产业园", "科技园", "物流园", "开发区", "经济开发区", "示范区",
                  "工业区", "集聚区", "聚集区", "港区", "片区")
_DAY_OR_LE_FIRST = re.compile(r"(?:昨天|今天|昨日|今日|近日|了)")


def _scrap_before_name(name: str, before: str) -> int:
    """How many characters at the start of ``name`` belong to the words before it: a date's 日
    (2月25日某镇), a day (昨天某镇召开…), the 了 that ends a verb (编制了县经济开发区规划)."""
    if name[:1] in "年月日号" and before.isdigit():
        return 1
    if before.isdigit() and (unit := _UNIT_FIRST.match(name)):
        return unit.end()  # 占地500亩某产业园, 3.2平方公里某工业园: the figure's unit
    day = _DAY_OR_LE_FIRST.match(name)
    if day:
        return day.end()
    if name.startswith("原") and len(name) >= 5 and name[:2] not in short_division_names():
        return 1  # 完成原某园区规划: the former name's 原 (原平市, 原阳县 keep theirs)
    if (there := _THERE_ARE.match(name)) and len(name) - there.end() >= 4:
        return there.end()  # 景观效果较好的村庄有|某县某镇: what the list holds
    if (lead := _VERB_BEFORE_PLACE.match(name)) and len(name) - lead.end() >= 3 and (
            name[:3] not in short_division_names() and name[:2] not in short_division_names()):
        return lead.end()  # 拥有|国家级经开区, 受|南京江北新区, 访|某镇, 会上|某新区: the words before it
    return 0


# verbs and function words a place name is run into: 拥有国家级经开区, 受南京江北新区, 会议由镇,
# 此次大会漳州开发区, 印发上海自贸试验区…, 中共某镇 (the party committee's name)
_VERB_BEFORE_PLACE = re.compile(
    r"(?:拥有|满足|联手|鼓励|预计(?:未来)?|印发|召开|重构|治理|事关|会上|此次大会|恭祝各位|春节致|中共|"
    r"一季度|逐步使|结交|做精|访|受(?![降制])|由(?!于)|有(?![限色机效线])|成立)")


_THERE_ARE = re.compile(r"(?:村庄|乡镇|村|镇|园区|景区)(?:主要)?有")
_UNIT_FIRST = re.compile(r"万?(?:亩|平方公里|平方千米|公顷|平方米|公里|千米|米)")
_GOING_HOME = frozenset("回返离故思还")  # 回乡, 返乡, 离乡…: going home (王家乡, 岭下乡 are names)
_TOWN_WORD_AFTER = frozenset("貌容风愁情土俗居味贤长域")  # (镇域经济: the town's area, a word)
_TOWN_AND_COUNTRY_AFTER = re.compile(
    r"融合|一体|统筹|环境|居民|规划|面貌|基本|公共|社区|低保|协调|二元|差距|结构|区域|风貌|品质|均衡")
# a list's category that only looks like a town suffix: 甲、乙等乡旅融合示范点, 甲、乙等镇区
_LIST_CATEGORY_WORDS = frozenset(("乡旅", "镇区", "村区"))
_TOWNS_BY_KIND = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<items>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4}){2,})"
    r"等(?:一批|[一二三四五六七八九十两\d]+个)?(?P<kind>乡镇|街道)")
_COUNTED_TOWNS = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<items>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+)"
    r"等[一二三四五六七八九十两\d]+个(?:贫困|重点|示范|试点|中心)?(?P<suffix>村|镇|乡|社区)")
_ONE_COUNTED_TOWN = re.compile(
    rf"(?:{VERBS}|[，。；：\n])(?P<item>[\u4e00-\u9fff]{{2,6}}?)等[一二三四五六七八九十两\d]+个"
    r"(?:贫困|重点|示范|试点|中心)?(?P<suffix>村|社区)(?![\u4e00-\u9fff]{0,2}(?:干部|书记|组织|集体))")
_TOWN_SUFFIXES = ("镇", "乡", "街道", "村", "社区", "苏木", "嘎查")


_DOCUMENTS = ("报告", "决议", "议案", "预算", "决算", "规划", "方案", "意见", "办法", "通知", "纲要")


def _common_word(item: str, segmenter: Segmenter) -> bool:
    """One word of jieba's dictionary that is no name (报告, 医疗), not a town's stem."""
    tags = segmenter.dictionary_tags(item)
    return len(tags) == 1 and tags[0][1] not in ("ns", "nr", "nz", "x")


@cache
def _division_names() -> frozenset[str]:
    from kg.reference import divisions

    return frozenset(d.name for d in divisions() if len(d.name) >= 3 or (
        len(d.name) == 2 and d.name not in _TWO_CHARACTER_NAMES_IN_WORDS))


# two-character county names that also end or start common words (建成县城, 人文县情, 单县…)
_TWO_CHARACTER_NAMES_IN_WORDS = frozenset(("成县", "和县", "单县", "代县", "礼县", "康县", "文县", "易县", "吉县",
                                           "息县", "叶县", "城区", "郊区", "矿区", "市中区"))


def _division_prefix(name: str) -> int:
    """Length of the chain of full division names that starts ``name`` (上海市浦东新区 → 7)."""
    names, pos = _division_names(), 0
    while pos < len(name):
        step = next((n for n in range(min(12, len(name) - pos), 1, -1) if name[pos:pos + n] in names), 0)
        if not step:
            break
        pos += step
    return pos


# A park named by what it makes: 某县茶叶加工园区 (its county is part of its name)
_NAMED_BY_ITS_TRADE = re.compile(r"加工|制造|产业|工业|农业|物流|电商|科技|创新|食品|化工|医药|材料|能源|商贸|文旅|"
                                 r"旅游|循环|经济|创业|孵化")


_CATEGORY = "|".join(sorted({*_SHARED_SUFFIXES_LIST, "景点", "地标", "名胜", "旅游目的地", "旅游景区", "街区",
                              "文化遗产"}, key=len, reverse=True))
_LIST_THEN_CATEGORY = re.compile(  # (甲、乙4A级景区: a grade ends the list as 等 does)
    rf"(?:等(?:[一二三四五六七八九十两\d]+[个大处])?|(?=[1-5一二三四五]A级))"
    rf"(?P<mod>(?:[1-5一二三四五]A级)?[\u4e00-\u9fff]{{0,8}}?)(?P<cat>{_CATEGORY})"
)


def _listed_before_category(text: str) -> list[tuple[int, str, str, bool]]:
    """红牌楼、簇桥等片区 → (start, item, 片区, False) per item, to complete with the category;
    黄果树、梵净山等世界级旅游景区 → (start, item, 景区, True): items named as written."""
    out: list[tuple[int, str, str, bool]] = []
    for m in _LIST_THEN_CATEGORY.finditer(text):
        if "非物质" in m.group("mod"):
            continue  # 甲绣、乙锦等非物质文化遗产: crafts, not sites
        if _MOVE_OR_VERB.search(m.group("mod")):
            continue  # 资金、技术等要素向园区集聚: what goes to the park, not sites
        items = elided_list_before(text, m.start() + 1)  # ends the list as if 等 were 、
        j = m.start()
        while j > 0 and text[j - 1] not in "，。；：、\n" and m.start() - j < 12:
            j -= 1
        if text[j - 1 : j] != "、":
            continue  # one item only: 景区 is not a list's category here
        last = text[j : m.start()]
        items = [(j, last), *elided_list_before(text, j)]
        # 等 lists of scenic sites name each site as written (三峡人家、车溪等景区); zones take the
        # category as their suffix (红牌楼、簇桥等片区 → 红牌楼片区).
        as_written = bool(m.group("mod")) or m.group("cat") not in _SHARED_SUFFIXES or m.group("cat") in _SCENIC
        out.extend((es, item, m.group("cat"), as_written) for es, item in items if 2 <= len(item) <= 7)
    return out


_GENERIC_SITE = re.compile(
    r"旅游|文化|文旅|产业|乡村|红色|生态|休闲|农业|特色|工业|研学|康养|民宿|体育|精品|主题|示范|"
    r"重点|城市|农村|美丽|整治|治理|更新|修复|改造|小巷|老旧|智慧|数字|[\dA-Za-z]"
)


def _site_name_ok(item: str) -> bool:
    """A list item named as a site on its own (梵净山, 锦里), not a theme (红色旅游)."""
    if item in lx.GENERIC_PLACE_HEADS or item in lx.GENERIC_PLACE_STEMS or item[-1] in "区县市州旗盟":
        return False  # 高新区、经开区等: generic heads; 宝塔区: a division
    if re.search(r"之[都城乡]$|第一[城县市]$|名城$", item):
        return False  # 显示之都、光伏第一城等产业地标: titles a city aims at, no sites
    return not (_GENERIC_SITE.search(item) or _PLACE_VERB_INSIDE.search(item))


_LANDMARK_END = re.compile(r"(?:洞|营|山|峰|河|江|湖|宫|街|寨|谷|岛|寺|塔|城|湾|滩|泉|林|峡|浜|岭|关|窟)$")


_PLACE_RE_STRONG = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{1,20}?(?:(?:（[\u4e00-\u9fff]{2,4}）|[—·\-])[\u4e00-\u9fff]{0,12}?){0,3})"
    r"(?P<suffix>" + "|".join(sorted((x for x in lx.PLACE_SUFFIXES if x not in
                                      lx.WEAK_PLACE_SUFFIXES), key=len, reverse=True))
    + r")(?P<more>区?)"
)


_AFTER_WEAK = re.compile(rf"(?:{VERBS})|[\u4e00-\u9fff]{{1,4}}(?:村|社区)|特色|城镇|(?<=村)乡村|城中村|小镇|美丽|周边|"
                         r"为(?:重点|龙头|核心|主体|依托)|党(?:总支|支部|委)|两委|书记|主任|出列|摘帽|脱贫")


# A village named where a village is expected: after 在/于, its township or another village (在甲村,
# 乙乡丙村, 甲村、乙村土地), or as the category of a list (甲、乙等村). Then 村 ends the name whatever follows.
_VILLAGE_BEFORE = re.compile(
    r"(?:(?<=[在于])|(?<=[乡镇](?<!城镇)(?<!乡镇))|(?<=村、))[\u4e00-\u9fff]{2,3}村$|(?<=、)[\u4e00-\u9fff]{2,3}等村$")
_NOT_VILLAGE_AFTER = re.compile(r"[级民庄落委务部组]|集体|干部|党|振兴|建设|环境|面貌")


_KIND_OF_VILLAGE = re.compile(
    r"(?:贫困|中心|示范|重点|行政|试点|美丽|和美|宜居|文明|先进|搬迁|新型|特色|传统|古|空心|城中|所在|自然|相关|"
    r"少数民族|民族|边境|集体|[一二三四五六七八九十百千\d]+个?)(?:等)?村$")


def _village_ok(text: str, end: int) -> bool:
    found = _VILLAGE_BEFORE.search(text, max(0, end - 6), end)
    return bool(found) and not _KIND_OF_VILLAGE.search(found.group(0)) and not _NOT_VILLAGE_AFTER.match(text, end)


def _weak_ok(text: str, end: int) -> bool:
    """A weak suffix (湖, 村, 镇…) ends a name at a phrase boundary, before a verb, or before a
    village of the township (水口乡顾渚村)."""
    return bool(_PHRASE_END.match(text, end) or _AFTER_WEAK.match(text, end))


# Works on a site, before its name: 修缮某祠, 串联某庙与某塔 (not in the general verb list,
# where 修复/整治 would cut project names such as 某河生态修复工程)
_SITE_WORKS = re.compile(r"^.*(?:修缮|修葺|修复|整治|串联|连通|重建|复建|申建|申创)(?=[\u4e00-\u9fff]{2})")


_FTZ_AREAS = re.compile(r"(?P<items>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*)(?P<kind>片区|区域)")


_PLACE_VERB_INSIDE = re.compile(
    rf"(?:{VERBS}|增速|高于|快于|低于|达到|实现|分钟|以上|以下|收入|人口|日前|今年|明年|确定|改善|到位|入驻|企业|人民政府)"
)


# 某某省级旅游度假区: a grade after a proper stem (not one to win: 晋升为国家级…) is kept
_GRADE_INSIDE = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?<![为当建创评批得])(?:国家|省|市|县)级(?=[\u4e00-\u9fff]{2}|$)|级别")


# two-character verbs whose second character a clause cut can leave before a place's name
_VERB_CUT = frozenset(("打造", "对标", "建功", "营造", "塑造", "再造", "创建", "争创", "建成", "新建", "组建",
                       "共建", "筹建", "申建"))


# Suffixes of zones a region is designated as; the stem before them names the place only
# when it holds a proper name (浦东综合改革试验区; 共同富裕示范区 is the policy's own name)
_DESIGNATIONS = frozenset(("示范区", "先行区", "试验区", "功能区", "实验区", "综合实验区", "产业功能区"))
_PROPER_TAGS = frozenset(("ns", "nr", "nrt", "nrfg", "nt", "j", "s", "eng", "x"))


def _only_common_words(stem: str, segmenter: Segmenter) -> bool:
    """Every word of ``stem`` is a common one by jieba's tags: no place, person, organisation or
    abbreviation among them (nz, jieba's "other proper noun", tags slogans such as 共同富裕)."""
    names = short_division_names()  # (石门 is a county's name, though jieba tags it a noun)
    return bool(stem) and all(w.flag not in _PROPER_TAGS and w.word not in names
                              for w in segmenter.pos_tokenizer.lcut(stem))


# what is done to zones as a class (jieba tags 清理 an adjective, 整顿 a numeral: a list instead)
_ZONE_ACTIONS = re.compile(r"(?:清理|整顿|规范|核减|撤并|撤销|整合|压减|调整|优化|归并|合并)+")


def _only_verbs(stem: str) -> bool:
    """``stem`` says only what is done to zones (清理整顿, 核减), no zone's name."""
    return bool(_ZONE_ACTIONS.fullmatch(stem))


# qualities a place is built to have (和谐宜居街区), and the words a report praises its own region
# with (美丽富裕幸福某县)
_QUALITY_WORDS = r"和谐|宜居|美丽|幸福|文明|生态|绿色|智慧|平安|活力|魅力|品质|现代化?"
_QUALITIES = re.compile(rf"(?:{_QUALITY_WORDS})+")
_NEW_TOWN_QUALITIES = re.compile(
    rf"(?:{_QUALITY_WORDS}|田园|花园|健康|海湾|滨江|滨湖|文化|旅游|文旅|国际|大都市|都市|郊区|康养|休闲|山水|"
    r"人文|开放|创新|科技|产城融合|农高)+")
_PRAISE = re.compile(rf"(?:{_QUALITY_WORDS}|富裕|开放|创新|实力|人文)+")


def _is_place_name(name: str, suffix: str) -> bool:
    if len(name) <= len(suffix) or len(name) > 28:
        return False
    stem = name[: name.rfind(suffix)] if suffix in name else name
    if name in lx.GENERIC_PLACE_HEADS or (len(stem) < 2 and suffix not in ("庙", "祠", "寺")):
        return False  # but 孔庙, 文庙: a temple's name can be one character
    if re.search(r"[一二三四五六七八九十两双\d]+[个大家极核轴翼带区组处]", stem):
        return False  # 一核两翼, 三带示范…: the speaker's own slogans
    if re.search(r"[、，。“”]", name) or (stem[0] in "个家项所座条批处" and not re.match(r"家[居具电纺政]", stem)):
        return False  # (家居产业园: a park named by its trade, no count's 家)
    if name.count("（") != name.count("）") or name.count("(") != name.count(")"):
        return False  # 开发区（甲度假区: a bracket the name opens and never closes
    if suffix in ("地区", "山区") and (len(stem) > 4 or re.search(
            r"贫困|偏远|边远|重点|民族|农村|城乡|老区|欠发达|发达|其他|周边|部分|沿海|内陆|相关|受灾|"
            r"深度|连片|城市|乡镇|中心|各|全", stem)):
        return False  # 贫困地区, 偏远山区: kinds of area; 皖北地区, 大别山区: named ones
    if "至" in stem:
        return False  # 甲至乙: a route, not a place
    if re.search(r"[局委办]$", stem):
        return False  # 住建局、经济开发区: a list of departments, no zone of the bureau
    if suffix == "新片区" and not _is_place_name(name, "片区"):
        return False  # 城市更新片区: 新 ends the stem's word (更新), no 新片区
    if re.search(r"代表|书记|主任|负责人|委员|常委|[省市区县镇乡]长[\u4e00-\u9fff]{2,3}在|副[省市区县镇乡]长", stem):
        return False  # 县人大代表、某乡…: a person's role in an elided list
    if re.search(r"首[家个批座]|^(?:我们|占|在|把|指|堪称)|我[镇乡县区市]|首页|全部位于", stem) or (
            name == "自由贸易区"):
        return False  # 杭州首家青创大街 (a first of its kind), 我们在镇, 占全省开发区: clauses
    if stem[-1] in "我本该全各此的" and stem[-2:] not in short_division_names():  # (天全经济开发区)
        return False  # 拉近我镇, 为本镇, 取得成效的村: the speaker's own town or a clause, no name
    if _QUALITIES.fullmatch(stem):
        return False  # 打造和谐宜居街区: a quality to reach, not a named place
    if name.endswith("新城") and _NEW_TOWN_QUALITIES.fullmatch(stem) and len(stem) >= 4:
        return False  # 滨江田园生态新城, 国际大都市郊区新城: what a new town is to be, no name
    if (k := next((n for n in (3, 2) if name[-n:] in short_division_names()), 0)) and _PRAISE.fullmatch(name[:-k]):
        return False  # 美丽富裕幸福金乡: the county itself, praised
    if suffix in ("村", "镇", "乡", "景区", "园区") and re.search(r"(?:特色|薄弱|成熟|先进|贫困|现代农业)$", stem):
        return False  # 竹子特色村, 薄弱村, 成熟景区, 现代农业镇: kinds of place, not names
    if "全域" in stem:
        return False  # 某省全域旅游示范区: a title to win
    if re.search(r"排名|名次|前[一二三四五六七八九十\d]+名", stem) or stem.startswith(("度", "前期")):
        return False  # 2021年度综合排名进步前三名镇 (an award), 完成前期…规划 (a stage of work)
    unbracketed = re.sub(r"[（(][^）)]*[）)]$", "", name)  # 工业强镇(街道)
    if re.search(r"[强重名富兴立](?:镇|乡|村|县|区|市)+$|全[镇乡村县区市]$", unbracketed) and len(stem) > 1:
        return False  # 工业强镇, 旅游名镇, 一流强乡: a title to earn, not a place
    if re.search(r"(?:故|家|老|同|他|异|返|下)乡$|示范(?:镇|乡|村)$", name) or re.search(r"[百千万亿]元?$", stem):
        return False  # 回故乡, 建家乡 (words), 省定示范镇 (a title), 百亿园区 (a class of parks)
    if name.endswith("之乡") or re.fullmatch(r"以?[\u4e00-\u9fff]{1,2}[带促][\u4e00-\u9fff]", name):
        return False  # 中国某某之乡 (an honorific), 以城带乡, 以港促城 (slogans)
    if _PLACE_VERB_INSIDE.search(_DESIGNATION_COMPOUND.sub("", stem.replace("开发区", "区"))) or (
            stem in lx.GENERIC_PLACE_STEMS):
        return False  # (数字经济创新发展试验区: 创新发展 is the designation's own word)
    graded = _GRADE_INSIDE.sub("", stem)
    if graded.endswith(("个", "类", "级", "型", "化", "性", "农村", "城镇", "乡村")) or "级" in graded:
        # (柳江玉屏省级旅游度假区: a grade inside a named place is part of its name)
        return False
    if "配套" in stem and _only_industry_words(stem):
        return False  # 新能源汽车配套产业园: a kind of park; 新材料产业园 (the county's own) is one
    if stem.endswith("产业") and _generic_industry_stem(stem[:-2]):
        return False  # 特色产业园区, 主导产业集聚区: a kind; 合庐产业新城, 沈阳汽车产业集聚区: names
    if re.search(r"(?:宜居|统筹|消除|美丽|和美|幸福|繁荣|文明|富裕|融合|一体|协调|发展|颜值)城乡$|村镇$|"
                 r"镇[\u4e00-\u9fff]+镇$|^其中|[促抓][\u4e00-\u9fff]?[镇乡村县区]$", name):
        return False  # 生态宜居城乡, 文明村镇, 镇政府在镇, 其中镇, 二抓强县促镇: words and slogans
    if name.endswith(("乡村", "农村", "城镇", "特色小镇", "未来社区", "乡镇")) or re.fullmatch(
            r"(?:中心|重点|特色|小城)集镇|整[村乡镇][\u4e00-\u9fff]*", name):  # 示范乡镇, 中心集镇, 整村整乡
        return False
    return not stem.startswith(("各", "全", "本", "该", "一批", "这些", "所有", "相关", "重点",
                                "国家", "其他", "其它", "最", "每", "重要"))  # (最安全街区: a quality; 每个乡镇)


_GENERIC_INDUSTRY_MODIFIERS = ("主导", "优势", "重点", "特色", "新兴", "战略性新兴", "未来", "支柱", "首位", "传统",
                               "现代", "富民", "扶贫", "乡村", "农村", "县域", "专业", "配套", "关联", "上下游")


def _generic_industry_stem(prefix: str) -> bool:
    """The words before 产业 in a park's stem name no park: none at all, a kind of industry
    (主导, 战略性新兴) or industries only (新能源汽车)."""
    return not prefix or prefix.endswith(_GENERIC_INDUSTRY_MODIFIERS) or prefix in lx.GENERIC_PLACE_STEMS or (
        _only_industry_words(prefix))


# What a place's name never holds but a clause cut before a place suffix does: adverbs,
# idioms and conjunctions of two or more characters, a preposition after the first word, a
# copula or a verb of doing (要素向园区, 立足乡, 始终不渝以富民强乡, 二是片区). jieba's tags of
# single characters are too loose for more (正定 d, 于山 p, 大别 r).
_CLAUSE_FLAGS = frozenset(("ad", "i", "c"))
_NAME_FLAGS = frozenset(("ns", "nr", "nt", "nz", "nrt"))
_CLAUSE_WORDS = frozenset(("作为", "通过", "领跑", "是", "到", "负责", "符合", "走出", "理顺", "立足", "努力",
                           "明确", "始终",
                           "擦亮", "共享", "覆盖", "所有", "高素质", "高颜值", "现代化", "国际化",
                           "攻坚", "成为", "美化", "获批", "尽快", "兴办", "进入", "融入", "直通", "通达", "提高"))
# (a list, not jieba's tag "p": without its HMM, jieba splits words such as 自贸 into 自 + 贸)
_PREPOSITIONS = frozenset("向以到对把从被往于")
_TIME_FIRST = frozenset(("年", "今日", "今年", "明年", "当前", "目前", "日前", "近日"))


def _clause_end(stem: str, segmenter: Segmenter) -> int:
    """Where the clause in front of a place's name ends in ``stem`` (0: no clause), from
    jieba's parts of speech: 立足乡 → all of it; 擦亮甲新城 → after 擦亮."""
    if not stem:
        return 0
    end, pos = 0, 0
    tags = segmenter.dictionary_tags(stem)
    for i, (word, flag) in enumerate(tags):
        pos += len(word)
        nxt = tags[i + 1] if i + 1 < len(tags) else ("", "")
        if (i == 0 and (word in _TIME_FIRST or (word in "以向对把从" and len(stem) - pos >= 2))
                ) or word in _CLAUSE_WORDS or (
                len(word) > 1 and flag in _CLAUSE_FLAGS) or (i > 0 and word in _PREPOSITIONS):
            end = pos
        elif len(word) > 1 and word not in short_division_names() and (  # (jieba tags 开封 a verb)
                (flag == "v" and nxt[1] in _NAME_FLAGS) or (flag in ("v", "vn") and nxt[0] in ("了", "着"))):
            end = pos + (1 if nxt[0] in ("了", "着") else 0)  # 来到|甲区, 考验着|乙镇
    return end


_PARK_MODIFIERS = ("配套", "特色", "创新", "智能", "高端", "现代", "新兴", "战略性", "零部件", "加工", "制造", "研发",
                   "孵化", "示范", "总部", "产业", "服务", "综合", "智慧", "绿色", "数字", "融合", "集群", "和", "与")


@cache
def _industry_words() -> tuple[str, ...]:
    names = {n for e in lx.industries() for n in (e.name, *e.aliases) if len(n) >= 2}
    return tuple(sorted(names | set(_PARK_MODIFIERS), key=len, reverse=True))


def _only_industry_words(stem: str) -> bool:
    """True when ``stem`` is made only of industry names and park modifiers (新能源汽车配套)."""
    words, rest = _industry_words(), stem
    while rest:
        w = next((w for w in words if rest.startswith(w)), None)
        if w is None:
            return False
        rest = rest[len(w):]
    return True


# What a river, lake or mountain is named for in a report (甲河流域综合治理, 秦岭北麓, 乙江两岸).
_NATURE_CONTEXT = (r"等?(?:流域|两岸|步道|[\u4e00-\u9fff]{2}段|"
                   r"沿岸|沿线|干流|支流|水系|水域|水质|岸线|湿地|生态|综合治理|治理|整治|保护|修复|"
                   r"风光带|一带|周边|区域|国家公园|[东南西北]麓|断面|出境|入境|水环境|河道|国际帆船)")
_NATURE_RE = re.compile(rf"[\u4e00-\u9fff]{{1,5}}?[河江山湖溪岭峰浜湾](?={_NATURE_CONTEXT})")
_FOOT = re.compile(r"[东南西北]麓")
_LANDMARK_AFTER = re.compile(rf"{_NATURE_CONTEXT}|世界|景区|风景|品质")
# Common nouns that end like a river or a mountain (矿山生态修复, 河湖治理, 沿江生态).
_NOT_NATURE = re.compile(
    r"城市|城区|农村|乡村|重点|主要|中小|黑臭|生态|美丽|幸福|母亲|山区|矿|水库|流域|"
    r"^[沿滨环临跨近两一各全]|[的和与及等型性化级]|^(?:荒山|青山|江山|河山|高山|深山|名山|冰山|火山|靠山|大江|"
    r"大河|大山|大湖|内河|运河|界河|山河|雪山|群山|长江|黄河|护城河|母亲河|山水|河湖|江河|湖泊|海湾|港湾|"
    r"河湾|库湾|大江河|小河湖)$"
)
_BOUNDARY_BEFORE = "，。；：、（）“”\n和与及等在对把将以至为"
_BOUNDARY_AFTER = "，。；：、）”\n和与及等的为将"
_VERB_END = re.compile(rf"(?:{VERBS}|巩固|守护|擦亮|保护|治理|整治|修复|管护)$")


def _starts_name(text: str, s: int) -> bool:
    return s == 0 or text[s - 1] in _BOUNDARY_BEFORE or bool(_VERB_END.search(text[max(0, s - 6):s]))


@cache
def _landmark_re() -> re.Pattern[str]:
    names = sorted(lx.landmark_names(), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


def _named_sites(text: str, taken: list[tuple[int, int]]) -> list[tuple[int, str, str]]:
    """Named sites without a place suffix: well-known landmarks (lx.landmarks: 梵净山, 锦里),
    rivers, lakes and mountains named for their basin, banks or ecology (甲河流域, 乙江两岸,
    秦岭北麓), and the items listed with them (甲山、乙山生态修复)."""
    found: list[tuple[int, str, str]] = []
    spans = list(taken)

    def free(st: int, en: int) -> bool:
        return not any(a < en and st < b for a, b in spans)

    def keep(st: int, name: str, kind: str) -> None:
        if _PHASE_AFTER.match(text, st + len(name)) or _ROUTE_END.match(text, st + len(name)):
            return  # 大沙河生态长廊一期, 甲山至乙县段: inside a project's name
        if free(st, st + len(name)):
            spans.append((st, st + len(name)))
            found.append((st, name, kind))
            for es, item in elided_list_before(text, st):  # 八廓街、布达拉宫: the list's items
                if 2 <= len(item) <= 5 and _LANDMARK_END.search(item) and not _NOT_NATURE.search(item):
                    keep(es, item, kind)

    for m in _landmark_re().finditer(text):
        st, en, name = m.start(), m.end(), m.group(0)
        nxt = text[en:en + 1]
        if nxt and nxt in "区县市州旗盟镇乡村街路":
            continue  # 武夷山市: a division, named by _division_places; 长江路: a street's name
        if len(name) == 2 and not (_starts_name(text, st) and (
                not nxt or nxt in _BOUNDARY_AFTER or _LANDMARK_AFTER.match(text, en)
                or _landmark_re().match(text, en))):  # (苍山洱海之畔: two landmarks side by side)
            continue  # 泰山 in 稳如泰山, 东江 in 广东江门
        if foot := _FOOT.match(text, en):
            name, en = name + foot.group(0), foot.end()
        keep(st, name, "landmark")
    for m in _NATURE_RE.finditer(text):
        name = strip_verbs(m.group(0))
        st, en = m.end() - len(name), m.end()
        if not (2 <= len(name) <= 5 and _starts_name(text, st)) or _NOT_NATURE.search(name):
            continue
        if foot := _FOOT.match(text, en):
            name = name + foot.group(0)
        keep(st, name, "nature")
    for _, end in sorted(spans):  # 窑埠古镇、程阳八寨为重点: landmark items after a place
        while m := _NEXT_LANDMARK.match(text, end):
            name = m.group("name")
            if not free(m.start("name"), m.end()) or _NOT_NATURE.search(name) or not _site_name_ok(name):
                break
            keep(m.start("name"), name, "landmark")
            end = m.end()
    return found


_PHASE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,8}?[一二三四五六七八九十\d]+期")
_NEXT_LANDMARK = re.compile(
    r"、(?P<name>[\u4e00-\u9fff]{1,4}?(?:洞|山|峰|河|江|湖|宫|街|寨|谷|岛|寺|塔|湾|滩|泉|峡))"
    r"(?=[、，。；：和与及等为的\n]|$)"
)
