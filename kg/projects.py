"""Named projects: enumerations (X、Y等N个项目), named facilities with phases, metro lines."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from kg import lexicon as lx
from kg.mentions import NameMention
from kg.places import _only_industry_words
from kg.segment import Document, Segmenter
from kg.textrules import (
    LEAD_VERBS,
    LIST_ITEM,
    after_last_and,
    elided_list_before,
    list_items,
    strip_lead_verbs,
    strip_prefix,
    strip_verbs,
)

_ENUM_PROJECTS = re.compile(
    rf"(?P<items>{LIST_ITEM}(?:、{LIST_ITEM})*)等(?!级)(?P<count>[\d一二两三四五六七八九十百]*)"
    r"(?:个|项|家|所|条|座)?(?P<head>[\u4e00-\u9fff]{0,12}?|(?:[\d.]+亿元以上|新建、扩建|新建、续建)[\u4e00-\u9fff]{0,10}?"
    r"|总?投资[\u4e00-\u9fff\d.]{1,10}?的[\u4e00-\u9fff]{0,6}?)(?P<suffix>项目|工程)"  # 等投资超10亿元的重大项目
)


_NAMED_PROJECT = re.compile(
    r"(?P<name>[\u4e00-\u9fffA-Za-z0-9·×.#/]{2,32}?)(?P<suffix>项目|工程)(?!师|院|局|建设管理|标|集群)"
)


# a short parenthesis right after a name belongs to it (a stage, an alias); 含/包括 opens a list
_PAREN_AFTER = re.compile(r"[（(](?![含包即约共其如])[^（）()，。；、：\s]{1,8}[）)]")


def find_projects(doc: Document, segmenter: Segmenter) -> list[NameMention]:
    out: list[NameMention] = []
    text = doc.text
    by_start: dict[int, NameMention] = {}
    completed: set[int] = set()  # names completed from an elided list: never replaced

    def add(name: str, start: int, extra: dict[str, Any] | None = None,
            listed: bool = False, exact: str | None = None) -> None:
        """``exact``: a name completed from an elided list (深大、深惠城际 → 深惠城际);
        the span then covers only what the text says at ``start``. A longer name at the same
        start (甲河水库 → 甲河水库除险加固) replaces the shorter one."""
        stripped = name.lstrip("·•-—")
        start += len(name) - len(stripped)
        if len(stripped) > 4 and text[start - 1:start + 1] in _VERB_CUT:
            stripped, start = stripped[1:], start + 1  # 启动|建国电二期: the verb's tail
        name = stripped.strip("“”‘’《》 ")
        dash = next((i for i, c in enumerate(name[:7]) if c in "-—－"), -1)
        at = start + dash if dash > 0 else start - 1  # where the hyphen of a section is, if any
        if exact is None and text[at:at + 1] in ("-", "—", "－") and (
                head := _SECTION_START.search(text, max(0, at - 24), at + 1)):
            first = strip_verbs(head.group("first"))  # 完工甲门-乙寺段岸线提升: the section's two ends
            if 2 <= len(re.split("[-—－]", first)[0]) <= 6:
                name, start = first + text[at] + (name[dash + 1:] if dash > 0 else name), at - len(first)
        if name.startswith("投资") and len(name) >= 6 and not re.match(r"投资[额者人商]", name):
            name, start = name[2:], start + 2  # 完成投资甲花园二期: the money's verb, not the name
        if joined := re.match(r"(?:以及|及)(?=[\u4e00-\u9fff]{3})", name):
            name, start = name[joined.end():], start + joined.end()  # 以及某水电站: the list's joint
        if "等" in name and re.search(_FACILITY_SUFFIX + "$", name.split("等")[0]):
            name = name.split("等")[0]  # 甲至乙高速公路等重点路段: the name before 等
        if len(name) > 5 and name.endswith("建设") and not re.match(r"项目|工程", text[start + len(name):]):
            name = name[:-2]  # 甲电厂建设: the works are not part of the name (甲建设项目 is named so)
        if len(name) > 6 and (kit := re.search(r"及(?:其)?配套(?:设施|工程)?$", name)):
            name = name[:kit.start()]  # 某主题公园一期及配套: the park, its facilities go with it
        if len(name) > 6 and (done := re.search(r"(?:完成|建成|开工|投产|竣工|落地|启动)$", name)):
            name = name[:done.start()]  # 某产业园完成项目土地规划调整: what happened to it
        if (k := name.rfind("的")) > 0 and len(name) - k > 4:
            start, name = start + k + 1, name[k + 1:]  # 与甲合作的乙牙膏: the name after 的
        if (clause := next(reversed(list(_CLAUSE_INSIDE.finditer(name))), None)) and len(name) - clause.end() >= 5:
            start, name = start + clause.end(), name[clause.end():]  # 但作为|某大道全段: the name after

        written = len(exact) if exact is not None and text.startswith(exact, start) else len(name)
        if _NOT_A_PROJECT_AFTER.match(text, start + written):
            return  # 某博物馆之都 (a title), 甲号线沿线开发, 甲机场至乙站通道 (a route's start)
        old = by_start.get(start)
        if old is not None and not (exact is None and len(name) > len(old.name) and name.startswith(old.name)
                                    and start not in completed):
            return
        if not _is_project_name(name, segmenter, listed) or _NOT_BUILT_AFTER.match(
                text, start + len(name)) or (name.endswith("建设") and not _is_project_name(
                    name[:-2], segmenter, listed)):  # (轨道交通建设项目: the works of no named project)
            return
        length = len(name)
        if exact is not None and text.startswith(exact, start):
            length = len(exact)
        elif exact is not None:
            m = re.match(r"[\u4e00-\u9fffA-Za-z0-9·]+", text[start:])
            length = min(len(name), m.end() if m else len(name))
        if exact is None and (paren := _PAREN_AFTER.match(text, start + length)):
            name, length = name + paren.group(0), length + len(paren.group(0))  # 某线(某某线), 某厂(一期)
        s, e = doc.clean.span(start, start + length)
        if old is not None:
            out.remove(old)
        by_start[start] = NameMention(name=name, start=s, end=e, text=doc.clean.original[s:e],
                                      extra=extra or {})
        if exact is not None:
            completed.add(start)
        out.append(by_start[start])

    _facilities(doc, add, segmenter)
    industry_words = set(lx.industry_index())
    for m in _ENUM_PROJECTS.finditer(text):
        head = m.group("head")
        if re.match(r"平台|活动|展会|节会|渠道|载体|方式|机制", head):
            continue  # 通过甲会、乙节等平台签约项目: where projects are signed, no projects
        stage = next((v for k, v in lx.STAGES.items() if k in head or k in text[m.end(): m.end()
                                                                                 + 6]), None)
        items = [part for start, item in list_items(m.group("items"), m.start("items"))
                 for part in _split_at_and(start, item)]
        if items and len(lead := strip_lead_verbs(items[0][1])) >= 2:  # 年内甲、乙等项目: the time goes
            items[0] = (items[0][0] + len(items[0][1]) - len(lead), lead)
        if any(_is_division(item) for _, item in items):
            continue  # 甲、乙等市承接产业转移项目: cities, not projects
        line = _LINE_KIND_AFTER.match(text, m.end("items"))
        kind = head if _SHARED_KIND.fullmatch(head) else ""  # 甲、乙等输变电工程: each item of that kind
        shared = _shared_kind(items[-1][1], [item for _, item in items[:-1]]) if items else ""
        for start, item in items:
            if amount := _AMOUNT_BEFORE.match(item):  # 投资14亿元甲材料、15亿元乙升级等32个项目
                start, item = start + amount.end(), item[amount.end():]
            if _PLACE_ONLY.search(item):  # 甲镇、乙镇城中村改造项目: places, not projects
                continue
            if item in industry_words or re.search(r"(?:产业|旅游|电商|农牧|经济)$", item) or item in _FIELDS:
                continue  # 特色农牧、文化旅游等13个重大项目, 工业、城建等项目: kinds of project, not names
            if line and (_ROUTE_ONLY.fullmatch(item) or (len(item) == 2 and not _COMPLETE_NAME.search(item))):
                # 甲至乙、丙至丁等铁路项目; 济莱、济郑等高铁项目: two cities' first characters
                add(item + line.group(1), start, {"stage": stage} if stage else None,
                    listed=True, exact=item)
                continue
            if kind and not _WORKS_KIND_IN.search(item) and not re.search(rf"(?:{_FACILITY_SUFFIX})$", item):
                add(item + kind, start, {"stage": stage} if stage else None, listed=True, exact=item)
                continue
            if shared and (start, item) != items[-1]:  # 甲、乙一级公路等17个项目
                add(item + shared, start, {"stage": stage} if stage else None, listed=True, exact=item)
                continue
            add(item, start, {"stage": stage} if stage else None, listed=True)
    for m in _NAMED_PROJECT.finditer(text):
        name = re.split(r"[，。；、：“”]", m.group("name"))[-1]
        if name.startswith("等"):  # “甲”等大型实景体验项目: the kind after a quoted list, its item the name
            if quoted := re.search(r"“([^“”，。；]{2,12})”$", text[:m.end("name") - len(name)]):
                add(quoted.group(1), quoted.start(1), listed=True)
            continue
        if (k := name.rfind("及")) > 0 and len(name) - k > 4 and not re.match(
                r"周边|配套|附属|沿线", name[k + 1:]):  # (某祠及周边改造提升: one project)
            name = name[k + 1:]  # 抽水蓄能电站及X特高压直流工程: the last of two names
        cleaned = strip_verbs(name)
        lead = strip_lead_verbs(name)
        if "等" in cleaned or re.search(r"\d+个", cleaned) or _GENERIC_TAIL.search(lead):
            continue  # 甲镇、乙镇城中村改造项目: generic works, and the towns are places
        start = m.end("name") - len(cleaned)
        items = elided_list_before(text, start)
        tail = _ACTION_TAIL.search(lead)
        shared = _shared_kind(lead, [item for _, item in items])
        for es, item in items:
            if tail and _COMPLETE_NAME.search(item):
                add(item + tail.group(0), es, listed=True, exact=item)  # 甲路、乙公路改建工程
            elif shared:
                add(item + shared, es, listed=True, exact=item)  # 甲、乙500千伏输变电工程
            else:
                add(item, es)
        if not items and len(lead) >= len(cleaned):
            add(lead, m.end("name") - len(lead), listed=_named_stem(lead))  # 甲河水库除险加固工程
        add(cleaned, start, listed=bool(shared))  # (the last of a list whose items share its kind)
    for m in _QUOTED_NAME.finditer(text):  # 某某“熊出没”文旅小镇, 某高速“齐鲁号”二期
        pre = strip_lead_verbs(m.group("pre"))
        if len(pre) < 2 or _LEAD_VERB_AT_END.search(pre):
            continue  # 开展“大数据”综合治堵: a verb before the quote, not a name's first part
        start = m.end("pre") - len(pre)
        end = m.end()
        for st in [st for st, n in by_start.items() if start <= st < end and n in out]:
            out.remove(by_start.pop(st))  # 文旅小镇 alone was the tail of this name
        add(text[start:end], start, listed=True)
    for m in _ROUTE_LIST.finditer(text):  # 甲至乙、丙至丁等高速公路: each route with the kind
        for pos, item in list_items(m.group("items"), m.start("items")):
            named_way = item == m.group("other") and text.startswith("等", m.end("items"))
            if _ROUTE_ONLY.fullmatch(item) or named_way:  # (…、甲城东南过境等高速公路: one by its way)
                add(item + m.group("kind"), pos, listed=True, exact=item)
    for m in _JOINED_ROADS.finditer(text):  # 宁洛和兰南高速加宽改造: each road with the works
        for part in ("a", "b"):
            add(m.group(part) + m.group("kind") + m.group("works"), m.start(part), listed=True,
                exact=m.group(part) if part == "a" else None)
    for m in _NUMBERED_SECTION.finditer(text):  # S316甲-乙, G536丙-丁和戊-己: each section with its road
        add(m.group("code") + m.group("first"), m.start(), listed=True)
        if m.group("second"):
            add(m.group("code") + m.group("second"), m.start("second"), listed=True,
                exact=m.group("second"))
    for m in _KIND_LIST.finditer(text):  # 甲乙、丙丁等铁路, 甲、乙等枢纽港: the kind completes each
        if _KIND_LIST_NOT_BUILT.match(text, m.end()):
            continue  # 甲、乙等高速公路沿线: along the routes, not building them
        kind = m.group("kind")
        for pos, item in list_items(m.group("items"), m.start("items")):
            if _is_division(item) or _PLACE_ONLY.search(item) or _ROUTE_ONLY.fullmatch(item):
                continue  # (routes: _ROUTE_LIST)
            if _COMPLETE_NAME.search(item) or item.endswith("线") or (
                    kind in ("高速公路", "高铁") and re.search(r"[一二三四\d]?高$", item)):
                add(item, pos, listed=True)  # 枢纽东环线, 甲乙二高 (the second 甲乙 expressway): named
            elif 2 <= len(item) <= 4:
                add(item + kind, pos, listed=True, exact=item)
    for m in _PHASED.finditer(text):  # X二期, X项目三期: a phase names a project
        name = strip_lead_verbs(re.split(r"[，。；、：“”（）()]", m.group(0))[-1])
        name = name.split("以及")[-1]  # 甲片区开发以及植物园二期: the last of two (丙烯酸及酯类 is one)
        if len(name) >= 4 and not _GENERIC_TAIL.search(name[: -2]):
            add(name, m.end() - len(name), listed=True)
    for m in _INVESTED_NAME.finditer(text):  # 投资21.5亿元的甲储能电站: a project by its investment
        name = m.group("name")
        if not _GENERIC_TAIL.search(name) and not _PLACE_ONLY.search(name) and not _is_division(name):
            in_list = text[m.start() - 1:m.start()] == "、" or text.startswith("、", m.end())
            add(name, m.start("name"), listed=in_list or bool(_SIBLING_SUFFIX.search(name)))
    for m in _SUBJECT_BUILT.finditer(text):  # 某厂建成投产, 甲、乙等项目竣工投产: named by what happens to it
        for pos, item in list_items(m.group("items"), m.start("items")):
            name = strip_lead_verbs(item)
            if (3 <= len(name) <= 20 and not _is_division(name) and not _PLACE_ONLY.search(name)
                    and not re.search(r"集群|一批|产业$|企业$", name)):
                add(name, pos + len(item) - len(name), listed=True)
    for m in _TRANSMISSION.finditer(text):  # 疆电入渝, 西气东输: energy transmission projects
        name = m.group(0).lstrip("及和与并、")
        if len(name) > len(m.group(0)) - 1 and re.search(
                rf"(?:{LEAD_VERBS})$", text[max(0, m.start() - 4):m.start() + 1]):
            name = name[1:]  # 推动川电入鄂: 动 ends the verb
        add(name, m.end() - len(name), listed=True)
    for at, found in list(by_start.items()):  # 信丰电厂、丰电三期、乙高速公路等投运投产:
        if found not in out:                  # a named item names its siblings
            continue
        for pos, item in _list_siblings(text, at, text[at:at + found.end - found.start]):
            add(item, pos, listed=True)
    programmes = [doc.clean.span(*m.span()) for m in _PROGRAMME_LIST.finditer(text)]
    out = [n for n in out if not any(a <= n.start < b for a, b in programmes)]
    out = [n for n in out if not any(o.start <= n.start and n.end <= o.end and (o.start, o.end) != (n.start, n.end)
                                     and not re.search("[和与及、]", o.name) for o in out)]
    # (家坝灌区 inside 向家坝灌区北总干渠二期: a piece cut out of a longer name)
    out.sort(key=lambda n: n.start)
    return out


# 幸福安康工程、美丽家园工程…等“十大工程”: a government's programmes, counted as a set, not works
_PROGRAMME_LIST = re.compile(
    r"[\u4e00-\u9fff]{2,12}工程(?:、[\u4e00-\u9fff]{2,12}工程)+等?[“\"]?[一二三四五六七八九十两\d]+大(?:工程|行动|计划)")


# What a sibling in a list of works must end with to be named by its neighbour: kinds of
# facility that are never generic on their own once a proper stem stands before them.
_SIBLING_SUFFIX = re.compile(
    r"(?:路|街|大道|大街|桥|港|码头|机场|高速|高速公路|高铁|复线|铁路|城际|电厂|电站|枢纽|泵站|航道|"
    r"通道|隧道|水库|水厂|学校|中学|小学|幼儿园|医院|校区|院区|图书馆|博物馆|体育馆|科技馆|[东南西北]站)"
    r"(?:[东南西北]段|[东南西北]延|[一二三四五六七八九十]期)?$|[一二三四五六七八九十]期$")
_LIST_CLAUSE_END = "，。；：！？\n"


def _list_siblings(text: str, start: int, name: str) -> list[tuple[int, str]]:
    """The other items of the 、-list that holds ``name`` at ``start`` and that look like works
    of their own (a proper stem before a facility suffix). The list ends at 等."""
    end = start + len(name)
    if text[start - 1:start] != "、" and text[end:end + 1] != "、":
        return []
    left = start
    while left > 0 and text[left - 1] not in _LIST_CLAUSE_END and start - left < 120:
        left -= 1
    right = end
    while right < len(text) and text[right] not in _LIST_CLAUSE_END and right - end < 120:
        right += 1
    clause = text[left:right].split("等")[0] if "等" not in name else text[left:right]
    if len(clause) < end - left:
        return []  # the name stands after the list's 等
    out: list[tuple[int, str]] = []
    pos = left
    for i, part in enumerate(clause.split("、")):
        item = strip_lead_verbs(part) if i == 0 else part
        at = pos + len(part) - len(item)
        pos += len(part) + 1
        if at == start or not 3 <= len(item) <= 16 or not (suffix := _SIBLING_SUFFIX.search(item)):
            continue
        stem = item[: suffix.start()]
        if (len(stem) < 2 or _GENERIC_FACILITY_STEM.match(stem) or _GENERIC_ROAD.search(item)
                or _GENERIC_TAIL.search(stem) or _is_division(item) or _PLACE_ONLY.search(item)
                or re.search(r"[\d（(]|项目|工程|建设|改造", item)):
            continue
        out.append((at, item))
    return out


# the first end of a section (甲门-乙寺段…) written before a hyphen the name regexes stop at
_SECTION_START = re.compile(
    r"(?:^|(?<=[，。；：、\n和及与]))(?P<first>[\u4e00-\u9fff]{2,10}(?:[-—－][\u4e00-\u9fff]{2,6})*)(?P<dash>[-—－])\Z")
_VERB_CUT = frozenset(("启动", "推动", "带动", "拉动", "联动", "发动", "驱动", "开建", "筹建", "新建", "续建",
                       "改建", "扩建", "在建", "组建", "援建", "共建"))
_SUBJECT_BUILT = re.compile(
    r"(?:^|(?<=[，。；：\n]))(?P<items>[\u4e00-\u9fffA-Za-z0-9·（）()]{3,20}(?:、[\u4e00-\u9fffA-Za-z0-9·（）()]{3,20})*)"
    r"(?<!并)(?:等[\d一二三四五六七八九十]*个?(?:重大|重点)?项目)?并?"  # 建成甲中心并投入运营
    r"(?=建成投产|竣工投产|建成运营|投产运营|投入运营|投入试运行|正式投产|建成使用|主体完工|签约落地|落地投产)")
_AMOUNT_BEFORE = re.compile(r"(?:总?投资)?(?:约|近|超)?[\d.]+[亿万](?:美)?元的?(?=[\u4e00-\u9fffA-Za-z]{2})")
_INVESTED_NAME = re.compile(
    r"投资(?:约|近|超|达)?[\d.]+[亿万](?:美)?元的(?P<name>[\u4e00-\u9fffA-Za-z0-9·（）()]{3,20}?)(?:项目|工程)?"
    r"(?=[、，。；]|等|开工|建成|投产|落地|签约|竣工|顺利|正式|全面|已|$)")
_ROUTE = r"[\u4e00-\u9fff]{2,5}(?:至[\u4e00-\u9fff]{2,5}|(?:[—－-][\u4e00-\u9fff]{2,5}){1,3})"  # 甲至乙, 甲—乙—丙
_ROUTE_LIST = re.compile(
    # (甲、乙至丙等: the last of a list; …、丁城东南过境等: one by its way)
    rf"(?P<items>{_ROUTE}(?:、{_ROUTE})+(?:、(?P<other>[\u4e00-\u9fff]{{2,8}}))?|(?<=、){_ROUTE})"
    # (甲至乙、丙至丁二级路 without 等; …7条高等级公路等: the count before the kind)
    r"(?:等(?:[\d一二三四五六七八九十]+条)?|(?<!等)[\d一二三四五六七八九十]+条|(?=[一二]级路|二级公路|高等级公路))"
    r"(?P<kind>高速公路|城际铁路|高速铁路|铁路|高铁|干线公路|旅游公路|一级公路|二级公路|高等级公路|一级路|二级路|"
    r"公路|快速路|快速通道)")
_JOINED_ROADS = re.compile(r"(?P<a>[\u4e00-\u9fff][^\W\d学院校园场站馆区镇村路桥厂所心局室])和(?P<b>[\u4e00-\u9fff]{2})"
                           r"(?P<kind>高速公路|高速|高铁|铁路|城际)(?P<works>(?:加宽|扩容|改扩建|提质)?(?:改造)?)")
# A national or provincial road's section by its number: S316甲-乙, G536丙-丁和戊-己
_NUMBERED_SECTION = re.compile(
    r"(?<![A-Za-z0-9])(?P<code>[GSXgsx]\d{2,4})(?P<first>[\u4e00-\u9fff]{2,6}[-—－][\u4e00-\u9fff]{2,8}?(?:[一二三四]期)?)"
    r"(?:和(?P<second>[\u4e00-\u9fff]{2,6}[-—－][\u4e00-\u9fff]{2,8}?(?:[一二三四]期)?))?(?=[、，。；等和]|$)")
_KIND_LIST = re.compile(
    r"(?P<items>[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+)"
    r"等(?:[\d一二三四五六七八九十]+[条座个])?(?:世界级|大型|重点|重大)?(?P<kind>高速公路|城际铁路|高速铁路|铁路|高铁|快速路|枢纽港|港区|码头|水库|水利枢纽|大桥|"
    r"水电站|抽水蓄能电站|机场)")
_KIND_LIST_NOT_BUILT = re.compile(r"沿线|两侧|周边|沿岸|流域|管理|运营|养护")
_NOT_A_PROJECT_AFTER = re.compile(r"之都|之城|之乡|沿线|至(?![今此])")
_LINE_KIND_AFTER = re.compile(r"等(高速公路|城际铁路|高速铁路|铁路|高速|高铁|公路|快速路|城际)")
_ROUTE_ONLY = re.compile(r"[\u4e00-\u9fff]{2,6}(?:至[\u4e00-\u9fff]{2,6}|(?:[—－-][\u4e00-\u9fff]{2,6}){1,3})")


_FIELDS = frozenset(("工业", "农业", "城建", "文化", "旅游", "基础设施", "民生", "交通", "水利", "教育", "卫生",
                     "能源", "生态", "环保", "社会事业", "服务业", "商贸", "科技"))
# what a programme's works are done to, when no name says where: 城市提质, 高端化智能化绿色化改造
_GENERIC_DOER = re.compile(r"(?:[\u4e00-\u9fff]{1,3}化)*[\u4e00-\u9fff]{0,2}|城市|城乡|农村|乡村|城区|县城|"
                           r"市场主体|企业|产业|园区|全域|旅游|[\u4e00-\u9fff]{0,4}(?:产业链|上下游)")
_PROGRAMME_LIKE = re.compile(
    r"(?:提质|增效|强基|补链|延链|强链|壮大|配套|振兴|攻坚|(?:高端|智能|绿色|数字|网络)化改造)$")


def _split_at_and(start: int, item: str) -> list[tuple[int, str]]:
    """甲厨卫和乙纺织产业园: two names joined by 和 (not the 和 inside 和平路)."""
    tail = after_last_and(item)
    head = item[:len(item) - len(tail) - 1]
    if tail == item or len(tail) < 3 or len(head) < 3 or item[len(head)] != "和" or tail[0].isdigit():
        return [(start, item)]
    return [(start, head), (start + len(head) + 1, tail)]


def _is_division(name: str) -> bool:
    from kg.reference import divisions, short_division_names

    # (天祝县: 天祝藏族自治县 by its short name and level)
    return bool(divisions().named(name)) or (
        len(name) >= 3 and name[-1] in "县市区旗州" and name[:-1] in short_division_names())


# What follows a facility that is not being built: an institution upgrading its grade.
_NOT_BUILT_AFTER = re.compile(
    r"(?:加快|积极|力争|全力|努力)?(?:创建|争创|创成|晋升|晋级|升级为|成功创建|评为|达到[一二三]级)")
# An item that is only a town or street: a place, not a project.
_PLACE_ONLY = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:镇|乡|街道|村|社区)$"
                         rf"|(?:{'|'.join(lx.ZONES_HOSTING_PROJECTS)})$")
# (甲港区、乙产业园等项目: zones and parks where projects go, places not projects)
# Generic works (城中村改造, 老旧小区改造, 农村公路): not a named project whatever comes before.
_GENERIC_TAIL = re.compile(
    r"(?:城中村|老旧小区|普通国省干线|国省干线|棚户区|农村|乡村|城乡|背街小巷|小城镇|美丽乡村|人居环境|安全饮水|户厕|路基|主体)"
    r"(?:改造|建设|整治|提升)?$|^(?:[一二三四五六七八九十\d]+[个大项]|全[省市县区]|各|新建|改造|提升)"
)
_PHASED = re.compile(
    r"(?P<name>[\u4e00-\u9fffA-Za-z0-9·（）()]{2,24}?[\u4e00-\u9fffA-Za-z0-9）)])"
    r"(?:项目|工程)?(?P<phase>[一二三四五六七八九十]期)(?!间|末|初|中)"
)
_ACTION_TAIL = re.compile(r"(?:提标|拓宽|电气化|除险|景观|保护|扩能)?(?:改造|改建|扩建|改扩建|加固|提升|修缮)$")
_TRANSMISSION = re.compile(
    r"[\u4e00-\u9fff]{1,2}[电气水煤][入送输济补][\u4e00-\u9fff]{1,2}"
    r"(?:特高压直流|特高压交流|特高压|输电通道|输变电|管道)?工程"
)


# The kind of works an elided list shares (甲、乙、丙500千伏输变电工程, 甲河、乙河堤防加固工程)
_WORKS_KIND = (r"(?:输变电|堤防加固|堤防|护岸|一级公路|二级公路|高速公路|水库|大桥|河道治理|河道|综合治理|生态修复)"
               r"[\u4e00-\u9fff]*")
_WORKS_KIND_IN = re.compile(_WORKS_KIND)
_SHARED_KIND = re.compile(rf"\d[\d.]*(?:千伏|kV|KV|万千瓦|兆瓦|MW)[\u4e00-\u9fff]*|{_WORKS_KIND}")


def _shared_kind(last: str, items: list[str]) -> str:
    """What the last item of an elided list adds to its own short name, when the items before
    are bare names (甲、乙、丙500千伏输变电 → 500千伏输变电); empty when it adds nothing shared."""
    kind = _SHARED_KIND.search(last, 2)
    if not items or kind is None or kind.start() > 6 or any(
            _WORKS_KIND_IN.search(item) or _COMPLETE_NAME.search(item) or len(item) > 6 or len(item) < 2
            or re.search(r"工程|项目|改造|提升|建设", item) for item in items):
        return ""
    return kind.group(0)


def _named_stem(name: str) -> bool:
    """A name that starts with a division or a long proper stem (县人民医院整体搬迁, 甲河水库…)."""
    return bool(re.match(r"[县市区镇乡州]", name)) or len(name) >= 6


_FACILITY_SUFFIX = (
    "铁路专用线|专用线|校区|高铁站|火车站|高速路|客运站|汽车[东南西北]站|灌区|客运[东南西北]站|汽车站|高速公路|高速|高铁|城际铁路|铁路|城际|快速路|快速化改造|大道|大桥|隧道|绿道|生态长廊|新机场|机场|"
    "码头|人民医院|医院|院区|分院|实验学校|学校|中学|初中部|初中|高中部|高中园|高中|小学部|小学|幼儿园|游步道|游园|农贸市场|变电站|天然气管线|"
    "科考中心|美术馆|矿井|露天矿|煤矿|氧化铝厂|焦化厂|"
    "旅客服务中心|游客服务中心|田园综合体|会展中心|体育中心|奥体中心|"
    "文化中心|博物馆|图书馆|科技馆|体育馆|水库|水厂|污水处理厂|电站|风电场|综合体|综合交通枢纽|"
    "交通枢纽|快速通道|一级公路|二级公路|公路|博览园|算力中心|物流中心|科创中心|急救中心|[东南西北]?环路|[路街](?=延长线|延伸段|延伸|改建|改造|拓宽|[东南西北]延|[东南西北]段)|档案馆|美术馆|文化馆|纪念馆|艺术中心|康复中心|市民中心|综合管廊|防洪堤|大剧院|剧院|养老服务中心|研发中心|大数据中心|数据中心|卫生院|二桥|三桥|大桥|航站楼|产业园(?=[一二三四五六七八九十]期)"
)


_PHASE = (
    r"(?:[\u4e00-\u9fff]{2,4}[至—\-][\u4e00-\u9fff]{2,4}段|扩能改造|扩能(?!提升)|扩容|续建|教学楼|综合楼|"
    r"轨道[A-Z]?\d{1,2}号?线|"
    r"[A-Z]\d[A-Z]?航站楼|航站区|第[一二三四五六七八九十]跑道|[\u4e00-\u9fff]{1,2}(?:院区|分院|校区)|"
    r"[一二三四五六七八九十\d]期|新院区|新校区|新馆|新院|新园|分园|[东南西北]馆|分馆|初中部|高中部|主场馆|延伸段|延长线|改线|整体搬迁|搬迁|"
    r"配套管网|地下停车场|"
    r"(?:提标|提质|拓宽|电气化|除险|景观|保护|互通立交)?(?:改造|改建|加固|提升|修缮)|扩建|改扩建|改造|扩能提升|提升|西延伸|东延伸|南延伸|北延伸|"
    r"延伸|[北南东西]延[线段]|北延|南延|东延|西延|南段|北段|东段|西段|支线|迁建|快速化改造|[\u4e00-\u9fff]{2,5}段)"
)


_FACILITY = re.compile(
    rf"(?P<name>(?:[\u4e00-\u9fff]{{2,4}}[-—－](?=[\u4e00-\u9fff]))?[\u4e00-\u9fffA-Za-z0-9·]{{1,16}}?(?:{_FACILITY_SUFFIX}))"
    rf"(?P<phase>(?:{_PHASE}){{0,2}})"
)


# A name with a quoted part glued on both sides: 华强“熊出没”文旅小镇, 山东高速“齐鲁号”二期
_QUOTED_NAME = re.compile(
    r"(?P<pre>[\u4e00-\u9fff]{2,8})“(?P<q>[^“”，。；、]{1,8})”(?P<post>[\u4e00-\u9fff]{0,8}?)"
    rf"(?:{_FACILITY_SUFFIX}|小镇|[一二三四五六七八九十]期)")


_LINE = re.compile(
    r"(?P<prefix>(?:[\u4e00-\u9fff]{2}市?(?:城市轨道交通|轨道交通))|城市轨道交通|轨道交通|轨交|轨道|地铁)?"
    rf"(?P<line>S?\d+号线|S\d+线|[一二三四五六七八九十]{{1,3}}号线|(?<=轨交|交通|地铁)[\u4e00-\u9fff]{{2,4}}?线)"
    rf"(?P<phase>(?:{_PHASE}){{0,2}})"
    r"(?P<station>(?<=号线)[\u4e00-\u9fff]{2,5}?站(?![点台前内]))?"  # 1号线朝天门站: a station being built
)


def _line_name(m: re.Match[str]) -> str:
    """A line as _LINE found it, without its prefix: 1号线二期, 5号线某站."""
    return m.group("line") + m.group("phase") + (m.group("station") or "")


# Named roads right after the verb that builds them: 新建甲路, 改造提升乙路、丙大道
_ROADS_BUILT = re.compile(
    r"(?:新建|改造提升|改造|拓宽|修建|建成|打通|拉通|贯通|开工新建|开工建设|续建|建设)"
    r"(?P<roads>(?:[\u4e00-\u9fff]{2,4}(?:路|街|大道)、)*[\u4e00-\u9fff]{2,4}(?:路|街|大道))"
    r"(?=[，。；和及]|$|剩余|等[\d一二三四五六七八九十]*条?[\u4e00-\u9fff]{0,4}?(?:道路|路))")
_ROADS_THEN_BUILT = re.compile(
    r"(?:(?<![\u4e00-\u9fff])|(?<=实施|推进|加快|启动|完成|打通))(?P<roads>[\u4e00-\u9fff]{2,4}路(?:、[\u4e00-\u9fff]{2,4}路)+)"
    r"(?=(?:和|及|等)?[^，。；]{0,16}?(?:建设|开工|建成|完工|通车|改造|拓宽|改扩建|提档升级|基本完成|加快推进))")
_GENERIC_ROAD = re.compile(
    r"(?:公路|道路|马路|铁路|支路|干路|主干路|次干路|小路)$|^(?:城市|农村|乡村|城区|市政|县乡|通村)")
_RAIL_CONTEXT = re.compile(r"轨道交通|地铁|轨交|城轨")
# A trunk road by its number, with the section being built: 国道214线甲至乙段, 222国道, 省道S205线;
# a list goes on with bare numbers (国道109线、219线) that take the same kind
_NUMBERED_ROAD = re.compile(
    r"(?<!交通)(?<!地铁)(?<!轨交)(?<!轨道)(?<!原)(?P<kind>国道|省道|县道)?"
    r"(?P<num>(?(kind)[GSX]?\d{1,4}线?|(?:[GSX]\d{1,4}线|[GS]?\d{1,4}(?:国道|省道)线?)))"
    r"(?P<section>[\u4e00-\u9fff]{2,6}?至[\u4e00-\u9fff]{2,6}?段|[\u4e00-\u9fff]{2,4}?段)?"
    r"(?P<phase>改线|改扩建|改建|扩建|提质改造|[一二三四五六七八九十]期|延伸段|复线)?(?P<more>(?:、[GSX]?\d{1,4}线)+"
    r"(?P<shared>提质改造|改扩建|改建|扩建|改线)?)?")
_LINE_LIST = re.compile(r"(?P<prefix>城市轨道交通|轨道交通|地铁)(?P<nums>\d+号?(?:[、和]\d+号?)+)线")  # 4号和5号线


_BUILD_CONTEXT = re.compile(
    r"建设|开工|建成|竣工|投用|推进|加快|开通|通车|启动|完成|实施|改扩建|扩建|新建|续建|迁建|修复|"
    r"力争|确保|招生|运营|投运|贯通|拉通|打通|规划建设|提升|投入使用|封顶|交付|启用|开放|开建|动工|完工|并网|"
    r"推动[^，。；]{0,30}?(?:取得|开工|建设|前期|落地|进展|突破|通车)|前期工作|征地|拆迁|施工|立项|获批"
    # (推动甲机场、乙城际铁路取得突破性进展; not 推动甲医院疏解, 推动甲水库等资源保护利用)
)


_FACILITY_STOP = re.compile(
    rf"^.*(?:{LEAD_VERBS}|工程|项目|改扩建|扩建|迁建|新增|新改建|新建改建|新建改造|改建|改造|提升|新引进|"
    rf"[的在和与及以把将向对为从于由到、“”：]|等(?!级))(?=[\u4e00-\u9fffA-Za-z0-9]{{2}})"
)

_FACILITY_STOP_KEEP_AND = re.compile(
    rf"^.*(?:{LEAD_VERBS}|工程|项目|改扩建|扩建|迁建|新增|新改建|新建改建|新建改造|改建|改造|提升|新引进|"
    rf"[的在以把将向对为从于由到、“”：]|等(?!级))(?=[\u4e00-\u9fffA-Za-z0-9]{{2}})"
)


_GENERIC_FACILITY_STEM = re.compile(
    r"^(?:[一二三四五六七八九十\d]+级|全[省市县区]|城市|城区|(?:普通)?国省干线|干线|各[类级]?|公办|民办|公立|县乡|普惠性?|新|中|老旧|农村|城乡|"
    r"乡镇|社区|重点|综合|专科|示范|标准化|智慧|数字|高标准|[大中小]型|[\u4e00-\u9fff]?小|通村|通组|通村通组|"
    r"通乡|村组|旅游|产业|资源|人畜饮水)$"
)


_SINGLE_CHAR_OWNER = "县市区镇乡州"


_WATER_DIVERSION = re.compile(r"引[\u4e00-\u9fff]{1,3}[济入补](?:(?![等和与及])[\u4e00-\u9fff]){1,3}(?:工程)?")


# A list item ending like this is a complete name, not the stem of an elided one.
_COMPLETE_NAME = re.compile(r"(?:中心|大道|路|桥|园|馆|厂|院|站|场|城|区|楼|湾|街|口|港|塔|馆)$")


def _facilities(doc: Document, add: Any, segmenter: Segmenter) -> None:
    """Named infrastructure without 项目: hospitals, schools, roads, rail and metro lines."""
    for sent in doc.sentences:
        if not _BUILD_CONTEXT.search(sent.text):
            continue
        s = sent.text
        last_prefix = ""
        for m in _LINE.finditer(s):
            prefix = m.group("prefix") or ""
            if prefix:
                last_prefix = prefix
            elif last_prefix and s[max(0, m.start() - 1):m.start()] in ("、", "和", "及"):
                prefix = last_prefix
            elif (_RAIL_CONTEXT.search(doc.text, max(0, sent.start - 160), sent.end)
                  and m.group("line").endswith("号线")
                  and not re.search(r"\d号?[、，和]$", s[:m.start()])):  # (地铁12、13号线, 4号和5号线: _LINE_LIST)
                # 地铁2号线…，加快3号线建设 (the sentence's prefix); 加快建设10号线二期、14号线等
                # 128公里轨道交通线 (no prefix before them: the lines as written)
                line = _line_name(m)
                add(strip_prefix(_FACILITY_STOP, last_prefix) + line if last_prefix else line,
                    sent.start + m.start("line"), None, True, exact=line if last_prefix else None)
                continue
            else:
                continue
            name = strip_prefix(_FACILITY_STOP, prefix) + _line_name(m)
            start = sent.start + m.start() - (len(prefix) - len(m.group("prefix") or ""))
            begin = m.end("prefix") - len(strip_prefix(_FACILITY_STOP, prefix)) if m.group(
                "prefix") else m.start("line")
            add(name, sent.start + begin, None, True,
                exact=_line_name(m) if not m.group("prefix") else None)
            del start
        # 开工新建西环路，改造提升新城路、像山路; 甲乙路、丙丁路…建设加快: named roads
        for m in (*_ROADS_BUILT.finditer(s), *_ROADS_THEN_BUILT.finditer(s)):
            pos = m.start("roads")
            for road in m.group("roads").split("、"):
                named = lead if len(lead := strip_lead_verbs(road)) >= 3 else road  # 加快|郑上路
                if not _GENERIC_ROAD.search(named) and not named.endswith(("之路", "一路")):
                    add(named, sent.start + pos + len(road) - len(named), None, True)
                pos += len(road) + 1
        for m in _NUMBERED_ROAD.finditer(s):
            kind = m.group("kind") or ""
            shared = m.group("shared") or ""  # 国道109线、219线提质改造: the works of every road listed
            add(kind + m.group("num") + (m.group("section") or "") + (m.group("phase") or shared),
                sent.start + m.start(), None, True)
            pos = m.start("more")
            for num in (m.group("more") or "").removesuffix(shared).split("、")[1:]:  # 、219线: the list's kind
                add(kind + num + shared, sent.start + pos + 1, None, True, exact=num)
                pos += len(num) + 1
        for m in _WATER_DIVERSION.finditer(s):  # 引大济岷: water diversion projects
            add(re.sub("工程$", "", m.group(0)), sent.start + m.start(), None, True)
        for m in _LINE_LIST.finditer(s):
            pos = m.start("nums")
            nums = re.split("[、和]", m.group("nums"))
            for i, num in enumerate(nums):
                written = num + "线" if i == len(nums) - 1 else num  # (the span: only what is written there)
                add(f"{m.group('prefix')}{num.removesuffix('号')}号线", sent.start + pos, None, True, exact=written)
                pos += len(num) + 1
        for m in _FACILITY.finditer(s):
            if not _BUILD_CONTEXT.search(_clause_with_its_verb(s, m.start(), m.end())):
                continue  # 加强某水库水源地保护, 某医院创建三级医院: named, not being built
            raw = re.split(r"[，。；、：]", m.group("name"))[-1]
            name = strip_prefix(_FACILITY_STOP, raw)
            cut = len(raw) - len(name)
            if cut >= 2 and name[:1] in _DIVISION_CHARS and raw[cut - 1] in "和与及":
                name = _FACILITY_STOP_KEEP_AND.sub("", raw)  # 杨和镇第二小学: 和 inside a town's name
            phase = m.group("phase")
            suffix = _suffix_before(phase).search(name + phase)
            if not suffix:
                continue
            stem = name[: suffix.start()]
            # 汽车北站 needs no stem: the city's own station, named by its side of town
            side_station = not stem and re.fullmatch(r"(?:汽车|客运|火车|高铁)[东南西北]站", suffix.group(0))
            if not side_station and ((len(stem) < 2 and stem not in _SINGLE_CHAR_OWNER) or (
                    _GENERIC_FACILITY_STEM.match(stem)) or not stem or "工程" in stem or "项目" in stem or (
                    _GRADE.match(stem)) or _only_industry_words(stem)):
                continue
            full = name + m.group("phase")
            if building := _BUILDING_OF.match(s, m.end()):
                full += building.group(0)  # 某医院新病房楼: the works are on one building
            if _COUNTED_AFTER.match(s, m.end()):
                continue  # 新建通用机场5个: a kind of facility, counted
            begin = m.end("name") - len(name)
            add(full, sent.start + begin, None, True)
            closed = _CLOSED_LIST.match(s, m.end())  # X、Y、Z铁路等N个项目: every item is a name
            route_start = _NOT_A_PROJECT_AFTER.match(s, m.end())  # 甲、乙机场至丙: a route's start, shared by none
            items = [] if closed or route_start else elided_list_before(s, begin, _FACILITY_STOP)
            cuts = segmenter.boundaries(name) if items else set()  # where the last name's words start
            for es, item in items:
                if 2 <= len(item) <= 6 and not re.search(_FACILITY_SUFFIX, item) and not re.search(
                        r"[期段线]$|快速|工程$|项目$", item) and not _COMPLETE_NAME.search(item):
                    # 平江、安化抽水蓄能电站: the item takes what follows the last item's own name
                    tail = name[len(item):] if len(name) - len(item) >= len(suffix.group(0)) else suffix.group(0)
                    own = next((k for k in range(len(stem), len(item), -1) if _is_division(name[:k])), 0)
                    if own:
                        tail = name[own:]  # 昆明、丽江、西双版纳机场: the last item is a longer place name
                    elif len(item) not in cuts and (near := sorted(
                            (abs(k - len(item)), k) for k in cuts if 2 <= k <= len(stem))):
                        tail = name[near[0][1]:]  # 甲前旗、乙中旗、丙盖通用机场: the tail starts a word
                    tail = re.sub(r"^[\d一二两三四五六七八九十]*[个座处]", "", tail)  # 甲、乙3个码头
                    add(item + tail, sent.start + es, None, True, exact=item + tail)


@cache
def _suffix_before(phase: str) -> re.Pattern[str]:
    """A facility suffix right before ``phase`` at the end (compiled once per phase: the
    suffix alternation is long, and the re module's cache is churned by literal patterns)."""
    return re.compile(rf"(?:{_FACILITY_SUFFIX})(?={re.escape(phase)}$)")


_DIVISION_CHARS = "镇乡村县区市街路"
_BUILDING_OF = re.compile(r"(?:新|外科|内科|医技|门诊|住院|急诊|综合|教学|实验|科研)?"
                          r"(?:病房楼|综合楼|门诊楼|住院楼|医技楼|教学楼|实验楼|科研楼|大楼)")
_CLAUSE_END = re.compile(r"[，。；：]")
_LEAD_VERB = re.compile(rf"(?:{LEAD_VERBS})")  # (compiled once: the re module's cache would churn)
_LEAD_VERB_AT_END = re.compile(rf"(?:{LEAD_VERBS})$")


def _clause_around(s: str, start: int, end: int) -> str:
    """The clause (between ，。；：) that holds s[start:end]."""
    before = max((m.end() for m in _CLAUSE_END.finditer(s, 0, start)), default=0)
    after = _CLAUSE_END.search(s, end)
    return s[before:after.start() if after else len(s)]


def _clause_with_its_verb(s: str, start: int, end: int) -> str:
    """The clause that holds s[start:end]; a clause of bare names, with no verb of its own,
    goes on the verb before it (加快推进甲高速、乙高速，丙大桥、丁大桥，…: one list of works)."""
    begin = max((m.end() for m in _CLAUSE_END.finditer(s, 0, start)), default=0)
    after = _CLAUSE_END.search(s, end)
    stop = after.start() if after else len(s)
    for _ in range(2):
        if (_LEAD_VERB.search(s[begin:stop]) or "、" not in s[begin:stop] or begin <= 0
                or s[begin - 1] != "，" or s[begin:begin + 1] in "以在对把将向从为"):  # (以甲、乙为重点)
            break
        begin = max((m.end() for m in _CLAUSE_END.finditer(s, 0, begin - 1)), default=0)
    return s[begin:stop]


_CLOSED_LIST = re.compile(r"等[^，。；、]{0,12}(?:项目|工程)")
_GRADE = re.compile(r"^[一二三四五六七八九十\d]+[级星甲乙]")  # 三级综合医院: a grade, not a name
_COUNTED_AFTER = re.compile(
    r"[\d.一二三四五六七八九十两百千]+[个家所座处条]|学位|床位|通车里程|里程|集群|集聚区|产业")


# Words that tell a clause, never inside a work's name (将军山, 有限公司 keep their 将 and 有)
_CLAUSE_INSIDE = re.compile(r"这是|首次|^但|作为|上升为|介绍了|督查了|已确定|^入选|^成为|^为|并为|奠定|今年计划|"
                            r"[省市县区镇]将|[省市县区镇]有(?!限)|有条件|(?:现场|会场)(?:为|是|设在)"
                            # 是某县委, 则占据了本次, 该市专门成立, 某市举行…, 今年将迎来, 促其尽早: clauses
                            r"|^是|^则|^该[省市县区镇]|此次|举行|[今明]年将|占据|专门成立|^促其|抓好$|^活动|^参与|集中$")


_OFFICIAL_SPEAKS = re.compile(r"(?:书记|[省市县区州旗镇乡]长|主任|局长|部长|厅长|主席)[\u4e00-\u9fff]{0,3}?"
                              r"(?:出席|宣布|讲话|致辞|主持|表示|指出|强调|介绍)|(?:出席|宣布|讲话|致辞)并?(?:宣布|讲话)?$")


def _is_project_name(name: str, segmenter: Segmenter, listed: bool = False) -> bool:
    if len(name) < 2 or len(name) > 32 or re.search(r"\d+个|[，。；、]", name):
        return False
    core = re.sub(r"(项目|工程)$", "", name)
    if len(core) < 2 or re.search(r"项目(?![一二三四五六七八九十]期)", core):
        return False  # (甲项目成为全县首个…: a clause, not a name)
    if any(core == g or (core.endswith(g) and len(core) <= len(g) + 2)
           for g in lx.GENERIC_PROJECT_WORDS):
        return False
    if re.search(r"尽快|已经|形成了|内部|设置|[在局]$", core) or _JOINED_ROADS.fullmatch(core):
        return False  # 甲工程尽快获批, 某地在, 中铁十四局 (clauses, a firm); 甲乙和丙丁高速: two roads
    if re.search(r"\d号?[、和]\d+号?线", core):
        return False  # 地铁4号和5号线: two lines, each named on its own (_LINE_LIST)
    if re.fullmatch(r"[\dA-Za-z\W]+", core) or _is_division(core):
        return False  # “361015工程”: a programme's code; 福建: a region, no work
    if re.search(r"年底|年内|月底|^对于|^关于|在建$", core):
        return False  # 确保在年底前完成投产, 对于重点在建项目: a deadline, a kind
    if _CLAUSE_INSIDE.search(core):
        return False  # 这是某区首次将…, 但作为某大道, 某区今年计划建设: a clause, not a name
    if _OFFICIAL_SPEAKS.search(core):
        return False  # 市长某某出席并宣布项目开工: an official at the ceremony, no work
    if re.search(r"(?:开复工|开工|复工|竣工|投产|签约)(?:活动|仪式)?的?$|集中开|[春夏秋冬]季$|新一轮$", core):
        return False  # 此次某县集中开复工项目, 某州春季项目, 新一轮项目: a batch, no project's name
    if re.search(r"提[速效优档标级质能]$|[惠便利富]民$", core) and not core[:-2].endswith(lx.PLACE_SUFFIXES):
        return False  # 乡村振兴提标、工业倍增提级…六大工程, 文化体育惠民工程: the drives of a programme
        # (甲片区提质工程: a named area's works)
    if re.search(r"累计|签约$|发展$|以上|以下|总投资|投资$|[亿万]元|美元|\d+[项个强]|"
                 r"(?:重点|重大)(?:建设|工业|产业)?$", core):
        return False
    park = re.search(r"(?:园区|开发区|新区|产业园|工业园|片区)(.+)$", core)
    if park and _only_industry_words(park.group(1)):
        return False  # 某工业园区现代煤化工项目: a kind of project in a park
    if re.match(r"了|还有|我们|每[周月年天]|用[\d一二三四五六七八九十]", core) or re.search(r"一批|重特大|的大$", core):
        return False  # 了项目一期, 每周召开一次, 储备一批影响强的大: clauses, not names
    if core.startswith(("全年", "今年", "年内", "全县", "全市", "全区", "全镇", "全省",
                        "重点", "重大", "各类", "一批", "这些", "相关", "所有", "部分",
                        "其他", "有关", "至", "暨", "老旧", "省级", "市级", "县级", "国家级")):
        return False
    if re.search(r"(?:19|20)\d{2}年|\d{1,2}日|本月|[xX×]{2}|某|将在$|[将把对向以被]$|方面$", core) or re.fullmatch(
            r"[A-Z]{2,5}", core) or re.match(r"其中|[多数几]+[所个家座条]", core):
        # (海原县把…, 生态环保方面, 其中高铁, 多所学校: not names)
        return False  # 2017年某区将在…, xx路 (a placeholder), PPP (a way of financing)
    if re.match(r"[\d.]+万?(?:亩|公顷|平方米|平方公里|公里)", core):
        return False  # 6000亩农业综合开发: an amount of works, not a name (12英寸晶圆 is one)
    if re.match(r"[\d一二三四五六七八九十两]+多?[家所个座条处项岁]", core) or core in ("高速铁路", "高速公路") or (
            re.search(r"\d+[家所个座条处]", core)):
        return False  # 1所县级医院, 城区3所公办园, 30处重点防洪: a kind of facility, counted
    if core.endswith(("培育", "转化", "标准化", "行动", "完善", "优化", "创新", "引领", "挖掘", "调整", "富民",
                      "攻坚")) or (
            core.endswith("利用") and not re.search(r"集团|公司|股份|实业", core)) or (
            core.startswith(("全部", "中间", "多渠道", "公共配套")) or core in ("利用",)) or (
            core.endswith("保护") and name.endswith("工程")):
        return False  # 企业梯次培育工程, 天然林保护工程: programmes, not works (甲集团煤气综合利用 is one)
    if re.match(r"(?:引领|运用|持续|深化|通过|围绕|依托|强化|进(?![口港出])|[一二三四五六七八九十]是|积极|全面|"
                r"培育|申报|牵头|获批|投产|首个|一切|出一|并?从|即|有(?![色机])|报告|初步|区域性|集中精力)",
                core) or core.endswith("和"):
        return False  # 引领经济高质量, 运用投行思维, 二是后劲支撑…, 培育甲和, 项目有甲工程, 即甲、乙:
        # clauses, not names
    if re.search(r"书记|主任|[省市区县镇]长[\u4e00-\u9fff]{2,3}(?:从|在|向|对)|第$|^也是", core):
        return False  # 某县委书记某某从招商引资…, 也是…调整后的第: a clause, not a name
    if re.search(r"债券|金融工具|专项资金|资金支持|委员|代表|[省市区县]长[\u4e00-\u9fff]{2,3}在", core):
        return False  # 政府专项债券项目, 政策性开发性金融工具项目: ways of paying, not works
    if core.endswith(("防护林", "还草", "还林", "还湖", "还湿", "补偿", "林保护", "土地保护", "产业", "加工业")) or (
            re.fullmatch(r"[\u4e00-\u9fff]{1,4}业(?:提质增效|振兴|转型升级)", core)):  # (林果业提质增效工程)
        return False  # 三北防护林, 退牧还草, 天然林保护, 优质粮食产业: programmes and sectors, not works
    if re.fullmatch(r"(?:新增|新)?(?:入园|入驻|入库|落户|进园|入区|入统)", core):
        return False  # 新增入园项目24家: projects counted by where they went, not a name
    if (does := _PROGRAMME_LIKE.search(core)) and (_GENERIC_DOER.fullmatch(stem := core[:does.start()])
                                                  or not segmenter.has_proper_noun(stem)):
        return False  # 城市提质项目: what the works do, no name (甲片区提质 names its place)
    if re.search(r"(?:坚持|抓|推进|实施|加快|推动|谋划|包装|储备|招引|引进|落地|服务|实现)$", core):
        return False  # 坚持项目为王, 抓项目: the word 项目 after a verb
    return listed or segmenter.has_proper_noun(core)
