"""Named projects: enumerations (X、Y等N个项目), named facilities with phases, metro lines."""

from __future__ import annotations

import re
from typing import Any

from kg import lexicon as lx
from kg.mentions import NameMention
from kg.segment import Document, Segmenter
from kg.textrules import LIST_ITEM, VERBS, elided_list_before, list_items, strip_verbs

_ENUM_PROJECTS = re.compile(
    rf"(?P<items>{LIST_ITEM}(?:、{LIST_ITEM})*)等(?P<count>[\d一二两三四五六七八九十百]*)"
    r"(?:个|项|家|所|条|座)?(?P<head>[\u4e00-\u9fff]{0,12}?)(?P<suffix>项目|工程)"
)


_NAMED_PROJECT = re.compile(
    r"(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{2,20}?)(?P<suffix>项目|工程)(?!师|院|局|建设管理)"
)


def find_projects(doc: Document, segmenter: Segmenter) -> list[NameMention]:
    out: list[NameMention] = []
    text = doc.text
    seen: set[int] = set()

    def add(name: str, start: int, extra: dict[str, Any] | None = None,
            listed: bool = False, exact: str | None = None) -> None:
        """``exact``: a name completed from an elided list (深大、深惠城际 → 深惠城际);
        the span then covers only what the text says at ``start``."""
        stripped = name.lstrip("·•-—")
        start += len(name) - len(stripped)
        name = stripped.strip("“”‘’《》 ")
        if start in seen or not _is_project_name(name, segmenter, listed):
            return
        seen.add(start)
        length = len(name)
        if exact is not None:
            m = re.match(r"[\u4e00-\u9fffA-Za-z0-9·]+", text[start:])
            length = min(len(name), m.end() if m else len(name))
        s, e = doc.clean.span(start, start + length)
        out.append(NameMention(name=name, start=s, end=e, text=doc.clean.original[s:e],
                               extra=extra or {}))

    _facilities(doc, add)
    for m in _ENUM_PROJECTS.finditer(text):
        head = m.group("head")
        stage = next((v for k, v in lx.STAGES.items() if k in head or k in text[m.end(): m.end()
                                                                                 + 6]), None)
        for start, item in list_items(m.group("items"), m.start("items")):
            add(item, start, {"stage": stage} if stage else None, listed=True)
    for m in _NAMED_PROJECT.finditer(text):
        name = re.split(r"[，。；、：“”]", m.group("name"))[-1]
        cleaned = strip_verbs(name)
        if "等" in cleaned or re.search(r"\d+个", cleaned):
            continue
        start = m.end("name") - len(cleaned)
        for es, item in elided_list_before(text, start):
            add(item, es)
        add(cleaned, start)
    out.sort(key=lambda n: n.start)
    return out


_FACILITY_SUFFIX = (
    "高速公路|高速|高铁|城际铁路|铁路|城际|快速路|快速化改造|大道|大桥|隧道|绿道|生态长廊|新机场|机场|"
    "港区|码头|人民医院|医院|院区|分院|实验学校|学校|中学|小学|幼儿园|会展中心|体育中心|奥体中心|"
    "文化中心|博物馆|图书馆|科技馆|体育馆|水库|水厂|污水处理厂|电站|风电场|综合体|综合交通枢纽|"
    "交通枢纽|快速通道|大数据中心|数据中心|卫生院|二桥|三桥|大桥|航站楼|产业园(?=[一二三四五六七八九十]期)"
)


_PHASE = (
    r"(?:[\u4e00-\u9fff]{2,4}至[\u4e00-\u9fff]{2,4}段|扩能改造|扩容|续建|教学楼|综合楼|"
    r"[A-Z]\d[A-Z]?航站楼|第[一二三四五六七八九十]跑道|[\u4e00-\u9fff]{1,2}(?:院区|分院|校区)|"
    r"[一二三四五六七八九十\d]期|新院区|扩建|改扩建|改造|扩能提升|提升|西延伸|东延伸|南延伸|北延伸|"
    r"延伸|北延|南延|东延|西延|南段|北段|东段|西段|支线|迁建|[\u4e00-\u9fff]{2}段)"
)


_FACILITY = re.compile(
    rf"(?P<name>[\u4e00-\u9fffA-Za-z0-9·]{{1,16}}?(?:{_FACILITY_SUFFIX}))(?P<phase>(?:{_PHASE}){{0,2}})"
)


_LINE = re.compile(
    r"(?P<prefix>(?:[\u4e00-\u9fff]{2}(?:城市轨道交通|轨道交通))|城市轨道交通|轨道交通|地铁)?"
    rf"(?P<line>S?\d+号线|S\d+线)(?P<phase>(?:{_PHASE})?)"
)


_LINE_LIST = re.compile(r"(?P<prefix>城市轨道交通|轨道交通|地铁)(?P<nums>\d+(?:、\d+)+)号线")


_BUILD_CONTEXT = re.compile(
    r"建设|开工|建成|竣工|投用|推进|加快|开通|通车|启动|完成|实施|改扩建|扩建|新建|续建|迁建|修复|"
    r"力争|确保|招生|运营|投运|贯通|规划建设|提升"
)


_FACILITY_STOP = re.compile(
    rf"^.*(?:{VERBS}|[的在和与及以把将向对为从于由到等、“”：])(?=[\u4e00-\u9fffA-Za-z0-9]{{2}})"
)


_GENERIC_FACILITY_STEM = re.compile(
    r"^(?:[一二三四五六七八九十\d]+级|全[省市县区]|各[类级]?|公办|民办|普惠性?|新|中|老旧|农村|城乡|"
    r"乡镇|社区|重点|综合|专科|示范|标准化|智慧|数字|高标准|[\u4e00-\u9fff]?小)$"
)


_SINGLE_CHAR_OWNER = "县市区镇乡州"


_WATER_DIVERSION = re.compile(r"引[\u4e00-\u9fff]{1,3}[济入补][\u4e00-\u9fff]{1,3}(?:工程)?")


# A list item ending like this is a complete name, not the stem of an elided one.
_COMPLETE_NAME = re.compile(r"(?:中心|大道|路|桥|园|馆|厂|院|站|场|城|区|楼|湾|街|口|港|塔|馆)$")


def _facilities(doc: Document, add: Any) -> None:
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
            else:
                continue
            name = _FACILITY_STOP.sub("", prefix) + m.group("line") + m.group("phase")
            start = sent.start + m.start() - (len(prefix) - len(m.group("prefix") or ""))
            begin = m.end("prefix") - len(_FACILITY_STOP.sub("", prefix)) if m.group(
                "prefix") else m.start("line")
            add(name, sent.start + begin, None, True,
                exact=name if not m.group("prefix") else None)
            del start
        for m in _WATER_DIVERSION.finditer(s):  # 引大济岷: water diversion projects
            add(re.sub("工程$", "", m.group(0)), sent.start + m.start(), None, True)
        for m in _LINE_LIST.finditer(s):
            pos = m.start("nums")
            for num in m.group("nums").split("、"):
                name = f"{m.group('prefix')}{num}号线"
                add(name, sent.start + pos, None, True, exact=name)
                pos += len(num) + 1
        for m in _FACILITY.finditer(s):
            raw = m.group("name")
            name = _FACILITY_STOP.sub("", re.split(r"[，。；、：]", raw)[-1])
            suffix = re.search(rf"(?:{_FACILITY_SUFFIX})$", name)
            if not suffix:
                continue
            stem = name[: suffix.start()]
            if (len(stem) < 2 and stem not in _SINGLE_CHAR_OWNER) or (
                    _GENERIC_FACILITY_STEM.match(stem)) or not stem or stem.endswith(
                    ("工程", "项目")):
                continue
            full = name + m.group("phase")
            begin = m.end("name") - len(name)
            add(full, sent.start + begin, None, True)
            for es, item in elided_list_before(s, begin, _FACILITY_STOP):
                if 2 <= len(item) <= 6 and not re.search(_FACILITY_SUFFIX, item) and not re.search(
                        r"[期段线]$|快速", item) and not _COMPLETE_NAME.search(item):
                    add(item + suffix.group(0), sent.start + es, None, True,
                        exact=item + suffix.group(0))


def _is_project_name(name: str, segmenter: Segmenter, listed: bool = False) -> bool:
    if len(name) < 2 or len(name) > 24 or re.search(r"\d+个|[，。；、]", name):
        return False
    core = re.sub(r"(项目|工程)$", "", name)
    if len(core) < 2:
        return False
    if any(core == g or (core.endswith(g) and len(core) <= len(g) + 2)
           for g in lx.GENERIC_PROJECT_WORDS):
        return False
    if core.startswith(("重点", "重大", "各类", "一批", "这些", "相关", "所有", "部分", "其他", "有关")):
        return False
    return listed or segmenter.has_proper_noun(core)
