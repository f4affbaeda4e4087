"""Clause, list and verb helpers shared by the extraction rules (pure string functions)."""

from __future__ import annotations

import re
from functools import cache

CLAUSE_BREAK = "，。；：！？\n"


def clause_before(s: str, pos: int) -> str:
    i = pos
    while i > 0 and s[i - 1] not in CLAUSE_BREAK:
        i -= 1
    return s[i:pos]


def clause_after(s: str, pos: int) -> str:
    i = pos
    while i < len(s) and s[i] not in CLAUSE_BREAK + "、":
        i += 1
    return s[pos:i]


LIST_ITEM = r"(?:(?!等(?!级))[\u4e00-\u9fffA-Za-z0-9·（）()]){2,24}"


_VERB_LIST = (
    "确保|力争|争取|推进|推动|加快|加速|开复工|复工|开工|建设|建成|实施|启动|完成|引导|抓好|抓实|做好|开展|谋划|"
    "包装|落实|新建|改建|扩建|续建|打造|引进|招引|支持|促进|保障|服务|加强|全力|着力|重点|积极|持续|"
    "依托|围绕|发挥|融入|提升|完善|优化|稳步|解决|开发|保护|培育|发展|创建|申报|争创|高标准|高质量|"
    "深度|主动|统筹|实现|带动|聚焦|对接|承接|做强|做优|做大|培强|壮大|增强|形成|构建|布局|扶持|提速|"
    "编制|建立|健全|深化|探索|用好|盘活|规划|谋划|稳定|整合|依法|推进实施|加大|支撑|汇聚|拓展|"
    "新增|新建|改扩建|扩建|建成|投用|完善|提质|升级|改造|配合|突出|依托|聚焦|围绕|服务|争创|"
    "高水平|高起点|全力|深入|协同|联动|辐射|对接|融入|带动|坚持|统筹推进|力促|开建|完工|动工|扩大|巩固|攻坚|夯实|获批|推广|创成|建好|收回|竣工|落户|跻身|制定|吸引|编制了|助力|把握|共建|跃居|强化|注重|位居|更名为|签约|盯紧|紧盯|动建|引领|拉通|"
    "设立|纳入|走进|推出|放大|破解|组建|构建起|建立起|搭建起|形成了|跟进|投运|抓住|开启|"
    "搞好|建强|携手|发布|增资|位列|方便|释放|量身定制|拓展|深耕|适用|打造成|统领|掀起|拉动|"
    "介绍|推介|吹响|下发|晋升|清障|主攻|统揽|按照|举办|获评|出台|策划|抓紧|帮助|打通|狠抓|不含|建立健全|落地|"
    "抢抓|标志着|意味着|放开|放宽|继续|保障好|服务好|服务保障好|精准推进|分别为|分别是|"
    "位于|结合|进一步|图为|走进|投入运营|新上|宣布|"
    "包括|尤其是|特别是|展示了|集中展示了|跨越|采用|突破|"  # (…包括甲产业园, 尤其是乙大桥: a lead-in)
    "用于|进行|地处|谱写|入选|凸显|拉开|启用|涵盖|托管|发力|描绘|推行|回顾总结|过去的一年|过去一年|一年来|"
    "锚定|提高|去年"
)
# longest first: an alternation takes the first verb that fits (构建起 before 构建)
VERBS = "|".join(sorted(dict.fromkeys(_VERB_LIST.split("|")), key=len, reverse=True))


# Strip everything up to the last verb (or function word) that still leaves a name behind;
# a leading preposition (以世界魔鬼城…为依托) goes too.
VERB_PREFIX = re.compile(
    rf"^(?:.*(?:{VERBS}|将以|并以|[的在和与及、“”·让了]|等(?!级))|[以将把向对从在为让使])(?=[\u4e00-\u9fffA-Za-z0-9]{{2}})"
)


def strip_verbs(s: str) -> str:
    return s[_cut(VERB_PREFIX, s):]


# 和/与/及 inside a name (呼和浩特, 和平路, 共和县) join nothing: masked before a prefix is cut
# (not names that start with it: …综合楼和县中医院 joins two hospitals)
_NAMES_WITH_AND = ("和平", "和谐", "和美", "共和", "人和", "中和", "太和", "祥和")


@cache
def _and_inside_names() -> re.Pattern[str]:
    from kg.reference import divisions

    # (a short name ending in 和 — 新和, 平和 — is masked only with its level: 更新和环城…)
    names = {n for d in divisions() for n in (d.name, d.short_name)
             if len(n) >= 2 and re.search("[和与及]", n[1:]) and not (n != d.name and n[-1] in "和与及")
             } | set(_NAMES_WITH_AND)
    return re.compile("|".join(sorted(map(re.escape, names), key=len, reverse=True)))


def strip_prefix(prefix: re.Pattern[str], s: str) -> str:
    """``s`` without what the anchored ``prefix`` matches (never cut at 和 inside a name)."""
    return s[_cut(prefix, s):]


def after_last_and(s: str) -> str:
    """The part of ``s`` after its last 和/与/及/暨 that joins two things (甲和乙片区 → 乙片区;
    not the 和 of 和谐, 呼和浩特)."""
    masked = _mask(s)
    k = max(masked.rfind("和"), masked.rfind("与"), masked.rfind("及"), masked.rfind("暨"))
    return s[k + 1:]


def _mask(s: str) -> str:
    if any(c in s for c in "和与及"):
        s = _and_inside_names().sub(lambda m: re.sub("[和与及]", "丨", m.group(0)), s)
    # 甲开发区乙科技园: 开发 names the zone, it is no verb here; 做强化工: 做强, then 化工
    return s.replace("开发区", "丨丨区").replace("做强化工", "做强丨工")


def _cut(prefix: re.Pattern[str], s: str) -> int:
    """Where ``prefix`` ends in ``s``, never at a 和/与/及 inside a name nor after 开发区's 开发."""
    m = prefix.match(_mask(s))
    return m.end() if m else 0


def list_items(items: str, offset: int) -> list[tuple[int, str]]:
    """Split 推进A、B、C into [(offset, A), (offset, B), (offset, C)], verbs stripped from A."""
    out: list[tuple[int, str]] = []
    for i, part in enumerate(items.split("、")):
        item = strip_verbs(part) if i == 0 else part
        out.append((offset + len(part) - len(item), item))
        offset += len(part) + 1
    return out


def elided_list_before(text: str, start: int,
                        stop: re.Pattern[str] | None = None) -> list[tuple[int, str]]:
    """X、Y、Z片区 or X、Y项目: the items before a name in the same 、-list."""
    prefix = stop or VERB_PREFIX
    found: list[tuple[int, str]] = []
    pos = start
    while pos > 0 and text[pos - 1] == "、":
        j = pos - 1
        while j > 0 and text[j - 1] not in "，。；：、\n" and pos - 1 - j < 16:
            j -= 1
        raw = text[j : pos - 1]
        item = raw[_cut(prefix, raw):]
        found.append((pos - 1 - len(item), item))
        pos = j
        if text[j - 1 : j] != "、":
            break
    return found


# Verbs that open a clause in front of a project's name (加快建设X二期, 实施X工程). Unlike VERBS
# this leaves out words that also sit inside names (改造, 提升, 保护, 开发, 服务, 重点, 综合).
LEAD_VERBS = (
    "推进实施|加快推进|加快建设|开工建设|规划建设|启动建设|全力推进|积极推进|稳步推进|确保|力争|争取|推进|推动|"
    "加快|加速|开复工|复工|开工|建设|建成|实施|启动|完成|抓好|做好|开展|落实|新建|续建|打造|引进|招引|支持|加强|"
    "全力|着力|配合|谋划|投用|开放|建好|办好|促进|实现|包装|争创|创建|启用|竣工|开通|通车|贯通|"
    "力促|开建|完工|动工|攻坚|完善|美化|搞好|巩固|提速|建功|成功签约|签约|盯紧|紧盯|动建|拉通|投运|跟进|"
    "建强|携手|发布|增资|释放|打通|狠抓|建立健全|落地|继续深化|深化|抓紧|精准推进|服务保障好|保障好|服务好|纳入|整合|升级改造|"
    "包括|其中|尤其是|特别是|标志着|展示了|突破|加大|拟|推出|年内|今年|全年|明年|上半年|下半年|由于|早日|"
    "托管|发力|描绘|推行|过去的一年|过去一年|一年来|分别是|分别为|主要有|锚定|去年|"
    "位于|结合|进一步|图为|走进|投入运营|新上|宣布|同步将"
)
LEAD_PREFIX = re.compile(
    rf"^.*(?:{LEAD_VERBS}|[的在和与、“”：·要将把让使]|等(?!级))(?=[\u4e00-\u9fffA-Za-z0-9]{{2}})"
)


def strip_lead_verbs(s: str) -> str:
    """推进滨江历史文化街区二期 → 滨江历史文化街区二期; keeps 改造/提升 inside the name."""
    return s[_cut(LEAD_PREFIX, s):]
