"""Place names → GB/T 2260 divisions, searched near the report's own region first.

Policy of :func:`resolve` (``name`` within the region ``within`` of a report):

1. A fully qualified name (``云南省昆明市西山区``, ``昆明西山区``: a chain of names, each one
   below the one before it, covering the whole string) resolves to its last element.
2. Otherwise the full and short names of the divisions are searched in widening scopes: the
   report's region and its descendants, then each ancestor with all of *its* descendants
   (prefecture, then province). The first scope with a match decides: one division —
   ``resolved``; several — ``ambiguous`` (nothing is picked). Within a scope an exact full
   name (西山区) beats a short name (西山).
3. Outside the report's province a match is accepted only when it cannot be a local name: an
   official full name with its suffix (海口市) that is unique nationally, or the short name of a
   province (上海, 广东). Any other national match is ``withheld``: in a 西山区 report, 海口
   is the local 海口街道 / 海口工业园区 (not divisions in the table), not 海南省海口市, so the
   answer is None, with the national candidates listed for a human to check.
4. Without ``within`` the whole country is one scope (rule 2 alone).

:func:`region_from_text` finds the reporting region in a title or lead paragraph from the
phrases that name the reporting government: ``X区长/市长…``, ``X第N届人民代表大会``,
``X十七届人大``, ``X(年份)政府工作报告``, ``X人民政府``, where X ends in a (possibly
qualified) division name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from kg.reference import Division, DivisionTable, divisions, normalize_name
from kg.textrules import strip_verbs

Status = Literal["resolved", "ambiguous", "withheld", "not_found"]

_FULL_SUFFIX = re.compile(r"(?:省|市|区|县|旗|盟|州|地区|特别行政区|自治区|自治州|自治县|自治旗)$")


@dataclass(frozen=True)
class Resolution:
    """The outcome of :func:`resolve`; ``division`` is set only when ``status == "resolved"``."""

    name: str
    status: Status
    division: Division | None = None
    candidates: tuple[Division, ...] = ()
    scope: str | None = None  # code of the scope that decided, "national", or None

    @property
    def code(self) -> str | None:
        return self.division.code if self.division else None


# -- chains of names ("昆明市西山区") ---------------------------------------------------------

@dataclass(frozen=True)
class _Chain:
    division: Division
    start: int  # where the chain begins in the text
    depth: int  # number of names in the chain
    full: bool  # the last name is a full name (西山区), not a short one (西山)


def _tokens_ending_at(text: str, end: int,
                      table: DivisionTable) -> list[tuple[Division, int, bool]]:
    """(division, start, is its full name) for every name that ends at ``end``."""
    out = []
    for length in range(2, min(end, table.max_name_length) + 1):
        piece = text[end - length:end]
        for d in table.named(piece):
            out.append((d, end - length, piece == normalize_name(d.name)))
    return out


# Division names that are also common words (新老城区, 城东区域): never evidence of a region
# on their own.
_GENERIC_NAMES = frozenset({"城区", "郊区", "矿区", "新城区", "老城区", "城关区", "城东区", "城西区",
                            "城南区", "城北区", "城中区", "市中区", "新市区", "东区", "西区"})


def _full_mentions(text: str, table: DivisionTable) -> list[tuple[Division, int, int]]:
    """(division, start, end) for every division named in ``text`` by its full name, leaving out
    tails of other names (合肥|城市), common words (老城区, 城东区|域) and a conjunction
    read as a name (省市和|县委)."""
    out = []
    for m in _FULL_SUFFIX_CHAR.finditer(text):
        end = m.end()
        following = text[end:end + 1]
        for d, start, is_full in _tokens_ending_at(text, end, table):
            name = text[start:end]
            if (not is_full or name in _GENERIC_NAMES or following == "域"
                    or (len(name) == 2 and name[0] in "和与及" and following in "委级城")
                    or _SLOGAN_ITEM.match(text, start - 2, end + 1)  # 工业强县、和谐兴县、产业富县
                    or (len(name) == 2 and text[start - 1:start + 1] in _two_character_words())
                    or _inside_another_name(text, start, end, table)):
                continue
            out.append((d, start, end))
    return out


# a four-character slogan ending in a county's two-character name: 和谐兴县，产业富县、
_SLOGAN_ITEM = re.compile(r"[\u4e00-\u9fff]{2}[兴富强立旺][县市][、，。；“”]")


_TWO_CHARACTER_WORDS: list[frozenset[str]] = []


def _two_character_words() -> frozenset[str]:
    """Common two-character words of jieba's dictionary (示范, 模范, 平和): one that ends with
    the first character of a two-character county name hides the name (示范县 is no 范县)."""
    if not _TWO_CHARACTER_WORDS:
        _TWO_CHARACTER_WORDS.append(frozenset(
            word for word, freq, tag in _jieba_dictionary()
            if len(word) == 2 and freq >= 100 and tag not in ("ns", "nr", "nz")))
    return _TWO_CHARACTER_WORDS[0]


def _jieba_dictionary() -> Iterator[tuple[str, int, str]]:
    """(word, frequency, tag) for every entry of jieba's main dictionary, read as it goes."""
    import io

    import jieba

    with io.TextIOWrapper(jieba.get_dict_file(), encoding="utf-8") as f:  # opened in binary
        for line in f:
            if len(parts := line.split()) >= 2:
                yield parts[0], int(parts[1]), parts[2] if len(parts) > 2 else ""


def _inside_another_name(text: str, start: int, end: int, table: DivisionTable) -> bool:
    """True when a name that starts before ``start`` ends inside text[start:end]: the token
    is made of the tail of one name and a common word (合肥|城市 is not 肥城市)."""
    for k in range(1, min(3, start) + 1):
        for stop in range(start + 1, end):
            if stop - (start - k) >= 2 and table.named(text[start - k:stop]):
                return True
    return False


def _chains_ending_at(text: str, end: int, table: DivisionTable) -> list[_Chain]:
    """Every division named just before ``end``, each with the longest run of its ancestors'
    names directly before it (云南省昆明市西山区, 昆明西山区)."""
    chains = []
    for d, start, full in _tokens_ending_at(text, end, table):
        depth, pos, below = 1, start, d
        while above := [(a, s) for a, s, _ in _tokens_ending_at(text, pos, table)
                        if a.code != below.code and table.is_within(below.code, a.code)]:
            below, pos = min(above, key=lambda x: x[1])  # the name reaching furthest back
            depth += 1
        chains.append(_Chain(d, pos, depth, full))
    return chains


def _best(chains: list[_Chain]) -> list[_Chain]:
    """The chains reaching furthest back (长兴县, not 兴县), then the deepest, then those
    ending in a full name."""
    if not chains:
        return []
    top = max((-c.start, c.depth, c.full) for c in chains)
    return [c for c in chains if (-c.start, c.depth, c.full) == top]


def qualified(name: str, table: DivisionTable | None = None) -> Division | None:
    """The division a fully qualified name (two or more names, nothing else) denotes."""
    table = table or divisions()
    text = normalize_name(name)
    whole = [c for c in _chains_ending_at(text, len(text), table) if c.start == 0 and c.depth > 1]
    codes = {c.division.code for c in whole}
    return whole[0].division if len(codes) == 1 else None


# -- resolve ---------------------------------------------------------------------------------

def _pick(name: str, matches: list[Division], scope: str) -> Resolution:
    full = [d for d in matches if normalize_name(d.name) == name]
    chosen = full or matches
    unique = {d.code: d for d in chosen}
    if len(unique) == 1:
        return Resolution(name, "resolved", next(iter(unique.values())), tuple(unique.values()),
                          scope)
    return Resolution(name, "ambiguous", None, tuple(unique.values()), scope)


def resolve(name: str, within: str | None = None,
            table: DivisionTable | None = None) -> Resolution:
    """Resolve a place name against the division table; see the module docstring for the
    policy. ``within`` is the GB/T 2260 code of the report's region."""
    table = table or divisions()
    text = normalize_name(name)
    if not text:
        return Resolution(name, "not_found")
    if (q := qualified(text, table)) is not None:
        return Resolution(name, "resolved", q, (q,), "qualified")
    candidates = table.named(text)
    if not candidates:
        return Resolution(name, "not_found")
    if within is None or table.get(within) is None:
        return _pick(text, candidates, "national")
    for scope in [within, *(a.code for a in table.ancestors(within))]:
        local = [d for d in candidates if table.is_within(d.code, scope)]
        if local:
            return _pick(text, local, scope)
    acceptable = [
        d for d in candidates
        if (normalize_name(d.name) == text and _FULL_SUFFIX.search(text))
        or (d.level == "province" and normalize_name(d.short_name) == text)
    ]
    if acceptable:
        r = _pick(text, acceptable, "national")
        if r.status == "resolved":
            return r
    return Resolution(name, "withheld", None, tuple(candidates), "national")


def resolve_code(name: str, within: str | None = None) -> str | None:
    """The code :func:`resolve` settles on, or None (ambiguous, withheld or not found)."""
    return resolve(name, within).code


# -- the reporting region of a text ------------------------------------------------------------

_NUM = "一二三四五六七八九十"
_CUE = re.compile(
    rf"(?:省长|市长|区长|县长|州长|盟长|旗长|自治区主席)"
    rf"|第?[{_NUM}]+届人民代表大会|第?[{_NUM}]+届人大"
    r"|(?:\d{4}年)?政府工作报告"
    r"|人民政府|(?:(?<=[县旗])|(?<!自治区)(?<=区))政府(?![工办])"  # (某县政府十方面民生实事; not 某县政府办)
)


_DEPUTY_SECRETARY = re.compile(r"委(?:常委、)?副[\u4e00-\u9fff]{2}[、，]$")  # (副书记, or a mirror's 副布告)


# 上饶市委常委、鄱阳县委书记某某: the lowest party post a person holds names the text's region
_SECRETARY = re.compile(r"(?<=[县区市旗州])委书记")


def _secretary_candidates(head: str, table: DivisionTable) -> list[set[str]]:
    """Without any other cue, the division whose party secretary speaks (the last one named)."""
    found = [{c.division.code for c in best} for m in _SECRETARY.finditer(head)
             if (best := _best(_chains_ending_at(head, m.start(), table)))]
    return found[-1:]


_DELIVERED_AT = re.compile(r"(?:19|20)\d{2}年\d{1,2}月\d{1,2}日在(?P<name>[\u4e00-\u9fff]{2,20}?)"
                           r"第[一二三四五六七八九十\d]+届人民代表大会")


def _cued_candidates(head: str, table: DivisionTable) -> list[set[str]]:
    """For each cue phrase, the divisions named directly before it (a set when ambiguous)."""
    found = []
    for m in _CUE.finditer(head):
        if m.group(0).endswith("长") and _full_name_starts_at(head, m.end() - 1, table):
            continue  # 梧州市|长洲区, 湖南省|长沙市: no 市长 or 省长 here
        if head.rfind("《", 0, m.start()) > head.rfind("》", 0, m.start()):
            continue  # 《某省人民政府关于…的意见》: the issuer of a document the text cites
        end = m.start()
        if (deputy := _DEPUTY_SECRETARY.search(head, 0, end)) and m.group(0)[-1] == "长":
            end = deputy.start()  # 某区委副书记、区长: the district is named before its party committee
        elif convened := re.search(r"(?:召开|举行)的$", head[:end]):
            end = convened.start()  # 某区召开的第十六届人民代表大会: the district that convenes it
        best = _best(_chains_ending_at(head, end, table))
        if (cue := m.group(0))[-1] == "长" and any(_level_char(c.division) == cue[0] for c in best):
            best = [c for c in best if _level_char(c.division) == cue[0]]  # 河北省长: the province
        if best:
            found.append({c.division.code for c in best})
    return found


def _full_name_starts_at(text: str, start: int, table: DivisionTable) -> bool:
    return any(normalize_name(d.name) == text[start:start + n]
               for n in range(2, table.max_name_length + 1)
               for d in table.named(text[start:start + n]))


def _mentioned(d: Division, head: str) -> bool:
    return normalize_name(d.name) in head or normalize_name(d.short_name) in head


def common_ancestor(codes: set[str], table: DivisionTable) -> Division | None:
    paths = [[c, *(a.code for a in table.ancestors(c))] for c in codes]
    shared = set(paths[0]).intersection(*paths[1:])
    for code in paths[0]:  # nearest first
        if code in shared:
            return table.get(code)
    return None


def _decide(sets: list[set[str]], head: str, table: DivisionTable,
            text: str = "") -> str | None:
    sure = Counter(next(iter(s)) for s in sets if len(s) == 1)
    if len(sure) == 1:
        return next(iter(sure))
    if len(sure) > 1 and (most := _most_named_of_one_line(set(sure), text, table)):
        return most  # 深圳…坪山区…坪山区: the district the text is about
    if len(sure) == 2 and (head_of := _HEAD_OF_GOVERNMENT.search(head)) and (
            deeper := _one_within_the_other(set(sure), table)) and head_of.start() == _chain_end(
                head, deeper, table):
        return deeper  # 专访某省人大代表、某县县长: the county its head speaks for
    if len(sure) > 1:
        # several regions report together (湖州两县: 德清县 and 长兴县): their common ancestor,
        # but only if the text names it
        lca = common_ancestor(set(sure), table)
        return lca.code if lca is not None and _mentioned(lca, head) else None
    # only ambiguous names (南山区): keep candidates whose ancestor the text names
    pool = set().union(*sets) if sets else set()
    named = {c for c in pool if any(_mentioned(a, head) for a in table.ancestors(c))}
    return next(iter(named)) if len(named) == 1 else None


_HEAD_OF_GOVERNMENT = re.compile(r"(?:县|区|市|旗)长")


def _one_within_the_other(codes: set[str], table: DivisionTable) -> str | None:
    """Of two divisions, the one inside the other (None when neither holds the other)."""
    a, b = sorted(codes)
    if table.is_within(b, a):
        return b
    return a if table.is_within(a, b) else None


def _chain_end(head: str, code: str, table: DivisionTable) -> int:
    """Where the first mention of ``code``'s full name in ``head`` ends (-1 if none)."""
    d = table.get(code)
    pos = head.find(normalize_name(d.name)) if d else -1
    return pos + len(normalize_name(d.name)) if pos >= 0 and d else -1


def _most_named_of_one_line(codes: set[str], text: str, table: DivisionTable) -> str | None:
    """Of ``codes``, each lying within the next (a city and one of its districts), the one the
    text names most often; None when they are not in one line or two tie."""
    ranked = sorted(codes, key=lambda c: len(table.ancestors(c)), reverse=True)
    if not all(table.is_within(a, b) for a, b in pairwise(ranked)):
        return None
    counts = Counter({c: text.count(_shortest_name(table.get(c))) for c in codes}).most_common(2)
    return counts[0][0] if counts[0][1] > counts[1][1] else None


def _shortest_name(d: Division) -> str:
    short = normalize_name(d.short_name)
    return short if len(short) >= 2 else normalize_name(d.name)


# A site's trail above the text: 您现在所在的位置：首页 > 政务公开 > 规划计划
BREADCRUMB = re.compile(r"所在的?位置|当前位置|首页\s*[>＞›»]|[>＞›»]\s*正文")


def region_from_text(text: str, head_chars: int = 400,
                     table: DivisionTable | None = None) -> str | None:
    """The GB/T 2260 code of the reporting region named in the title or lead of ``text``
    (e.g. "昆明市西山区区长…在政府工作报告中" → 530112), or None when the text does not say it
    unambiguously. Used when a report has no sidecar."""
    table = table or divisions()
    code = _region_from_text(text, head_chars, table)
    return _subject_below(code, text, table) or code if code else code


def _subject_below(code: str, text: str, table: DivisionTable, scan: int = 800) -> str | None:
    """The division below ``code`` that the opening names most, at least three times in full,
    twice as often as any other below it and more often than ``code`` itself: a county's news under its
    city's dateline and directives (某市电…某县于…举行了某县…仪式; 某市委常委…出席), unless
    the parent's government speaks.
    Names count in full, or by a short name of two characters or more that is no common word."""
    region = table.get(code)
    if region is None or region.level == "county":
        return None  # nothing of GB/T 2260 lies below a county
    norm = normalize_name(text[:scan])
    common = _common_short_names(table)

    def times(c: str, full: int) -> int:
        d = table.get(c)
        short = normalize_name(d.short_name) if d else ""
        return max(full, norm.count(short) if len(short) >= 2 and short not in common else 0)

    full = Counter(d.code for d, _, _ in _full_mentions(norm, table))
    named = {c: times(c, n) for c, n in full.items()}
    below = sorted(((n, c) for c, n in named.items() if c != code and table.is_within(c, code)),
                   reverse=True)
    if not below or full[below[0][1]] < 3 or (len(below) > 1 and below[1][0] * 2 > below[0][0]):
        return None  # (湖州两县…德清…长兴: two counties report together)
    parent = region
    if parent and re.search(rf"(?:{re.escape(normalize_name(parent.name))}|"
                            rf"{re.escape(normalize_name(parent.short_name))})(?:人民)?政府", norm):
        return None  # 某省政府工作报告提出…, 某市人民政府办公厅发布…: the parent's own text
    return below[0][1] if below[0][0] > times(code, full[code]) else None


def _region_from_text(text: str, head_chars: int, table: DivisionTable) -> str | None:
    head = normalize_name(text[:head_chars])
    if (at := _DELIVERED_AT.search(head)) and len(
            delivered := {c.division.code for c in _best(_chains_ending_at(head, at.end("name"), table))}) == 1:
        return next(iter(delivered))  # ——2018年2月4日在某县第十八届人民代表大会第三次会议上: the byline
    sets = _cued_candidates(head, table) or _secretary_candidates(head, table)
    if sets:
        return _decide(sets, head, table, normalize_name(text))
    # no cue: a qualified name in the title (昆明西山区：…), under a site's breadcrumb if any
    lines = [ln for ln in text.strip().splitlines()[:4] if ln.strip()]
    while len(lines) > 1 and BREADCRUMB.search(lines[0]):
        lines = lines[1:]  # 您现在所在的位置：首页 > 政务公开: the site's, not the title
    title = normalize_name(lines[0][:80]) if lines else ""
    for end in range(len(title), 1, -1):
        best = [c for c in _best(_chains_ending_at(title, end, table)) if c.depth > 1 and (
            c.full or normalize_name(c.division.short_name) not in _common_short_names(table))]
        # (辽宁振兴发展: 振兴 is a word here, not 丹东's 振兴区)
        if best:
            sets.append({c.division.code for c in best})
    if not sets:  # no title either: a region named as the subject of the lead (某区将…)
        sets = _subject_candidates(head, table)
    if sets:
        return _decide(sets, head, table)
    if found := (_from_source(head, text, table) or _from_self_reference(head, text, table)
                 or _from_many_parts(text, table)):
        return found
    if (below := _below_parent_chain(text, table)) is not None:  # 省、某市、市委: below 某市
        return next(iter(below)) if len(below) == 1 else None
    if _TOWN_PLENUM.search(head):
        return None  # …市决策部署和镇党委十五届四次会议精神: a town's own text, below GB/T 2260
    return (_from_sole_mention(text, table) or _from_county_short_name(text, table)
            or _from_repeated_full_name(text, table))


def _from_repeated_full_name(text: str, table: DivisionTable, scan: int = 20000) -> str | None:
    """The one division the text names by its full name three times or more (twice, when its
    opening names it), when every other division it names in full is one of its parents
    (逊克县…今年逊克县…逊克县: 逊克县)."""
    norm = normalize_name(text[:scan])
    mentions = _full_mentions(norm, table)
    counts = Counter(d.code for d, _, _ in mentions)
    first = {}
    for d, start, _ in mentions:
        first.setdefault(d.code, start)
    repeated = [code for code, n in counts.items() if n >= 3]
    if not repeated and not own_town(text):
        # (twice is enough for one named in the opening: 当涂县始终把项目…，…当涂县…; not for
        # the parent of a town, a farm or a zone named after it: 延吉市三道湾镇)
        parents_of_units = {d.code for d, _, end in mentions if _UNIT_AFTER.match(norm, end)}
        repeated = [code for code, n in counts.items()
                    if n == 2 and first[code] < 200 and code not in parents_of_units]
    if len(repeated) != 1:
        return None
    code = repeated[0]
    parents = {a.code for a in table.ancestors(code)}
    return code if set(counts) <= parents | {code} else None


_UNIT_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:镇|乡|街道|街|团|新城|开发区|经开区|高新区|园区|农场|牧场|林场)")
_TOWN_PLENUM = re.compile(
    r"(?:[镇乡]|街道)(?:党委|党工委)[一二三四五六七八九十\d]+届[一二三四五六七八九十\d]+次(?:全体)?(?:会议|全会)")


# The outlet that published a news piece: 来源：某某新闻网, 某某日报讯, (某某日报记者 …)
_SOURCE = re.compile(r"新闻网|日报|晚报|广播电视台|电视台|融媒体中心|发布")
# How the text refers to its own region: 我市, 全县, 本区, 我代表县人民政府
_SELF = re.compile(r"(?:[我全本]|代表(?=[省市县区旗州盟]人民政府))([省市县区旗州盟])")


def _from_source(head: str, text: str, table: DivisionTable) -> str | None:
    """The region of the local outlet that published the text (安阳新闻网), when the text
    speaks of its own region at that level (我市)."""
    levels = set(_SELF.findall(normalize_name(text)))
    outlets = {c.division.code for m in _SOURCE.finditer(head)
               for c in _best(_chains_ending_at(head, m.start(), table))}
    if len(outlets) > 1:  # 河北新闻网: the province, not 天津's 河北区
        top = min(_level_rank(c) for c in outlets)
        outlets = {c for c in outlets if _level_rank(c) == top}
    if len(outlets) != 1:
        return None
    outlet = next(iter(outlets))
    title = normalize_name(text.strip().splitlines()[0][:60]) if text.strip() else ""
    inside = {d.code for end in range(len(title), 1, -1)
              for d, _, _ in _tokens_ending_at(title, end, table) if table.is_within(d.code, outlet)
              and d.code != outlet and len(table.named(normalize_name(d.short_name))) == 1}
    if len(inside) == 1:
        return next(iter(inside))  # 河北新闻网: 香河重点项目建设…: the county the story is about
    d = table.get(outlet)
    return outlet if d is not None and normalize_name(d.name)[-1] in levels else None


def _level_rank(code: str) -> int:
    return 0 if code.endswith("0000") else 1 if code.endswith("00") else 2


def _own_level(norm: str) -> str:
    """The suffixes of the most local level a text calls its own ("县旗区" for 全县…全省前20名:
    a county's text ranking itself in its province), or "" when it never says 我X/全X/本X."""
    levels = set(_SELF.findall(_MEASURED_AGAINST.sub("", norm)))
    if not levels and len(plenums := set(_PLENUM.findall(norm))) >= 2:
        # 州委九届三次全会和县委十三届三次全会精神: the lowest of the plenums a report follows is its own
        levels = {next(c for group in ("县旗区", "市州盟", "省") for c in group if c in plenums)}
    if chain := _COMMITTEE_CHAIN.search(norm):
        # 按照省委、市委部署: the lowest of the committees whose plans it carries out is its own
        named = set(re.findall(r"([省市州县区旗盟])委", chain.group(0)))
        levels.add(next(c for group in ("县旗区", "市州盟", "省") for c in group if c in named))
    if "区" in levels and levels & set("市州盟") and _AUTONOMOUS_REGION.search(norm):
        levels.discard("区")  # 全区 of a city in 广西: the autonomous region above it, not a district
    return next((group for group in ("县旗区", "市州盟", "省") if levels & set(group)), "")


_COMMITTEE_CHAIN = re.compile(r"(?:按照|落实|贯彻)[^。]{0,6}?[省市州]委(?:、[省市州县区旗盟]委)+")
_PLENUM = re.compile(r"([省市州县区旗盟])委[一二三四五六七八九十\d]+届[一二三四五六七八九十\d]+次全(?:体)?会")
_AUTONOMOUS_REGION = re.compile(r"广西|内蒙古|西藏|宁夏|新疆|自治区")


# 在全省率先, 居全省首位, 全省第一: a lower level measured against a higher one, not its own
_MEASURED_AGAINST = re.compile(
    r"(?:[在居列]|位居|位列|高于|低于|领跑)全[省市州]|率先在全区|在全区率先|全[省市州](?=第|前列|前[\d一二三四五六七八九十]|首|率先|排名|唯一|同类|领先|平均)"
    # 为全省、全国大局作出更大贡献, 当好全省发展的压舱石: what the lower level does for the higher
    r"|为全[省市州](?=[、，,]?全国|[^。，]{0,4}大局)|当好全[省市州]")


def _from_self_reference(head: str, text: str, table: DivisionTable) -> str | None:
    """The one division named in full in the lead at the level the text calls its own
    (2006年是我省…，某某省科学谋划…)."""
    own = _own_level(normalize_name(text))
    if not own:
        return None
    found = {code for code in _unambiguous_mentions(head, table)
             if _level_char(table.get(code)) in own}
    if len(found) != 1:
        return None
    code = next(iter(found))
    return None if "市" in own and _a_city_below_named(code, normalize_name(text), table) else code


def _from_many_parts(text: str, table: DivisionTable) -> str | None:
    """A city or province whose own divisions the text names, at least three of them by
    their full names (沙市区、荆州区、公安县…), all inside it and nothing outside it: a
    report of the city that lists its counties."""
    named = _unambiguous_mentions(normalize_name(text), table)
    if len(named) < 3:
        return None
    lca = common_ancestor(named, table)
    return lca.code if lca is not None and lca.code not in named else None


_SHORT_NAMES: dict[int, re.Pattern[str]] = {}


def _upper_short_names(table: DivisionTable) -> re.Pattern[str]:
    """One alternation of the short names of provinces and prefectures that nothing else bears
    (漳州, 福建), built once per table."""
    if id(table) not in _SHORT_NAMES:
        names = {normalize_name(d.short_name) for d in table.by_code.values()
                 if len(d.short_name) >= 2 and _unique_upper_short_name(d, table)}
        _SHORT_NAMES[id(table)] = re.compile(
            "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    return _SHORT_NAMES[id(table)]


_STREET_AFTER = re.compile(r"[东西南北中]?(?:路|大街|街|大道|巷|桥)")


# 落实省、襄阳市、市委工作要求; 按照省、赣州市、瑞金市党代会部署: the levels above the speaker,
# the prefecture named, the speaker's own level after it
_PARENT_CHAIN = re.compile(r"省[委]?[、，](?P<parent>[\u4e00-\u9fff]{1,8}?[市州盟])[委]?[、，和]"
                           r"[\u4e00-\u9fff]{0,8}?[市县区旗](?:委|党代会|人大|政府)")


def _below_parent_chain(text: str, table: DivisionTable) -> set[str] | None:
    """The divisions below the prefecture a chain of levels names above the speaker (省、某市、
    市委) that the text names, by full or short name; None when there is no such chain."""
    norm = normalize_name(text)
    chains = [parent for m in _PARENT_CHAIN.finditer(norm) for parent in table.named(m.group("parent"))]
    if not chains:
        return None
    return {d.code for parent in chains for d in table.descendants(parent.code)
            if normalize_name(d.name) in norm
            or (len(short := normalize_name(d.short_name)) >= 2 and short in norm)}


def _from_sole_mention(text: str, table: DivisionTable, scan: int = 20000) -> str | None:
    """The one division the text names at the level it calls its own (全市 → a prefecture),
    anywhere in it: by its full name, or by its short name for a province or prefecture
    whose short name nothing else bears (宜春…全市). Without any such word, only a province
    or prefecture counts. Several candidates: no answer."""
    norm = normalize_name(text[:scan])
    own = _own_level(norm)
    found: Counter[str] = Counter()
    by_full: set[str] = set()
    mentions = [(d, True, (start, end)) for d, start, end in _full_mentions(norm, table)]
    mentions += [(table.named(m.group(0))[0], False, m.span())
                 for m in _upper_short_names(table).finditer(norm)
                 if not _STREET_AFTER.match(norm, m.end())  # 上海路: a street named after a city
                 and not _tail_of_a_town(norm, m.start(), m.end())
                 and "至" not in (norm[m.start() - 1:m.start()], norm[m.end():m.end() + 1])]  # 甲至乙公路: a route
    as_own: set[str] = set()
    for d, is_full, at in mentions:
        if d.code[:2] in _NO_WORK_REPORTS:
            continue  # 台湾农民创业园: 台湾, 香港 and 澳门 give no 政府工作报告 of this kind
        if (own and _level_char(d) in own) or (not own and d.code.endswith("00")):
            found[d.code] += 1
            if is_full:
                by_full.add(d.code)
            if _named_as_own(norm, *at):
                as_own.add(d.code)
    if len(found) > 1 and not own:
        # 安徽 and 池州 (也是池州现代化建设的重要一年): the one inside the other, named as the text's own
        inner = {c for c in found if not any(a.code == c for o in found for a in table.ancestors(o))}
        if len(inner) == 1 and inner <= as_own:
            return next(iter(inner))
    if len(found) > 1:
        return None
    if not found:
        return None
    code, n = found.most_common(1)[0]
    if "市" in own and _a_city_below_named(code, norm, table):
        return None
    # a short name said once, with nothing calling the region its own, may be part of another
    # name (苏州工业园区): not enough
    return code if own or code in by_full or n >= 2 else None


_NO_WORK_REPORTS = frozenset(("71", "81", "82"))


def _from_county_short_name(text: str, table: DivisionTable, scan: int = 20000) -> str | None:
    """The one county-level division a text that calls itself a county (全县, 我市 of a
    county-level city) names by its short name only, at least twice and once as the subject
    of a sentence (新昌将…, 如皋经济…, 也是新昌…之年) or in 谱写…新昌篇章; or named once, as the
    text's own (落户宜丰, 是泽州发展历程中), when no other county is named. Only short names
    nothing else bears and that are not common words (大方, 通道, 平安) count."""
    norm = normalize_name(text[:scan])
    own = _own_level(norm)
    if not own or own == "省" or _unambiguous_mentions(norm, table) & _county_codes(table, own):
        return None
    found: Counter[str] = Counter()
    as_subject: set[str] = set()
    as_own: set[str] = set()
    for m in _county_short_names(table).finditer(norm):
        d = table.named(m.group(0))[0]
        if _level_char(d) not in own or _STREET_AFTER.match(norm, m.end()) or (
                re.search(r"\d(?:万|亿)?(?:元|吨|亩|人|户|个)?$", norm[max(0, m.start() - 4):m.start()])) or (
                _straddles_words(norm, m.start(), m.end())):
            continue  # (突破1000亿元大关: a milestone, not 大关县; 发展和安全: no 和安县)
        found[d.code] += 1
        if (_SUBJECT_CUE.match(norm, m.end()) or norm.startswith("篇章", m.end())
                or norm[max(0, m.start() - 2):m.start()].endswith(("是", "也是"))):
            as_subject.add(d.code)  # (谱写中国式现代化某某篇章: the region's own chapter)
        if _named_as_own(norm, *m.span()):
            as_own.add(d.code)
    ranked = [(code, n) for code, n in found.most_common() if n >= 2 and code in as_subject]
    if len(ranked) == 1:
        return ranked[0][0]
    # the only county named at all, once, as the text's own (落户某县, 是某县发展历程中…)
    return next(iter(found)) if len(found) == 1 and found.keys() <= (as_subject | as_own) else None


def _straddles_words(norm: str, start: int, end: int) -> bool:
    """Whether a common two-character word runs across either end of the span
    (发展和|安全 holds no 和安县's name): such a match is no name."""
    return any(norm[i:i + 2] in _common_pairs() for i in (start - 1, end - 1) if i >= 0)


_COMMON_PAIRS: set[str] = set()


def _common_pairs() -> set[str]:
    """Two-character words of jieba's main dictionary used at least 1000 times, not as names."""
    if not _COMMON_PAIRS:
        _COMMON_PAIRS.update(word for word, freq, tag in _jieba_dictionary()
                             if len(word) == 2 and freq >= 1000 and tag in _NOT_A_NAME_TAGS)
    return _COMMON_PAIRS


# How a county text names itself once: 落户宜丰, 美丽巴东, 是泽州发展历程中, 怀安乡村振兴…
_OWN_NAME_BEFORE = re.compile(r"(?:落户|美丽|幸福|开创|谱写|是|把)$")
_OWN_NAME_AFTER = re.compile(r"发展|现代化|新?篇章|人民|乡村振兴|经济|全域|贡献")


def _named_as_own(norm: str, start: int, end: int) -> bool:
    return bool(_OWN_NAME_BEFORE.search(norm[max(0, start - 2):start]) or _OWN_NAME_AFTER.match(norm, end))


def _county_codes(table: DivisionTable, own: str) -> set[str]:
    return {d.code for d in table.by_code.values()
            if not d.code.endswith("00") and _level_char(d) in own}


_COUNTY_SHORT: dict[int, re.Pattern[str]] = {}
# jieba's tags of words that are not names
_NOT_A_NAME_TAGS = frozenset(("a", "ad", "an", "d", "n", "v", "vn", "vd", "m", "q", "f", "t", "s"))


def _county_short_names(table: DivisionTable) -> re.Pattern[str]:
    """One alternation of the short names (two characters or more, shorter than the full
    name) of county-level divisions that nothing else bears and that are not common words."""
    if id(table) not in _COUNTY_SHORT:
        names = {short for d in table.by_code.values()
                 if not d.code.endswith("00") and 2 <= len(short := normalize_name(d.short_name))
                 < len(d.name) and len(table.named(short)) == 1}
        names -= _common_short_names(table)
        _COUNTY_SHORT[id(table)] = re.compile(
            "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)))
    return _COUNTY_SHORT[id(table)]


_COMMON_SHORT: dict[int, frozenset[str]] = {}


def _common_short_names(table: DivisionTable) -> frozenset[str]:
    """The short names of divisions that are also common words (振兴, 资源, 平原), built once."""
    if id(table) not in _COMMON_SHORT:
        _COMMON_SHORT[id(table)] = frozenset(_common_words(
            {short for d in table.by_code.values() if len(short := normalize_name(d.short_name)) >= 2}))
    return _COMMON_SHORT[id(table)]


def _common_words(words: set[str]) -> set[str]:
    """Those of ``words`` that jieba's main dictionary holds as common words: frequent ones
    (中原, 平原, 新建: at least 1000 uses) and, from 300 uses, those it tags as other than a
    name (资源 n, 通道 v, 平安 a, 大方 n; rarer words tagged so are mostly places: 莎车 n, 龙游 n)."""
    return {word for word, freq, tag in _jieba_dictionary() if word in words and tag
            and (freq >= 1000 or (freq >= 300 and tag in _NOT_A_NAME_TAGS))}


def _a_city_below_named(code: str, norm: str, table: DivisionTable) -> bool:
    """True when the text names a county-level city of prefecture ``code`` (宜城 in a text
    that also names 襄阳市) about as often as the prefecture: the 市 it calls its own may be
    either (a city's report naming its prefecture eight times and 北流 once is the city's)."""
    d = table.get(code)
    own = norm.count(_shortest_name(d)) if d is not None else 0
    return any(normalize_name(c.name).endswith("市") and len(short := normalize_name(c.short_name)) >= 2
               and 0 < norm.count(short) * 4 >= own for c in table.descendants(code))


_FULL_SUFFIX_CHAR = re.compile(r"[省区县市旗州盟]")


def _unambiguous_mentions(text: str, table: DivisionTable) -> set[str]:
    """Codes of the divisions named in full where the name has one bearer (南山区 has
    several: no evidence)."""
    by_end: dict[int, set[str]] = {}
    for d, _, end in _full_mentions(text, table):
        by_end.setdefault(end, set()).add(d.code)
    return {next(iter(codes)) for codes in by_end.values() if len(codes) == 1}


def _level_char(d: Division) -> str:
    """The suffix a text uses for a division's level when it says 全X/我X: a 地区 or 盟 is
    spoken of like a 州."""
    name = normalize_name(d.name)
    return "州" if name.endswith(("地区", "盟")) else name[-1]


def _unique_upper_short_name(d: Division, table: DivisionTable) -> bool:
    return d.code.endswith("00") and len(table.named(normalize_name(d.short_name))) == 1


# What follows a region named as the subject of a news lead: 东丽区将…, 某市今年…, 某市2024年…
_SUBJECT_CUE = re.compile(
    r"将|今年|明年|全年|提出|确定|召开|发布|出台|要|的目标|经济|地区生产总值|GDP|两会|(?:19|20)\d{2}年|隶属|位于|地处|"
    r"第[一二三四五六七八九十]+次党代会|在(?!内|内的|[东南西北]部)|代表团")


# 支撑广西经济崛起, 融入某市发展: a region the text serves or joins, not its subject
_OBJECT_OF = re.compile(r"(?:支撑|支持|带动|推动|服务|融入|助力|对接|辐射|参加|出席|参与|为|对|向|在|与|和)$")


def _subject_candidates(head: str, table: DivisionTable) -> list[set[str]]:
    """Divisions named by their full name (or a qualified chain) right before a subject cue,
    one set per mention. A short name alone counts only for a province or prefecture whose
    short name nothing else bears (漳州, 福建); a county's (新华, 东丽) is too often something
    else."""
    found = []
    for m in _SUBJECT_CUE.finditer(head):
        best = [c for c in _best(_chains_ending_at(head, m.start(), table))
                if (c.full or c.depth > 1 or (_unique_upper_short_name(c.division, table)
                                              and not _tail_of_a_town(head, c.start, m.start())))
                and not _OBJECT_OF.search(head, 0, c.start)]
        if best:
            found.append({c.division.code for c in best})
    return found


def _tail_of_a_town(head: str, start: int, end: int) -> bool:
    """A short name that ends a town's name the text also writes (通|海口镇, 来源：通海口): not
    the city's."""
    return bool(re.match(r"[\u4e00-\u9fff]", head[start - 1:start])) and bool(
        re.search(re.escape(head[start - 1:end]) + r"(?:镇|乡|街道)", head))


# A town's or township's own report (GB/T 2260 stops at counties): 2020年某镇工作计划,
# 某区某镇人民政府2023年工作计划, 2023年，某镇将…
# a town or a street office (no 了/的 inside: 会议听取了镇政府工作报告 names none)
_TOWN_BODY = r"(?:(?![了的把将对])[\u4e00-\u9fff]){1,4}?[镇乡]|(?:(?![了的把将对])[\u4e00-\u9fff]){2,4}?街道"
_TOWN = rf"(?P<town>{_TOWN_BODY})"
_TOWN_TITLE = re.compile(
    r"(?:^|\n)[^\n]{0,12}?(?:(?:19|20)\d{2}年)?(?P<parent>[\u4e00-\u9fff]{2,6}?[区县市旗])?"
    rf"{_TOWN}(?:人民|办事处)?(?:政府)?(?:(?:19|20)\d{{2}}年)?(?:政府)?"
    r"(?:主要)?工作(?:报告|计划|要点|安排|总结|会议)")  # (某街道2022年工作会议召开)
_TOWN_SUBJECT = re.compile(
    rf"(?:(?:19|20)\d{{2}}年|今年|明年|过去的?一年|去年|新的一年)[，,]?(?P<parent>)(?![我全本该各每]){_TOWN}"
    r"(?:将|要|坚持|围绕|紧紧|认真|全面|深入|扎实|牢牢|着力|聚焦|让|经济社会发展|工作的?(?:指导思路|总体要求|主要目标))")
# 某街道召开…2019年度工作总结大会; 某镇严格按照…，紧密结合本镇的实际 (the town leads the text)
_TOWN_MEETING = re.compile(
    rf"(?P<parent>){_TOWN}(?:党工委|党委)?(?:召开|举行)"
    r"[^。]{0,40}?(?:工作(?:总结|会议|大会|推进会)|年度工作|经济工作会|集中开工|开工仪式|签约仪式"
    r"|人大[一二三四五六七八九十\d]+次会议|人民代表大会)"  # (某镇举行…集中开工仪式, 某镇召开第五届人大七次会议)
    # 专访某镇党委书记某某, 某镇委书记某某：: the town's own head speaks
    rf"|(?:专访|访谈|对话)[^。\n]{{0,6}}?(?P<town2>{_TOWN_BODY})(?:党委|党工委)?(?:书记|镇长|乡长|主任)"
    rf"|(?:^|\n)\s*(?P<town3>{_TOWN_BODY})委?书记[\u4e00-\u9fff]{{2,3}}[：:]")
_TOWN_LEADS = re.compile(rf"^\s*(?P<parent>){_TOWN}"
                         r"(?![村镇乡])(?=[\u4e00-\u9fff]{2})")
_TOWN_YEAR = re.compile(
    r"(?:也|更|又)?是(?P<parent>)(?P<town>[\u4e00-\u9fff]{2,4}?[镇乡]|[\u4e00-\u9fff]{2,4}?街道)"
    r"[^。；，,]{0,20}?(?:之年|的一年)")
_TOWN_CONGRESS = re.compile(
    r"在(?P<parent>)(?P<town>[\u4e00-\u9fff]{1,4}?[镇乡])第[一二三四五六七八九十\d]+届人民代表大会")
_TOWN_SELF = re.compile(
    r"[我全本该](?:[镇乡]|街道)(?![村镇])|[镇乡]人民政府|街道办事处|[镇乡]长|(?<![各])[镇乡]党委、政府")
# A town or street office named in a text: 南大街街道, 化雨镇 (a county or district before it is cut)
_TOWN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:街道|镇|乡)(?![\u4e00-\u9fff]{0,1}(?:村|镇|乡|政府|人大|长))")
_NOT_A_TOWN = re.compile(r"^(?:[全各我本该每][\u4e00-\u9fff]*|[\u4e00-\u9fff]*(?:城|小|特色|重点|中心)镇"
                         r"|[\u4e00-\u9fff]*[全各我本该每](?:镇|乡|街道)|(?:[\u4e00-\u9fff]*(?:中心|小|农村|乡村))?集镇)$")
# (魏集镇 is a town; 小集镇, 中心集镇 and a market town alone are kinds of town; 年全镇: 全镇)


# The kinds of zone a text may be the report or news of (丽水开发区, 长春新区, 某某经开区)
_ZONE_KIND = re.compile(r"经济技术开发区|高新技术产业开发区|经济开发区|开发区|经开区|高新区|新区|综合实验区")
_ZONE_STEM_CHAR = re.compile(r"[\u4e00-\u9fff]")
_NOT_A_ZONE_STEM = re.compile(r"^(?:[全各我本该每这此]|总结|部署|要求|召开|以|在|对|把|将|为|是|和|与|也|的|"
                              r"国家级|省级|现代)|化[^区]*$")
_DIVISION_REPORT = re.compile(r"[省市县区旗州盟]人?民?政府工作报告")
_COUNTY_SELF = re.compile(r"[全我本][县市]|[县市](?:人民)?政府")


def own_zone(text: str, head_chars: int = 240, body_chars: int = 2000) -> str | None:
    """The zone a text is the report or news of (rule 52 of docs/annotation.md): named in
    its opening, with its kind (开发区, 新区…) said at least three times in the body, more
    often than a county or city speaks of itself there (全县, 市政府). Its name is the
    longest stem before the kind found as often as the shortest (长春高新区, not 春高新区);
    a division's own name (浦东新区) is no zone."""
    head = normalize_name(text[:head_chars])
    body = normalize_name(text[:body_chars])
    if _DIVISION_REPORT.search(head):
        return None  # 2018年某市政府工作报告: a division's report, its zones are places
    for m in _ZONE_KIND.finditer(head):
        kind, end = m.group(0), m.end()
        mentions = body.count(kind)
        if mentions < 3 or mentions <= len(_COUNTY_SELF.findall(body)):
            continue
        name, seen = None, 0
        if m.start() == 0 or not _ZONE_STEM_CHAR.match(head[m.start() - 1]):
            continue  # 2031年，开发区…: no name before the kind
        for k in range(2, 9):
            start = m.start() - k
            if start < 0 or not _ZONE_STEM_CHAR.match(head[start]):
                break
            cand = head[start:end]
            if name is not None and body.count(cand) < seen:
                break
            name, seen = cand, body.count(cand)
        name = strip_verbs(name) if name else None
        if (name and len(name) > len(kind) + 1 and not _NOT_A_ZONE_STEM.match(name)
                and not divisions().named_normalized(name)):
            before = head[:end - len(name)].rstrip(" 、（(和与暨")
            if before.endswith(("区", "县", "市")) and any(
                    divisions().named_normalized(before[-k:]) for k in range(2, 7)):
                return None  # 黄埔区 广州开发区, 甲区（乙开发区）: one government, the division reports
            return name
    return None


def own_town(text: str, head_chars: int = 400) -> tuple[str, str | None] | None:
    """(town, the county written before it) when the text is a town's own report."""
    head = text[:head_chars]
    m = _TOWN_TITLE.search(head) or _TOWN_CONGRESS.search(head)
    if m is None and (subject := _TOWN_SUBJECT.search(head)):
        named_before = subject.group("town")[:2] in head[:subject.start()]  # 罗星：… 2023年，罗星街道将…
        m = subject if subject.start() < 80 or named_before or _TOWN_SELF.search(text) else None
    if m is None and (m := _TOWN_MEETING.search(head[:240])):  # the town's own meeting or head, told first
        name = m.group("town") or m.group("town2") or m.group("town3")
        k = max(name.rfind(c) for c in "区县市")  # 石狮市锦尚镇: the city goes
        return (name[k + 1:] if len(name) - k > 2 else name), None
    if m is None and _TOWN_SELF.search(text):
        m = _TOWN_YEAR.search(head) or _TOWN_LEADS.match(head)  # 今年是…，也是某乡…之年; 某镇严格按照…
    if m is None:
        return _most_named_town(text, head_chars + 200)
    if len(m.group("town")) < 2:
        return None
    return m.group("town"), m.group("parent") or None


def _most_named_town(text: str, head_chars: int) -> tuple[str, None] | None:
    """The one town or street office the opening names at least twice, twice as often as any
    other, in a text that speaks of itself as one (该街道, 全镇): its own summary or plan."""
    if not _TOWN_SELF.search(text):
        return None
    counts: Counter[str] = Counter()
    for m in _TOWN_NAME.finditer(text[:head_chars]):
        name = m.group(0)
        k = max(name.rfind(c) for c in "区县市")  # 盐都区盐渎街道: the county goes
        name = strip_verbs(name[k + 1:] if k >= 0 else name)  # 推进东坪镇: the verb goes
        if len(name) >= 3 and not _NOT_A_TOWN.match(name):
            counts[name] += 1
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0], None
