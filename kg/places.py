"""Named places: planning zones, parks, towns, scenic areas, and divisions below the region."""

from __future__ import annotations

import re
from typing import Any

from kg import lexicon as lx
from kg.mentions import NameMention
from kg.segment import Document, Segmenter
from kg.textrules import VERBS, elided_list_before, strip_verbs

_PLACE_SUFFIX_RE = "|".join(sorted(lx.PLACE_SUFFIXES, key=len, reverse=True))


_PLACE_RE = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{1,12}?(?:（[\u4e00-\u9fff]{2,4}）[\u4e00-\u9fff]{0,8}?)?)"
    rf"(?P<suffix>{_PLACE_SUFFIX_RE})(?P<more>区?)"
)


_PLACE_CHAIN = re.compile(rf"(?:{_PLACE_SUFFIX_RE})")


def find_places(doc: Document, segmenter: Segmenter,
                subregions: list[tuple[str, str, bool]] | None = None) -> list[NameMention]:
    out: list[NameMention] = []
    text = doc.text
    seen: set[int] = set()

    def add(name: str, start: int, suffix: str, elided: bool = False,
            span_len: int | None = None) -> bool:
        """``span_len``: how much of the text at ``start`` the mention covers, when the name
        is completed from a list (郑州、开封片区 → …开封片区)."""
        if start in seen or not _is_place_name(name, suffix):
            return False
        seen.add(start)
        length = span_len if span_len is not None else len(name) - (len(suffix) if elided else 0)
        s, e = doc.clean.span(start, start + length)
        extra: dict[str, Any] = {"type": suffix}
        if elided:
            extra["elided"] = True
        out.append(NameMention(name=name, start=s, end=e, text=doc.clean.original[s:e],
                               extra=extra))
        return True

    last_end = 0
    pos = 0
    while m := _PLACE_RE.search(text, pos):
        pos = m.end()
        if m.start() < last_end:
            continue
        if m.group("suffix") in lx.WEAK_PLACE_SUFFIXES and not _weak_ok(text, m.end()):
            strong = _PLACE_RE_STRONG.match(text, m.start())
            if not strong:
                continue  # 太湖图影…: keep scanning after the weak suffix
            m = strong
            pos = m.end()
        suffix = m.group("suffix") + (m.group("more") if m.group("suffix").endswith("园") else "")
        end = m.end("suffix") + len(suffix) - len(m.group("suffix"))
        while more := _PLACE_CHAIN.match(text, end):  # 风情镇组团: the last suffix is the type
            suffix, end = more.group(0), more.end()
        if suffix in lx.WEAK_PLACE_SUFFIXES and not _weak_ok(text, end):
            continue  # 太湖图影旅游度假区: 湖 here is inside a longer name
        areas = _FTZ_AREAS.match(text, end) if suffix.endswith(("试验区", "示范区")) else None
        if paren := re.match(r"[（(][\u4e00-\u9fff]{2,4}[）)]", text[end:]):
            end += paren.end()  # 杭州高新区（滨江）
        full = m.group("name") + text[m.end("name"):end]
        name = re.split(r"[和与及]", strip_verbs(full))[-1]
        start = end - len(name)
        last_end = end
        if areas:  # 中国（X）自由贸易试验区A、B、C片区: one place per area
            pos = end
            for i, item in enumerate(areas.group("items").split("、")):
                first = i == 0
                add(name + item + "片区", start if first else pos, "片区", elided=not first,
                    span_len=(pos - start + len(item)) if first else len(item))
                pos += len(item) + 1
            last_end = areas.end()
            continue
        counted = re.match(r"^(.*?)[一二三四五六七八九十两\d]+[大个]$", name[: -len(suffix)])
        if counted is not None:  # 周庄、千灯、锦溪三大古镇: every item is one
            last = counted.group(1)
            if 2 <= len(last) <= 6:
                add(last + suffix, start, suffix, elided=True)
            for es, item in elided_list_before(text, start):
                if 2 <= len(item) <= 6:
                    add(item + suffix, es, suffix, elided=True)
            continue
        if not add(name, start, suffix):
            continue
        for es, item in elided_list_before(text, start):
            own = next((x for x in sorted(lx.PLACE_SUFFIXES, key=len, reverse=True)
                        if item.endswith(x)), None)
            if own and len(item) > len(own) + 1:
                add(item, es, own)  # 上庄镇、温泉镇: a full name of its own
            elif 2 <= len(item) <= 6 and _LANDMARK_END.search(item):
                add(item, es, item[-1])  # 腾龙洞、梭布垭石林: the first is a name already
            elif 2 <= len(item) <= 6 and not item.endswith(lx.PLACE_SUFFIXES):
                add(item + suffix, es, suffix, elided=True)
    _division_places(doc, subregions or [], out)
    out.sort(key=lambda n: n.start)
    return out


def _division_places(doc: Document, subregions: list[tuple[str, str, bool]],
                     out: list[NameMention]) -> None:
    """Divisions below the report's region named in the text (独山子区, 当雄县; 成都 in a
    province report), outside spans already taken by a longer place name."""
    text = doc.text
    spans = [(n.start, n.end) for n in out]
    for name, code, _full in subregions:
        for m in re.finditer(re.escape(name), text):
            s, e = doc.clean.span(m.start(), m.end())
            if any(a <= s < b or a < e <= b for a, b in spans):
                continue
            nxt = text[m.end():m.end() + 1]
            if not _full and nxt and re.match(r"[\u4e00-\u9fff]", nxt) and nxt not in "市等和、":
                continue  # a short name inside a longer word
            spans.append((s, e))
            out.append(NameMention(name=name, start=s, end=e, text=doc.clean.original[s:e],
                                   extra={"type": "division", "division_code": code}))


_PHRASE_END = re.compile(r"$|[、，。；：）)和与及等的\n]")


_LANDMARK_END = re.compile(r"(?:洞|营|山|峰|河|江|湖|宫|街|寨|谷|岛|寺|塔|城|湾|滩|泉|林)$")


_PLACE_RE_STRONG = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{1,12}?(?:（[\u4e00-\u9fff]{2,4}）[\u4e00-\u9fff]{0,8}?)?)"
    r"(?P<suffix>" + "|".join(sorted((x for x in lx.PLACE_SUFFIXES if x not in
                                      lx.WEAK_PLACE_SUFFIXES), key=len, reverse=True))
    + r")(?P<more>区?)"
)


_AFTER_WEAK = re.compile(rf"(?:{VERBS})|[\u4e00-\u9fff]{{1,4}}(?:村|社区)")


def _weak_ok(text: str, end: int) -> bool:
    """A weak suffix (湖, 村, 镇…) ends a name at a phrase boundary, before a verb, or before a
    village of the township (水口乡顾渚村)."""
    return bool(_PHRASE_END.match(text, end) or _AFTER_WEAK.match(text, end))


_FTZ_AREAS = re.compile(r"(?P<items>[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})*)片区")


_PLACE_VERB_INSIDE = re.compile(
    rf"(?:{VERBS}|增速|高于|快于|低于|达到|实现|分钟|以上|以下|收入|人口)"
)


def _is_place_name(name: str, suffix: str) -> bool:
    if len(name) <= len(suffix) or len(name) > 28:
        return False
    stem = name[: name.rfind(suffix)] if suffix in name else name
    if name in lx.GENERIC_PLACE_HEADS or len(stem) < 2:
        return False
    if re.search(r"[一二三四五六七八九十两双\d]+[个大家极核轴翼带区组]", stem):
        return False  # 一核两翼, 三带示范…: the speaker's own slogans
    if re.search(r"[、，。“”]", name) or stem[0] in "个家项所座条批上":
        return False
    if _PLACE_VERB_INSIDE.search(stem) or stem in lx.GENERIC_PLACE_STEMS:
        return False
    if stem.endswith(("个", "类", "级", "型", "化", "性", "农村", "城镇", "乡村")) or "级" in stem:
        return False
    if stem.endswith("产业") and len(stem) < 8:  # 黄河三角洲农业高新技术产业示范区 is a name
        return False
    if name.endswith(("乡村", "农村", "城镇", "特色小镇", "未来社区")):
        return False
    return not stem.startswith(("各", "全", "本", "该", "一批", "这些", "所有", "相关", "重点",
                                "国家"))
